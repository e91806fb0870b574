//! Finding the article container: readability's idea, simplified.
//!
//! Every block's own text (text not inside a nested block) is a chunk. A
//! chunk of real prose scores for its block, its parent block, and, with
//! less weight, two more ancestors; the best-scoring element is the
//! container. Scoring parents and grandparents is what makes the element
//! *around* the paragraphs win over any single paragraph, and the decay is
//! what keeps `<body>` from winning over the article inside it. Siblings of
//! the winner that carry prose of their own (a live blog's "Key points"
//! box, a second `<section>` of the same story) are taken along.

use super::classify::{Text, text_bytes, visible_bytes};
use super::dom::{Dom, NodeId};
use super::text::is_block;

/// Chunks shorter than this (bytes of visible text) are labels, bylines
/// and buttons: they do not vote for a container.
const MIN_CHUNK: usize = 25;

/// How much a chunk counts for its block, the parent block, and the next
/// two ancestors.
const WEIGHTS: [f64; 4] = [1.0, 1.0, 0.5, 0.25];

/// A sibling whose score reaches this share of the winner's is part of it.
const SIBLING_SHARE: f64 = 0.2;

/// A sibling with at least this much prose and little link text is too.
const SIBLING_PROSE: usize = 80;
const SIBLING_MAX_LINK_SHARE: f64 = 0.25;

/// The subtrees holding the article, in document order.
pub fn article_roots(dom: &Dom, skip: &[bool]) -> Vec<NodeId> {
    let own = own_text(dom, skip);
    let score = score(dom, &own);
    let best = score
        .iter()
        .enumerate()
        .fold(None, |best: Option<(NodeId, f64)>, (id, &s)| match best {
            Some((_, b)) if b >= s => best,
            _ if s > 0.0 => Some((id, s)),
            _ => best,
        });
    let Some((top, top_score)) = best else {
        return vec![Dom::ROOT];
    };
    let Some(parent) = dom.parent(top) else {
        return vec![top];
    };
    let text = text_bytes(dom, skip);
    dom.children(parent)
        .iter()
        .copied()
        .filter(|&c| {
            c == top
                || (!skip.get(c).copied().unwrap_or(true)
                    && dom.tag(c).is_some()
                    && belongs_with(score.get(c).copied(), text.get(c), top_score))
        })
        .collect()
}

fn belongs_with(score: Option<f64>, text: Option<&Text>, top_score: f64) -> bool {
    if score.is_some_and(|s| s >= SIBLING_SHARE * top_score) {
        return true;
    }
    text.is_some_and(|t| {
        let prose = t.all.saturating_sub(t.link);
        prose >= SIBLING_PROSE && (t.link as f64) < SIBLING_MAX_LINK_SHARE * t.all as f64
    })
}

/// Each block's own text (not inside nested blocks), visible bytes outside
/// links: a block that is only links has no prose to vote with.
fn own_text(dom: &Dom, skip: &[bool]) -> Vec<usize> {
    let mut own = vec![0usize; dom.nodes.len()];
    // (node, nearest block ancestor-or-self, inside a link)
    let mut stack = vec![(Dom::ROOT, Dom::ROOT, false)];
    while let Some((id, block, in_link)) = stack.pop() {
        if skip.get(id).copied().unwrap_or(true) {
            continue;
        }
        if let Some(text) = dom.text(id) {
            if let Some(b) = own.get_mut(block).filter(|_| !in_link) {
                *b += visible_bytes(text);
            }
            continue;
        }
        let tag = dom.tag(id).unwrap_or_default();
        let block = if is_block(tag) { id } else { block };
        let in_link = in_link || tag == "a";
        stack.extend(dom.children(id).iter().rev().map(|&c| (c, block, in_link)));
    }
    own
}

/// Scores every block from the chunks in and under it.
fn score(dom: &Dom, own: &[usize]) -> Vec<f64> {
    let mut score = vec![0.0; dom.nodes.len()];
    for (id, &prose) in own.iter().enumerate() {
        if prose < MIN_CHUNK {
            continue;
        }
        for (block, weight) in block_ancestors(dom, id).zip(WEIGHTS) {
            if let Some(s) = score.get_mut(block) {
                *s += weight * prose as f64;
            }
        }
    }
    score
}

/// `id` itself, then its block ancestors (inline wrappers such as `<font>`
/// around paragraphs are skipped, so they never become the container).
fn block_ancestors(dom: &Dom, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
    std::iter::successors(Some(id), |&n| dom.parent(n))
        .filter(|&n| dom.tag(n).is_some_and(is_block))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::classify::furniture;

    fn roots_text(html: &str) -> Vec<String> {
        let dom = Dom::parse(html);
        let skip = furniture(&dom);
        article_roots(&dom, &skip)
            .into_iter()
            .map(|r| dom.subtree_text(r))
            .collect()
    }

    #[test]
    fn the_paragraph_container_wins_over_a_single_paragraph_and_body() {
        let p = "<p>A paragraph of article prose, long enough to count.</p>";
        let html = format!(
            "<body><p>Short teaser text here for the top.</p><div id=a>{p}{p}{p}{p}{p}{p}</div></body>"
        );
        let roots = roots_text(&html);
        assert_eq!(roots.len(), 1);
        assert!(roots[0].starts_with("A paragraph"));
    }

    #[test]
    fn prose_siblings_come_along() {
        let p = "<p>A paragraph of article prose, long enough to count for sure.</p>";
        let html = format!(
            "<div><div class=summary><ul><li>{p}</li><li>{p}</li></ul></div><div class=entries>{p}{p}{p}{p}</div><div><a href=x>Next story</a></div></div>"
        );
        assert_eq!(roots_text(&html).len(), 2);
    }

    #[test]
    fn a_page_without_prose_falls_back_to_everything() {
        let dom = Dom::parse("just a line");
        let skip = furniture(&dom);
        assert_eq!(article_roots(&dom, &skip), vec![Dom::ROOT]);
    }
}
