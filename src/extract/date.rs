//! Finds and resolves date expressions in English news sentences.
//!
//! Pipeline: a cheap prefilter (any ASCII digit, or an Aho-Corasick hit on
//! month/weekday/relative words) → tokenizer (`lex`) → a hand-written token
//! grammar (`grammar`, `relative`, `period`) producing an unresolved
//! expression → resolution against the publication date (`resolve`), with the
//! sentence's tense (`tense`) deciding between past and future readings.
//!
//! Precision comes first: bare numbers, durations ("a 30-day ceasefire"),
//! clock times and counts are never dates; a bare year needs a preposition.

mod absolute;
mod calendar;
mod expr;
mod grammar;
mod holiday;
mod lex;
mod period;
mod range;
mod relative;
mod resolve;
mod tense;
#[cfg(test)]
mod tests;

use aho_corasick::AhoCorasick;
use chrono::NaiveDate;
use std::ops::Range;
use std::sync::LazyLock;

/// The claim model's grain: one list of grains for extraction and output.
pub use crate::model::DateGrain as Grain;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range of the date expression inside the `sentence` string passed in
    /// (e.g. "on Thursday" → span of "Thursday"; includes "last"/"next"/"early"/"mid-"
    /// modifiers, not the preposition "on"/"in").
    pub span: Range<usize>,
    /// Inclusive first and last day; None when the mention is relative and there is no reference date.
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub grain: Grain,
    /// True when it depends on the reference (published) date: weekdays, yesterday,
    /// last week, "February 12" without a year, etc.
    pub relative: bool,
    /// The tense of the nearest verb: "will meet on Tuesday" is future.
    pub tense: Tense,
}

/// How to read all-numeric dates such as "02/03/2025".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumericOrder {
    MonthDay,
    DayMonth,
}

#[derive(Debug, Clone, Copy)]
pub struct DatePrefs {
    pub numeric_order: NumericOrder,
}

impl Default for DatePrefs {
    /// US order (month first), as in AP style.
    fn default() -> Self {
        DatePrefs {
            numeric_order: NumericOrder::MonthDay,
        }
    }
}

/// Words whose presence (as substrings, case-insensitively) may start a date
/// without digits. "day" covers weekdays, today, yesterday and most holidays.
const TRIGGERS: &[&str] = &[
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
    "day",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "tomorrow",
    "tonight",
    "week",
    "month",
    "year",
    "decade",
    "quarter",
    "fortnight",
    "christmas",
    "easter",
    "halloween",
    "thanksgiving",
    "juneteenth",
    "century",
    "ties",
    "teen",
    "twenty",
    "thousand",
];

static PREFILTER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(TRIGGERS)
        .expect("static patterns compile")
});

/// A fixed Monday used to compute the grain of a mention that cannot be resolved.
fn grain_probe_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2001, 1, 15).expect("valid date")
}

/// Every date expression in `sentence`, in text order, non-overlapping.
/// `published` is the article's publication date (the reference).
pub fn find_dates(
    sentence: &str,
    published: Option<NaiveDate>,
    prefs: &DatePrefs,
) -> Vec<DateMention> {
    if !sentence.bytes().any(|b| b.is_ascii_digit()) && !PREFILTER.is_match(sentence) {
        return Vec::new();
    }
    let lower = sentence.to_ascii_lowercase();
    let toks = lex::tokenize(&lower, sentence);
    let parser = grammar::Parser {
        toks: &toks,
        order: prefs.numeric_order,
    };
    let mut tenses: Option<Vec<(usize, Tense)>> = None;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some((first, mut end, mut expr)) = parser.parse_at(i) else {
            i += 1;
            continue;
        };
        let markers = tenses.get_or_insert_with(|| tense::markers(&toks, sentence));
        let ctx = resolve::Ctx {
            reference: published,
            tense: tense::nearest(markers, first, end),
        };
        if matches!(expr, resolve::Expr::Ahead { .. }) && ctx.tense != Tense::Future {
            i += 1;
            continue;
        }
        let mut relative = resolve::is_relative(&expr);
        let mut resolved = if relative && published.is_none() {
            None
        } else {
            resolve::resolve(&expr, &ctx)
        };
        if resolved.is_none()
            && !(relative && published.is_none())
            && matches!(expr, resolve::Expr::Range(..))
        {
            // An impossible range ("from Friday to Monday" resolved backwards):
            // keep its first date alone.
            if let Some((single_end, single)) = parser.point(first) {
                (end, expr) = (single_end, single);
                relative = resolve::is_relative(&expr);
                resolved = resolve::resolve(&expr, &ctx);
            }
        }
        let grain = match resolved {
            Some(r) => Some(r.grain),
            None if relative && published.is_none() => {
                let probe = resolve::Ctx {
                    reference: Some(grain_probe_date()),
                    tense: ctx.tense,
                };
                resolve::resolve(&expr, &probe).map(|r| r.grain)
            }
            None => None,
        };
        // An expression that cannot be a real date ("February 30") is dropped.
        if let Some(grain) = grain {
            out.push(DateMention {
                span: toks[first].start..toks[end - 1].end,
                start: resolved.map(|r| r.start),
                end: resolved.map(|r| r.end),
                grain,
                relative,
                tense: ctx.tense,
            });
        }
        i = end;
    }
    out
}
