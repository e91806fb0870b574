//! The two JSON-LD facts we read: an article's `datePublished` and its
//! publisher's name.
//!
//! Pages nest the article every way schema.org allows: a bare
//! `NewsArticle`, an array of objects, a Yoast-style `@graph` whose
//! `Article` names its publisher only by `@id`, or an article as the
//! `mainEntity` of a `WebPage`. We collect every object (bounded depth),
//! prefer article-typed ones, and resolve `@id` references within the page.

use std::collections::HashMap;

use serde_json::Value;

/// Nesting deeper than this is not metadata anyone writes; stop looking.
const MAX_DEPTH: usize = 12;

#[derive(Debug, Default, PartialEq)]
pub struct JsonLd {
    /// `datePublished` as written, from an article-typed object if any has
    /// one, else from the first object that has one.
    pub date_published: Option<String>,
    pub publisher: Option<String>,
}

/// Reads all `<script type="application/ld+json">` blocks of a page.
pub fn read(scripts: &[String]) -> JsonLd {
    let values: Vec<Value> = scripts.iter().filter_map(|s| parse(s)).collect();
    let mut objects = Vec::new();
    for v in &values {
        collect(v, &mut objects);
    }
    let by_id: HashMap<&str, &Value> = objects
        .iter()
        .filter_map(|o| Some((o.get("@id")?.as_str()?, *o)))
        .collect();
    let articles: Vec<&Value> = objects.iter().copied().filter(|o| is_article(o)).collect();
    let date_published = articles
        .iter()
        .chain(objects.iter())
        .find_map(|o| o.get("datePublished")?.as_str())
        .map(str::to_string);
    let publisher = articles
        .iter()
        .filter_map(|a| a.get("publisher"))
        .find_map(|p| name_of(p, &by_id));
    JsonLd {
        date_published,
        publisher,
    }
}

/// Parses one block, forgiving what CMSes commonly get wrong: an HTML
/// comment or CDATA wrapper, and raw control characters inside strings.
fn parse(raw: &str) -> Option<Value> {
    let s = raw.trim();
    let s = s.strip_prefix("<!--").unwrap_or(s);
    let s = s.strip_suffix("-->").unwrap_or(s);
    let s = s.trim();
    let s = s.strip_prefix("//<![CDATA[").unwrap_or(s);
    let s = s.strip_suffix("//]]>").unwrap_or(s);
    serde_json::from_str(s).ok().or_else(|| {
        let cleaned: String = s
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        serde_json::from_str(&cleaned).ok()
    })
}

/// Every object in `v`, depth-first, in document order.
fn collect<'a>(v: &'a Value, out: &mut Vec<&'a Value>) {
    let mut stack = vec![(v, 0usize)];
    while let Some((v, depth)) = stack.pop() {
        if depth > MAX_DEPTH {
            continue;
        }
        match v {
            Value::Object(map) => {
                out.push(v);
                stack.extend(map.values().rev().map(|c| (c, depth + 1)));
            }
            Value::Array(items) => stack.extend(items.iter().rev().map(|c| (c, depth + 1))),
            _ => {}
        }
    }
}

/// `NewsArticle`, `Article`, `ReportageNewsArticle`, `BlogPosting`,
/// `LiveBlogPosting`…, as a string or in a list of types.
fn is_article(o: &Value) -> bool {
    let article = |t: &str| {
        let t = t.rsplit(['/', ':']).next().unwrap_or(t);
        t.ends_with("Article") || t.ends_with("BlogPosting")
    };
    match o.get("@type") {
        Some(Value::String(t)) => article(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(article),
        _ => false,
    }
}

/// A publisher's name: `{"name": …}`, a bare string, an `{"@id": …}`
/// reference to an object elsewhere on the page, or the first of a list.
fn name_of(p: &Value, by_id: &HashMap<&str, &Value>) -> Option<String> {
    let name = match p {
        Value::String(s) => Some(s.as_str()),
        Value::Object(o) => o.get("name").and_then(Value::as_str).or_else(|| {
            let id = o.get("@id")?.as_str()?;
            by_id.get(id)?.get("name")?.as_str()
        }),
        Value::Array(items) => return items.iter().find_map(|i| name_of(i, by_id)),
        _ => None,
    }?;
    let name = name.trim();
    (!name.is_empty()).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read1(json: &str) -> JsonLd {
        read(&[json.to_string()])
    }

    #[test]
    fn plain_news_article() {
        let j = read1(
            r#"{"@type":"NewsArticle","datePublished":"2025-10-17","publisher":{"@type":"Organization","name":"Gazette"}}"#,
        );
        assert_eq!(j.date_published.as_deref(), Some("2025-10-17"));
        assert_eq!(j.publisher.as_deref(), Some("Gazette"));
    }

    #[test]
    fn graph_with_publisher_by_id_prefers_the_article_date() {
        let j = read1(
            r##"{"@graph":[{"@type":"WebPage","datePublished":"2025-01-01"},
            {"@type":"Article","datePublished":"2025-10-17T09:30:00-04:00","publisher":{"@id":"#org"}},
            {"@type":"Organization","@id":"#org","name":"Dispatch"}]}"##,
        );
        assert_eq!(
            j.date_published.as_deref(),
            Some("2025-10-17T09:30:00-04:00")
        );
        assert_eq!(j.publisher.as_deref(), Some("Dispatch"));
    }

    #[test]
    fn article_as_main_entity_and_type_lists() {
        let j = read1(
            r#"[{"@type":"WebPage","mainEntity":{"@type":["NewsArticle"],"datePublished":"2025-10-20","publisher":"Wire"}}]"#,
        );
        assert_eq!(j.date_published.as_deref(), Some("2025-10-20"));
        assert_eq!(j.publisher.as_deref(), Some("Wire"));
    }

    #[test]
    fn sloppy_blocks_still_parse() {
        let j = read1(
            "<!--\n{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-10-17\",\"headline\":\"a\nb\"}\n-->",
        );
        assert_eq!(j.date_published.as_deref(), Some("2025-10-17"));
        assert_eq!(read1("{not json"), JsonLd::default());
    }
}
