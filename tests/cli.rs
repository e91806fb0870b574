//! Exit codes and bad input: nothing kills the run, nothing is dropped
//! silently, and the exit code says what happened.

mod common;

use common::{STORY, crosscheck, scratch};
use serde_json::Value;

const GOOD: &str =
    "---\nsource: Wire\npublished: 2025-10-17\n---\nOfficials said 68,000 soldiers were killed.\n";
const OTHER: &str = "---\nsource: Herald\npublished: 2025-10-17\n---\nOfficials said 86,000 soldiers were killed.\n";
const AGREEING: &str = "---\nsource: Herald\npublished: 2025-10-17\n---\nOfficials said about 68,000 soldiers were killed.\n";

/// A scratch directory holding two documents whose figures contradict.
fn conflicting_pair(name: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    std::fs::write(dir.join("a.md"), GOOD).unwrap();
    std::fs::write(dir.join("b.md"), OTHER).unwrap();
    dir
}

/// The `id` of every document in a JSON report, in order.
fn doc_ids(v: &Value) -> Vec<&str> {
    v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect()
}

fn json(args: &[&str]) -> (i32, Value) {
    let out = crosscheck(args);
    (
        out.code,
        serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.stdout)),
    )
}

#[test]
fn exit_0_when_sources_agree() {
    let dir = scratch("exit0");
    std::fs::write(dir.join("a.md"), GOOD).unwrap();
    std::fs::write(dir.join("b.md"), AGREEING).unwrap();
    let out = crosscheck(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stdout);
}

#[test]
fn exit_1_on_a_contradiction_and_fail_on_never_passes() {
    let dir = conflicting_pair("exit1");
    let path = dir.to_str().unwrap();
    assert_eq!(crosscheck(&["check", path]).code, 1);
    assert_eq!(crosscheck(&["check", path, "--fail-on", "warning"]).code, 1);
    assert_eq!(crosscheck(&["check", path, "--fail-on", "never"]).code, 0);
    assert_eq!(crosscheck(&["check", STORY]).code, 1);
}

#[test]
fn exit_2_on_usage_errors() {
    assert_eq!(crosscheck(&["check"]).code, 2);
    assert_eq!(crosscheck(&["check", STORY, "--format", "yaml"]).code, 2);
    assert_eq!(crosscheck(&["frobnicate"]).code, 2);
    assert_eq!(crosscheck(&["--version"]).code, 0);
}

