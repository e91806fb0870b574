//! What the date grammar knows about a word, looked up once per token.
//!
//! The word predicates (`is_date_word`, the start words, the irregular past
//! forms, the holiday names) stay the definitions. This table caches their
//! answers for every word they can accept, so a token costs one hash lookup
//! instead of a chain of string comparisons at every rule that asks. A test
//! checks the table against the predicates over the vocabulary and a corpus.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::lex::{self, ORDINALS, START_WORDS};
use crate::fnv::FnvBuild;

/// The word can only be part of a date: an anchor.
pub(super) const DATE: u8 = 1;
/// A date phrase may start at the word.
pub(super) const START: u8 = 2;
/// An irregular past form or a word that places an event in the past.
pub(super) const PAST: u8 = 4;
/// A holiday name starts with the word.
pub(super) const HOLIDAY: u8 = 8;

/// The flags of a lowercase word; 0 for words outside the vocabulary.
pub(super) fn class(word: &str) -> u8 {
    CLASSES.get(word).copied().unwrap_or(0)
}

static CLASSES: LazyLock<HashMap<Box<str>, u8, FnvBuild>> = LazyLock::new(|| {
    let mut table = HashMap::default();
    for word in vocabulary() {
        let flags = flags_by_definition(&word);
        if flags != 0 {
            table.insert(word.into_boxed_str(), flags);
        }
    }
    table
});

/// The flags as the predicates define them.
fn flags_by_definition(word: &str) -> u8 {
    let mut flags = 0;
    if super::is_date_word_by_lists(word) {
        flags |= DATE;
    }
    if lex::may_start_word(word) {
        flags |= START;
    }
    if super::tense::is_irregular_past(word) {
        flags |= PAST;
    }
    if super::holiday::starts_holiday(word) {
        flags |= HOLIDAY;
    }
    flags
}

/// Every word any of the predicates can accept (and some they do not).
fn vocabulary() -> Vec<String> {
    const MONTHS: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ];
    const WEEKDAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mondays",
        "tuesdays",
        "wednesdays",
        "thursdays",
        "fridays",
        "saturdays",
        "sundays",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ];
    const NUMBERS: &[&str] = &[
        "a",
        "an",
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
        "hundred",
        "thousand",
        "couple",
        "few",
        "thirtieth",
        "last",
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
    ];
    let calendar = super::CALENDAR_WORDS;
    let mut words: Vec<String> = MONTHS
        .iter()
        .chain(WEEKDAYS)
        .chain(NUMBERS)
        .chain(&ORDINALS)
        .chain(START_WORDS)
        .chain(super::tense::IRREGULAR_PAST)
        .chain(calendar)
        .chain(&["so", "q", "h"])
        .map(|w| w.to_string())
        .chain(calendar.iter().map(|w| format!("{w}s")))
        .chain(super::holiday::first_words().map(str::to_string))
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table answers as the predicates do, for the vocabulary and for
    /// every word of the sources that define the predicates (so every
    /// literal they compare against), the test phrases and an example.
    #[test]
    fn table_agrees_with_the_predicates() {
        let mut words = vocabulary();
        let texts = [
            include_str!("../date.rs"),
            include_str!("lex.rs"),
            include_str!("tense.rs"),
            include_str!("holiday.rs"),
            include_str!("../../document/dateline.rs"),
            include_str!("../number/words.rs"),
            include_str!("tests.rs"),
            include_str!("../../../examples/budapest-summit/potomac-dispatch.md"),
            include_str!("../../../tools/corpus.rs"),
        ];
        for text in texts {
            for w in text.split(|c: char| !c.is_ascii_alphabetic()) {
                let w = w.to_ascii_lowercase();
                words.push(w.clone());
                words.push(format!("{w}s"));
            }
        }
        for w in words.iter().filter(|w| !w.is_empty()) {
            assert_eq!(class(w), flags_by_definition(w), "{w:?}");
        }
    }
}
