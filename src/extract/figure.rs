//! Figures: quantities, money and percentages, as intervals.
//!
//! The number layer finds every number in a sentence ("68,000", "sixty-eight
//! thousand", "4.2bn", "a third", "tens of thousands"). Here each one is read
//! with its neighbours: a currency before or after, a percent word, a bound
//! or hedge ("more than", "up to", "about", "or more"), a second number that
//! makes a range ("20-30", "between 3 and 4 billion dollars"), and the noun
//! it counts. Numbers that are times, dates, years, codes or labels are
//! dropped: a figure nobody stated is worse than a missed one.

mod bounds;
mod context;

use std::ops::Range;

use super::currency;
use super::measure::{lemma, measure_after, measure_before};
use super::number::{self, Form, Number};
use super::{Extractor, RawClaim};
use crate::model::{ClaimKind, FigureValue, Qualifier, Value};

pub use bounds::{
    EQUALS, Link, after as bound_after, before as bound_before, link as range_link, range_opener,
};

pub struct FigureExtractor;

impl Extractor for FigureExtractor {
    fn name(&self) -> &'static str {
        "figure"
    }

    fn extract(&self, text: &str, sentence: Range<usize>, out: &mut Vec<RawClaim>) {
        let s = &text[sentence.clone()];
        let mut nums = Vec::new();
        number::scan_into(s, &mut nums);
        // Each number's marks are read once; ranges and singles share them.
        let amounts: Vec<Amount> = nums.iter().map(|n| amount(s, n)).collect();
        let mut i = 0;
        while i < nums.len() {
            let (claim, used) = figure_at(s, &nums, &amounts, i);
            if let Some(mut claim) = claim {
                claim.span = claim.span.start + sentence.start..claim.span.end + sentence.start;
                out.push(claim);
            }
            i += used;
        }
    }
}

/// One number with the marks written around it.
#[derive(Debug, Clone)]
pub struct Amount {
    /// The number and its currency, scale and percent marks.
    pub span: Range<usize>,
    pub value: f64,
    pub rounding: f64,
    pub kind: ClaimKind,
    /// ISO code for money, `%` or `percentage point` for percent.
    pub unit: Option<&'static str>,
    pub scale: Option<f64>,
    pub vague: Option<(f64, f64)>,
    /// A fraction in words turned into a percentage ("a third of").
    pub from_fraction: bool,
}

/// Percent marks after a number, lowercase, with their unit.
const PERCENT_MARKS: &[(&str, &str)] = &[
    ("%", "%"),
    (" percentage points", "percentage point"),
    (" percentage point", "percentage point"),
    (" percentage", "%"),
    (" percents", "%"),
    (" percent", "%"),
    (" per cent", "%"),
    ("-percent", "%"),
    (" pct", "%"),
    (" %", "%"),
];

/// The percent mark at the start of `after`: its length and unit.
pub fn percent_after(after: &str) -> Option<(usize, &'static str)> {
    // Fast exit: every mark starts "%", " %", " p" or "-p".
    let b = after.as_bytes();
    let lead = match b.first()? {
        b'%' => true,
        b' ' | b'-' => matches!(b.get(1), Some(b'p' | b'P' | b'%')),
        _ => false,
    };
    if !lead {
        return None;
    }
    PERCENT_MARKS.iter().find_map(|(mark, unit)| {
        let ok = after.len() >= mark.len()
            && after.is_char_boundary(mark.len())
            && after[..mark.len()].eq_ignore_ascii_case(mark)
            && !after[mark.len()..].starts_with(|c: char| c.is_alphanumeric());
        ok.then_some((mark.len(), *unit))
    })
}

