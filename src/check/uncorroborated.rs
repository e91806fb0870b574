//! `uncorroborated`: a claim only one independent source makes.
//!
//! **What it finds.** A claim of the rule's scope (claim kinds, measures,
//! entities) that no document of *another origin* backs: no claim there
//! agrees with it, refines it or is refined by it. Documents of one origin
//! (a wire story and its reprints, joined by the same-origin stage) count as
//! one source, so a figure repeated by three papers that all ran the same
//! wire copy is still uncorroborated. Claims that agree within one origin
//! are one finding.
//!
//! **When it stays quiet (precision before recall).** It reports a claim
//! only when someone else could have confirmed it:
//!
//! - the claim has a key (kind, unit, measure, subjects), so it could have
//!   been compared at all, and is not marked as a past value ("up from");
//! - some document of another origin shares the claim's story (the story
//!   stage: published within the window and naming largely the same
//!   people and places). A lone article, or a story all from one origin,
//!   yields nothing;
//! - no claim of another origin contradicts it: that disagreement is the
//!   `conflict` rule's finding, reported more loudly.
//!
//! **Why it matters.** A figure only one outlet prints may be an exclusive,
//! or an error nobody else repeated; either way the desk should know it
//! rests on one source before copying it.
//!
//! ```yaml
//! id: uncorroborated-money
//! kind: uncorroborated
//! claims: [money]
//! severity: info
//! message: "only {a.sources} reports {a.text} ({measure}): ask for a second source"
//! ```

use std::collections::{BTreeMap, BTreeSet};

use super::sides::{UnionFind, build_finding};
use super::{Check, CheckInput, Finding};
use crate::graph::{Pairing, Relation};
use crate::rule::Rule;

pub struct Uncorroborated;

impl Check for Uncorroborated {
    fn kind(&self) -> &'static str {
        "uncorroborated"
    }

    fn run(&self, rule: &Rule, input: &CheckInput) -> Vec<Finding> {
        let claims = input.claims;
        let origin = |i: usize| input.stories.origins[claims[i].doc_index];
        let covered: Vec<usize> = (0..claims.len())
            .filter(|&i| rule.covers_claim(&claims[i]))
            .filter(|&i| input.graph.keys[i].is_some())
            .filter(|&i| claims[i].as_of.as_deref() != Some("earlier"))
            .collect();
        if covered.is_empty() {
            return Vec::new();
        }
        // Claims backed (or contradicted) from another origin, and claims
        // joined with a claim of their own origin (one group, one finding).
        let mut backed: BTreeSet<usize> = BTreeSet::new();
        let mut same = UnionFind::new(claims.len());
        for (a, b, relation) in input.graph.edges() {
            let other_origin = origin(a) != origin(b);
            match relation {
                Relation::Agrees | Relation::Refines | Relation::Contradicts if other_origin => {
                    backed.extend([a, b]);
                }
                Relation::Agrees => same.union(a, b),
                _ => {}
            }
        }
        // A group is backed when any of its claims is.
        let backed_roots: BTreeSet<usize> = backed.iter().map(|&i| same.find(i)).collect();
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &i in &covered {
            let r = same.find(i);
            if !backed.contains(&i) && !backed_roots.contains(&r) {
                groups.entry(r).or_default().push(i);
            }
        }
        // Asked once per document: the answer is the document's, not the claim's.
        let mut confirmable: BTreeMap<usize, bool> = BTreeMap::new();
        let by_day = ByDay::new(input);
        let mut findings: Vec<Finding> = groups
            .into_values()
            .filter(|group| {
                let doc = claims[group[0]].doc_index;
                *confirmable
                    .entry(doc)
                    .or_insert_with(|| could_be_confirmed(input, &by_day, doc))
            })
            .map(|group| {
                let key = input.graph.keys[group[0]].as_ref().map(ToString::to_string);
                build_finding(rule, input, &group, &[], key, None, None)
            })
            .collect();
        // One statement repeated inside a document is one finding.
        let mut seen = BTreeSet::new();
        findings.retain(|f| seen.insert(f.fingerprint.clone()));
        findings
    }
}

/// Whether a document of another origin shares the story of `doc`: only
/// then could another source have confirmed its claims.
fn could_be_confirmed(input: &CheckInput, by_day: &ByDay, doc: usize) -> bool {
    let own = input.stories.origins[doc];
    by_day
        .candidates(input, doc)
        .any(|other| input.stories.origins[other] != own && input.stories.related(doc, other))
}

/// Documents by publication day, so a dated document is compared only with
/// those inside the story window (the story stage turns away the rest)
/// and with the undated ones.
struct ByDay {
    /// (day, document), dated documents only, sorted.
    dated: Vec<(i64, usize)>,
    undated: Vec<usize>,
}

impl ByDay {
    fn new(input: &CheckInput) -> Self {
        let mut dated = Vec::new();
        let mut undated = Vec::new();
        for doc in 0..input.documents.len() {
            match input.stories.day(doc) {
                Some(day) => dated.push((day, doc)),
                None => undated.push(doc),
            }
        }
        dated.sort_unstable();
        ByDay { dated, undated }
    }

    /// The documents that may share a story with `doc`: those inside its
    /// window (every dated one when `doc` is undated) and the undated ones.
    fn candidates<'s>(
        &'s self,
        input: &CheckInput,
        doc: usize,
    ) -> impl Iterator<Item = usize> + 's {
        let dated = match input.stories.day(doc) {
            Some(day) => {
                let window = input.stories.window_days();
                let from = self.dated.partition_point(|&(d, _)| d < day - window);
                let to = self.dated.partition_point(|&(d, _)| d <= day + window);
                &self.dated[from..to]
            }
            None => &self.dated[..],
        };
        dated
            .iter()
            .map(|&(_, d)| d)
            .chain(self.undated.iter().copied())
    }
}
