//! The claim graph: one node per claim, one edge per related pair of claims
//! from different documents. Only claims with equal keys are compared.

pub mod quote;

use petgraph::graph::{NodeIndex, UnGraph};
use rayon::prelude::*;
use serde::Serialize;

use crate::fnv::FnvBuild;
use crate::key::{ClaimKey, block};
use std::collections::HashMap;

use chrono::NaiveDate;

use crate::model::{Claim, ClaimKind, DateValue, FigureValue, Qualifier, Value};
use crate::rule::Tolerance;

/// How two claims relate. Figures and dates agree, contradict or refine;
/// quotes agree, misquote (same speaker, words altered) or misattribute (same
/// words, another speaker).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Agrees,
    Contradicts,
    Refines,
    Misquotes,
    Misattributes,
    /// The claims agree, but their documents are copies of one text
    /// (syndicated wire copy): the agreement is not independent.
    SameOrigin,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Agrees => "agrees",
            Relation::Contradicts => "contradicts",
            Relation::Refines => "refines",
            Relation::Misquotes => "misquotes",
            Relation::Misattributes => "misattributes",
            Relation::SameOrigin => "same_origin",
        }
    }
}

/// Which tolerance applies to which claim kind; built from the rules.
#[derive(Debug, Clone, Default)]
pub struct ComparePolicy {
    pub by_kind: Vec<(ClaimKind, Tolerance)>,
    /// The share of its words an altered quote must keep to be a misquote
    /// (the `overlap` of the misquote rule); `None`: 70%.
    pub quote_overlap: Option<f64>,
}

impl ComparePolicy {
    pub fn tolerance(&self, kind: ClaimKind) -> Tolerance {
        self.by_kind
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    }
}

/// Which documents may be compared: the story stage's answer, seen by the graph.
pub trait Pairing {
    /// Days since an epoch of the document's publication, when known.
    fn day(&self, doc: usize) -> Option<i64>;
    /// Dated documents further apart than this are never compared.
    fn window_days(&self) -> i64;
    /// Whether two documents (within the window) share a story.
    fn related(&self, a: usize, b: usize) -> bool;
    /// The representative of the document's origin group: documents that
    /// are copies of one text share it.
    fn origin(&self, doc: usize) -> usize {
        doc
    }
}

/// An agreement between copies of one text is marked `same_origin`: it is
/// one source repeated, not two sources agreeing. Disagreements between
/// copies stay what they are (someone changed the copy).
fn between(relation: Relation, a: &Claim, b: &Claim, pairing: &impl Pairing) -> Relation {
    if relation == Relation::Agrees && pairing.origin(a.doc_index) == pairing.origin(b.doc_index) {
        Relation::SameOrigin
    } else {
        relation
    }
}

/// Whether two documents share a story, asked once per document pair:
/// many claim pairs share one.
#[derive(Default)]
pub(super) struct Related(HashMap<(usize, usize), bool, FnvBuild>);

impl Related {
    /// The remembered answer for documents `a` and `b`, or `ask`'s.
    pub(super) fn get(
        &mut self,
        a: usize,
        b: usize,
        ask: impl FnOnce(usize, usize) -> bool,
    ) -> bool {
        *self
            .0
            .entry((a.min(b), a.max(b)))
            .or_insert_with(|| ask(a, b))
    }
}

/// The edges among the claims of one key block, as (smaller, larger
/// index, relation). Claims are bucketed by document, documents in
/// publication order, so the story stage is asked once per document pair
/// and dated documents too far apart are never paired.
fn block_edges(
    claims: &[Claim],
    members: &[usize],
    tolerance: &Tolerance,
    pairing: &impl Pairing,
    same_participants: &dyn Fn(&Claim, &Claim) -> bool,
    related: &mut Related,
) -> Vec<(usize, usize, Relation)> {
    let window = pairing.window_days();
    let mut edges = Vec::new();
    let mut by_doc: Vec<Member> = members
        .iter()
        .map(|&i| {
            let doc = claims[i].doc_index;
            (pairing.day(doc), doc, i)
        })
        .collect();
    by_doc.sort_unstable();
    let mut buckets: Vec<(Option<i64>, usize, &[Member])> = Vec::new();
    for run in by_doc.chunk_by(|a, b| a.1 == b.1) {
        buckets.push((run[0].0, run[0].1, run));
    }
    // Undated documents sort first and meet every later bucket: they may be
    // about any moment.
    for (n, &(day, _, a)) in buckets.iter().enumerate() {
        for &(other_day, _, b) in &buckets[n + 1..] {
            if let (Some(d), Some(o)) = (day, other_day)
                && o - d > window
            {
                break;
            }
            if !related.get(a[0].1, b[0].1, |x, y| pairing.related(x, y)) {
                continue;
            }
            for &(_, _, i) in a {
                for &(_, _, j) in b {
                    if let Some(relation) =
                        relate(&claims[i], &claims[j], tolerance, same_participants)
                    {
                        edges.push((
                            i.min(j),
                            i.max(j),
                            between(relation, &claims[i], &claims[j], pairing),
                        ));
                    }
                }
            }
        }
    }
    edges
}

