//! Sentence segmentation tuned for news copy.
//!
//! Works on text that has already been normalized (straight quotes, ASCII
//! dashes and spaces). [`Segmenter::split`] makes one forward pass over the
//! bytes and only stops to think at `.`, `!`, `?`, `…` and `\n`; every other
//! byte is skipped through a lookup table, so the only allocation is the output.
//!
//! The rules, in the order they matter:
//! - Punctuation only ends a sentence when whitespace follows it (after any
//!   closing quotes/brackets), which disposes of decimals, domains and
//!   "U.S.-based" without looking at them.
//! - A lowercase next word never starts a sentence, so attributions stay
//!   attached (`"We will meet," Trump said.`, `"Why?" she asked.`).
//! - After `.` the word before the dot decides: titles never end a sentence,
//!   months and "No." only before a numeral, words like "U.S."/"p.m."/"Inc."
//!   only before a common sentence opener, "etc." before any capital.
//! - Blank lines always end a sentence; a single newline is a soft wrap unless
//!   it bounds a heading, a list item or a short headline/byline/dateline line.
//!
//! Known limits: heuristics, not a parser. A proper noun after "Inc." or
//! "U.S." that is not in the opener list is glued on ("sold to Acme Inc.
//! Walmart said" stays one sentence), and a soft-wrapped first line shorter
//! than 80 chars followed by a capitalised word can be taken for a headline.

use std::collections::HashMap;
use std::ops::Range;

/// A line shorter than this (in chars) with no closing punctuation is taken to
/// be a headline, byline or dateline rather than soft-wrapped prose.
const SHORT_LINE: usize = 80;
/// Longest token we look up as an abbreviation or test for initials.
const MAX_WORD: usize = 32;

/// What a known abbreviation does when whitespace follows its dot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Abbr {
    /// Titles and the like precede a name, so they never close a sentence.
    Never,
    /// Only an abbreviation before a numeral ("No. 10", "Sept. 12"). AP style
    /// abbreviates months only with a date, so "I met Jan. She left." splits.
    Numeral,
    /// Words that often end a sentence too ("in the U.S.", "at 3 p.m.",
    /// "Acme Inc."). They end one only before a typical sentence opener, so
    /// "3 p.m. Officials said" splits but "3 p.m. Eastern time" does not.
    Ambiguous,
    /// "etc." closes a list; mid-sentence it is followed by a lowercase word,
    /// so any capitalised word after it starts a new sentence.
    Etc,
}

#[derive(Clone, Copy, Debug)]
struct Entry {
    kind: Abbr,
    /// Built-ins written capitalised must be capitalised in the text, so the
    /// verbs in "the panel sat." or "they wed." are not mistaken for days.
    capital: bool,
}

/// The abbreviations a newsroom uses, by what each does when whitespace
/// follows its dot; an editor keeps them in `settings.yaml`. Each is written
/// as it appears, with or without its final dot ("U.S." or "U.S"); one
/// written capitalised only matches a capitalised word, so the verbs in "the
/// panel sat." or "they wed." are not mistaken for days.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Abbreviations {
    /// Titles and the like ("Mr.", "Gen."): they precede a name, so they
    /// never close a sentence.
    #[serde(default)]
    pub titles: Vec<String>,
    /// Abbreviations only before a numeral ("No. 10", "Sept. 12"): AP style
    /// abbreviates months only with a date, so "I met Jan. She left." splits.
    #[serde(default)]
    pub before_numbers: Vec<String>,
    /// Words that often end a sentence too ("in the U.S.", "at 3 p.m.",
    /// "Acme Inc."): they end one only before a typical sentence opener.
    #[serde(default)]
    pub ambiguous: Vec<String>,
    /// List closers ("etc."): any capitalised word after one starts a new
    /// sentence.
    #[serde(default)]
    pub list_end: Vec<String>,
}

