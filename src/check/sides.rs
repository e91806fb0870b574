//! Sides of a disagreement, shared by the checks that report one: claims
//! joined by agreement form a side, and one finding is reported per pair of
//! sides that a relation (contradicts, misquotes, misattributes) opposes.

use std::collections::{BTreeMap, BTreeSet};

use super::{CheckInput, Finding, Support, fingerprint};
use crate::graph::Relation;
use crate::model::{Claim, Value};
use crate::rule::{Rule, template};

/// One finding per pair of sides `opposed` separates, among the claims the
/// rule covers. `describe` gives each pair's key and diff, or `None` to
/// leave the pair out.
pub fn opposed_findings(
    rule: &Rule,
    input: &CheckInput,
    opposed: Relation,
    describe: impl Fn(&[usize], &[usize]) -> Option<(Option<String>, Option<String>)>,
) -> Vec<Finding> {
    let claims = input.claims;
    let covered = |i: usize| rule.covers_claim(&claims[i]);
    opposed_sides(input, covered, opposed)
        .into_iter()
        .filter_map(|(a_side, b_side)| {
            let (key, diff) = describe(&a_side, &b_side)?;
            Some(build_finding(
                rule,
                input,
                &a_side,
                &b_side,
                key,
                Some(opposed),
                diff,
            ))
        })
        .collect()
}

/// Pairs of opposed sides, side `a` first (the one more sources back, then
/// the earlier document), each side in claim order. Only edges between
/// claims `covered` by the rule count.
fn opposed_sides(
    input: &CheckInput,
    covered: impl Fn(usize) -> bool,
    opposed: Relation,
) -> Vec<(Vec<usize>, Vec<usize>)> {
    let claims = input.claims;
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
        if matches!(r, Relation::Agrees | Relation::SameOrigin) {
            sides.union(a, b);
        }
    }
    // One finding per pair of opposed sides (or per pair of claims when a
    // side opposes itself).
    let mut pairs: BTreeSet<Pair> = BTreeSet::new();
    let mut by_side: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut in_edges: BTreeSet<usize> = BTreeSet::new();
    for &(a, b, r) in &edges {
        in_edges.extend([a, b]);
        if r != opposed {
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
            // Independent origins first: three copies of one wire story
            // are one source.
            let weight = |side: &[usize]| {
                let support = support(input, side);
                (
                    support.independent,
                    support.sources,
                    std::cmp::Reverse(side.iter().map(|&i| claims[i].doc_index).min()),
                )
            };
            if weight(&side_x) >= weight(&side_y) {
                (side_x, side_y)
            } else {
                (side_y, side_x)
            }
        })
        .collect()
}

/// The speaker of a quote claim as the report names them.
fn speaker(c: &Claim) -> String {
    match &c.value {
        Value::Quote(q) => q
            .speaker
            .clone()
            .unwrap_or_else(|| "an unnamed speaker".into()),
        _ => String::new(),
    }
}

/// The quoted words of a quote claim.
fn quote(c: &Claim) -> String {
    match &c.value {
        Value::Quote(q) => q.quote.clone(),
        _ => String::new(),
    }
}

/// How many outlets back a side, and how many independent origins they
/// come from.
pub fn support(input: &CheckInput, side: &[usize]) -> Support {
    let docs = side.iter().map(|&i| input.claims[i].doc_index);
    Support::of(input.documents, &input.stories.origins, docs)
}

/// What one finding covers: two sides, or two claims inside one side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Pair {
    Sides(usize, usize),
    Claims(usize, usize),
}

/// A finding about side `a` against side `b` (`b` may be empty for a
/// finding about one side alone, such as an uncorroborated claim: its `b`
/// placeholders then read side `a`). The fingerprint is the rule, the key
/// and each claim's source and normalized value, never positions.
pub fn build_finding(
    rule: &Rule,
    input: &CheckInput,
    a_side: &[usize],
    b_side: &[usize],
    key: Option<String>,
    relation: Option<Relation>,
    diff: Option<String>,
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
    let a = a_side[0];
    let b = b_side.first().copied().unwrap_or(a);
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
        "a.speaker" => speaker(&claims[a]),
        "b.speaker" => speaker(&claims[b]),
        "a.quote" => quote(&claims[a]),
        "b.quote" => quote(&claims[b]),
        "diff" => diff.clone().unwrap_or_default(),
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
            if let Value::Quote(q) = &c.value {
                let words: Vec<String> = crate::graph::quote::words(&q.quote)
                    .into_iter()
                    .map(|w| w.key)
                    .collect();
                return format!(
                    "{}|{}|{}|{}",
                    source(i),
                    c.kind,
                    q.speaker_id
                        .as_deref()
                        .or(q.speaker.as_deref())
                        .unwrap_or(""),
                    words.join(" ")
                );
            }
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
        relation,
        diff,
        mentions: Vec::new(),
        matches: Vec::new(),
        baselined: false,
        draft_claim: None,
        status: None,
        message,
        fingerprint: fp,
        claims: all.iter().map(|&i| claims[i].id.clone()).collect(),
        documents,
        key,
        claim_indices: all,
        side_a: a_side.len(),
        support: [a_side, b_side]
            .iter()
            .filter(|side| !side.is_empty())
            .map(|side| support(input, side))
            .collect(),
    }
}

/// Disjoint sets over claim indices; the root of a set is its smallest member
/// so the grouping never depends on the order edges arrive in.
pub struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    pub fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    pub fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            // Path halving keeps later lookups short.
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    pub fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        self.parent[hi] = lo;
    }
}
