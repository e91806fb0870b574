//! Reported speech: "X said that …", "X warned on Monday that …",
//! "According to X, …", "…, according to X."
//!
//! Precision first: a mention needs an explicit reporting verb followed by
//! "that" (with only adverbials or the audience in between: "told reporters
//! on Monday that"), or "according to" with a speaker that is a person,
//! role, organisation or pronoun ("according to the timetable" is not
//! speech). A clause that holds a direct quote is left to the direct quote,
//! and verbs whose clause is not the speaker's claim ("denied that") are not
//! cues. The verbs are found by their class bit on the body's tokens, so the
//! scan is one pass over tokens already made.

use std::ops::Range;

use super::lexicon as lex;
use super::speaker::{self, Phrase};
use super::text::{self, LineKind, Tok};
use super::{Doc, QuoteMention};

/// The clause `range` without trailing punctuation, marks and space.
fn clause_range(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let kept = s.trim_end_matches(|c: char| c.is_whitespace() || ".!?;:\"”’')".contains(c));
    let start = range.start + (s.len() - s.trim_start().len()).min(kept.len());
    start..range.start + kept.len()
}

/// Appends the reported-speech mentions of `doc` to `out`.
pub fn append_reported(doc: &Doc, out: &mut Vec<QuoteMention>) {
    let text = doc.text;
    let mut done_to = doc.body.start;
    for (k, t) in doc.toks.iter().enumerate() {
        if !t.is(lex::REPORTING | lex::ACCORDING) || t.start < done_to {
            continue;
        }
        let according = t.is(lex::ACCORDING)
            && doc
                .toks
                .get(k + 1)
                .is_some_and(|n| n.text(text).eq_ignore_ascii_case("to"));
        // Most "said" have no "that" close after: skip them before any work.
        let that_near = || {
            doc.toks[k + 1..]
                .iter()
                .take(10)
                .any(|n| n.text(text).eq_ignore_ascii_case("that"))
        };
        if !(according || (t.is(lex::REPORTING) && that_near())) {
            continue;
        }
        let Some(line) = doc
            .lines
            .get(doc.line_at(t.start))
            .filter(|l| l.kind == LineKind::Prose)
        else {
            continue;
        };
        let start = text::sentence_start(text, t.start, line.range.start);
        let end = text::sentence_end(text, t.end, line.range.end);
        let toks = doc.tokens_in(start..end);
        let Some(cue) = toks.iter().position(|x| x.start == t.start) else {
            continue;
        };
        let found = if according {
            according_to(doc, toks, cue, end)
        } else {
            that_clause(doc, toks, cue, end)
        };
        let Some((phrase, parts, cue_text)) = found else {
            continue;
        };
        let words: usize = parts
            .iter()
            .map(|p| text::word_count(&text[p.clone()]))
            .sum();
        if words < 3 || parts.iter().any(|p| p.is_empty() || doc.overlaps_quote(p)) {
            continue;
        }
        let (Some(first), Some(last)) =
            (parts.first().map(|p| p.start), parts.last().map(|p| p.end))
        else {
            continue;
        };
        let speaker = speaker::build(text, toks, phrase, &doc.persons);
        let span = speaker.span.start.min(first)..speaker.span.end.max(last);
        done_to = span.end;
        out.push(QuoteMention {
            span,
            text: text::joined(text, &parts),
            parts,
            speaker: Some(speaker),
            direct: false,
            cue: Some(cue_text),
            partial: false,
        });
    }
}

/// What a reported-speech cue yields: the speaker phrase, the reported
/// clause's parts and the cue as written.
type Found = (Phrase, Vec<Range<usize>>, String);

/// "X said (on Monday) that CLAUSE".
fn that_clause(doc: &Doc, toks: &[Tok], cue: usize, end: usize) -> Option<Found> {
    let text = doc.text;
    let verb = toks[cue].text(text);
    let told = verb.eq_ignore_ascii_case("told") || verb.eq_ignore_ascii_case("tells");
    let mut k = cue + 1;
    loop {
        let t = toks.get(k)?;
        let w = t.text(text);
        if t.is_word() && w.eq_ignore_ascii_case("that") {
            break;
        }
        let adverbial = t.is_punct(text, ',')
            || (t.is_word()
                && (t.is(lex::ADVERBIAL | lex::CAPITALIZED)
                    || w.starts_with(|c: char| c.is_ascii_digit())
                    || (told && k <= cue + 3)));
        if !adverbial || k > cue + 8 {
            return None;
        }
        k += 1;
    }
    let clause_start = toks.get(k + 1)?.start;
    let phrase = speaker::before_cue(text, toks, cue, 0)?;
    let mut cue_text = verb.to_lowercase();
    if told && let Some(o) = toks.get(cue + 1).filter(|t| t.is_word() && k > cue + 1) {
        let o = o.text(text).to_lowercase();
        if matches!(
            o.as_str(),
            "reporters" | "journalists" | "lawmakers" | "senators" | "mps" | "parliament"
        ) {
            cue_text = format!("{cue_text} {o}");
        }
    }
    Some((
        phrase,
        vec![clause_range(text, clause_start..end)],
        cue_text,
    ))
}

/// "According to X, CLAUSE.", "CLAUSE, according to X." or the aside
/// "SUBJECT, according to X, REST." (two parts).
fn according_to(doc: &Doc, toks: &[Tok], cue: usize, end: usize) -> Option<Found> {
    let text = doc.text;
    let from = cue + 2;
    let pronoun = toks
        .get(from)
        .is_some_and(|t| t.is_word() && lex::pronoun(t.text(text)).is_some());
    let phrase = if pronoun {
        Phrase {
            first: from,
            last: from,
        }
    } else {
        speaker::after_cue(text, toks, from)?
    };
    let next = toks.get(phrase.last + 1);
    let comma_after = next.is_some_and(|t| t.is_punct(text, ','));
    let comma_before = cue > 0 && toks[cue - 1].is_punct(text, ',');
    let leading = toks[..cue]
        .iter()
        .all(|t| t.is_word() && matches!(t.text(text), "But" | "And" | "Yet"));
    let parts = if leading && comma_after {
        vec![clause_range(text, toks.get(phrase.last + 2)?.start..end)]
    } else if comma_before && next.is_none_or(|t| !t.is_word()) && !comma_after {
        vec![clause_range(text, toks.first()?.start..toks[cue - 1].start)]
    } else if comma_before && comma_after && cue > 1 {
        let subject = clause_range(text, toks.first()?.start..toks[cue - 1].start);
        vec![
            subject,
            clause_range(text, toks.get(phrase.last + 2)?.start..end),
        ]
    } else {
        return None;
    };
    Some((phrase, parts, "according to".to_string()))
}
