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
