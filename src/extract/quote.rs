//! Quotes: who said what, in one pass over an article.
//!
//! A fact-checker compares what people are quoted as saying across sources,
//! so it needs each quote's words, its speaker under one name ("he" and
//! "Ushakov" both become "Yuri Ushakov"), and whether the words were quoted
//! or paraphrased. The finder works in four steps, each linear in the text:
//!
//! 1. `text` splits the body into paragraphs, setting headings and site
//!    furniture aside (a headline restates the story and its marks are
//!    mostly scare quotes).
//! 2. `marks` pairs quote marks with a stack per paragraph: curly and
//!    straight, single inside double, nested same-glyph quotes, apostrophes
//!    ("Ukraine's", "'90s", "rock 'n' roll", "two weeks' time") and inch
//!    marks left out, multi-paragraph quotes joined, stray marks bounded at
//!    the paragraph end.
//! 3. `persons` indexes the people, organisations and groups named
//!    outside quotes, so pronouns and bare surnames resolve to the nearest
//!    fitting earlier mention.
//! 4. `attribution` finds each quote's speaker and verb, merges a quote
//!    interrupted by its attribution, and drops marked words that are names,
//!    titles or scare quotes (see its docs for the rule); `reported` adds
//!    reported speech ("X said that …", "according to X, …").
//!
//! The body is tokenized once, each word classified with one hash lookup
//! (`lexicon`); the later steps slice that token list.
//!
//! Nothing here panics on odd input: the body range is clamped to char
//! boundaries, every offset comes from char iteration, and every lookup
//! that input can miss is checked.

mod attribution;
mod lexicon;
mod marks;
mod persons;
mod reported;
mod speaker;
mod text;
mod words;

#[cfg(test)]
mod passages;
#[cfg(test)]
mod passages_direct;
#[cfg(test)]
mod passages_holdout;
#[cfg(test)]
mod passages_negative;
#[cfg(test)]
mod passages_regressions;
#[cfg(test)]
mod passages_speakers;
#[cfg(test)]
mod passages_structure;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_robustness;
#[cfg(test)]
mod tests_units;

use std::ops::Range;

use marks::RawQuote;
use persons::Persons;
use text::{Line, LineKind, Tok, TokKind};

/// One quote or piece of reported speech.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteMention {
    /// Byte range of the whole claim in `text`: the first quoted part's
    /// opening mark through the end of the last quoted part or of the
    /// attribution, whichever is later (for reported speech: speaker through
    /// end of the reported clause).
    pub span: Range<usize>,
    /// Byte ranges of the quoted words themselves, without the marks (several
    /// when the attribution interrupts the quote or the quote runs over
    /// paragraphs). For reported speech: the clause after "that"/after the cue.
    pub parts: Vec<Range<usize>>,
    /// The quoted words, parts joined with one space, marks removed, inner
    /// whitespace collapsed.
    pub text: String,
    pub speaker: Option<Speaker>,
    /// True for words inside quote marks, false for reported speech.
    pub direct: bool,
    /// The attribution verb or phrase as written, lowercased: "said", "told
    /// reporters", "according to". None for a colon lead-in without a verb
    /// or a quote whose speaker was carried over from the previous quote.
    pub cue: Option<String>,
    /// True for a partial quote inside a sentence (would cause “colossal
    /// damage”).
    pub partial: bool,
}

/// Who a quote is attributed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Byte range of the speaker words at the attribution ("he", "Ushakov",
    /// "the Kremlin aide", "Kremlin spokesperson Dmitry Peskov").
    pub span: Range<usize>,
    /// The best name: a pronoun or bare surname resolved to the fullest
    /// earlier mention ("Yuri Ushakov"), titles stripped ("Pete Hegseth"),
    /// role words for an unnamed role ("Kremlin aide"), or the
    /// organisation ("Kremlin"). An unresolved pronoun stays as written.
    pub name: String,
    /// Title words found with the name ("Kremlin spokesperson", "retired
    /// Gen."); for an unnamed role, the role itself.
    pub title: Option<String>,
    pub via: Via,
}

/// How a speaker was named at the attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Name,
    Pronoun,
    Title,
    Organization,
}

/// The article as the steps share it.
struct Doc<'a> {
    text: &'a str,
    body: Range<usize>,
    lines: Vec<Line>,
    /// Top-level quotes, in text order.
    quotes: Vec<RawQuote>,
    /// Tokens of the prose and heading lines outside quotes, each quote
    /// standing as one empty punctuation token at its opening mark, so no
    /// phrase runs across it. Tokenized once; every step slices it.
    toks: Vec<Tok>,
    persons: Persons<'a>,
}

impl<'a> Doc<'a> {
    fn new(text: &'a str, body: Range<usize>) -> Doc<'a> {
        let lines = text::lines(text, body.clone());
        let quotes = marks::pair_quotes(text, &lines);
        let mut toks = Vec::with_capacity(body.len() / 4);
        let mut qi = 0;
        for line in lines.iter().filter(|l| l.kind != LineKind::Furniture) {
            let mut start = line.range.start;
            while qi < quotes.len() && quotes[qi].end <= start {
                qi += 1;
            }
            for q in quotes[qi..].iter().take_while(|q| q.open < line.range.end) {
                if q.open >= start {
                    text::tokenize(text, start..q.open, &mut toks);
                    toks.push(Tok {
                        start: q.open,
                        end: q.open,
                        kind: TokKind::Punct,
                        class: 0,
                    });
                }
                start = q.end.clamp(start, line.range.end);
            }
            text::tokenize(text, start..line.range.end, &mut toks);
        }
        let mut doc = Doc {
            text,
            body,
            lines,
            quotes,
            toks,
            persons: Persons::default(),
        };
        doc.persons = Persons::build(&doc);
        doc
    }

    /// The tokens that start within `range`.
    fn tokens_in(&self, range: Range<usize>) -> &[Tok] {
        let lo = self.toks.partition_point(|t| t.start < range.start);
        let hi = self.toks.partition_point(|t| t.start < range.end);
        &self.toks[lo..hi.max(lo)]
    }

    /// Index of the line holding `pos` (or the nearest line before it).
    fn line_at(&self, pos: usize) -> usize {
        self.lines
            .partition_point(|l| l.range.start <= pos)
            .saturating_sub(1)
    }

    /// Whether `range` shares a byte with a quote.
    fn overlaps_quote(&self, range: &Range<usize>) -> bool {
        let first = self.quotes.partition_point(|q| q.end <= range.start);
        self.quotes.get(first).is_some_and(|q| q.open < range.end)
    }
}

/// `body` clamped to `text` and moved onto char boundaries.
fn clamp_body(text: &str, body: Range<usize>) -> Range<usize> {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let end = floor(body.end);
    floor(body.start).min(end)..end
}

/// Every quote in `text[body]`, in text order. `text` is a whole article
/// (paragraphs separated by blank lines or single newlines; it may contain
/// markdown headings and site furniture lines).
pub fn find_quotes(text: &str, body: Range<usize>) -> Vec<QuoteMention> {
    let doc = Doc::new(text, clamp_body(text, body));
    let mut out = attribution::direct_mentions(&doc);
    reported::append_reported(&doc, &mut out);
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}
