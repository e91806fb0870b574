//! Message templates: `{a.source} reports {a.text}; {b.source} reports {b.text}`.
//!
//! Placeholders name a side of the finding (`a`: the claim most sources back,
//! `b`: the claim that disagrees) and a field, or a finding-wide value:
//!
//! | placeholder | text |
//! |---|---|
//! | `{a.text}`, `{b.text}` | the claim as written ("$66.5 billion") |
//! | `{a.source}`, `{b.source}` | the outlet of that claim |
//! | `{a.sources}`, `{b.sources}` | every outlet on that side, joined |
//! | `{a.doc}`, `{b.doc}` | the document id |
//! | `{a.sentence}`, `{b.sentence}` | the sentence holding the claim |
//! | `{measure}`, `{kind}`, `{key}` | what the claims are about |
//! | `{a.value}`, `{b.value}` | the value as read ("2025-10-16") |
//! | `{a.speaker}`, `{b.speaker}` | a quote's speaker |
//! | `{a.quote}`, `{b.quote}` | a quote's words |
//! | `{diff}` | a misquote's word diff: `[-removed-] {+added+}` |
//! | `{rule}`, `{sources}` | the rule id; every outlet involved |
//! | `{preferred}` | name-variant: the entity's preferred name |
//! | `{variants}`, `{spellings}` | name-variant: the variant spellings used, and the other names used, each with its outlets |
//! | `{entity}` | name-variant: the entity's id |
//! | `{match}` | pattern: the words that matched |

/// Every placeholder a message may use.
pub const PLACEHOLDERS: &[&str] = &[
    "a.doc",
    "a.quote",
    "a.sentence",
    "a.source",
    "a.sources",
    "a.speaker",
    "a.text",
    "a.value",
    "b.doc",
    "b.quote",
    "b.sentence",
    "b.source",
    "b.sources",
    "b.speaker",
    "b.text",
    "b.value",
    "diff",
    "entity",
    "key",
    "kind",
    "match",
    "measure",
    "preferred",
    "rule",
    "sources",
    "spellings",
    "status",
    "variants",
];

/// The placeholders in `template`, with their byte offsets, or the offset of
/// an unclosed brace.
pub fn placeholders(template: &str) -> Result<Vec<(usize, &str)>, usize> {
    let mut out = Vec::new();
    let mut rest = template;
    let mut offset = 0;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return Err(offset + open);
        };
        out.push((offset + open, after[..close].trim()));
        offset += open + close + 2;
        rest = &after[close + 1..];
    }
    Ok(out)
}

/// Fills the template; `lookup` gives each placeholder's text.
pub fn render(template: &str, lookup: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                out.push_str(&lookup(after[..close].trim()));
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_and_fills_placeholders() {
        let t = "{a.source} reports {a.text}; {b.source}";
        assert_eq!(
            placeholders(t)
                .unwrap()
                .iter()
                .map(|p| p.1)
                .collect::<Vec<_>>(),
            ["a.source", "a.text", "b.source"]
        );
        assert_eq!(
            render(t, |p| p.to_uppercase()),
            "A.SOURCE reports A.TEXT; B.SOURCE"
        );
        assert_eq!(placeholders("oops {a.text"), Err(5));
        assert!(PLACEHOLDERS.windows(2).all(|w| w[0] < w[1]));
    }
}
