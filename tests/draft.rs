//! `crosscheck check --draft`: the draft linted against its sources.

mod common;

use common::{STORY, claim_text, crosscheck, scratch, snapshots};
use serde_json::Value;

const DRAFT: &str = "examples/drafts/budapest-summit.md";

#[test]
fn draft_report_snapshot() {
    let out = crosscheck(&["check", "--draft", DRAFT, STORY, "--color", "never"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    snapshots(|| insta::assert_snapshot!("check_draft_human", out.stdout));
}

fn draft_json(args: &[&str]) -> Value {
    let out = crosscheck(args);
    assert!(out.code <= 1, "{}", out.stderr);
    serde_json::from_str(&out.stdout).unwrap()
}

/// Every claim of the example draft is listed exactly once, in draft order,
/// with the status the planted errors call for.
#[test]
fn every_draft_claim_once_with_its_status() {
    let v = draft_json(&["check", "--draft", DRAFT, STORY, "--format", "json"]);
    let text = |id: &Value| claim_text(&v, id);
    let draft_claims: Vec<&Value> = v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["doc"] == "budapest-summit.md")
        .collect();
    let listed: Vec<(String, String)> = v["draft"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (text(&d["claim"]), d["status"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(listed.len(), draft_claims.len());
    let status = |t: &str| {
        listed
            .iter()
            .find(|(x, _)| x.contains(t))
            .map(|(_, s)| s.as_str())
            .unwrap_or_else(|| panic!("{t} not listed: {listed:#?}"))
    };
    // The planted errors: a date, a figure and a quote.
    assert_eq!(status("on Tuesday"), "contradicted");
    assert_eq!(status("47"), "contradicted");
    assert_eq!(status("extremely frank"), "contradicted");
    // What the draft gets right, what the sources dispute, what no one says.
    assert_eq!(status("320"), "supported");
    assert_eq!(status("very good one"), "supported");
    assert_eq!(status("$66.5 billion"), "disputed");
    assert_eq!(status("$2 billion"), "unsupported");
    // Findings name their draft claim and status; sources' quarrels that do
    // not touch the draft (the aid figure's other outlets) are not reported.
    for f in v["findings"].as_array().unwrap() {
        assert!(
            f["documents"]
                .as_array()
                .unwrap()
                .contains(&Value::from("budapest-summit.md")),
            "{f}"
        );
    }
    let contradicted: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["status"] == "contradicted")
        .collect();
    assert_eq!(contradicted.len(), 3);
    assert!(
        contradicted
            .iter()
            .all(|f| f["severity"] == "error" && f["draft_claim"].is_string())
    );
}

/// A constructed draft whose claims take every status.
#[test]
fn a_draft_covers_every_status() {
    let dir = scratch("draft-statuses");
    let header = |source: &str| format!("---\nsource: {source}\npublished: 2025-10-17\n---\n");
    std::fs::write(
        dir.join("draft.md"),
        format!(
            "{}Russia fired 73 missiles at the grid overnight, Ukrainian officials said.\n\n\
             Russia also launched more than 300 drones at the grid overnight, Ukrainian officials said.\n\n\
             Ukraine's grid operator said 12 substations were damaged overnight by the strikes.\n\n\
             The ministry said 40% of the power plants were damaged overnight by Russia.\n\n\
             Ukraine has received $66.5 billion in aid from the United States since 2022.\n",
            header("Desk")
        ),
    )
    .unwrap();
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources).unwrap();
    std::fs::write(
        sources.join("wire.md"),
        format!(
            "{}Russia fired 37 missiles at the grid overnight, Ukrainian officials said.\n\n\
             Russia also launched 320 drones at the grid overnight, Ukrainian officials said.\n\n\
             Ukraine's grid operator said 12 substations were damaged overnight by the strikes.\n\n\
             Ukraine has received $66.5 billion in aid from the United States since 2022.\n",
            header("Wire")
        ),
    )
    .unwrap();
    std::fs::write(
        sources.join("gazette.md"),
        format!(
            "{}Ukraine has received $56 billion in aid from the United States since 2022.\n",
            header("Gazette")
        ),
    )
    .unwrap();
    let draft = dir.join("draft.md");
    let v = draft_json(&[
        "check",
        "--draft",
        draft.to_str().unwrap(),
        sources.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let mut statuses: Vec<String> = v["draft"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| {
            let id = d["claim"].as_str().unwrap();
            let c = v["claims"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c["id"] == id)
                .unwrap();
            c["kind"] != "date"
        })
        .map(|d| d["status"].as_str().unwrap().to_string())
        .collect();
    statuses.sort();
    statuses.dedup();
    assert_eq!(
        statuses,
        [
            "contradicted",
            "disputed",
            "refined",
            "supported",
            "unsupported"
        ],
        "{:#}",
        v["draft"]
    );
}
