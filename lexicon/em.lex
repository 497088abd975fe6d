@name Engineering Manager
@label EM
@question how/who
@order 2
@aliases eng manager, engineering management, software engineering manager, development manager, dev manager, people manager

# The Engineering Manager owns HOW the team builds (the engineering bar, reliability,
# the team's process) and WHO builds it (hiring, growing and leading the engineers).
# Entries before the first section header are [terms].

# ---------------------------------------------------------------------------
# Hiring, recruiting, interviewing
# ---------------------------------------------------------------------------
# fit: 2 → 1.9 from 16 labeled lines in 9 sources (PM 1, EM 14, none 1)
hiring = 1.9
hired = 2
hire = 1.5
# fit: 2 → 1.95 from 10 labeled lines in 9 sources (EM 9, TPM 1)
recruit* = 1.95
# fit: 3 → 3.01 from 4 labeled lines in 3 sources (EM 4)
hiring manager* = 3.01
hiring plan* = 3
hiring pipeline* = 3
hiring process* = 3
hiring committee* = 3
hiring bar = 3
hiring loop* = 3
hiring goal* = 3
interview loop* = 3
interview process* = 2.5
interview rubric* = 3
interviewer training = 3
technical interview* = 2
behavioral interview* = 2.5
behavioural interview* = 2.5
bar raiser* = 2.5
talent acquisition = 2.5
# fit: 1.5 → 1.46 from 2 labeled lines in 2 sources (EM 1, TPM 1)
talent = 1.46
# fit: 1.5 → 1.44 from 8 labeled lines in 4 sources (PM 2, EM 6)
"candidate" = 1.44
job description* = 2
/(extended|extend|closed|close|made) ([0-9]+ )?offers/ = 2.5
/sourc(ing|ed|es|e) ([a-z0-9]+ )?(candidates|engineers|talent)/ = 2.5
/(recruiting|recruited|onboarded|recruit|hiring|hired|hire) (and onboarded )?(dozens of|multiple|fifteen|several|a dozen|eleven|twelve|twenty|thirty|three|seven|eight|forty|fifty|four|five|nine|[0-9]+|two|six|ten) ([a-z0-9]+ )?(engineering managers|data scientists|developers|programmers|engineers|managers|interns|people|sdets|hires|ics)/ = 3

# ---------------------------------------------------------------------------
# Onboarding and team building
# ---------------------------------------------------------------------------
new hire* = 2
new hire onboarding = 3
new joiner* = 2
new starter* = 2
ramp-up time = 2
/ramp(ing|ed|s)? up ([a-z0-9]+ ){0,2}(new )?(team members|engineers|members|reports|hires)/ = 2.5
# quoted: its family took in "the team builds" and "team, build time"
"team building" = 2
layoff* = 2
reduction in force = 2.5
reductions in force = 2.5
headcount = 3
# fit: 2 → 2.07 from 4 labeled lines in 4 sources (EM 4)
staffing = 2.07
staffing plan* = 3
# managing contractors beside the team's own engineers (real text: EM 8 of 10 lines; it was TPM)
contractor* = 1
team structure* = 2.5
team topolog* = 2
"org design" = 2.5
"organizational design" = 2.5
"organisational design" = 2.5
reorg = 2
/(reorganiz|reorganis|restructur|split|splitting|merged|merging)[a-z0-9]* (the |my |our |an |a |a single )?([a-z0-9]+ ){0,2}(teams|team|orgs|org|organization|organisation|department|group)/ = 2.5
# fit: 3 → 3.03 from 9 labeled lines in 5 sources (EM 9)
/(assembled|building|stood up|stand up|expanded|growing|scaling|spun up|doubled|tripled|builds|scaled|scales|formed|built|build|grows|scale|forms|grew|grow|form) (the |our |my |an |a )?(new )?([a-z0-9]+ )?(engineering team|organization|organisation|department|headcount|group|team|org) (from|of|to)/ = 3.03
/from (fifteen|twelve|twenty|three|seven|eight|four|five|nine|[0-9]+|two|six|ten) to (fifteen|twelve|twenty|thirty|three|seven|eight|forty|fifty|four|five|nine|[0-9]+|two|six|ten) ([a-z0-9]+ )?(team members|developers|programmers|engineers|reports|people|ics)/ = 3
# fit: 1 → 1.01 from 19 labeled lines in 9 sources (PM 1, EM 17, TPM 1)
/(fifteen|eleven|twelve|twenty|thirty|three|seven|eight|forty|fifty|four|five|nine|[0-9]+|two|six|ten) ([a-z0-9]+ )?(developers|programmers|engineers|devs)/ = 1.01

