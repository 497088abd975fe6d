@name Technical Program Manager
@label TPM
@question how/when
@order 3
@aliases program manager, programme manager, technical programme manager, technical program management, program management, tech program manager

# The Technical Program Manager owns HOW and WHEN across teams: many teams shipping one
# thing together, predictably, by the date. Entries before the first section header are [terms].

# ---------------------------------------------------------------------------
# Program management
# ---------------------------------------------------------------------------
program manag* = 3
programme manag* = 3
technical program* = 3
tpm = 2
cross-team program* = 3
cross-org program* = 3
cross-functional program* = 3
multi-team program* = 3
program plan* = 3
programme plan* = 3
program charter* = 3
programme charter* = 3
program governance = 3
programme governance = 3
program status = 3
program review* = 2.5
program kickoff* = 2.5
program kick-off* = 2.5
program lead* = 2
program office = 2.5
pmo = 2.5
program risk* = 3
program milestone* = 3
program scope = 2.5
program roadmap* = 2.5
program dashboard* = 2.5
program cadence = 3
program schedule* = 3
program budget* = 2.5
program execution = 3
program delivery = 3
program level = 2
program team* = 2
program increment* = 2.5
pi planning = 3
release train* = 2.5
portfolio management = 2
project manag* = 2.5
project plan* = 2.5
project schedule* = 2.5
project timeline* = 2
pmp = 2
pgmp = 2.5
smartsheet = 2
ms project = 2
microsoft project = 2
/(coordinating|coordinated|coordinates|coordinate|managing|driving|leading|running|managed|manages|drives|manage|owning|drove|drive|leads|owned|lead|runs|owns|led|ran|run|own) (the |an |a )?([a-z0-9]+ ){0,3}(initiatives|workstreams|programmes|initiative|workstream|programme|programs|program|efforts|effort) (spanning|across)/ = 3
/(initiatives|programmes|initiative|programme|programs|program) spanning (multiple|fifteen|several|eleven|twelve|twenty|three|seven|eight|four|five|nine|many|[0-9]+|two|six|ten)/ = 3

# ---------------------------------------------------------------------------
# Dependencies, integration points, sequencing
# ---------------------------------------------------------------------------
dependenc* = 2
cross-team dependenc* = 3
cross-org dependenc* = 3
dependency map* = 3
dependency management = 2.5
dependency tracking = 3
upstream dependenc* = 2.5
downstream dependenc* = 2.5
interdependenc* = 2.5
integration point* = 3
integration plan* = 2.5
integration milestone* = 3
partner integration* = 2
sequencing = 1.5
sequenced = 1.5
sequence = 1
critical path = 3
gantt* = 3
work breakdown structure* = 3
wbs = 2.5
workstream* = 2.5
work stream* = 2.5
phase gate* = 2.5
stage gate* = 2.5
interlock* = 2.5
handoff* = 1.5
hand-off* = 1.5

# ---------------------------------------------------------------------------
# Milestones, timelines, schedules, predictability
# ---------------------------------------------------------------------------
key milestone* = 2.5
master schedule* = 2.5
integrated schedule* = 3
integrated plan* = 2.5
execution plan = 2.5
delivery plan* = 2.5
delivery timeline* = 2
delivery date* = 1.5
target date* = 1.5
ship date* = 1.5
launch date* = 2
release date* = 1.5
on schedule = 1.5
ahead of schedule = 2
behind schedule = 1.5
schedule slip* = 2.5
on time and on budget = 2.5
on budget = 1.5
on time = 0.5
predictab* = 2
plan of record = 2.5
scope creep = 2
scope management = 2
change control = 2
change management = 2
change request* = 1.5
deliverable* = 0.5
/track(ing|ed|s)? ([a-z0-9]+ )?(dependencies|deliverables|action items|milestones|execution|progress|delivery|status|risks)/ = 2
progress tracking = 2
progress report* = 2.5