/// Reads the currency, scale-after-code, cents and percent marks around `n`.
pub fn amount(s: &str, n: &Number) -> Amount {
    let mut a = Amount {
        span: n.span.clone(),
        value: n.value,
        rounding: n.rounding,
        kind: ClaimKind::Quantity,
        unit: None,
        scale: n.scale,
        vague: n.vague,
        from_fraction: false,
    };
    let mark = currency::before(&s[..n.span.start])
        .map(|m| (m.code, m.factor, m.span.start, n.span.end))
        .or_else(|| {
            currency::after(&s[n.span.end..])
                .map(|m| (m.code, m.factor, n.span.start, n.span.end + m.span.end))
        })
        .and_then(|(code, factor, start, end)| match code {
            // "pounds of …": money only at a money scale ("£20 billion").
            currency::POUNDS_OF if n.scale.is_some() => Some(("GBP", factor, start, end)),
            currency::POUNDS_OF => None,
            _ => Some((code, factor, start, end)),
        });
    if let Some((code, factor, start, end)) = mark {
        a.kind = ClaimKind::Money;
        a.unit = Some(code);
        a.value *= factor;
        a.rounding *= factor;
        a.span = start..end;
        // "75 USD million": a scale after the code.
        if n.scale.is_none()
            && let Some(t) = number::token_at(s, end)
            && let Some(number::NumberWord::Scale(m)) = t.word().and_then(number::number_word)
        {
            a.value *= m;
            a.rounding *= m;
            a.scale = Some(m);
            a.span.end = t.end;
        }
        if factor == 1.0 && a.scale.is_none() && n.value.fract() == 0.0 {
            add_minor_units(s, &mut a);
        }
        return a;
    }
    // "half a percentage point".
    let fraction_gap = if n.fraction && n.form == Form::Words && s[n.span.end..].starts_with(" a ")
    {
        2
    } else {
        0
    };
    if let Some((len, unit)) = percent_after(&s[n.span.end + fraction_gap..]) {
        a.span.end += fraction_gap;
        a.kind = ClaimKind::Percent;
        a.unit = Some(unit);
        a.span.end += len;
        return a;
    }
    a
}

/// "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 USD
/// 50": cents written after the main unit.
fn add_minor_units(s: &str, a: &mut Amount) {
    let mut pos = a.span.end;
    if let Some(t) = number::token_at(s, pos)
        && t.word().is_some_and(|w| number::is(w, "and"))
    {
        pos = t.end;
    }
    let Some(t) = number::token_at(s, pos) else {
        return;
    };
    let starts_number =
        matches!(t.tok, number::Tok::Lit(_)) || t.word().and_then(number::number_word).is_some();
    if !starts_number {
        return;
    }
    let mut found = Vec::new();
    number::scan_into(&s[t.start..], &mut found);
    let Some(cents) = found.first().filter(|c| c.span.start == 0) else {
        return;
    };
    if !(1.0..100.0).contains(&cents.value) || cents.value.fract() != 0.0 {
        return;
    }
    let end = t.start + cents.span.end;
    let next = number::token_at(s, end);
    let named = next.and_then(|n| n.word()).filter(|w| {
        ["cents", "cent", "pence", "penny", "c", "p"]
            .iter()
            .any(|c| number::is(w, c))
    });
    // A currency after the second number makes it an amount of its own ("10 $ 30 $").
    let own_currency = currency::after(&s[end..]).is_some();
    let bare_end = !own_currency
        && next.is_none_or(|n| {
            n.word().is_none_or(|w| number::is(w, "and")) && n.tok != number::Tok::Punct('%')
        });
    if let Some(w) = named {
        a.span.end = next.map_or(end, |n| n.start + w.len());
    } else if bare_end {
        a.span.end = end;
    } else {
        return;
    }
    a.value += cents.value / 100.0;
}

/// The figure starting at `nums[i]`, and how many numbers it used.
fn figure_at(s: &str, nums: &[Number], amounts: &[Amount], i: usize) -> (Option<RawClaim>, usize) {
    if let Some(next) = nums.get(i + 1) {
        if let Some(claim) = range(s, (&nums[i], &amounts[i]), (next, &amounts[i + 1])) {
            return (claim, 2);
        }
        if let Some(claim) = one_in(s, &nums[i], next) {
            return (Some(claim), 2);
        }
    }
    (single(s, &nums[i], amounts[i].clone()), 1)
}

