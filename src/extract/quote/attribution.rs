//! Direct quotes: who said each quote, whether it is a partial quote, and
//! whether it is a quote at all.
//!
//! The attribution is looked for right after the closing mark first
//! ("…,” Ushakov said", "…,” said the Kremlin aide"), then in the sentence
//! before the opening mark ("He said: “…”", "Peskov said the move would
//! cause “colossal damage”"), then as a colon lead-in with no verb
//! ("Chancellor Anja Richter put it bluntly: ‘…’"). A quote whose
//! attribution comes right after it and is followed, in the same paragraph,
//! by another quote with no attribution of its own is one quote interrupted
//! by its attribution.
//!
//! The rule for marks that are not quotes: words in marks are a mention when
//! a speaker is found for them. Without one, an embedded phrase (scare
//! quotes, a ship, a book, a slogan, a nickname) is not a mention, however
//! long; a stand-alone quoted sentence of three or more words is, with the
//! speaker of the previous quote in the same or the previous paragraph (the
//! news habit of quoting on without repeating the attribution). Marks right
//! after a naming word ("so-called", "dubbed", "titled", a ship "named") and
//! short title-case phrases embedded in a sentence are never quotes.

use std::ops::Range;

use super::lexicon as lex;
use super::speaker::{self, Phrase};
use super::text::{self, Tok};
use super::{Doc, QuoteMention, Speaker};

struct Attribution {
    speaker: Speaker,
    cue: Option<String>,
    /// Byte range of the attribution words (speaker and verb).
    range: Range<usize>,
}

/// The verb as written, with the audience for "told reporters".
fn cue_text(text: &str, toks: &[Tok], cue: usize) -> String {
    let verb = toks[cue].text(text).to_lowercase();
    let object = toks
        .get(cue + 1)
        .filter(|t| t.is_word())
        .map(|t| t.text(text).to_lowercase());
    match object.as_deref() {
        Some(
            o @ ("reporters" | "journalists" | "lawmakers" | "senators" | "mps" | "parliament"
            | "supporters" | "police"),
        ) if verb == "told" || verb == "tells" => {
            format!("{verb} {o}")
        }
        _ => verb,
    }
}

/// What may follow "X said" when the attribution comes after a quote:
/// nothing, punctuation, or an adverbial ("on Tuesday", "in a statement").
fn ends_attribution(text: &str, toks: &[Tok], next: usize, verb: &str) -> bool {
    let Some(t) = toks.get(next) else { return true };
    if !t.is_word() || matches!(verb, "told" | "tells" | "asked" | "asks") {
        return true;
    }
    // "an hour after", "a day later", "minutes after", "two weeks ago"
    let unit = |w: &str| {
        matches!(
            w.trim_end_matches('s'),
            "second" | "minute" | "moment" | "hour" | "day" | "week" | "month" | "year"
        )
    };
    let counted = matches!(
        t.text(text),
        "a" | "an" | "one" | "two" | "three" | "several" | "few" | "some" | "just"
    ) && toks
        .get(next + 1)
        .is_some_and(|n| n.is_word() && (unit(n.text(text)) || n.text(text) == "few"));
    if counted || unit(t.text(text)) {
        return true;
    }
    matches!(
        t.text(text),
        "on" | "in"
            | "at"
            | "to"
            | "after"
            | "before"
            | "during"
            | "of"
            | "while"
            | "as"
            | "when"
            | "late"
            | "earlier"
            | "last"
            | "this"
            | "yesterday"
            | "today"
            | "with"
            | "from"
            | "about"
            | "via"
            | "outside"
            | "later"
            | "afterwards"
            | "following"
            | "shortly"
            | "recently"
            | "by"
            | "over"
            | "within"
            | "amid"
            | "soon"
    )
}

