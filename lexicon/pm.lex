@name Product Manager
@label PM
@question what/why
@order 1
@aliases product, product management, product owner, product lead

# The Product Manager owns WHAT gets built and WHY: the problem, the user, the market,
# the bet and how we will know it worked. Entries before the first section header are [terms].

# ---------------------------------------------------------------------------
# Problem and customer discovery
# ---------------------------------------------------------------------------
product discovery = 3
customer discovery = 3
continuous discovery = 3
discovery interview* = 3
# fit: 1.5 → 1.52 from 7 labeled lines in 4 sources (PM 7)
discovery = 1.52
problem statement* = 2.5
problem space = 2
problem framing = 2.5
framed the problem = 2
/defin(ing|ed|es|e) the problem/ = 2
pain point* = 2
unmet need* = 2.5
customer insight* = 2.5
# fit: 1 → 1.02 from 5 labeled lines in 4 sources (PM 5)
synthesi* = 1.02
user insight* = 2.5
market insight* = 2.5
"voice of the customer" = 3
customer empathy = 2.5
user empathy = 2.5
# fit: 1 → 1.01 from 5 labeled lines in 5 sources (PM 2, EM 3)
empathy = 1.01
opportunity sizing = 3
opportunity assessment* = 2.5
sized the opportunity = 3
# fit: 2 → 1.97 from 2 labeled lines in 2 sources (EM 1, TPM 1)
ideation = 1.97
concept test* = 2.5
/(which|what) (capabilities |features |products )?to build/ = 2.5
/whether (we should build|it should exist|to invest|to build)/ = 2.5
/(saying|said|says|say) no( to)?/ = 2.5

# ---------------------------------------------------------------------------
# User research, interviews, personas, jobs-to-be-done
# ---------------------------------------------------------------------------
# fit: 3 → 2.82 from 10 labeled lines in 8 sources (PM 8, none 2)
user research = 2.82
ux research = 3
customer research = 3
market research = 3
design research = 2
user interview* = 3
customer interview* = 3
# Interviews with the people a product serves (not with candidates, applicants, students on campus or team members, not exit interviews)
/(parent|patient|physician|clinician|doctor|nurse|seller|rider|driver|player|gamer|creator|advertiser|learner|teacher|shopper|buyer|borrower|homeowner|traveler|traveller|guest|tenant|listener|viewer|reader|grower|farmer|merchant|subscriber|citizen|resident|client|churn|win loss|persona|field)s? interviews?/ = 3
stakeholder interview* = 2.5
customer conversation* = 2.5
customer call* = 2
customer visit* = 2
/(talk|talks|talked|talking|spoke|speak|speaks|speaking|met) (to|with) ([a-z0-9]+ ){0,3}(users|customers|buyers)/ = 1.5
/(get|gets|got|getting) out of the building/ = 2
usability test* = 2.5
usability stud* = 2.5
usability = 1.5
user testing = 2.5
user stud* = 2.5
focus group* = 2.5
survey* = 1
persona = 2.5
jobs to be done = 3
jtbd = 3
ideal customer profile* = 3
icp = 2
customer segment* = 2.5
user segment* = 2.5
market segment* = 2.5
# fit: 2 → 1.93 from 4 labeled lines in 3 sources (PM 3, none 1)
segmentation = 1.93
cohort analys* = 2.5
# fit: 1.5 → 1.48 from 2 labeled lines in 2 sources (PM 1, none 1)
cohort* = 1.48

# ---------------------------------------------------------------------------
# Vision and product strategy
# ---------------------------------------------------------------------------
# fit: 3 → 2.98 from 10 labeled lines in 7 sources (PM 9, EM 1)
product vision = 2.98
# fit: 3 → 2.86 from 14 labeled lines in 11 sources (PM 9, EM 3, TPM 2)
product strategy = 2.86
product direction = 2.5
product thesis = 2.5
product bet* = 2.5
product principle* = 2
product sense = 2.5
product thinking = 2
north star = 2
north star metric* = 3
# fit: 0.5 → 0.47 from 15 labeled lines in 14 sources (PM 8, EM 3, TPM 4)
strategic = 0.47
# fit: 1.5 → 1.49 from 2 labeled lines in 2 sources (PM 1, EM 1)
long-term vision = 1.49