/// True when digits at `span` are glued to other digits by a hyphen or a
/// dot: scores (3-1), phone numbers (555-0100), fiscal years (2022-23),
/// version parts (1.2.3).
fn glued_to_digits(s: &str, span: &Range<usize>) -> bool {
    let b = s.as_bytes();
    let at = |k: usize| b.get(k).copied();
    let right = matches!(
        at(span.end),
        Some(b'-') | Some(b'.') | Some(b':') | Some(b'/')
    ) && at(span.end + 1).is_some_and(|c| c.is_ascii_digit());
    let left = span.start >= 2
        && matches!(
            at(span.start - 1),
            Some(b'-') | Some(b'.') | Some(b':') | Some(b'/')
        )
        && at(span.start - 2).is_some_and(|c| c.is_ascii_digit());
    right || left || matches!(at(span.end), Some(b':'))
}

/// A range "20-30", "between 20 and 30", "from 20 to 30", "$3bn-$4bn",
/// "30-40%", "3-5 million". `None` when the two numbers are not one range
/// (then each is read on its own).
fn range(
    s: &str,
    (first, a): (&Number, &Amount),
    (second, b): (&Number, &Amount),
) -> Option<Option<RawClaim>> {
    let mut a = a.clone();
    if a.span.end > b.span.start {
        return None;
    }
    let link = bounds::link(&s[a.span.end..b.span.start])?;
    let opener = bounds::range_opener(&s[..a.span.start]);
    if link == Link::Word && opener.is_none() {
        return None;
    }
    if let Some(o) = opener
        && context::is_change_verb(&context::word_before(&s[..o]))
    {
        // "rose from 20 to 30" is a change, not a range.
        return None;
    }
    if first.fraction && first.form == Form::Digits
        || second.fraction && second.form == Form::Digits
        || first.value < 0.0
        || second.value < 0.0
        || s[second.span.clone()].starts_with('0')
        || (context::is_year_like(first.value) && first.form == Form::Digits && a.unit.is_none())
    {
        return None;
    }
    // The second number's scale and unit carry to the first: "3-5 million",
    // "between 3 and 4 billion dollars", "30-40%".
    if a.scale.is_none()
        && let Some(m) = b.scale
        && a.value * m <= b.value
    {
        a.value *= m;
    }
    if a.unit.is_none() {
        a.unit = b.unit;
        a.kind = b.kind;
    }
    if a.unit != b.unit || a.value >= b.value {
        return None;
    }
    let start = opener.unwrap_or(a.span.start);
    let span = start..b.span.end;
    if context::names_not_a_count(&s[..start], &s[span.end..]) {
        return Some(None);
    }
    let mut value = FigureValue::stated(a.value, 0.0, None);
    value.high = Some(b.value);
    Some(finish(s, span, b.kind, b.unit, value, false))
}

/// "One in five children": a proportion, read as a percentage.
fn one_in(s: &str, first: &Number, second: &Number) -> Option<RawClaim> {
    let between = &s[first.span.end..second.span.start];
    let whole = |n: &Number| n.value.fract() == 0.0 && n.value >= 1.0 && !n.fraction;
    if !between.trim().eq_ignore_ascii_case("in")
        || !whole(first)
        || !whole(second)
        || second.value <= first.value
        || first.scale.is_some()
        || second.scale.is_some()
    {
        return None;
    }
    let value = FigureValue::stated(100.0 * first.value / second.value, 0.0, None);
    let span = first.span.start..second.span.end;
    let rest = &s[span.end..];
    let measure = measure_after(rest, false)?;
    let mut claim = finish(s, span, ClaimKind::Percent, Some("%"), value, false)?;
    claim.measure = Some(measure);
    Some(claim)
}

