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
# fit: 3 → 3.04 from 9 labeled lines in 7 sources (TPM 9)
program manag* = 3.04
programme manag* = 3
# fit: 3 → 3.05 from 4 labeled lines in 3 sources (TPM 4)
technical program* = 3.05
# fit: 2 → 2.02 from 6 labeled lines in 4 sources (PM 1, EM 1, TPM 4)
tpm = 2.02
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
# fit: 3 → 3.04 from 2 labeled lines in 2 sources (TPM 2)
program milestone* = 3.04
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
# the agile release train's cross-team events
scrum of scrums = 2.5
/inspect (and |& )?adapt/ = 2
portfolio management = 2
# fit: 2.5 → 2.49 from 2 labeled lines in 2 sources (PM 1, TPM 1)
project manag* = 2.49
project plan* = 2.5
project schedule* = 2.5
project timeline* = 2
pmp = 2
pgmp = 2.5
# Leading people of the role's own kind is that role's senior work (a group PM's, a TPM lead's).
/(hiring|hired|hires|hire|coaching|coached|coaches|coach|mentoring|mentored|mentors|mentor|managing|managed|manages|manage|growing|grew|grows|grow|developing|developed|develops|develop|leading|led|leads|lead|building|built|builds|build|recruiting|recruited|recruits|recruit|onboarding|onboarded|onboards|onboard) (and (coaching|coached|coaches|coach|mentoring|mentored|mentors|mentor|developing|developed|develops|develop|growing|grew|grows|grow|managing|managed|manages|manage|leading|led|leads|lead|onboarding|onboarded|onboards|onboard) )?(a team of |a group of |the |our |my |their |his |her |new |junior |senior |associate |other |fellow |[0-9]+ |two |three |four |five |six |seven |eight |nine |ten |several )*(technical program managers|program managers|project managers|tpms|program management team|program management office|pmo)/ = 3
prince2 = 2
scaled agile = 2
/(agile|scrum) (and|or|to|vs|versus) waterfall|waterfall (and|or|to|vs|versus) (agile|scrum)|waterfall (methodologies|methodology|model|delivery|projects|project|approach|planning)/ = 1.5
/(delivery|project management|program management) (methodologies|methodology|frameworks|framework)/ = 2
smartsheet = 2
ms project = 2
microsoft project = 2
/(coordinating|coordinated|coordinates|coordinate|managing|driving|leading|running|managed|manages|drives|manage|owning|drove|drive|leads|owned|lead|runs|owns|led|ran|run|own) (the |an |a )?([a-z0-9]+ ){0,3}(initiatives|workstreams|programmes|initiative|workstream|programme|programs|program|efforts|effort) (spanning|across)/ = 3
/(initiatives|programmes|initiative|programme|programs|program) spanning (multiple|fifteen|several|eleven|twelve|twenty|three|seven|eight|four|five|nine|many|[0-9]+|two|six|ten)( [a-z0-9]+)?/ = 3

