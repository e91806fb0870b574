//! The number layer seen as Recognizers-Text models see it: every number,
//! every range, every percentage and every amount of money in a text, with
//! no judgement about whether anyone claimed it.
//!
//! The figure extractor is stricter (it drops years, codes and counts of
//! nothing); these functions exist so the layer under it can be scored on
//! the Recognizers-Text specifications (`tests/recognizers.rs`).

use std::ops::Range;

use super::currency;
use super::figure::{self, Link};
use super::number::{self, Number};
use crate::document::normalize;
use crate::model::{ClaimKind, Qualifier};

/// One recognized mention. Spans are byte ranges into the text given.
#[derive(Debug, Clone, PartialEq)]
pub struct Recognized {
    pub span: Range<usize>,
    /// The number, the percentage (40 for "40%") or the amount of money in
    /// its currency's main unit; `None` for a bare "percent" or "dollars".
    pub value: Option<f64>,
    /// Range bounds, `None` when open-ended.
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// ISO currency for money.
    pub currency: Option<&'static str>,
}

impl Recognized {
    fn value(span: Range<usize>, value: Option<f64>) -> Self {
        Recognized {
            span,
            value,
            low: None,
            high: None,
            currency: None,
        }
    }
}

/// Runs `f` on the normalized text and maps spans back to `text`.
fn on_normalized(text: &str, f: impl Fn(&str) -> Vec<Recognized>) -> Vec<Recognized> {
    let norm = normalize(text);
    let mut out = f(&norm.text);
    for r in &mut out {
        r.span = norm.to_original(r.span.start)..norm.to_original(r.span.end);
    }
    out
}

fn numbers_of(s: &str) -> Vec<Number> {
    number::scan(s)
        .into_iter()
        .filter(|n| n.vague.is_none())
        .filter(|n| !n.ambiguous_scale || currency::before(&s[..n.span.start]).is_some())
        .collect()
}

/// Every number: "68,000", "sixty-eight thousand", "a third", "10k".
pub fn numbers(text: &str) -> Vec<Recognized> {
    on_normalized(text, |s| {
        numbers_of(s)
            .into_iter()
            .map(|n| Recognized::value(n.span, Some(n.value)))
            .collect()
    })
}

/// Every percentage, and "percent" named with no number.
pub fn percents(text: &str) -> Vec<Recognized> {
    on_normalized(text, |s| {
        let mut out: Vec<Recognized> = Vec::new();
        for n in numbers_of(s) {
            let a = figure::amount(s, &n);
            if a.kind == ClaimKind::Percent {
                out.push(Recognized::value(a.span, Some(a.value)));
            }
        }
        for (word, at) in bare_words(s) {
            let lower = word.to_ascii_lowercase();
            if !matches!(lower.as_str(), "percent" | "percentage" | "per" | "pct") {
                continue;
            }
            let mut end = at + word.len();
            if lower == "per" {
                if !s[end..].to_ascii_lowercase().starts_with(" cent") {
                    continue;
                }
                end += 5;
            }
            if out.iter().any(|r| r.span.start < end && at < r.span.end) {
                continue;
            }
            // "per cent of 210": the number follows.
            let mut value = None;
            let rest = &s[end..];
            if let Some(of) = rest.strip_prefix(" of ")
                && let Some(n) = number::scan(of).first().filter(|n| n.span.start == 0)
            {
                value = Some(n.value);
                end += 4 + n.span.end;
            }
            out.push(Recognized::value(at..end, value));
        }
        for (k, _) in s.match_indices('%') {
            if !out.iter().any(|r| r.span.start <= k && k < r.span.end) {
                out.push(Recognized::value(k..k + 1, None));
            }
        }
        out.sort_by_key(|r| r.span.start);
        out
    })
}

/// Words of ASCII letters with their byte offsets.
fn bare_words(s: &str) -> impl Iterator<Item = (&str, usize)> {
    s.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(move |w| (w, w.as_ptr() as usize - s.as_ptr() as usize))
}