/// Capitalised words that typically open a news sentence. After an
/// [`Abbr::Ambiguous`] word only these count as a new start. (A `match` on
/// string literals compiles to a length switch, far cheaper than a set.)
#[rustfmt::skip]
fn is_starter(word: &str) -> bool {
    matches!(
        word,
        "A" | "According" | "After" | "Analysts" | "And" | "As" | "At" | "Authorities" |
        "Before" | "Both" | "But" | "Critics" | "Earlier" | "Experts" | "For" | "He" | "Her" |
        "His" | "I" | "If" | "In" | "It" | "Its" | "Last" | "Later" | "Many" | "Meanwhile" |
        "Most" | "No" | "Now" | "Officials" | "On" | "One" | "Our" | "Police" | "She" |
        "Since" | "So" | "Some" | "That" | "The" | "Their" | "Then" | "There" | "These" |
        "They" | "This" | "Those" | "Under" | "We" | "When" | "While" | "Yet"
    )
}

/// A line ending in one of these words is mid-sentence, however short it is.
const CONTINUATION_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "is", "of", "on", "or", "said",
    "says", "than", "that", "the", "to", "was", "were", "who", "will", "with",
];

/// Bytes the main loop must look at; everything else is skipped.
const SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'\n' as usize] = true;
    t[0xE2] = true; // lead byte of "…" (U+2026)
    t
};

/// Splits text into sentence byte ranges.
#[derive(Clone, Debug)]
pub struct Segmenter {
    /// Lowercase abbreviation without its final dot ("u.s", "gov").
    abbreviations: HashMap<String, Entry>,
    /// Some key is non-ASCII or long, so lookups may need to allocate.
    slow_keys: bool,
}

impl Default for Segmenter {
    /// The shipped abbreviations (`rules/settings.yaml`).
    fn default() -> Self {
        Segmenter::new(&crate::rule::builtin_settings().abbreviations)
    }
}

impl Segmenter {
    /// A segmenter that knows these abbreviations.
    pub fn new(lists: &Abbreviations) -> Self {
        let mut seg = Segmenter {
            abbreviations: HashMap::new(),
            slow_keys: false,
        };
        let groups = [
            (Abbr::Never, &lists.titles),
            (Abbr::Numeral, &lists.before_numbers),
            (Abbr::Ambiguous, &lists.ambiguous),
            (Abbr::Etc, &lists.list_end),
        ];
        for (kind, names) in groups {
            for name in names {
                let name = name.trim();
                let name = name.strip_suffix('.').unwrap_or(name);
                if name.is_empty() {
                    continue;
                }
                let capital = name.starts_with(|c: char| c.is_uppercase());
                let key = name.to_lowercase();
                seg.slow_keys |= !key.is_ascii() || key.len() > MAX_WORD;
                seg.abbreviations
                    .entry(key)
                    .or_insert(Entry { kind, capital });
            }
        }
        seg
    }
}

/// What a line is, judged from its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Line {
    Plain,
    Heading,
    Bullet,
}

/// Rough shape of the first char of the next token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Upper,
    Lower,
    Digit,
    Other,
}

/// The token after a candidate boundary, seen through any opening quotes.
struct Next<'a> {
    class: Class,
    word: &'a str,
    quoted: bool,
}

impl Segmenter {
    /// Adds editor-supplied abbreviations (written with or without the
    /// trailing dot, e.g. "Gov." or "Gov"). They match case-insensitively and
    /// never end a sentence; a built-in entry of the same name keeps its rule.
    pub fn with_abbreviations<I: IntoIterator<Item = S>, S: AsRef<str>>(
        mut self,
        extra: I,
    ) -> Self {
        for abbr in extra {
            let abbr = abbr.as_ref().trim();
            let abbr = abbr.strip_suffix('.').unwrap_or(abbr);
            if abbr.is_empty() {
                continue;
            }
            let key = abbr.to_lowercase();
            self.slow_keys |= !key.is_ascii() || key.len() > MAX_WORD;
            let entry = Entry {
                kind: Abbr::Never,
                capital: false,
            };
            self.abbreviations.entry(key).or_insert(entry);
        }
        self
    }

    /// Sentence spans as byte ranges into `text`, in order, non-overlapping,
    /// each trimmed of surrounding whitespace, none empty.
    pub fn split(&self, text: &str) -> Vec<Range<usize>> {
        self.split_range(text, 0..text.len())
    }

