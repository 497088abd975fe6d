//! End-to-end tests of real input (issue 11): resumes pasted from a PDF, LinkedIn or Word, HR
//! exports with id, name and role columns, roles and dates as people write them.

use serde_json::Value;

mod common;
use common::{path_str, rolemap, temp_file};

const RESUME: &str = "examples/resume-pasted.txt";
const REVIEWS: &str = "examples/reviews.csv";
const REVIEW_COLUMNS: [&str; 8] = [
    "--column",
    "answer",
    "--id-column",
    "employee_id",
    "--role-column",
    "job_title",
    "--name-column",
    "employee_name",
];

/// Runs rolemap, checks the exit code, returns (stdout, stderr).
fn run(args: &[&str], stdin: Option<&str>, code: i32) -> (String, String) {
    let mut cmd = rolemap();
    cmd.args(args);
    if let Some(text) = stdin {
        cmd.write_stdin(text);
    }
    let output = cmd.assert().code(code).get_output().clone();
    (
        String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    )
}

/// Runs rolemap with `--format json`, checks the exit code and parses stdout.
fn json_with_code(args: &[&str], stdin: Option<&str>, code: i32) -> Value {
    let (stdout, stderr) = run(&[args, &["--format", "json"]].concat(), stdin, code);
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("JSON ({e}): {stdout}\n{stderr}"))
}

fn json_of(args: &[&str], stdin: Option<&str>) -> Value {
    json_with_code(args, stdin, 0)
}

fn document(report: &Value, index: usize) -> &Value {
    &report["documents"][index]
}

fn texts(document: &Value) -> Vec<String> {
    list(&document["activities"])
        .iter()
        .map(|a| a["text"].as_str().expect("text").to_string())
        .collect()
}

fn dates(document: &Value) -> Vec<Value> {
    list(&document["activities"])
        .iter()
        .map(|a| a["date"].clone())
        .collect()
}

fn list(value: &Value) -> &Vec<Value> {
    value.as_array().expect("an array")
}

fn n(value: &Value) -> u64 {
    value.as_u64().expect("a count")
}

fn assert_totals_add_up(totals: &Value) {
    assert_eq!(
        n(&totals["lines"]),
        n(&totals["activities"]) + n(&totals["continuations"]) + n(&totals["skipped"]),
        "{totals}"
    );
    assert_eq!(
        n(&totals["activities"]),
        n(&totals["matched"]) + n(&totals["unmatched"]) + n(&totals["excluded"]),
        "{totals}"
    );
}

// ------------------------------------------------------------------------------------------------
// 1. Resumes as people paste them

