//! Same origin across a corpus: which document pairs to compare, and the
//! groups of documents that count as one independent source.
//!
//! Comparing every pair of fingerprints is quadratic; instead documents are
//! blocked two ways. Text copies share sampled shingle hashes, so an
//! inverted index from hash to documents proposes the pairs that share at
//! least [`MIN_SHARED`] of them. Shingles sampled in a large share of the
//! corpus ([`stock_limit`]) are stock phrasing, a site's or a template's:
//! they neither propose pairs nor count as shared text. Wire credits propose the pairs crediting one
//! agency, but only inside the pairing window and when the story stage says
//! the two documents tell one story. Every proposed pair is then judged by
//! [`same_origin`], and joins are transitive (union-find).

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use super::{Fingerprint, OriginParams, OriginReason, may_share_text, same_origin};
use crate::fnv::FnvBuild;

/// Sampled shingle hashes two documents must share before they are compared.
/// A copy at the lowest accepted containment (0.25 of at least 12 sampled
/// shingles) shares 3.
pub const MIN_SHARED: usize = 3;

/// A shingle sampled in more documents than this is stock phrasing ("said
/// in a statement on") at any corpus size.
pub const MAX_POSTINGS: usize = 256;

/// How many documents a shingle may be sampled in before it counts as stock
/// phrasing rather than evidence of copying: one in twenty documents, but
/// never fewer than 32, so a small run (one story, a few copies of one wire
/// text) never loses its shared text. Boilerplate of a large corpus (a
/// template sentence in hundreds of articles) is left out.
pub fn stock_limit(documents: usize) -> usize {
    (documents / 100).clamp(32, MAX_POSTINGS)
}

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
    // (hash, document) for every sampled shingle, sorted: each run of one
    // hash is its posting list. Sorting beats a map of vectors here.
    let mut postings: Vec<(u32, u32)> = prints
        .iter()
        .enumerate()
        .flat_map(|(doc, p)| {
            p.shingle_sketch()
                .hashes()
                .iter()
                .map(move |&h| (h, doc as u32))
        })
        .collect();
    postings.par_sort_unstable();
    let limit = stock_limit(prints.len());
    let stock: HashSet<u32, FnvBuild> = postings
        .chunk_by(|x, y| x.0 == y.0)
        .filter(|run| run.len() > limit)
        .map(|run| run[0].0)
        .collect();
    let text = text_candidates(&postings, limit);
    let wire = wire_candidates(prints, blocking);
    let mut pairs: Vec<(usize, usize)> = text
        .iter()
        .map(|t| t.0)
        .chain(wire.iter().copied())
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let judged: Vec<Fingerprint> = if stock.is_empty() {
        prints.to_vec()
    } else {
        prints
            .par_iter()
            .map(|p| p.without_stock(|h| stock.contains(&h)))
            .collect()
    };
    pairs
        .into_par_iter()
        .filter_map(|(a, b)| {
            let by_wire = wire.binary_search(&(a, b)).is_ok();
            // Most text candidates share a few sentences and fall far short
            // of the threshold: their count of shared hashes says so before
            // any comparison.
            if !by_wire
                && let Ok(at) = text.binary_search_by_key(&(a, b), |t| t.0)
                && !may_share_text(&judged[a], &judged[b], text[at].1, params)
            {
                return None;
            }
            let reason = same_origin(&judged[a], &judged[b], params)?;
            // A shared credit joins only pairs the wire blocking proposed
            // (inside the window, one story), whichever way they met.
            if matches!(reason, OriginReason::Wire(_)) && !by_wire {
                return None;
            }
            Some(OriginLink { a, b, reason })
        })
        .collect()
}

/// Pairs sharing at least [`MIN_SHARED`] sampled shingle hashes that are
/// not stock phrasing, sorted, with how many they share.
fn text_candidates(postings: &[(u32, u32)], limit: usize) -> Vec<((usize, usize), usize)> {
    // Every co-occurrence as one u64 (a << 32 | b), sorted: a pair's count
    // is the length of its run.
    let mut meets: Vec<u64> = Vec::new();
    for run in postings.chunk_by(|x, y| x.0 == y.0) {
        if run.len() < 2 || run.len() > limit {
            continue;
        }
        for (i, &(_, a)) in run.iter().enumerate() {
            for &(_, b) in &run[i + 1..] {
                meets.push(u64::from(a) << 32 | u64::from(b));
            }
        }
    }
    meets.par_sort_unstable();
    meets
        .chunk_by(|x, y| x == y)
        .filter(|run| run.len() >= MIN_SHARED)
        .map(|run| {
            let pair = ((run[0] >> 32) as usize, (run[0] & 0xffff_ffff) as usize);
            (pair, run.len())
        })
        .collect()
}

/// Pairs crediting one named agency, inside the window and one story,
/// sorted.
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
    out.sort_unstable();
    out.dedup();
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
        let groups = origin_groups(3, &links);
        assert_eq!(groups, vec![0, 1, 0]);
        let mut roots = groups.clone();
        roots.sort_unstable();
        roots.dedup();
        assert_eq!(roots.len(), 2);
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