    /// Same as [`split`](Self::split) but only within `text[range]`; returned
    /// ranges are still absolute offsets into `text`. An out-of-bounds range is
    /// clamped and a range off a char boundary is shrunk to the chars inside it.
    ///
    /// List markers (`- `, `* `, `1. `) and heading hashes are left out of the
    /// segment they introduce, so a numbering "1." is never read as a figure.
    pub fn split_range(&self, text: &str, range: Range<usize>) -> Vec<Range<usize>> {
        let (mut start, mut end) = (range.start.min(text.len()), range.end.min(text.len()));
        while !text.is_char_boundary(start) {
            start += 1;
        }
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut out = Vec::new();
        if start >= end {
            return out;
        }
        let b = text.as_bytes();
        let (mut kind, mut i) = line_marker(b, skip_ws(b, start, end), end);
        let (mut seg, mut line_first) = (i, i);
        while i < end {
            while i < end && !SPECIAL[b[i] as usize] {
                i += 1;
            }
            if i >= end {
                break;
            }
            if b[i] == b'\n' {
                let j = skip_inline_ws(b, i + 1, end);
                if j >= end {
                    break;
                }
                if b[j] == b'\n' {
                    // A blank line always ends the paragraph and its sentence.
                    push(&mut out, text, seg, i);
                    (kind, i) = line_marker(b, skip_ws(b, j, end), end);
                    (seg, line_first) = (i, i);
                    continue;
                }
                let (next_kind, m) = line_marker(b, j, end);
                let indented = j > i + 1 && matches!(b[i + 1], b' ' | b'\t');
                let hard = next_kind != Line::Plain
                    || kind == Line::Heading
                    || (kind == Line::Bullet && !indented)
                    || (kind == Line::Plain && standalone_line(text, line_first, i, seg, j));
                if hard {
                    push(&mut out, text, seg, i);
                    seg = seg.max(m);
                }
                // An indented plain line continues the bullet item above it.
                if !(kind == Line::Bullet && indented && next_kind == Line::Plain) {
                    kind = next_kind;
                }
                (line_first, i) = (m, m);
                continue;
            }
            // A run of terminal punctuation, then any closing quotes/brackets,
            // which belong to the sentence they close.
            let (mut p, mut dots, mut bang) = (i, 0, false);
            while p < end {
                match b[p] {
                    b'.' => dots += 1,
                    b'!' | b'?' => bang = true,
                    0xE2 if b[p..end].starts_with("…".as_bytes()) => {
                        dots += 3;
                        p += 2;
                    }
                    _ => break,
                }
                p += 1;
            }
            if p == i {
                i += 1; // a 0xE2 lead byte of some other char
                continue;
            }
            let mut q = p;
            while q < end && matches!(b[q], b'"' | b'\'' | b')' | b']') {
                q += 1;
            }
            // Only punctuation followed by whitespace can end a sentence; this
            // alone rules out decimals, URLs, "U.S.-based" and inner dots of "a.m.".
            if q < end && is_ws(b[q]) {
                let n = skip_ws(b, q, end);
                if n < end && self.ends_sentence(text, start, i, dots, bang, n, end) {
                    push(&mut out, text, seg, q);
                    seg = n;
                }
            }
            i = q;
        }
        push(&mut out, text, seg, end);
        out
    }

    /// Decides whether the punctuation run starting at `punct` (followed by
    /// whitespace, then the token at `n`) ends a sentence.
    #[allow(clippy::too_many_arguments)]
    fn ends_sentence(
        &self,
        text: &str,
        floor: usize,
        punct: usize,
        dots: usize,
        bang: bool,
        n: usize,
        end: usize,
    ) -> bool {
        let next = next_token(text, n, end);
        if dots >= 2 {
            // An ellipsis usually marks an omission inside a sentence.
            return next.class == Class::Upper;
        }
        if bang {
            // `"Why?" she asked.` is one sentence; `"Why?" Holt asked.` is two
            // by the news convention of treating quote + capital as a new start.
            return next.class != Class::Lower;
        }
        if next.class == Class::Lower {
            return false;
        }
        let b = text.as_bytes();
        let mut s = punct;
        while s > floor && punct - s <= MAX_WORD && is_word_byte(b[s - 1]) {
            s -= 1;
        }
        let Some(word) = text.get(s..punct).filter(|w| w.len() <= MAX_WORD) else {
            return true;
        };
        match self.lookup(word) {
            Some(Abbr::Never) => false,
            Some(Abbr::Numeral) => next.class != Class::Digit,
            Some(Abbr::Ambiguous) => {
                next.class == Class::Upper && (next.quoted || is_starter(next.word))
            }
            Some(Abbr::Etc) => next.class == Class::Upper,
            None => !is_initials(word) || (next.class == Class::Upper && is_starter(next.word)),
        }
    }

