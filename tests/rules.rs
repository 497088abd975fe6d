//! The classification rules of lexicon/README.md, checked against the default lexicon on lines
//! written for these tests (not taken from the labeled splits).

mod common;

use common::{path_str, rolemap, temp_file};
use rolemap::classify::Classifier;
use rolemap::lexicon::Lexicon;

fn lexicon() -> Lexicon {
    Lexicon::builtin().expect("built-in lexicon")
}

/// The role of `text`, or `None` when unmatched, plus its scores by label.
fn classify(lexicon: &Lexicon, text: &str) -> (Option<String>, Vec<(String, f64)>) {
    let mut classifier = Classifier::new(lexicon, 0);
    let c = classifier.classify(text);
    let role = c.role.map(|r| lexicon.categories[r].label.clone());
    let scores = lexicon
        .categories
        .iter()
        .zip(c.scores.iter().copied())
        .map(|(cat, s)| (cat.label.clone(), s))
        .collect();
    (role, scores)
}

fn score(scores: &[(String, f64)], label: &str) -> f64 {
    scores.iter().find(|(l, _)| l == label).map_or(0.0, |(_, s)| *s)
}

fn role(lexicon: &Lexicon, text: &str) -> Option<String> {
    classify(lexicon, text).0
}

#[test]
fn inflections_and_spellings_meet_one_entry() {
    let lexicon = lexicon();
    for text in [
        "Prioritise the backlog with the product trio",
        "Prioritized the backlog with the product trio",
        "Owns prioritization of the backlog with the product trio",
    ] {
        assert_eq!(role(&lexicon, text).as_deref(), Some("PM"), "{text}");
    }
}

#[test]
fn negation_removes_the_credit() {
    let lexicon = lexicon();
    let (_, owned) = classify(&lexicon, "Owned the product roadmap");
    let (_, not_owned) = classify(&lexicon, "Did not own the product roadmap");
    assert!(score(&owned, "PM") > 0.0);
    assert_eq!(score(&not_owned, "PM"), 0.0);
    // A cue is matched as written: "notes" is no "not".
    assert_eq!(
        role(&lexicon, "Wrote the release notes for every feature launch").as_deref(),
        Some("PM")
    );
    assert_eq!(role(&lexicon, "Did not own the launch"), None);
    // Absence and leaving a role negate too; "no" alone does not, since "with no attrition"
    // or "no downtime" is an outcome a role earned.
    assert_eq!(role(&lexicon, "There was no PRD for the feature"), None);
    assert_eq!(
        role(&lexicon, "Stepped back from people management to code full time"),
        None
    );
    assert_eq!(
        role(&lexicon, "Reorganised the team with no attrition").as_deref(),
        Some("EM")
    );
    // "my manager" is the writer's boss; "my managers" report to the writer.
    assert_eq!(role(&lexicon, "Shared my notes with my manager"), None);
    assert_eq!(
        role(&lexicon, "Shared the weekly update with my manager").as_deref(),
        Some("TPM"),
        "the update is a status report's; the manager adds nothing"
    );
    assert_eq!(
        role(&lexicon, "Coached my managers through calibration").as_deref(),
        Some("EM")
    );
}

/// `1:1` and a version number `1.1` normalise alike: a lone `1 1` is not a one-on-one.
#[test]
fn one_on_ones_are_not_version_numbers() {
    let lexicon = lexicon();
    for text in [
        "Released version 1.1 of the SDK",
        "Shipped release 2.1.1",
        "Built a 1-1 mapping between ledger rows and invoices",
    ] {
        assert_eq!(role(&lexicon, text), None, "{text}");
    }
    for text in [
        "Held weekly 1:1s",
        "Ran a 1:1 with each new hire",
        "1-on-1 coaching for two leads",
        "Biweekly 1:1 and a quarterly career chat",
    ] {
        assert_eq!(role(&lexicon, text).as_deref(), Some("EM"), "{text}");
    }
}

#[test]
fn hedged_work_earns_less_than_led_work() {
    let lexicon = lexicon();
    for (led, helped) in [
        (
            "Led the hiring of backend engineers",
            "Helped with the hiring of backend engineers",
        ),
        ("Drove the launch plan", "Supported the launch plan"),
        (
            "Owned the incident postmortems",
            "Assisted with the incident postmortems",
        ),
        (
            "Wrote the business requirements for checkout",
            "Learning how to write the business requirements for checkout",
        ),
        ("Ran the sprint retrospectives", "Is part of the sprint retrospectives"),
        // Intentions in the first person are not yet work done.
        ("Wrote the product roadmap", "I want to write the product roadmap"),
        (
            "Tracked milestones across teams",
            "Next quarter I will track milestones across teams",
        ),
        ("Hired two engineers", "I'd like to hire two engineers"),
    ] {
        let total = |text: &str| classify(&lexicon, text).1.iter().map(|(_, s)| s).sum::<f64>();
        assert!(total(helped) < total(led), "{helped:?} should earn less than {led:?}");
    }
}