# ---------------------------------------------------------------------------
# People management: 1:1s, coaching, mentoring
# ---------------------------------------------------------------------------
# 1:1s as people write them (`1:1s`, `1-on-1`, `weekly 1:1`, `a 1:1 with`); normalising makes
# `1:1` and a version `1.1` alike, so a lone `1 1` is not enough (`release 2.1.1`, `a 1-1 mapping`).
/1 (on )?1s/ = 3
/1 on 1/ = 3
/(biweekly|bi weekly|fortnightly|regular|monthly|weekly|skip level) 1 1/ = 3
/1 1 (meetings|meeting|conversations|conversation|with|check ins|check in|sessions|session)/ = 3
one-on-one* = 3
skip-level* = 3
skip level meeting* = 3
# fit: 1.5 → 1.34 from 15 labeled lines in 11 sources (PM 1, EM 11, TPM 3)
coach* = 1.34
# fit: 2 → 1.93 from 10 labeled lines in 7 sources (PM 3, EM 7)
mentor* = 1.93
mentee* = 2
mentorship program* = 3
sponsor* = 1
people manag* = 3
/(develop|developing|develops|developed|grow|growing|grows|grew|strengthen|strengthening|strengthens|strengthened|upskill|upskilling|upskills|upskilled) (the |our |your )?(teams|team members|engineers|reports) (skills|skill|capabilities|capability|careers|career|talent)/ = 2.5
people leader* = 3
line manag* = 3
manager of managers = 3
managed managers = 3
# fit: 1.5 → 1.54 from 11 labeled lines in 7 sources (EM 9, TPM 2)
engineering manag* = 1.54
# The same title under other names (a business development manager is sales, so not alone)
/(software|application|applications|web|mobile|platform|dev) development manag[a-z]*/ = 1.54
dev manager* = 1.54
# "10 years of experience, 3 as a manager", "2+ years as a people manager"
/([0-9]+\+? ((years|yrs) )?|experience )as an? (people |line |engineering |team )?manager/ = 1.5
managerial = 2
/(supervising|supervised|supervises|overseeing|supervise|managing|oversees|managed|manages|heading|leading|oversee|oversaw|running|headed|manage|heads|leads|lead|runs|led|run|ran) (the |our |an |my |a )?([a-z0-9]+ )?(engineering|development|dev|software) (teams|team|org|organization|organisation|group|department)/ = 2.5
# Building or scaling an engineering team: one team after an article (not "the team's CI"), teams without one.
/(building|scaling|growing|built|scaled|grew|build|builds|scale|scales|grow|grows)( and (building|scaling|growing|built|scaled|grew|build|builds|scale|scales|grow|grows|leading|led|lead|leads|managing|managed|manage|manages|retaining|retained|retain))? ((the|our|an|my|a) ([a-z0-9]+ )?(engineering|development|software) (team|org|organization|organisation|department)|(the|our|an|my|a) engineering function|(high performing |strong |new |diverse |distributed |remote )?(engineering|development|software) (teams|orgs|organizations|organisations))/ = 2.5
# fit: 2 → 1.92 from 20 labeled lines in 12 sources (PM 2, EM 16, TPM 2)
/(supervising|supervised|supervises|overseeing|supervise|managing|oversees|managed|manages|heading|leading|oversee|oversaw|running|headed|manage|heads|leads|lead|runs|led|run|ran) (the |our |an |my |a )?([a-z0-9]+ )?(squads|teams|squad|team)/ = 1.92
/(supervising|supervised|supervises|overseeing|supervise|managing|oversees|managed|manages|heading|leading|oversee|oversaw|running|headed|manage|heads|leads|lead|runs|led|run|ran) (the|our|an|my|a) ([a-z0-9]+ ){1,2}(and [a-z0-9]+ )?(squads|teams|squad|team)/ = 2
# fit: 1.5 → 1.48 from 3 labeled lines in 2 sources (EM 1, TPM 2)
delegat* = 1.48
# Taking charge of a team: standing one up, taking one over, leading it as a noun.
/(standing up|stood up|stand up|stands up|taking over|took over|take over|takes over|inheriting|inherited|inherit|inherits) ((the|our|an|my|a) (new )?([a-z0-9]+ ){0,2}(squad|team)|(two|three|four|five|six|[0-9]+) (new )?([a-z0-9]+ )?(squads|teams))/ = 2
/leadership of (an|a) ([a-z0-9]+ ){0,2}(squad|team|group|org|organization|organisation)/ = 2
/(head|director|vp|vice president) of (software |platform |mobile |web |backend |frontend )?(engineering|development)/ = 1.5
empower* = 1
autonomy = 1
psychological safety = 3
trust and accountability = 2
sense of ownership = 1.5
# fit: 1 → 1.01 from 6 labeled lines in 2 sources (EM 6)
tech lead* = 1.01
technical leadership = 1.5