#[test]
fn the_pasted_resume_has_one_activity_per_bullet_and_a_row_per_job() {
    let text = std::fs::read_to_string(RESUME).expect("example");
    let bullets = text.lines().filter(|l| l.starts_with('•')).count();
    assert_eq!(bullets, 12);
    let report = json_of(&[RESUME], None);
    let resume = document(&report, 0);
    assert_eq!(resume["layout"], "resume");
    assert_eq!(n(&resume["totals"]["activities"]), bullets as u64);
    assert_totals_add_up(&resume["totals"]);
    // The wrapped lines are part of their bullets; headers, contact and sections are not scored.
    let texts = texts(resume);
    assert!(
        texts[0].ends_with("hiring two engineering managers and writing the interview rubric every loop now uses"),
        "{texts:?}"
    );
    assert!(
        texts[2].ends_with("rolled it out to 40 services, cutting after-hours pages per engineer by 70%"),
        "{texts:?}"
    );
    for header in [
        "Engineering Manager",
        "Finch Payments · Amsterdam",
        "Jordan Mbeki",
        "EXPERIENCE",
    ] {
        assert!(!texts.iter().any(|t| t == header), "{header} scored");
    }

    let jobs = list(&resume["jobs"]);
    let read: Vec<(&str, &str, &str, &str)> = jobs
        .iter()
        .map(|j| {
            (
                j["title"].as_str().expect("title"),
                j["company"].as_str().expect("company"),
                j["dates"].as_str().expect("dates"),
                j["period"].as_str().expect("period"),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (
                "Senior Engineering Manager",
                "Northwind Logistics",
                "Jan 2022 – Present",
                "2022-01/.."
            ),
            (
                "Engineering Manager",
                "Finch Payments",
                "March 2018 – December 2021",
                "2018-03/2021-12"
            ),
            (
                "Software Engineer / Tech Lead",
                "Kestrel Labs",
                "2014–2018",
                "2014/2018"
            ),
        ]
    );
    for job in jobs {
        assert_eq!(n(&job["totals"]["activities"]), 4, "{job}");
        assert_totals_add_up(&job["totals"]);
        assert_eq!(list(&job["roles"]).len(), 3);
        assert!(job["verdict"].is_object());
    }
    // Each activity knows its job, and the job's dates are its date.
    let activities = list(&resume["activities"]);
    let job_of: Vec<u64> = activities.iter().map(|a| n(&a["job"])).collect();
    assert_eq!(job_of, [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
    assert_eq!(activities[0]["date"], "2022-01/..");
    assert_eq!(activities[11]["date"], "2014/2018");
    // The whole-resume verdict is kept.
    assert_eq!(resume["verdict"]["role"], "EM");

    let (table, stderr) = run(&[RESUME], None, 0);
    assert!(stderr.is_empty(), "{stderr}");
    assert!(
        table.starts_with("examples/resume-pasted.txt: 12 activities"),
        "{table}"
    );
    for row in [
        "│ Senior Engineering Manager,",
        "│ Engineering Manager, Finch",
        "│ Software Engineer / Tech",
        "│ whole resume (3 jobs)",
    ] {
        assert_eq!(table.matches(row).count(), 1, "{row} in\n{table}");
    }
    let jobs_table = table.find("│ job ").expect("a jobs table");
    let verdict = table.find("verdict: EM").expect("the whole-resume verdict");
    assert!(jobs_table < verdict, "the jobs come above the verdict");
}

#[test]
fn job_headers_are_read_in_the_forms_people_write_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "Alex Doe
alex@example.com | +44 20 7946 0000

Work history
Senior Engineering Manager, Acme Corp — Jan 2021 – Present
• Hired 12 engineers and ran the interview loop
Acme Corp | Berlin | 2019–2021
• Tracked the critical path across four teams
Engineering Manager
Acme Corp · Berlin
March 2017 – December 2018
• Wrote the PRD for saved searches
";
    let path = temp_file(dir.path(), "cv.txt", text.as_bytes());
    let report = json_of(&[path_str(&path)], None);
    let resume = document(&report, 0);
    assert_eq!(texts(resume).len(), 3);
    let labels: Vec<(Value, Value, Value)> = list(&resume["jobs"])
        .iter()
        .map(|j| (j["title"].clone(), j["company"].clone(), j["period"].clone()))
        .collect();
    assert_eq!(
        labels,
        [
            (
                "Senior Engineering Manager".into(),
                "Acme Corp".into(),
                "2021-01/..".into()
            ),
            (Value::Null, "Acme Corp".into(), "2019/2021".into()),
            (
                "Engineering Manager".into(),
                "Acme Corp".into(),
                "2017-03/2018-12".into()
            ),
        ]
    );
    assert_eq!(n(&resume["totals"]["skipped"]), 9);
}

#[test]
fn every_pasted_bullet_is_a_bullet_with_or_without_a_space() {
    let bullets = ["•", "●", "▪", "◦", "‣", "⁃", "∙", "·", "–", "—", "o", "\u{F0B7}"];
    let mut text = String::new();
    for (i, bullet) in bullets.iter().enumerate() {
        let space = if i % 2 == 0 || *bullet == "o" { " " } else { "" };
        text.push_str(&format!("{bullet}{space}Wrote PRD number {i}.\n"));
    }
    let report = json_of(&["-"], Some(&text));
    let expected: Vec<String> = (0..bullets.len()).map(|i| format!("Wrote PRD number {i}.")).collect();
    assert_eq!(texts(document(&report, 0)), expected);
}

#[test]
fn wrapped_lines_continue_their_bullet_and_bulletless_files_stay_one_per_line() {
    let wrapped = "• Rolled the new on-call runbooks out to\n40 services, cutting pages by half\n• Ran the launch review.\nWrote the PRD for search\n• Tracked risks and\ndependencies across four teams\n";
    let report = json_of(&["-"], Some(wrapped));
    let d = document(&report, 0);
    assert_eq!(
        texts(d),
        [
            "Rolled the new on-call runbooks out to 40 services, cutting pages by half",
            "Ran the launch review.",
            "Wrote the PRD for search",
            "Tracked risks and dependencies across four teams"
        ]
    );
    assert_eq!(n(&d["totals"]["continuations"]), 2);
    let plain = "Wrote the PRD for search\nhired two engineers\nTracked risks across four teams\n";
    let report = json_of(&["-"], Some(plain));
    assert_eq!(texts(document(&report, 0)).len(), 3);
    assert_eq!(document(&report, 0)["layout"], "brag");
}

#[test]
fn kudos_quoted_in_a_brag_document_are_skipped_and_said_so() {
    let brag = "## Q3 2025\n- Ran the cutover across four teams\n\n### Kudos\n> \"Thanks for unblocking the payments migration\" — Priya, Payments\n- “You made on-call bearable, even in the week of the outage” (Lee)\n- Shipped \"Project Phoenix\" — Priya's idea, my plan\n";
    let dir = tempfile::tempdir().expect("temp dir");
    let path = temp_file(&dir, "brag.md", brag.as_bytes());
    let (stdout, stderr) = run(&[path_str(&path), "--format", "json"], None, 0);
    let report: Value = serde_json::from_str(&stdout).expect("JSON");
    let d = document(&report, 0);
    assert_eq!(
        texts(d),
        [
            "Ran the cutover across four teams",
            "Shipped \"Project Phoenix\" — Priya's idea, my plan"
        ]
    );
    // Two headings, a blank line and the two quotes.
    assert_eq!(n(&d["totals"]["skipped"]), 5, "{}", d["totals"]);
    assert_totals_add_up(&d["totals"]);
    let warning = format!(
        "rolemap: warning: {}:5: 2 quotes of praise from someone else",
        path.display()
    );
    assert!(stderr.contains(&warning), "{stderr}");
}

#[test]
fn layout_is_told_by_content_and_the_flag_overrides_it() {
    // Told: the example is a resume, a brag document a brag list.
    assert_eq!(document(&json_of(&[RESUME], None), 0)["layout"], "resume");
    let brag = json_of(&["examples/brag.md"], None);
    assert_eq!(document(&brag, 0)["layout"], "brag");
    assert!(list(&document(&brag, 0)["jobs"]).is_empty());
    // Forced brag: the name, sections and header lines are activities again (or wraps of the
    // bullet above them), and there are no jobs.
    let forced = json_of(&[RESUME, "--layout", "brag"], None);
    let d = document(&forced, 0);
    assert_eq!(d["layout"], "brag");
    assert!(list(&d["jobs"]).is_empty());
    for line in [
        "Jordan Mbeki",
        "EXPERIENCE",
        "Senior Engineering Manager, Northwind Logistics — Jan 2022 – Present",
    ] {
        assert!(texts(d).iter().any(|t| t == line), "{line} in {:?}", texts(d));
    }
    // Forced resume on a list with no header: only the bullets, no jobs.
    let text = "Some notes\n- Wrote the PRD\n- Hired two engineers\n";
    let forced = json_of(&["-", "--layout", "resume"], Some(text));
    assert_eq!(texts(document(&forced, 0)), ["Wrote the PRD", "Hired two engineers"]);
    let (_, stderr) = run(&[RESUME, "--layout", "cv"], None, 2);
    assert!(stderr.contains("brag") && stderr.contains("resume"), "{stderr}");
}

#[test]
fn a_jobs_dates_put_its_activities_in_or_out_of_the_window() {
    let report = json_of(&[RESUME, "--since", "2022-01", "--as-of", "2026-06-30"], None);
    let d = document(&report, 0);
    assert_eq!(n(&d["totals"]["excluded"]), 8);
    let kept: Vec<u64> = list(&d["activities"])
        .iter()
        .filter(|a| a["in_window"] == true)
        .map(|a| n(&a["job"]))
        .collect();
    assert_eq!(kept, [0, 0, 0, 0]);
    let jobs = list(&d["jobs"]);
    assert_eq!(n(&jobs[1]["totals"]["excluded"]), 4);
    assert_eq!(jobs[1]["verdict"]["role"], Value::Null);
}

#[test]
fn the_other_formats_show_the_jobs_too() {
    let (markdown, _) = run(&[RESUME, "--format", "markdown"], None, 0);
    let row = markdown
        .lines()
        .find(|l| l.starts_with("| Engineering Manager, Finch Payments "))
        .unwrap_or_else(|| panic!("a row for the job in\n{markdown}"));
    assert!(row.contains("| March 2018 – December 2021 |"), "{row}");
    assert!(markdown.contains("| whole resume (3 jobs) "), "{markdown}");
    let (csv_text, _) = run(&[RESUME, "--format", "csv", "--explain"], None, 0);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().expect("header").clone();
    let at = headers.iter().position(|h| h == "job").expect("a job column");
    let jobs: Vec<String> = reader.records().map(|r| r.expect("row")[at].to_string()).collect();
    assert_eq!(jobs[0], "Senior Engineering Manager, Northwind Logistics");
    assert_eq!(jobs[11], "Software Engineer / Tech Lead, Kestrel Labs");
    let (jsonl, _) = run(&[RESUME, "--format", "jsonl"], None, 0);
    let first: Value = serde_json::from_str(jsonl.lines().next().expect("a line")).expect("JSON");
    assert_eq!(first["job"], 0);
}

// ------------------------------------------------------------------------------------------------
// 2. HR exports

#[test]
fn an_hr_export_checks_every_person_in_one_run() {
    let args = [&[REVIEWS][..], &REVIEW_COLUMNS[..]].concat();
    let (table, stderr) = run(&args, None, 1);
    assert_eq!(
        stderr.trim_end(),
        "rolemap: check failed: examples/reviews.csv#E1107 (Tomás Ruiz): expected TPM, reads like EM"
    );
    // (A long name may wrap inside its cell: the row starts with the id and the first name.)
    for row in [
        "│ examples/reviews.csv#E1042 (Kim",
        "│ examples/reviews.csv#E1088 (Ana",
        "│ examples/reviews.csv#E1107 (Tomás",
        "│ examples/reviews.csv#E1153 (Mei",
    ] {
        assert!(table.contains(row), "{row} in\n{table}");
    }
    assert!(table.contains("role checks: 3 passed, 1 failed"), "{table}");
    let report = json_with_code(&args, None, 1);
    let people: Vec<(&str, &str, &str, &str)> = list(&report["documents"])
        .iter()
        .map(|d| {
            (
                d["source"].as_str().expect("source"),
                d["name"].as_str().expect("name"),
                d["expected"].as_str().expect("expected"),
                d["check"].as_str().expect("check"),
            )
        })
        .collect();
    assert_eq!(
        people,
        [
            ("examples/reviews.csv#E1042", "Kim Osei", "PM", "pass"),
            ("examples/reviews.csv#E1088", "Ana Lima", "EM", "pass"),
            ("examples/reviews.csv#E1107", "Tomás Ruiz", "TPM", "fail"),
            ("examples/reviews.csv#E1153", "Mei Tanaka", "TPM", "pass"),
        ]
    );
    // A multi-line quoted cell holds several activities.
    assert_eq!(texts(document(&report, 0)).len(), 4);
    assert_eq!(report["summary"]["failed"], 1);
    // CSV names them too; --expect still overrides the column.
    let (csv_text, _) = run(&[&args[..], &["--format", "csv"]].concat(), None, 1);
    assert!(
        csv_text
            .lines()
            .nth(1)
            .is_some_and(|l| l.starts_with("examples/reviews.csv#E1042,Kim Osei,PM,pass")),
        "{csv_text}"
    );
    let (_, stderr) = run(&[&args[..], &["--expect", "em"]].concat(), None, 1);
    assert_eq!(stderr.matches("check failed").count(), 2, "{stderr}");
}

#[test]
fn the_rows_of_one_person_must_agree_on_the_role() {
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = "id,role,answer\nA1,PM,Wrote the PRD\nA2,EM,Hired two engineers\nA1,Product Manager,Ran interviews\nA1,TPM,Sized the market\n";
    let path = temp_file(dir.path(), "r.csv", csv.as_bytes());
    let (stdout, stderr) = run(
        &[
            path_str(&path),
            "--column",
            "answer",
            "--id-column",
            "id",
            "--role-column",
            "role",
        ],
        None,
        2,
    );
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains("r.csv#A1"), "{stderr}");
    assert!(stderr.contains("line 2 says \"PM\", line 5 says \"TPM\""), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    // The same role in other words agrees.
    let agreeing = "id,role,answer\nA1,PM,Wrote the PRD\nA1,product manager,Ran interviews\n";
    let path = temp_file(dir.path(), "ok.csv", agreeing.as_bytes());
    let report = json_of(
        &[
            path_str(&path),
            "--column",
            "answer",
            "--id-column",
            "id",
            "--role-column",
            "role",
        ],
        None,
    );
    assert_eq!(document(&report, 0)["expected"], "PM");
    // Without an id column the whole file is one document, checked the same way.
    let report = json_of(&[path_str(&path), "--column", "answer", "--role-column", "role"], None);
    assert_eq!(document(&report, 0)["check"], "pass");
    // The role and name columns need --column, and must exist.
    run(&[path_str(&path), "--role-column", "role"], None, 2);
    let (_, stderr) = run(
        &[path_str(&path), "--column", "answer", "--role-column", "title"],
        None,
        2,
    );
    assert!(stderr.contains("no column \"title\""), "{stderr}");
}

#[test]
fn a_spreadsheet_without_column_is_refused_with_its_columns() {
    let (stdout, stderr) = run(&[REVIEWS], None, 2);
    assert!(stdout.is_empty(), "{stdout}");
    assert_eq!(
        stderr.trim_end(),
        "rolemap: error: examples/reviews.csv: a spreadsheet; say which column holds the activities with --column NAME (and which says whose they are with --id-column NAME); its columns: employee_id, employee_name, job_title, review_cycle, question, answer"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let wide = temp_file(
        dir.path(),
        "wide.tsv",
        b"a\tb\tc\td\te\tf\tg\th\n1\t2\t3\t4\t5\t6\t7\t8\n",
    );
    let (_, stderr) = run(&[path_str(&wide)], None, 2);
    assert!(
        stderr.ends_with("its columns: a, b, c, d, e, f, … (2 more)\n"),
        "{stderr}"
    );
}

#[test]
fn column_reads_the_spreadsheets_of_a_folder_and_its_text_files_as_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    temp_file(
        dir.path(),
        "a.csv",
        b"who,text\nann,Wrote the PRD for search\nbob,Hired two engineers\n",
    );
    temp_file(
        dir.path(),
        "sub/b.tsv",
        b"who\ttext\ncid\tTracked the critical path across four teams\n",
    );
    temp_file(dir.path(), "c.md", b"- Ran weekly 1:1s with my reports\n");
    let report = json_of(&[path_str(dir.path()), "--column", "text", "--id-column", "who"], None);
    let root = path_str(dir.path()).to_string();
    let sources: Vec<String> = list(&report["documents"])
        .iter()
        .map(|d| d["source"].as_str().expect("source").replace(&root, ""))
        .collect();
    assert_eq!(sources, ["/a.csv#ann", "/a.csv#bob", "/c.md", "/sub/b.tsv#cid"]);
    // Without --column, the folder's spreadsheets are not read at all.
    let report = json_of(&[path_str(dir.path())], None);
    assert_eq!(list(&report["documents"]).len(), 1);
}

// ------------------------------------------------------------------------------------------------
// 3. Roles as people write them

#[test]
fn a_role_is_accepted_by_label_full_name_or_alias_everywhere() {
    let em_review = "- Hired two backend engineers\n- Ran weekly 1:1s with my six reports\n";
    for role in [
        "Engineering Manager",
        "EM",
        "em",
        "eng manager",
        "Senior Engineering Manager",
    ] {
        let front = format!("---\nname: Ana\nrole: {role}\n---\n{em_review}");
        let report = json_of(&["-"], Some(&front));
        let d = document(&report, 0);
        assert_eq!(
            (&d["expected"], &d["check"]),
            (&Value::from("EM"), &Value::from("pass")),
            "{role}"
        );
        assert_eq!(d["name"], "Ana");
        let report = json_of(&["-", "--expect", role], Some(em_review));
        assert_eq!(document(&report, 0)["check"], "pass", "{role}");
    }
    for (role, label) in [
        ("Product Manager", "PM"),
        ("product", "PM"),
        ("program manager", "TPM"),
        ("Technical Program Manager", "TPM"),
    ] {
        let report = json_with_code(&["-", "--expect", role], Some(em_review), 1);
        assert_eq!(document(&report, 0)["expected"], label, "{role}");
    }
}

#[test]
fn an_unknown_role_anywhere_is_a_usage_error_naming_the_accepted_roles() {
    let review = "- Hired two backend engineers\n";
    let (stdout, stderr) = run(&["-", "--expect", "CTO"], Some(review), 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.starts_with("rolemap: error: --expect CTO: unknown role \"CTO\"; use PM, EM, TPM or none"),
        "{stderr}"
    );
    assert!(stderr.contains("EM (Engineering Manager, eng manager"), "{stderr}");
    let (stdout, stderr) = run(&["-"], Some(&format!("---\nrole: cto\n---\n{review}")), 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.starts_with("rolemap: error: <stdin>:2: front matter role: unknown role \"cto\""),
        "{stderr}"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    // A file's front matter is read before anything of it is written, even as JSON Lines.
    let file = temp_file(
        dir.path(),
        "kim.md",
        format!("---\nrole: cto\n---\n{review}").as_bytes(),
    );
    let (stdout, stderr) = run(&[path_str(&file), "--format", "jsonl"], None, 2);
    assert!(stdout.is_empty(), "{stdout}");
    assert!(
        stderr.contains("kim.md:2: front matter role: unknown role \"cto\""),
        "{stderr}"
    );
    let path = temp_file(
        dir.path(),
        "r.csv",
        b"id,role,answer\nA1,PM,Wrote the PRD\nA2,Chief of Staff,Ran the offsite\n",
    );
    let (_, stderr) = run(
        &[
            path_str(&path),
            "--column",
            "answer",
            "--id-column",
            "id",
            "--role-column",
            "role",
        ],
        None,
        2,
    );
    assert!(
        stderr.contains("r.csv:3: column \"role\": unknown role \"Chief of Staff\""),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn none_expects_a_verdict_that_names_no_role() {
    let ic = "- Fixed the flaky integration tests\n- Wrote Terraform modules for the staging cluster\n- Debugged a memory leak in the webhook dispatcher\n";
    let report = json_of(&["-", "--expect", "none"], Some(ic));
    let d = document(&report, 0);
    assert_eq!(
        (&d["expected"], &d["check"]),
        (&Value::from("none"), &Value::from("pass"))
    );
    assert_eq!(d["verdict"]["role"], Value::Null);
    let report = json_of(&["-"], Some(&format!("---\nrole: None\n---\n{ic}")));
    assert_eq!(document(&report, 0)["check"], "pass");
    let (_, stderr) = run(&["examples/team/alex-em.md", "--expect", "none"], None, 1);
    assert!(stderr.contains("expected none, reads like EM"), "{stderr}");
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = format!("id,role,answer\nI1,none,\"{}\"\n", ic.trim_end());
    let path = temp_file(dir.path(), "ic.csv", csv.as_bytes());
    let report = json_of(
        &[
            path_str(&path),
            "--column",
            "answer",
            "--id-column",
            "id",
            "--role-column",
            "role",
        ],
        None,
    );
    assert_eq!(document(&report, 0)["check"], "pass");
}

#[test]
fn lexicon_fit_keeps_the_aliases() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut rows = String::from("label\ttext\tsource\n");
    for i in 0..6 {
        rows.push_str(&format!("PM\tWrote the PRD for feature {i}\ts{}\n", i % 3));
        rows.push_str(&format!("EM\tHired engineer number {i} for my team\ts{}\n", i % 3));
        rows.push_str(&format!(
            "TPM\tTracked the critical path across {} teams\ts{}\n",
            i + 2,
            i % 3
        ));
    }
    let labeled = temp_file(dir.path(), "labeled.tsv", rows.as_bytes());
    let out = dir.path().join("fitted");
    run(
        &[
            "lexicon",
            "fit",
            path_str(&labeled),
            "--out",
            path_str(&out),
            "--folds",
            "3",
        ],
        None,
        0,
    );
    for (file, alias) in [
        ("pm.lex", "product owner"),
        ("em.lex", "eng manager"),
        ("tpm.lex", "program manager"),
    ] {
        let fitted = std::fs::read_to_string(out.join(file)).expect("fitted file");
        let original = std::fs::read_to_string(format!("lexicon/{file}")).expect("built-in file");
        let line = |text: &str| text.lines().find(|l| l.starts_with("@aliases")).map(str::to_string);
        assert_eq!(line(&fitted), line(&original), "{file}");
        assert!(line(&fitted).is_some_and(|l| l.contains(alias)), "{file}");
    }
    // The fitted lexicon still reads roles by alias.
    let report = json_with_code(
        &["--lexicon", path_str(&out), "-", "--expect", "product owner"],
        Some("- Hired two engineers\n"),
        1,
    );
    assert_eq!(document(&report, 0)["expected"], "PM");
}

// ------------------------------------------------------------------------------------------------
// 4. The dates people write

/// The JSON `date` of the activity under a heading written `heading`.
fn heading_date(heading: &str, extra: &[&str]) -> Value {
    let text = format!("## {heading}\n- Wrote the PRD\n");
    let report = json_of(&[&["-"][..], extra].concat(), Some(&text));
    dates(document(&report, 0))[0].clone()
}

#[test]
fn a_day_as_people_write_it() {
    for heading in ["Mar 3, 2026", "3 March 2026", "2026-03-03"] {
        assert_eq!(heading_date(heading, &[]), "2026-03-03", "{heading}");
    }
}

#[test]
fn a_month_as_people_write_it() {
    for heading in ["03/2026", "2026/03", "Mar 2026"] {
        assert_eq!(heading_date(heading, &[]), "2026-03", "{heading}");
    }
    assert_eq!(heading_date("Nov '25", &[]), "2025-11");
}

#[test]
fn a_range_that_is_exactly_a_quarter_is_that_quarter() {
    for heading in ["Jan–Mar 2025", "2025 – Q1", "Q1 2025"] {
        assert_eq!(heading_date(heading, &[]), "2025-Q1", "{heading}");
    }
}

#[test]
fn other_ranges_are_iso_intervals() {
    assert_eq!(heading_date("Jan–May 2025", &[]), "2025-01/2025-05");
    assert_eq!(heading_date("Week of 2025-03-10", &[]), "2025-03-10/2025-03-16");
}

#[test]
fn an_iso_week_is_its_seven_days_and_a_week_date_its_day() {
    assert_eq!(heading_date("2025-W12", &[]), "2025-03-17/2025-03-23");
    assert_eq!(heading_date("2025-W12-3", &[]), "2025-03-19");
    // Leading a bullet, as a day does, without a separator.
    let report = json_of(&["-"], Some("- 2025-W12-3 Wrote the PRD for search\n"));
    let document = document(&report, 0);
    assert_eq!(texts(document), ["Wrote the PRD for search"]);
    assert_eq!(dates(document), ["2025-03-19"]);
}

#[test]
fn a_half_as_people_write_it() {
    for heading in ["2025 – H2", "H2 2025"] {
        assert_eq!(heading_date(heading, &[]), "2025-H2", "{heading}");
    }
}

#[test]
fn a_fiscal_quarter_is_the_calendar_months_it_covers() {
    assert_eq!(heading_date("FY26 Q1", &["--fiscal-start", "7"]), "2025-07/2025-09");
    assert_eq!(heading_date("FY26 Q1", &["--fiscal-start", "Jul"]), "2025-07/2025-09");
    assert_eq!(heading_date("FY26 Q1", &[]), "2026-Q1");
    let (_, stderr) = run(&["-", "--fiscal-start", "13"], Some("- x\n"), 2);
    assert!(stderr.contains("--fiscal-start"), "{stderr}");
}

#[test]
fn a_leading_date_with_or_without_a_colon_dates_its_line() {
    let text = "- 2024-10-15 Wrote the PRD for checkout\n- Oct 15 2024: Hired two engineers\n- 2024-10-16 - Ran the launch review\n";
    let report = json_of(&["-"], Some(text));
    let d = document(&report, 0);
    assert_eq!(dates(d), ["2024-10-15", "2024-10-15", "2024-10-16"]);
    assert_eq!(
        texts(d),
        [
            "Wrote the PRD for checkout",
            "Hired two engineers",
            "Ran the launch review"
        ]
    );
}

#[test]
fn a_line_of_only_a_bold_date_is_a_heading_and_the_window_drops_its_lines() {
    let text = "**2024-10**\n- Wrote the PRD for checkout\n**2025-03**\n- Hired two engineers\n";
    let report = json_of(&["-", "--since", "2025-01", "--as-of", "2025-12-31"], Some(text));
    let d = document(&report, 0);
    assert_eq!(texts(d), ["Wrote the PRD for checkout", "Hired two engineers"]);
    assert_eq!(dates(d), ["2024-10", "2025-03"]);
    assert_eq!(n(&d["totals"]["excluded"]), 1);
    assert_eq!(n(&d["totals"]["skipped"]), 2);
}

#[test]
fn a_heading_that_looks_like_a_date_but_is_not_read_is_warned_about() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = temp_file(
        dir.path(),
        "brag.md",
        b"## 2025-13\n- Wrote the PRD\n## 03/04/2026\n- Hired two engineers\n## Q2\n- Ran interviews\n## Mar 2025\n- Sized the market\n",
    );
    let (_, stderr) = run(&[path_str(&path), "--format", "json"], None, 0);
    let shown = path_str(&path);
    let warned: Vec<&str> = stderr.lines().collect();
    assert_eq!(warned.len(), 3, "{stderr}");
    assert!(
        warned[0].starts_with(&format!(
            "rolemap: warning: {shown}:1: heading \"2025-13\" looks like a date"
        )),
        "{stderr}"
    );
    assert!(
        warned[1].starts_with(&format!("rolemap: warning: {shown}:3: heading \"03/04/2026\"")),
        "{stderr}"
    );
    assert!(
        warned[2].starts_with(&format!("rolemap: warning: {shown}:5: heading \"Q2\" names no year")),
        "{stderr}"
    );
    let report = json_of(&[shown], None);
    assert_eq!(
        dates(document(&report, 0)),
        [Value::Null, Value::Null, Value::Null, "2025-03".into()]
    );
}

#[test]
fn markdown_tables_quotes_code_and_comments_read_as_a_person_means_them() {
    let doc = "# Brag doc 2025\n\n| Date | What I did | Impact |\n|------|:-----------|-------:|\n| 2025-01 | Ran the hiring loop for two backend engineers | Team grew to 8 |\n| 2025-02 | Wrote the PRD for saved carts | +3% conversion |\n\n> Led the migration cutover across four teams\n\n<!-- a note to self: Wrote the PRD again -->\n```sh\ngit rebase -i main\n```\n- Ran weekly 1:1s with my five reports\n";
    let json = json_with_code(&["-"], Some(doc), 0);
    let document = &json["documents"][0];
    assert_eq!(document["layout"], "brag");
    let read: Vec<(u64, String, String)> = document["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|a| {
            (
                a["line"].as_u64().unwrap_or(0),
                a["date"].as_str().unwrap_or("").to_string(),
                a["text"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let expected = [
        (
            5,
            "2025-01",
            "Ran the hiring loop for two backend engineers — Team grew to 8",
        ),
        (6, "2025-02", "Wrote the PRD for saved carts — +3% conversion"),
        (8, "2025", "Led the migration cutover across four teams"),
        (14, "2025", "Ran weekly 1:1s with my five reports"),
    ];
    assert_eq!(
        read,
        expected.map(|(line, date, text)| (line, date.to_string(), text.to_string()))
    );
    let totals = &document["totals"];
    // Heading, blanks, the table's header and delimiter rows, the comment and the code block.
    assert_eq!(
        (totals["lines"].as_u64(), totals["skipped"].as_u64()),
        (Some(14), Some(10))
    );
    // A fence that never closes (a stray one in a plain list) has its lines read as text, and
    // is named with the lines it took.
    let (stdout, stderr) = run(&["-"], Some("- Ran 1:1s\n```\n- Wrote the PRD\n"), 0);
    assert!(stdout.contains("2 activities"), "{stdout}");
    assert_eq!(
        stderr,
        "rolemap: warning: <stdin>:2: a code fence opens here and never closes: its 2 lines were read as text\n"
    );
}

// ------------------------------------------------------------------------------------------------
// 6. Markdown as people write it

#[test]
fn an_unknown_front_matter_role_names_its_line_in_small_large_and_piped_input() {
    let dir = tempfile::tempdir().expect("temp dir");
    let head = "---\ntitle: Review 2025\nrole: CEO\n---\n";
    let small = temp_file(dir.path(), "small.md", format!("{head}- Wrote the PRD\n").as_bytes());
    // 1 MiB and more: read and classified as it streams.
    let body = "- Wrote the PRD for saved carts and ran the weekly 1:1s\n".repeat(20_000);
    assert!(body.len() >= 1 << 20);
    let large = temp_file(dir.path(), "large.md", format!("{head}{body}").as_bytes());
    let piped = format!("{head}{body}");
    for (args, stdin, name) in [
        (vec![path_str(&small)], None, path_str(&small).to_string()),
        (vec![path_str(&large)], None, path_str(&large).to_string()),
        (vec!["-"], Some(piped.as_str()), "<stdin>".to_string()),
    ] {
        for format in ["table", "jsonl"] {
            let (stdout, stderr) = run(&[&args[..], &["--format", format]].concat(), stdin, 2);
            assert!(stdout.is_empty(), "{name}: {stdout}");
            assert!(
                stderr.starts_with(&format!(
                    "rolemap: error: {name}:3: front matter role: unknown role \"CEO\"; use PM, EM, TPM or none"
                )),
                "{stderr}"
            );
            assert_eq!(stderr.lines().count(), 1, "{stderr}");
        }
    }
}

#[test]
fn escaped_markers_strike_nothing_and_lose_their_backslash() {
    // As converters write Markdown (pandoc, exports): `\~~` and `\_` are the characters.
    let doc = "- \\~~Wrote the PRD\\~~ for search\n- Renamed snake\\_case fields\n- \\*Starred\\* the repo\n\
        - Cleaned up `C:\\temp\\` on the build agents\n";
    let report = json_of(&["-"], Some(doc));
    assert_eq!(
        texts(document(&report, 0)),
        [
            "~~Wrote the PRD~~ for search",
            "Renamed snake_case fields",
            "*Starred* the repo",
            // In a code span a backslash is itself.
            "Cleaned up C:\\temp\\ on the build agents"
        ]
    );
}

#[test]
fn code_spans_are_kept_as_written() {
    // An engineer's notes name files and keys in code spans: markers there are the text.
    let doc = "- Wrote the `*_test.go` fixtures\n- Renamed `__init__` hooks and `a\\_b` keys\n\
        - Kept `~~legacy~~` flags ~~for now~~ off\n- Quoted ``a`b`` in the docs\n";
    let report = json_of(&["-"], Some(doc));
    assert_eq!(
        texts(document(&report, 0)),
        [
            "Wrote the *_test.go fixtures",
            "Renamed __init__ hooks and a\\_b keys",
            // Struck text outside the span is still left out.
            "Kept ~~legacy~~ flags off",
            "Quoted a`b in the docs"
        ]
    );
}

#[test]
fn struck_out_work_is_not_work() {
    let doc = "- Ran the ~~roadmap~~ hiring review\n- ~~Wrote the launch plan for saved carts~~\n- ~~Cut~~ Ran weekly 1:1s ~~ with my reports\n";
    let report = json_of(&["-", "--explain"], Some(doc));
    let document = document(&report, 0);
    assert_eq!(
        texts(document),
        ["Ran the hiring review", "Ran weekly 1:1s ~~ with my reports"]
    );
    let matched: Vec<&str> = list(&document["activities"])
        .iter()
        .flat_map(|a| list(&a["matches"]).iter().filter_map(|m| m["matched"].as_str()))
        .collect();
    assert!(
        !matched.iter().any(|m| m.contains("roadmap") || m.contains("launch")),
        "{matched:?}"
    );
    let totals = &document["totals"];
    assert_totals_add_up(totals);
    assert_eq!((n(&totals["activities"]), n(&totals["skipped"])), (2, 1));
}

/// Comments inline and across lines, struck text, and a table without outer pipes.
const MARKED_UP: &str = "# Brag 2025
- Led the hiring loop for two backend engineers <!-- ask Sam about the roadmap -->
<!-- private:
Wrote the PRD for saved carts
--> - Ran weekly 1:1s with my five reports
- Ran the ~~roadmap~~ hiring review
- ~~Wrote the launch plan for saved carts~~
Date | What | Outcome
--- | --- | ---
2025-01 | Planned the migration cutover | Done on time
2025-02 | Mentored two engineers | One promoted

Costs | went down after the cutover
";

/// The `(line, date, text)` of each activity, and the terms each matched.
fn read_activities(document: &Value) -> Vec<(u64, String, String, Vec<String>)> {
    list(&document["activities"])
        .iter()
        .map(|a| {
            let terms = list(&a["matches"])
                .iter()
                .map(|m| m["matched"].as_str().unwrap_or("").to_string())
                .collect();
            (
                n(&a["line"]),
                a["date"].as_str().unwrap_or("").to_string(),
                a["text"].as_str().unwrap_or("").to_string(),
                terms,
            )
        })
        .collect()
}

#[test]
fn comments_struck_text_and_tables_without_outer_pipes_read_as_a_person_means_them() {
    let report = json_of(&["-", "--explain"], Some(MARKED_UP));
    let document = document(&report, 0);
    let read: Vec<(u64, String, String)> = read_activities(document)
        .into_iter()
        .map(|(line, date, text, _)| (line, date, text))
        .collect();
    let expected = [
        (2, "2025", "Led the hiring loop for two backend engineers"),
        (5, "2025", "Ran weekly 1:1s with my five reports"),
        (6, "2025", "Ran the hiring review"),
        (10, "2025-01", "Planned the migration cutover — Done on time"),
        (11, "2025-02", "Mentored two engineers — One promoted"),
        (13, "2025", "Costs | went down after the cutover"),
    ];
    assert_eq!(
        read,
        expected.map(|(line, date, text)| (line, date.to_string(), text.to_string()))
    );
    // What a comment or a strike hides is not matched.
    let matched: Vec<String> = read_activities(document).into_iter().flat_map(|a| a.3).collect();
    assert!(
        !matched
            .iter()
            .any(|m| m.contains("roadmap") || m.contains("prd") || m.contains("launch")),
        "{matched:?}"
    );
    let totals = &document["totals"];
    assert_totals_add_up(totals);
    // The heading, the comment's two lines, the struck bullet, the table's header and delimiter
    // rows, the blank line.
    assert_eq!((n(&totals["lines"]), n(&totals["skipped"])), (13, 7));
    // A comment that never closes keeps its warning, which says what of its first line was read.
    let (stdout, stderr) = run(&["-"], Some("- Ran 1:1s <!-- draft\n- Wrote the PRD\n"), 0);
    assert!(stdout.contains("1 activity"), "{stdout}");
    assert_eq!(
        stderr,
        "rolemap: warning: <stdin>:1: an HTML comment (<!--) opens here and never closes: the rest of its line and the line after it were skipped\n"
    );
    let (stdout, stderr) = run(
        &["-"],
        Some("- Ran 1:1s\n<!-- draft\n- Wrote the PRD\n- Hired two\n"),
        0,
    );
    assert!(stdout.contains("1 activity"), "{stdout}");
    assert_eq!(
        stderr,
        "rolemap: warning: <stdin>:2: an HTML comment (<!--) opens here and never closes: its 3 lines were skipped\n"
    );
    let (_, stderr) = run(&["-"], Some("- Ran 1:1s <!-- draft\n"), 0);
    assert!(
        stderr.ends_with("never closes: the rest of its line was skipped\n"),
        "{stderr}"
    );
    let (_, stderr) = run(&["-"], Some("- Ran 1:1s <!-- draft\n- Wrote the PRD\n- Hired two\n"), 0);
    assert!(
        stderr.ends_with("never closes: the rest of its line and the 2 lines after it were skipped\n"),
        "{stderr}"
    );
}

#[test]
fn the_markdown_constructs_read_the_same_in_a_small_file_a_large_one_and_piped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let filler = |count: usize| {
        (0..count)
            .map(|i| format!("- Fixed the flaky integration test number {i} in CI\n"))
            .collect::<String>()
    };
    // The constructs at the start, in the middle and at the end, so the large file's come in
    // several chunks.
    let document_of = |count: usize| {
        format!(
            "{MARKED_UP}{}\n{MARKED_UP}{}\n{MARKED_UP}",
            filler(count),
            filler(count)
        )
    };
    let small = temp_file(dir.path(), "small.md", document_of(5).as_bytes());
    let text = document_of(12_000);
    assert!(text.len() >= 1 << 20);
    let large = temp_file(dir.path(), "large.md", text.as_bytes());
    let marked = |report: &Value| -> Vec<(String, String, Vec<String>)> {
        read_activities(document(report, 0))
            .into_iter()
            .filter(|a| !a.2.starts_with("Fixed the flaky"))
            .map(|(_, date, text, terms)| (date, text, terms))
            .collect()
    };
    let expected = marked(&json_of(&["-", "--explain"], Some(MARKED_UP)));
    assert_eq!(expected.len(), 6);
    let thrice: Vec<_> = expected.iter().chain(&expected).chain(&expected).cloned().collect();
    for (args, stdin) in [
        (vec![path_str(&small)], None),
        (vec![path_str(&large)], None),
        (vec!["-"], Some(text.as_str())),
    ] {
        let report = json_of(&[&args[..], &["--explain"]].concat(), stdin);
        assert_eq!(marked(&report), thrice, "{args:?}");
        let totals = &document(&report, 0)["totals"];
        assert_totals_add_up(totals);
        assert_eq!(n(&totals["skipped"]), 3 * 7 + 2, "{args:?}");
    }
}

#[test]
fn an_unchecked_task_is_left_out_as_planned_not_done() {
    let brag = "# 2025\n- [x] Hired four engineers and ran weekly 1:1s\n- [ ] Write the PRD for saved carts\n";
    let report = json_of(&[], Some(brag));
    let doc = document(&report, 0);
    let activities = list(&doc["activities"]);
    assert_eq!(activities[0]["excluded_by"], Value::Null);
    assert_eq!(activities[1]["excluded_by"], "unchecked");
    assert_eq!(activities[1]["in_window"], false);
    assert_eq!(activities[1]["role"], "PM", "still classified");
    assert_eq!(n(&doc["totals"]["excluded"]), 1);
    assert_totals_add_up(&doc["totals"]);
    assert_eq!(doc["verdict"]["role"], "EM", "the planned PM work takes no share");
    let (table, _) = run(&[], Some(brag), 0);
    assert!(table.contains("1 left out"), "{table}");
    let (explained, _) = run(&["--explain"], Some(brag), 0);
    assert!(explained.contains("(unchecked)"), "{explained}");
    assert_eq!(n(&doc["totals"]["unchecked"]), 1);
    // An undated unchecked task is not counted among the undated activities a window keeps.
    let undated = "- [ ] Write the PRD\n- 2026-01-05 Hired two engineers\n";
    let (table, _) = run(&["--since", "2025-01-01", "--as-of", "2026-06-01"], Some(undated), 0);
    assert!(
        table.contains("0 undated activities kept; 1 activity left out (unchecked tasks: 1)"),
        "{table}"
    );
    // Without one, the count is not written.
    let report = json_of(&[], Some("- Hired two engineers\n"));
    assert_eq!(document(&report, 0)["totals"].get("unchecked"), None);
}

/// The activities of `text` piped in, as (text, energy, date, job) in JSON.
fn pasted(text: &str, args: &[&str]) -> (Vec<String>, Value) {
    let report = json_of(args, Some(text));
    let doc = document(&report, 0).clone();
    assert_totals_add_up(&doc["totals"]);
    (texts(&doc), doc)
}

#[test]
fn pasted_bullets_numbering_and_invisible_characters_keep_activities_apart() {
    for start in [
        "→",
        "○",
        "☑",
        "❖",
        "▶",
        "★",
        "✅",
        "🚀",
        "👉",
        "a)",
        "(1)",
        "[1]",
        "1 -",
        "\u{200B}-",
        "\u{FEFF}-",
    ] {
        let text = format!("- Hired two engineers\n{start} Wrote the migration plan\n");
        let (texts, _) = pasted(&text, &[]);
        assert_eq!(texts, ["Hired two engineers", "Wrote the migration plan"], "{text:?}");
    }
    let (texts, _) = pasted(
        "1. Hired two engineers\n2. Wrote the migration plan\n   a. Tracked the risks\n   b. Ran the go/no-go\n",
        &[],
    );
    assert_eq!(
        texts,
        [
            "Hired two engineers",
            "Wrote the migration plan",
            "Tracked the risks",
            "Ran the go/no-go"
        ]
    );
    // The mentoring is work done, not part of the unchecked task above it.
    let (texts, doc) = pasted("- [ ] Hire a designer\n\u{200B}- Mentored two engineers\n", &[]);
    assert_eq!(texts, ["Hire a designer", "Mentored two engineers"]);
    let excluded: Vec<Value> = list(&doc["activities"])
        .iter()
        .map(|a| a["excluded_by"].clone())
        .collect();
    assert_eq!(excluded, [Value::from("unchecked"), Value::Null]);
    // A sentence that starts with a capital and a full stop is no list item, and a plain list
    // is as it was.
    let (texts, _) = pasted(
        "- Hired two engineers.\nA. Smith said the plan was late\n- Ran 1:1s\n",
        &[],
    );
    assert_eq!(
        texts,
        ["Hired two engineers.", "A. Smith said the plan was late", "Ran 1:1s"]
    );
}

#[test]
fn a_linkedin_paste_reads_its_job_descriptions_and_warns_about_what_it_skips() {
    let linkedin = concat!(
        "Jane Roe\n",
        "Engineering Manager at Acme Robotics\n",
        "\n",
        "Experience\n",
        "Engineering Manager\n",
        "Acme Robotics · Full-time\n",
        "Jan 2022 – Present · 3 yrs 2 mos\n",
        "Berlin, Germany · Hybrid\n",
        "Managed a team of 8 engineers across two squads. Ran hiring, performance reviews and on-call.\n",
        "Product Manager\n",
        "Beta GmbH · Full-time\n",
        "Mar 2019 – Dec 2021 · 2 yrs 10 mos\n",
        "Remote\n",
        "Wrote the PRD for saved searches and ran customer interviews.\n",
        "Key Projects\n",
    );
    for args in [&[][..], &["--layout", "resume"][..]] {
        let (texts, doc) = pasted(linkedin, args);
        assert_eq!(doc["layout"], "resume", "{args:?}");
        assert_eq!(
            texts,
            [
                "Managed a team of 8 engineers across two squads. Ran hiring, performance reviews and on-call.",
                "Wrote the PRD for saved searches and ran customer interviews."
            ],
            "{args:?}"
        );
        let roles: Vec<Value> = list(&doc["activities"]).iter().map(|a| a["role"].clone()).collect();
        assert_eq!(roles, [Value::from("EM"), Value::from("PM")]);
        assert_eq!(dates(&doc), [Value::from("2022-01/.."), Value::from("2019-03/2021-12")]);
        let (_, stderr) = run(&[args, &["--format", "json"]].concat(), Some(linkedin), 0);
        assert_eq!(
            stderr.trim(),
            "rolemap: warning: <stdin>:15: 1 line under job \"Product Manager, Beta GmbH\" was not read as an activity: it reads as a title or a heading, not a sentence (put `- ` before a line to count it)",
            "{args:?}"
        );
    }
    // A job with prose, then jobs with bullets: all are read.
    let mixed = concat!(
        "EXPERIENCE\n",
        "Engineering Manager\n",
        "Acme Robotics · Full-time\n",
        "Jan 2022 – Present · 3 yrs 2 mos\n",
        "Managed a team of 8 engineers across two squads. Ran hiring, performance reviews and on-call.\n",
        "Product Manager, Beta GmbH — 2019–2021\n",
        "- Wrote the PRD for saved searches\n",
    );
    let (texts, doc) = pasted(mixed, &[]);
    assert_eq!(texts.len(), 2, "{texts:?}");
    let jobs: Vec<Value> = list(&doc["activities"]).iter().map(|a| a["job"].clone()).collect();
    assert_ne!(jobs[0], jobs[1]);
}

#[test]
fn link_targets_and_web_addresses_are_not_scored() {
    let (texts, doc) = pasted(
        "- Fixed the bug in [checkout](https://wiki.acme.com/product-roadmap/hiring-plan/prd)\n- Fixed the bug, see https://acme.atlassian.net/wiki/ROADMAP/42/Hiring+Plan\n",
        &[],
    );
    assert_eq!(texts, ["Fixed the bug in checkout", "Fixed the bug, see 🔗"]);
    for activity in list(&doc["activities"]) {
        let scores = &activity["scores"];
        assert_eq!(
            (scores["PM"].as_f64(), scores["EM"].as_f64()),
            (Some(0.0), Some(0.0)),
            "{activity}"
        );
    }
}

#[test]
fn energy_markers_hyphenation_and_tab_separated_cells_read_as_meant() {
    let (texts, doc) = pasted("- Ran the hiring loop (+).\n- Wrote the PRD (-)!\n", &[]);
    assert_eq!(texts, ["Ran the hiring loop.", "Wrote the PRD!"]);
    let energy: Vec<Value> = list(&doc["activities"]).iter().map(|a| a["energy"].clone()).collect();
    assert_eq!(energy, [Value::from("+"), Value::from("-")]);
    let (texts, _) = pasted(
        "• Grew the platform team; ran hiring, onboarding and perfor-\nmance reviews\n• Ran cross-\nteam reviews; owned the on-\ncall rotation\n",
        &[],
    );
    // The hyphen stays (a compound broken there keeps its meaning); only the space goes.
    assert_eq!(
        texts,
        [
            "Grew the platform team; ran hiring, onboarding and perfor-mance reviews",
            "Ran cross-team reviews; owned the on-call rotation"
        ]
    );
    let (texts, doc) = pasted(
        "Date\tWhat\tImpact\n2025-01\tRan the hiring loop\tTeam grew to 8\nMar 2025\tWrote the PRD\tShipped\n",
        &[],
    );
    assert_eq!(
        texts,
        ["Ran the hiring loop — Team grew to 8", "Wrote the PRD — Shipped"]
    );
    assert_eq!(dates(&doc), [Value::from("2025-01"), Value::from("2025-03")]);
    assert_eq!(n(&doc["totals"]["skipped"]), 1);
}

// ------------------------------------------------------------------------------------------------
// 3. What people really paste (the second round)

/// [`pasted`] without arguments, with what rolemap wrote on stderr.
fn pasted_warned(text: &str) -> (Vec<String>, Value, String) {
    let (stdout, stderr) = run(&["--format", "json"], Some(text), 0);
    let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("JSON ({e}): {stdout}"));
    let doc = document(&report, 0).clone();
    assert_totals_add_up(&doc["totals"]);
    (texts(&doc), doc, stderr)
}

/// The jobs of a report's first document, as (title, company, dates).
fn jobs_of(doc: &Value) -> Vec<(String, String, String)> {
    let text = |v: &Value| v.as_str().unwrap_or("-").to_string();
    list(&doc["jobs"])
        .iter()
        .map(|j| (text(&j["title"]), text(&j["company"]), text(&j["dates"])))
        .collect()
}

#[test]
fn word_s_right_aligned_dates_after_tabs_date_their_job() {
    let resume = concat!(
        "EXPERIENCE\n",
        "Engineering Manager, Acme\t\tJan 2021 – Present\n",
        "- Ran the hiring loop for the platform team\n",
        "Product Manager, Beta\t\tMar 2018 – Dec 2020\n",
        "- Wrote the PRD for saved searches\n",
    );
    let (texts, doc) = pasted(resume, &[]);
    assert_eq!(
        texts,
        [
            "Ran the hiring loop for the platform team",
            "Wrote the PRD for saved searches"
        ]
    );
    assert_eq!(
        jobs_of(&doc),
        [
            ("Engineering Manager".into(), "Acme".into(), "Jan 2021 – Present".into()),
            ("Product Manager".into(), "Beta".into(), "Mar 2018 – Dec 2020".into()),
        ]
    );
    assert_eq!(dates(&doc), [Value::from("2021-01/.."), Value::from("2018-03/2020-12")]);
}

#[test]
fn a_contact_line_with_a_phone_number_is_no_job() {
    for contact in ["Jane Doe · (415) 555-0100 · jane@x.com", "Jane Doe · (415) 555-0100"] {
        let resume = format!(
            "{contact}\n\nEXPERIENCE\nEngineering Manager, Acme — Jan 2021 – Present\n- Ran the hiring loop for the platform team\n"
        );
        let (_, doc, stderr) = pasted_warned(&resume);
        assert_eq!(stderr, "", "{contact}");
        assert_eq!(
            jobs_of(&doc),
            [("Engineering Manager".into(), "Acme".into(), "Jan 2021 – Present".into())],
            "{contact}"
        );
    }
}

#[test]
fn keycap_emoji_number_a_list() {
    for text in [
        "- Ran the hiring loop\n1\u{FE0F}\u{20E3} Shipped the roadmap for Q3\n2\u{FE0F}\u{20E3} Wrote the migration plan\n",
        "Ran the hiring loop\n1\u{FE0F}\u{20E3} Shipped the roadmap for Q3\n2\u{FE0F}\u{20E3} Wrote the migration plan\n",
    ] {
        let (texts, _) = pasted(text, &[]);
        assert_eq!(
            texts,
            [
                "Ran the hiring loop",
                "Shipped the roadmap for Q3",
                "Wrote the migration plan"
            ],
            "{text:?}"
        );
    }
}

#[test]
fn ticket_keys_are_not_scored_as_their_words() {
    let (texts, doc) = pasted(
        "- Fixed the bug in PRD-1423\n- Closed OPS-77 and JIRA-1\n- Wrote the PRD for search\n- Set OKR targets\n",
        &[],
    );
    assert_eq!(
        texts,
        [
            "Fixed the bug in 🎫",
            "Closed 🎫 and 🎫",
            "Wrote the PRD for search",
            "Set OKR targets"
        ]
    );
    let roles: Vec<Value> = list(&doc["activities"]).iter().map(|a| a["role"].clone()).collect();
    assert_eq!(roles, [Value::Null, Value::Null, Value::from("PM"), Value::from("PM")]);
}

#[test]
fn a_short_line_of_work_under_a_job_is_read() {
    let resume = concat!(
        "EXPERIENCE\n",
        "Engineering Manager, Acme — Jan 2021 – Present\n",
        "Managed 8 engineers\n",
        "Ran weekly 1:1s\n",
        "- Ran the hiring loop.\n",
        "Cut cloud costs\n",
        "Team of 8\n",
        "- Wrote the plan\n",
    );
    let (texts, _, stderr) = pasted_warned(resume);
    assert_eq!(
        texts,
        [
            "Managed 8 engineers",
            "Ran weekly 1:1s",
            "Ran the hiring loop.",
            "Cut cloud costs",
            "Wrote the plan"
        ]
    );
    // The label is noise, and still said so.
    assert_eq!(
        stderr.trim(),
        "rolemap: warning: <stdin>:7: 1 line under job \"Engineering Manager, Acme\" was not read as an activity: it reads as a title or a heading, not a sentence (put `- ` before a line to count it)"
    );
}

#[test]
fn a_title_line_over_bullets_is_a_heading_not_an_unmatched_activity() {
    let brag = "2025 highlights\n- Ran the hiring loop for the platform team\n- Wrote the PRD for saved searches\nQ3 wins:\n- Shipped the roadmap\n";
    let (texts, doc, stderr) = pasted_warned(brag);
    assert_eq!(
        texts,
        [
            "Ran the hiring loop for the platform team",
            "Wrote the PRD for saved searches",
            "Shipped the roadmap"
        ]
    );
    assert_eq!(n(&doc["totals"]["unmatched"]), 0);
    assert_eq!(
        dates(&doc),
        [Value::from("2025"), Value::from("2025"), Value::from("2025")]
    );
    assert_eq!(
        stderr.trim(),
        "rolemap: warning: <stdin>:1: \"2025 highlights\" and 1 more line were read as headings over the bullets under them, not as activities (put `- ` before a line to count it)"
    );
    // A line of work over sub-bullets stays an activity.
    let (texts, _) = pasted("Led the platform migration\n- Wrote the plan\n- Ran the cutover\n", &[]);
    assert_eq!(
        texts,
        ["Led the platform migration", "Wrote the plan", "Ran the cutover"]
    );
}

#[test]
fn linkedin_roles_under_one_company_keep_its_name_and_doubled_lines_read_once() {
    let linkedin = concat!(
        "Experience\n",
        "Acme Robotics\n",
        "Full-time · 3 yrs 2 mos\n",
        "Engineering Manager\n",
        "Engineering Manager\n",
        "Jan 2023 - Present · 2 yrs\n",
        "Berlin, Germany\n",
        "Managed a team of 8 engineers and ran hiring and on-call for the Payments\n",
        "Platform group across two offices.\n",
        "Senior Software Engineer\n",
        "Jan 2022 - Dec 2022 · 1 yr\n",
        "Berlin, Germany\n",
        "Led the migration of billing to the new ledger service.\n",
        "Product Manager\n",
        "Beta GmbH · Full-time\n",
        "Mar 2019 - Dec 2021\n",
        "Remote\n",
        "Wrote the PRD for saved searches and ran customer interviews.\n",
    );
    let (texts, doc, stderr) = pasted_warned(linkedin);
    assert_eq!(
        jobs_of(&doc),
        [
            (
                "Engineering Manager".into(),
                "Acme Robotics".into(),
                "Jan 2023 - Present".into()
            ),
            (
                "Senior Software Engineer".into(),
                "Acme Robotics".into(),
                "Jan 2022 - Dec 2022".into()
            ),
            (
                "Product Manager".into(),
                "Beta GmbH".into(),
                "Mar 2019 - Dec 2021".into()
            ),
        ]
    );
    assert_eq!(
        texts,
        [
            "Managed a team of 8 engineers and ran hiring and on-call for the Payments Platform group across two offices.",
            "Led the migration of billing to the new ledger service.",
            "Wrote the PRD for saved searches and ran customer interviews."
        ]
    );
    assert_eq!(
        stderr.trim(),
        "rolemap: warning: <stdin>:5: 1 line repeats the line above it (as a LinkedIn copy doubles lines) and was read once"
    );
}

/// A review tool's export dated by a column: the window and `--by` read each row's date, a
/// timestamp by its day; a cell that is no date is named with its line.
#[test]
fn a_date_column_dates_each_row() {
    let dated = [
        REVIEW_COLUMNS.as_slice(),
        &["--date-column", "review_cycle", "--by", "half"],
    ]
    .concat();
    let report = json_with_code(&[&[REVIEWS], dated.as_slice()].concat(), None, 1);
    let periods: Vec<&str> = report["summary"]["periods"]
        .as_array()
        .expect("periods")
        .iter()
        .map(|p| p["period"].as_str().expect("label"))
        .collect();
    assert_eq!(periods, ["2025-H2"]);
    let dir = tempfile::tempdir().expect("temp dir");
    let export = "created,summary\n2024-11-02T09:15:00Z,Wrote the PRD for search\n2025-06-30 17:01,Hired two engineers\nsoon,Ran the program review across six teams\n14/Mar/25 10:32 AM,Ran the 1:1s\n";
    let path = temp_file(&dir, "jira.csv", export.as_bytes());
    let args = [
        path_str(&path),
        "--column",
        "summary",
        "--date-column",
        "created",
        "--since",
        "2025-01",
    ];
    let report = json_with_code(&args, None, 0);
    let dates: Vec<Value> = report["documents"][0]["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|a| a["date"].clone())
        .collect();
    assert_eq!(
        dates,
        [
            Value::from("2024-11-02"),
            Value::from("2025-06-30"),
            Value::Null,
            // Jira's own form of a day.
            Value::from("2025-03-14")
        ]
    );
    let (_, stderr) = run(&args, None, 0);
    assert!(
        stderr.contains("jira.csv:4: the date cell \"soon\" is not a date rolemap reads"),
        "{stderr}"
    );
    // Without --column it is a usage error.
    run(&[path_str(&path), "--date-column", "created"], None, 2);
}

/// A plain-text brag document or self-review headed by who wrote it (`Jane Doe`, `Engineering
/// Manager, Payments`) over its bullets or date lines: the header names the role the person
/// holds, and read as work it would vote for that role.
#[test]
fn a_header_of_name_and_title_over_the_list_is_no_activity() {
    let input = "Jane Doe\nEngineering Manager, Payments\n\n- Wrote the PRD for search\n- Ran the pricing review\n";
    let report = json_of(&["-"], Some(input));
    let doc = document(&report, 0);
    assert_eq!(texts(doc), ["Wrote the PRD for search", "Ran the pricing review"]);
    assert_eq!(doc["verdict"]["role"], "PM");
    assert_eq!(doc["roles"][1]["share"], 0.0, "no EM vote from the title: {doc}");
    let (_, stderr) = run(&["-"], Some(input), 0);
    assert!(
        stderr.contains("<stdin>:1: \"Jane Doe\" and the 1 line under it were read as the document's header (a name, a title, what it is), not as activities\n"),
        "{stderr}"
    );
    // A header line naming a year dates the date lines under it.
    let input = "Tom Haddad - Product Manager, Consumer Broadband\nBrag notes, 2025\n\nJan:\nLaunched the switch and save journey\n\nFeb:\nWrote requirements for kit tracking\n";
    let report = json_of(&["-"], Some(input));
    let doc = document(&report, 0);
    assert_eq!(
        texts(doc),
        [
            "Launched the switch and save journey",
            "Wrote requirements for kit tracking"
        ]
    );
    assert_eq!(dates(doc), [Value::from("2025-01"), Value::from("2025-02")]);
    let (_, stderr) = run(&["-"], Some(input), 0);
    assert!(!stderr.contains("names no year"), "{stderr}");
    assert!(stderr.contains("it dates the list under it (2025)"), "{stderr}");
    // A year beside a name or a title dates nothing; a date line is the date line it is; a
    // Markdown heading may follow the header.
    let input = "Jane Doe\nEngineering Manager since 2023\n\n# Brag doc\n- Ran the 1:1s\n";
    let report = json_of(&["-"], Some(input));
    let doc = document(&report, 0);
    assert_eq!(texts(doc), ["Ran the 1:1s"]);
    assert_eq!(dates(doc), [Value::Null]);
    let input = "2025\n\n- Shipped the pricing page\n";
    let report = json_of(&["-"], Some(input));
    assert_eq!(dates(document(&report, 0)), [Value::from("2025")]);
    let (_, stderr) = run(&["-"], Some(input), 0);
    assert_eq!(stderr, "");
    // A log of dated entries under a title is a brag list (it had been read as a resume of
    // three jobs, and every line lost), and the title is its header.
    let input = "Engineering Manager\n\n2025-03-14: Ran the pricing review\n2025-03-20: Wrote the PRD for search\n2025-03-21: Hired two engineers\n";
    let report = json_of(&["-"], Some(input));
    let doc = document(&report, 0);
    assert_eq!(
        texts(doc),
        [
            "Ran the pricing review",
            "Wrote the PRD for search",
            "Hired two engineers"
        ]
    );
    assert_eq!(doc["layout"], "brag", "{doc}");
    // A document of nothing but such lines is read as it is.
    let report = json_of(&["-"], Some("Jane Doe\nEngineering Manager\n\n"));
    assert_eq!(texts(document(&report, 0)), ["Jane Doe", "Engineering Manager"]);
    // Not a header: a line of work (a verb, a sentence, a dated line), one with no list or date
    // line after it, or a block too long to be a name and a title.
    for input in [
        "Led hiring for the payments team\n\n- Ran the 1:1s\n",
        "This year was mostly hiring.\n\n- Ran the 1:1s\n",
        "2025-03-14 Shipped the roadmap\n\n- Ran the 1:1s\n",
        "Roadmap review with the VP\n\nHiring for two roles\n",
        "Roadmap review\nPricing page\nHiring plan\nOn-call rota, pager and runbooks\n\n- Ran the 1:1s\n",
    ] {
        let report = json_of(&["-"], Some(input));
        let doc = document(&report, 0);
        let lines = input.lines().filter(|l| !l.is_empty()).count();
        assert_eq!(
            n(&doc["totals"]["activities"]),
            lines as u64,
            "{input:?}: {:?}",
            texts(doc)
        );
    }
}

/// A PDF or Word file named on the command line is refused by what it is, with what to do; in a
/// folder, files that are neither text nor spreadsheets are named in a note, so a folder of Word
/// reviews says why it read nothing.
#[test]
fn documents_that_are_not_text_are_named_and_folders_name_what_they_left_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = temp_file(
        dir.path(),
        "resume.pdf",
        b"%PDF-1.7\n1 0 obj << /Length 5 >> stream\nx\n",
    );
    let docx = temp_file(
        dir.path(),
        "review.docx",
        b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml",
    );
    rolemap()
        .arg(path_str(&pdf))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("resume.pdf: a PDF document, not plain text"));
    rolemap()
        .arg(path_str(&docx))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("review.docx: a zipped document (Word .docx"));
    // Only documents: the folder is refused, naming them.
    rolemap()
        .arg(path_str(dir.path()))
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "2 other files (resume.pdf, review.docx) are not read",
        ));
    // Beside a text file: read, with a note.
    temp_file(dir.path(), "brag.md", b"- Ran the hiring loop for two engineers\n");
    rolemap()
        .arg(path_str(dir.path()))
        .assert()
        .success()
        .stderr(predicates::str::contains(
            ": 2 other files (resume.pdf, review.docx) are not read: save documents as .txt or .md",
        ));
}

