//! Deciding which subtrees are site furniture rather than article.
//!
//! Four kinds of evidence, cheapest first: tags that never hold article
//! text (`<script>`, `<form>`, `<nav>`…), ARIA roles and hidden markers,
//! names (class, id, `data-component`: "share-bar", "jp-relatedposts",
//! "RelatedLinks"), and blocks that are mostly link text (lists of other
//! stories, whatever they are called). Names are split into tokens on
//! `-`/`_` and camelCase humps and matched whole, so "ad" catches "ad-slot"
//! and "AdSlot" but not "shadow" or "header".
//!
//! A section that opens with a heading such as "47 Comments", "Related
//! stories" or "Most read" is furniture whatever its markup: that heading
//! is how a reader recognises it, and it works where class names are
//! hashed ("ssrcss-1rv3ah") or generic ("box", "c").
//!
//! Names lie, though: a WordPress `<body>` carries "has-sidebar", an
//! ASP.NET page wraps everything in one `<form>`. So nothing except
//! non-text tags is dropped when it holds at least half of the page's text:
//! whatever the markup says, that is where the article is.

use super::dom::{Dom, NodeId};
use super::text::is_block;

/// Subtrees with no readable text at all: dropped unconditionally.
const JUNK_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "canvas", "video", "audio", "head", "title", "select", "textarea", "input", "button", "option",
    "datalist", "dialog",
];

/// Tags that are site furniture unless they hold the article.
#[rustfmt::skip]
const FURNITURE_TAGS: &[&str] = &["nav", "aside", "footer", "form", "figcaption", "menu"];

/// ARIA landmark and widget roles of page chrome.
const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "dialog",
    "alertdialog",
    "alert",
    "search",
    "menu",
    "menubar",
    "toolbar",
    "marquee",
];

/// Name tokens of furniture, matched against each `-`/`_`/camelCase part
/// of every class name, id and `data-component`.
#[rustfmt::skip]
const FURNITURE_TOKENS: &[&str] = &[
    // ads and promotions
    "ad", "ads", "adv", "advert", "advertisement", "advertising", "adsbygoogle", "adsbox",
    "adunit", "sponsor", "sponsored", "promo", "promotion", "banner", "outbrain", "taboola",
    "donate", "paywall",
    // navigation and page chrome
    "nav", "navbar", "navigation", "topnav", "menu", "submenu", "breadcrumb", "breadcrumbs",
    "masthead", "footer", "sidebar", "rail", "widget", "widgets", "topbar", "toolbar",
    "tools", "skip", "pagination", "pager", "ticker", "modal", "popup", "overlay", "alert",
    "error", "print",
    // sharing, newsletters, consent
    "share", "shares", "sharing", "sharebar", "sharedaddy", "social", "newsletter",
    "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "onetrust",
    // other stories
    "related", "relatedposts", "recommended", "recommendations", "trending", "popular",
    // comments
    "comment", "comments", "commentform", "respond", "reply", "disqus", "discussion",
    // article furniture around the text
    "author", "byline", "bio", "meta", "date", "pubdate", "timestamp", "updated", "tags",
    "caption", "credit", "credits", "kicker", "label", "links",
];

/// Names of header blocks: furniture (logo, byline, date) unless they hold
/// a subheading, as each update of a live blog does.
const HEADER_TOKENS: &[&str] = &["header"];

/// Attributes whose values name a component like a class does.
const NAME_ATTRS: &[&str] = &[
    "class",
    "id",
    "data-component",
    "data-testid",
    "data-module",
];

/// A block whose text is at least this share link text is a list of links
/// (other stories, topics, sharing), headings included.
const MAX_LINK_SHARE: f64 = 0.6;

/// Whole class names of furniture whose parts are innocent on their own.
const FURNITURE_NAMES: &[&str] = &[
    "most-read",
    "mostread",
    "read-also",
    "read-more",
    "readmore",
    "more-news",
    "more-stories",
    "more-from",
    "load-more",
    "post-navigation",
    "nav-links",
    "screen-reader-text",
    "sr-only",
    "visually-hidden",
];