/// The attribution right after a closing mark, in `range` (up to the
/// sentence end).
fn after_quote(doc: &Doc, range: Range<usize>) -> Option<Attribution> {
    let text = doc.text;
    let toks = doc.tokens_in(range);
    let s = toks
        .iter()
        .position(|t| t.is_word() || !matches!(t.text(text), "," | "—" | "–" | "-" | "*" | "_"))?;
    let w0 = toks[s].is_word().then(|| toks[s].text(text))?;
    let (phrase, cue_at, cue) = if toks[s].is(lex::CUE) && !toks[s].is(lex::CAPITALIZED) {
        (
            speaker::after_cue(text, toks, s + 1)?,
            s,
            cue_text(text, toks, s),
        )
    } else if w0.eq_ignore_ascii_case("according")
        && toks.get(s + 1).is_some_and(|t| t.text(text) == "to")
    {
        (
            speaker::after_cue(text, toks, s + 2)?,
            s + 1,
            "according to".to_string(),
        )
    } else {
        let stop = toks.len().min(s + 14);
        let c = (s..stop)
            .take_while(|&k| toks[k].is_word() || toks[k].is_punct(text, ','))
            .find(|&k| toks[k].is(lex::CUE) && k > s)?;
        let phrase = speaker::before_cue(text, toks, c, s).filter(|p| p.first == s)?;
        if !ends_attribution(text, toks, c + 1, toks[c].text(text)) {
            return None;
        }
        (phrase, c, cue_text(text, toks, c))
    };
    let built = speaker::build(text, toks, phrase, &doc.persons);
    let built = speaker::with_apposition(text, toks, built, phrase.last + 1, &doc.persons);
    let start = toks[s].start;
    let end = built.span.end.max(toks[cue_at].end);
    Some(Attribution {
        speaker: built,
        cue: Some(cue),
        range: start..end,
    })
}

/// The attribution in the sentence before an opening mark: the last speech
/// verb with a speaker before it, or a colon lead-in starting with a name.
fn before_quote(doc: &Doc, range: Range<usize>) -> Option<Attribution> {
    let text = doc.text;
    let toks = doc.tokens_in(range);
    let n = toks.len();
    for c in (0..n).rev() {
        if !toks[c].is_word() {
            continue;
        }
        let w = toks[c].text(text);
        let (phrase, cue) = if w.eq_ignore_ascii_case("according")
            && toks.get(c + 1).is_some_and(|t| t.text(text) == "to")
        {
            (
                speaker::after_cue(text, toks, c + 2),
                "according to".to_string(),
            )
        } else if toks[c].is(lex::CUE) && !(w == "called" && c + 1 == n) {
            (
                speaker::before_cue(text, toks, c, 0),
                cue_text(text, toks, c),
            )
        } else {
            continue;
        };
        if let Some(phrase) = phrase {
            return Some(attribution(doc, toks, phrase, Some(cue), c));
        }
    }
    // "Chancellor Anja Richter put it bluntly: ‘…’"
    if n > 1 && toks[n - 1].is_punct(text, ':') {
        let pronoun = toks[0].is_word() && lex::pronoun(toks[0].text(text)).is_some();
        let phrase = if pronoun {
            Some(Phrase { first: 0, last: 0 })
        } else {
            speaker::after_cue(text, toks, 0)
        };
        if let Some(phrase) = phrase {
            let built = speaker::build(text, toks, phrase, &doc.persons);
            if !matches!(built.via, super::Via::Title) {
                let range = built.span.clone();
                return Some(Attribution {
                    speaker: built,
                    cue: None,
                    range,
                });
            }
        }
    }
    None
}

fn attribution(
    doc: &Doc,
    toks: &[Tok],
    phrase: Phrase,
    cue: Option<String>,
    cue_at: usize,
) -> Attribution {
    let speaker = speaker::build(doc.text, toks, phrase, &doc.persons);
    let start = speaker.span.start.min(toks[cue_at].start);
    let end = speaker.span.end.max(toks[cue_at].end);
    Attribution {
        speaker,
        cue,
        range: start..end,
    }
}

/// Title case ("The Long Road From Kherson"): a name or title, not speech.
fn is_title_case(s: &str) -> bool {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let minor = |w: &str| {
        matches!(
            w,
            "a" | "an"
                | "the"
                | "of"
                | "in"
                | "on"
                | "at"
                | "for"
                | "to"
                | "and"
                | "or"
                | "from"
                | "with"
                | "by"
        )
    };
    !words.is_empty()
        && words.len() <= 6
        && words.iter().enumerate().all(|(i, w)| {
            let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
            lex::is_capitalized(w) || (i > 0 && minor(w))
        })
}

/// Context of one raw quote within its paragraph(s).
struct Context {
    /// Sentence start (or previous quote end) up to the opening mark.
    before: Range<usize>,
    /// Closing mark up to the sentence end (or the next quote).
    after: Range<usize>,
    line: usize,
}

