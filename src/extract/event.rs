//! Which event a date dates: "spoke by phone **on Thursday**" dates a call,
//! "**Thursday's** call" too, "said on Thursday" dates no event we compare.
//!
//! Dates are compared across sources only when they date the same event
//! (design §5), so the attachment is deliberately narrow. Reading leftwards
//! from the date inside its clause, function words, names (capitalized),
//! numbers, adverbs and light verbs ("took place", "was held", "began") are
//! passed over; the first other word decides. If it names an event in
//! `events.yaml`, that is the event; any other word ("said", "agreed",
//! "left") means the date belongs to something we do not compare. A date
//! used as an adjective or possessive ("their October 16 phone call",
//! "Thursday's call") takes the event word right after it, and a date at the
//! head of its clause ("On Thursday, Trump and Putin spoke by phone") takes
//! the first event word of the clause.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::fnv::FnvBuild;

/// Event words and phrases (lowercase, single-spaced) → the event's name.
#[derive(Debug, Clone, Default)]
pub struct EventLexicon {
    phrases: HashMap<String, String, FnvBuild>,
    /// The first word of every phrase: a word that starts none is not
    /// looked up at all, which is most words.
    firsts: HashSet<String, FnvBuild>,
}

impl EventLexicon {
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// The event a phrase names.
    pub fn get(&self, phrase: &str) -> Option<&String> {
        self.phrases.get(phrase)
    }

    /// Whether some phrase starts with `word`.
    fn starts(&self, word: &str) -> bool {
        self.firsts.contains(word)
    }
}

impl FromIterator<(String, String)> for EventLexicon {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(iter: I) -> Self {
        let phrases: HashMap<String, String, FnvBuild> = iter.into_iter().collect();
        let firsts = phrases
            .keys()
            .filter_map(|p| p.split(' ').next())
            .map(str::to_string)
            .collect();
        EventLexicon { phrases, firsts }
    }
}

/// Words passed over between a date and its event word.
const PASS_OVER: &[&str] = &[
    "a",
    "again",
    "also",
    "an",
    "and",
    "at",
    "be",
    "been",
    "began",
    "begin",
    "begins",
    "being",
    "between",
    "both",
    "by",
    "came",
    "due",
    "during",
    "early",
    "ended",
    "ends",
    "expected",
    "finally",
    "first",
    "for",
    "from",
    "had",
    "happened",
    "has",
    "have",
    "held",
    "her",
    "his",
    "in",
    "is",
    "its",
    "last",
    "late",
    "leaders",
    "next",
    "of",
    "on",
    "our",
    "over",
    "overnight",
    "place",
    "planned",
    "s",
    "scheduled",
    "set",
    "started",
    "starts",
    "take",
    "takes",
    "the",
    "their",
    "took",
    "two",
    "was",
    "were",
    "will",
    "with",
    "would",
];

/// The longest event phrase, in words.
const MAX_PHRASE: usize = 3;
/// How many words either side of a date are read at most.
const WINDOW: usize = 10;

/// A word of the sentence: lowercase text and what surrounds it.
struct Word<'a> {
    lower: &'a str,
    /// Capitalized in the text: a name, unless it is an event word.
    capitalized: bool,
    numeric: bool,
    /// A clause boundary (comma, semicolon, colon, dash, bracket, quote)
    /// comes right before this word.
    boundary_before: bool,
    span: Range<usize>,
}

/// How many bytes either side of a date are read: more than [`WINDOW`]
/// words of news text, so a long sentence costs no more than a short one.
const WINDOW_BYTES: usize = 160;