/// A job posting's "you will" describes the role's work: only the first person's intentions
/// are hedged.
#[test]
fn a_postings_you_will_is_not_hedged() {
    let lexicon = lexicon();
    let total = |text: &str| classify(&lexicon, text).1.iter().map(|(_, s)| s).sum::<f64>();
    assert_eq!(
        total("You will own the product roadmap"),
        total("Own the product roadmap")
    );
}

#[test]
fn strong_signals_outweigh_weak_shared_words() {
    let lexicon = lexicon();
    assert_eq!(
        role(&lexicon, "Wrote the PRD with design and the team").as_deref(),
        Some("PM")
    );
    assert_eq!(
        role(&lexicon, "Ran performance reviews; shared the plan with stakeholders").as_deref(),
        Some("EM")
    );
    assert_eq!(
        role(&lexicon, "Tracked the critical path; kept the team's design on plan").as_deref(),
        Some("TPM")
    );
    assert_eq!(
        role(
            &lexicon,
            "Set up the on-call rotation and shared the plan with stakeholders"
        )
        .as_deref(),
        Some("EM")
    );
}

#[test]
fn scoped_words_follow_their_scope() {
    let lexicon = lexicon();
    assert_eq!(role(&lexicon, "Migration of the cache layer"), None);
    assert_eq!(
        role(&lexicon, "Coordinated the migration across four teams").as_deref(),
        Some("TPM")
    );
    assert_eq!(
        role(&lexicon, "Roadmap for the checkout experience").as_deref(),
        Some("PM")
    );
    assert_eq!(
        role(&lexicon, "Aligned the roadmaps of three teams into one program plan").as_deref(),
        Some("TPM")
    );
    assert_eq!(
        role(&lexicon, "Planned the launch with infra, SRE and security").as_deref(),
        Some("TPM")
    );
    assert_eq!(
        role(&lexicon, "Planned the launch around what customers asked for").as_deref(),
        Some("PM")
    );
}

#[test]
fn people_management_is_firmly_em() {
    let lexicon = lexicon();
    for text in [
        "Weekly 1:1s with each of my direct reports",
        "Gave candid feedback and wrote career growth plans for my team",
        "Hired four engineers and improved retention on the team",
        "Ran calibration for the team's performance reviews",
        "Worked on inclusion and psychological safety in my team",
    ] {
        assert_eq!(role(&lexicon, text).as_deref(), Some("EM"), "{text}");
    }
}

#[test]
fn ic_work_is_left_unmatched() {
    let lexicon = lexicon();
    // Holding an engineer's job is no manager's work; hiring one is.
    assert_eq!(role(&lexicon, "Joined as an engineer on the checkout team"), None);
    assert_eq!(
        role(&lexicon, "Hired an engineer for the checkout team").as_deref(),
        Some("EM")
    );
    for text in [
        "Implemented the retry logic in the payment client",
        "Fixed a race condition in the cache invalidation code",
        "Wrote code for the new settings page in React",
        "Configured the Kubernetes ingress for the staging cluster",
        "Wrote unit tests for the parser",
    ] {
        assert_eq!(role(&lexicon, text), None, "{text}");
    }
}

#[test]
fn shorthand_and_the_way_people_really_write_it() {
    let lexicon = lexicon();
    for (text, expected) in [
        ("Wrote the promo packet for Mei (senior → staff)", Some("EM")),
        ("Calibrated her rating with other EMs", Some("EM")),
        ("Wrote the perf reviews for my reports", Some("EM")),
        ("Held weekly 1:1s with my reports", Some("EM")),
        ("Got headcount approved for two backfills", Some("EM")),
        ("Handled performance issues on my team", Some("EM")),
        ("Onboarded three new hires", Some("EM")),
        ("Drove the GTM plan with marketing", Some("PM")),
        ("Wrote the PRD and set the OKRs", Some("PM")),
        ("Took the feature to GA", Some("PM")),
        // "not enough" governs the demand, it does not negate the PM's judgement.
        (
            "Pushed back on the PM's request to add crypto payouts — not enough demand signal to justify it",
            Some("PM"),
        ),
        // Comparing vendors is not cross-team work.
        (
            "Built the business case for switching card processors, comparing cost per transaction across 3 vendors",
            Some("PM"),
        ),
        (
            "Cutover landed on the date we committed in July, zero rollback",
            Some("TPM"),
        ),
        ("Coordinated the go-live across XFN partners", Some("TPM")),
        ("Ran the programs for the data platform", Some("TPM")),
    ] {
        assert_eq!(role(&lexicon, text).as_deref(), expected, "{text}");
    }
}