    fn lookup(&self, word: &str) -> Option<Abbr> {
        let entry = if word.is_ascii() && word.len() <= MAX_WORD {
            let mut buf = [0u8; MAX_WORD];
            let buf = &mut buf[..word.len()];
            buf.copy_from_slice(word.as_bytes());
            buf.make_ascii_lowercase();
            self.abbreviations.get(std::str::from_utf8(buf).ok()?)
        } else if self.slow_keys {
            self.abbreviations.get(&word.to_lowercase())
        } else {
            None
        }?;
        let capitalised = word.starts_with(char::is_uppercase);
        (!entry.capital || capitalised).then_some(entry.kind)
    }
}

/// "F" or "J.D": every dot-separated part is one capital letter. Such tokens
/// are initials before a surname, so they end a sentence only before a
/// sentence opener ("vitamin C. The"), which surnames almost never are.
fn is_initials(word: &str) -> bool {
    !word.is_empty()
        && word
            .split('.')
            .all(|p| p.len() == 1 && p.as_bytes()[0].is_ascii_uppercase())
}

/// A short line with no closing punctuation that makes up the whole open
/// segment is a headline, byline or dateline, so the newline ends it. Soft
/// wraps are told apart by a lowercase next line or a dangling function word.
fn standalone_line(
    text: &str,
    line_first: usize,
    line_end: usize,
    seg: usize,
    next: usize,
) -> bool {
    let b = text.as_bytes();
    if seg != line_first {
        return false;
    }
    let mut e = line_end;
    while e > line_first && is_ws(b[e - 1]) {
        e -= 1;
    }
    let mut t = e;
    while t > line_first && matches!(b[t - 1], b'"' | b'\'' | b')' | b']') {
        t -= 1;
    }
    if t <= line_first
        || matches!(
            b[t - 1],
            b'.' | b'!' | b'?' | b',' | b';' | b':' | b'-' | b'(' | b'&' | b'/'
        )
    {
        return false;
    }
    if b[line_first..e]
        .iter()
        .filter(|&&c| c & 0xC0 != 0x80)
        .count()
        >= SHORT_LINE
    {
        return false;
    }
    if text
        .get(next..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_lowercase)
    {
        return false;
    }
    let mut w = t;
    while w > line_first && b[w - 1].is_ascii_alphabetic() {
        w -= 1;
    }
    !CONTINUATION_WORDS
        .iter()
        .any(|c| c.as_bytes().eq_ignore_ascii_case(&b[w..t]))
}

/// Classifies the line whose first non-blank byte is at `k`; returns where its
/// content starts (after a list marker or heading hashes).
fn line_marker(b: &[u8], k: usize, end: usize) -> (Line, usize) {
    let spaced = |at: usize| at < end && matches!(b[at], b' ' | b'\t');
    match b[..end].get(k) {
        Some(b'#') => {
            let mut h = k;
            while h < end && b[h] == b'#' {
                h += 1;
            }
            if h - k <= 6 && (h == end || is_ws(b[h])) {
                return (Line::Heading, skip_inline_ws(b, h, end));
            }
        }
        Some(b'-' | b'*' | b'+') if spaced(k + 1) => {
            return (Line::Bullet, skip_inline_ws(b, k + 1, end));
        }
        Some(b'0'..=b'9') => {
            let mut d = k;
            while d < end && d - k < 3 && b[d].is_ascii_digit() {
                d += 1;
            }
            if d < end && matches!(b[d], b'.' | b')') && spaced(d + 1) {
                return (Line::Bullet, skip_inline_ws(b, d + 1, end));
            }
        }
        _ => {}
    }
    (Line::Plain, k)
}

fn next_token(text: &str, n: usize, end: usize) -> Next<'_> {
    let b = text.as_bytes();
    let mut k = n;
    while k < end && matches!(b[k], b'"' | b'\'' | b'(' | b'[') {
        k += 1;
    }
    let class = match text.get(k..end).and_then(|s| s.chars().next()) {
        Some(c) if c.is_uppercase() => Class::Upper,
        Some(c) if c.is_lowercase() => Class::Lower,
        Some(c) if c.is_ascii_digit() => Class::Digit,
        _ => Class::Other,
    };
    let mut w = k;
    while w < end && b[w].is_ascii_alphabetic() {
        w += 1;
    }
    Next {
        class,
        word: text.get(k..w).unwrap_or(""),
        quoted: k > n,
    }
}