#[test]
fn a_pdfs_page_numbers_and_running_headers_are_not_activities() {
    let pasted = "Jane Doe\njane@example.com | (555) 123-4567\nEngineering Manager, Acme Corp — Jan 2021 – Present\n\
        • Led a team of 8 engineers building the\nPage 1 of 2\n\u{c}Jane Doe\njane@example.com | (555) 123-4567\n\
        payments platform\n• Ran the hiring loop for two senior engineers\n- 2 -\n";
    let report = json_of(&["--format", "json", "-"], Some(pasted));
    let document = document(&report, 0);
    assert_eq!(
        texts(document),
        [
            "Led a team of 8 engineers building the payments platform",
            "Ran the hiring loop for two senior engineers"
        ]
    );
    assert_totals_add_up(&document["totals"]);
}

#[test]
fn a_pasted_emails_headers_are_metadata_and_its_words_are_read() {
    // As Outlook copies a thread: a sender without an address, then Gmail's reply attribution.
    let pasted = "From: Shah, Priya\nSent: Tuesday, March 4, 2025 10:12 AM\nTo: Doe, Jane\n\
        Subject: RE: Billing migration\n\nJane ran the cutover plan for the billing migration.\n\
        On Mon, Mar 3, 2025 at 9:00 AM Jane Doe <jane@acme.com> wrote:\nHired two engineers for the team.\n";
    let (_, stderr) = run(&["--format", "json", "-"], Some(pasted), 0);
    assert!(
        stderr.contains("5 lines were read as metadata (a pasted email's headers"),
        "{stderr}"
    );
    let report = json_of(&["--format", "json", "-"], Some(pasted));
    let document = document(&report, 0);
    assert_eq!(
        texts(document),
        [
            "Jane ran the cutover plan for the billing migration.",
            "Hired two engineers for the team."
        ]
    );
    assert_totals_add_up(&document["totals"]);
}