# ---------------------------------------------------------------------------
# Risks and mitigations
# ---------------------------------------------------------------------------
risk register* = 3
risk log* = 3
raid log* = 3
raid = 1
risk management = 2.5
risk mitigation* = 2.5
risk assessment* = 1.5
risk burndown* = 3
risk = 1
mitigation plan* = 2.5
mitigat* = 1
contingency plan* = 2.5
contingenc* = 1.5
de-risk* = 2.5
derisk* = 2.5
failure mode* = 1.5
issue log* = 2
escalation path* = 2.5
escalat* = 1
ambigu* = 1.5

# ---------------------------------------------------------------------------
# Status reporting, governance, operating cadence
# ---------------------------------------------------------------------------
status report* = 3
status update* = 2.5
weekly status = 2.5
status meeting* = 2.5
status dashboard* = 2.5
executive update* = 2.5
exec update* = 2.5
executive review* = 2
exec review* = 2
executive reporting = 2.5
leadership update* = 2
executive communication* = 2
executive summar* = 1.5
executive sponsor* = 2
executive* = 0.5
steering committee* = 3
steerco* = 3
operating review* = 2
business review* = 1.5
qbr = 2
operating cadence = 3
operating rhythm = 3
operating model* = 2
governance = 1.5
weekly sync* = 2
program sync* = 2.5
sync meeting* = 1.5
decision log* = 2
raci = 3
daci = 2.5
accountability matri* = 2.5
communication plan* = 2.5
comms plan* = 2.5
single source of truth = 1.5
source of truth = 1

# ---------------------------------------------------------------------------
# Alignment and leading without authority
# ---------------------------------------------------------------------------
stakeholder alignment = 3
stakeholder management = 2.5
executive alignment = 2.5
/(facilitating|establishing|facilitated|facilitates|established|establishes|facilitate|establish|building|achieved|driving|created|creates|secured|drives|builds|create|gained|drove|drive|built|build) ([a-z0-9]+ )?alignment/ = 2.5
/(aligning|aligned|aligns|align) ([a-z0-9]+ ){0,2}(stakeholders|leadership|executives|partners|leaders|orgs)/ = 2.5
/(brought together|brings together|bring together|orchestrating|coordinating|orchestrated|orchestrates|synchronized|synchronised|coordinated|coordinates|orchestrate|coordinate|mobilized|mobilised|aligning|mobilize|mobilise|aligned|unified|unifies|rallied|rallies|aligns|align|unify|rally) (dozens of|multiple|fifteen|several|a dozen|eleven|twelve|twenty|thirty|three|seven|eight|four|five|nine|many|[0-9]+|two|six|ten) ([a-z0-9]+ )?(business units|organizations|organisations|stakeholders|departments|workstreams|partners|vendors|groups|squads|teams|orgs)/ = 3
consensus = 1.5
/(influencing|influenced|influences|influence|leading|driving|drives|leads|drove|drive|lead|led)( [a-z0-9]+){0,3} without (direct |formal )?authority/ = 3
# removed: influenc* = 0.5
glue = 1
dri = 1.5
liaison = 1.5
single point of contact = 2
point of contact = 1
bridge between = 1.5
cross-team coordination = 3
cross-org coordination = 3
orchestrat* = 1

# ---------------------------------------------------------------------------
# Launch and release coordination across teams
# ---------------------------------------------------------------------------
launch readiness = 3
release readiness = 2.5
operational readiness = 2
readiness review* = 2.5
go/no-go = 3
launch checklist* = 2.5
launch coordination = 3
release coordination = 3
release management = 3
release manager* = 3
release schedule* = 2.5
release calendar* = 2.5
launch calendar* = 2.5
release cadence = 2.5
release plan* = 2
release process* = 2
war room* = 2
hypercare = 2.5
go-live = 2
phased rollout* = 2
staged rollout* = 1.5
rollout plan* = 2
cutover plan* = 2.5
migration plan* = 2.5
migration program* = 3
migration strateg* = 2
/(orchestrating|coordinating|orchestrated|orchestrates|coordinated|coordinates|coordinate|managing|driving|leading|running|managed|manages|drives|manage|drove|drive|leads|lead|runs|led|ran|run) (the |a )?([a-z0-9]+ ){0,2}(deprecation|migrations|migration|rollouts|launches|releases|cutover|rollout|release|launch) ((across|with) (dozens of|multiple|fifteen|several|eleven|twelve|twenty|thirty|three|seven|eight|forty|fifty|four|five|nine|many|[0-9]+|two|six|ten|all)|of (hundreds of|dozens of|[0-9][0-9]+|all))/ = 3

