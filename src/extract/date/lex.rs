//! Tokenizer and word lists for the date grammar.
//!
//! The sentence is lowered with `to_ascii_lowercase`, which keeps byte offsets
//! identical, so every token can point back into the caller's string.

use chrono::Weekday;

use super::vocab;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A run of ASCII letters.
    Word,
    /// A run of ASCII digits (a thousands-grouped number such as "1,990" is `Count`).
    Num,
    /// A number written with thousands separators: never part of a date.
    Count,
    /// Any other single character (punctuation, symbols, non-ASCII).
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Tok<'a> {
    /// Lowercased text.
    pub text: &'a str,
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    /// Whitespace (or the sentence start) precedes the token.
    pub spaced: bool,
    /// The original text starts with an uppercase letter.
    pub capital: bool,
    /// The word's flags in the word table ([`vocab::class`]); 0 for other kinds.
    pub class: u8,
}

impl Tok<'_> {
    /// Numeric value of a digit token of at most 9 digits.
    pub fn num(&self) -> Option<u32> {
        if self.kind == Kind::Num && self.text.len() <= 9 {
            self.text.parse().ok()
        } else {
            None
        }
    }
    /// Punctuation, treating the typographic apostrophe and dashes as ASCII.
    pub fn punct(&self) -> Option<char> {
        if self.kind != Kind::Punct {
            return None;
        }
        match self.text.chars().next()? {
            '\u{2019}' | '\u{2018}' => Some('\''),
            '\u{2013}' | '\u{2014}' => Some('-'),
            c => Some(c),
        }
    }
}

/// Splits `lower` (the ASCII-lowercased sentence) into tokens; `original`
/// is the caller's text, used only to read capitalisation.
pub(super) fn tokenize<'a>(lower: &'a str, original: &str) -> Vec<Tok<'a>> {
    let bytes = lower.as_bytes();
    let orig = original.as_bytes();
    let mut toks = Vec::with_capacity(bytes.len() / 4);
    let mut i = 0;
    let mut spaced = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            spaced = true;
            i += 1;
            continue;
        }
        let start = i;
        let kind = if b.is_ascii_alphabetic() {
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            Kind::Word
        } else if b.is_ascii_digit() {
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let mut kind = Kind::Num;
            // "1,990" / "12,000,000": comma followed by exactly three digits.
            while i + 3 < bytes.len()
                && bytes[i] == b','
                && bytes[i + 1..i + 4].iter().all(u8::is_ascii_digit)
                && !bytes.get(i + 4).is_some_and(u8::is_ascii_digit)
            {
                i += 4;
                kind = Kind::Count;
            }
            kind
        } else {
            let len = lower[i..].chars().next().map_or(1, char::len_utf8);
            i += len;
            Kind::Punct
        };
        let text = &lower[start..i];
        toks.push(Tok {
            text,
            class: if kind == Kind::Word {
                vocab::class(text)
            } else {
                0
            },
            kind,
            start,
            end: i,
            spaced,
            capital: orig[start].is_ascii_uppercase(),
        });
        spaced = false;
    }
    toks
}

/// The three-letter beginnings of a vocabulary, as a bitset over `a..=z`
/// cubed. A word whose beginning is not in the set is not in the
/// vocabulary: one lookup turns away most words before a chain of string
/// comparisons would.
pub(super) struct Heads(Box<[u64]>);

impl Heads {
    /// Every word must be at least three ASCII letters long.
    pub fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> Heads {
        let mut bits = vec![0u64; (26 * 26 * 26usize).div_ceil(64)].into_boxed_slice();
        for w in words {
            let h = head(w.as_bytes()).expect("vocabulary words have three letters");
            bits[h / 64] |= 1 << (h % 64);
        }
        Heads(bits)
    }

    /// Whether `word` (ASCII letters, any case) begins like a word of the
    /// vocabulary; false for words shorter than three letters.
    pub fn admit(&self, word: &[u8]) -> bool {
        head(word).is_some_and(|h| self.0[h / 64] & (1 << (h % 64)) != 0)
    }
}

/// Index of a word's first three letters (any case) in a [`Heads`] set.
fn head(word: &[u8]) -> Option<usize> {
    let &[a, b, c, ..] = word else {
        return None;
    };
    let letter = |x: u8| {
        x.is_ascii_alphabetic()
            .then(|| usize::from((x | 0x20) - b'a'))
    };
    Some((letter(a)? * 26 + letter(b)?) * 26 + letter(c)?)
}

/// Month number for a month name or abbreviation ("sept", "oct").
pub(super) fn month_number(word: &str) -> Option<u32> {
    crate::document::month_number(word)
}

/// True for month abbreviations (which may carry a trailing period).
pub(super) fn is_month_abbrev(word: &str) -> bool {
    word.len() <= 4 && word != "may" && word != "june" && word != "july"
}