# ---------------------------------------------------------------------------
# Career growth, feedback, performance management
# ---------------------------------------------------------------------------
career growth = 3
career development = 3
# fit: 3 → 2.95 from 2 labeled lines in 2 sources (EM 1, TPM 1)
career ladder* = 2.95
career path* = 2.5
career progression = 3
career conversation* = 3
career goal* = 2.5
growth plan* = 2.5
# fit: 2.5 → 2.54 from 2 labeled lines in 2 sources (EM 2)
development plan* = 2.54
individual development plan* = 3
# fit: 2.5 → 2.46 from 6 labeled lines in 5 sources (EM 5, TPM 1)
/(developing|developed|nurtur[a-z0-9]*|develops|growing|develop|grows|grew|grow) ([a-z0-9]+ ){0,2}(engineers|the team|leaders|reports|talent|people|ics)/ = 2.46
/(growing|grows|grow|grew) (into|to) (management|tech lead|manager|senior|staff|lead)/ = 2.5
leveling guide* = 3
levelling guide* = 3
"leveling" = 2
"levelling" = 2
competency matri* = 2.5
competency framework* = 2.5
performance review* = 3
performance management = 3
performance improvement plan* = 3
/(through|managed|formal|the|[0-9]+|on|a) pips?/ = 3
performance conversation* = 3
performance evaluation* = 3
performance cycle* = 3
review cycle* = 2.5
calibration* = 2.5
talent review* = 3
promotion* = 1.5
promotion packet* = 3
promotion case* = 3
/promot(ing|ed|es|e) (multiple|several|three|four|five|[0-9]+|two|six) ([a-z0-9]+ )?(team members|developers|programmers|engineers|reports|people|ics)/ = 3
/promot(ing|ed|es|e) ([a-z0-9]+ )?(team members|developers|programmers|engineers|reports|ics)/ = 2.5
underperform* = 2.5
promo = 2
promo packet* = 3
promo case* = 3
perf review* = 3
perf cycle* = 2.5
# years of managing people (a posting's requirement), which the TPM count of teams would read as cross-team scope
/([0-9]+ )?(years|year|yrs) (of )?(experience )?(in )?(managing|line managing|people managing|people management of) ([a-z0-9]+ ){0,2}(teams|engineers|developers|programmers|people|managers|squads)/ = 2
perf calibration* = 3
performance issue* = 2
performance problem* = 2
/(handl|address|manag|deal|tackl|resolv)[a-z0-9]* ([a-z0-9]+ )?(performance|underperformance|conduct|capability|behaviour|behavior|attendance)( and (performance|conduct|capability|behaviour|behavior|attendance))? (issues|issue|problems|problem|concerns|concern)/ = 3
/calibrat[a-z0-9]* ([a-z0-9]+ ){0,3}(ratings|rating|performance|reviews|review|levels|level|promotions|promotion|scores|packets)/ = 3
/calibrat[a-z0-9]* with ([a-z0-9]+ ){0,2}(ems|managers|leads|peers|directors)/ = 2.5
backfill* = 2
low performer* = 2.5
high performer* = 2
high-performing team* = 2.5
# fit: 2.5 → 2.41 from 2 labeled lines in 2 sources (none 2)
constructive feedback = 2.41
actionable feedback = 2.5
peer feedback = 2
360 feedback = 3
upward feedback = 3
/(delivering|delivered|delivers|deliver|giving|gives|gave|give) ([a-z0-9]+ )?feedback/ = 2
compensation = 2
succession plan* = 3
stretch assignment* = 2.5
stretch project* = 2
stretch opportunit* = 2
# a team's own learning: what training it needs and the chances to grow it is given
/(training|learning|development) needs/ = 2
/(development|growth|learning|training) opportunities (for|to) (the |my |our |your |their )?(staff|team|teams|engineers|developers|programmers|people|reports|team members|individuals)/ = 2.5
# handing out the team's work (a team lead's; across teams is a programme's)
/(allocat[a-z0-9]*|assign[a-z0-9]*|distribut[a-z0-9]*|divid[a-z0-9]*|spread[a-z0-9]*) (the )?(work|tasks|tickets|workload) (across|among|amongst|within|to|in) (the|my|our|your|his|her|their) team/ = 2.5

