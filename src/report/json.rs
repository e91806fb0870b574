//! JSON output exactly as design §7 describes; additions only.

use serde::Serialize;

use super::{ErrorEntry, VERSION, errors};
use crate::check::Finding;
use crate::document::Document;
use crate::model::{Claim, ClaimKind};
use crate::pipeline::Analysis;

#[derive(Serialize)]
struct ClaimsOutput<'a> {
    version: u32,
    documents: &'a [Document],
    claims: &'a [Claim],
    errors: Vec<ErrorEntry>,
    skipped: &'a [String],
}

#[derive(Serialize)]
struct Counts {
    error: usize,
    warning: usize,
    info: usize,
}

#[derive(Serialize)]
struct Summary {
    documents: usize,
    claims: usize,
    findings: Counts,
    /// Findings the baseline accepts (counted in `findings` too).
    #[serde(skip_serializing_if = "is_zero")]
    baselined: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

#[derive(Serialize)]
struct CheckOutput<'a> {
    version: u32,
    summary: Summary,
    findings: &'a [Finding],
    documents: &'a [Document],
    claims: &'a [Claim],
    errors: Vec<ErrorEntry>,
    skipped: &'a [String],
    /// Baseline entries that matched no finding.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    stale_baseline: &'a [crate::baseline::Entry],
}

#[derive(Serialize)]
struct Node<'a> {
    id: &'a str,
    doc: &'a str,
    kind: ClaimKind,
    text: &'a str,
}

#[derive(Serialize)]
struct Edge<'a> {
    a: &'a str,
    b: &'a str,
    relation: &'static str,
}

#[derive(Serialize)]
struct GraphOutput<'a> {
    version: u32,
    nodes: Vec<Node<'a>>,
    edges: Vec<Edge<'a>>,
    errors: Vec<ErrorEntry>,
}

fn pretty<T: Serialize>(value: &T) -> String {
    let mut s =
        serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

/// `crosscheck claims --format json`.
pub fn claims(a: &Analysis) -> String {
    pretty(&ClaimsOutput {
        version: VERSION,
        documents: &a.documents,
        claims: &a.claims,
        errors: errors(a),
        skipped: &a.skipped,
    })
}

/// `crosscheck check --format json`: the claims output plus summary and findings.
pub fn check(a: &Analysis) -> String {
    let (error, warning, info) = a.counts();
    pretty(&CheckOutput {
        version: VERSION,
        summary: Summary {
            documents: a.documents.len(),
            claims: a.claims.len(),
            findings: Counts {
                error,
                warning,
                info,
            },
            baselined: a.baselined(),
        },
        findings: &a.findings,
        documents: &a.documents,
        claims: &a.claims,
        errors: errors(a),
        skipped: &a.skipped,
        stale_baseline: &a.stale_baseline,
    })
}

/// `crosscheck graph --format json`: every claim a node, every relation an edge.
pub fn graph(a: &Analysis) -> String {
    let nodes = a
        .claims
        .iter()
        .map(|c| Node {
            id: &c.id,
            doc: &c.doc,
            kind: c.kind,
            text: &c.text,
        })
        .collect();
    let edges = a
        .graph
        .edges()
        .into_iter()
        .map(|(x, y, r)| Edge {
            a: &a.claims[x].id,
            b: &a.claims[y].id,
            relation: r.as_str(),
        })
        .collect();
    pretty(&GraphOutput {
        version: VERSION,
        nodes,
        edges,
        errors: errors(a),
    })
}