/// Claims as nodes (node `i` is claim `i`), relations as edges.
pub struct ClaimGraph {
    pub graph: UnGraph<usize, Relation>,
    /// The key of each claim, when it has one.
    pub keys: Vec<Option<ClaimKey>>,
}

impl ClaimGraph {
    /// Compares claims inside each key group; never two claims of one
    /// document, and only across documents `pairing` says share a story.
    /// Within a group, claims are swept in publication order so pairs further
    /// apart than the pairing window are never visited.
    /// `same_participants` decides, for two date claims with one key,
    /// whether their sentences can be about the same event.
    pub fn build(
        claims: &[Claim],
        keys: Vec<Option<ClaimKey>>,
        policy: &ComparePolicy,
        pairing: &(impl Pairing + Sync),
        same_participants: &(dyn Fn(&Claim, &Claim) -> bool + Sync),
    ) -> ClaimGraph {
        let mut graph = UnGraph::with_capacity(claims.len(), 0);
        for i in 0..claims.len() {
            graph.add_node(i);
        }
        let window = pairing.window_days();
        let blocks: Vec<(&ClaimKey, Vec<usize>)> = block(&keys).into_iter().collect();
        // Key blocks in parallel, and quotes beside them; edges are added
        // below in block order, so the graph is the same on every run.
        let (keyed, quoted) = rayon::join(
            || {
                // One memo of related documents per rayon job, not per block:
                // blocks of one story ask about the same documents.
                blocks
                    .par_iter()
                    .map_init(Related::default, |related, (key, members)| {
                        block_edges(
                            claims,
                            members,
                            &policy.tolerance(key.kind),
                            pairing,
                            same_participants,
                            related,
                        )
                    })
                    .collect::<Vec<_>>()
            },
            || {
                // Quotes have no key: they meet through their rarest words.
                let quotes = quote::QuoteIndex::new(claims, |doc| pairing.day(doc));
                let overlap = policy.quote_overlap.unwrap_or(0.7);
                quotes.relations(claims, window, overlap, |da, db| pairing.related(da, db))
            },
        );
        for (i, j, relation) in keyed.into_iter().flatten() {
            graph.add_edge(NodeIndex::new(i), NodeIndex::new(j), relation);
        }
        for (i, j, relation) in quoted {
            let relation = between(relation, &claims[i], &claims[j], pairing);
            graph.add_edge(NodeIndex::new(i), NodeIndex::new(j), relation);
        }
        ClaimGraph { graph, keys }
    }

    /// Every edge as (claim a, claim b, relation) with a < b, sorted.
    pub fn edges(&self) -> Vec<(usize, usize, Relation)> {
        let mut out: Vec<_> = self
            .graph
            .edge_indices()
            .filter_map(|e| {
                let (a, b) = self.graph.edge_endpoints(e)?;
                let (a, b) = (a.index().min(b.index()), a.index().max(b.index()));
                Some((a, b, self.graph[e]))
            })
            .collect();
        out.sort();
        out
    }
}

/// A claim in a key group: its document's day, the document, the claim.
type Member = (Option<i64>, usize, usize);

/// How two claims with one key relate, or `None` when they are not to be
/// compared after all (figures on different dates, dates of events with
/// different participants, unresolved dates).
fn relate(
    a: &Claim,
    b: &Claim,
    tolerance: &Tolerance,
    same_participants: &dyn Fn(&Claim, &Claim) -> bool,
) -> Option<Relation> {
    match (&a.value, &b.value) {
        // A figure counted on two different dates is two figures.
        (Value::Figure(_), Value::Figure(_)) if disjoint(a.as_of_dates, b.as_of_dates) => None,
        (Value::Figure(x), Value::Figure(y)) => Some(compare(x, y, tolerance)),
        (Value::Date(x), Value::Date(y)) if same_participants(a, b) => compare_dates(x, y),
        _ => None,
    }
}

/// True when both intervals are known and share no day.
fn disjoint(a: Option<(NaiveDate, NaiveDate)>, b: Option<(NaiveDate, NaiveDate)>) -> bool {
    matches!((a, b), (Some((a0, a1)), Some((b0, b1))) if a1 < b0 || b1 < a0)
}

