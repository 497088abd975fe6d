//! The README's sample runs (```text blocks starting `$ rolemap …`) print what the binary prints,
//! so the README cannot drift from the tool.

use assert_cmd::cargo::cargo_bin_cmd;

#[test]
fn readme_samples_match_the_binary() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let mut checked = 0;
    for block in readme.split("```text\n").skip(1) {
        let block = block.split("\n```").next().unwrap_or_default();
        let Some(first) = block.lines().next() else { continue };
        let Some(command) = first.strip_prefix("$ rolemap ") else {
            continue;
        };
        let expected: Vec<&str> = block.lines().skip(1).collect();
        let output = cargo_bin_cmd!("rolemap")
            .args(command.split_whitespace())
            .env_remove("COLUMNS")
            .env_remove("NO_COLOR")
            .output()
            .expect("run rolemap");
        let printed = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        let printed: Vec<&str> = printed.lines().collect();
        assert_eq!(printed, expected, "README sample `rolemap {command}` is out of date");
        checked += 1;
    }
    assert!(checked >= 3, "expected the README's sample runs, found {checked}");
}

/// Every object of the README's JSON outline has the keys of the same object in a
/// real run (the outline abridges values and arrays, never names a field that is not there).
#[test]
fn the_json_outline_names_the_real_fields_in_order() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let at = readme.find("In outline (every key").expect("the JSON outline");
    let block = readme[at..].split("```json\n").nth(1).expect("a json block");
    let outline: serde_json::Value =
        serde_json::from_str(block.split("\n```").next().unwrap_or_default()).expect("the outline is JSON");
    let output = cargo_bin_cmd!("rolemap")
        .args(["examples/sample.md", "--format", "json"])
        .output()
        .expect("run rolemap");
    let real: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    fn compare(outline: &serde_json::Value, real: &serde_json::Value, path: &str) {
        match (outline, real) {
            (serde_json::Value::Object(o), serde_json::Value::Object(r)) => {
                if !o.is_empty() {
                    let keys: Vec<&String> = o.keys().collect();
                    let real_keys: Vec<&String> = r.keys().collect();
                    assert_eq!(keys, real_keys, "README JSON outline at {path}");
                }
                for (key, value) in o {
                    compare(value, &r[key], &format!("{path}.{key}"));
                }
            }
            (serde_json::Value::Array(o), serde_json::Value::Array(r)) if !o.is_empty() && !r.is_empty() => {
                compare(&o[0], &r[0], &format!("{path}[0]"));
            }
            _ => {}
        }
    }
    compare(&outline, &real, "");
}
