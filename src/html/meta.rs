//! Page metadata: title, publication date, outlet and URL.
//!
//! One walk over the whole document collects every candidate; the
//! precedence between them is decided afterwards, in one place
//! ([`Meta::published`] and friends), so it reads like the spec it follows.

use chrono::NaiveDate;

use super::dom::{Dom, NodeId};
use super::jsonld;
use super::text::{collapse, is_block};

/// `<meta>` keys (property or name, lowercased) that carry the publication
/// time of the article. `itemprop="datePublished"` is read separately.
const PUBLISHED_KEYS: &[&str] = &["article:published_time", "og:article:published_time"];

/// Class tokens that mark a `<time>` as the publication date.
const PUBLISHED_CLASSES: &[&str] = &["published", "pubdate", "entry-date"];

/// Class/id tokens of an element that holds an article's header.
const HEADER_TOKENS: &[&str] = &["header", "head", "meta", "byline", "info", "dateline"];

/// How far up from a `<time>` we look for an article header.
const HEADER_DEPTH: usize = 6;

/// Everything found in one walk, before precedence is applied.
#[derive(Debug, Default)]
pub struct Meta {
    og_title: Option<String>,
    html_title: Option<String>,
    h1: Option<String>,
    og_site_name: Option<String>,
    og_url: Option<String>,
    canonical: Option<String>,
    meta_published: Option<String>,
    itemprop_published: Option<String>,
    time_published: Option<String>,
    time_in_header: Option<String>,
    json_ld: Vec<String>,
}

impl Meta {
    pub fn read(dom: &Dom) -> Meta {
        let mut m = Meta::default();
        for id in dom.preorder(Dom::ROOT) {
            match dom.tag(id) {
                Some("meta") => {
                    m.meta_tag(dom, id);
                    m.dated_element(dom, id);
                }
                Some("link") => m.link_tag(dom, id),
                Some("title") if m.html_title.is_none() => {
                    m.html_title = non_empty(collapse(&dom.subtree_text(id)));
                }
                Some("h1") if m.h1.is_none() => m.h1 = non_empty(own_text(dom, id)),
                Some("script") if is_json_ld(dom, id) => m.json_ld.push(dom.subtree_text(id)),
                Some(_) => m.dated_element(dom, id),
                None => {}
            }
        }
        m
    }

    fn meta_tag(&mut self, dom: &Dom, id: NodeId) {
        let Some(content) = dom.attr(id, "content").map(str::trim) else {
            return;
        };
        let key = ["property", "name"]
            .iter()
            .find_map(|a| dom.attr(id, a))
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        let slot = match key.as_str() {
            "og:title" => &mut self.og_title,
            "og:site_name" => &mut self.og_site_name,
            "og:url" => &mut self.og_url,
            k if PUBLISHED_KEYS.contains(&k) => &mut self.meta_published,
            _ => return,
        };
        if slot.is_none() {
            *slot = non_empty(collapse(content));
        }
    }

    fn link_tag(&mut self, dom: &Dom, id: NodeId) {
        let canonical = dom.attr(id, "rel").is_some_and(|r| {
            r.split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case("canonical"))
        });
        if canonical && self.canonical.is_none() {
            self.canonical = dom
                .attr(id, "href")
                .and_then(|h| non_empty(h.trim().to_string()));
        }
    }

    /// `itemprop="datePublished"` on any element, and `<time datetime>`.
    fn dated_element(&mut self, dom: &Dom, id: NodeId) {
        let value = dom.attr(id, "datetime").or_else(|| dom.attr(id, "content"));
        let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
            return;
        };
        let value = Some(value.to_string());
        if dom
            .attr(id, "itemprop")
            .is_some_and(|p| p.trim().eq_ignore_ascii_case("datePublished"))
        {
            self.itemprop_published = self.itemprop_published.take().or(value);
            return;
        }
        if !dom.is_tag(id, "time") || dom.attr(id, "datetime").is_none() {
            return;
        }
        if dom.attr(id, "pubdate").is_some() || has_class(dom, id, PUBLISHED_CLASSES) {
            self.time_published = self.time_published.take().or(value);
        } else if in_header(dom, id) {
            self.time_in_header = self.time_in_header.take().or(value);
        }
    }

    pub fn title(&self) -> Option<String> {
        first([&self.og_title, &self.html_title, &self.h1])
    }

    pub fn url(&self) -> Option<String> {
        first([&self.og_url, &self.canonical])
    }

    /// og:site_name, else the JSON-LD publisher.
    pub fn source(&self, ld: &jsonld::JsonLd) -> Option<String> {
        first([&self.og_site_name, &ld.publisher])
    }

    /// The first candidate, in order of how deliberately a site states it,
    /// that holds a valid date.
    pub fn published(&self, ld: &jsonld::JsonLd) -> Option<NaiveDate> {
        [
            &self.meta_published,
            &ld.date_published,
            &self.itemprop_published,
            &self.time_published,
            &self.time_in_header,
        ]
        .into_iter()
        .flatten()
        .find_map(|s| parse_date(s))
    }

    pub fn json_ld(&self) -> &[String] {
        &self.json_ld
    }
}