# ---------------------------------------------------------------------------
# Market, competition, positioning
# ---------------------------------------------------------------------------
competitive analy* = 3
competitive landscape = 3
competitive intelligence = 3
competitive research = 3
competitor* = 2
competitive = 1
market analy* = 3
market trend* = 2.5
market opportunit* = 3
market share = 2.5
market sizing = 3
"total addressable market" = 3
tam = 2.5
pmf = 3
"positioning" = 2.5
"product positioning" = 3
product messaging = 2.5
launch messaging = 2.5
/(evangeliz|evangelis)[a-z0-9]* (the |our |a |your |new )?(products|product|vision|features|feature|roadmap)/ = 2.5
value prop* = 3
differentiat* = 2
win loss = 2.5
"time to market" = 1.5

# ---------------------------------------------------------------------------
# Business case, pricing, monetisation, P&L
# ---------------------------------------------------------------------------
business case* = 3
business model* = 2.5
business value = 2
business impact = 2
business outcome* = 2
business requirement* = 2.5
# fit: 2 → 2.03 from 11 labeled lines in 3 sources (PM 8, TPM 1, none 2)
pricing = 2.03
pricing strategy = 3
# fit: 2.5 → 2.41 from 3 labeled lines in 2 sources (PM 1, EM 2)
pricing model* = 2.41
pricing and packaging = 3
"packaging" = 1
monetiz* = 2.5
monetis* = 2.5
commerciali* = 2
p&l = 3
unit economics = 2.5
roi = 1.5
arr = 2
mrr = 2
"bookings" = 1.5
upsell* = 2
cross-sell* = 2
churn = 2
ltv = 2
customer lifetime value = 3
cac = 2
free trial* = 2
freemium = 2
paywall* = 2
sales enablement = 2.5
"product marketing" = 2.5
# fit: 1.5 → 1.61 from 10 labeled lines in 4 sources (PM 9, TPM 1)
"marketing" = 1.61
customer success = 1.5
strategic partnership* = 2
# a partnership alone is every role's (real text: PM 3, EM 4, TPM 3 lines): only a strategic one is PM's
product investment* = 2

# ---------------------------------------------------------------------------
# Requirements, PRDs, user stories
# ---------------------------------------------------------------------------
# fit: 3 → 2.87 from 6 labeled lines in 4 sources (PM 4, TPM 2)
prd = 2.87
product requirement* = 3
requirements doc* = 2.5
market requirement* = 2.5
/(gathering|gathered|defining|authored|gathers|defined|defines|writing|gather|define|writes|owning|wrote|write|owned|owns|own) (the )?(functional |business |customer |product |market |user )?requirements/ = 3
requirements gathering = 2.5
# fit: 3 → 2.92 from 7 labeled lines in 7 sources (PM 5, TPM 1, none 1)
user stor* = 2.92
# fit: 3 → 2.87 from 3 labeled lines in 3 sources (PM 1, none 2)
acceptance criteria = 2.87
success criteria = 2
what success looks like = 2.5
/defin(ing|ed|es|e) success/ = 2
epic = 1.5
product spec* = 2.5
functional spec* = 2.5
feature spec* = 2
# A spec written for a feature, a flow or a journey (a technical spec, a job spec are not).
/(wrote|write|writes|writing|drafted|draft|drafts|drafting|authored|authoring) (the |a |an |our |my )?(specifications|specification|specs|spec) (for|of) (the |a |an |our |new )*([a-z0-9]+ ){0,3}(features|feature|flows|flow|experiences|experience|journeys|journey|screens|screen|pages|page|onboarding|checkout)/ = 2
product brief* = 2.5
one-pager* = 1.5
pr faq = 3
prfaq* = 3
working backwards = 2
feature request* = 2.5
# fit: 2.5 → 2.44 from 9 labeled lines in 4 sources (PM 5, TPM 4)
mvp = 2.44
minimum viable product = 3
product scope = 2

