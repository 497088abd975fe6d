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
discovery = 1.5
problem statement* = 2.5
problem space = 2
problem framing = 2.5
framed the problem = 2
/defin(ing|ed|es|e) the problem/ = 2
pain point* = 2
unmet need* = 2.5
customer insight* = 2.5
synthesi* = 1
user insight* = 2.5
market insight* = 2.5
"voice of the customer" = 3
customer empathy = 2.5
user empathy = 2.5
empathy = 1
opportunity sizing = 3
opportunity assessment* = 2.5
sized the opportunity = 3
ideation = 2
concept test* = 2.5
/(which|what) (capabilities |features |products )?to build/ = 2.5
/whether (we should build|it should exist|to invest|to build)/ = 2.5
/(saying|said|says|say) no( to)?/ = 2.5

# ---------------------------------------------------------------------------
# User research, interviews, personas, jobs-to-be-done
# ---------------------------------------------------------------------------
user research = 3
ux research = 3
customer research = 3
market research = 3
design research = 2
user interview* = 3
customer interview* = 3
stakeholder interview* = 2.5
customer conversation* = 2.5
customer call* = 2
customer visit* = 2
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
segmentation = 2
cohort analys* = 2.5
cohort* = 1.5

# ---------------------------------------------------------------------------
# Vision and product strategy
# ---------------------------------------------------------------------------
product vision = 3
product strategy = 3
product direction = 2.5
product thesis = 2.5
product bet* = 2.5
product principle* = 2
product sense = 2.5
product thinking = 2
north star = 2
north star metric* = 3
strategic = 0.5
long-term vision = 1.5

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
pricing = 2
pricing strategy = 3
pricing model* = 2.5
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
"marketing" = 1.5
customer success = 1.5
strategic partnership* = 2
partnership* = 1
product investment* = 2

# ---------------------------------------------------------------------------
# Requirements, PRDs, user stories
# ---------------------------------------------------------------------------
prd = 3
product requirement* = 3
requirements doc* = 2.5
market requirement* = 2.5
/(gathering|gathered|defining|authored|gathers|defined|defines|writing|gather|define|writes|owning|wrote|write|owned|owns|own) (the )?(functional |business |customer |product |market |user )?requirements/ = 3
requirements gathering = 2.5
user stor* = 3
acceptance criteria = 3
success criteria = 2
what success looks like = 2.5
/defin(ing|ed|es|e) success/ = 2
epic = 1.5
product spec* = 2.5
functional spec* = 2.5
feature spec* = 2
product brief* = 2.5
one-pager* = 1.5
pr faq = 3
prfaq* = 3
working backwards = 2
feature request* = 2.5
mvp = 2.5
minimum viable product = 3
product scope = 2

# ---------------------------------------------------------------------------
# Backlog and product ownership
# ---------------------------------------------------------------------------
product backlog = 3
backlog grooming = 2.5
backlog refinement = 2.5
groomed the backlog = 2.5
product owner* = 3
product manag* = 2.5
product lead* = 2.5
head of product = 3
product area* = 1.5
product line* = 2
product portfolio = 2.5
product lifecycle = 2.5
product life cycle = 2.5
product review* = 2.5
product planning = 2.5
product operations = 2.5
product ops = 2.5
product decision* = 2.5
product feature* = 1.5
feature set* = 1.5
new product* = 1.5
productiz* = 2
productis* = 2
product = 0.5
stack rank* = 2
/prioriti[a-z0-9]* (the |our |a )?([a-z0-9]+ )?backlog/ = 3
/(own|owns|owned|owning) (the )?(end to end )?([a-z0-9]+ ){0,2}experience/ = 2
moscow = 2
rice scor* = 2.5
/(owning|owned|owns|own) (the )?(product experience|problem space|product area|product line|feature set)/ = 2
/(product|feature) (prioritization|prioritisation|priorities)/ = 3

# ---------------------------------------------------------------------------
# UX, user journeys, design partnership
# ---------------------------------------------------------------------------
user experience* = 2.5
customer experience* = 2.5
ux = 2
user journey* = 3
customer journey* = 3
journey map* = 3
user flow* = 2.5
wireframe* = 2.5
mockup* = 2
clickable prototype* = 2
rapid prototyp* = 1
prototyp* = 0.5
design partner* = 2.5
design thinking = 2.5
"product design" = 2.5
product designer* = 2
designer* = 0.5
information architecture = 2
user-centered = 2
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
a/b test* = 3
ab test* = 3
a/b experiment* = 3
split test* = 2.5
experimentation = 2
experiment = 1.5
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
kpi = 2
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
/(increas|improv|boost|drove|grew|grow|lift|driv|rais)[a-z0-9]* ([a-z0-9]+ ){0,2}(conversion|engagement|activation|retention|sign ups|revenue|signups|csat|arr|nps|dau|mau)/ = 2
/(decreas|reduc|lower|cut)[a-z0-9]* ([a-z0-9]+ ){0,2}(time to value|churn|cac)/ = 2
product launch* = 3
"launched to customers" = 3
"launch to customers" = 3
customer launch* = 2.5

