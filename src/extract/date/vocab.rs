//! What the date grammar knows about a word, looked up once per token.
//!
//! The word predicates (`is_date_word`, the start words, the irregular past
//! forms, the holiday names) stay the definitions. This table caches their
//! answers for every word they can accept, so a token costs one hash lookup
//! instead of a chain of string comparisons at every rule that asks. A test
//! checks the table against the predicates over the vocabulary and a corpus.

use std::sync::LazyLock;

use super::lex::{self, ORDINALS, START_WORDS};

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
    CLASSES.get(word.as_bytes())
}

/// The vocabulary words that carry `flag`.
pub(super) fn words_with(flag: u8) -> impl Iterator<Item = &'static str> {
    CLASSES
        .slots
        .iter()
        .filter(move |(w, flags)| !w.is_empty() && flags & flag != 0)
        .map(|(w, _)| &**w)
}

static CLASSES: LazyLock<WordTable> = LazyLock::new(|| {
    let words: Vec<(String, u8)> = vocabulary()
        .into_iter()
        .map(|w| {
            let flags = flags_by_definition(&w);
            (w, flags)
        })
        .filter(|(_, flags)| *flags != 0)
        .collect();
    WordTable::new(words)
});

/// An open-addressing table from word to flags, hashed on the length and
/// the first eight bytes: a lookup costs a few instructions, where a
/// general-purpose hash map costs about a hundred, and it runs for every
/// word of every sentence that may hold a date.
struct WordTable {
    /// A power of two in length, at most a quarter full; empty slots hold "".
    slots: Box<[(Box<str>, u8)]>,
    /// Bits of the hash used as the first slot.
    bits: u32,
    longest: usize,
}

impl WordTable {
    fn new(words: Vec<(String, u8)>) -> WordTable {
        let bits = (words.len() * 4).next_power_of_two().trailing_zeros();
        let mut slots = vec![(Box::<str>::default(), 0u8); 1 << bits].into_boxed_slice();
        let longest = words.iter().map(|(w, _)| w.len()).max().unwrap_or(0);
        for (word, flags) in words {
            let mut i = Self::first_slot(word.as_bytes(), bits);
            while !slots[i].0.is_empty() {
                i = (i + 1) & (slots.len() - 1);
            }
            slots[i] = (word.into_boxed_str(), flags);
        }
        WordTable {
            slots,
            bits,
            longest,
        }
    }

    fn first_slot(word: &[u8], bits: u32) -> usize {
        let mut h = word.len() as u64;
        for &b in &word[..word.len().min(8)] {
            h = (h << 8) | u64::from(b);
        }
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }

    fn get(&self, word: &[u8]) -> u8 {
        if word.is_empty() || word.len() > self.longest {
            return 0;
        }
        let mut i = Self::first_slot(word, self.bits);
        loop {
            let (w, flags) = &self.slots[i];
            if w.is_empty() {
                return 0;
            }
            if w.as_bytes() == word {
                return *flags;
            }
            i = (i + 1) & (self.slots.len() - 1);
        }
    }
}

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

/// The words of a table of words and values.
fn names<T>(table: &'static [(&'static str, T)]) -> impl Iterator<Item = &'static str> {
    table.iter().map(|(w, _)| *w)
}

/// Every word any of the predicates can accept (and some they do not),
/// taken from the lists the predicates read.
fn vocabulary() -> Vec<String> {
    // Number words dates use beyond the number layer's start words.
    const NUMBERS: &[&str] = &[
        "a",
        "an",
        "hundred",
        "thousand",
        "couple",
        "few",
        "thirtieth",
        "last",
    ];
    let calendar = super::CALENDAR_WORDS;
    let full_weekdays = names(&lex::WEEKDAY_NAMES[..7]);
    let mut words: Vec<String> = names(crate::document::MONTH_NAMES)
        .chain(names(&lex::WEEKDAY_NAMES))
        .chain(names(&lex::DECADE_WORDS))
        .chain(NUMBERS.iter().copied())
        .chain(crate::extract::number::START_WORDS.iter().copied())
        .chain(ORDINALS)
        .chain(START_WORDS.iter().copied())
        .chain(super::tense::IRREGULAR_PAST.iter().copied())
        .chain(calendar.iter().copied())
        .chain(super::holiday::first_words())
        .map(str::to_string)
        // What `is_date_word` reads in the singular: "weeks", "Mondays".
        .chain(
            calendar
                .iter()
                .copied()
                .chain(full_weekdays)
                .map(|w| format!("{w}s")),
        )
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