# ---------------------------------------------------------------------------
# Retention, team health, culture, inclusion
# ---------------------------------------------------------------------------
attrition = 3
regretted attrition = 3
team retention = 3
employee retention = 3
engineer retention = 3
talent retention = 3
/retain(ing|ed|s)? (all |100 )?([a-z0-9]+ )?(top performers|team members|engineers|the team|reports|talent|people)/ = 2.5
team health = 3
team morale = 3
morale = 2.5
burnout = 2
well-being = 2
wellbeing = 2
work-life balance = 2
engagement survey* = 3
engagement score* = 3
team engagement = 2.5
employee engagement = 2.5
/(engagement|morale|motivation|productivity|wellbeing|well being) of (the|my|our|your) (team|teams|engineers|developers|programmers|people|reports)/ = 2.5
enps = 3
pulse survey* = 2.5
team survey* = 2.5
team culture = 3
# fit: 3 → 3.07 from 2 labeled lines in 2 sources (EM 2)
engineering culture = 3.07
# fit: 1.5 → 1.56 from 12 labeled lines in 9 sources (PM 2, EM 10)
culture = 1.56
inclusion = 2
inclusive = 1.5
# fit: 2 → 2.01 from 2 labeled lines in 2 sources (EM 2)
diversity = 2.01
dei = 2
"belonging" = 1.5
conflict resolution = 2
/(resolving|resolved|resolves|resolve|mediat[a-z0-9]*|defus[a-z0-9]*) (interpersonal |team |personal )?(conflicts|conflict|tensions|tension|disputes|dispute|friction) (between|among|amongst|within|on|in) (the |my |our |a )?(teammates|engineers|members|people|reports|peers|team)/ = 2.5
/(built|build|builds|building|fostered|foster|fosters|fostering|cultivated|cultivate|cultivates|cultivating|created|create|creates|creating|established|establish|establishes|establishing|drove|drive|drives|driving|instilled|instill|instills|instilling|nurtured|nurture|nurtures|nurturing|championed|champion|champions|championing) (a |an |the |our )?(strong |healthy |high trust |team )?culture of (ownership|accountability|trust|feedback|learning|mentorship|mentoring|psychological safety|inclusion|belonging|excellence|engineering excellence|quality|craftsmanship|code review|testing|blameless|continuous improvement|collaboration|respect|growth|candor|candour|transparency|documentation|operational excellence)/ = 2.5
interpersonal = 2
peer recognition = 1.5
recognition program* = 2
team charter* = 2
working agreement* = 2
team norm* = 2
team dynamic* = 2
remote team* = 1
distributed team* = 1

# ---------------------------------------------------------------------------
# Engineering excellence: architecture, standards, quality
# ---------------------------------------------------------------------------
architecture review* = 3
design review* = 3
technical review* = 2
# fit: 1 → 0.96 from 24 labeled lines in 13 sources (PM 2, EM 12, TPM 7, none 3)
architectur* = 0.96
architectural decision* = 2
architecture decision* = 2
adr = 1.5
technical decision* = 1.5
# fit: 2.5 → 2.49 from 2 labeled lines in 2 sources (PM 1, EM 1)
technical direction = 2.49
technical vision = 2
technical strategy = 2
# The same under its other names: technology and tech.
technology vision = 2
technology strategy = 2
technology roadmap* = 2
tech vision = 2
tech strategy = 2
tech roadmap* = 2
engineering strategy = 2
# fit: 2 → 2.05 from 3 labeled lines in 3 sources (EM 2, TPM 1)
technical roadmap* = 2.05
# fit: 2 → 1.96 from 2 labeled lines in 2 sources (TPM 2)
engineering roadmap* = 1.96
team roadmap* = 2
# removed: build vs buy = 1.5
build versus buy = 1.5
build or buy = 1.5
rfc process* = 2.5
rfc = 1
code review standard* = 3
code review process* = 3
code review culture = 3
code review guideline* = 3
# removed: code review* = 1
code quality = 2
coding standard* = 2.5
engineering standard* = 3
engineering excellence = 3
engineering best practice* = 2.5
# fit: 1.5 → 1.36 from 9 labeled lines in 8 sources (PM 3, EM 3, TPM 1, none 2)
best practice* = 1.36
engineering rigor = 2.5
engineering rigour = 2.5
quality bar = 2.5
technical bar = 2.5
engineering bar = 2.5
raised the bar = 1
# fit: 1.5 → 1.45 from 5 labeled lines in 4 sources (PM 1, EM 3, none 1)
technical debt = 1.45
# fit: 1.5 → 1.49 from 5 labeled lines in 4 sources (PM 1, EM 3, TPM 1)
tech debt = 1.49
# fit: 0.5 → 0.52 from 6 labeled lines in 4 sources (EM 3, TPM 3)
scalability = 0.52
engineering process* = 2.5
# fit: 2 → 1.93 from 2 labeled lines in 2 sources (PM 1, TPM 1)
development process* = 1.93
sdlc = 2
software development lifecycle = 2
software development life cycle = 2