#[test]
fn a_weeks_heading_with_its_days_dates_the_week() {
    let doc = "## Mar 10-14, 2025\n- Wrote the PRD for search\n## 17–21 March 2025\n- Ran the hiring loop\n";
    let report = json_of(&["--format", "json", "-"], Some(doc));
    assert_eq!(
        dates(document(&report, 0)),
        [
            serde_json::json!("2025-03-10/2025-03-14"),
            serde_json::json!("2025-03-17/2025-03-21")
        ]
    );
    // The window reads the days (the first heading had read as the whole year, inside it).
    let report = json_of(
        &[
            "--format",
            "json",
            "--since",
            "2025-03-15",
            "--as-of",
            "2025-12-01",
            "-",
        ],
        Some(doc),
    );
    let totals = &document(&report, 0)["totals"];
    assert_eq!(
        (n(&totals["matched"]) + n(&totals["unmatched"]), n(&totals["excluded"])),
        (1, 1)
    );
}

#[test]
fn a_sender_in_reading_order_is_a_header_when_the_sent_line_follows_it() {
    // Outlook shows a colleague's name without an address; the `Sent:` line tells it is an email.
    let pasted = "From: Priya Shah\nSent: Tuesday, March 4, 2025 10:12 AM\nTo: Jane Doe\n\
        Subject: Q1 wins\n\nHired two engineers for the team.\n\nTalks\n- From: Chaos To Clarity\n";
    let report = json_of(&["--format", "json", "-"], Some(pasted));
    let document = document(&report, 0);
    assert_eq!(
        texts(document),
        ["Hired two engineers for the team.", "From: Chaos To Clarity"]
    );
    assert_totals_add_up(&document["totals"]);
    let (_, stderr) = run(
        &["--format", "json", "-"],
        Some("From: Chaos To Clarity\nRan the offsite.\n"),
        0,
    );
    assert!(!stderr.contains("metadata"), "{stderr}");
    // Held, a line keeps its place: it still continues its bullet when a quote follows it,
    // and a Sent: line hidden in a comment tells nothing.
    let doc = "- Gave the talk\n  From: Chaos To Clarity\n> Quoted reply\n\
        - Talks\nFrom: Zero To One <!-- draft\nSent: Tuesday, March 4, 2025 10:12 AM -->\n";
    let report = json_of(&["--format", "json", "-"], Some(doc));
    assert_eq!(
        texts(&report["documents"][0]),
        [
            "Gave the talk From: Chaos To Clarity",
            "Quoted reply",
            "Talks From: Zero To One"
        ]
    );
}