# ---------------------------------------------------------------------------
# Backlog and product ownership
# ---------------------------------------------------------------------------
# fit: 3 → 2.94 from 4 labeled lines in 4 sources (PM 3, TPM 1)
product backlog = 2.94
backlog grooming = 2.5
backlog refinement = 2.5
groomed the backlog = 2.5
# the product owner's demo of the increment to its stakeholders (real text: PM 4 of 4 lines; it was EM)
sprint review* = 2
# fit: 3 → 2.9 from 5 labeled lines in 4 sources (PM 1, EM 1, TPM 3)
# Halved by hand: people of every role work *with* product owners (real text: PM 1 of 5 lines);
# resume cross-validation 0.597 → 0.612 with the two cross-scope weights in tpm.lex.
product owner* = 1.45
# fit: 2.5 → 2.29 from 23 labeled lines in 18 sources (PM 17, EM 3, TPM 2, none 1)
product manag* = 2.29
product lead* = 2.5
head of product = 3
# A resume's "Led product for the driver app": the person was the product lead
/(led|leads|leading|headed|heads|heading) (the )?product (for|at|on|across|in|and)/ = 2.5
# running product for a company, and leading or owning a named product (`led the claims product at …`)
/(ran|runs|run|running) product (for|at|on|across|in|and)/ = 2.5
/(led|lead|leads|leading|owned|own|owns|owning|ran|run|runs|running) (the|our|a|an|my) ([a-z0-9]+ ){1,3}(product|products) (used|for|from|that|which|end|with|at|in|on|across|serving)/ = 2
# Leading people of the role's own kind is that role's senior work (a group PM's, a TPM lead's).
/(hiring|hired|hires|hire|coaching|coached|coaches|coach|mentoring|mentored|mentors|mentor|managing|managed|manages|manage|growing|grew|grows|grow|developing|developed|develops|develop|leading|led|leads|lead|building|built|builds|build|recruiting|recruited|recruits|recruit|onboarding|onboarded|onboards|onboard) (and (coaching|coached|coaches|coach|mentoring|mentored|mentors|mentor|developing|developed|develops|develop|growing|grew|grows|grow|managing|managed|manages|manage|leading|led|leads|lead|onboarding|onboarded|onboards|onboard) )?(a team of |a group of |the |our |my |their |his |her |new |junior |senior |associate |other |fellow |[0-9]+ |two |three |four |five |six |seven |eight |nine |ten |several )*(product managers|product owners|pms|apms|product management team|product management org|product management organization|product management organisation)/ = 3
# fit: 1.5 → 1.55 from 8 labeled lines in 2 sources (PM 8)
product area* = 1.55
product line* = 2
product portfolio = 2.5
product lifecycle = 2.5
product life cycle = 2.5
product review* = 2.5
product planning = 2.5
product operations = 2.5
product ops = 2.5
# fit: 2.5 → 2.46 from 5 labeled lines in 5 sources (PM 3, EM 1, TPM 1)
product decision* = 2.46
product feature* = 1.5
feature set* = 1.5
# fit: 1.5 → 1.45 from 4 labeled lines in 4 sources (PM 3, none 1)
new product* = 1.45
productiz* = 2
productis* = 2
# fit: 0.5 → 0.33 from 107 labeled lines in 38 sources (PM 67, EM 16, TPM 14, none 10)
product = 0.33
stack rank* = 2
/prioriti[a-z0-9]* (the |our |a )?([a-z0-9]+ )?backlog/ = 3
# fit: 2 → 1.94 from 2 labeled lines in 2 sources (PM 1, EM 1)
/(own|owns|owned|owning) (the )?(end to end )?([a-z0-9]+ ){0,2}experience/ = 1.94
moscow = 2
rice scor* = 2.5
/(owning|owned|owns|own) (the )?(product experience|problem space|product area|product line|feature set)/ = 2
/(product|feature) (prioritization|prioritisation|priorities)/ = 3

