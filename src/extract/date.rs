//! Finds and resolves date expressions in English news sentences.
//!
//! Pipeline: a cheap prefilter (a date-like number, or a word that is a
//! month, weekday or calendar word) → tokenizer (`lex`) → a hand-written token
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
mod vocab;

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

/// How many tokens before its anchor a date phrase may start ("the first
/// week of March", "from 4 to 22 March").
const ANCHOR_REACH: usize = 6;

/// The three-letter beginnings of the date words: the prefilter turns most
/// words away with one lookup before it consults the word table.
static DATE_HEADS: LazyLock<lex::Heads> =
    LazyLock::new(|| lex::Heads::of(vocab::words_with(vocab::DATE)));

/// True when the lowercase `word` can only be part of a date: a month or
/// weekday name or abbreviation, a calendar word ("yesterday", "weeks",
/// "quarter"), a holiday, a season, a decade word ("nineties") or a word of a
/// spelled year. One lookup in the word table ([`vocab`]).
fn is_date_word(word: &str) -> bool {
    vocab::class(word) & vocab::DATE != 0
}

/// [`is_date_word`] as the word lists define it; the word table is built
/// from this.
fn is_date_word_by_lists(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    lex::month_number(word).is_some()
        || lex::weekday(word, true).is_some()
        || lex::weekday(singular, false).is_some()
        || lex::decade_word(word).is_some()
        || CALENDAR_WORDS.contains(&word)
        || CALENDAR_WORDS.contains(&singular)
        // Spelled years: "twenty twenty-five", "two thousand and nine".
        || matches!(word, "thousand" | "twenty" | "nineteen")
}

/// Calendar words, holidays and seasons.
const CALENDAR_WORDS: &[&str] = &[
    "today",
    "tonight",
    "tomorrow",
    "tmrw",
    "yesterday",
    "ago",
    "week",
    "weekend",
    "month",
    "year",
    "decade",
    "quarter",
    "fortnight",
    "century",
    "day",
    "christmas",
    "easter",
    "halloween",
    "thanksgiving",
    "juneteenth",
    "midweek",
    "weekday",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];

/// True for a run of digits that may belong to a date: a possible year
/// (1000–2999), a numeric date ("2/18", "18.02", "2025-02-18"), an ordinal
/// day ("18th"), a decade ("90s", "'90s") or a quarter ("Q3", "H1").
/// `before` is the byte before the run, `after` the (up to) two after it.
fn is_date_digits(run: &[u8], before: Option<u8>, after: [u8; 2]) -> bool {
    let next = after[0].to_ascii_lowercase();
    let then = after[1].to_ascii_lowercase();
    (run.len() == 4 && matches!(run[0], b'1' | b'2'))
        || matches!(next, b'/' | b'.' | b'-' | b's')
        || matches!(
            (next, then),
            (b's', b't') | (b'n', b'd') | (b'r', b'd') | (b't', b'h')
        )
        || (next == b'\'' && then == b's')
        || matches!(before, Some(b'\'' | b'q' | b'Q' | b'h' | b'H'))
}

/// Cheap test run before tokenizing: does any word or number look like part
/// of a date? Plain counts ("37 missiles") and words that merely contain
/// "mon" or "day" do not qualify.
fn may_hold_date(sentence: &str) -> bool {
    let b = sentence.as_bytes();
    let heads = &*DATE_HEADS;
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let class = BYTE_CLASS[usize::from(b[i])];
        if class == OTHER {
            i += 1;
        } else if class == DIGIT {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let after = [
                b.get(i).copied().unwrap_or(b' '),
                b.get(i + 1).copied().unwrap_or(b' '),
            ];
            let before = start.checked_sub(1).map(|p| b[p]);
            if is_date_digits(&b[start..i], before, after) {
                return true;
            }
        } else {
            while i < b.len() && BYTE_CLASS[usize::from(b[i])] == LETTER {
                i += 1;
            }
            // A date word as a whole: "money", "market" or "decision"
            // do not qualify.
            let word = &b[start..i];
            if word.len() <= 16 && heads.admit(word) && is_date_bytes(word) {
                return true;
            }
        }
    }
    false
}

const OTHER: u8 = 0;
const LETTER: u8 = 1;
const DIGIT: u8 = 2;

/// ASCII letters and digits, so the prefilter's inner loops test one table
/// entry per byte.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else {
            OTHER
        };
        b += 1;
    }
    t
};

/// [`is_date_word`] for a word of ASCII letters (at most 16) in any case.
fn is_date_bytes(word: &[u8]) -> bool {
    let mut buf = [0u8; 16];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(is_date_word)
}

/// True when token `i` can only be part of a date (see [`is_date_word`] and
/// [`is_date_digits`]). Every date phrase holds one, so the grammar runs only
/// near anchors; function words and counts never wake it.
fn is_anchor(toks: &[lex::Tok<'_>], i: usize, sentence: &[u8]) -> bool {
    let t = &toks[i];
    match t.kind {
        lex::Kind::Num => {
            let at = |k: usize| sentence.get(k).copied().unwrap_or(b' ');
            let before = t.start.checked_sub(1).map(|p| sentence[p]);
            is_date_digits(t.text.as_bytes(), before, [at(t.end), at(t.end + 1)])
        }
        lex::Kind::Word => t.class & vocab::DATE != 0,
        _ => false,
    }
}

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
    if !may_hold_date(sentence) {
        return Vec::new();
    }
    let lower = sentence.to_ascii_lowercase();
    let toks = lex::tokenize(&lower, sentence);
    // Tokens at which a date may start: up to ANCHOR_REACH before an anchor.
    let mut reachable = vec![false; toks.len()];
    let mut any = false;
    for i in (0..toks.len()).filter(|&i| is_anchor(&toks, i, sentence.as_bytes())) {
        any = true;
        for r in &mut reachable[i.saturating_sub(ANCHOR_REACH)..=i] {
            *r = true;
        }
    }
    if !any {
        return Vec::new();
    }
    let parser = grammar::Parser {
        toks: &toks,
        order: prefs.numeric_order,
    };
    let mut tenses: Option<Vec<(usize, Tense)>> = None;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !reachable[i] {
            i += 1;
            continue;
        }
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