/// Headings that open a furniture section, compared after lowercasing and
/// dropping digits and punctuation ("47 Comments" → "comments").
const FURNITURE_HEADINGS: &[&str] = &[
    "comments",
    "comment",
    "leave a reply",
    "leave a comment",
    "join the discussion",
    "related",
    "related stories",
    "related articles",
    "related coverage",
    "related content",
    "related topics",
    "related links",
    "more on this story",
    "more stories",
    "more news",
    "most read",
    "most viewed",
    "most popular",
    "trending",
    "trending now",
    "recommended",
    "recommended for you",
    "you may also like",
    "you might also like",
    "read more",
    "read also",
    "also read",
    "see also",
    "latest news",
    "top stories",
    "editors picks",
    "share this article",
    "tags",
];

/// Heading openings of furniture sections ("More from Economy").
const FURNITURE_HEADING_PREFIXES: &[&str] = &["more from ", "more in ", "most read in "];

/// Tags that class names alone never remove: they *are* the document or
/// its declared main content.
const TRUSTED_TAGS: &[&str] = &["html", "body", "main", "article"];

/// Per node: true if the node and everything under it is not article text.
pub fn furniture(dom: &Dom) -> Vec<bool> {
    let junk = junk(dom);
    let text = text_bytes(dom, &junk);
    let total = text.get(Dom::ROOT).map_or(0, |t| t.all);
    let mut skip = junk;
    for section in headed_sections(dom, &text, total) {
        if let Some(s) = skip.get_mut(section) {
            *s = true;
        }
    }
    let mut stack = vec![Dom::ROOT];
    while let Some(id) = stack.pop() {
        if skip.get(id).copied().unwrap_or(true) {
            continue;
        }
        let t = text.get(id).copied().unwrap_or_default();
        let holds_article = t.all * 2 >= total && total > 0;
        if !holds_article && (is_furniture(dom, id) || is_link_block(dom, id, t)) {
            if let Some(s) = skip.get_mut(id) {
                *s = true;
            }
            continue;
        }
        stack.extend(dom.children(id));
    }
    // Mark the descendants of every skipped node too, so callers can test
    // any node without walking up.
    for id in dom.preorder(Dom::ROOT) {
        let parent_skipped = dom
            .parent(id)
            .is_some_and(|p| skip.get(p).copied().unwrap_or(false));
        if parent_skipped && let Some(s) = skip.get_mut(id) {
            *s = true;
        }
    }
    skip
}

/// Sections opened by a furniture heading: from each such heading, the
/// outermost ancestor that it opens (its first child with text, all the
/// way up) and that does not hold the article. A heading that opens
/// nothing is dropped alone.
fn headed_sections(dom: &Dom, text: &[Text], total: usize) -> Vec<NodeId> {
    let holds_article = |id: NodeId| text.get(id).is_some_and(|t| t.all * 2 >= total);
    let mut sections = Vec::new();
    for h in dom.preorder(Dom::ROOT) {
        let is_heading = dom
            .tag(h)
            .is_some_and(|t| matches!(t, "h2" | "h3" | "h4" | "h5" | "h6"));
        if !is_heading || !is_furniture_heading(&dom.subtree_text(h)) {
            continue;
        }
        let mut top = h;
        while let Some(parent) = dom.parent(top) {
            let trusted = dom.tag(parent).is_none_or(|t| TRUSTED_TAGS.contains(&t));
            if trusted || holds_article(parent) || first_with_text(dom, text, parent) != Some(top) {
                break;
            }
            top = parent;
        }
        if !holds_article(top) {
            sections.push(top);
        }
    }
    sections
}

fn first_with_text(dom: &Dom, text: &[Text], id: NodeId) -> Option<NodeId> {
    dom.children(id)
        .iter()
        .copied()
        .find(|&c| text.get(c).is_some_and(|t| t.all > 0))
}

