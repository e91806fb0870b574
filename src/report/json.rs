//! JSON output exactly as design §7 describes; additions only.

use serde::Serialize;

use super::{ErrorEntry, VERSION, errors};
use crate::check::Finding;
use crate::document::Document;
use crate::model::{Claim, ClaimKind, Span};
use crate::origin::OriginReason;
use crate::pipeline::Analysis;

#[derive(Serialize)]
struct ClaimsOutput<'a> {
    version: u32,
    documents: &'a [Document],
    claims: &'a [Claim],
    errors: Vec<ErrorEntry>,
    skipped: &'a [String],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    same_origin: Vec<OriginEntry<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    repeated: Vec<RepeatEntry<'a>>,
}

/// Two documents that are copies of one text (additive to design §7).
#[derive(Serialize)]
struct OriginEntry<'a> {
    a: &'a str,
    b: &'a str,
    /// `shared_text` or `wire`.
    reason: &'static str,
    /// For `shared_text`: the estimated share of the smaller document's
    /// text found in the other, rounded to two decimals.
    #[serde(skip_serializing_if = "Option::is_none")]
    similarity: Option<f64>,
    /// For `wire`: the agency both credit.
    #[serde(skip_serializing_if = "Option::is_none")]
    wire: Option<&'a str>,
}

/// A passage a document prints twice; its claims were read once.
#[derive(Serialize)]
struct RepeatEntry<'a> {
    doc: &'a str,
    span: Span,
    line: usize,
    end_line: usize,
    first_line: usize,
}

fn same_origin(a: &Analysis) -> Vec<OriginEntry<'_>> {
    a.copies
        .iter()
        .map(|c| {
            let (reason, similarity, wire) = match &c.reason {
                OriginReason::Shared { similarity } => (
                    "shared_text",
                    Some((similarity * 100.0).round() / 100.0),
                    None,
                ),
                OriginReason::Wire(w) => ("wire", None, Some(w.name())),
            };
            OriginEntry {
                a: &a.documents[c.a].id,
                b: &a.documents[c.b].id,
                reason,
                similarity,
                wire,
            }
        })
        .collect()
}

fn repeated(a: &Analysis) -> Vec<RepeatEntry<'_>> {
    a.repeats
        .iter()
        .map(|r| RepeatEntry {
            doc: &a.documents[r.doc_index].id,
            span: r.span,
            line: r.line,
            end_line: r.end_line,
            first_line: r.first_line,
        })
        .collect()
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
    #[serde(skip_serializing_if = "Vec::is_empty")]
    same_origin: Vec<OriginEntry<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    repeated: Vec<RepeatEntry<'a>>,
    /// With `--draft`: every draft claim and its status.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    draft: &'a [crate::draft::DraftClaim],
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
    #[serde(skip_serializing_if = "Vec::is_empty")]
    same_origin: Vec<OriginEntry<'a>>,
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
        same_origin: same_origin(a),
        repeated: repeated(a),
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
        same_origin: same_origin(a),
        repeated: repeated(a),
        draft: &a.draft,
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
        same_origin: same_origin(a),
    })
}
