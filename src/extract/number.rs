//! Numbers as news writes them, with digits or words: "68,000", "1 234 567",
//! "4.2bn", "sixty-eight thousand", "a dozen", "half a million", "two-thirds",
//! "one and a half", "3 million and a half", "tens of thousands".
//!
//! This is the layer under the figure extractor: it says where a number is
//! and what it is worth, not whether it is a figure anyone claimed (years,
//! times and codes are numbers too; the figure extractor drops them).

mod lex;
mod words;

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::currency;

pub use lex::{Literal, Tok, Token, token_at};
pub use words::{
    NumberWord, denominator, is, lower as lower_ascii, may_start_number, number_word, ordinal,
    unit_ordinal,
};

/// How a number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Digits,
    Words,
    /// Digits with number words: "2 million", "3 hundred and 21".
    Mixed,
}

/// One number found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    pub span: Range<usize>,
    pub value: f64,
    /// How far the writer evidently rounded (see [`Literal::rounding`]).
    pub rounding: f64,
    pub form: Form,
    /// Written as a fraction: "a third", "two-thirds", "3/4", "half".
    pub fraction: bool,
    /// The largest scale word or suffix applied ("million", "bn").
    pub scale: Option<f64>,
    /// A suffix such as "m" or "b" that is a scale only after a currency.
    pub ambiguous_scale: bool,
    /// A vague plural ("tens of thousands"): the interval `[low, high)` it
    /// stands for; `value` is `low`.
    pub vague: Option<(f64, f64)>,
}

/// Every number in `s`, in text order, not overlapping.
pub fn scan(s: &str) -> Vec<Number> {
    let mut out = Vec::new();
    scan_into(s, &mut out);
    out
}

/// Words that can begin a number, for the Aho-Corasick prefilter. "a" is
/// listed only with what makes it a number ("a dozen", "a third").
pub(crate) const START_WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fourty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "dozen",
    "doz",
    "dz",
    "half",
    "quarter",
    "negative",
    "minus",
    "tens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "a hundred",
    "a thousand",
    "a million",
    "a billion",
    "a trillion",
    "a dozen",
    "a half",
    "a third",
    "a quarter",
    "a fourth",
    "a fifth",
    "a sixth",
    "a seventh",
    "a tenth",
    "a hundredth",
    "a thousandth",
    "a millionth",
    "a billionth",
    "a trillionth",
    "a twenty",
    "a thirty",
    "a forty",
    "a fifty",
    "a sixty",
    "a seventy",
    "a eighty",
    "a ninety",
    "a lakh",
    "a crore",
];

static STARTS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(START_WORDS)
        .expect("valid patterns")
});