/// An activity's role and its (term, matched text) pairs.
type Matched = (Option<String>, Vec<(String, String)>);

#[test]
fn word_entries_meet_their_family_and_quoted_ones_only_themselves() {
    // End to end, through the binary and a lexicon of its own: a word meets its inflections and
    // derivations, a quoted word only itself and its plural, and neither matches inside a word.
    let dir = tempfile::tempdir().expect("temp dir");
    temp_file(
        dir.path(),
        "pm.lex",
        b"@name P\n@question q\ncalibration = 2\n\"program\" = 2\nuser interview = 3\n",
    );
    temp_file(dir.path(), "em.lex", b"@name E\n@question q\nhire = 2\n");
    let input = "- Calibrated the levels\n- Programming in Rust\n- Ran the programs\n\
                 - Ran user-interviewing sessions\n- Hiring, and hired two\n\
                 - Recalibrated superuser interviews\n";
    let assert = rolemap()
        .args(["--lexicon", path_str(dir.path()), "--format", "jsonl", "-"])
        .write_stdin(input)
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    let found: Vec<Matched> = stdout
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).expect("a JSON line"))
        .filter(|record| record["type"] == "activity")
        .map(|activity| {
            let role = activity["role"].as_str().map(str::to_string);
            let matches = activity["matches"]
                .as_array()
                .expect("matches")
                .iter()
                .map(|m| {
                    let text = |key: &str| m[key].as_str().unwrap_or_default().to_string();
                    (text("term"), text("matched"))
                })
                .collect();
            (role, matches)
        })
        .collect();
    let pair = |term: &str, matched: &str| (term.to_string(), matched.to_string());
    assert_eq!(
        found,
        [
            (Some("PM".into()), vec![pair("calibration", "calibrated")]),
            (None, vec![]),
            (Some("PM".into()), vec![pair("\"program\"", "programs")]),
            (Some("PM".into()), vec![pair("user interview", "user interviewing")]),
            (Some("EM".into()), vec![pair("hire", "hiring"), pair("hire", "hired")]),
            (None, vec![]),
        ]
    );
}

#[test]
fn the_builtin_lexicon_meets_word_families() {
    // Each line is matched only through a family: `sized the opportunity`, `incident
    // management`, `risk management` meet other forms of their words.
    let lexicon = lexicon();
    for (text, expected) in [
        ("Sizing the opportunity for the new tier", "PM"),
        ("Handled incident managing for the org", "EM"),
        ("Owned the risk managing for the launch", "TPM"),
    ] {
        assert_eq!(role(&lexicon, text).as_deref(), Some(expected), "{text}");
    }
    // Quoted entries stay as written: "programming" is not `"program"`.
    let (_, scores) = classify(&lexicon, "Programming in Rust and Go");
    assert_eq!(score(&scores, "TPM"), 0.0);
}

#[test]
fn an_individual_contributors_title_starting_a_line_is_theirs_but_not_a_managers_team() {
    let lexicon = lexicon();
    for text in [
        "Senior Mobile Engineer: leads features on iOS and Android and mentors juniors",
        "Staff SRE: shapes infrastructure strategy across the company",
        "Senior ML engineers define the modeling roadmap and align it with the controls engineers",
        "As a QA engineer, you'll design test strategies for new features",
        "Write blameless post-incident reviews and make sure the actions get done",
    ] {
        assert_eq!(role(&lexicon, text), None, "{text}");
    }
    for (text, expected) in [
        // The title anywhere but the start, or a team of them, or no level or specialty.
        ("Hired a staff engineer to lead the platform team", "EM"),
        (
            "Data scientists on my team shipped the churn model; I set the roadmap",
            "EM",
        ),
        ("As a former engineer, I now run hiring and 1:1s", "EM"),
        // Hardware programmes, status upward, analytics tools, devs counted.
        ("Ran the EVT, DVT and PVT builds with our contract manufacturer", "TPM"),
        ("Report status to the CIO and clinical leadership every month", "TPM"),
        ("Tracked 41 P0 bugs to closure before the freeze", "TPM"),
        ("Ran funnel analysis in Mixpanel and Amplitude", "PM"),
        ("Managing the checkout and payments squad (6 devs, 1 QA)", "EM"),
    ] {
        assert_eq!(role(&lexicon, text).as_deref(), Some(expected), "{text}");
    }
}
