//! Figures: quantities, money and percentages written with digits.
//!
//! For every run of digits in a sentence we read outwards: a currency symbol
//! or code and a qualifier on the left; a scale word, a percent sign, a
//! currency word and the measure noun on the right. Runs that are parts of
//! times, dates, years, codes and model names are dropped: a figure nobody
//! stated is worse than a missed one.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::measure::{measure_after, measure_before};
use super::{Extractor, RawClaim};
use crate::model::{ClaimKind, FigureValue, Qualifier, Value};

pub struct FigureExtractor;

impl Extractor for FigureExtractor {
    fn name(&self) -> &'static str {
        "figure"
    }

    fn extract(&self, text: &str, sentence: Range<usize>, out: &mut Vec<RawClaim>) {
        let s = &text[sentence.clone()];
        // Prefilter: this version only reads figures written with digits.
        if !s.bytes().any(|b| b.is_ascii_digit()) {
            return;
        }
        for m in NUMBER.find_iter(s) {
            if let Some(mut claim) = figure_at(s, m.range()) {
                claim.span = claim.span.start + sentence.start..claim.span.end + sentence.start;
                out.push(claim);
            }
        }
    }
}

/// A run of digits with optional thousands separators and decimals.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?").expect("valid regex")
});

/// Currency symbols written before the number, longest first.
const SYMBOLS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("U.S.$", "USD"),
    ("C$", "CAD"),
    ("A$", "AUD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₽", "RUB"),
    ("₴", "UAH"),
];

/// ISO codes accepted before or after the number.
const CODES: &[&str] = &[
    "AUD", "CAD", "CHF", "CNY", "EUR", "GBP", "JPY", "RUB", "UAH", "USD",
];

/// Currency words after the number ("66 billion dollars").
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
    ("hryvnias", "UAH"),
    ("hryvnia", "UAH"),
    ("yen", "JPY"),
];

/// Scale words and suffixes; `attached_only` ones ("5m", "10k") are read only
/// when glued to the number or after a currency, where they cannot be a unit.
const SCALES: &[(&str, f64, bool)] = &[
    ("thousand", 1e3, false),
    ("million", 1e6, false),
    ("billion", 1e9, false),
    ("trillion", 1e12, false),
    ("bn", 1e9, false),
    ("mn", 1e6, false),
    ("tn", 1e12, false),
    ("m", 1e6, true),
    ("k", 1e3, true),
    ("b", 1e9, true),
];

/// Qualifiers before a figure, as written (lowercase) → meaning.
const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("more than", Qualifier::Over),
    ("over", Qualifier::Over),
    ("above", Qualifier::Over),
    ("exceeding", Qualifier::Over),
    ("in excess of", Qualifier::Over),
    ("at least", Qualifier::AtLeast),
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("fewer than", Qualifier::Under),
    ("less than", Qualifier::Under),
    ("under", Qualifier::Under),
    ("below", Qualifier::Under),
    ("up to", Qualifier::UpTo),
    ("as many as", Qualifier::UpTo),
    ("as much as", Qualifier::UpTo),
    ("at most", Qualifier::UpTo),
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("roughly", Qualifier::About),
    ("approximately", Qualifier::About),
    ("an estimated", Qualifier::About),
    ("some", Qualifier::About),
    ("nearly", Qualifier::Nearly),
    ("almost", Qualifier::Nearly),
    ("close to", Qualifier::Nearly),
];

/// Words before a number that make it a label, not a figure.
const LABELS: &[&str] = &[
    "article",
    "chapter",
    "flight",
    "highway",
    "no",
    "number",
    "page",
    "paragraph",
    "resolution",
    "room",
    "route",
    "section",
    "version",
];

/// Words after a number that make it a time of day.
const TIME_WORDS: &[&str] = &[
    "a.m", "p.m", "am", "pm", "gmt", "utc", "cet", "cest", "est", "edt", "et", "bst", "hrs", "msk",
];

fn word_before(s: &str) -> &str {
    s.trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
}

fn word_after(s: &str) -> &str {
    s.trim_start()
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | ')' | '"'))
        .next()
        .unwrap_or("")
}