/// Where a fraction in words becomes a percentage: "a third of the troops".
fn fraction_as_percent(s: &str, n: &Number, a: &mut Amount) -> bool {
    if !(n.fraction && n.form == Form::Words && a.kind == ClaimKind::Quantity) {
        return false;
    }
    let next = number::token_at(s, a.span.end).and_then(|t| t.word());
    let half_the =
        number::is(&s[n.span.clone()], "half") && next.is_some_and(|w| number::is(w, "the"));
    if !next.is_some_and(|w| number::is(w, "of")) && !half_the {
        return false;
    }
    a.kind = ClaimKind::Percent;
    a.unit = Some("%");
    a.value *= 100.0;
    a.from_fraction = true;
    true
}

/// True when the word after a number is a plural noun ("1.4m households",
/// "2025 soldiers"): what makes a suffix a scale or a year-like number a count.
fn plural_follows(after: &str) -> bool {
    let next = context::word_after(after);
    next == "people"
        || next.len() > 3 && next.ends_with('s') && next.chars().all(|c| c.is_ascii_lowercase())
}

/// A number in words that is a reference or an idiom, not a count: a lone
/// "one" not right before its noun ("one of the", "one day"), or a small
/// number after a determiner ("the two leaders", "their three sons").
fn word_number_is_not_a_count(s: &str, n: &Number) -> bool {
    if n.form != Form::Words || n.scale.is_some() {
        return false;
    }
    if n.value.abs() <= 1.0 && !n.fraction {
        let next = context::word_after(&s[n.span.end..]);
        let idiom = matches!(
            next.as_str(),
            "of" | "day"
                | "time"
                | "way"
                | "thing"
                | "side"
                | "point"
                | "another"
                | "hand"
                | "more"
                | "last"
                | "by"
                | "or"
                | "and"
                | "another's"
        );
        if idiom || next.is_empty() || !next.chars().all(|c| c.is_ascii_lowercase()) {
            return true;
        }
    }
    n.value < 20.0
        && matches!(
            context::word_before(&s[..n.span.start]).as_str(),
            "the"
                | "these"
                | "those"
                | "both"
                | "all"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "my"
                | "your"
        )
}

fn single(s: &str, n: &Number, mut a: Amount) -> Option<RawClaim> {
    if n.form == Form::Digits && (n.fraction || glued_to_digits(s, &n.span)) {
        return None;
    }
    let fraction_percent = fraction_as_percent(s, n, &mut a);
    if n.fraction && !fraction_percent && a.kind == ClaimKind::Quantity {
        // "half an hour", "the first half": not a figure anyone checks.
        return None;
    }
    if word_number_is_not_a_count(s, n) {
        return None;
    }
    // "1.4m households": a suffix that could be metres is a scale before a
    // plural noun or after a currency.
    if n.ambiguous_scale && a.kind != ClaimKind::Money && !plural_follows(&s[n.span.end..]) {
        return None;
    }
    let digits = &s[n.span.clone()];
    if a.kind == ClaimKind::Quantity
        && (context::names_not_a_count(&s[..a.span.start], &s[a.span.end..])
            || n.form == Form::Digits && digits.len() == 4 && digits.starts_with('0'))
    {
        return None;
    }
    // A bare four-digit integer is a year unless a plural noun follows
    // ("2,000" with a separator never is).
    if a.kind == ClaimKind::Quantity
        && n.form == Form::Digits
        && digits.len() == 4
        && context::is_year_like(n.value)
        && (!plural_follows(&s[a.span.end..])
            || context::year_cue(&context::word_before(&s[..a.span.start])))
    {
        return None;
    }
    let mut before_bound = bounds::before(&s[..a.span.start]);
    // "over three years" is a span of time, not a bound.
    if let Some((Qualifier::Over, _)) = before_bound
        && a.kind == ClaimKind::Quantity
        && context::word_before(&s[..a.span.start]) == "over"
        && quantity_measure(&s[a.span.end..])
            .as_deref()
            .is_some_and(is_time_unit)
    {
        before_bound = None;
    }
    let (qualifier, start, end) = match (before_bound, bounds::after(&s[a.span.end..])) {
        (Some((q, k)), _) => (Some(q), k, a.span.end),
        (None, Some((q, len))) => (Some(q), a.span.start, a.span.end + len),
        (None, None) => (None, a.span.start, a.span.end),
    };
    let mut value = FigureValue::stated(a.value, a.rounding, qualifier);
    if let Some((low, high)) = a.vague {
        value.low = Some(low);
        value.high = Some(high);
        value.high_open = true;
        value.rounding = 0.0;
    }
    // Under and up-to bound a count from below at zero (design §4).
    if matches!(qualifier, Some(Qualifier::Under | Qualifier::UpTo)) && a.value >= 0.0 {
        value.low = Some(0.0);
    }
    finish(s, start..end, a.kind, a.unit, value, a.vague.is_some())
}