/// Weekday for a full name, or for an abbreviation when `allow_abbrev`.
pub(super) fn weekday(word: &str, allow_abbrev: bool) -> Option<Weekday> {
    let names = if allow_abbrev {
        &WEEKDAY_NAMES[..]
    } else {
        &WEEKDAY_NAMES[..7]
    };
    lookup(names, word)
}

/// The value of `word` in a table of words and values.
fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, value)| value)
}

/// Weekday names, the seven full names first, then the abbreviations.
pub(super) const WEEKDAY_NAMES: [(&str, Weekday); 17] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("tues", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("thur", Weekday::Thu),
    ("thurs", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

/// Cardinal number words (the number layer's vocabulary: units, teens,
/// tens, "hundred") and the informal quantities dates use ("a couple").
pub(super) fn cardinal_word(word: &str) -> Option<u32> {
    use crate::extract::number::{NumberWord, number_word};
    match number_word(word) {
        Some(NumberWord::Unit(v) | NumberWord::Teen(v) | NumberWord::Tens(v)) => Some(v as u32),
        Some(NumberWord::Hundred) => Some(100),
        Some(_) => None,
        None => Some(match word {
            "a" | "an" => 1,
            "couple" => 2,
            "few" => 3,
            _ => return None,
        }),
    }
}

/// Ordinal words first..thirty ("twenty" and "thirty" combine with "first".."ninth").
pub(super) fn ordinal_word(word: &str) -> Option<u32> {
    if let Some(n) = ORDINALS.iter().position(|w| *w == word) {
        return Some(n as u32 + 1);
    }
    match word {
        "thirtieth" => Some(30),
        "last" => Some(u32::MAX),
        _ => None,
    }
}

/// Ordinal words in order, "first" = 1.
pub(super) const ORDINALS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// Decade words: "seventies" → 70, "twenties" → 20.
pub(super) fn decade_word(word: &str) -> Option<i32> {
    lookup(&DECADE_WORDS, word)
}

/// Decade words and the decade they name within a century.
pub(super) const DECADE_WORDS: [(&str, i32); 8] = [
    ("twenties", 20),
    ("thirties", 30),
    ("forties", 40),
    ("fifties", 50),
    ("sixties", 60),
    ("seventies", 70),
    ("eighties", 80),
    ("nineties", 90),
];

/// Words after which a bare four-digit number is a year ("in 2025", "since 2014").
pub(super) fn is_year_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "til"
            | "during"
            | "before"
            | "after"
            | "from"
            | "to"
            | "through"
            | "throughout"
            | "of"
            | "year"
            | "early"
            | "late"
            | "mid"
            | "around"
            | "circa"
            | "between"
            | "into"
            | "than"
            | "for"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
    )
}

/// Words that make a preceding four-digit number a clock time, not a year.
pub(super) fn is_time_zone_word(word: &str) -> bool {
    matches!(
        word,
        "gmt"
            | "utc"
            | "bst"
            | "cet"
            | "cest"
            | "est"
            | "edt"
            | "cst"
            | "cdt"
            | "pst"
            | "pdt"
            | "et"
            | "pt"
            | "ist"
            | "jst"
            | "hrs"
            | "hours"
            | "hour"
            | "h"
            | "local"
            | "z"
            | "am"
            | "pm"
    )
}

/// Cheap gate: can a date phrase start at this token? Numbers, punctuation
/// ("'90s") and a fixed set of words; everything else is skipped without
/// running the grammar.
pub(super) fn may_start_date(t: &Tok<'_>) -> bool {
    match t.kind {
        Kind::Num => true,
        Kind::Count => false,
        Kind::Punct => t.text == "'" || t.text == "\u{2019}",
        Kind::Word => t.class & vocab::START != 0,
    }
}

/// The words [`may_start_date`] accepts, as the word lists define them:
/// month and weekday names, number words, ordinals and [`START_WORDS`].
pub(super) fn may_start_word(word: &str) -> bool {
    month_number(word).is_some()
        || weekday(word, true).is_some()
        || cardinal_word(word).is_some()
        || ordinal_word(word).is_some()
        || START_WORDS.contains(&word)
}

/// Words besides month, weekday, number and ordinal words that may start
/// a date phrase.
pub(super) const START_WORDS: &[&str] = &[
    "q",
    "h",
    "so",
    "the",
    "that",
    "from",
    "between",
    "this",
    "next",
    "past",
    "previous",
    "coming",
    "following",
    "upcoming",
    "current",
    "earlier",
    "later",
    "within",
    "early",
    "late",
    "mid",
    "middle",
    "end",
    "beginning",
    "start",
    "week",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "tmrw",
    "christmas",
    "boxing",
    "new",
    "valentine",
    "independence",
    "halloween",
    "juneteenth",
    "earth",
    "international",
    "veterans",
    "easter",
    "good",
    "thanksgiving",
    "black",
    "labor",
    "memorial",
];