# ---------------------------------------------------------------------------
# Reliability, on-call, incidents, postmortems
# ---------------------------------------------------------------------------
reliability = 1
operational excellence = 2
on-call rotation* = 3
on-call health = 3
on-call load = 2.5
on-call burden = 2.5
on-call program* = 2.5
on-call process* = 2.5
# fit: 1 → 0.94 from 4 labeled lines in 3 sources (PM 1, EM 2, TPM 1)
on-call = 0.94
# The same written as one word, and the British rota.
oncall rotation* = 3
oncall health = 3
oncall load = 2.5
oncall = 0.94
on-call rota = 3
oncall rota = 3
/(evaluations|evaluation|assessments|assessment|appraisals|appraisal) of (my |the |our |all )?(team members|direct reports|reports|engineers|developers|programmers|staff|the team|my team)/ = 2.5
/(her|his|their) ([a-z0-9]+ ){0,4}progression to (senior|staff|principal|lead|tech lead|team lead|manager)/ = 2.5
pager fatigue = 2.5
alert fatigue = 2
incident response = 2
incident management = 2
incident review* = 2.5
incident commander* = 2
postmortem* = 3
post-mortem* = 3
blameless = 2
slo = 2
# fit: 1 → 1.07 from 4 labeled lines in 3 sources (EM 3, TPM 1)
sla = 1.07
sli = 1.5
error budget* = 2.5
mttr = 1.5
operational review* = 2
ops review* = 2
production readiness review* = 2.5

# ---------------------------------------------------------------------------
# The team's process and delivery
# ---------------------------------------------------------------------------
sprint planning = 1.5
sprint planning and execution = 2
sprint goal* = 2
agile ceremon* = 1.5
ceremon* = 1
# fit: 1 → 0.7 from 18 labeled lines in 14 sources (PM 4, EM 4, TPM 8, none 2)
agile = 0.7
# fit: 1 → 1.07 from 7 labeled lines in 6 sources (PM 2, EM 2, TPM 3)
scrum = 1.07
kanban = 1
daily stand-up* = 2
daily standup* = 2
story point* = 1.5
# fit: 1.5 → 1.51 from 2 labeled lines in 2 sources (EM 2)
velocity = 1.51
team velocity = 2.5
wip limit* = 2
team productivity = 2.5
engineering productivity = 2
developer productivity = 1.5
dora = 2.5
deployment frequency = 2
lead time = 1.5
cycle time = 1.5
change failure rate = 2
team delivery = 2
team execution = 2
team throughput = 2
team budget* = 2.5
engineering budget* = 2.5
/(the|our|my) teams? (deliverables|commitments|throughput|execution|velocity|delivery|output)/ = 2
# fit: 0.5 → 0.59 from 187 labeled lines in 44 sources (PM 41, EM 81, TPM 52, none 13)
team = 0.59
sprint = 1
# fit: 1.5 → 1.55 from 5 labeled lines in 3 sources (EM 4, none 1)
/with (the |our |my |a |your )?(product management|product managers|product manager|product owners|product owner|pms|pm)/ = 1.55
/(partner(ing|ed|s)?|work(ing|ed|s)?|collaborat[a-z0-9]*) (closely )?with product( (and|to|on|in|leadership|leaders|partners|counterparts|peers)|$)/ = 1.5
/(led|guided|took|steered|walked|coached|brought) (the|my|our) ([a-z0-9]+ )?team through/ = 2.5
/high quality (software|code|systems|services)/ = 1.5

# ---------------------------------------------------------------------------
# More ways people describe leading, growing and shielding a team
# ---------------------------------------------------------------------------
/(grow|grew|growing|grows|build|built|building|builds|assembl[a-z0-9]*|scal[a-z0-9]*|stood up|stand up|hire|hired|hiring)( and [a-z0-9]+)? (a |the |an |my |our )?(new )?([a-z0-9]+ ){0,3}(engineering team|engineering org|organization|organisation|team|org)($| (of|from|to|that|which|who|with|and|in|at|on|for|focused|responsible|through|while))/ = 2
/high performing ([a-z0-9]+ ){0,2}(teams|team|organization|organisation|org)/ = 2.5
/(guid|guide|guides|guided|guiding) ([a-z0-9]+ ){0,2}(engineers|developers|programmers|the team|team members|juniors|reports)/ = 2
upskill* = 2
# fit: 2.5 → 2.49 from 4 labeled lines in 4 sources (PM 1, EM 3)
/(hard|difficult|tough|candid|crucial) conversations?/ = 2.49
knowledge sharing = 1.5
learning culture = 2
/(junior|early career|new grad) (engineers|developers)/ = 1
/(keep|keeps|kept|keeping) (the|my|our|your) team ([a-z0-9]+ ){0,2}(focused|unblocked|aligned|on track|productive|happy|healthy|motivated|engaged)/ = 2.5
/(engineers|engineer|reports|people|them|members|ics) (get|got|getting|be|were|was|being) promoted/ = 2.5
/(team|engineers|hires|hire|members|people|them) ([a-z0-9]+ )?up to speed/ = 2
/(shield|shields|shielded|shielding|protect|protects|protected|protecting) (the |my |our )?(team|engineers)/ = 2.5
/who works on what/ = 3
# fit: 2.5 → 2.51 from 5 labeled lines in 4 sources (EM 5)
/(assign|assigns|assigned|assigning|allocat[a-z0-9]*|dedicat[a-z0-9]*|match[a-z0-9]*|staff[a-z0-9]*) ([a-z0-9]+ ){0,2}(engineers|engineer|people|developers|programmers|team members) (to|on|with)/ = 2.51
/(each|every|all) ([a-z0-9]+ )?team members?/ = 1
# work handed out to the team (labeled lines: EM 3 of 3)
/(assign|assigns|assigned|assigning|allocate|allocates|allocated|allocating) (the |their |team )?work/ = 2
# the people a manager supervises, named by their craft (`Manage the developers who…`)
/(manage|manages|managed|managing|supervise|supervises|supervised|supervising) (the|a|an|our|my|all) ([a-z0-9]+ )?(developers|engineers|programmers|devs|testers)/ = 2.5
# supervisory experience or role, as public-sector and enterprise postings put it
supervisory = 2