/// What a count counts: a hyphenated unit ("30-day") or the noun after it.
fn quantity_measure(rest: &str) -> Option<String> {
    compound_unit(rest).or_else(|| measure_after(rest, false))
}

fn is_time_unit(m: &str) -> bool {
    matches!(
        m,
        "second" | "minute" | "hour" | "day" | "night" | "week" | "month" | "year" | "decade"
    )
}

/// Units written as the second half of a hyphenated adjective: "a 30-day
/// ceasefire", "a two-hour call", "a 12-member delegation".
const COMPOUND_UNITS: &[&str] = &[
    "day",
    "decade",
    "hour",
    "kilometer",
    "kilometre",
    "km",
    "member",
    "meter",
    "metre",
    "mile",
    "minute",
    "month",
    "night",
    "point",
    "seat",
    "second",
    "storey",
    "ton",
    "tonne",
    "week",
    "year",
];

fn compound_unit(after: &str) -> Option<String> {
    let rest = after.strip_prefix('-')?;
    let word: &str = &rest[..rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len())];
    let lower = word.to_ascii_lowercase();
    COMPOUND_UNITS.contains(&lower.as_str()).then_some(lower)
}

/// Verbs, auxiliaries and prepositions between a subject and its figure:
/// "turnout was 62%", "the deal is valued at $1.2bn", "revenue fell to".
const SUBJECT_LINKS: &[&str] = &[
    "already",
    "amounted",
    "are",
    "at",
    "be",
    "been",
    "by",
    "climbed",
    "cost",
    "costs",
    "could",
    "declined",
    "decreased",
    "dropped",
    "estimated",
    "expected",
    "fall",
    "fallen",
    "fell",
    "grew",
    "grow",
    "grown",
    "had",
    "has",
    "have",
    "hit",
    "hits",
    "increased",
    "is",
    "jumped",
    "may",
    "might",
    "now",
    "reach",
    "reached",
    "remained",
    "rise",
    "risen",
    "rose",
    "set",
    "shrank",
    "slipped",
    "stands",
    "stayed",
    "still",
    "stood",
    "surged",
    "to",
    "total",
    "totaled",
    "totalled",
    "totals",
    "valued",
    "was",
    "were",
    "will",
    "worth",
    "would",
];

/// Words a subject search walks over: links, and the figure-like words of
/// an earlier figure in the clause ("slipped 2 percentage points to 31%").
fn walks_over(lower: &str) -> bool {
    SUBJECT_LINKS.binary_search(&lower).is_ok()
        || matches!(lower, "percentage" | "points" | "point" | "percent" | "(")
        || lower.starts_with(|c: char| c.is_ascii_digit())
}