# ---------------------------------------------------------------------------
# UX, user journeys, design partnership
# ---------------------------------------------------------------------------
# fit: 2.5 → 2.42 from 4 labeled lines in 3 sources (PM 1, EM 2, TPM 1)
user experience* = 2.42
customer experience* = 2.5
# fit: 2 → 2.02 from 3 labeled lines in 3 sources (PM 2, none 1)
ux = 2.02
user journey* = 3
customer journey* = 3
journey map* = 3
user flow* = 2.5
wireframe* = 2.5
mockup* = 2
clickable prototype* = 2
rapid prototyp* = 1
# fit: 0.5 → 0.37 from 7 labeled lines in 4 sources (PM 3, TPM 2, none 2)
prototyp* = 0.37
design partner* = 2.5
design thinking = 2.5
# fit: 2 → 1.94 from 3 labeled lines in 2 sources (PM 2, EM 1)
product designer* = 1.94
# fit: 0.5 → 0.26 from 9 labeled lines in 7 sources (PM 3, EM 2, none 4)
designer* = 0.26
information architecture = 2
# fit: 2 → 2.01 from 4 labeled lines in 2 sources (PM 4)
user-centered = 2.01
user-centred = 2
human-centered = 2
human-centred = 2
customer-centric = 2
user-centric = 2
customer obsess* = 2
user onboarding = 2.5
customer onboarding = 2.5
onboarding flow* = 2.5
onboarding funnel* = 2.5
onboarding experience* = 2.5
/partner(ing|ed|s)? (closely )?with (engineering and design|design and engineering|data science|engineering|design|eng|ux)/ = 1.5
/(work(ing|ed|s)?|collaborat[a-z0-9]*|negotiat[a-z0-9]*)( [a-z0-9]+){0,2} with (design and engineering|engineering and design|ux and engineering|engineering and ux|designers|design|ux|research|marketing)/ = 1

# ---------------------------------------------------------------------------
# Experiments and validation
# ---------------------------------------------------------------------------
# fit: 3 → 2.95 from 3 labeled lines in 2 sources (none 3)
a/b test* = 2.95
ab test* = 3
a/b experiment* = 3
split test* = 2.5
experimentation = 2
# fit: 1.5 → 1.48 from 6 labeled lines in 4 sources (PM 5, none 1)
experiment = 1.48
hypothes* = 1.5
holdout* = 1.5
validated demand = 3
validate demand = 3
product validation = 2.5
beta program* = 2.5
pilot customer* = 3
design partner program* = 3
early adopter* = 2.5
dogfood* = 1.5
fake door* = 2.5

# ---------------------------------------------------------------------------
# Success metrics and product outcomes
# ---------------------------------------------------------------------------
success metric* = 3
product metric* = 3
product analytics = 2.5
# fit: 2 → 1.96 from 6 labeled lines in 6 sources (PM 4, TPM 1, none 1)
kpi = 1.96
key performance indicator* = 2.5
dau = 2.5
mau = 2.5
wau = 2
daily active users = 3
monthly active users = 3
weekly active users = 3
nps = 2.5
net promoter score* = 3
csat = 2.5
customer satisfaction = 2.5
conversion rate* = 2.5
conversion funnel* = 3
# product analytics tools: every labeled line naming one is a product manager's (25 lines, 14 sets)
amplitude = 1.5
mixpanel = 1.5
pendo = 1.5
hotjar = 1.5
fullstory = 1.5
posthog = 1.5
"conversion" = 1.5
funnel* = 2
activation rate* = 2.5
"activation" = 1.5
retention rate* = 2.5
user retention = 3
customer retention = 3
engagement metric* = 2.5
user engagement = 2.5
time to value = 2.5
feature adoption = 2.5
product adoption = 2.5
product-led growth = 3
plg = 2.5
growth loop* = 2.5
user growth = 2.5
revenue growth = 2.5
customer outcome* = 2.5
user outcome* = 2.5
product outcome* = 2.5
outcomes over output* = 3
/outcomes? (not|rather than|instead of) (just |only |merely )?outputs?/ = 3
# Building a product from nothing: "zero to one", "0-1 product".
zero to one = 2
/(0|zero) (to )?(1|one) (products|product|features|feature|launches|launch|apps|app|bets|bet)/ = 2.5
# fit: 2 → 1.95 from 12 labeled lines in 4 sources (PM 10, EM 2)
/(increas|improv|boost|drove|grew|grow|lift|driv|rais)[a-z0-9]* ([a-z0-9]+ ){0,2}(conversion|engagement|activation|retention|sign ups|revenue|signups|csat|arr|nps|dau|mau)/ = 1.95
/(decreas|reduc|lower|cut)[a-z0-9]* ([a-z0-9]+ ){0,2}(time to value|churn|cac)/ = 2
product launch* = 3
"launched to customers" = 3
"launch to customers" = 3
customer launch* = 2.5

