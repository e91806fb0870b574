//! Same origin across a corpus: which document pairs to compare, and the
//! groups of documents that count as one independent source.
//!
//! Comparing every pair of fingerprints is quadratic; instead documents are
//! blocked two ways. Text copies share sampled shingle hashes, so an
//! inverted index from hash to documents proposes the pairs that share at
//! least [`MIN_SHARED`] of them. Wire credits propose the pairs crediting one
//! agency, but only inside the pairing window and when the story stage says
//! the two documents tell one story. Every proposed pair is then judged by
//! [`same_origin`], and joins are transitive (union-find).

use std::collections::HashMap;

use super::{Fingerprint, OriginParams, OriginReason, same_origin};
use crate::fnv::FnvBuild;

/// Sampled shingle hashes two documents must share before they are compared.
/// A copy at the lowest accepted containment (0.25 of at least 12 sampled
/// shingles) shares 3.
pub const MIN_SHARED: usize = 3;

/// A shingle sampled in more documents than this is stock phrasing ("said
/// in a statement on"), not evidence of copying: it proposes no pairs. Copies
/// still meet through their other shingles.
pub const MAX_POSTINGS: usize = 256;

/// Two documents joined by a shared origin, `a < b`.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginLink {
    pub a: usize,
    pub b: usize,
    pub reason: OriginReason,
}

/// What the corpus-level pass needs besides the fingerprints.
pub struct Blocking<'a> {
    /// Days since an epoch of each document's publication, when known.
    pub days: &'a [Option<i64>],
    /// Dated documents further apart than this never share a wire story.
    pub window_days: i64,
    /// Whether two documents tell one story (asked only for wire pairs).
    pub related: &'a (dyn Fn(usize, usize) -> bool + Sync),
}

/// Every same-origin link of the corpus, sorted by `(a, b)`.
pub fn link_documents(
    prints: &[Fingerprint],
    params: &OriginParams,
    blocking: &Blocking,
) -> Vec<OriginLink> {
    let mut pairs = text_candidates(prints);
    pairs.extend(wire_candidates(prints, blocking));
    pairs.sort_unstable();
    pairs.dedup();
    pairs
        .into_iter()
        .filter_map(|(a, b)| {
            same_origin(&prints[a], &prints[b], params).map(|reason| OriginLink { a, b, reason })
        })
        .collect()
}

/// Pairs sharing at least [`MIN_SHARED`] sampled shingle hashes.
fn text_candidates(prints: &[Fingerprint]) -> Vec<(usize, usize)> {
    let mut postings: HashMap<u32, Vec<u32>, FnvBuild> = HashMap::default();
    for (doc, p) in prints.iter().enumerate() {
        for &h in p.shingle_sketch().hashes() {
            postings.entry(h).or_default().push(doc as u32);
        }
    }
    let mut shared: HashMap<(u32, u32), u16, FnvBuild> = HashMap::default();
    for docs in postings.values() {
        if docs.len() < 2 || docs.len() > MAX_POSTINGS {
            continue;
        }
        for (i, &a) in docs.iter().enumerate() {
            for &b in &docs[i + 1..] {
                let n = shared.entry((a, b)).or_default();
                *n = n.saturating_add(1);
            }
        }
    }
    shared
        .into_iter()
        .filter(|&(_, n)| usize::from(n) >= MIN_SHARED)
        .map(|((a, b), _)| (a as usize, b as usize))
        .collect()
}

/// Pairs crediting one named agency, inside the window and one story.
fn wire_candidates(prints: &[Fingerprint], blocking: &Blocking) -> Vec<(usize, usize)> {
    let mut by_wire: HashMap<&str, Vec<usize>, FnvBuild> = HashMap::default();
    for (doc, p) in prints.iter().enumerate() {
        for w in p.wires().iter().filter(|w| !w.is_generic()) {
            by_wire.entry(w.name()).or_default().push(doc);
        }
    }
    let mut out = Vec::new();
    for docs in by_wire.values_mut() {
        // Undated documents first (they meet everyone), then by day, so the
        // sweep stops at the first document beyond the window.
        docs.sort_by_key(|&d| (blocking.days[d], d));
        for (i, &a) in docs.iter().enumerate() {
            for &b in &docs[i + 1..] {
                if let (Some(x), Some(y)) = (blocking.days[a], blocking.days[b])
                    && y - x > blocking.window_days
                {
                    break;
                }
                if (blocking.related)(a, b) {
                    out.push((a.min(b), a.max(b)));
                }
            }
        }
    }
    out
}

/// For each document, the smallest document index joined to it (itself
/// when it has no copies): documents with one representative are one
/// independent source.
pub fn origin_groups(documents: usize, links: &[OriginLink]) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..documents).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for l in links {
        let (ra, rb) = (root(&mut parent, l.a), root(&mut parent, l.b));
        // The smaller index becomes the root, so the representative is the
        // group's first document whatever the link order.
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        parent[hi] = lo;
    }
    (0..documents).map(|d| root(&mut parent, d)).collect()
}

/// How many independent origins `docs` (document indices) come from.
pub fn independent(origins: &[usize], docs: impl IntoIterator<Item = usize>) -> usize {
    let mut roots: Vec<usize> = docs.into_iter().map(|d| origins[d]).collect();
    roots.sort_unstable();
    roots.dedup();
    roots.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::origin::fingerprint;

    fn prose(seed: usize, words: usize) -> String {
        // Distinct vocabulary per seed, so independent texts share nothing.
        (0..words)
            .map(|i| format!("w{seed}x{}", (i * 7919 + seed * 31) % 997))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn copies_are_found_without_comparing_every_pair() {
        let a = prose(1, 400);
        let b = prose(2, 400);
        let copy = format!("An outlet's own intro line here. {a}");
        let texts = [a, b, copy];
        let params = OriginParams::default();
        let prints: Vec<_> = texts.iter().map(|t| fingerprint(t, &params)).collect();
        let days = [None, None, None];
        let blocking = Blocking {
            days: &days,
            window_days: 7,
            related: &|_, _| true,
        };
        let links = link_documents(&prints, &params, &blocking);
        assert_eq!(links.len(), 1, "{links:?}");
        assert_eq!((links[0].a, links[0].b), (0, 2));
        assert_eq!(origin_groups(3, &links), vec![0, 1, 0]);
        assert_eq!(independent(&[0, 1, 0], [0, 1, 2]), 2);
    }

    #[test]
    fn groups_are_transitive_and_rooted_at_the_first_document() {
        let link = |a, b| OriginLink {
            a,
            b,
            reason: OriginReason::Shared { similarity: 1.0 },
        };
        let groups = origin_groups(5, &[link(3, 4), link(1, 4), link(0, 2)]);
        assert_eq!(groups, vec![0, 1, 0, 1, 1]);
    }
}