/// The next place at or after `i` where digits start a number.
fn next_digits(b: &[u8], mut i: usize) -> Option<usize> {
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit()
            || (c == b'.'
                && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                && !(i > 0 && b[i - 1].is_ascii_digit()))
        {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Appends the numbers of `s` to `out` (see [`scan`]). Digits are found by a
/// byte scan and number words by one Aho-Corasick pass, so a sentence with
/// neither costs two quick reads.
pub fn scan_into(s: &str, out: &mut Vec<Number>) {
    let b = s.as_bytes();
    let mut words = STARTS
        .find_iter(s)
        .map(|m| m.start())
        .filter(|&k| k == 0 || !b[k - 1].is_ascii_alphanumeric())
        .peekable();
    let mut i = 0;
    let mut digit_at = next_digits(b, 0);
    loop {
        if digit_at.is_some_and(|d| d < i) {
            digit_at = next_digits(b, i);
        }
        while words.next_if(|&w| w < i).is_some() {}
        let word_at = words.peek().copied();
        let at = match (digit_at, word_at) {
            (None, None) => break,
            (Some(d), Some(w)) => d.min(w),
            (Some(d), None) => d,
            (None, Some(w)) => w,
        };
        if Some(at) == digit_at {
            if glued_on_left(s, at) {
                i = skip_alphanumeric(b, at);
                continue;
            }
            match digits_number_at(s, at) {
                Some(n) => {
                    i = n.span.end.max(at + 1);
                    out.push(n);
                }
                None => i = skip_alphanumeric(b, at),
            }
            continue;
        }
        words.next();
        let end = at
            + b[at..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
        if may_start_number(&s[at..end])
            && let Some(n) = word_number_at(s, at)
        {
            i = n.span.end;
            out.push(n);
        } else {
            i = end.max(at + 1);
        }
    }
}

fn skip_alphanumeric(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'.' | b',' | b'/')) {
        i += 1;
    }
    i
}

/// Digits glued to letters on the left are part of a name or code ("A320",
/// "F-16", "COVID-19"), unless the letters are a currency code ("USD115").
fn glued_on_left(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    let Some(&prev) = i.checked_sub(1).map(|k| &b[k]) else {
        return false;
    };
    if prev.is_ascii_alphabetic() {
        let start = s[..i]
            .char_indices()
            .rfind(|(_, c)| !c.is_ascii_alphabetic())
            .map_or(0, |(k, c)| k + c.len_utf8());
        return !currency::is_code(&s[start..i]);
    }
    if prev == b'-' && i >= 2 && b[i - 2].is_ascii_alphabetic() {
        return true;
    }
    if prev == b'_' || prev == b'#' {
        return true;
    }
    // Non-ASCII letters ("№5", "Ü2").
    s[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// A number starting with digits at `i`, with a sign in front if there is one.
fn digits_number_at(s: &str, i: usize) -> Option<Number> {
    let mut n = parse_number(s, i)?;
    // "-1", "- 1 4/5": a minus that is not a range dash or a hyphen.
    let before = s[..i].strip_suffix(' ').unwrap_or(&s[..i]);
    if let Some(rest) = before.strip_suffix('-')
        && rest
            .trim_end()
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() && !matches!(c, '%' | ')' | '$'))
        && !rest.ends_with(char::is_alphanumeric)
    {
        n.value = -n.value;
        n.span.start = rest.len();
    }
    Some(n)
}

/// A number starting with a word at `i`.
fn word_number_at(s: &str, i: usize) -> Option<Number> {
    let first = token_at(s, i)?;
    let w = first.word()?;
    if is(w, "negative") || is(w, "minus") {
        let next = token_at(s, first.end)?;
        let mut n = parse_number(s, next.start)?;
        n.value = -n.value;
        n.span.start = i;
        return Some(n);
    }
    if let Some(n) = vague_at(s, first) {
        return Some(n);
    }
    let n = parse_number(s, i)?;
    // "the one you mentioned", "no one", "one another": a pronoun, not 1.
    if is(&s[n.span.clone()], "one") {
        let prev = s[..i].trim_end();
        let prev = &prev[prev
            .char_indices()
            .rfind(|(_, c)| !c.is_ascii_alphabetic())
            .map_or(0, |(k, c)| k + c.len_utf8())..];
        let next = token_at(s, n.span.end).and_then(|t| t.word());
        if [
            "the", "this", "that", "which", "no", "any", "every", "each", "someone",
        ]
        .iter()
        .any(|d| is(prev, d))
            || next.is_some_and(|w| is(w, "another"))
        {
            return None;
        }
    }
    Some(n)
}

/// "tens", "hundreds", "thousands" … as vague plurals: the low end and the
/// high end (exclusive) of what the word allows.
fn vague_plural(w: &str) -> Option<(f64, f64)> {
    let mut buf = [0u8; 16];
    if w.len() > 16 {
        return None;
    }
    for (k, c) in w.bytes().enumerate() {
        buf[k] = c.to_ascii_lowercase();
    }
    Some(match std::str::from_utf8(&buf[..w.len()]).ok()? {
        "dozens" => (24.0, 100.0),
        "tens" => (20.0, 100.0),
        "hundreds" => (200.0, 1e3),
        "thousands" => (2e3, 1e4),
        "millions" => (2e6, 1e7),
        "billions" => (2e9, 1e10),
        _ => return None,
    })
}

/// "tens of thousands of", "hundreds of", "thousands", "dozens of".
fn vague_at(s: &str, first: Token<'_>) -> Option<Number> {
    let (mut low, mut high) = vague_plural(first.word()?)?;
    let next = token_at(s, first.end);
    let next_word = next.and_then(|t| t.word());
    let mut end = first.end;
    if let Some(of) = next.filter(|_| next_word.is_some_and(|w| is(w, "of")))
        && let Some(scale_tok) = token_at(s, of.end)
        && let Some((slow, _)) = scale_tok.word().and_then(vague_plural)
        && slow >= 2e3
    {
        // "tens of thousands" = [20 × 1,000, 100 × 1,000): the second word's
        // unit (its low end halved: "thousands" → 1,000) scales the first.
        let unit = slow / 2.0;
        low *= unit;
        high *= unit;
        end = scale_tok.end;
    } else {
        // "tens" alone is not a number; "dozens"/"hundreds"/"thousands" are
        // when they count something: followed by "of" or a word.
        if is(first.word()?, "tens") || next_word.is_none_or(|w| is(w, "and")) {
            return None;
        }
    }
    Some(Number {
        span: first.start..end,
        value: low,
        rounding: 0.0,
        form: Form::Words,
        fraction: false,
        scale: None,
        ambiguous_scale: false,
        vague: Some((low, high)),
    })
}

/// What the last consumed part of a number was.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Last {
    Start,
    A,
    Unit,
    Teen,
    Tens,
    Lit,
    Hundred,
    Scale(f64),
    Dozen,
    Point,
}

/// A whole number composed from words and digits.
#[derive(Debug, Clone)]
struct Whole {
    value: f64,
    end: usize,
    last: Last,
    words: bool,
    digits: bool,
    /// The literal when the number is one literal plus scale words.
    literal: Option<Literal>,
    scale: Option<f64>,
    parts: usize,
}

/// An integer word or literal usable after "and" inside a number.
fn joins_after_and(s: &str, t: Token<'_>) -> bool {
    let cardinal = match t.tok {
        Tok::Word(w) => {
            matches!(
                number_word(w),
                Some(NumberWord::Unit(v)) if v > 0.0
            ) || matches!(
                number_word(w),
                Some(NumberWord::Teen(_) | NumberWord::Tens(_))
            )
        }
        Tok::Lit(l) => l.integer && l.value > 0.0 && l.scale.is_none(),
        Tok::Punct(_) => false,
    };
    // "two million and one half": the "and" starts a fraction, not a part.
    cardinal && token_at(s, t.end).is_none_or(|n| n.word().and_then(denominator).is_none())
}

fn compose(s: &str, pos: usize) -> Option<Whole> {
    let mut total = 0.0;
    let mut group = 0.0;
    let mut last = Last::Start;
    let mut max_scale = f64::INFINITY;
    let mut w = Whole {
        value: 0.0,
        end: pos,
        last,
        words: false,
        digits: false,
        literal: None,
        scale: None,
        parts: 0,
    };
    let mut cursor = pos;
    let mut last_lit: Option<Literal> = None;
    while let Some(t) = token_at(s, cursor) {
        match t.tok {
            Tok::Lit(l) => {
                last_lit = Some(l);
                let ok = match last {
                    Last::Start => true,
                    Last::Scale(m) => l.integer && l.scale.is_none() && l.value < m,
                    Last::Hundred => l.integer && l.scale.is_none() && l.value < 100.0,
                    _ => false,
                };
                if !ok {
                    break;
                }
                if last == Last::Start {
                    w.literal = Some(l);
                    w.scale = l.scale;
                } else {
                    w.literal = None;
                }
                group += l.value;
                w.digits = true;
                last = Last::Lit;
                if l.scale.is_some() || !l.integer {
                    // "4.2bn", "3/4": only a scale word may follow.
                    w.end = t.end;
                    w.parts += 1;
                    cursor = t.end;
                    if let Some(next) = token_at(s, cursor)
                        && let Some(NumberWord::Scale(m)) = next.word().and_then(number_word)
                        && l.scale.is_none()
                        && !l.fraction
                    {
                        total += group * m;
                        group = 0.0;
                        w.scale = Some(m);
                        w.end = next.end;
                        w.words = true;
                        last = Last::Scale(m);
                    }
                    break;
                }
            }
            Tok::Word(word) => {
                if is(word, "a") && last == Last::Start {
                    let next = token_at(s, t.end)?;
                    let nw = next.word()?;
                    let leads = matches!(
                        number_word(nw),
                        Some(NumberWord::Hundred | NumberWord::Scale(_) | NumberWord::Dozen)
                    ) || denominator(nw).is_some()
                        || number_word(nw).is_some_and(|n| matches!(n, NumberWord::Tens(_)))
                            && token_at(s, next.end).is_some_and(|h| h.tok == Tok::Punct('-'));
                    if !leads {
                        return None;
                    }
                    group = 1.0;
                    last = Last::A;
                    w.words = true;
                    cursor = t.end;
                    w.end = t.end;
                    continue;
                }
                if is(word, "and") {
                    if matches!(last, Last::Hundred | Last::Scale(_))
                        && token_at(s, t.end).is_some_and(|n| joins_after_and(s, n))
                    {
                        cursor = t.end;
                        continue;
                    }
                    break;
                }
                if is(word, "point") && matches!(last, Last::Unit | Last::Teen | Last::Tens) {
                    // "five point five": digits named one by one.
                    let mut k = t.end;
                    let mut frac = 0.0;
                    let mut place = 0.1;
                    while let Some(d) = token_at(s, k)
                        && let Some(NumberWord::Unit(v)) = d.word().and_then(number_word)
                    {
                        frac += v * place;
                        place /= 10.0;
                        k = d.end;
                    }
                    if k == t.end {
                        break;
                    }
                    group += frac;
                    w.end = k;
                    last = Last::Point;
                    break;
                }
                let Some(nw) = number_word(word) else { break };
                match nw {
                    NumberWord::Unit(v) => {
                        let ok = match last {
                            Last::Start => true,
                            Last::Tens | Last::Hundred | Last::Scale(_) => v > 0.0,
                            _ => false,
                        };
                        if !ok {
                            break;
                        }
                        group += v;
                        last = Last::Unit;
                    }
                    NumberWord::Teen(v) | NumberWord::Tens(v) => {
                        if !matches!(last, Last::Start | Last::Hundred | Last::Scale(_)) {
                            break;
                        }
                        group += v;
                        last = if matches!(nw, NumberWord::Tens(_)) {
                            Last::Tens
                        } else {
                            Last::Teen
                        };
                    }
                    NumberWord::Hundred => {
                        let ok = match last {
                            Last::A | Last::Unit | Last::Teen | Last::Tens => true,
                            Last::Lit => last_lit.is_some_and(|l| l.integer && l.value < 100.0),
                            _ => false,
                        };
                        if !ok || group >= 100.0 {
                            break;
                        }
                        group *= 100.0;
                        last = Last::Hundred;
                        w.literal = None;
                    }
                    NumberWord::Scale(m) => {
                        match last {
                            Last::A
                            | Last::Unit
                            | Last::Teen
                            | Last::Tens
                            | Last::Lit
                            | Last::Hundred
                                if m < max_scale =>
                            {
                                total += group * m;
                                group = 0.0;
                                max_scale = m;
                            }
                            // "three lakh crore", "a thousand million".
                            Last::Scale(prev) if m > prev && group == 0.0 => {
                                total *= m;
                                max_scale = m * prev;
                            }
                            _ => break,
                        }
                        w.scale = Some(w.scale.map_or(m, |s: f64| s.max(m)));
                        last = Last::Scale(m);
                    }
                    NumberWord::Dozen => {
                        let ok = match last {
                            Last::A | Last::Unit | Last::Teen | Last::Tens => true,
                            Last::Lit => last_lit.is_some_and(|l| l.integer),
                            _ => false,
                        };
                        if !ok {
                            break;
                        }
                        group *= 12.0;
                        w.literal = None;
                        w.end = t.end;
                        w.words = true;
                        w.parts += 1;
                        last = Last::Dozen;
                        break;
                    }
                }
                w.words = true;
            }
            Tok::Punct('-') => {
                // "fifty-two", "ninety - five".
                if last == Last::Tens
                    && let Some(u) = token_at(s, t.end)
                    && let Some(NumberWord::Unit(v)) = u.word().and_then(number_word)
                    && v > 0.0
                {
                    group += v;
                    last = Last::Unit;
                    w.end = u.end;
                    w.parts += 1;
                    cursor = u.end;
                    continue;
                }
                break;
            }
            Tok::Punct(_) => break,
        }
        w.parts += 1;
        w.end = t.end;
        cursor = t.end;
    }
    if last == Last::Start {
        return None;
    }
    w.value = total + group;
    w.last = last;
    Some(w)
}

/// A denominator after a numerator: "thirds", "-fifths", "twenty-first".
fn denominator_at(s: &str, pos: usize) -> Option<(f64, usize)> {
    let mut t = token_at(s, pos)?;
    if t.tok == Tok::Punct('-') {
        t = token_at(s, t.end)?;
    }
    let w = t.word()?;
    if let Some(d) = denominator(w) {
        return Some((d, t.end));
    }
    // "twenty-first", "twenty-fifths".
    if let Some(NumberWord::Tens(tens)) = number_word(w)
        && let Some(h) = token_at(s, t.end)
        && h.tok == Tok::Punct('-')
        && let Some(u) = token_at(s, h.end)
        && let Some(unit) = u.word().and_then(unit_ordinal)
    {
        return Some((tens + unit, u.end));
    }
    None
}

/// A fraction written as words after "and": "a half", "two thirds",
/// "three quarters". Returns its value and end.
fn and_fraction_at(s: &str, pos: usize) -> Option<(f64, usize)> {
    let t = token_at(s, pos)?;
    let w = t.word()?;
    let numerator = if is(w, "a") {
        1.0
    } else {
        match number_word(w)? {
            NumberWord::Unit(v) | NumberWord::Teen(v) | NumberWord::Tens(v) if v > 0.0 => v,
            _ => return None,
        }
    };
    let (den, end) = denominator_at(s, t.end)?;
    Some((numerator / den, end))
}

/// A number (whole, fraction, or whole and fraction) starting at `pos`.
fn parse_number(s: &str, pos: usize) -> Option<Number> {
    let first = token_at(s, pos)?;
    // A fraction with no numerator: "half a million", "quarter million", "half".
    if let Some(w) = first.word()
        && (is(w, "half") || is(w, "quarter"))
    {
        let d = denominator(w)?;
        let mut value = 1.0 / d;
        let mut end = first.end;
        let mut scale = None;
        let mut k = first.end;
        if let Some(a) = token_at(s, k).filter(|t| t.word().is_some_and(|w| is(w, "a"))) {
            k = a.end;
        }
        if let Some(t) = token_at(s, k)
            && let Some(NumberWord::Scale(m)) = t.word().and_then(number_word)
        {
            value *= m;
            end = t.end;
            scale = Some(m);
        } else if is(w, "quarter") {
            // "quarter" alone is a period of a year, not a number.
            return None;
        }
        return Some(Number {
            span: pos..end,
            value,
            rounding: 0.0,
            form: Form::Words,
            fraction: scale.is_none(),
            scale,
            ambiguous_scale: false,
            vague: None,
        });
    }

    let whole = compose(s, pos)?;
    let mut value = whole.value;
    let mut end = whole.end;
    let mut fraction = false;
    let mut scale = whole.scale;

    if let Some((den, d_end)) = denominator_at(s, end).filter(|_| {
        matches!(
            whole.last,
            Last::A | Last::Unit | Last::Teen | Last::Tens | Last::Hundred | Last::Scale(_)
        ) || (whole.last == Last::Lit && whole.literal.is_some_and(|l| l.integer))
    }) {
        // "two-thirds", "a hundred trillionths", "3 fifths".
        value /= den;
        end = d_end;
        fraction = true;
        scale = None;
        // "a quarter million": a fraction of a scale.
        if matches!(whole.last, Last::A | Last::Unit)
            && let Some(t) = token_at(s, end)
            && let Some(NumberWord::Scale(m)) = t.word().and_then(number_word)
        {
            value *= m;
            end = t.end;
            fraction = false;
            scale = Some(m);
        }
    } else if whole.last == Last::A {
        return None;
    } else if let Some(over) = token_at(s, end).filter(|t| t.word().is_some_and(|w| is(w, "over")))
        && whole.parts == 1
        && (1.0..=10.0).contains(&value)
        && value.fract() == 0.0
        && let Some(den) = compose(s, over.end)
        && den.value > 0.0
        && den.value.fract() == 0.0
        && token_at(s, den.end).is_none_or(|t| t.word().is_none())
    {
        // "1 over 3", "one over twenty": a ratio read aloud.
        value /= den.value;
        end = den.end;
        fraction = true;
    } else if let Some(and) = token_at(s, end).filter(|t| t.word().is_some_and(|w| is(w, "and")))
        && let Some((frac, f_end)) = and_fraction_at(s, and.end)
    {
        // "one and a half", "3 million and a half", "one billion and three quarters million".
        end = f_end;
        if let Some(t) = token_at(s, f_end)
            && let Some(NumberWord::Scale(m)) = t.word().and_then(number_word)
        {
            // "two and a half million" scales the whole; "one billion and
            // three quarters million" adds a fraction of the smaller scale.
            value = if matches!(whole.last, Last::Scale(_)) {
                value + frac * m
            } else {
                (value + frac) * m
            };
            scale = Some(scale.map_or(m, |s: f64| s.max(m)));
            end = t.end;
        } else if let Last::Scale(m) = whole.last {
            value += frac * m;
        } else {
            value += frac;
        }
    }

    let form = match (whole.words || end > whole.end, whole.digits) {
        (true, true) => Form::Mixed,
        (false, true) => Form::Digits,
        _ => Form::Words,
    };
    let rounding = match whole.literal {
        // A literal keeps its own rounding, scaled by words after it ("1.2 million").
        Some(l) if !fraction => l.rounding * scale.unwrap_or(1.0) / l.scale.unwrap_or(1.0),
        _ if fraction || value.fract() != 0.0 => 0.0,
        _ => rounding_of_integer(value),
    };
    Some(Number {
        span: pos..end,
        value,
        rounding,
        form,
        fraction,
        scale,
        ambiguous_scale: whole.literal.is_some_and(|l| l.ambiguous_scale),
        vague: None,
    })
}

/// Half the place value of the last non-zero digit of an integer written in
/// words ("sixty-eight thousand" → 500), 0 for a one-digit-exact value.
fn rounding_of_integer(v: f64) -> f64 {
    let mut v = v.abs();
    if !(10.0..1e18).contains(&v) {
        return 0.0;
    }
    let mut place = 1.0;
    while v >= 10.0 && (v % 10.0) == 0.0 {
        v /= 10.0;
        place *= 10.0;
    }
    if place == 1.0 { 0.0 } else { place / 2.0 }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod prefilter_tests {
    use super::*;

    #[test]
    fn every_start_word_passes_the_prefilter() {
        for w in [
            "dozens",
            "dzs",
            "dozs",
            "thousands",
            "minus",
            "Sixty",
            "quarter",
        ] {
            assert!(may_start_number(w));
            assert_eq!(STARTS.find(w).map(|m| m.start()), Some(0), "{w}");
        }
        for w in START_WORDS {
            let first = w.split(' ').next().unwrap();
            assert!(may_start_number(first), "{w}");
        }
    }
}
