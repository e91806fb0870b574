//! A draft against its sources: every claim of a draft document gets one
//! status from its edges in the claim graph to claims of source documents.
//!
//! | status | when |
//! |---|---|
//! | `contradicted` | a source disagrees and none agrees |
//! | `disputed` | some sources agree (or are more precise), others disagree |
//! | `refined` | no source says the same, but one says it more precisely (draft "more than 300 drones", source "320 drones") |
//! | `supported` | a source says the same (copies of one text count once) |
//! | `unsupported` | no source speaks to it |
//!
//! A source that is *less* precise than the draft ("dozens" against the
//! draft's "37") neither supports nor contradicts it.

use std::collections::BTreeSet;

use petgraph::visit::EdgeRef;
use serde::Serialize;

use crate::check::Support;
use crate::document::Document;
use crate::graph::{ClaimGraph, Relation};
use crate::model::{Claim, Value};

/// Where a draft claim stands against the sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DraftStatus {
    Contradicted,
    Disputed,
    Refined,
    Supported,
    Unsupported,
}

impl DraftStatus {
    pub const ALL: [DraftStatus; 5] = [
        DraftStatus::Contradicted,
        DraftStatus::Disputed,
        DraftStatus::Refined,
        DraftStatus::Supported,
        DraftStatus::Unsupported,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DraftStatus::Contradicted => "contradicted",
            DraftStatus::Disputed => "disputed",
            DraftStatus::Refined => "refined",
            DraftStatus::Supported => "supported",
            DraftStatus::Unsupported => "unsupported",
        }
    }

    pub fn parse(s: &str) -> Option<DraftStatus> {
        DraftStatus::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// One draft claim and the source claims behind its status.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DraftClaim {
    /// The draft claim's id.
    pub claim: String,
    pub status: DraftStatus,
    /// Source claims that say the same (or, for `refined`, say it more
    /// precisely), by id.
    pub agreeing: Vec<String>,
    /// Source claims that disagree, by id.
    pub disagreeing: Vec<String>,
    /// Outlets behind `agreeing`, and how many are independent.
    #[serde(flatten)]
    pub support: Support,
    #[serde(skip)]
    pub index: usize,
    #[serde(skip)]
    pub agreeing_indices: Vec<usize>,
    #[serde(skip)]
    pub disagreeing_indices: Vec<usize>,
}

/// Statuses of every claim of every draft document, in draft order.
pub fn statuses(
    documents: &[Document],
    claims: &[Claim],
    graph: &ClaimGraph,
    origins: &[usize],
) -> Vec<DraftClaim> {
    let is_draft = |i: usize| documents[claims[i].doc_index].draft;
    let mut out = Vec::new();
    for (i, claim) in claims.iter().enumerate().filter(|&(i, _)| is_draft(i)) {
        let mut agreeing = BTreeSet::new();
        let mut finer = BTreeSet::new();
        let mut disagreeing = BTreeSet::new();
        for e in graph.graph.edges(petgraph::graph::NodeIndex::new(i)) {
            let other = if e.source().index() == i {
                e.target().index()
            } else {
                e.source().index()
            };
            if is_draft(other) {
                continue;
            }
            match *e.weight() {
                Relation::Agrees | Relation::SameOrigin => {
                    agreeing.insert(other);
                }
                Relation::Contradicts | Relation::Misquotes | Relation::Misattributes => {
                    disagreeing.insert(other);
                }
                Relation::Refines if narrower(&claims[other], claim) => {
                    finer.insert(other);
                }
                Relation::Refines => {}
            }
        }
        let status = match (
            !agreeing.is_empty(),
            !finer.is_empty(),
            !disagreeing.is_empty(),
        ) {
            (true, _, true) | (false, true, true) => DraftStatus::Disputed,
            (false, false, true) => DraftStatus::Contradicted,
            (true, _, false) => DraftStatus::Supported,
            (false, true, false) => DraftStatus::Refined,
            (false, false, false) => DraftStatus::Unsupported,
        };
        let backing: Vec<usize> = if agreeing.is_empty() {
            finer.into_iter().collect()
        } else {
            agreeing.into_iter().collect()
        };
        let support = Support::of(
            documents,
            origins,
            backing.iter().map(|&j| claims[j].doc_index),
        );
        let disagreeing: Vec<usize> = disagreeing.into_iter().collect();
        out.push(DraftClaim {
            claim: claim.id.clone(),
            status,
            agreeing: backing.iter().map(|&j| claims[j].id.clone()).collect(),
            disagreeing: disagreeing.iter().map(|&j| claims[j].id.clone()).collect(),
            support,
            index: i,
            agreeing_indices: backing,
            disagreeing_indices: disagreeing,
        });
    }
    out
}

/// Whether claim `a` states a narrower interval than `b` (a finer date
/// grain, a tighter figure).
fn narrower(a: &Claim, b: &Claim) -> bool {
    match (&a.value, &b.value) {
        (Value::Figure(x), Value::Figure(y)) => {
            let width = |v: &crate::model::FigureValue| match (v.low, v.high) {
                (Some(l), Some(h)) => h - l,
                _ => f64::INFINITY,
            };
            width(x) < width(y)
        }
        (Value::Date(x), Value::Date(y)) => match (x.start, x.end, y.start, y.end) {
            (Some(xs), Some(xe), Some(ys), Some(ye)) => (xe - xs) < (ye - ys),
            _ => false,
        },
        _ => false,
    }
}

/// Keeps, per draft claim, only the most severe `draft` finding (findings
/// are sorted by severity first, so the first one seen is kept).
pub fn keep_most_severe(findings: &mut Vec<crate::check::Finding>) {
    let mut seen = BTreeSet::new();
    findings.retain(|f| match &f.draft_claim {
        Some(id) => seen.insert(id.clone()),
        None => true,
    });
}