# ---------------------------------------------------------------------------
# More of the engineering bar: direction, practices, quality, design
# ---------------------------------------------------------------------------
engineering direction = 2.5
architectural direction = 2.5
# fit: 2.5 → 2.55 from 2 labeled lines in 2 sources (EM 2)
engineering quality = 2.55
technical excellence = 3
operational rigor = 2
operational rigour = 2
# fit: 2 → 2.01 from 3 labeled lines in 3 sources (EM 3)
/(the|my|our|your) ([a-z0-9]+ )?team (delivers|deliver|ships|ship|executes|execute|meets|hits|delivered|shipped|operates|operated|runs|maintains|supports)/ = 2.01
developer experience = 1.5
"technical design" = 1.5
design doc* = 1.5
crash rate* = 1.5
crash-free = 1.5
deploy frequency = 2
# fit: 2 → 1.9 from 9 labeled lines in 5 sources (EM 7, TPM 2)
/(coding|engineering|development|security|secure coding|testing|operational|devops|agile|scrum|code review|review|software|delivery|on call|incident) (best )?(practices|standards|conventions|guidelines|hygiene)/ = 1.9
/(technology|tech|tooling|stack|framework|language|platform) (choices|choice|selection|decisions|decision)/ = 2
# leading or scaling the team's CI/CD practice is engineering process; building the pipeline is IC work ([none] ci/cd)
/(led|lead|leads|leading|drove|drive|drives|driving|scaled|scale|scales|scaling|introduced|introduce|introduces|championed|champion|champions|established|establish|establishes) (a |an |the |our )?(ci cd|continuous integration|continuous delivery|continuous deployment|devops)( and [a-z0-9]+)? (transformation|practices|practice|process|processes|adoption|culture|strategy|standards)/ = 2
/(led|lead|leads|leading|drove|drive|drives|driving|owned|own|owns|directed|oversaw|oversee|oversees)( the| a| an)? ([a-z0-9]+ ){0,2}(redesign|rearchitecture|re architecture|rearchitecting|re architecting|architecture|technical design|system design)/ = 2
# fit: 2 → 2.01 from 8 labeled lines in 4 sources (EM 8)
/(reduc|cut|lower|brought|bring|halv|drove down|drive down|drives down)[a-z0-9]* ([a-z0-9]+ ){0,3}(pages|alerts|incidents|outages|sevs|sev1s|p1s|p0s|toil|pager load|on call load|escalations)/ = 2.01

# ---------------------------------------------------------------------------
# More JD and resume phrasings of people leadership and the team's practices
# ---------------------------------------------------------------------------
engineering ladder* = 3
ladder = 1.5
one-to-one* = 3
air cover = 2.5
technical due diligence = 2.5
# fit: 1 → 1.01 from 7 labeled lines in 6 sources (EM 7)
career* = 1.01
/(do|does|doing) (the |their |our )?best work/ = 2
/(the )?people who (build|builds|write|writes|run|runs|maintain|maintains|operate|operates)/ = 2
/advocat[a-z0-9]* for (the|my|our|your) (team|teams|engineers|reports|people)/ = 2.5
/bench of ([a-z0-9]+ )?(leaders|engineers|talent|managers)|leadership bench|bench strength/ = 2.5
/attract[a-z0-9]* ([a-z0-9]+ ){0,2}(talent|engineers|candidates)/ = 2.5
top talent = 2
# fit: 2 → 2.01 from 5 labeled lines in 3 sources (EM 5)
/(guid|steer|mov|coach|push|nudg|transition|shift)[a-z0-9]* (the|my|our) teams? (move|moves|shift|transition|journey|to|toward|towards|into|onto)/ = 2.01
# fit: 3 → 3.01 from 2 labeled lines in 2 sources (EM 2)
/(led|lead|leads|leading|managed|manages|managing|built|build|builds) (a|the|my) ([a-z0-9]+ )?team (that|which|who) (built|build|builds|delivered|delivers|shipped|ships|launched|created|developed|designed)/ = 3.01