# ---------------------------------------------------------------------------
# Deciding what to build (and what not to), framing problems, measuring success
# ---------------------------------------------------------------------------
/fram(e|ed|es|ing) (the |a |our |each )?([a-z0-9]+ )?problems?/ = 2.5
/(decid|determin|chos|choos|shap|reshap|prioritiz|prioritis|own)[a-z0-9]* (which|what) ([a-z0-9]+ ){0,3}(to build|we build|to tackle|we tackle|to ship|we ship|builds|ships|to solve|we solve|gets built|to sunset|to deprecate|to kill|to fund)/ = 2.5
/what (the |we |our )?([a-z0-9]+ ){0,3}(builds|build|ships|ship) next/ = 2.5
/should (we )?(even )?(be )?(build|built|exist)/ = 2
/(solv|solve|solving|solved)[a-z0-9]* the right (problems|problem|things|thing)/ = 2.5
/(invest|investing|invests|invested|work on|working on|works on|worked on|focus on|focusing on|focuses on|focused on|pick|picks|picking|picked|choose|chooses|choosing|chose) (in )?the right (problems|problem|bets|bet|opportunities|opportunity)/ = 2.5
/the what and (the )?why/ = 2.5
what and why = 2.5
/measur[a-z0-9]* (of )?success/ = 2.5
success measure* = 2.5
/why (it|this|each|we|the|that|they|a) ([a-z0-9]+ ){0,4}(matters|matter)/ = 2
/(customer|patient|seller|market|player|member|buyer|user) demand/ = 2.5
/validat[a-z0-9]* ([a-z0-9]+ ){0,2}(demand|the problem|the need|assumptions|the idea|the concept)/ = 2.5
waitlist* = 1.5
take rate = 2
# fit: 0.5 → 0.51 from 8 labeled lines in 5 sources (PM 7, EM 1)
research = 0.51
/why ([a-z0-9]+ ){0,3}(users|customers|players|buyers|sellers|people|members|subscribers|shoppers|merchants|patients) (quit|churn|leave|drop|abandon|stop|dont|buy|convert|choose|stay|sign up|return|come back|cancel)/ = 2.5
/(little|no|low|strong|real|enough|latent|proven|unmet) demand/ = 2
design sprint* = 2
job to be done = 3
/as (the |a |an )?(senior |lead |principal |group |staff |associate |technical |sr )?(pm|product manager|product owner|product lead)/ = 2.5
# Working with engineering as a whole (not with its managers or leads, which is TPM's
# sequencing): the product manager's side of the trio (real and styled text: PM 14 of 21 lines)
/(worked|working|works|work|partnered|partnering|partners|partner|collaborated|collaborating|collaborates|collaborate) (closely )?with (the )?(engineering|eng|dev|development) (and|to|on|in|team|teams|through|for)/ = 1
/(segment|segmented|segmenting|segments) ([a-z0-9]+ ){0,2}(customers|audiences|shoppers|accounts|buyers|users|market)/ = 2.5
# fit: 1 → 0.94 from 8 labeled lines in 5 sources (PM 5, EM 1, TPM 2)
offering* = 0.94
rival* = 1.5
teardown* = 1
/position[a-z0-9]* ([a-z0-9]+ ){0,5}against/ = 2.5
# fit: 1.5 → 1.37 from 5 labeled lines in 3 sources (PM 3, TPM 2)
journey* = 1.37
/(new|growth|market|business|revenue|expansion|product) opportunit[a-z0-9]*/ = 2
# fit: 0.5 → 0.54 from 10 labeled lines in 9 sources (PM 7, EM 1, TPM 1, none 1)
opportunit* = 0.54
/(feature|product|customer|user) usage/ = 2
usage data = 2
/(sunset|sunsetted|sunsetting|deprecat[a-z0-9]*|retir[a-z0-9]*|killed|kill|kills|killing) (the |a |an )?([a-z0-9]+ ){0,3}(features|feature|products|product|offerings|offering)/ = 2
/(vision|strategy|strategic|positioning|requirements) (documents|document|docs|doc|memos|memo|narratives|narrative)/ = 2.5
/(launched|launch|launches|launching|shipped|ships|ship|shipping|released|introduced|rolled out)( [a-z0-9]+){0,5} (that|which) (increased|generated|brought|boosted|improved|doubled|tripled|lifted|raised|drove|grew)/ = 2