/// A word that can be the subject noun of a figure.
fn subject_noun(raw: &str, first_word: bool) -> Option<String> {
    let noun = raw.trim_matches(|c: char| !c.is_alphanumeric());
    let cased = noun.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && (first_word || noun.starts_with(|c: char| c.is_ascii_lowercase()));
    let lower = noun.to_ascii_lowercase();
    let ok = noun.len() > 2
        && cased
        && noun.chars().all(|c| c.is_ascii_alphabetic())
        && (raw.len() == noun.len() || raw.ends_with('('))
        && !lower.ends_with("ed")
        && !matches!(
            lower.as_str(),
            "which"
                | "that"
                | "this"
                | "they"
                | "she"
                | "who"
                | "what"
                | "and"
                | "the"
                | "its"
                | "officials"
                | "said"
                | "says"
                | "government"
                | "ministry"
                | "police"
                | "but"
                | "for"
                | "with"
                | "from"
                | "into"
                | "over"
                | "needs"
                | "wants"
                | "has"
                | "plans"
                | "seeks"
                | "asks"
                | "gets"
        );
    ok.then(|| lemma(&lower))
}

/// The subject noun a figure is predicated of: "Turnout was 62%" →
/// `turnout`, "Nvidia's market value hit $3tn" → `value`, "Shares in the
/// company fell 12%" → `share`. `qualified` figures ("debts in excess of")
/// need no linking verb.
fn subject_measure(before: &str, qualified: bool) -> Option<String> {
    let words: Vec<&str> = before.split_whitespace().collect();
    let mut k = words.len();
    let mut linked = 0;
    while k > 0 && linked < 8 && walks_over(&words[k - 1].to_ascii_lowercase()) {
        linked += 1;
        k -= 1;
    }
    if (linked == 0 && !qualified) || k == 0 {
        return None;
    }
    let mut noun = subject_noun(words[k - 1], k == 1)?;
    // "salary in the sector", "support for the ruling party": the head is
    // before the preposition.
    for back in 2..=4 {
        let Some(&w) = k.checked_sub(back).and_then(|i| words.get(i)) else {
            break;
        };
        if matches!(w, "in" | "of" | "for" | "on") {
            if let Some(head) = k
                .checked_sub(back + 1)
                .and_then(|i| subject_noun(words[i], i == 0))
            {
                noun = head;
            }
            break;
        }
    }
    Some(noun)
}

/// "54% of Americans": a capitalised plural after "of" is a people.
fn demonym(of_rest: &str) -> Option<String> {
    let w = of_rest.split_whitespace().next()?;
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    (w.starts_with(|c: char| c.is_ascii_uppercase()) && w.ends_with("ans")).then(|| lemma(w))
}

/// Adds the measure, unit and as-of cue; `None` for a bare count of nothing.
fn finish(
    s: &str,
    span: Range<usize>,
    kind: ClaimKind,
    unit: Option<&'static str>,
    mut value: FigureValue,
    of_link: bool,
) -> Option<RawClaim> {
    let rest = &s[span.end..];
    let before = &s[..span.start];
    let qualified = value.qualifier.is_some();
    let of_rest = rest.trim_start().strip_prefix("of ");
    let measure = match kind {
        ClaimKind::Money => measure_before(before)
            .or_else(|| subject_measure(before, qualified))
            .or_else(|| measure_after(rest, true)),
        ClaimKind::Percent => of_rest
            .and_then(|r| measure_after(r, false).or_else(|| demonym(r)))
            .or_else(|| subject_measure(before, qualified))
            .or_else(|| measure_after(rest, true)),
        // "thousands of farmers", "a third of the troops".
        _ if of_link => of_rest.and_then(|r| measure_after(r, false)),
        _ => quantity_measure(rest),
    };
    // A bare count is only a claim when we know what it counts.
    if kind == ClaimKind::Quantity && measure.is_none() {
        return None;
    }
    value.unit = match kind {
        ClaimKind::Quantity => measure.clone(),
        _ => unit.map(str::to_string),
    };
    let as_of = context::earlier(before, rest).then(|| "earlier".to_string());
    Some(RawClaim {
        kind,
        span,
        value: Value::Figure(value),
        measure,
        as_of,
        as_of_dates: None,
    })
}

#[cfg(test)]
mod news_table;
#[cfg(test)]
mod tests;