# ---------------------------------------------------------------------------
# Dependencies, integration points, sequencing
# ---------------------------------------------------------------------------
# fit: 2 → 1.9 from 16 labeled lines in 5 sources (PM 1, EM 1, TPM 12, none 2)
dependenc* = 1.9
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
release gate* = 2
launch gate* = 2
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
planning and execution = 2
delivery plan* = 2.5
delivery timeline* = 2
delivery date* = 1.5
target date* = 1.5
ship date* = 1.5
launch date* = 2
/(managing|managed|manages|manage|setting|set|sets|resetting|reset) (the |our |their |his |her |my )?(stakeholders |stakeholder |leadership |executives |executive |managers |customers |customer |clients |client |partners |partner )expectations/ = 1.5
release date* = 1.5
release deadline* = 1.5
"on schedule" = 1.5
"ahead of schedule" = 2
/ahead of (the |our |a |an )?([a-z0-9]+ ){0,2}(deadlines|deadline|schedule|plan|target date|due date|go live date|launch date)/ = 2
"behind schedule" = 1.5
schedule slip* = 2.5
on time and on budget = 2.5
on budget = 1.5
# Scope, schedule and budget: the project triangle a program is run by.
schedule and budget = 2
budget and schedule = 2
on time = 0.5
predictab* = 2
plan of record = 2.5
scope creep = 2
scope management = 2
change control = 2
change management = 2
change request* = 1.5
# fit: 0.5 → 0.49 from 3 labeled lines in 2 sources (PM 2, none 1)
deliverable* = 0.49
# fit: 2 → 1.95 from 9 labeled lines in 4 sources (PM 1, EM 3, TPM 5)
/track(ing|ed|s)? ([a-z0-9]+ )?(dependencies|deliverables|action items|milestones|execution|progress|delivery|status|risks)/ = 1.95
progress tracking = 2
progress report* = 2.5
/(review|reviews|reviewed|reviewing) (the |our |weekly |monthly |quarterly )?(program |programme |project |migration |release |milestone |delivery |launch |rollout )?progress/ = 2
stakeholder update* = 1.5
stakeholder reporting = 1.5
# a regular update sent to leadership (not one's own to one's manager)
/(sends|sent|send|sending|gives|gave|give|giving) (the )?(leadership|stakeholders|executives|execs|steering group|steering committee|sponsors|partner teams) (a |an |the )?(weekly|monthly|fortnightly|biweekly|bi weekly|regular) ([a-z0-9]+ )?(updates|update|reports|report|summary|digest)/ = 2
/(keep|keeps|kept|keeping) ([a-z0-9]+ ){0,3}(stakeholders|leadership|executives|partners|sponsors) (informed|updated|up to date|in the loop)/ = 2

# Hardware programmes: new product introduction through the engineering, design and production
# validation builds to mass production with a contract manufacturer (27 labeled lines: TPM 22)
npi = 2
new product introduction* = 2.5
evt = 1.5
dvt = 1.5
pvt = 1.5
mass production = 1.5
contract manufactur* = 1.5

# ---------------------------------------------------------------------------
# Risks and mitigations
# ---------------------------------------------------------------------------
risk register* = 3
risk log* = 3
raid log* = 3
raid = 1
# fit: 2.5 → 2.45 from 2 labeled lines in 2 sources (EM 1, TPM 1)
risk management = 2.45
risk mitigation* = 2.5
risk assessment* = 1.5
risk burndown* = 3
# fit: 1 → 1.02 from 29 labeled lines in 10 sources (PM 6, EM 2, TPM 21)
risk = 1.02
mitigation plan* = 2.5
# fit: 1 → 1.01 from 7 labeled lines in 7 sources (PM 1, TPM 6)
mitigat* = 1.01
contingency plan* = 2.5
contingenc* = 1.5
de-risk* = 2.5
derisk* = 2.5
failure mode* = 1.5
issue log* = 2
escalation path* = 2.5
# fit: 1 → 1.03 from 8 labeled lines in 3 sources (EM 4, TPM 4)
escalat* = 1.03
ambigu* = 1.5

# status reported upward (`Report status to the CIO …`, `presented status to the board`)
/(report|reports|reported|reporting|present|presents|presented|presenting|communicate|communicates|communicated|communicating) ([a-z0-9]+ ){0,2}status (to|for)/ = 2

# issues, risks and action items tracked or driven to closure (15 labeled lines: TPM 10)
to closure = 1.5

# ---------------------------------------------------------------------------
# Status reporting, governance, operating cadence
# ---------------------------------------------------------------------------
status report* = 3
status update* = 2.5
weekly status = 2.5
weekly update* = 1.5
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
# fit: 0.5 → 0.47 from 12 labeled lines in 6 sources (PM 3, EM 1, TPM 8)
executive* = 0.47
steering committee* = 3
steerco* = 3
working group* = 1.5
operating review* = 2
business review* = 1.5
qbr = 2
operating cadence = 3
operating rhythm = 3
operating model* = 2
# fit: 1.5 → 1.48 from 3 labeled lines in 3 sources (EM 1, TPM 2)
governance = 1.48
weekly sync* = 2
program sync* = 2.5
sync meeting* = 1.5
decision log* = 2
raci = 3
daci = 2.5
accountability matri* = 2.5
communication plan* = 2.5
comms plan* = 2.5
# fit: 1.5 → 1.45 from 2 labeled lines in 2 sources (PM 1, TPM 1)
single source of truth = 1.45
source of truth = 1

