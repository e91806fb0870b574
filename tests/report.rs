//! Snapshots of the reports a reviewer reads, on the bundled example story.

mod common;

use common::{STORY, crosscheck, snapshots};

#[test]
fn human_check_report() {
    let out = crosscheck(&["check", STORY, "--color", "never"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    snapshots(|| insta::assert_snapshot!("check_human", out.stdout));
}

#[test]
fn json_check_report() {
    let out = crosscheck(&["check", STORY, "--format", "json"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    snapshots(|| insta::assert_snapshot!("check_json", out.stdout));
}

#[test]
fn human_claims_report() {
    let out = crosscheck(&["claims", STORY]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    snapshots(|| insta::assert_snapshot!("claims_human", out.stdout));
}

#[test]
fn graph_dot() {
    let out = crosscheck(&["graph", STORY, "--format", "dot"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    snapshots(|| insta::assert_snapshot!("graph_dot", out.stdout));
}

#[test]
fn reports_are_byte_identical_across_runs() {
    let a = crosscheck(&["check", STORY, "--format", "json"]).stdout;
    let b = crosscheck(&["check", STORY, "--format", "json"]).stdout;
    assert_eq!(a, b);
}