/// Pushes `text[s..e]` trimmed, if anything is left of it.
fn push(out: &mut Vec<Range<usize>>, text: &str, s: usize, e: usize) {
    let Some(slice) = text.get(s..e).filter(|_| s < e) else {
        return;
    };
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        let from = s + (slice.len() - slice.trim_start().len());
        out.push(from..from + trimmed.len());
    }
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'&' || c >= 0x80
}

fn skip_ws(b: &[u8], mut i: usize, end: usize) -> usize {
    while i < end && is_ws(b[i]) {
        i += 1;
    }
    i
}

fn skip_inline_ws(b: &[u8], mut i: usize, end: usize) -> usize {
    while i < end && b[i] != b'\n' && is_ws(b[i]) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences<'a>(seg: &Segmenter, text: &'a str) -> Vec<&'a str> {
        seg.split(text).into_iter().map(|r| &text[r]).collect()
    }

    /// Ordered, non-overlapping, inside the (clamped) range, non-empty,
    /// trimmed and on char boundaries.
    fn assert_well_formed(text: &str, range: Range<usize>, spans: &[Range<usize>]) {
        let mut prev = range.start.min(text.len());
        for r in spans {
            assert!(
                r.start >= prev && r.start < r.end,
                "{text:?} {range:?} {spans:?}"
            );
            assert!(
                r.end <= range.end.min(text.len()),
                "{text:?} {range:?} {spans:?}"
            );
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            let s = &text[r.clone()];
            assert_eq!(s, s.trim(), "{text:?} {range:?} {spans:?}");
            prev = r.end;
        }
    }

    /// Input and expected sentences; one case per line for easy review.
    #[rustfmt::skip]
    const CASES: &[(&str, &[&str])] = &[
        ("", &[]),
        ("  \n\t \r\n ", &[]),
        ("The council met on Monday. It approved the budget.", &["The council met on Monday.", "It approved the budget."]),
        ("Mr. Alvarez and Mrs. Chen met Ms. Okafor. Dr. Patel declined to comment.", &["Mr. Alvarez and Mrs. Chen met Ms. Okafor.", "Dr. Patel declined to comment."]),
        ("Gen. Ruiz, Lt. Col. Marsh and Maj. Obi briefed Capt. Lind and Sgt. Moss. Adm. Hale was absent.", &["Gen. Ruiz, Lt. Col. Marsh and Maj. Obi briefed Capt. Lind and Sgt. Moss.", "Adm. Hale was absent."]),
        ("Gov. Reyes phoned Sen. Holt, Rep. Dunn and Sec. Varga. Pres. Ames did not.", &["Gov. Reyes phoned Sen. Holt, Rep. Dunn and Sec. Varga.", "Pres. Ames did not."]),
        ("Prof. Ilves and Rev. Moore thanked Hon. Judge Park. They left early.", &["Prof. Ilves and Rev. Moore thanked Hon. Judge Park.", "They left early."]),
        ("Crowds filled St. Mark's Square. Ian Cole Jr. and Tom Cole Sr. watched.", &["Crowds filled St. Mark's Square.", "Ian Cole Jr. and Tom Cole Sr. watched."]),
        ("The vote is set for Sept. 12. Lawmakers return Jan. 6 after a break.", &["The vote is set for Sept. 12.", "Lawmakers return Jan. 6 after a break."]),
        ("Filings are due Feb. 1, Aug. 15, Oct. 3, Nov. 30 and Dec. 31. Extensions are rare.", &["Filings are due Feb. 1, Aug. 15, Oct. 3, Nov. 30 and Dec. 31.", "Extensions are rare."]),
        ("Output peaked in Sep. 2023 before slowing. I met Jan. She was calm.", &["Output peaked in Sep. 2023 before slowing.", "I met Jan.", "She was calm."]),
        ("The rota lists Wed. Nov. 6 and Thurs. Nov. 7 as deadlines. Sat. Dec. 1 is a holiday.", &["The rota lists Wed. Nov. 6 and Thurs. Nov. 7 as deadlines.", "Sat. Dec. 1 is a holiday."]),
        ("The panel sat. Then it adjourned until Tue. Jan. 9.", &["The panel sat.", "Then it adjourned until Tue. Jan. 9."]),
        ("Envoys from the U.S. and the U.K. signed the pact. The U.N. welcomed it.", &["Envoys from the U.S. and the U.K. signed the pact.", "The U.N. welcomed it."]),
        ("The firm moved its headquarters to the U.S. The decision surprised investors.", &["The firm moved its headquarters to the U.S.", "The decision surprised investors."]),
        ("The U.S. President met E.U. leaders in Washington, D.C. on Friday.", &["The U.S. President met E.U. leaders in Washington, D.C. on Friday."]),
        ("U.S.-based lenders and U.K.-listed firms rallied. Bonds slipped.", &["U.S.-based lenders and U.K.-listed firms rallied.", "Bonds slipped."]),
        ("Polls close at 8 p.m. Officials expect a high turnout.", &["Polls close at 8 p.m.", "Officials expect a high turnout."]),
        ("The hearing starts at 3 p.m. Eastern time on Tuesday. It is public.", &["The hearing starts at 3 p.m. Eastern time on Tuesday.", "It is public."]),
        ("The shift began at 6 a.m. and ended at 2 p.m. He was exhausted.", &["The shift began at 6 a.m. and ended at 2 p.m.", "He was exhausted."]),
        ("Patients lacked vitamin C. The ward was closed in World War I. It reopened.", &["Patients lacked vitamin C.", "The ward was closed in World War I.", "It reopened."]),
        ("John F. Kennedy and J.D. Vance were cited. J. R. Smith was not.", &["John F. Kennedy and J.D. Vance were cited.", "J. R. Smith was not."]),
        ("The fund holds $4.2 billion, up 3.5% on 2023. Fees fell 0.25 points.", &["The fund holds $4.2 billion, up 3.5% on 2023.", "Fees fell 0.25 points."]),
        ("The deficit reached 1.8 trillion. It was a record.", &["The deficit reached 1.8 trillion.", "It was a record."]),
        ("He paused... then kept reading. The room went quiet... Nobody moved.", &["He paused... then kept reading.", "The room went quiet...", "Nobody moved."]),
        ("Prices rose\u{2026} Then they fell.", &["Prices rose\u{2026}", "Then they fell."]),
        ("The count went 1... 2... 3 before the alarm.", &["The count went 1... 2... 3 before the alarm."]),
        ("Details are at example.org and www.city-news.net/budget.html today. Read them.", &["Details are at example.org and www.city-news.net/budget.html today.", "Read them."]),
        ("The report is on example.org. The site later crashed.", &["The report is on example.org.", "The site later crashed."]),
        ("\"We will meet again,\" Trump said. \"Nothing is settled.\"", &["\"We will meet again,\" Trump said.", "\"Nothing is settled.\""]),
        ("\"We will meet.\" Trump said later that talks would resume.", &["\"We will meet.\"", "Trump said later that talks would resume."]),
        ("\"Is this fair?\" asked the senator. \"No!\" shouted a voter.", &["\"Is this fair?\" asked the senator.", "\"No!\" shouted a voter."]),
        ("\"Is this fair?\" Holt asked. \"It is!\" Dunn replied.", &["\"Is this fair?\"", "Holt asked.", "\"It is!\"", "Dunn replied."]),
        ("\"It is over,\" she said, \"and we lost.\" He nodded.", &["\"It is over,\" she said, \"and we lost.\"", "He nodded."]),
        ("He called the ruling 'a disgrace.' Critics agreed.", &["He called the ruling 'a disgrace.'", "Critics agreed."]),
        ("(The figures were revised.) Markets shrugged. Turnout was high (about 61%). Results are due.", &["(The figures were revised.)", "Markets shrugged.", "Turnout was high (about 61%).", "Results are due."]),
        ("The ministry (did it know?) stayed silent. Really?! Yes.", &["The ministry (did it know?) stayed silent.", "Really?!", "Yes."]),
        ("He asked, \"Why now?\" Nobody answered.", &["He asked, \"Why now?\"", "Nobody answered."]),
        ("A paragraph without a full stop\n\nSecond paragraph here.\n   \nThird one", &["A paragraph without a full stop", "Second paragraph here.", "Third one"]),
        ("The minister said the budget would be\nrevised before the end of the year. Aides agreed.", &["The minister said the budget would be\nrevised before the end of the year.", "Aides agreed."]),
        ("# Budget talks stall\nNegotiators left the room. They will return.", &["Budget talks stall", "Negotiators left the room.", "They will return."]),
        ("Key figures:\n- Revenue rose 4.1%.\n- Costs fell.\n1. First item\n2. Second item", &["Key figures:", "Revenue rose 4.1%.", "Costs fell.", "First item", "Second item"]),
        ("* The council approved the plan\n  after a long debate.\n* It takes effect soon.", &["The council approved the plan\n  after a long debate.", "It takes effect soon."]),
        ("Grain deal extended for 120 days\nBy Maria Lopez\nKYIV, Oct. 17 (Wire) - Ukraine said on Tuesday the deal would be extended. Exports resumed.", &["Grain deal extended for 120 days", "By Maria Lopez", "KYIV, Oct. 17 (Wire) - Ukraine said on Tuesday the deal would be extended.", "Exports resumed."]),
        ("LONDON, Sept. 3 (Wire) - The Treasury said on Wednesday it would borrow 4.5 billion pounds. The pound fell.", &["LONDON, Sept. 3 (Wire) - The Treasury said on Wednesday it would borrow 4.5 billion pounds.", "The pound fell."]),
        ("No. 10 Downing Street issued a statement. The answer was no. He left.", &["No. 10 Downing Street issued a statement.", "The answer was no.", "He left."]),
        ("Shares of Acme Corp. and Birch Co. fell, while Delta Ltd. rose. Acme Inc. said it would appeal.", &["Shares of Acme Corp. and Birch Co. fell, while Delta Ltd. rose.", "Acme Inc. said it would appeal."]),
        ("The order went to Northwind Inc. The contract is worth $12 million.", &["The order went to Northwind Inc.", "The contract is worth $12 million."]),
        ("In Smith vs. Jones, the court ruled for Smith. Lawyers in Smith vs. City Hall declined.", &["In Smith vs. Jones, the court ruled for Smith.", "Lawyers in Smith vs. City Hall declined."]),
        ("Staples (e.g. Rye bread) rose 3%, i.e. Faster than wages. The index rose.", &["Staples (e.g. Rye bread) rose 3%, i.e. Faster than wages.", "The index rose."]),
        ("Fuel, rice, etc. are rationed. They bought fuel, rice, etc. Prices then rose.", &["Fuel, rice, etc. are rationed.", "They bought fuel, rice, etc.", "Prices then rose."]),
        ("The crowd was approx. 4,000, est. 1,200 of them students. Police agreed.", &["The crowd was approx. 4,000, est. 1,200 of them students.", "Police agreed."]),
        ("Climbers left Mt. Rainier for Ft. Lewis. They drove down Park Ave. The traffic was light.", &["Climbers left Mt. Rainier for Ft. Lewis.", "They drove down Park Ave.", "The traffic was light."]),
        ("Zelenskyy met Šefčovič in Brussels. Šefčovič called the talks useful. Ørsted gave €3.5 million.", &["Zelenskyy met Šefčovič in Brussels.", "Šefčovič called the talks useful.", "Ørsted gave €3.5 million."]),
        ("Dr. Šefčovič arrived. Ms. Ødegaard left.", &["Dr. Šefčovič arrived.", "Ms. Ødegaard left."]),
        ("The vote passed.\r\nIt was close.", &["The vote passed.", "It was close."]),
        ("?!", &["?!"]),
        ("\"Stop!\" he shouted. \"We won!\" The crowd cheered.", &["\"Stop!\" he shouted.", "\"We won!\"", "The crowd cheered."]),
        ("Officials in Kyiv, Lviv and Odesa,\nKharkiv reported outages.", &["Officials in Kyiv, Lviv and Odesa,\nKharkiv reported outages."]),
        ("Officials said they would meet with\nPresident Ames on Friday.", &["Officials said they would meet with\nPresident Ames on Friday."]),
        ("The independent review commissioned last spring by the regional transport board and Mayor\nAlvarez found most delays avoidable.", &["The independent review commissioned last spring by the regional transport board and Mayor\nAlvarez found most delays avoidable."]),
        ("Talks ended. The mayor said\nthe plan would cost 4.2 million\nEuros more than planned.", &["Talks ended.", "The mayor said\nthe plan would cost 4.2 million\nEuros more than planned."]),
        ("KYIV, Oct. 17\nUkraine said exports resumed.", &["KYIV, Oct. 17", "Ukraine said exports resumed."]),
        ("She earned a Ph.D. in economics. Ph.D. The end.", &["She earned a Ph.D. in economics.", "Ph.D.", "The end."]),
    ];

    #[test]
    fn table() {
        let seg = Segmenter::default();
        for (text, want) in CASES {
            assert_eq!(&sentences(&seg, text), want, "input: {text:?}");
            assert_well_formed(text, 0..text.len(), &seg.split(text));
        }
        assert!(CASES.len() >= 45);
    }

    #[test]
    fn editor_abbreviations() {
        let text = "Supt. Ward visited Calif. Gov. Lee. He left.";
        let plain = Segmenter::default();
        assert_eq!(
            sentences(&plain, text),
            ["Supt.", "Ward visited Calif.", "Gov. Lee.", "He left."]
        );
        let seg = Segmenter::default().with_abbreviations(["Supt.", "calif", " ", "Gov"]);
        assert_eq!(
            sentences(&seg, text),
            ["Supt. Ward visited Calif. Gov. Lee.", "He left."]
        );
        let seg = Segmenter::default().with_abbreviations(vec![String::from("Ing.")]);
        assert_eq!(
            sentences(&seg, "ING. Šef met Ing. Novák. Done."),
            ["ING. Šef met Ing. Novák.", "Done."]
        );
    }

    #[test]
    fn split_range_is_absolute() {
        let text = "---\ntitle: Talks\n---\nThe vote passed. It was close.\n\nTail.";
        let body = text.find("The").unwrap();
        let stop = text.find("\n\nTail").unwrap();
        let spans = Segmenter::default().split_range(text, body..stop);
        assert_eq!(spans, [body..body + 16, body + 17..stop]);
        assert_eq!(&text[spans[1].clone()], "It was close.");
        // Out-of-bounds, reversed and mid-char ranges are clamped, not panics.
        let text = "Šef left. Ana stayed.";
        let seg = Segmenter::default();
        assert_eq!(seg.split_range(text, 1..100), [2..10, 11..text.len()]);
        assert!(seg.split_range(text, Range { start: 9, end: 3 }).is_empty());
        assert!(seg.split_range(text, 50..60).is_empty());
    }

    /// Tiny xorshift so the fuzz test needs no extra crates.
    fn next_rand(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    #[test]
    fn prefixes_and_suffixes_are_well_formed() {
        let seg = Segmenter::default();
        for (text, _) in CASES {
            for k in 0..=text.len() {
                assert_well_formed(text, 0..k, &seg.split_range(text, 0..k));
                assert_well_formed(text, k..text.len(), &seg.split_range(text, k..text.len()));
            }
        }
    }

    #[test]
    fn random_inputs_are_well_formed() {
        const PIECES: &[&str] = &[
            "The", " ", "U.S.", ".", "!", "?", "\"", "'", "\n", "\n\n", "Dr.", "é", "Šef",
            "\u{2026}", "...", "3.5", "p.m.", "- ", "# ", "1. ", ")", "(", "\t", "\r\n", "a",
            "etc.", "No.", " 10", "日本", "\u{2003}", "#", "J.", "\u{e2}",
        ];
        let seg = Segmenter::default().with_abbreviations(["Šef"]);
        let mut state = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..3000 {
            let len = next_rand(&mut state) % 40;
            let text: String = (0..len)
                .map(|_| PIECES[(next_rand(&mut state) % PIECES.len() as u64) as usize])
                .collect();
            assert_well_formed(&text, 0..text.len(), &seg.split(&text));
            let a = (next_rand(&mut state) % (text.len() as u64 + 4)) as usize;
            let b = (next_rand(&mut state) % (text.len() as u64 + 4)) as usize;
            assert_well_formed(&text, a..b, &seg.split_range(&text, a..b));
        }
    }
}