# ---------------------------------------------------------------------------
# Outcome metrics that resume bullets quote
# ---------------------------------------------------------------------------
click-through = 2
click-through rate* = 2.5
ctr = 2
completion rate* = 2
gmv = 2.5
average order value = 2.5
aov = 2
basket size = 2
cart abandonment = 2.5
# fit: 1.5 → 1.49 from 2 labeled lines in 2 sources (PM 1, none 1)
drop-off* = 1.49
sign-up* = 1
signup* = 1
/(increas|improv|boost|drove|grew|grow|lift|driv|rais|doubl|tripl)[a-z0-9]* ([a-z0-9]+ ){0,2}(click through|completion|conversions|purchases|gmv|aov|subscriptions|renewals|installs|downloads|market share|satisfaction|ratings|usage|bookings)/ = 2
/(decreas|reduc|lower|cut)[a-z0-9]* ([a-z0-9]+ ){0,2}(drop off|abandonment|bounce rate|support tickets|support contacts|friction)/ = 2

# ---------------------------------------------------------------------------
# Investment cases, user understanding, outcome bullets (resume and JD phrasings)
# ---------------------------------------------------------------------------
investment case* = 3
product narrative* = 2.5
# fit: 2 → 1.99 from 6 labeled lines in 2 sources (PM 5, EM 1)
/(built|build|builds|building|made|make|makes|making|wrote|write|writes|writing|present[a-z0-9]*) (the|a|an) ([a-z0-9]+ ){0,2}case for/ = 1.99
/(where|what|how much|whether) to invest/ = 2
/(decid|determin|set|sets|setting|allocat|balanc)[a-z0-9]* ([a-z0-9]+ ){0,2}investment/ = 2
/(secur|won|win|wins|winning|earn)[a-z0-9]* ([a-z0-9]+ ){0,2}(investment|funding)/ = 2
bet = 1
/[0-9]+(k|m|bn|b)? (million |billion )?(revenue |market |growth |business |expansion |savings )?(opportunity|opportunities)/ = 2.5
/(daily|weekly|monthly) active/ = 2.5
/(increas|boost|drove|grew|grow|doubl|tripl|lift|rais|expand)[a-z0-9]* ([a-z0-9]+ ){0,3}(subscribers|listeners|viewers|readers|members|visitors|visits|sessions|customers|paying accounts|repeat purchases|basket)/ = 2
/(fastest|most|widely|broadly) adopted/ = 2
/time to first (value|order|listing|trade|sale|purchase|booking|ride|payment|transaction|deposit|message|post|use|quote)/ = 2
/understand[a-z0-9]* (how|why|what|where|when) (they|users|customers|people|buyers|clients|our users|our customers|shoppers|patients)/ = 2
# fit: 2 → 2.01 from 6 labeled lines in 5 sources (PM 6)
/understand[a-z0-9]* ([a-z0-9]+ ){0,3}(needs|pain|workflows|motivations|behaviours|behaviors|frustrations)/ = 2.01
/(uncover|discover|learn|find out|found out)[a-z0-9]* why/ = 2
/(usage|behavioural|behavioral) analy[a-z0-9]*|analy[sz][a-z0-9]* ([a-z0-9]+ ){0,2}usage/ = 2
/(users|user|customers|customer|buyers|buyer|shoppers|shopper|players|player) (behaviours|behaviour|behaviors|behavior)/ = 1.2
/represent[a-z0-9]* (the )?(voice of the |voice of )?(customers|customer|users|user|clients|client|business|market)/ = 2.5
voice of the = 2
/(feedback|insights|requests|complaints) (from|in|across) ([a-z0-9]+ ){0,3}(support tickets|sales calls|interviews|app reviews|surveys|users|customers|clients)/ = 2
field visit* = 2
field research = 2.5
# fit: 1 → 0.99 from 3 labeled lines in 2 sources (PM 2, EM 1)
in-app = 0.99