# ---------------------------------------------------------------------------
# Alignment and leading without authority
# ---------------------------------------------------------------------------
# fit: 3 → 2.87 from 3 labeled lines in 3 sources (PM 1, EM 1, TPM 1)
stakeholder alignment = 2.87
stakeholder management = 2.5
executive alignment = 2.5
# fit: 2.5 → 2.47 from 3 labeled lines in 3 sources (PM 1, TPM 2)
/(facilitating|establishing|facilitated|facilitates|established|establishes|facilitate|establish|building|achieved|driving|created|creates|secured|drives|builds|create|gained|drove|drive|built|build) ([a-z0-9]+ )?alignment/ = 2.47
/(aligning|aligned|aligns|align) ([a-z0-9]+ ){0,2}(stakeholders|leadership|executives|partners|leaders|orgs)/ = 2.5
# fit: 3 → 2.95 from 5 labeled lines in 3 sources (PM 1, TPM 4)
/(brought together|brings together|bring together|orchestrating|coordinating|orchestrated|orchestrates|synchronized|synchronised|coordinated|coordinates|orchestrate|coordinate|mobilized|mobilised|aligning|mobilize|mobilise|aligned|unified|unifies|rallied|rallies|aligns|align|unify|rally) (dozens of|multiple|fifteen|several|a dozen|eleven|twelve|twenty|thirty|three|seven|eight|four|five|nine|many|[0-9]+|two|six|ten) ([a-z0-9]+ )?(business units|organizations|organisations|stakeholders|departments|workstreams|partners|vendors|groups|squads|teams|orgs)/ = 2.95
# fit: 1.5 → 1.46 from 4 labeled lines in 3 sources (PM 2, EM 1, none 1)
consensus = 1.46
/(influencing|influenced|influences|influence|leading|driving|drives|leads|drove|drive|lead|led)( [a-z0-9]+){0,3} without (direct |formal )?authority/ = 3
# removed: influenc* = 0.5
glue = 1
dri = 1.5
liaison = 1.5
single point of contact = 2
# fit: 1 → 0.95 from 3 labeled lines in 3 sources (PM 1, EM 1, TPM 1)
point of contact = 0.95
bridge between = 1.5
cross-team coordination = 3
cross-org coordination = 3
# fit: 1 → 0.98 from 7 labeled lines in 3 sources (EM 1, TPM 6)
orchestrat* = 0.98

# ---------------------------------------------------------------------------
# Launch and release coordination across teams
# ---------------------------------------------------------------------------
launch readiness = 3
release readiness = 2.5
# fit: 2 → 1.96 from 2 labeled lines in 2 sources (EM 2)
operational readiness = 1.96
readiness review* = 2.5
go/no-go = 3
launch checklist* = 2.5
launch coordination = 3
release coordination = 3
release management = 3
release manager* = 3
# fit: 2.5 → 2.42 from 2 labeled lines in 2 sources (PM 1, TPM 1)
release schedule* = 2.42
release calendar* = 2.5
launch calendar* = 2.5
release cadence = 2.5
release plan* = 2
release process* = 2
# the rota of engineers who cut and ship each release, which the release manager runs
release captain* = 2
release candidate* = 1.5
app store submission* = 1.5
hotfixes = 1
# an open-source community's events and health, which its program manager runs (labeled
# lines: TPM 11 of 12)
/contributor (summits|summit|days|day|sprints|sprint|meetups|meetup|communities|community|health|experience|programs|program|programmes|programme|growth|funnel|onboarding)/ = 2
war room* = 2
hypercare = 2.5
# fit: 2 → 1.99 from 2 labeled lines in 2 sources (EM 1, TPM 1)
go-live = 1.99
phased rollout* = 2
staged rollout* = 1.5
rollout plan* = 2
cutover plan* = 2.5
rollback plan* = 1.5
/in ([0-9]+|two|three|four|five|six|multiple|several) (phases|waves|tranches)/ = 1.5
/(migration|deployment|cutover|release|maintenance) windows?/ = 1.5
migration plan* = 2.5
migration program* = 3
migration strateg* = 2
/(orchestrating|coordinating|orchestrated|orchestrates|coordinated|coordinates|coordinate|managing|driving|leading|running|managed|manages|drives|manage|drove|drive|leads|lead|runs|led|ran|run) (the |a )?([a-z0-9]+ ){0,2}(deprecation|migrations|migration|rollouts|launches|releases|cutover|rollout|release|launch) ((across|with) (dozens of|multiple|fifteen|several|eleven|twelve|twenty|thirty|three|seven|eight|forty|fifty|four|five|nine|many|[0-9]+|two|six|ten|all)|of (hundreds of|dozens of|[0-9][0-9]+|all))( [a-z0-9]+)?/ = 3