fn is_furniture_heading(heading: &str) -> bool {
    let words: String = heading
        .chars()
        .filter(|c| c.is_alphabetic() || c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    FURNITURE_HEADINGS.contains(&words.as_str())
        || FURNITURE_HEADING_PREFIXES
            .iter()
            .any(|p| words.starts_with(p))
}

/// Nodes under a tag that never holds readable text (or a comment/doctype).
fn junk(dom: &Dom) -> Vec<bool> {
    let mut junk = vec![false; dom.nodes.len()];
    for id in dom.preorder(Dom::ROOT) {
        let parent_junk = dom
            .parent(id)
            .is_some_and(|p| junk.get(p).copied().unwrap_or(false));
        let own = dom.tag(id).is_some_and(|t| JUNK_TAGS.contains(&t));
        if let Some(j) = junk.get_mut(id) {
            *j = parent_junk || own;
        }
    }
    junk
}

/// Visible text under a node: all of it, and the part inside links.
#[derive(Debug, Default, Clone, Copy)]
pub struct Text {
    pub all: usize,
    pub link: usize,
}

/// Bytes of non-whitespace text under each node, skipped nodes excluded.
pub fn text_bytes(dom: &Dom, skip: &[bool]) -> Vec<Text> {
    let mut text = vec![Text::default(); dom.nodes.len()];
    for id in dom.preorder(Dom::ROOT).into_iter().rev() {
        if skip.get(id).copied().unwrap_or(true) {
            continue;
        }
        let own = dom.text(id).map_or(0, visible_bytes);
        let (all, link) = dom
            .children(id)
            .iter()
            .filter_map(|&c| text.get(c))
            .fold((own, 0), |(a, l), c| (a + c.all, l + c.link));
        let link = if dom.is_tag(id, "a") { all } else { link };
        if let Some(t) = text.get_mut(id) {
            *t = Text { all, link };
        }
    }
    text
}

/// A container that is mostly links. Paragraph-level elements are left to
/// the paragraph filter, which sees the same ratio with their exact text.
fn is_link_block(dom: &Dom, id: NodeId, t: Text) -> bool {
    let container = dom.tag(id).is_some_and(|tag| {
        is_block(tag)
            && !matches!(
                tag,
                "p" | "li" | "td" | "th" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
            )
    });
    container && t.all > 0 && t.link as f64 >= MAX_LINK_SHARE * t.all as f64
}

pub fn visible_bytes(s: &str) -> usize {
    s.bytes().filter(|b| !b.is_ascii_whitespace()).count()
}

fn is_furniture(dom: &Dom, id: NodeId) -> bool {
    let Some(tag) = dom.tag(id) else {
        return false;
    };
    if FURNITURE_TAGS.contains(&tag) && !(tag == "footer" && in_blockquote(dom, id)) {
        return true;
    }
    let is_header =
        tag == "header" || (!TRUSTED_TAGS.contains(&tag) && has_name(dom, id, HEADER_TOKENS));
    if is_header && !has_subheading(dom, id) {
        return true;
    }
    if is_hidden(dom, id) {
        return true;
    }
    if dom
        .attr(id, "role")
        .is_some_and(|r| FURNITURE_ROLES.contains(&r.trim().to_ascii_lowercase().as_str()))
    {
        return true;
    }
    !TRUSTED_TAGS.contains(&tag)
        && dom.attr(id, "itemprop") != Some("articleBody")
        && has_name(dom, id, FURNITURE_TOKENS)
}

/// Whether an `<h2>`…`<h6>` is anywhere under `id`.
fn has_subheading(dom: &Dom, id: NodeId) -> bool {
    dom.preorder(id).into_iter().any(|d| {
        dom.tag(d)
            .is_some_and(|t| matches!(t, "h2" | "h3" | "h4" | "h5" | "h6"))
    })
}

/// A `<footer>` inside a quote holds its attribution, which is text.
fn in_blockquote(dom: &Dom, id: NodeId) -> bool {
    std::iter::successors(dom.parent(id), |&p| dom.parent(p)).any(|p| dom.is_tag(p, "blockquote"))
}

fn is_hidden(dom: &Dom, id: NodeId) -> bool {
    if dom.attr(id, "hidden").is_some() || dom.attr(id, "aria-hidden") == Some("true") {
        return true;
    }
    dom.attr(id, "style").is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

/// Whether a class name, id or `data-component` of `id` is one of
/// [`FURNITURE_NAMES`] or has a part in `tokens`.
fn has_name(dom: &Dom, id: NodeId, tokens: &[&str]) -> bool {
    NAME_ATTRS
        .iter()
        .filter_map(|a| dom.attr(id, a))
        .flat_map(str::split_ascii_whitespace)
        .any(|name| is_name(name, tokens))
}

fn is_name(name: &str, tokens: &[&str]) -> bool {
    let lower = name.to_ascii_lowercase();
    FURNITURE_NAMES.contains(&lower.as_str())
        || name
            .split(['-', '_'])
            .flat_map(camel_humps)
            .any(|token| tokens.contains(&token.to_ascii_lowercase().as_str()))
}

/// "RelatedLinks" → "Related", "Links"; "AdSlot" → "Ad", "Slot";
/// "shareBar" → "share", "Bar". All-caps runs stay whole ("CNN").
fn camel_humps(part: &str) -> Vec<&str> {
    let mut humps = Vec::new();
    let mut start = 0;
    let mut prev_lower = false;
    for (i, c) in part.char_indices() {
        if c.is_ascii_uppercase() && prev_lower {
            humps.extend(part.get(start..i));
            start = i;
        }
        prev_lower = c.is_ascii_lowercase();
    }
    humps.extend(part.get(start..).filter(|rest| !rest.is_empty()));
    humps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_whole_tokens() {
        let is_furniture_name = |n| is_name(n, FURNITURE_TOKENS);
        assert!(is_furniture_name("share-tools"));
        assert!(is_furniture_name("jp-relatedposts"));
        assert!(is_furniture_name("td-warning-comment"));
        assert!(is_furniture_name("Most-Read"));
        assert!(!is_furniture_name("shadow"));
        assert!(!is_furniture_name("page-header"));
        assert!(is_name("live-post-header", HEADER_TOKENS));
        assert!(!is_furniture_name("story-body"));
        assert!(!is_furniture_name("entry-content"));
        assert!(!is_furniture_name("liveblog-post"));
        assert!(is_furniture_name("RelatedLinks-title"));
        assert!(is_furniture_name("AdvertisementSlot"));
        assert!(is_furniture_name("shareBar"));
        assert!(!is_furniture_name("RichTextStoryBody"));
        assert!(!is_furniture_name("Shadowbox"));
    }

    #[test]
    fn furniture_headings_ignore_counts_and_case() {
        assert!(is_furniture_heading("47 Comments"));
        assert!(is_furniture_heading("Comments (12)"));
        assert!(is_furniture_heading("  More from   Economy "));
        assert!(is_furniture_heading("Editor’s picks"));
        assert!(!is_furniture_heading("Comments from the minister"));
        assert!(!is_furniture_heading("What the package contains"));
    }

    #[test]
    fn camel_humps_split_words() {
        let humps = camel_humps;
        assert_eq!(humps("RelatedLinks"), ["Related", "Links"]);
        assert_eq!(humps("shareBar"), ["share", "Bar"]);
        assert_eq!(humps("CNN"), ["CNN"]);
        assert_eq!(humps("a"), ["a"]);
        assert!(humps("").is_empty());
    }

    #[test]
    fn a_container_holding_most_text_survives_its_name() {
        let body = "Words of the article. ".repeat(20);
        let dom = Dom::parse(&format!(
            "<div class='has-sidebar'><p>{body}</p></div><div class='sidebar'><p>Most read</p></div>"
        ));
        let skip = furniture(&dom);
        let divs: Vec<_> = dom
            .preorder(Dom::ROOT)
            .into_iter()
            .filter(|&id| dom.is_tag(id, "div"))
            .collect();
        assert_eq!(divs.len(), 2);
        assert!(!skip[divs[0]]);
        assert!(skip[divs[1]]);
    }
}