/// The words of `text` (the original) whose lowercase copy is `lower`.
fn words<'a>(text: &str, lower: &'a str) -> Vec<Word<'a>> {
    // News words average five or six bytes with their space.
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut boundary = true;
    let mut start = None;
    let bytes = text.as_bytes();
    let mut push = |s: usize, e: usize, boundary: &mut bool| {
        out.push(Word {
            lower: &lower[s..e],
            capitalized: bytes[s].is_ascii_uppercase()
                || (!bytes[s].is_ascii()
                    && text[s..].chars().next().is_some_and(char::is_uppercase)),
            numeric: bytes[s].is_ascii_digit(),
            boundary_before: *boundary,
            span: s..e,
        });
        *boundary = false;
    };
    for (i, ch) in text.char_indices() {
        let in_word = ch.is_alphanumeric()
            || (matches!(ch, '.' | '-')
                && start.is_some()
                && bytes.get(i + 1).is_some_and(|b| b.is_ascii_alphanumeric()));
        if in_word {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            push(s, i, &mut boundary);
        }
        if matches!(ch, ',' | ';' | ':' | '(' | ')' | '"' | '-' | '!' | '?') {
            boundary = true;
        }
    }
    if let Some(s) = start {
        push(s, text.len(), &mut boundary);
    }
    out
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The event a date at `date` (byte range in `sentence`) belongs to, by its
/// name in `events` (phrase → event name), or `None`.
pub fn event_of(sentence: &str, date: Range<usize>, events: &EventLexicon) -> Option<String> {
    if events.is_empty() {
        return None;
    }
    let from = floor_char(sentence, date.start.saturating_sub(WINDOW_BYTES));
    let to = floor_char(sentence, (date.end + WINDOW_BYTES).min(sentence.len()));
    let text = &sentence[from..to];
    let lower = text.to_lowercase();
    // Lowercasing may change byte lengths outside ASCII; then read the
    // original as it is (names stay capitalized, event words are ASCII).
    let lower = if lower.len() == text.len() {
        lower
    } else {
        text.to_string()
    };
    let date = date.start - from..date.end - from;
    let words = words(text, &lower);
    let first = words.iter().position(|w| w.span.end > date.start)?;
    let after = words
        .iter()
        .position(|w| w.span.start >= date.end)
        .unwrap_or(words.len());
    let mut phrase = String::new();
    let mut lookup = |from: usize, len: usize| -> Option<&String> {
        if !words.get(from).is_some_and(|w| events.starts(w.lower)) {
            return None;
        }
        phrase.clear();
        for (k, w) in words.get(from..from + len)?.iter().enumerate() {
            if k > 0 {
                phrase.push(' ');
            }
            phrase.push_str(w.lower);
        }
        events.get(phrase.as_str())
    };
    // "their October 16 phone call", "Thursday's call": the event word follows.
    let mut next = after;
    if words.get(next).is_some_and(|w| w.lower == "s") {
        next += 1;
    }
    if !words.get(next).is_some_and(|w| w.boundary_before) {
        for len in (1..=MAX_PHRASE).rev() {
            if let Some(e) = lookup(next, len) {
                return Some(e.clone());
            }
        }
    }
    // Leftwards inside the clause: the first word that is not passed over decides.
    let mut i = first;
    let mut reached_head = true;
    while i > 0 && first - i < WINDOW {
        if words[i].boundary_before {
            break;
        }
        i -= 1;
        for len in (1..=MAX_PHRASE.min(i + 1)).rev() {
            if let Some(e) = lookup(i + 1 - len, len) {
                return Some(e.clone());
            }
        }
        let w = &words[i];
        if !passed_over(w) {
            reached_head = false;
            break;
        }
    }
    if !reached_head {
        return None;
    }
    // A date heading its clause: the clause's first event word, if nothing
    // else decides first.
    let mut j = after;
    while j < words.len() && j - after < WINDOW {
        if j > after && words[j].boundary_before {
            break;
        }
        for len in (1..=MAX_PHRASE).rev() {
            if let Some(e) = lookup(j, len) {
                return Some(e.clone());
            }
        }
        if !passed_over(&words[j]) {
            return None;
        }
        j += 1;
    }
    None
}

fn passed_over(w: &Word) -> bool {
    w.capitalized
        || w.numeric
        || (w.lower.len() > 4 && w.lower.ends_with("ly"))
        || PASS_OVER.binary_search(&w.lower).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> EventLexicon {
        let (set, errors) = crate::rule::load_builtin();
        assert!(errors.is_empty(), "{errors:?}");
        set.events.into_iter().collect()
    }

    #[test]
    fn pass_over_is_sorted() {
        assert!(PASS_OVER.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn attaches_dates_to_events() {
        let events = lexicon();
        // (sentence, the date words, expected event)
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Trump and Putin spoke by telephone on Wednesday for two hours.",
                "Wednesday",
                Some("call"),
            ),
            (
                "Much of his attention was on his call with Putin on Thursday.",
                "Thursday",
                Some("call"),
            ),
            (
                "Officials learned of Thursday's call between the leaders.",
                "Thursday",
                Some("call"),
            ),
            (
                "They weighed the prospect of their October 16 phone call.",
                "October 16",
                Some("call"),
            ),
            (
                "He was capping a phone call today that ran long.",
                "today",
                Some("call"),
            ),
            (
                "Officials met in Riyadh on February 18.",
                "February 18",
                Some("meeting"),
            ),
            (
                "The Riyadh meeting took place on February 20.",
                "February 20",
                Some("meeting"),
            ),
            (
                "The summit is scheduled for Wednesday.",
                "Wednesday",
                Some("summit"),
            ),
            (
                "On Thursday, Trump and Putin spoke by phone.",
                "Thursday",
                Some("call"),
            ),
            (
                "Zelenskyy, who flew to Washington on Thursday, was blunt.",
                "Thursday",
                Some("visit"),
            ),
            (
                "He was due to sit down with Donald Trump at the White House on Friday.",
                "Friday",
                Some("meeting"),
            ),
            (
                "Trump said on Thursday that he would meet Putin.",
                "Thursday",
                None,
            ),
            (
                "The two agreed on Thursday to hold their next summit in Budapest.",
                "Thursday",
                None,
            ),
            (
                "Zelenskyy left the White House on Friday without the missiles.",
                "Friday",
                None,
            ),
            (
                "The turn came on Thursday, when the two presidents spoke.",
                "Thursday",
                None,
            ),
            (
                "On Thursday, prices rose sharply after the meeting.",
                "Thursday",
                None,
            ),
            (
                "The law was signed last week by the president.",
                "last week",
                Some("signing"),
            ),
            ("Protests broke out on Monday.", "Monday", None),
        ];
        for (sentence, date, want) in cases {
            let start = sentence.find(date).expect("date in sentence");
            let got = event_of(sentence, start..start + date.len(), &events);
            assert_eq!(got.as_deref(), *want, "{sentence}");
        }
    }
}