# ---------------------------------------------------------------------------
# Vendors, partners, compliance and security programs
# ---------------------------------------------------------------------------
# fit: 1 → 0.69 from 20 labeled lines in 6 sources (PM 4, EM 4, TPM 11, none 1)
vendor* = 0.69
vendor management = 2.5
external partner* = 2
supplier* = 1.5
statement of work = 2.5
sow = 2
# fit: 1.5 → 1.41 from 2 labeled lines in 2 sources (EM 2)
procurement = 1.41
rfp = 1.5
outsourc* = 1.5
offshore = 1.5
compliance program* = 3
security program* = 3
privacy program* = 3
# fit: 1 → 0.84 from 20 labeled lines in 15 sources (PM 6, EM 2, TPM 12)
compliance = 0.84
soc 2 = 2
soc2 = 2
gdpr = 1.5
# fit: 1.5 → 1.49 from 3 labeled lines in 3 sources (EM 1, TPM 2)
hipaa = 1.49
pci = 1
fedramp = 2
iso 27001 = 2
# fit: 1 → 0.88 from 6 labeled lines in 5 sources (PM 2, TPM 3, none 1)
audit = 0.88
# fit: 1 → 0.91 from 10 labeled lines in 5 sources (PM 5, TPM 5)
regulatory = 0.91
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
# fit: 1 → 1.01 from 30 labeled lines in 19 sources (PM 8, EM 8, TPM 14)
initiative* = 1.01
moving parts = 1.5
# fit: 2.5 → 2.44 from 6 labeled lines in 4 sources (EM 1, TPM 5)
/(high visibility|large scale|multi quarter|company level|multi year|org level|strategic|critical|complex|large|major) (technical )?(programmes|programme|programs|program|initiatives|initiative)/ = 2.44

# ---------------------------------------------------------------------------
# Running cross-team work: more phrasings
# ---------------------------------------------------------------------------
# fit: 3 → 2.89 from 13 labeled lines in 7 sources (PM 2, EM 1, TPM 10)
/(plan|plans|planned|planning|run|runs|ran|running|led|lead|leads|leading|drove|drive|drives|driving|own|owns|owned|owning|manage|manages|managed|managing|coordinat[a-z0-9]*|organiz[a-z0-9]*|organis[a-z0-9]*|facilitat[a-z0-9]*|host|hosts|hosted|hosting|steer[a-z0-9]*|spearhead[a-z0-9]*)( the| a| an| our)? (cross|multi) (team|org|organizational|organisational|department|departmental|group|site|region|company|discipline|disciplinary)( [a-z0-9]+)?/ = 2.89
/(manag|run|ran|lead|led|driv|drove|own)[a-z0-9]* (the|a|an) ([a-z0-9]+ ){0,3}(programmes|programme|programs|program) (to|for|that|of|across)/ = 2
# fit: 2 → 1.92 from 5 labeled lines in 4 sources (PM 1, TPM 3, none 1)
/(delivered|deliver|delivering|delivers|shipped|launched|completed|landed|finished)( [a-z0-9]+){0,6} (on schedule|ahead of schedule|on time|under budget|on budget)/ = 1.92
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
# fit: 2.5 → 2.4 from 4 labeled lines in 4 sources (EM 2, TPM 2)
/(cross platform|cross product|cross team|cross org|company wide|org wide|organisation wide|organization wide) (initiatives|initiative|efforts|effort|projects|project|programs|programmes|work)/ = 2.4
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
# fit: 1 → 1.02 from 2 labeled lines in 2 sources (TPM 2)
sign-off* = 1.02
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