/// Every amount of money, and currencies named with no amount.
pub fn currencies(text: &str) -> Vec<Recognized> {
    on_normalized(text, |s| {
        let mut out: Vec<Recognized> = Vec::new();
        for n in numbers_of(s) {
            if out.last().is_some_and(|r| n.span.start < r.span.end) {
                continue;
            }
            let a = figure::amount(s, &n);
            if a.kind == ClaimKind::Money {
                out.push(Recognized {
                    currency: a.unit,
                    ..Recognized::value(a.span, Some(a.value))
                });
            }
        }
        for (word, at) in bare_words(s) {
            let end = at + word.len();
            if out.iter().any(|r| r.span.start < end && at < r.span.end) {
                continue;
            }
            if let Some(code) = currency::bare_word(word) {
                out.push(Recognized {
                    currency: Some(code),
                    ..Recognized::value(at..end, None)
                });
            }
        }
        out.sort_by_key(|r| r.span.start);
        out
    })
}

/// A bound read around one number: its qualifier and the span it covers.
fn bound_of(s: &str, n: &Number) -> Option<(Option<f64>, Option<f64>, Range<usize>)> {
    let before = &s[..n.span.start];
    let lower = before.trim_end().to_ascii_lowercase();
    let equal = figure::EQUALS
        .iter()
        .find(|e| lower.ends_with(*e) && !lower.ends_with(&format!("or {e}")))
        .map(|e| lower.len() - e.len());
    let q_before = figure::bound_before(before);
    let q_after = figure::bound_after(&s[n.span.end..]);
    let v = n.value;
    let (q, start) = match (q_before, equal) {
        (Some((q, k)), _) => (Some(q), k),
        (None, Some(k)) => (None, k),
        (None, None) => (None, n.span.start),
    };
    let end = n.span.end + q_after.map_or(0, |(_, len)| len);
    let q = match (q, q_after.map(|(q, _)| q)) {
        (Some(Qualifier::Over), Some(Qualifier::AtLeast)) => Some(Qualifier::AtLeast),
        (Some(q), _) => Some(q),
        (None, a) => a,
    };
    let (low, high) = match q {
        Some(Qualifier::Over | Qualifier::AtLeast) => (Some(v), None),
        Some(Qualifier::Under | Qualifier::UpTo) => (None, Some(v)),
        Some(Qualifier::About | Qualifier::Nearly) => return None,
        None if equal.is_some() => (Some(v), Some(v)),
        None => return None,
    };
    Some((low, high, start..end))
}

/// Every range: "between 20 and 30", "1000-5000", "more than 30", "up to
/// 700", "larger than 10 and smaller than 20", "200 or more".
pub fn ranges(text: &str) -> Vec<Recognized> {
    on_normalized(text, |s| {
        let nums = numbers_of(s);
        let mut out: Vec<Recognized> = Vec::new();
        let mut i = 0;
        while i < nums.len() {
            let a = &nums[i];
            if let Some(b) = nums.get(i + 1)
                && let Some(link) = figure::range_link(&s[a.span.end..b.span.start])
            {
                let opener = figure::range_opener(&s[..a.span.start]);
                if (link == Link::Dash || opener.is_some()) && a.value < b.value {
                    out.push(Recognized {
                        low: Some(a.value),
                        high: Some(b.value),
                        ..Recognized::value(opener.unwrap_or(a.span.start)..b.span.end, None)
                    });
                    i += 2;
                    continue;
                }
            }
            if let Some((low, high, span)) = bound_of(s, a) {
                // "larger than 10 and smaller than 20": one range.
                if let Some(b) = nums.get(i + 1)
                    && let Some((blow, bhigh, bspan)) = bound_of(s, b)
                    && matches!(
                        s[span.end..bspan.start]
                            .trim()
                            .to_ascii_lowercase()
                            .as_str(),
                        "and" | "but"
                    )
                {
                    let (lo, hi) = (low.or(blow), high.or(bhigh));
                    let one_each =
                        low.is_some() != blow.is_some() && high.is_some() != bhigh.is_some();
                    if one_each && lo.zip(hi).is_some_and(|(l, h)| l < h) {
                        out.push(Recognized {
                            low: lo,
                            high: hi,
                            ..Recognized::value(span.start..bspan.end, None)
                        });
                        i += 2;
                        continue;
                    }
                }
                out.push(Recognized {
                    low,
                    high,
                    ..Recognized::value(span, None)
                });
            }
            i += 1;
        }
        out
    })
}