code health = 2
operational health = 1.5
team ritual* = 2
technical guidance = 2
people development = 3
appraisal* = 2.5
# fit: 1.5 → 1.49 from 4 labeled lines in 4 sources (EM 2, TPM 2)
team lead* = 1.49

/(lead|leads|leading|led|manage|manages|managing|managed)( and (lead|manage))? people/ = 2.5

# fit: 2 → 2.01 from 4 labeled lines in 4 sources (EM 4)
clear expectations = 2.01

/(psychological|emotional|professional) safety/ = 2.5

# fit: 1 → 1.04 from 49 labeled lines in 11 sources (PM 4, EM 41, TPM 3, none 1)
"engineers" = 1.04
# One engineer is someone's report after a determiner (`each engineer`, `a junior engineer`);
# without one it is a job title (`Senior Engineer`, `Data Engineer`): IC ladders' level names.
# fit: 1 → 1.04 (the weight the word had before it was split)
/(a|an|one|each|every|per|the|my|our|your|their|his|her) ([a-z]+ )?engineer/ = 1.04
# fit: 3 → 2.99 from 16 labeled lines in 9 sources (EM 15, TPM 1)
/(coach|coached|coaches|coaching|mentor|mentored|mentors|mentoring|mentoring and growing) ([a-z0-9]+ ){0,2}(engineers|developers|programmers|managers|ics|reports|team members|leads)/ = 2.99
/[0-9]+ (direct )?reports/ = 2.5
/(managed|managing|manages|manage|led|lead|leads|leading|oversaw|oversee|oversees|overseeing) (two|three|four|five|six|seven|eight|[0-9]+) ([a-z0-9]+ ){0,2}(teams|squads)/ = 3
# fit: 1 → 1.1 from 4 labeled lines in 4 sources (EM 3, TPM 1)
defect* = 1.1
# fit: 1 → 0.97 from 3 labeled lines in 3 sources (PM 1, EM 1, TPM 1)
/(oversaw|oversee|oversees|overseeing|directed|direct|directs|directing|led|lead|leads|leading|managed|manage|manages|managing) (the )?([a-z0-9]+ )?(development|engineering) (of|for)/ = 0.97
# Hiring through employees (longer than a referral program, which is PM's product)
employee referral* = 2.5
# Interviews of people applying for a job (a PM's interviews are with users, patients, students)
/(applicant|applicants|candidate|candidates|campus|graduate|intern|internship) interviews?/ = 2.5
# programmes that bring in and grow people: a graduate or internship programme, a leadership
# programme someone is sent to (labeled lines: EM 6 of 6; a program to run is TPM's)
/(graduate|grad|internship|intern|apprenticeship|apprentice|early career|early careers|leadership) (programs|program|programmes|programme)/ = 2

# Ladder phrasing of leading people and paying down debt (blind set 5, half read)
/(leading|lead|leads|led|managing|manage|manages|managed|guiding|guide|guides|guided) others/ = 1.5
/(pay|pays|paying|paid) down ([a-z0-9]+ ){0,2}debt/ = 1.5

# Proposed by tools/propose_terms.py from the sets read, kept after review
/(managing|manages|manage|managed) (other |first line |front line |line )?(managers|team leaders|team leads|engineering leads)/ = 3
technical quality = 1.5

# a posting's years of which N managing (`7+ years, at least 2 managing engineers`)
/[0-9]+ (managing|leading|line managing|people managing) (engineers|developers|programmers|engineering teams|teams|people)/ = 2.5
# leading or managing named teams (`lead the iOS and Android teams`, `managed two teams`)
/(leading|leads|lead|led|managing|manages|manage|managed) (the|our|two|three|four|five|both|multiple|several|[0-9]+) ([a-z0-9]+ )?(and [a-z0-9]+ )?teams/ = 2
# the review cycle's evaluations of people (`runs half-yearly evaluations`)
/(half yearly|mid year|year end|annual|yearly|biannual|twice yearly) (staff |performance |people )?(evaluations|appraisals)/ = 2
# games studios call their engineers programmers
/(leading|managing|managed|manages|manage|led|lead|leads|supervising|supervised|supervise|supervises) ([a-z0-9]+ ){0,2}programmers/ = 2.5
# leading an engineering function is heading the discipline
/(leading|leads|lead|led|heading|heads|head|headed|running|runs|run|ran) (the|our|an|a|its) ([a-z0-9]+ ){0,2}(engineering|software engineering|development) function/ = 2.5