# fit: 2 → 1.98 from 3 labeled lines in 3 sources (PM 1, TPM 2)
/project (tracking|execution|status|governance)/ = 1.98
# fit: 1.5 → 1.58 from 7 labeled lines in 5 sources (PM 1, TPM 6)
/end to end (planning|delivery|execution|program|programme|project|coordination)/ = 1.58
# fit: 1 → 1.01 from 6 labeled lines in 4 sources (PM 3, TPM 3)
privacy = 1.01

# ---------------------------------------------------------------------------
# Open-source and community programme work (OSPO roles), process streamlining
# ---------------------------------------------------------------------------
# fit: 1 → 1.27 from 23 labeled lines in 7 sources (PM 1, EM 1, TPM 19, none 2)
"open source" = 1.27
# fit: 1 → 1.1 from 3 labeled lines in 3 sources (TPM 3)
/(organizing|organising|organized|organised|organizes|organises|organize|organise|running|hosting|hosted|hosts|host|runs|ran|run)( [a-z0-9]+){0,3} (events|conferences|meetups|hackathons|summits)/ = 1.1
# fit: 1.5 → 1.6 from 3 labeled lines in 2 sources (TPM 3)
/(streamlining|streamlined|streamlines|streamline)( [a-z0-9]+){0,2} (processes|process|workflows|workflow)/ = 1.6
# Change and project governance written in ITIL and PRINCE2 terms (blind set 5, half read)
change advisory board* = 2
highlight report* = 2
release status = 2
/(managing|managed|manage|manages|delivering|delivered|deliver|delivers|running|ran|run|runs)( multiple| several| concurrent| parallel| complex| large| cross functional)* projects/ = 2
/(portfolio|portfolios) of ([a-z0-9]+ )?projects/ = 2
interdependent = 1.5

# Proposed by tools/propose_terms.py from the sets read, kept after review
/integrated (program|programme|project|release|delivery) (plans|plan|schedules|schedule)/ = 2.5
/readiness (checklists|checklist|checks|check)/ = 2
status doc* = 2
status deck* = 2
/(rollout|rollouts|launch|launches|expansion) (to|in|across) ([0-9]+|multiple|several|new) ([a-z]+ )?(markets|countries|regions)/ = 2

# ---------------------------------------------------------------------------
# The delivery role of agile teams: a scrum master facilitates the events and reports burndown
# (blind set 6, half read; real resumes' agile lines: TPM 7 of 10; impediments cost a PM line)
# ---------------------------------------------------------------------------
scrum master* = 1.5
burndown* = 1.5
burnup* = 1.5
/(facilitat[a-z0-9]*|conduct[a-z0-9]*) (all )?(the )?((scrum|agile|sprint) events|((scrum|agile|sprint) )?ceremonies)/ = 3

