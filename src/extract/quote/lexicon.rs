//! Word classes for the quote finder, from the lists in [`super::words`].
//! The lists are small on purpose: precision comes from the grammar around
//! them, not from exhaustive vocabularies.
//!
//! The lists are merged into one hash table of class bits, so a token is
//! classified with one lookup when it is made ([`classify`]) and every later
//! test is a bit test.

use std::hash::Hasher;
use std::sync::LazyLock;

use super::words;

/// Word classes, as bits: a word can be several things ("general" is a
/// title and a modifier, "said" a cue).
pub const CUE: u32 = 1;
pub const TITLE: u32 = 1 << 1;
pub const ORG_HEAD: u32 = 1 << 2;
pub const MODIFIER: u32 = 1 << 3;
pub const STOPWORD: u32 = 1 << 4;
pub const ADVERBIAL: u32 = 1 << 5;
pub const NOT_PERSON_LAST: u32 = 1 << 6;
pub const NOT_PERSON_FIRST: u32 = 1 << 7;
pub const PARTICLE: u32 = 1 << 8;
pub const HONORIFIC_FEMALE: u32 = 1 << 9;
pub const HONORIFIC_MALE: u32 = 1 << 10;
pub const NAME_FEMALE: u32 = 1 << 11;
pub const NAME_MALE: u32 = 1 << 12;
pub const NAMING: u32 = 1 << 13;
pub const ABBREVIATION: u32 = 1 << 14;
pub const PLACE: u32 = 1 << 15;
pub const ORG_DESCRIPTOR: u32 = 1 << 16;
pub const QUANTITY: u32 = 1 << 17;
pub const ARTICLE: u32 = 1 << 18;
/// Set by [`classify`] from the spelling, not from a list.
pub const CAPITALIZED: u32 = 1 << 19;
pub const POSSESSIVE: u32 = 1 << 20;
pub const REPORTING: u32 = 1 << 21;
/// "according" (of "according to").
pub const ACCORDING: u32 = 1 << 22;
pub const HONORIFIC: u32 = HONORIFIC_FEMALE | HONORIFIC_MALE;

/// A word of at most 24 bytes, ASCII-lowercased and zero-padded into three
/// machine words: hashing and comparing it is three integer operations.
type Key = [u64; 3];

fn key(word: &str) -> Option<Key> {
    let mut buf = [0u8; 24];
    buf.get_mut(..word.len())?.copy_from_slice(word.as_bytes());
    let mut key = [0u64; 3];
    for (k, chunk) in key.iter_mut().zip(buf.chunks_exact(8)) {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        // ASCII lowercase, eight bytes at a time: add 0x20 to bytes in A..=Z.
        let n = u64::from_le_bytes(bytes);
        let ge_a = n.wrapping_add(0x3f3f_3f3f_3f3f_3f3f) & !n.wrapping_add(0x2525_2525_2525_2525);
        *k = n | ((ge_a & 0x8080_8080_8080_8080) >> 2);
    }
    Some(key)
}

/// FxHash-style hasher for the persons index's `&str` keys: a
/// multiply-rotate per eight bytes, several times faster than SipHash on
/// short names.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Open-addressing table of every listed word: 2^SLOT_BITS slots, linear
/// probing, at most a quarter full, so a lookup is one multiply and one or
/// two key compares.
const SLOT_BITS: u32 = 12;

struct Table {
    slots: Vec<Option<(Key, u32)>>,
}

impl Table {
    fn slot(key: &Key) -> usize {
        let mixed = (key[0] ^ key[1].rotate_left(21) ^ key[2].rotate_left(42))
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (mixed >> (64 - SLOT_BITS)) as usize
    }
    fn get(&self, key: &Key) -> u32 {
        let mask = self.slots.len() - 1;
        let mut i = Self::slot(key);
        while let Some((k, class)) = &self.slots[i] {
            if k == key {
                return *class;
            }
            i = (i + 1) & mask;
        }
        0
    }
    fn add(&mut self, key: Key, class: u32) {
        let mask = self.slots.len() - 1;
        let mut i = Self::slot(&key);
        loop {
            match &mut self.slots[i] {
                Some((k, c)) if *k == key => {
                    *c |= class;
                    return;
                }
                Some(_) => i = (i + 1) & mask,
                empty @ None => {
                    *empty = Some((key, class));
                    return;
                }
            }
        }
    }
}

/// Every list merged into one word → classes table.
static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let lists: &[(&[&str], u32)] = &[
        (words::CUES, CUE),
        (words::REPORTING_VERBS, REPORTING),
        (&["according"], ACCORDING),
        (words::TITLES, TITLE),
        (words::ORG_HEADS, ORG_HEAD | NOT_PERSON_LAST),
        (words::MODIFIERS, MODIFIER),
        (words::STOPWORDS, STOPWORD),
        (words::ADVERBIALS, ADVERBIAL),
        (words::NOT_PERSON_LAST_WORDS, NOT_PERSON_LAST),
        (words::NOT_PERSON_FIRST_WORDS, NOT_PERSON_FIRST),
        (words::PARTICLES, PARTICLE),
        (words::FEMALE_HONORIFICS, HONORIFIC_FEMALE),
        (words::MALE_HONORIFICS, HONORIFIC_MALE),
        (words::FEMALE_NAMES, NAME_FEMALE),
        (words::MALE_NAMES, NAME_MALE),
        (words::NAMING_WORDS, NAMING),
        (words::ABBREVIATIONS, ABBREVIATION),
        (words::PLACES, PLACE),
        (words::ORG_DESCRIPTORS, ORG_DESCRIPTOR),
        (words::QUANTITIES, QUANTITY),
        (words::ARTICLES, ARTICLE),
    ];
    let mut table = Table {
        slots: vec![None; 1 << SLOT_BITS],
    };
    for (list, class) in lists {
        for key in list.iter().filter_map(|w| key(w)) {
            table.add(key, *class);
        }
    }
    table
});