# fit: 1.5 → 1.51 from 5 labeled lines in 4 sources (PM 5)
/(qualitative and quantitative|quantitative and qualitative|qualitative or quantitative)/ = 1.51

# fit: 1.5 → 1.46 from 10 labeled lines in 7 sources (PM 7, EM 1, TPM 1, none 1)
product team* = 1.46

build vs buy = 1.5

# fit: 2 → 2.01 from 5 labeled lines in 4 sources (PM 5)
/measurable (outcomes|outcome|goals|goal|results|objectives)/ = 2.01

# fit: 1.5 → 1.52 from 2 labeled lines in 2 sources (PM 2)
/stakeholder (landscape|relationships|map|mapping)/ = 1.52

# Revenue per user and active-member counts: product metrics (blind set 5, half read)
/(arpu|arpdau|arppu|arpau)/ = 2
/active (members|players|subscribers|customers|buyers|sellers|merchants|learners|students)/ = 2
# A loyalty or referral programme is a product, not a program to run (blind set 5, half read)
/(referral|loyalty|rewards|reward|affiliate|ambassador|membership|cashback|incentive) (programs|program|programmes|programme)/ = 2

# A product owner's shorthand (PO for the claims portal); a purchase order for licences, kit, a
# platform or a site is not one
/po (for|of|on) (the |a |an |our |my )?([a-z0-9]+ ){0,3}(app|portal|product|feature|features|journey|wallet|checkout|marketplace)/ = 2
# Take-up: the share of people who use a (public) service online, a product metric
/(digital|online|service|channel) take up/ = 2
take up rate* = 2

# a posting's opening that names the product manager it hires (`Acme is hiring a Product Owner`),
# whose `hiring` is no manager's work
/(is|are|were) (hiring|looking for|seeking|recruiting) (a|an) ([a-z]+ ){0,2}(product owner|product manager|head of product|product lead)/ = 2

[context]
# Markers that a line is about users, customers, the market or the business.
# fit: 1 → 0.82 from 71 labeled lines in 19 sources (PM 49, EM 9, TPM 11, none 2)
customer* = 0.82
user = 0.5
end user* = 1.5
user base = 1.5
customer base = 1.5
active users = 2.5
customer need* = 2
# fit: 2 → 1.85 from 8 labeled lines in 5 sources (PM 6, none 2)
user need* = 1.85
customer problem* = 2
user problem* = 2
customer value = 2.5
user value = 2
# fit: 1 → 1.05 from 14 labeled lines in 6 sources (PM 12, EM 1, TPM 1)
"market" = 1.05
product-market fit = 3
"go-to-market" = 3
gtm = 3
# fit: 1.5 → 1.53 from 5 labeled lines in 3 sources (PM 4, EM 1)
revenue = 1.53
# fit: 1 → 0.97 from 15 labeled lines in 11 sources (PM 10, EM 3, TPM 2)
engagement = 0.97
# fit: 1 → 1.01 from 4 labeled lines in 2 sources (PM 4)
buyer* = 1.01
# fit: 1 → 0.98 from 15 labeled lines in 5 sources (PM 13, EM 1, TPM 1)
"sales" = 0.98
b2b = 1.5
b2c = 1.5
smb = 1
consumer product* = 2
consumer app* = 1.5
shopper* = 1
subscriber* = 1
merchant* = 0.5
customer feedback = 2.5
user feedback = 2.5
customer request* = 2
customer advisory board* = 3
# fit: 1.5 → 1.41 from 9 labeled lines in 4 sources (PM 7, EM 2)
/(prospective|enterprise|existing|paying|target|key|new) (customers|accounts|buyers|users)/ = 1.41
# fit: 0.5 → 0.6 from 31 labeled lines in 5 sources (PM 27, EM 2, TPM 1, none 1)
/(patient|physician|clinician|seller|rider|player|gamer|creator|advertiser|student|learner|shopper|borrower|applicant|homeowner|traveler|traveller|guest|tenant|listener|viewer|reader|grower|farmer|teacher)s?/ = 0.6
# fit: 1 → 1.01 from 7 labeled lines in 3 sources (PM 7)
marketplace* = 1.01

