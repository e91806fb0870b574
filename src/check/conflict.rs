//! `conflict`: sources state the same figure with values that cannot both
//! be true.
//!
//! **What it finds.** Two figures with the same key (kind, unit, measure and
//! the countries, places and organisations of their sentences) whose
//! intervals do not overlap even after the rule's tolerance: the rounding the
//! digits imply, a default percentage, and extra room for hedges such as
//! "about" and "nearly".
//!
//! **Why it matters.** A figure that one outlet gets wrong is the commonest
//! error a desk copies into its own story.
//!
//! **How findings are grouped.** Claims that agree with each other form a
//! side (refinement does not join sides); one finding is reported per pair of sides in conflict, listing every
//! claim of both, so "37 missiles" in two outlets against "73 missiles" in a
//! third is one finding, not two. Side `a` is the one more sources back.
//!
//! ```yaml
//! id: figure-conflict
//! kind: conflict
//! claims: [quantity, money, percent]
//! severity: error
//! tolerance: {default: 1%, qualifiers: {about: 5%, nearly: 10%}}
//! ```

use std::collections::{BTreeMap, BTreeSet};

use super::{Check, CheckInput, Finding, fingerprint};
use crate::graph::Relation;
use crate::model::Claim;
use crate::rule::{Rule, template};

pub struct Conflict;

impl Check for Conflict {
    fn kind(&self) -> &'static str {
        "conflict"
    }

    fn run(&self, rule: &Rule, input: &CheckInput) -> Vec<Finding> {
        let claims = input.claims;
        let covered = |i: usize| rule.covers(claims[i].kind, claims[i].measure.as_deref());
        let edges: Vec<_> = input
            .graph
            .edges()
            .into_iter()
            .filter(|&(a, b, _)| covered(a) && covered(b))
            .collect();

        // Sides: claims joined by agreement. A wide interval ("dozens")
        // refines figures that contradict each other, so refinement does not
        // join sides.
        let mut sides = UnionFind::new(claims.len());
        for &(a, b, r) in &edges {
            if r == Relation::Agrees {
                sides.union(a, b);
            }
        }
        // One finding per pair of conflicting sides (or per pair of claims
        // when a side disagrees with itself).
        let mut pairs: BTreeSet<Pair> = BTreeSet::new();
        let mut by_side: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        let mut in_edges: BTreeSet<usize> = BTreeSet::new();
        for &(a, b, r) in &edges {
            in_edges.extend([a, b]);
            if r != Relation::Contradicts {
                continue;
            }
            let (ra, rb) = (sides.find(a), sides.find(b));
            pairs.insert(if ra == rb {
                Pair::Claims(a, b)
            } else {
                Pair::Sides(ra.min(rb), ra.max(rb))
            });
        }
        for i in in_edges {
            by_side.entry(sides.find(i)).or_default().push(i);
        }
        pairs
            .into_iter()
            .map(|pair| {
                let (side_x, side_y) = match pair {
                    Pair::Sides(x, y) => (by_side[&x].clone(), by_side[&y].clone()),
                    Pair::Claims(x, y) => (vec![x], vec![y]),
                };
                let key = input.graph.keys[side_x[0]].clone();
                let weight = |side: &[usize]| {
                    let docs: BTreeSet<&str> = side
                        .iter()
                        .map(|&i| input.documents[claims[i].doc_index].source.as_str())
                        .collect();
                    (
                        docs.len(),
                        std::cmp::Reverse(side.iter().map(|&i| claims[i].doc_index).min()),
                    )
                };
                let (a_side, b_side) = if weight(&side_x) >= weight(&side_y) {
                    (side_x, side_y)
                } else {
                    (side_y, side_x)
                };
                build_finding(
                    rule,
                    input,
                    &a_side,
                    &b_side,
                    key.as_ref().map(ToString::to_string),
                )
            })
            .collect()
    }
}

/// What one finding covers: two sides, or two claims inside one side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Pair {
    Sides(usize, usize),
    Claims(usize, usize),
}

fn build_finding(
    rule: &Rule,
    input: &CheckInput,
    a_side: &[usize],
    b_side: &[usize],
    key: Option<String>,
) -> Finding {
    let claims = input.claims;
    let docs = input.documents;
    let source = |i: usize| docs[claims[i].doc_index].source.as_str();
    let sources_of = |side: &[usize]| {
        let mut seen: Vec<&str> = Vec::new();
        for &i in side {
            if !seen.contains(&source(i)) {
                seen.push(source(i));
            }
        }
        seen.join(", ")
    };
    let (a, b) = (a_side[0], b_side[0]);
    let sentence = |i: usize| {
        let c: &Claim = &claims[i];
        docs[c.doc_index].text[c.sentence.range()]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let all: Vec<usize> = a_side.iter().chain(b_side).copied().collect();
    let message = template::render(&rule.message, |p| match p {
        "a.text" => claims[a].text.clone(),
        "a.value" => claims[a].value.to_string(),
        "b.value" => claims[b].value.to_string(),
        "b.text" => claims[b].text.clone(),
        "a.source" => source(a).to_string(),
        "b.source" => source(b).to_string(),
        "a.sources" => sources_of(a_side),
        "b.sources" => sources_of(b_side),
        "a.doc" => claims[a].doc.clone(),
        "b.doc" => claims[b].doc.clone(),
        "a.sentence" => sentence(a),
        "b.sentence" => sentence(b),
        "measure" => claims[a].measure.clone().unwrap_or_default(),
        "kind" => claims[a].kind.to_string(),
        "key" => key.clone().unwrap_or_default(),
        "rule" => rule.id.clone(),
        "sources" => sources_of(&all),
        other => format!("{{{other}}}"),
    });
    let mut parts: Vec<String> = all
        .iter()
        .map(|&i| {
            let c = &claims[i];
            let v = c.value.as_figure();
            if let Some(d) = c.value.as_date() {
                return format!("{}|{}|{:?}|{:?}", source(i), c.kind, d.start, d.end);
            }
            format!(
                "{}|{}|{:?}|{:?}|{:?}|{:?}",
                source(i),
                c.kind,
                v.map(|v| v.number),
                v.map(|v| (v.low, v.high)),
                v.and_then(|v| v.qualifier),
                v.and_then(|v| v.unit.clone()),
            )
        })
        .collect();
    parts.sort();
    parts.dedup();
    let fp = fingerprint(
        std::iter::once(rule.id.as_str())
            .chain(key.as_deref())
            .chain(parts.iter().map(String::as_str)),
    );
    let mut documents: Vec<String> = Vec::new();
    for &i in &all {
        if !documents.contains(&claims[i].doc) {
            documents.push(claims[i].doc.clone());
        }
    }
    Finding {
        rule: rule.id.clone(),
        severity: rule.severity,
        relation: Relation::Contradicts,
        message,
        fingerprint: fp,
        claims: all.iter().map(|&i| claims[i].id.clone()).collect(),
        documents,
        key,
        claim_indices: all,
        side_a: a_side.len(),
    }
}

/// Disjoint sets over claim indices; the root of a set is its smallest member
/// so the grouping never depends on the order edges arrive in.
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            // Path halving keeps later lookups short.
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        self.parent[hi] = lo;
    }
}