/// The listed classes of `word`, ASCII case ignored; words with non-ASCII
/// letters or longer than 24 bytes are in no list.
pub fn listed(word: &str) -> u32 {
    if !word.is_ascii() {
        return 0;
    }
    key(word).map_or(0, |k| TABLE.get(&k))
}

/// All classes of `word`: listed ones plus capitalisation and possessive.
pub fn classify(word: &str) -> u32 {
    let mut class = listed(word);
    if is_capitalized(word) {
        class |= CAPITALIZED;
    }
    if word.ends_with("'s") || word.ends_with("’s") {
        class |= POSSESSIVE;
    }
    class
}

pub fn is_cue(w: &str) -> bool {
    listed(w) & CUE != 0
}
pub fn is_naming(w: &str) -> bool {
    listed(w) & NAMING != 0
}

/// Grammatical gender hinted by an honorific or a common first name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
    Unknown,
}

/// The gender an honorific or common first name's classes imply.
pub fn gender_of(class: u32) -> Gender {
    if class & (HONORIFIC_FEMALE | NAME_FEMALE) != 0 {
        Gender::Female
    } else if class & (HONORIFIC_MALE | NAME_MALE) != 0 {
        Gender::Male
    } else {
        Gender::Unknown
    }
}

/// "he", "she", "they", "it" and their object forms, as a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    They,
    It,
}

pub fn pronoun(w: &str) -> Option<Pronoun> {
    match w {
        "he" | "He" | "him" => Some(Pronoun::He),
        "she" | "She" | "her" => Some(Pronoun::She),
        "they" | "They" | "them" => Some(Pronoun::They),
        "it" | "It" => Some(Pronoun::It),
        _ => None,
    }
}

/// "of", "for", "at" inside a role ("mayor of Kherson").
pub fn is_connector(w: &str) -> bool {
    matches!(w, "of" | "for" | "at")
}

pub fn is_furniture_start(line: &str) -> bool {
    if !line.starts_with(|c: char| {
        matches!(
            c.to_ascii_lowercase(),
            'a' | 'c' | 'f' | 'i' | 'l' | 'm' | 'p' | 'r' | 's' | 'w' | '©'
        )
    }) {
        return false;
    }
    words::FURNITURE.iter().any(|f| {
        line.get(..f.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(f))
    })
}

/// Whether `word` (without its dot) keeps a following dot: initials,
/// dotted acronyms ("U.S", "a.m") and title abbreviations.
pub fn takes_dot(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => c.is_uppercase(),
        _ => word.contains('.') || listed(word) & ABBREVIATION != 0,
    }
}

/// Capitalised: the first char is an uppercase letter, or a lowercase
/// particle is hyphened to a capitalised name ("al-Masri", "bin-Salman").
pub fn is_capitalized(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii_uppercase() => return true,
        Some(b'a' | b'b' | b'e' | b'i') => {}
        Some(b) if b.is_ascii() => return false,
        _ => return w.chars().next().is_some_and(char::is_uppercase),
    }
    ["al-", "el-", "bin-", "ibn-", "abu-", "ben-"]
        .iter()
        .any(|p| {
            w.strip_prefix(p)
                .is_some_and(|tail| tail.starts_with(char::is_uppercase))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_lowercase_and_fit_the_table() {
        let lists = [
            words::CUES,
            words::REPORTING_VERBS,
            words::TITLES,
            words::ORG_HEADS,
            words::MODIFIERS,
            words::STOPWORDS,
            words::ADVERBIALS,
            words::NOT_PERSON_LAST_WORDS,
            words::NOT_PERSON_FIRST_WORDS,
            words::PARTICLES,
            words::FEMALE_HONORIFICS,
            words::MALE_HONORIFICS,
            words::FEMALE_NAMES,
            words::MALE_NAMES,
            words::NAMING_WORDS,
            words::ABBREVIATIONS,
            words::PLACES,
            words::ORG_DESCRIPTORS,
            words::QUANTITIES,
            words::ARTICLES,
            words::FURNITURE,
        ];
        for list in lists {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "unsorted: {:?}",
                &list[..3]
            );
            assert!(
                list.iter().all(|w| w.len() <= 24 && *w == w.to_lowercase()),
                "{:?}",
                &list[..3]
            );
        }
        let words: usize = lists.iter().map(|l| l.len()).sum();
        assert!(words * 4 <= 1 << SLOT_BITS, "{words} words: grow SLOT_BITS");
    }

    #[test]
    fn classes_ignore_ascii_case() {
        assert_ne!(classify("Said") & CUE, 0);
        assert_ne!(classify("SPOKESMAN") & TITLE, 0);
        assert_ne!(classify("Kremlin") & (ORG_HEAD | CAPITALIZED), 0);
        assert_eq!(classify("Kremlin") & TITLE, 0);
        assert_ne!(classify("Ukraine's") & POSSESSIVE, 0);
        assert_ne!(classify("al-Masri") & CAPITALIZED, 0);
        assert_eq!(classify("Zelenskyy"), CAPITALIZED);
        assert_eq!(classify("ministère"), 0);
        assert_eq!(classify("a-very-long-word-beyond-the-table"), 0);
    }
}