#[test]
fn a_pasted_chat_keeps_its_messages_and_drops_senders_and_reactions() {
    let pasted = "Jane Doe  10:42 AM\nShipped the new onboarding flow to all users :tada:\n\
        :tada: 3 :raised_hands: 2\n[11:02 AM] Jane Doe: ran the incident review for the outage\n";
    let (_, stderr) = run(&["--format", "json", "-"], Some(pasted), 0);
    assert!(
        stderr.contains("a pasted chat's sender lines and reactions"),
        "{stderr}"
    );
    let report = json_of(&["--format", "json", "-"], Some(pasted));
    let document = document(&report, 0);
    assert_eq!(
        texts(document),
        [
            "Shipped the new onboarding flow to all users :tada:",
            "ran the incident review for the outage"
        ]
    );
    assert_totals_add_up(&document["totals"]);
}

#[test]
fn latex_dashes_make_ranges_and_a_weekday_may_lead_a_day() {
    // A resume's LaTeX source pastes its en dash as `--`: the job runs to the present.
    let resume = "Experience\nEngineering Manager, Acme Corp, Jan 2022 -- Present\n\
        - Ran weekly 1:1s with eight engineers\n";
    let report = json_of(&["--months", "12", "--as-of", "2025-06-30", "-"], Some(resume));
    let job = document(&report, 0);
    assert_eq!(dates(job), ["2022-01/.."]);
    assert_eq!(n(&job["totals"]["excluded"]), 0, "{job}");
    // Daily notes dated by a weekday and the day, on a line of their own or leading one.
    let notes = "Monday, April 7, 2025\n- Ran calibration\nTue, Apr 8, 2025\n- Hired a manager\n\
        - Wed 2025-04-09: Wrote the PRD\n- Sat down with the PM to agree scope\n## Jan -- Mar 2025\n\
        - Ran the roadmap review\n";
    let report = json_of(&["-"], Some(notes));
    let document = document(&report, 0);
    assert_eq!(
        texts(document),
        [
            "Ran calibration",
            "Hired a manager",
            "Wrote the PRD",
            "Sat down with the PM to agree scope",
            "Ran the roadmap review"
        ]
    );
    assert_eq!(
        dates(document),
        ["2025-04-07", "2025-04-08", "2025-04-09", "2025-04-08", "2025-Q1"]
    );
    assert_totals_add_up(&document["totals"]);
}