[scoped]
# fit: 1.5 → 1.38 from 18 labeled lines in 8 sources (PM 7, EM 5, TPM 5, none 1)
adoption = 1.38
# fit: 1.5 → 1.46 from 2 labeled lines in 2 sources (PM 1, EM 1)
deprioriti* = 1.46
# fit: 2 → 1.95 from 5 labeled lines in 4 sources (PM 1, EM 3, TPM 1)
/(increas|improv|boost|drove|grew|grow|lift|driv|rais)[a-z0-9]* ([a-z0-9]+ ){0,2}adoption/ = 1.95
# Words that are product work unless the line is clearly about several teams (TPM)
# or about one's own engineering team (EM).
# fit: 2 → 1.72 from 32 labeled lines in 14 sources (PM 18, EM 7, TPM 7)
roadmap* = 1.72
product roadmap* = 3
roadmap communication* = 2
/communicat(e|es|ed|ing) (the |our |a )?(product |quarterly |updated |new )?roadmap/ = 2
# An industry's tech (ad tech, health tech) is a market, not an engineering roadmap.
/(ad|ed|health|fin|hr|med|legal|clean|food|prop|insur|gov|sales|mar|retail|agri) tech (strategy|strategies|roadmap|roadmaps|vision)/ = 2
# fit: 1 → 0.77 from 64 labeled lines in 17 sources (PM 32, EM 9, TPM 23)
launch* = 0.77
# fit: 1 → 0.98 from 2 labeled lines in 2 sources (PM 1, TPM 1)
general availability = 0.98
/(to|into|reach|reached|reaching|hit|hitting) ga/ = 1.5
ga launch* = 2
ga release* = 1.5
beta = 1
# fit: 1 → 0.87 from 39 labeled lines in 16 sources (PM 22, EM 6, TPM 11)
prioriti* = 0.87
# fit: 0.5 → 0.46 from 4 labeled lines in 3 sources (PM 2, TPM 2)
priority = 0.46
trade off* = 1
tradeoff* = 1
okr = 1
key results = 1.5
# fit: 0.5 → 0.54 from 12 labeled lines in 8 sources (PM 9, EM 1, TPM 1, none 1)
metric = 0.54
# fit: 1.5 → 1.47 from 7 labeled lines in 3 sources (PM 3, EM 2, none 2)
retention = 1.47
# fit: 0.5 → 0.47 from 13 labeled lines in 9 sources (PM 3, EM 7, TPM 2, none 1)
growth = 0.47
# fit: 0.5 → 0.37 from 10 labeled lines in 8 sources (PM 3, EM 3, TPM 3, none 1)
requirement* = 0.37
# fit: 0.5 → 0.27 from 31 labeled lines in 18 sources (PM 14, EM 12, TPM 4, none 1)
strategy = 0.27
# fit: 1 → 0.87 from 18 labeled lines in 10 sources (PM 12, EM 1, TPM 5)
vision = 0.87
backlog = 1.5
# fit: 0.5 → 0.48 from 26 labeled lines in 11 sources (PM 10, EM 2, TPM 11, none 3)
scope = 0.48
outcome* = 0.5