fn context(doc: &Doc, i: usize) -> Context {
    let q = &doc.quotes[i];
    let open_line = doc.line_at(q.open);
    let close_line = doc.line_at(q.end.saturating_sub(1).max(q.open));
    let line_range = |l: usize| doc.lines.get(l).map_or(q.open..q.end, |l| l.range.clone());
    let (open_range, close_range) = (line_range(open_line), line_range(close_line));
    let floor = match i.checked_sub(1).map(|p| doc.quotes[p].end) {
        Some(e) if e > open_range.start && e <= q.open => e,
        _ => open_range.start,
    };
    let sentence = text::sentence_start(doc.text, q.open, floor);
    let ceil = doc
        .quotes
        .get(i + 1)
        .map_or(close_range.end, |n| n.open.min(close_range.end))
        .max(q.end);
    let after_end = if q.closed {
        text::sentence_end(doc.text, q.end, ceil)
    } else {
        q.end
    };
    Context {
        before: sentence..q.open,
        after: q.end..after_end.max(q.end),
        line: close_line,
    }
}

/// The direct-quote mentions of `doc`, in text order.
pub fn direct_mentions(doc: &Doc) -> Vec<QuoteMention> {
    let text = doc.text;
    let contexts: Vec<Context> = (0..doc.quotes.len()).map(|i| context(doc, i)).collect();
    let mut afters: Vec<Option<Attribution>> = doc
        .quotes
        .iter()
        .zip(&contexts)
        .map(|(q, ctx)| {
            if q.closed {
                after_quote(doc, ctx.after.clone())
            } else {
                None
            }
        })
        .collect();
    let mut out: Vec<QuoteMention> = Vec::new();
    // (line, index in `out`) of the last mention with a speaker.
    let mut last_speaker: Option<(usize, usize)> = None;
    // (end offset, index in `out`): the speaker of the quote that ended
    // there, for a later quote in the same sentence ("called the plan
    // “unacceptable” and “dangerous”").
    let mut sentence_speaker: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < doc.quotes.len() {
        let q = &doc.quotes[i];
        let ctx = &contexts[i];
        let after = afters[i].take();
        let mut parts = q.parts.clone();
        let mut end = q.end;
        let mut next = i + 1;
        // “…,” Ushakov said. “…” — the second part has no speaker of its own.
        if let Some(attr) = &after {
            while let Some(n) = doc.quotes.get(next) {
                let gap = &text[attr.range.end.min(n.open)..n.open];
                let same_line = doc.line_at(n.open) == ctx.line;
                let quiet_gap =
                    text::word_count(gap) <= 6 && !gap.split_whitespace().any(lex::is_cue);
                if !(same_line && quiet_gap && afters[next].is_none()) {
                    break;
                }
                parts.extend(n.parts.iter().cloned());
                end = n.end;
                next += 1;
            }
        }
        let merged = next > i + 1;
        let attr = after.or_else(|| before_quote(doc, ctx.before.clone()));
        let quoted = text::joined(text, &parts);
        // Markdown emphasis around a quote ("*“…,”* she said") is not text.
        let before_text = text[ctx.before.clone()]
            .trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
        let lead_in = before_text.is_empty() || before_text.ends_with([':', ',', '—', '–']);
        let ends_punct = quoted.ends_with(['.', ',', '!', '?', ';', ':', '…', '—']);
        let words_follow = text[ctx.after.clone()].chars().any(char::is_alphanumeric);
        let partial = !merged
            && (!lead_in
                || (!ends_punct
                    && words_follow
                    && attr.as_ref().is_none_or(|a| a.range.start < q.open)));
        let naming = before_text
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .is_some_and(lex::is_naming);
        let line = ctx.line;
        i = next;
        if naming || (partial && is_title_case(&quoted)) || quoted.is_empty() {
            continue;
        }
        let speaker_of = |k: usize| out.get(k).and_then(|m: &QuoteMention| m.speaker.clone());
        let same_sentence = sentence_speaker
            .filter(|&(end, _)| end == ctx.before.start)
            .and_then(|(_, k)| speaker_of(k));
        let (speaker, cue, attr_end) = match attr {
            Some(a) => (Some(a.speaker), a.cue, a.range.end),
            None if same_sentence.is_some() => (same_sentence, None, end),
            None if !partial && q.closed && text::word_count(&quoted) >= 3 => {
                let inherited =
                    last_speaker.filter(|&(l, _)| line.saturating_sub(l) <= 1 && l <= line);
                (inherited.and_then(|(_, k)| speaker_of(k)), None, end)
            }
            None => continue,
        };
        if !q.closed && text::word_count(&quoted) < 3 {
            continue;
        }
        if speaker.is_some() {
            last_speaker = Some((line, out.len()));
            sentence_speaker = Some((end, out.len()));
        }
        let span_end = end.max(if attr_end > q.open { attr_end } else { end });
        out.push(QuoteMention {
            span: q.open..span_end,
            parts,
            text: quoted,
            speaker,
            direct: true,
            cue,
            partial,
        });
    }
    out
}