# ---------------------------------------------------------------------------
# Vendors, partners, compliance and security programs
# ---------------------------------------------------------------------------
vendor* = 1
vendor management = 2.5
external partner* = 2
supplier* = 1.5
contractor* = 1
statement of work = 2.5
sow = 2
procurement = 1.5
rfp = 1.5
outsourc* = 1.5
offshore = 1.5
compliance program* = 3
security program* = 3
privacy program* = 3
compliance = 1
soc 2 = 2
soc2 = 2
gdpr = 1.5
hipaa = 1.5
pci = 1
fedramp = 2
iso 27001 = 2
audit = 1
regulatory = 1
privacy review* = 1.5

# ---------------------------------------------------------------------------
# Planning across teams
# ---------------------------------------------------------------------------
resource planning = 1.5
cross-team planning = 3
joint planning = 2.5
big room planning = 3
planning offsite* = 1.5
portfolio planning = 2.5
roadmap alignment = 2.5
integrated roadmap* = 2.5
/(quarterly|annual|yearly|half) planning (across|for) ([a-z0-9]+ )?(the organization|organizations|organisations|engineering|the org|teams|orgs)/ = 3
initiative* = 1
moving parts = 1.5
/(high visibility|large scale|multi quarter|company level|multi year|org level|strategic|critical|complex|large|major) (technical )?(programmes|programme|programs|program|initiatives|initiative)/ = 2.5

# ---------------------------------------------------------------------------
# Running cross-team work: more phrasings
# ---------------------------------------------------------------------------
/(plan|plans|planned|planning|run|runs|ran|running|led|lead|leads|leading|drove|drive|drives|driving|own|owns|owned|owning|manage|manages|managed|managing|coordinat[a-z0-9]*|organiz[a-z0-9]*|organis[a-z0-9]*|facilitat[a-z0-9]*|host|hosts|hosted|hosting|steer[a-z0-9]*|spearhead[a-z0-9]*)( the| a| an| our)? (cross|multi) (team|org|organizational|organisational|department|departmental|group|site|region|company|discipline|disciplinary)( [a-z0-9]+)?/ = 3
/(manag|run|ran|lead|led|driv|drove|own)[a-z0-9]* (the|a|an) ([a-z0-9]+ ){0,3}(programmes|programme|programs|program) (to|for|that|of|across)/ = 2
/(delivered|deliver|delivering|delivers|shipped|launched|completed|landed|finished)( [a-z0-9]+){0,6} (on schedule|ahead of schedule|on time|under budget|on budget)/ = 2
/(rollout|migration|onboarding|launch|cutover|deployment|release) waves?/ = 2
resource conflict* = 2
/(owners|owner) (and )?(dates|deadlines|milestones)|(dates|deadlines|milestones) (and )?(owners|owner)/ = 2.5
code freeze* = 1.5
/(drove|drive|drives|driving|managed|manage|manages|managing|coordinat[a-z0-9]*|owned|owns|own|owning|ran|run|runs|running|led|lead|leads|leading) (the )?([a-z0-9]+ ){0,3}(releases|release)/ = 2
acquired compan* = 2
post-merger = 2
acquisition integration* = 2.5
/translat[a-z0-9]* between/ = 1.5


