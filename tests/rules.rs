//! Editing rules safely: every class of lint error as an editor sees it
//! (snapshots), shipped rules proving themselves, baselines and
//! fingerprints, crosscheck.yaml.

mod common;

use std::path::Path;

use common::{crosscheck, scratch, snapshots};
use serde_json::Value;

/// A rule that lints clean, for tests that break one thing at a time.
const GOOD: &str = r#"id: big-numbers
kind: conflict
claims: [quantity]
severity: error
message: "{a.source} reports {a.text}; {b.source} reports {b.text}"
tolerance:
  default: 1%
examples:
  - docs: ["Officials said 68,000 soldiers were killed.", "Officials said 86,000 soldiers were killed."]
    expect: [big-numbers]
  - docs: ["Officials said 68,000 soldiers were killed.", "Officials said 68,000 soldiers died."]
    expect: []
"#;

/// `rules lint` (or `rules test`) over a directory holding `files`, with the
/// scratch path replaced so snapshots do not depend on the machine.
fn run(action: &str, name: &str, files: &[(&str, &str)]) -> (i32, String) {
    let dir = scratch(name);
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    let out = crosscheck(&["rules", action, dir.to_str().unwrap()]);
    let shown = format!("{}/", dir.to_str().unwrap());
    (out.code, out.stdout.replace(&shown, "rules/"))
}

fn lint_snapshot(name: &str, text: &str) {
    let (code, out) = run("lint", name, &[("rule.yaml", text)]);
    assert_eq!(code, 2, "{out}");
    snapshots(|| insta::assert_snapshot!(name, out));
}

