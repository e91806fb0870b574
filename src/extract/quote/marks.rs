//! Quote-mark pairing: which marks open and close quotes, and which are
//! apostrophes, inch marks or stray.
//!
//! Each mark gets a role from its glyph and its neighbours (curly marks say
//! which side they are; straight ones open at a word start after space or
//! punctuation and close at a word end before space or punctuation). Marks
//! are then paired with a stack per paragraph, so nesting works even when
//! the inner marks are the same glyphs as the outer ones. A quote still open
//! at the paragraph end continues only if the next paragraph starts with an
//! opening double mark (the multi-paragraph convention); otherwise it is
//! bounded at the paragraph end, so a stray mark never swallows the rest of
//! the article.

use std::ops::Range;

use super::text::{Line, LineKind, char_at, char_before, trim};

/// One top-level quote: its opening mark through its closing mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawQuote {
    /// Offset of the opening mark.
    pub open: usize,
    /// Offset just after the closing mark (or the last part, if unclosed).
    pub end: usize,
    /// The quoted words without marks, one part per paragraph.
    pub parts: Vec<Range<usize>>,
    /// False when the quote ran to a paragraph end with no closing mark.
    pub closed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Glyph {
    StraightDouble,
    LeftDouble,
    RightDouble,
    StraightSingle,
    LeftSingle,
    RightSingle,
}

impl Glyph {
    fn at(bytes: &[u8], i: usize) -> Option<Glyph> {
        match bytes[i] {
            b'"' => Some(Glyph::StraightDouble),
            b'\'' => Some(Glyph::StraightSingle),
            0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                Some(0x98) => Some(Glyph::LeftSingle),
                Some(0x99) => Some(Glyph::RightSingle),
                Some(0x9C) => Some(Glyph::LeftDouble),
                Some(0x9D) => Some(Glyph::RightDouble),
                _ => None,
            },
            _ => None,
        }
    }
    fn len(self) -> usize {
        match self {
            Glyph::StraightDouble | Glyph::StraightSingle => 1,
            _ => 3,
        }
    }
    fn is_double(self) -> bool {
        matches!(
            self,
            Glyph::StraightDouble | Glyph::LeftDouble | Glyph::RightDouble
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Could be either; the open marks decide.
    Either,
    /// A plural possessive or a closing single mark ("the farmers' union",
    /// ‘fix the foundations’ of): closes an open single quote only when no
    /// other closing single mark follows in the paragraph.
    WeakClose,
    Neither,
}

fn is_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '‘' | '’' | '“' | '”')
}

/// Apostrophe words that start with a mark: "'90s", "rock 'n' roll", "'em".
fn is_elision(rest: &str) -> bool {
    let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    matches!(
        word.as_str(),
        "n" | "em" | "tis" | "til" | "twas" | "cause" | "bout" | "round"
    )
}

/// An inch mark: `12" of snow`, `the 6" pipe`.
fn is_inch(rest: &str) -> bool {
    let mut chars = rest.chars();
    chars.next().is_some_and(char::is_whitespace)
        && chars
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
}

/// A plural possessive: "farmers' union", "two weeks' time".
fn is_possessive(prev: Option<char>, rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(prev, Some('s' | 'S'))
        && chars.next().is_some_and(char::is_whitespace)
        && chars
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
}

fn role(text: &str, line: &Range<usize>, pos: usize, glyph: Glyph) -> Role {
    let prev = char_before(text, pos, line.start);
    let after = pos + glyph.len();
    let next = char_at(text, after, line.end);
    let rest = &text[after..line.end];
    let left_ok = prev.is_none_or(|c| c.is_whitespace() || "([{—–-/".contains(c) || is_mark(c));
    let right_ok =
        next.is_none_or(|c| c.is_whitespace() || ".,;:!?)]}—–-/…".contains(c) || is_mark(c));
    let prev_word = prev.is_some_and(|c| !c.is_whitespace());
    let next_word = next.is_some_and(|c| !c.is_whitespace());
    let in_word =
        prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
    let opens = left_ok && next_word;
    let closes = prev_word && right_ok;
    match glyph {
        Glyph::LeftDouble => Role::Open,
        Glyph::RightDouble => Role::Close,
        Glyph::StraightDouble => {
            if prev.is_some_and(|c| c.is_ascii_digit()) && is_inch(rest) {
                return Role::Neither;
            }
            flank(opens, closes)
        }
        Glyph::LeftSingle => {
            if prev.is_some_and(char::is_alphanumeric) || !next_word || is_elision(rest) {
                Role::Neither
            } else {
                Role::Open
            }
        }
        Glyph::RightSingle if closes && !in_word && is_possessive(prev, rest) => Role::WeakClose,
        Glyph::RightSingle if closes && !in_word => Role::Close,
        Glyph::RightSingle => Role::Neither,
        Glyph::StraightSingle if in_word || (opens && is_elision(rest)) => Role::Neither,
        Glyph::StraightSingle if closes && is_possessive(prev, rest) => Role::WeakClose,
        Glyph::StraightSingle => flank(opens, closes),
    }
}