# ---------------------------------------------------------------------------
# More JD and resume phrasings of cross-team execution
# ---------------------------------------------------------------------------
/(cross platform|cross product|cross team|cross org|company wide|org wide|organisation wide|organization wide) (initiatives|initiative|efforts|effort|projects|project|programs|programmes|work)/ = 2.5
integration risk* = 2.5
re-plan* = 2
replan* = 2
re-baselin* = 2.5
rebaselin* = 2.5
multi-quarter = 1.5
/(plans|planned|plan|planning) and (executes|executed|execute|executing|delivers|delivered|drives|drove|runs|ran)/ = 2
intake process* = 1.5
/clear (owners|owner|ownership)/ = 1.5
/(give|gives|giving|gave|provide|provides|provided|providing) ([a-z0-9]+ ){0,2}visibility/ = 2
leadership visibility = 2
post-launch review* = 2
lessons learned = 1

rag status = 3
red amber green = 2.5
programme board* = 3
program board* = 3
delivery manag* = 2
delivery lead* = 1.5
sign-off* = 1
on-time delivery = 2
slippage = 2
program health = 2.5
programme health = 2.5
delivery health = 2
work-back* = 3
workback* = 3
tiger team* = 1.5
exit criteria = 2
entry criteria = 1.5
handover* = 1.5

/(report|reports|reporting|reported|communicat[a-z0-9]*) ([a-z0-9]+ ){0,3}progress/ = 2

/(report|reports|reporting|reported|manag[a-z0-9]*|coordinat[a-z0-9]*|own|owns|owned|owning) ([a-z0-9]+ ){0,2}deliverables/ = 2

/project (tracking|execution|status|governance)/ = 2
/end to end (planning|delivery|execution|program|programme|project|coordination)/ = 1.5
privacy = 1