/// The calendar date at the start of an ISO 8601 date or date-time, as
/// written: "2025-10-17T23:30:00-04:00" is Oct. 17 whatever the zone.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let date = s.get(..10)?;
    let rest = s.get(10..)?;
    if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
        return None;
    }
    let b = date.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if !(digits(0..4)
        && digits(5..7)
        && digits(8..10)
        && b.get(4) == Some(&b'-')
        && b.get(7) == Some(&b'-'))
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| date.get(r)?.parse::<u32>().ok();
    let year = i32::try_from(num(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, num(5..7)?, num(8..10)?)
}

fn first<const N: usize>(candidates: [&Option<String>; N]) -> Option<String> {
    candidates.into_iter().flatten().next().cloned()
}

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

fn is_json_ld(dom: &Dom, id: NodeId) -> bool {
    dom.attr(id, "type")
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
}

/// A heading's own words: text in nested blocks is not part of it (an
/// unclosed `<h1>` swallows the rest of the page).
fn own_text(dom: &Dom, h: NodeId) -> String {
    let mut text = String::new();
    let mut stack: Vec<NodeId> = dom.children(h).iter().rev().copied().collect();
    while let Some(id) = stack.pop() {
        if let Some(t) = dom.text(id) {
            text.push_str(t);
        } else if dom
            .tag(id)
            .is_some_and(|t| !is_block(t) && t != "script" && t != "style")
        {
            stack.extend(dom.children(id).iter().rev());
        }
    }
    collapse(&text)
}

fn class_tokens(dom: &Dom, id: NodeId) -> impl Iterator<Item = String> + '_ {
    let class = dom.attr(id, "class").unwrap_or_default();
    let id_attr = dom.attr(id, "id").unwrap_or_default();
    class
        .split_ascii_whitespace()
        .chain(id_attr.split_ascii_whitespace())
        .flat_map(|name| name.split(['-', '_']))
        .map(str::to_ascii_lowercase)
}

fn has_class(dom: &Dom, id: NodeId, wanted: &[&str]) -> bool {
    let class = dom
        .attr(id, "class")
        .unwrap_or_default()
        .to_ascii_lowercase();
    class.split_ascii_whitespace().any(|c| wanted.contains(&c))
        || class_tokens(dom, id).any(|t| wanted.contains(&t.as_str()))
}

/// Inside a `<header>` or an element named like an article header or byline.
fn in_header(dom: &Dom, id: NodeId) -> bool {
    std::iter::successors(dom.parent(id), |&p| dom.parent(p))
        .take(HEADER_DEPTH)
        .any(|p| {
            dom.is_tag(p, "header")
                || class_tokens(dom, p).any(|t| HEADER_TOKENS.contains(&t.as_str()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_taken_as_written() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(parse_date("2025-10-17"), d(2025, 10, 17));
        assert_eq!(parse_date(" 2025-10-17T09:30:00Z "), d(2025, 10, 17));
        assert_eq!(parse_date("2025-10-17T23:30:00-04:00"), d(2025, 10, 17));
        assert_eq!(parse_date("2025-10-17 09:30"), d(2025, 10, 17));
        assert_eq!(parse_date("2025-02-30"), None);
        assert_eq!(parse_date("2025-10-1"), None);
        assert_eq!(parse_date("20251017"), None);
        assert_eq!(parse_date("October 17, 2025"), None);
        assert_eq!(parse_date("2025-10-17é"), None);
        assert_eq!(parse_date("+025-10-17"), None);
    }
}