#[test]
fn good_rule_lints_clean() {
    let (code, out) = run("lint", "lint-good", &[("rule.yaml", GOOD)]);
    assert_eq!(code, 0, "{out}");
    let (code, out) = run("test", "test-good", &[("rule.yaml", GOOD)]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn lint_yaml_syntax_error() {
    lint_snapshot(
        "lint_yaml_syntax",
        &GOOD.replace("claims: [quantity]", "claims: [quantity"),
    );
}

#[test]
fn lint_unknown_key() {
    lint_snapshot(
        "lint_unknown_key",
        &GOOD.replace("severity: error", "sevrity: error"),
    );
}

#[test]
fn lint_unknown_entity() {
    lint_snapshot(
        "lint_unknown_entity",
        &GOOD.replace(
            "claims: [quantity]",
            "claims: [quantity]\nentities: [russia, ukrane]",
        ),
    );
}

#[test]
fn lint_unknown_kind() {
    lint_snapshot(
        "lint_unknown_kind",
        &GOOD.replace("kind: conflict", "kind: conflcit"),
    );
}

#[test]
fn lint_unknown_severity() {
    lint_snapshot(
        "lint_unknown_severity",
        &GOOD.replace("severity: error", "severity: eror"),
    );
}

#[test]
fn lint_bad_tolerance() {
    lint_snapshot(
        "lint_bad_tolerance",
        &GOOD.replace("default: 1%", "default: one percent"),
    );
}

#[test]
fn lint_unknown_placeholder() {
    lint_snapshot(
        "lint_unknown_placeholder",
        &GOOD.replace("{b.source} reports", "{b.sorce} reports"),
    );
}

#[test]
fn lint_bad_regex() {
    let rule = r#"id: vague
kind: pattern
severity: info
pattern: "sources? (familiar|close to"
message: "{a.source}: “{match}”"
examples:
  - docs: ["Sources familiar with the talks said so."]
    expect: [vague]
  - docs: ["The minister said so."]
    expect: []
"#;
    lint_snapshot("lint_bad_regex", rule);
}

#[test]
fn lint_missing_examples() {
    let quiet_only = GOOD.replace("expect: [big-numbers]", "expect: []");
    lint_snapshot("lint_missing_examples", &quiet_only);
}

#[test]
fn lint_duplicate_id() {
    let (code, out) = run(
        "lint",
        "lint_duplicate_id",
        &[("a.yaml", GOOD), ("b.yaml", GOOD)],
    );
    assert_eq!(code, 2, "{out}");
    snapshots(|| insta::assert_snapshot!("lint_duplicate_id", out));
}

#[test]
fn failing_example() {
    // The second example claims the rule stays quiet on a contradiction.
    let wrong = GOOD.replace(
        "\"Officials said 68,000 soldiers died.\"]\n    expect: []",
        "\"Officials said 86,000 soldiers died.\"]\n    expect: []",
    );
    let (code, out) = run("test", "test_failing_example", &[("rule.yaml", &wrong)]);
    assert_eq!(code, 2, "{out}");
    snapshots(|| insta::assert_snapshot!("test_failing_example", out));
}

#[test]
fn lint_reports_every_error_of_every_file_at_once() {
    let (code, out) = run(
        "lint",
        "lint-all",
        &[
            ("a.yaml", &GOOD.replace("kind: conflict", "kind: conflcit")),
            (
                "b.yaml",
                &GOOD
                    .replace("id: big-numbers", "id: other")
                    .replace("severity: error", "severity: eror")
                    .replace("default: 1%", "default: lots")
                    .replace("expect: [big-numbers]", "expect: [other]"),
            ),
            ("c.yaml", "id: broken\nkind: [\n"),
        ],
    );
    assert_eq!(code, 2);
    let errors: Vec<&str> = out.lines().filter(|l| l.starts_with("error: ")).collect();
    assert_eq!(errors.len(), 4, "{out}");
    assert!(errors[0].starts_with("error: rules/a.yaml:2:7:"), "{out}");
    assert!(errors[1].starts_with("error: rules/b.yaml:4:11:"), "{out}");
    assert!(errors[2].starts_with("error: rules/b.yaml:7:12:"), "{out}");
    assert!(errors[3].starts_with("error: rules/c.yaml:"), "{out}");
}

#[test]
fn shipped_rules_each_fire_and_stay_quiet() {
    let (set, errors) = crosscheck::rule::load_builtin();
    assert!(errors.is_empty(), "{errors:?}");
    for rule in &set.rules {
        assert!(
            rule.examples.iter().any(|e| e.expect.contains(&rule.id))
                && rule.examples.iter().any(|e| !e.expect.contains(&rule.id)),
            "{} needs a firing and a quiet example",
            rule.id
        );
    }
    let (n, failures) = crosscheck::selftest::run_examples(&set);
    assert!(n >= 2 * set.rules.len());
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn rules_schema_prints_the_checked_in_schema() {
    let out = crosscheck(&["rules", "schema"]);
    assert_eq!(out.code, 0);
    let on_disk = std::fs::read_to_string(common::root().join("rules/rules.schema.json")).unwrap();
    assert_eq!(out.stdout, on_disk);
}

// Baselines and fingerprints.

const WIRE: &str =
    "---\nsource: Wire\npublished: 2025-10-17\n---\nOfficials said 68,000 soldiers were killed.\n";
const HERALD: &str = "---\nsource: Herald\npublished: 2025-10-17\n---\nOfficials said 86,000 soldiers were killed.\n";
/// The Herald's sentence moved down into a later paragraph.
const HERALD_MOVED: &str = "---\nsource: Herald\npublished: 2025-10-17\n---\nThe war went on.\n\nIt was a long day in the capital. Officials said 86,000 soldiers were killed.\n";

fn story(name: &str, herald: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    std::fs::write(dir.join("herald.md"), herald).unwrap();
    std::fs::write(dir.join("wire.md"), WIRE).unwrap();
    dir
}

fn findings(dir: &Path, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["check", dir.to_str().unwrap(), "--format", "json"];
    args.extend(extra);
    let out = crosscheck(&args);
    (out.code, serde_json::from_str(&out.stdout).unwrap())
}

#[test]
fn a_moved_sentence_keeps_its_fingerprint() {
    let (_, before) = findings(&story("fp-before", HERALD), &[]);
    let (_, after) = findings(&story("fp-after", HERALD_MOVED), &[]);
    let fp = |v: &Value| {
        v["findings"][0]["fingerprint"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(before["findings"][0]["rule"], "figure-conflict");
    assert_ne!(
        before["claims"][0]["line"], after["claims"][0]["line"],
        "the claim moved"
    );
    assert_eq!(fp(&before), fp(&after));
}

#[test]
fn a_baselined_finding_no_longer_fails_the_run() {
    let dir = story("baseline-story", HERALD);
    let file = scratch("baseline-file").join("baseline.yaml");
    let file = file.to_str().unwrap();
    assert_eq!(findings(&dir, &[]).0, 1);
    let (code, _) = findings(&dir, &["--write-baseline", file]);
    assert_eq!(code, 0);
    let written = std::fs::read_to_string(file).unwrap();
    assert!(written.contains("rule: \"figure-conflict\""), "{written}");
    assert!(written.contains("reason: "), "{written}");

    // The sentence moves: still baselined, counted, exit 0.
    let moved = story("baseline-moved", HERALD_MOVED);
    let (code, v) = findings(&moved, &["--baseline", file]);
    assert_eq!(code, 0);
    assert_eq!(v["summary"]["baselined"], 1);
    assert_eq!(v["findings"][0]["baselined"], true);
    let human = crosscheck(&[
        "check",
        moved.to_str().unwrap(),
        "--baseline",
        file,
        "--color",
        "never",
    ]);
    assert_eq!(human.code, 0);
    assert!(
        human.stdout.ends_with("; 1 baselined\n"),
        "{}",
        human.stdout
    );

    // A new figure is a new finding; the old entry goes stale but does not fail.
    let changed = story("baseline-changed", &HERALD.replace("86,000", "96,000"));
    let (code, v) = findings(&changed, &["--baseline", file]);
    assert_eq!(code, 1);
    assert_eq!(v["stale_baseline"].as_array().unwrap().len(), 1);
    let (code, v) = findings(&changed, &["--baseline", file, "--fail-on", "never"]);
    assert_eq!(code, 0);
    assert_eq!(v["stale_baseline"][0]["rule"], "figure-conflict");
}

#[test]
fn config_is_found_in_a_parent_and_flags_override_it() {
    let dir = scratch("config-desk");
    let stories = dir.join("stories/today");
    std::fs::create_dir_all(&stories).unwrap();
    std::fs::write(stories.join("wire.md"), WIRE).unwrap();
    std::fs::write(stories.join("herald.md"), HERALD).unwrap();
    std::fs::write(
        stories.join("old.bak.md"),
        HERALD.replace("86,000", "12,000"),
    )
    .unwrap();
    std::fs::write(
        dir.join("crosscheck.yaml"),
        "fail-on: never\nignore: [\"*.bak.md\"]\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .args(args)
            .current_dir(&stories)
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        (out.status.code().unwrap(), v)
    };
    let (code, v) = run(&["check", ".", "--format", "json"]);
    assert_eq!(code, 0, "fail-on: never from the parent's crosscheck.yaml");
    assert_eq!(
        v["documents"].as_array().unwrap().len(),
        2,
        "old.bak.md is ignored"
    );
    assert_eq!(
        run(&["check", ".", "--format", "json", "--fail-on", "error"]).0,
        1
    );
    assert_eq!(run(&["check", ".", "--format", "json", "--no-config"]).0, 1);
    std::fs::write(dir.join("crosscheck.yaml"), "fail-on: nevr\n").unwrap();
    let (code, v) = run(&["check", ".", "--format", "json"]);
    assert_eq!(code, 2);
    assert!(
        v["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("unknown fail-on `nevr`"),
        "{v:#}"
    );
}