# ---------------------------------------------------------------------------
# Deciding what to build (and what not to), framing problems, measuring success
# ---------------------------------------------------------------------------
/fram(e|ed|es|ing) (the |a |our |each )?([a-z0-9]+ )?problems?/ = 2.5
/(decid|determin|chos|choos|shap|reshap|prioritiz|prioritis|own)[a-z0-9]* (which|what) ([a-z0-9]+ ){0,3}(to build|we build|to tackle|we tackle|to ship|we ship|builds|ships|to solve|we solve|gets built)/ = 2.5
/what (the |we |our )?([a-z0-9]+ ){0,3}(builds|build|ships|ship) next/ = 2.5
/should (we )?(even )?(be )?(build|built|exist)/ = 2
/(solv|solve|solving|solved)[a-z0-9]* the right (problems|problem|things|thing)/ = 2.5
/the what and (the )?why/ = 2.5
what and why = 2.5
/measur[a-z0-9]* (of )?success/ = 2.5
success measure* = 2.5
/why (it|this|each|we|the|that|they|a) ([a-z0-9]+ ){0,4}(matters|matter)/ = 2
/(customer|patient|seller|market|player|member|buyer|user) demand/ = 2.5
/validat[a-z0-9]* ([a-z0-9]+ ){0,2}(demand|the problem|the need|assumptions|the idea|the concept)/ = 2.5
waitlist* = 1.5
take rate = 2
research = 0.5
/why ([a-z0-9]+ ){0,3}(users|customers|players|buyers|sellers|people|members|subscribers|shoppers|merchants|patients) (quit|churn|leave|drop|abandon|stop|dont|buy|convert|choose|stay|sign up|return|come back|cancel)/ = 2.5
/(little|no|low|strong|real|enough|latent|proven|unmet) demand/ = 2
design sprint* = 2
job to be done = 3
/as (the |a |an )?(senior |lead |principal |group |staff |associate |technical |sr )?(pm|product manager|product owner|product lead)/ = 2.5
/(segment|segmented|segmenting|segments) ([a-z0-9]+ ){0,2}(customers|audiences|shoppers|accounts|buyers|users|market)/ = 2.5
offering* = 1
rival* = 1.5
teardown* = 1
/position[a-z0-9]* ([a-z0-9]+ ){0,5}against/ = 2.5
journey* = 1.5
/(new|growth|market|business|revenue|expansion|product) opportunit[a-z0-9]*/ = 2
opportunit* = 0.5
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
drop-off* = 1.5
sign-up* = 1
signup* = 1
/(increas|improv|boost|drove|grew|grow|lift|driv|rais|doubl|tripl)[a-z0-9]* ([a-z0-9]+ ){0,2}(click through|completion|conversions|purchases|gmv|aov|subscriptions|renewals|installs|downloads|market share|satisfaction|ratings|usage|bookings)/ = 2
/(decreas|reduc|lower|cut)[a-z0-9]* ([a-z0-9]+ ){0,2}(drop off|abandonment|bounce rate|support tickets|support contacts|friction)/ = 2

# ---------------------------------------------------------------------------
# Investment cases, user understanding, outcome bullets (resume and JD phrasings)
# ---------------------------------------------------------------------------
investment case* = 3
product narrative* = 2.5
/(built|build|builds|building|made|make|makes|making|wrote|write|writes|writing|present[a-z0-9]*) (the|a|an) ([a-z0-9]+ ){0,2}case for/ = 2
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
/understand[a-z0-9]* ([a-z0-9]+ ){0,3}(needs|pain|workflows|motivations|behaviours|behaviors|frustrations)/ = 2
/(uncover|discover|learn|find out|found out)[a-z0-9]* why/ = 2
/(usage|behavioural|behavioral) analy[a-z0-9]*|analy[sz][a-z0-9]* ([a-z0-9]+ ){0,2}usage/ = 2
/represent[a-z0-9]* (the )?(voice of the |voice of )?(customers|customer|users|user|clients|client|business|market)/ = 2.5
voice of the = 2
/(feedback|insights|requests|complaints) (from|in|across) ([a-z0-9]+ ){0,3}(support tickets|sales calls|interviews|app reviews|surveys|users|customers|clients)/ = 2
field visit* = 2
field research = 2.5
in-app = 1

/(qualitative and quantitative|quantitative and qualitative|qualitative or quantitative)/ = 1.5

product team* = 1.5

build vs buy = 1.5

/measurable (outcomes|outcome|goals|goal|results|objectives)/ = 2

/stakeholder (landscape|relationships|map|mapping)/ = 1.5

[context]
# Markers that a line is about users, customers, the market or the business.
customer* = 1
user = 0.5
end user* = 1.5
user base = 1.5
customer base = 1.5
active users = 2.5
customer need* = 2
user need* = 2
customer problem* = 2
user problem* = 2
customer value = 2.5
user value = 2
"market" = 1
product-market fit = 3
"go-to-market" = 3
gtm = 3
revenue = 1.5
engagement = 1
buyer* = 1
sales = 1
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
/(prospective|enterprise|existing|paying|target|key|new) (customers|accounts|buyers|users)/ = 1.5
/(patient|physician|clinician|seller|rider|player|gamer|creator|advertiser|student|learner|shopper|borrower|applicant|homeowner|traveler|traveller|host|guest|tenant|listener|viewer|reader|grower|farmer|teacher)s?/ = 0.5
marketplace* = 1

[scoped]
adoption = 1.5
deprioriti* = 1.5
/(increas|improv|boost|drove|grew|grow|lift|driv|rais)[a-z0-9]* ([a-z0-9]+ ){0,2}adoption/ = 2
# Words that are product work unless the line is clearly about several teams (TPM)
# or about one's own engineering team (EM).
roadmap* = 2
product roadmap* = 3
launch* = 1
general availability = 1
/(to|into|reach|reached|reaching|hit|hitting) ga/ = 1.5
ga launch* = 2
ga release* = 1.5
beta = 1
prioriti* = 1
priority = 0.5
trade off* = 1
tradeoff* = 1
okr = 1
metric = 0.5
retention = 1.5
growth = 0.5
requirement* = 0.5
strategy = 0.5
vision = 1
backlog = 1.5
scope = 0.5
outcome* = 0.5
