//! Article text and metadata from a news web page.
//!
//! [`extract_html`] is readability-style: it parses the page as a browser
//! would (html5ever), sets aside site furniture (navigation, share bars,
//! newsletter boxes, comment forms, related-story lists, captions…), picks
//! the element whose paragraphs hold the most prose, and writes that out as
//! plain-text paragraphs. Metadata comes from Open Graph / article meta
//! tags, JSON-LD and `<time>` elements.
//!
//! It never fails and never panics: any string, HTML or not, is a page
//! (the HTML spec defines a parse for every input); a page without an
//! article gives little or empty text.

mod classify;
mod content;
mod dom;
mod jsonld;
mod meta;
mod text;

use chrono::NaiveDate;

use dom::Dom;
use meta::Meta;

/// What [`extract_html`] found on a page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlArticle {
    /// The article body as plain text, without the headline: paragraphs
    /// separated by `"\n\n"`; each heading, list item and quoted paragraph
    /// is a paragraph of its own; a single `<br>` inside a paragraph is a
    /// `"\n"`. Entities are decoded, runs of whitespace are one space,
    /// no-break spaces and curly quotes are kept as written.
    pub text: String,
    /// `og:title`, else `<title>`, else the first `<h1>`.
    pub title: Option<String>,
    /// The publication date as written on the page (time zones are not
    /// converted): `article:published_time`, else JSON-LD `datePublished`,
    /// else `itemprop="datePublished"`, else a `<time>` marked as the
    /// publication date or sitting in the article header.
    pub published: Option<NaiveDate>,
    /// `og:site_name`, else the JSON-LD publisher's name.
    pub source: Option<String>,
    /// `og:url`, else `<link rel="canonical">`, as written.
    pub url: Option<String>,
}

/// Extracts the article and its metadata from an HTML page.
#[must_use]
pub fn extract_html(html: &str) -> HtmlArticle {
    let dom = Dom::parse(html);
    let meta = Meta::read(&dom);
    let ld = jsonld::read(meta.json_ld());
    let title = meta.title();

    let skip = classify::furniture(&dom);
    let roots = content::article_roots(&dom, &skip);
    let mut paragraphs = text::paragraphs(&dom, &roots, &skip);
    paragraphs.retain(|p| text::keep(p, title.as_deref()));
    text::dedup_adjacent(&mut paragraphs);
    let paragraphs: Vec<String> = paragraphs.into_iter().map(|p| p.text).collect();

    HtmlArticle {
        text: paragraphs.join("\n\n"),
        published: meta.published(&ld),
        source: meta.source(&ld),
        url: meta.url(),
        title,
    }
}