#[test]
fn bad_inputs_are_reported_and_the_rest_is_checked() {
    let dir = scratch("bad-input");
    std::fs::write(dir.join("a-good.md"), GOOD).unwrap();
    std::fs::write(dir.join("b-other.md"), OTHER).unwrap();
    std::fs::write(dir.join("binary.txt"), b"GIF89a\x00\x01\x02\x00\x00garbage").unwrap();
    std::fs::write(
        dir.join("latin1.md"),
        b"Caf\xe9 owners said 40 shops closed.\n",
    )
    .unwrap();
    std::fs::write(dir.join("empty.md"), "---\nsource: Nobody\n---\n\n   \n").unwrap();
    std::fs::write(dir.join("broken-front.md"), "---\nsource: [unclosed\npublished: 2025-10-17\n---\nOfficials said 86,000 soldiers were killed.\n").unwrap();
    std::fs::write(
        dir.join("feed.jsonl"),
        "{\"id\": \"f1\", \"text\": \"Officials said 68,000 soldiers were killed.\", \"source\": \"Feed\"}\n{not json\n\n{\"id\": \"f3\", \"source\": \"Feed\"}\n{\"id\": \"f4\", \"text\": \"Officials said 86,000 soldiers were killed.\", \"source\": \"Feed Two\", \"published\": \"2025-10-17T08:00:00Z\"}\n",
    )
    .unwrap();
    std::fs::write(dir.join("picture.png"), b"\x89PNG").unwrap();
    let missing = dir.join("does-not-exist.md");
    let (code, v) = json(&[
        "check",
        dir.to_str().unwrap(),
        missing.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(code, 2);
    let errors: Vec<(String, Option<u64>, String)> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let path = e["path"].as_str().unwrap();
            (
                path.rsplit('/').next().unwrap().to_string(),
                e["line"].as_u64(),
                e["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        errors,
        [
            (
                "does-not-exist.md".to_string(),
                None,
                "unreadable".to_string()
            ),
            ("binary.txt".to_string(), None, "binary".to_string()),
            (
                "broken-front.md".to_string(),
                Some(2),
                "malformed-front-matter".to_string()
            ),
            ("empty.md".to_string(), None, "empty".to_string()),
            (
                "feed.jsonl".to_string(),
                Some(2),
                "malformed-jsonl".to_string()
            ),
            (
                "feed.jsonl".to_string(),
                Some(4),
                "malformed-jsonl".to_string()
            ),
            ("latin1.md".to_string(), Some(1), "invalid-utf8".to_string()),
        ],
        "{:#}",
        v["errors"]
    );
    // Every readable document was still checked, the broken front matter's text included.
    let ids = doc_ids(&v);
    assert_eq!(
        ids,
        ["a-good.md", "b-other.md", "broken-front.md", "f1", "f4"]
    );
    assert!(v["summary"]["findings"]["error"].as_u64().unwrap() >= 1);
    assert_eq!(v["skipped"].as_array().unwrap().len(), 1);
    for e in v["errors"].as_array().unwrap() {
        assert!(!e["message"].as_str().unwrap().is_empty());
    }
}

#[test]
fn jsonl_line_numbers_locate_claims() {
    let dir = scratch("jsonl-lines");
    std::fs::write(
        dir.join("feed.jsonl"),
        "{\"text\": \"Officials said 68,000 soldiers were killed.\"}\n{\"text\": \"Officials said 86,000 soldiers were killed.\", \"source\": \"Other\"}\n",
    )
    .unwrap();
    let (code, v) = json(&["claims", dir.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 0);
    let ids = doc_ids(&v);
    assert_eq!(ids, ["feed.jsonl:1", "feed.jsonl:2"]);
    assert_eq!(v["claims"][1]["line"], 2);
}

#[test]
fn broken_rule_file_is_located_and_other_rules_still_run() {
    let rules = scratch("bad-rules");
    std::fs::write(
        rules.join("typo.yaml"),
        "id: typo\nkind: conflict\nsevrity: error\n",
    )
    .unwrap();
    let docs = conflicting_pair("bad-rules-docs");
    let out = crosscheck(&[
        "check",
        docs.to_str().unwrap(),
        "--rules",
        rules.to_str().unwrap(),
        "--color",
        "never",
    ]);
    assert_eq!(out.code, 2);
    assert!(
        out.stdout
            .contains("typo.yaml:3:1: unknown field `sevrity`"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("did you mean `severity`?"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("figure-conflict"),
        "the shipped rule still ran:\n{}",
        out.stdout
    );

    let lint = crosscheck(&["rules", "lint", rules.to_str().unwrap()]);
    assert_eq!(lint.code, 2);
    assert!(lint.stdout.contains("typo.yaml:3:1"), "{}", lint.stdout);
}

#[test]
fn no_default_rules_starts_empty() {
    let dir = conflicting_pair("no-default");
    assert_eq!(
        crosscheck(&["check", dir.to_str().unwrap(), "--no-default-rules"]).code,
        0
    );
}

#[test]
fn shipped_rules_lint_clean_and_their_examples_pass() {
    let lint = crosscheck(&["rules", "lint"]);
    assert_eq!(lint.code, 0, "{}", lint.stdout);
    let test = crosscheck(&["rules", "test"]);
    assert_eq!(test.code, 0, "{}", test.stdout);
    assert!(test.stdout.contains("0 failed"));
}

#[test]
fn broken_pipe_is_not_an_error() {
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["graph", STORY, "--format", "json"])
        .current_dir(common::root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
}