/// Lowercase ASCII `s` ends with `phrase` at a word boundary.
fn ends_with_phrase(lower: &str, phrase: &str) -> bool {
    lower.ends_with(phrase)
        && lower[..lower.len() - phrase.len()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// Reads the figure whose digits are at `digits` in sentence `s`.
fn figure_at(s: &str, digits: Range<usize>) -> Option<RawClaim> {
    let bytes = s.as_bytes();
    let num_text = &s[digits.clone()];
    let before = &s[..digits.start];
    let after = &s[digits.end..];

    // Glued to letters or other numbers on the left: F-16, A320, 3.5.1, 555-0100, 10:30.
    if let Some(&b) = digits.start.checked_sub(1).map(|i| &bytes[i]) {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b':' | b'/' | b'_' | b'#') {
            return None;
        }
        if b == b'-' && digits.start >= 2 && (bytes[digits.start - 2].is_ascii_alphanumeric()) {
            return None;
        }
    }
    // Glued on the right: ordinals (3rd), codes (16A), times (10:30), ranges and
    // phone numbers (20-30, 555-0100), versions (1.2.3), dates (10/17).
    let mut scale_glued = None;
    if let Some(&b) = bytes.get(digits.end) {
        if matches!(b, b':' | b'/' | b'-' | b'_')
            || (b == b'.' && bytes.get(digits.end + 1).is_some_and(u8::is_ascii_digit))
        {
            return None;
        }
        if b.is_ascii_alphabetic() {
            let word: &str = after
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            let lower = word.to_ascii_lowercase();
            scale_glued = Some(SCALES.iter().find(|(w, _, _)| *w == lower)?);
        }
    }

    let mut number: f64 = num_text.replace(',', "").parse().ok()?;
    let mut rounding = implied_rounding(num_text);
    let mut end = digits.end;
    let mut start = digits.start;

    // Currency before: symbol (possibly spaced) or ISO code.
    let mut currency: Option<&str> = None;
    let trimmed_before = before.trim_end();
    for (sym, code) in SYMBOLS {
        if trimmed_before.ends_with(sym) && before.len() - trimmed_before.len() <= 1 {
            let sym_start = trimmed_before.len() - sym.len();
            // "$" must not be the tail of a longer word-symbol like "US$" we did not list.
            currency = Some(code);
            start = sym_start;
            break;
        }
    }
    if currency.is_none() {
        let w = word_before(before);
        if let Some(code) = CODES
            .iter()
            .find(|c| **c == w)
            .filter(|_| before.ends_with(' ') && trimmed_before.ends_with(w))
        {
            currency = Some(code);
            start = trimmed_before.len() - w.len();
        }
    }

    // Scale: glued ("4.2bn") or after one space ("4.2 billion").
    let mut rest = after;
    if let Some((w, mult, _)) = scale_glued {
        number *= mult;
        rounding *= mult;
        end += w.len();
        rest = &s[end..];
    } else {
        let w = word_after(rest);
        let lower = w.to_ascii_lowercase();
        let lead = rest.len() - rest.trim_start().len();
        if lead <= 1
            && !w.is_empty()
            && let Some((sw, mult, attached_only)) = SCALES.iter().find(|(sw, _, _)| *sw == lower)
            && (!attached_only || currency.is_some())
        {
            number *= mult;
            rounding *= mult;
            end += lead + sw.len();
            rest = &s[end..];
        }
    }
    // A bare integer with no scale that looks like a year is a year.
    if currency.is_none() && scale_glued.is_none() && end == digits.end && is_year_like(num_text) {
        let next = word_after(rest).to_ascii_lowercase();
        if !(next.len() > 3 && next.ends_with('s') && next.chars().all(|c| c.is_ascii_lowercase()))
        {
            return None;
        }
    }

    // Percent.
    let mut kind = if currency.is_some() {
        ClaimKind::Money
    } else {
        ClaimKind::Quantity
    };
    let mut unit: Option<String> = currency.map(str::to_string);
    if currency.is_none() {
        let lower_rest = rest.to_ascii_lowercase();
        for (pat, u) in [
            ("%", "%"),
            (" percentage points", "percentage point"),
            (" percentage point", "percentage point"),
            (" percent", "%"),
            (" per cent", "%"),
            ("-percent", "%"),
        ] {
            if lower_rest.starts_with(pat)
                && lower_rest[pat.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
            {
                kind = ClaimKind::Percent;
                unit = Some(u.to_string());
                end += pat.len();
                rest = &s[end..];
                break;
            }
        }
    }
    // Currency after: code or word ("66 billion dollars", "4.7bn USD").
    if kind == ClaimKind::Quantity {
        let w = word_after(rest);
        let lead = rest.len() - rest.trim_start().len();
        if lead == 1 {
            let lower = w.to_ascii_lowercase();
            let code = CODES.iter().find(|c| **c == w).copied().or_else(|| {
                CURRENCY_WORDS
                    .iter()
                    .find(|(cw, _)| *cw == lower)
                    .map(|(_, c)| *c)
            });
            if let Some(code) = code {
                kind = ClaimKind::Money;
                unit = Some(code.to_string());
                end += lead + w.len();
                rest = &s[end..];
            }
        }
    }

    // Context that makes it a time, a date or a label rather than a figure.
    if kind == ClaimKind::Quantity {
        let next = word_after(rest).trim_end_matches('.').to_ascii_lowercase();
        if TIME_WORDS.contains(&next.as_str()) || is_month_word(&next) {
            return None;
        }
        let prev = word_before(&s[..start])
            .trim_end_matches('.')
            .to_ascii_lowercase();
        if is_month_word(&prev) || LABELS.contains(&prev.as_str()) {
            return None;
        }
    }

    // Qualifier before the figure.
    let lead_text = s[..start].trim_end().to_ascii_lowercase();
    let qualifier = QUALIFIERS
        .iter()
        .find(|(q, _)| ends_with_phrase(&lead_text, q))
        .map(|(_, q)| *q);

    let measure = match kind {
        ClaimKind::Money => measure_after(rest, true).or_else(|| measure_before(&s[..start])),
        ClaimKind::Percent => measure_after(rest, true),
        _ => measure_after(rest, false),
    };
    // A bare count is only a claim when we know what it counts.
    if kind == ClaimKind::Quantity && measure.is_none() {
        return None;
    }
    if kind == ClaimKind::Quantity {
        unit = measure.clone();
    }
    let mut value = FigureValue::stated(number, rounding, qualifier);
    value.unit = unit;
    let as_of = earlier(&lead_text, &rest.to_ascii_lowercase()).then(|| "earlier".to_string());
    Some(RawClaim {
        kind,
        span: start..end,
        value: Value::Figure(value),
        measure,
        as_of,
    })
}

/// Cues before a figure that make it a past value it is compared with.
const EARLIER_BEFORE: &[&str] = &[
    "compared with",
    "compared to",
    "compares with",
    "up from",
    "down from",
    "comparable figure",
    "previous",
];
/// Cues after a figure, within its sentence, that date it in the past.
const EARLIER_AFTER: &[&str] = &[
    "a year earlier",
    "a year ago",
    "last year",
    "the previous year",
    "the year before",
    "a month earlier",
    "a week earlier",
];

/// True when the sentence marks the figure as an earlier value.
fn earlier(before_lower: &str, after_lower: &str) -> bool {
    // Only the clause holding the figure counts: "up from 40, officials said 73 …".
    let clause = before_lower
        .rsplit([',', ';'])
        .next()
        .unwrap_or(before_lower);
    let after = after_lower.split([',', ';']).next().unwrap_or(after_lower);
    EARLIER_BEFORE.iter().any(|c| clause.contains(c))
        || EARLIER_AFTER.iter().any(|c| after.contains(c))
}

/// Half the place value of the last significant digit when the writer
/// evidently rounded ("68,000" → 500, "4.2" → 0.05); 0 for an integer ending
/// in a non-zero digit, which reads as an exact count.
fn implied_rounding(num_text: &str) -> f64 {
    let digits: String = num_text.chars().filter(|c| *c != ',').collect();
    match digits.split_once('.') {
        Some((_, frac)) => 0.5 * 10f64.powi(-(frac.len() as i32)),
        None => {
            let zeros = digits.bytes().rev().take_while(|&b| b == b'0').count();
            if zeros == 0 || zeros == digits.len() {
                0.0
            } else {
                0.5 * 10f64.powi(zeros as i32)
            }
        }
    }
}

fn is_year_like(num_text: &str) -> bool {
    num_text.len() == 4
        && num_text.bytes().all(|b| b.is_ascii_digit())
        && (1800..=2100).contains(&num_text.parse::<u32>().unwrap_or(0))
}

/// A month name or AP abbreviation, lowercase. "May" and "Mar" are left out:
/// lowercased, they are usually the verb and a word, not months.
fn is_month_word(word: &str) -> bool {
    const MONTHS: &[&str] = &[
        "apr",
        "april",
        "aug",
        "august",
        "dec",
        "december",
        "feb",
        "february",
        "jan",
        "january",
        "jul",
        "july",
        "jun",
        "june",
        "march",
        "nov",
        "november",
        "oct",
        "october",
        "sep",
        "sept",
        "september",
    ];
    MONTHS.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests;