[context]
/across ([a-z0-9]+ ){1,7}and ([a-z0-9]+ ){0,2}(teams|orgs|groups|functions|departments)/ = 2.5
# Markers of cross-team, cross-org scope.
# fit: 2 → 1.86 from 10 labeled lines in 6 sources (PM 5, EM 1, TPM 4)
# Halved by hand: on real ladders and resumes (corpus) PMs write it most (PM 5, EM 1, TPM 1),
# and cross-validation grouped by source rose with it (framework 0.684 → 0.690 with the two below).
cross-team = 0.93
cross-org = 2
cross-organi* = 2
# `cross-functional` alone is no entry: real text gives it to every role (corpus and styled
# sets: PM 12, EM 8, TPM 8 lines in 19 sources). Halved by hand at first (1.14 → 0.57), then
# dropped: cross-validated by source 0.707 → 0.709 (framework) and 0.628 → 0.632 (resume), 39 → 40
# resume jobs right, framework in-sample 0.719 → 0.715. Cross-functional *programs*, *launches*
# and coordination keep their own entries.
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
# fit: 1.5 → 1.39 from 3 labeled lines in 3 sources (PM 1, EM 1, TPM 1)
partner team* = 1.39
dependent team* = 2
org-wide = 1.5
# fit: 1.5 → 1.47 from 6 labeled lines in 6 sources (PM 3, TPM 3)
company-wide = 1.47
# fit: 1.5 → 1.47 from 2 labeled lines in 2 sources (EM 1, TPM 1)
organization-wide = 1.47
organisation-wide = 1.5
enterprise-wide = 1.5
engineering-wide = 1.5
# fit: 1.5 → 1.56 from 31 labeled lines in 11 sources (PM 4, TPM 27)
coordinat* = 1.56
# fit: 2 → 1.93 from 9 labeled lines in 5 sources (PM 3, EM 1, TPM 5)
/across (the |all |both |our |partner |those |these |every |each )?(teams|orgs|groups|squads|functions|departments|divisions)/ = 1.93
# fit: 2.5 → 2.49 from 3 labeled lines in 2 sources (EM 1, TPM 2)
/across (every|each|all) ([a-z0-9]+ ){0,2}(team|org|business unit|function|region|platform|product line)s?/ = 2.49
/across (every|each|all) ([a-z0-9]+ ){0,2}(service|product|app|application|surface|client)s?/ = 1
/between ([a-z0-9]+ )?(teams|orgs|groups|departments|functions)/ = 2
/(each|every) ([a-z0-9]+ ){0,2}(team|org|workstream|partner team)/ = 1.5
service owner* = 1.5
/(multiple|several|competing|many|[0-9]+|two|three|four|five) (programs|programmes|initiatives|workstreams)/ = 2
/(crosses|crossed|crossing) ([a-z0-9]+ ){0,2}(orgs|teams|organizations|organisations|team boundaries|org boundaries)/ = 2
/between (engineering|product|sales|design|operations|ops|the business|business|customers|the customer|partners|vendors) and/ = 2
across engineering = 1.5
across the company = 1.5
# fit: 1.5 → 1.45 from 3 labeled lines in 2 sources (PM 1, TPM 2)
/across (the )?(engineering organization|engineering org|organizations|organisations|organization|organisation|companies|divisions|business|company|orgs|org)/ = 1.45
# fit: 3 → 2.87 from 26 labeled lines in 6 sources (PM 3, EM 3, TPM 20)
/across (dozens of|different|multiple|numerous|fifteen|several|a dozen|various|eleven|twelve|twenty|thirty|three|seven|eight|forty|fifty|four|five|nine|many|[0-9]+|two|six|ten|all) ([a-z0-9]+ )?(business units|organizations|organisations|product lines|stakeholders|departments|workstreams|time zones|functions|timezones|divisions|companies|countries|offices|groups|squads|teams|sites|orgs|pods|contact centres|contact centers|data centres|data centers|centres|centers|plants|warehouses|facilities|hospitals|factories|campuses)/ = 2.87
# fit: 2 → 1.79 from 32 labeled lines in 10 sources (PM 6, EM 5, TPM 21)
/(dozens of|multiple|numerous|fifteen|several|a dozen|eleven|twelve|twenty|thirty|three|seven|eight|forty|fifty|four|five|nine|[0-9]+|two|six|ten) ([a-z0-9]+ ){0,2}(workstreams|squads|teams|orgs)/ = 1.79
# organisations up to 99 (thousands of organisations are customers, not parts of one to align)
/(dozens of|multiple|numerous|fifteen|several|a dozen|eleven|twelve|twenty|thirty|three|seven|eight|forty|fifty|four|five|nine|[1-9][0-9]?|two|six|ten) ([a-z][a-z0-9]* ){0,2}(business units|organizations|organisations|departments)/ = 1.79
/(multiple|several|eleven|twelve|three|seven|eight|four|five|nine|[0-9]+|two|six|ten) ([a-z0-9]+ )?(time zones|timezones)/ = 2
/(fifteen|twelve|twenty|three|seven|eight|multi|four|five|nine|[0-9]+|six|ten) team (organization|organisation|initiative|migration|programme|program|rollout|effort|launch|org)/ = 2
# fit: 0.5 → 0.53 from 9 labeled lines in 3 sources (EM 2, TPM 7)
/(hundreds of|dozens of|[0-9][0-9]+) ([a-z0-9]+ )?(microservices|applications|repositories|services|repos)/ = 0.53
# fit: 2 → 1.99 from 4 labeled lines in 2 sources (PM 2, TPM 2)
/with (the )?(infrastructure|procurement|compliance|networking|operations|security|platform|hardware|firmware|privacy|finance|support|infra|legal|sre|ops|qa)( teams?| orgs?)?(( and| or)? (the )?(infrastructure|procurement|compliance|networking|operations|security|platform|hardware|firmware|privacy|finance|support|infra|legal|sre|ops|qa)( teams?| orgs?)?)+/ = 1.99
# fit: 1.5 → 1.49 from 15 labeled lines in 4 sources (EM 1, TPM 14)
/(infrastructure|engineering|operations|compliance|networking|marketing|security|hardware|firmware|platform|product|support|finance|privacy|clinical|regulatory|quality|infra|legal|sales|sre|ops|qa)( and| or)? (infrastructure|engineering|operations|compliance|networking|marketing|security|hardware|firmware|platform|product|support|finance|privacy|clinical|regulatory|quality|infra|legal|sales|sre|ops|qa)( and| or)? (infrastructure|engineering|operations|compliance|networking|marketing|security|hardware|firmware|platform|product|support|finance|privacy|clinical|regulatory|quality|infra|legal|sales|sre|ops|qa)/ = 1.49