[context]
# Markers that the line is about one's own team and the people reporting to you.
# fit: 1 → 1.1 from 6 labeled lines in 3 sources (EM 6)
my team = 1.1
"my reports" = 2.5
direct report* = 3
"my engineers" = 2
my org = 1.5
my organization = 1.5
my organisation = 1.5
"my managers" = 2
/engineers (on|in) (their|your|the|his|her|my) team/ = 2
# fit: 1 → 0.89 from 5 labeled lines in 4 sources (PM 1, EM 1, none 3)
your team = 0.89
# fit: 1 → 1.07 from 16 labeled lines in 5 sources (EM 16)
/(on|in|for) (the|your|my|our) team/ = 1.07
# fit: 1 → 1.04 from 12 labeled lines in 6 sources (EM 11, none 1)
/(within|inside) (the|your|my|our) ([a-z0-9]+ )?(team|group|org|organization|organisation)/ = 1.04
# fit: 1.5 → 1.52 from 13 labeled lines in 3 sources (EM 13)
/(the|my|our|your) teams ([a-z0-9]+ )?(services|systems|codebase|code|architecture|on call|reliability|health|growth|process|practices|quality|standards|tooling|culture|morale|sprint|roadmap|backlog|priorities|deploy|deploys|deployment|deployments|releases|uptime|needs)/ = 1.52
/teams? of ([a-z0-9]+ )?(data scientists|qa engineers|engineers|developers|programmers|sres|sdes|scientists|designers|analysts|testers|ics)/ = 3
/(squads?|crews?) of ([a-z0-9]+ ){0,2}(devs|developers|engineers|programmers)/ = 2.5
/[0-9]+ (person|people|engineer|developer|member|strong) (engineering |backend |frontend |mobile |platform |data |qa |infrastructure |infra |sre |devops )?(teams|team|org|organization|organisation|group|squad)/ = 3
/(organization|organisation|engineers|people|teams|group|team|org) i (supported|managed|support|oversee|oversaw|manage|built|lead|led|run|ran)/ = 2.5
/report(ing|ed|s)? (directly )?to me/ = 2
# fit: 3 → 2.87 from 8 labeled lines in 5 sources (PM 2, EM 5, TPM 1)
/teams? of (fifteen|several|a dozen|eleven|twelve|twenty|thirty|three|seven|eight|forty|fifty|four|five|nine|[0-9]+|two|six|ten)( [a-z0-9]+)?( developers| scientists| engineers| analysts| managers| reports| people| sdets| ics)?/ = 2.87
# fit: 3 → 3.06 from 10 labeled lines in 4 sources (EM 10)
/(supervising|overseeing|supervised|supervises|supervise|managing|oversees|managed|manages|leading|oversaw|oversee|manage|leads|lead|led) (an organization of |a group of |a team of |an org of )?(dozens of|fifteen|several|a dozen|eleven|twelve|twenty|thirty|three|seven|eight|forty|fifty|four|five|nine|[0-9]+|two|six|ten) ([a-z0-9]+ ){0,3}(engineering managers|data scientists|direct reports|qa engineers|contractors|developers|programmers|engineers|managers|reports|people|sdets|sres|sdes|ics)/ = 3.06

# fit: 1.5 → 1.37 from 4 labeled lines in 4 sources (EM 1, TPM 3)
"our engineers" = 1.37
my squad* = 1.5

[scoped]
# Words that are the EM's by default; switched to PM (users/customers) or TPM
# (cross-team) when the line carries that context.
interview* = 1.5
# fit: 1 → 0.96 from 22 labeled lines in 8 sources (PM 12, EM 5, TPM 4, none 1)
onboard* = 0.96
# fit: 1 → 0.96 from 16 labeled lines in 13 sources (PM 3, EM 9, TPM 2, none 2)
feedback = 0.96
# fit: 0.5 → 0.11 from 51 labeled lines in 27 sources (PM 12, EM 10, TPM 22, none 7)
process = 0.11
# fit: 0.5 → 0.37 from 24 labeled lines in 14 sources (PM 9, EM 4, TPM 10, none 1)
execution = 0.37
# fit: 0.5 → 0.28 from 49 labeled lines in 21 sources (PM 16, EM 15, TPM 9, none 9)
"design" = 0.28
budget = 1
# fit: 1 → 0.99 from 3 labeled lines in 2 sources (TPM 3)
capacity planning = 0.99
# fit: 1.5 → 1.26 from 7 labeled lines in 5 sources (EM 2, TPM 2, none 3)
retrospective* = 1.26
retro = 1
# a stand-up alone is everyone's meeting (real text: PM 3, EM 2, TPM 1 lines); running the daily one stays EM
# fit: 0.5 → 0.49 from 7 labeled lines in 3 sources (PM 1, EM 3, TPM 3)
estimat* = 0.49
# fit: 0.5 → 0.47 from 10 labeled lines in 4 sources (PM 1, EM 5, TPM 3, none 1)
incident* = 0.47
# fit: 0.5 → 0.46 from 14 labeled lines in 11 sources (EM 5, TPM 6, none 3)
standard = 0.46
# fit: 1 → 1.01 from 13 labeled lines in 5 sources (PM 7, EM 6)
champion* = 1.01

# fit: 1 → 0.98 from 6 labeled lines in 4 sources (PM 2, EM 1, TPM 3)
capacity = 0.98
