//! Lexical plumbing shared by the quote finder: paragraph lines, a small
//! word tokenizer, and sentence boundaries. Everything works on byte
//! offsets into the whole article and stays on char boundaries.

use std::ops::Range;

use super::lexicon;

/// What a line of the article is, as far as quotes are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Running text: quotes and attributions are looked for here.
    Prose,
    /// A markdown heading: it restates the story (often with scare quotes
    /// of a word), so no mention comes from it.
    Heading,
    /// Site furniture ("Advertisement", "Read more: …"): never a quote.
    Furniture,
}

/// One paragraph (a newline-separated line), trimmed of surrounding space.
#[derive(Debug, Clone)]
pub struct Line {
    pub range: Range<usize>,
    pub kind: LineKind,
}

/// Splits `text[body]` into non-empty lines. Every newline ends a paragraph.
pub fn lines(text: &str, body: Range<usize>) -> Vec<Line> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = body.start;
    while start < body.end {
        let end = bytes[start..body.end]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(body.end, |i| start + i);
        let range = trim(text, start..end);
        if !range.is_empty() {
            let kind = line_kind(&text[range.clone()]);
            out.push(Line { range, kind });
        }
        start = end + 1;
    }
    out
}

fn line_kind(line: &str) -> LineKind {
    if line.starts_with('#') {
        return LineKind::Heading;
    }
    if lexicon::is_furniture_start(line) {
        LineKind::Furniture
    } else {
        LineKind::Prose
    }
}

/// `range` without leading and trailing whitespace.
pub fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let start = range.start + (s.len() - s.trim_start().len());
    let end = range.end - (s.len() - s.trim_end().len());
    start..end.max(start)
}

/// The char ending at `pos` (None at `floor`).
pub fn char_before(text: &str, pos: usize, floor: usize) -> Option<char> {
    if pos <= floor {
        return None;
    }
    text[floor..pos].chars().next_back()
}

/// The char starting at `pos` (None at `ceil`).
pub fn char_at(text: &str, pos: usize, ceil: usize) -> Option<char> {
    if pos >= ceil {
        return None;
    }
    text[pos..ceil].chars().next()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Punct,
}

/// A word (letters, digits, inner apostrophes/hyphens/dots, a trailing
/// abbreviation dot) or a single punctuation char.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// The word's [`lexicon`] class bits (0 for punctuation).
    pub class: u32,
}

impl Tok {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    /// Whether the token has any of the `classes` bits.
    pub fn is(&self, classes: u32) -> bool {
        self.class & classes != 0
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
    pub fn is_punct(&self, text: &str, c: char) -> bool {
        self.kind == TokKind::Punct && text[self.start..].starts_with(c)
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | ',' | '&')
}

/// The char at byte `i` of `s` (a char boundary) and its length; ASCII
/// without decoding.
fn char_len_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    s[i..].chars().next().map(|c| (c, c.len_utf8()))
}

/// Appends the tokens of `text[range]` to `out`.
pub fn tokenize(text: &str, range: Range<usize>, out: &mut Vec<Tok>) {
    let s = &text[range.clone()];
    let mut i = 0;
    while let Some((c, len)) = char_len_at(s, i) {
        let start = range.start + i;
        i += len;
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok {
                start,
                end: start + len,
                kind: TokKind::Punct,
                class: 0,
            });
            continue;
        }
        let mut prev = c;
        while let Some((d, dlen)) = char_len_at(s, i) {
            if !d.is_alphanumeric() {
                // A joiner stays inside the word only between word chars
                // ("O'Brien", "long-range", "J.D", "4,000" but not "said,").
                let after = char_len_at(s, i + dlen).map(|(a, _)| a);
                let ok = is_joiner(d)
                    && match after {
                        Some(a) if d == ',' => prev.is_ascii_digit() && a.is_ascii_digit(),
                        Some(a) => a.is_alphanumeric(),
                        None => false,
                    };
                if !ok {
                    break;
                }
            }
            prev = d;
            i += dlen;
        }
        let mut end = range.start + i;
        // A trailing dot belongs to abbreviations and initials ("Gen.", "J.").
        if s[i..].starts_with('.') && lexicon::takes_dot(&text[start..end]) {
            end += 1;
            i += 1;
        }
        let class = lexicon::classify(&text[start..end]);
        out.push(Tok {
            start,
            end,
            kind: TokKind::Word,
            class,
        });
    }
}

/// Whether the `.`, `!` or `?` at `pos` ends a sentence (looking no further
/// than `ceil`).
fn ends_sentence(text: &str, pos: usize, ceil: usize) -> bool {
    let bytes = text.as_bytes();
    let b = bytes[pos];
    if b == b'.' {
        let word_start = text[..pos]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
            .last()
            .map_or(pos, |(i, _)| i);
        if word_start < pos && lexicon::takes_dot(&text[word_start..pos]) {
            return false;
        }
    }
    // Skip closing marks and brackets after the terminator.
    let mut i = pos + 1;
    while i < ceil {
        match char_at(text, i, ceil) {
            Some(c) if matches!(c, '"' | '”' | '’' | '\'' | ')' | ']') => i += c.len_utf8(),
            _ => break,
        }
    }
    match char_at(text, i, ceil) {
        None => true,
        Some(c) if c.is_whitespace() => {
            let next = text[i..ceil].trim_start().chars().next();
            !matches!(next, Some(n) if n.is_lowercase())
        }
        _ => false,
    }
}

/// The end of the sentence that contains `from` (just after its final
/// punctuation), or `ceil`.
pub fn sentence_end(text: &str, from: usize, ceil: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < ceil {
        if matches!(bytes[i], b'.' | b'!' | b'?') && ends_sentence(text, i, ceil) {
            return i + 1;
        }
        i += 1;
    }
    ceil
}

/// The start of the sentence that contains `at`, looking back no further
/// than `floor`.
pub fn sentence_start(text: &str, at: usize, floor: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = at;
    while i > floor {
        i -= 1;
        if matches!(bytes[i], b'.' | b'!' | b'?') && ends_sentence(text, i, at) {
            let rest = &text[i + 1..at];
            let skip = rest
                .char_indices()
                .find(|&(_, c)| !(c.is_whitespace() || matches!(c, '"' | '”' | '’' | ')' | ']')))
                .map_or(rest.len(), |(k, _)| k);
            return i + 1 + skip;
        }
    }
    floor
}

/// Number of words (alphanumeric runs) in `s`.
pub fn word_count(s: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for c in s.chars() {
        let w = c.is_alphanumeric();
        if w && !in_word {
            n += 1;
        }
        in_word = w || (in_word && matches!(c, '\'' | '’' | '-'));
    }
    n
}

/// The parts' text joined with one space, inner whitespace collapsed.
pub fn joined(text: &str, parts: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len() + 1).sum());
    for part in parts {
        for w in text[part.clone()].split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
    out
}