fn flank(opens: bool, closes: bool) -> Role {
    match (opens, closes) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        (true, true) => Role::Either,
        (false, false) => Role::Neither,
    }
}

struct OpenMark {
    pos: usize,
    inner: usize,
    double: bool,
    /// Opens a later paragraph of a multi-paragraph quote.
    continued: bool,
}

/// A quote whose paragraph ended while it was still open.
struct Pending {
    open: usize,
    parts: Vec<Range<usize>>,
}

/// Whether a single mark that surely closes follows `from` in the line
/// before another single quote opens.
fn single_close_ahead(text: &str, line: &Range<usize>, from: usize) -> bool {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < line.end {
        let Some(glyph) = Glyph::at(bytes, i).filter(|g| !g.is_double()) else {
            i += 1;
            continue;
        };
        match role(text, line, i, glyph) {
            Role::Close | Role::Either => return true,
            Role::Open => return false,
            Role::Neither | Role::WeakClose => i += glyph.len(),
        }
    }
    false
}

/// Whether `line` starts with an opening double mark.
fn starts_with_opener(text: &str, line: &Line) -> bool {
    let bytes = text.as_bytes();
    line.kind == LineKind::Prose
        && Glyph::at(bytes, line.range.start).is_some_and(|g| {
            g.is_double()
                && matches!(
                    role(text, &line.range, line.range.start, g),
                    Role::Open | Role::Either
                )
        })
}

/// Every top-level quote in the prose lines, in text order.
pub fn pair_quotes(text: &str, lines: &[Line]) -> Vec<RawQuote> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut pending: Option<Pending> = None;
    let mut stack: Vec<OpenMark> = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        if line.kind != LineKind::Prose {
            pending = None;
            continue;
        }
        stack.clear();
        let range = line.range.clone();
        let line_start = out.len();
        let mut i = range.start;
        while i < range.end {
            let Some(glyph) = Glyph::at(bytes, i) else {
                i += 1;
                continue;
            };
            let pos = i;
            i += glyph.len();
            let continued = pos == range.start && pending.is_some() && glyph.is_double();
            let mut role = role(text, &range, pos, glyph);
            if role == Role::WeakClose {
                let single_open = stack.last().is_some_and(|o| !o.double);
                role = if single_open && !single_close_ahead(text, &range, i) {
                    Role::Close
                } else {
                    Role::Neither
                };
            }
            if role == Role::Either {
                let open_same = if glyph.is_double() {
                    stack.iter().any(|o| o.double)
                } else {
                    stack.last().is_some_and(|o| !o.double)
                };
                role = if open_same { Role::Close } else { Role::Open };
            }
            match role {
                Role::Open => stack.push(OpenMark {
                    pos,
                    inner: i,
                    double: glyph.is_double(),
                    continued,
                }),
                Role::Close => {
                    let found = if glyph.is_double() {
                        stack.iter().rposition(|o| o.double)
                    } else {
                        stack.len().checked_sub(1).filter(|&k| !stack[k].double)
                    };
                    let Some(mark) = found.and_then(|k| stack.drain(k..).next()) else {
                        continue;
                    };
                    let part = trim(text, mark.inner..pos);
                    let (open, mut parts) = match (mark.continued, pending.take()) {
                        (true, Some(p)) => (p.open, p.parts),
                        (_, p) => {
                            pending = p;
                            (mark.pos, Vec::new())
                        }
                    };
                    if !part.is_empty() {
                        parts.push(part);
                    }
                    if !parts.is_empty() {
                        out.push(RawQuote {
                            open,
                            end: i,
                            parts,
                            closed: true,
                        });
                    }
                }
                Role::Either | Role::Neither | Role::WeakClose => {}
            }
        }
        // The outermost double mark still open at the paragraph end.
        let unclosed = stack.iter().position(|o| o.double).map(|k| &stack[k]);
        let carried = pending.take();
        let Some(mark) = unclosed else { continue };
        let (open, mut parts) = match (mark.continued, carried) {
            (true, Some(p)) => (p.open, p.parts),
            _ => (mark.pos, Vec::new()),
        };
        let part = trim(text, mark.inner..range.end);
        if !part.is_empty() {
            parts.push(part);
        }
        if lines
            .get(li + 1)
            .is_some_and(|next| starts_with_opener(text, next))
        {
            pending = Some(Pending { open, parts });
        } else if !parts.is_empty() && !out[line_start..].iter().any(|q| q.open > mark.pos) {
            // Unclosed and holding no closed quote of its own: bounded at the
            // paragraph end. One that holds closed quotes is a stray mark.
            out.push(RawQuote {
                open,
                end: range.end,
                parts,
                closed: false,
            });
        }
    }
    top_level(out)
}

/// Drops quotes nested inside another quote (they belong to it).
fn top_level(mut quotes: Vec<RawQuote>) -> Vec<RawQuote> {
    quotes.sort_by_key(|q| (q.open, std::cmp::Reverse(q.end)));
    let mut out: Vec<RawQuote> = Vec::with_capacity(quotes.len());
    for q in quotes {
        if out.last().is_none_or(|last| q.open >= last.end) {
            out.push(q);
        }
    }
    out
}