/across [a-z0-9]+ (teams|orgs|groups|squads|departments|divisions|functions)/ = 2
/spanning ([a-z0-9]+ ){1,4}(teams|orgs|groups|functions|departments|organisations|organizations)/ = 2

[scoped]
# fit: 1 → 0.97 from 22 labeled lines in 7 sources (PM 4, TPM 18)
schedul* = 0.97
cutover* = 1.5
# Words that are the TPM's by default; switched to EM (own team) or PM (users/customers)
# when the line carries that context.
# fit: 1 → 0.98 from 13 labeled lines in 3 sources (PM 1, TPM 12)
rollout* = 0.98
# fit: 0.5 → 0.31 from 56 labeled lines in 27 sources (PM 19, EM 13, TPM 21, none 3)
delivery = 0.31
# fit: 1.5 → 1.65 from 52 labeled lines in 14 sources (PM 2, TPM 50)
"program" = 1.65
# fit: 1.5 → 1.49 from 8 labeled lines in 2 sources (PM 2, EM 2, TPM 4)
"programme" = 1.49
resource allocation = 1
# fit: 1 → 0.98 from 9 labeled lines in 5 sources (PM 1, EM 1, TPM 7)
timeline* = 0.98
milestone* = 1.5
# fit: 0.5 → 0.38 from 13 labeled lines in 8 sources (PM 1, EM 4, TPM 8)
deadline* = 0.38
quarterly planning = 1.5
annual planning = 1.5
planning cycle* = 1
# fit: 0.5 → 0.4 from 25 labeled lines in 18 sources (PM 12, EM 3, TPM 9, none 1)
stakeholder* = 0.4
# fit: 1 → 1.01 from 28 labeled lines in 17 sources (PM 4, EM 4, TPM 20)
alignment = 1.01
visibility = 0.5
# fit: 0.5 → 0.43 from 4 labeled lines in 4 sources (EM 2, TPM 2)
cadence = 0.43
sociali* = 1
# fit: 1.5 → 1.53 from 6 labeled lines in 5 sources (EM 1, TPM 5)
unblock* = 1.53
# fit: 1.5 → 1.49 from 7 labeled lines in 6 sources (PM 1, EM 1, TPM 5)
blocker* = 1.49
/(kept|keep|keeps|keeping) ([a-z0-9]+ ){1,5}(aligned|in sync|on track|informed|unblocked)/ = 2
/(what is|whats|who is|anything|everything|issues|things|items|risks) blocking/ = 1.5
# fit: 1 → 1.02 from 10 labeled lines in 5 sources (EM 1, TPM 9)
readiness = 1.02
# fit: 1 → 0.94 from 8 labeled lines in 5 sources (PM 1, EM 2, TPM 5)
commitment* = 0.94