# ---------------------------------------------------------------------------
# Open-source and community programme work (OSPO roles), process streamlining
# ---------------------------------------------------------------------------
"open source" = 1
/(organizing|organising|organized|organised|organizes|organises|organize|organise|running|hosting|hosted|hosts|host|runs|ran|run)( [a-z0-9]+){0,3} (events|conferences|meetups|hackathons|summits)/ = 1
/(streamlining|streamlined|streamlines|streamline)( [a-z0-9]+){0,2} (processes|process|workflows|workflow)/ = 1.5
[context]
/across ([a-z0-9]+ ){1,5}and ([a-z0-9]+ ){0,2}(teams|orgs|groups|functions|departments)/ = 2.5
# Markers of cross-team, cross-org scope.
cross-team = 2
cross-org = 2
cross-organi* = 2
cross-functional = 1.5
xfn = 1.5
cross-functionally = 1.5
cross-group = 1.5
cross-department* = 1.5
cross-divisional = 1.5
cross-company = 1.5
cross-product = 1.5
cross-pillar = 1.5
multi-team = 2
multi-org = 2
multiple teams = 2
several teams = 2
many teams = 1.5
multiple orgs = 2
partner team* = 1.5
dependent team* = 2
org-wide = 1.5
company-wide = 1.5
organization-wide = 1.5
organisation-wide = 1.5
enterprise-wide = 1.5
engineering-wide = 1.5
coordinat* = 1.5
/across (the |all |both |our |partner |those |these |every |each )?(teams|orgs|groups|squads|functions|departments|divisions)/ = 2
/across (every|each|all) ([a-z0-9]+ ){0,2}(team|org|business unit|function|region|platform|product line)s?/ = 2.5
/across (every|each|all) ([a-z0-9]+ ){0,2}(service|product|app|application|surface|client)s?/ = 1
/across ([a-z0-9]+ ){1,5}and ([a-z0-9]+ )?(teams|orgs|groups|functions|departments)/ = 2.5
/between ([a-z0-9]+ )?(teams|orgs|groups|departments|functions)/ = 2
/(each|every) ([a-z0-9]+ ){0,2}(team|org|workstream|partner team)/ = 1.5
service owner* = 1.5
/(multiple|several|competing|many|[0-9]+|two|three|four|five) (programs|programmes|initiatives|workstreams)/ = 2
/(crosses|crossed|crossing) ([a-z0-9]+ ){0,2}(orgs|teams|organizations|organisations|team boundaries|org boundaries)/ = 2
/between (engineering|product|sales|design|operations|ops|the business|business|customers|the customer|partners|vendors) and/ = 2
across engineering = 1.5
across the company = 1.5
/across (the )?(engineering organization|engineering org|organizations|organisations|organization|organisation|companies|divisions|business|company|orgs|org)/ = 1.5
/across (dozens of|different|multiple|numerous|fifteen|several|a dozen|various|eleven|twelve|twenty|thirty|three|seven|eight|forty|fifty|four|five|nine|many|[0-9]+|two|six|ten|all) ([a-z0-9]+ )?(business units|organizations|organisations|product lines|stakeholders|departments|workstreams|time zones|functions|timezones|divisions|companies|countries|offices|groups|squads|teams|sites|orgs|pods|contact centres|contact centers|data centres|data centers|centres|centers|plants|warehouses|facilities|hospitals|factories|campuses)/ = 3
/(dozens of|multiple|numerous|fifteen|several|a dozen|eleven|twelve|twenty|thirty|three|seven|eight|forty|fifty|four|five|nine|[0-9]+|two|six|ten) ([a-z0-9]+ ){0,2}(business units|organizations|organisations|departments|workstreams|squads|teams|orgs)/ = 2
/(multiple|several|eleven|twelve|three|seven|eight|four|five|nine|[0-9]+|two|six|ten) ([a-z0-9]+ )?(time zones|timezones)/ = 2
/(fifteen|twelve|twenty|three|seven|eight|multi|four|five|nine|[0-9]+|six|ten) team (organization|organisation|initiative|migration|programme|program|rollout|effort|launch|org)/ = 2
/(hundreds of|dozens of|[0-9][0-9]+) ([a-z0-9]+ )?(microservices|applications|repositories|services|repos)/ = 0.5
/with (the )?(infrastructure|procurement|compliance|networking|operations|security|platform|hardware|firmware|privacy|finance|support|infra|legal|sre|ops|qa)( teams?| orgs?)?(( and| or)? (the )?(infrastructure|procurement|compliance|networking|operations|security|platform|hardware|firmware|privacy|finance|support|infra|legal|sre|ops|qa)( teams?| orgs?)?)+/ = 2
/(infrastructure|engineering|operations|compliance|networking|marketing|security|hardware|firmware|platform|product|support|finance|privacy|clinical|regulatory|quality|infra|legal|sales|sre|ops|qa)( and| or)? (infrastructure|engineering|operations|compliance|networking|marketing|security|hardware|firmware|platform|product|support|finance|privacy|clinical|regulatory|quality|infra|legal|sales|sre|ops|qa)( and| or)? (infrastructure|engineering|operations|compliance|networking|marketing|security|hardware|firmware|platform|product|support|finance|privacy|clinical|regulatory|quality|infra|legal|sales|sre|ops|qa)/ = 1.5

/across [a-z0-9]+ (teams|orgs|groups|squads|departments|divisions|functions)/ = 2
/spanning ([a-z0-9]+ ){1,4}(teams|orgs|groups|functions|departments|organisations|organizations)/ = 2

[scoped]
schedul* = 1
cutover* = 1.5
# Words that are the TPM's by default; switched to EM (own team) or PM (users/customers)
# when the line carries that context.
rollout* = 1
delivery = 0.5
"program" = 1.5
"programme" = 1.5
resource allocation = 1
timeline* = 1
milestone* = 1.5
deadline* = 0.5
quarterly planning = 1.5
annual planning = 1.5
planning cycle* = 1
stakeholder* = 0.5
alignment = 1
visibility = 0.5
cadence = 0.5
sociali* = 1
unblock* = 1.5
blocker* = 1.5
/(kept|keep|keeps|keeping) ([a-z0-9]+ ){1,5}(aligned|in sync|on track|informed|unblocked)/ = 2
/(what is|whats|who is|anything|everything|issues|things|items|risks) blocking/ = 1.5
readiness = 1
commitment* = 1