/// Dates as day intervals: disjoint contradicts, equal agrees, one inside
/// the other refines ("in October" and "October 16"), a partial overlap
/// ("last week" and "early October") agrees. `None` when either is unresolved.
pub fn compare_dates(a: &DateValue, b: &DateValue) -> Option<Relation> {
    let (a0, a1, b0, b1) = (a.start?, a.end?, b.start?, b.end?);
    Some(if a1 < b0 || b1 < a0 {
        Relation::Contradicts
    } else if (a0, a1) == (b0, b1) {
        Relation::Agrees
    } else if (a0 >= b0 && a1 <= b1) || (b0 >= a0 && b1 <= a1) {
        Relation::Refines
    } else {
        Relation::Agrees
    })
}

/// The interval a figure allows once rounding and hedging are granted.
pub fn allowed(v: &FigureValue, t: &Tolerance) -> (f64, f64) {
    let n = v.number;
    let slack = (if t.rounding { v.rounding } else { 0.0 }).max(n.abs() * t.default);
    match v.qualifier {
        Some(Qualifier::About) => {
            let w = slack.max(n.abs() * t.for_qualifier(Qualifier::About));
            (n - w, n + w)
        }
        Some(Qualifier::Nearly) => (
            n - slack.max(n.abs() * t.for_qualifier(Qualifier::Nearly)),
            n + slack,
        ),
        // A range or vague plural ("20-30", "dozens") allows its own bounds.
        None if !v.is_point() => {
            let slack = n.abs() * t.default;
            (
                v.low.map_or(f64::NEG_INFINITY, |l| l - slack),
                v.high.map_or(f64::INFINITY, |h| h + slack),
            )
        }
        None => (n - slack, n + slack),
        // A stated bound is not a rounded estimate ("over 300" is not 250):
        // only the general tolerance applies to it.
        Some(_) => {
            let slack = n.abs() * t.default;
            (
                v.low.map_or(f64::NEG_INFINITY, |l| l - slack),
                v.high.map_or(f64::INFINITY, |h| h + slack),
            )
        }
    }
}

/// Agrees, contradicts or refines. Disjoint allowed intervals contradict; a
/// bound or range that contains the other figure is refined by it.
pub fn compare(a: &FigureValue, b: &FigureValue, t: &Tolerance) -> Relation {
    let (alo, ahi) = allowed(a, t);
    let (blo, bhi) = allowed(b, t);
    let eps = 1e-9 * a.number.abs().max(b.number.abs()).max(1.0);
    if ahi + eps < blo || bhi + eps < alo {
        return Relation::Contradicts;
    }
    match (a.is_point(), b.is_point()) {
        (true, true) => Relation::Agrees,
        (false, false) if a.low == b.low && a.high == b.high => Relation::Agrees,
        _ => Relation::Refines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(n: f64, rounding: f64, q: Option<Qualifier>) -> FigureValue {
        FigureValue::stated(n, rounding, q)
    }

    #[test]
    fn relations() {
        let t = Tolerance::default();
        let cases = [
            (
                fig(68000.0, 500.0, None),
                fig(67600.0, 50.0, None),
                Relation::Agrees,
            ),
            (
                fig(68000.0, 500.0, None),
                fig(60000.0, 5000.0, None),
                Relation::Contradicts,
            ),
            (
                fig(68000.0, 500.0, None),
                fig(86000.0, 500.0, None),
                Relation::Contradicts,
            ),
            (
                fig(60000.0, 5000.0, Some(Qualifier::Over)),
                fig(68000.0, 500.0, None),
                Relation::Refines,
            ),
            (
                fig(68000.0, 500.0, Some(Qualifier::About)),
                fig(68200.0, 50.0, None),
                Relation::Agrees,
            ),
            (
                fig(70000.0, 5000.0, Some(Qualifier::Nearly)),
                fig(68000.0, 500.0, None),
                Relation::Agrees,
            ),
            (
                fig(66e9, 0.5e9, Some(Qualifier::About)),
                fig(66.5e9, 0.05e9, None),
                Relation::Agrees,
            ),
            (
                fig(56e9, 0.5e9, None),
                fig(66.5e9, 0.05e9, None),
                Relation::Contradicts,
            ),
            (
                fig(37.0, 0.0, None),
                fig(73.0, 0.0, None),
                Relation::Contradicts,
            ),
            (
                fig(300.0, 50.0, Some(Qualifier::Over)),
                fig(250.0, 5.0, None),
                Relation::Contradicts,
            ),
            (
                fig(500.0, 50.0, Some(Qualifier::UpTo)),
                fig(400.0, 50.0, None),
                Relation::Refines,
            ),
        ];
        for (a, b, want) in cases {
            assert_eq!(compare(&a, &b, &t), want, "{a:?} vs {b:?}");
            assert_eq!(compare(&b, &a, &t), want, "symmetric: {b:?} vs {a:?}");
        }
    }
}