#[test]
fn a_bullet_wrapped_across_a_pdf_page_with_blank_lines_around_its_number_is_one_activity() {
    let resume = "Jane Doe\njane@example.com\n\nExperience\nEngineering Manager, Finch — 2018 – 2021\n\
        • Managed 8 engineers building the merchant payouts service and\n\n2\n\nran calibration for the org\n\
        • Hired four engineers\n\n\u{c}\nJane Doe\n\n• Wrote the onboarding plan\n";
    let report = json_of(&["--format", "json", "-"], Some(resume));
    let document = document(&report, 0);
    assert_eq!(
        texts(document),
        [
            "Managed 8 engineers building the merchant payouts service and ran calibration for the org",
            "Hired four engineers",
            "Wrote the onboarding plan"
        ]
    );
    assert_totals_add_up(&document["totals"]);
}

#[test]
fn a_brag_written_as_paragraphs_wrapped_at_72_columns_reads_one_activity_a_paragraph() {
    // An update written in a plain-text editor or a mail client, its prose wrapped at a width.
    let text = "This half I led the move of our checkout service onto the shared\n\
                platform, coordinating with four teams and keeping the cutover on\n\
                schedule despite two slipped dependencies.\n\
                \n\
                I also hired two engineers for the payments team and held weekly\n\
                one-on-ones with each of my six direct reports.\n";
    let report = json_of(&["-"], Some(text));
    let doc = document(&report, 0);
    assert_eq!(
        texts(doc),
        [
            "This half I led the move of our checkout service onto the shared platform, coordinating with four teams and keeping the cutover on schedule despite two slipped dependencies.",
            "I also hired two engineers for the payments team and held weekly one-on-ones with each of my six direct reports.",
        ]
    );
    assert_eq!(doc["totals"]["continuations"], 3);
    let roles: Vec<&str> = doc["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|a| a["role"].as_str().unwrap_or("none"))
        .collect();
    assert_eq!(roles, ["TPM", "EM"]);
}
