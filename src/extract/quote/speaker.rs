//! Speaker phrases at an attribution: finding the words that name the
//! speaker next to a speech verb, and turning them into a [`Speaker`].
//!
//! A phrase is a short run of name words, titles, organisation heads,
//! modifiers and possessives ("Russia's new ambassador Aleksandr
//! Darchiev", "the Kremlin aide", "a spokesperson for the transport
//! ministry"). Lowercase words outside the lexicon are accepted only when
//! an article or possessive closes the phrase ("a dock worker"), which keeps
//! clauses like "the plan would fail" out.

use super::lexicon::{
    self as lex, ARTICLE, CAPITALIZED, CUE, HONORIFIC, MODIFIER, ORG_HEAD, PARTICLE, PLACE,
    POSSESSIVE, QUANTITY, STOPWORD, TITLE,
};
use super::persons::Persons;
use super::text::Tok;
use super::{Speaker, Via};

/// Speaker words `toks[first..=last]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phrase {
    pub first: usize,
    pub last: usize,
}

/// The word token at `k`, if any.
fn word(toks: &[Tok], k: usize) -> Option<&Tok> {
    toks.get(k).filter(|t| t.is_word())
}

fn is_connector(text: &str, t: &Tok) -> bool {
    lex::is_connector(t.text(text))
}

/// Words that may sit between a speaker and the verb ("Peskov later told").
fn is_interposed(w: &str) -> bool {
    matches!(
        w,
        "also"
            | "later"
            | "then"
            | "again"
            | "earlier"
            | "previously"
            | "recently"
            | "once"
            | "separately"
            | "further"
            | "reportedly"
            | "has"
            | "have"
            | "had"
            | "would"
            | "subsequently"
            | "repeatedly"
            | "publicly"
            | "privately"
            | "bluntly"
            | "simply"
    )
}

/// A word that can end (head) a speaker phrase.
fn is_head(t: &Tok) -> bool {
    (t.is(CAPITALIZED) && !t.is(STOPWORD | CUE | POSSESSIVE)) || t.is(TITLE | ORG_HEAD)
}

/// A word that can stand inside a speaker phrase before its head.
fn is_inner(t: &Tok) -> bool {
    (is_head(t) || t.is(MODIFIER | HONORIFIC | POSSESSIVE)) && !t.is(STOPWORD)
}

fn is_lowercase(text: &str, t: &Tok) -> bool {
    t.text(text).starts_with(char::is_lowercase)
}

/// The speaker phrase ending right before the speech verb at `cue`, not
/// reaching back past `floor`. Handles "he said", "Ushakov later told",
/// "Dmitry Peskov, the Kremlin spokesman, said" and "X, however, argued".
pub fn before_cue(text: &str, toks: &[Tok], cue: usize, floor: usize) -> Option<Phrase> {
    let mut end = cue;
    while end > floor && word(toks, end - 1).is_some_and(|t| is_interposed(t.text(text))) {
        end -= 1;
    }
    // "Trump on Monday said"
    let day = |k: usize| {
        word(toks, k).is_some_and(|t| {
            matches!(
                t.text(text),
                "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
            )
        })
    };
    if end >= floor + 2 && day(end - 1) && word(toks, end - 2).is_some_and(|t| t.text(text) == "on")
    {
        end -= 2;
    }
    if end == floor {
        return None;
    }
    let last = end - 1;
    if toks[last].is_punct(text, ',') {
        // An apposition or aside between commas: the speaker stands before it.
        let open = (floor..last)
            .rev()
            .take(16)
            .find(|&k| toks[k].is_punct(text, ','))?;
        let aside = word(toks, open + 1)?;
        let ok = matches!(
            aside.text(text).to_ascii_lowercase().as_str(),
            "who"
                | "whose"
                | "which"
                | "however"
                | "meanwhile"
                | "too"
                | "though"
                | "also"
                | "for"
                | "in"
        ) || aside.is(ARTICLE | TITLE | MODIFIER);
        if ok {
            return head_before(text, toks, open, floor);
        }
        // "the shadow chancellor, Mark Doyle, said": the name is the aside.
        let named =
            (open + 1..last).all(|k| word(toks, k).is_some_and(|t| t.is(CAPITALIZED | PARTICLE)));
        return (named && last - open <= 5 && head_before(text, toks, open, floor).is_some())
            .then_some(Phrase {
                first: open + 1,
                last: last - 1,
            });
    }
    if word(toks, last).is_some_and(|t| lex::pronoun(t.text(text)).is_some()) {
        return Some(Phrase { first: last, last });
    }
    head_before(text, toks, end, floor)
}

/// The phrase whose head is `toks[end - 1]`, growing leftwards.
fn head_before(text: &str, toks: &[Tok], end: usize, floor: usize) -> Option<Phrase> {
    let last = end.checked_sub(1).filter(|&l| l >= floor)?;
    if !word(toks, last).is_some_and(is_head) {
        return None;
    }
    let title_or_org = |k: usize| word(toks, k).is_some_and(|t| t.is(TITLE | ORG_HEAD));
    let mut first = last;
    let mut k = last;
    let mut unsure = 0;
    while k > floor && last - k < 10 {
        let Some(t) = word(toks, k - 1) else { break };
        if t.is(ARTICLE | QUANTITY) {
            first = k - 1;
            // "a spokesperson for the transport ministry": keep going through
            // a connector when a title stands before it.
            let through = k >= floor + 3
                && word(toks, k - 2).is_some_and(|c| is_connector(text, c))
                && title_or_org(k - 3);
            if !through {
                break;
            }
            k -= 2;
            continue;
        }
        if is_inner(t) {
            first = k - 1;
            unsure = 0;
        } else if is_connector(text, t) && k >= 2 && title_or_org(k - 2) {
            // "mayor of Kherson": the title before is taken next round.
        } else if t.is(PARTICLE) && word(toks, k).is_some_and(|n| n.is(CAPITALIZED | PARTICLE)) {
            first = k - 1;
        } else if is_lowercase(text, t) && !t.is(STOPWORD | CUE) && unsure < 2 {
            unsure += 1;
        } else {
            break;
        }
        k -= 1;
    }
    Some(Phrase { first, last })
}

/// The speaker phrase starting at `start`, after an inverted verb ("said
/// the Kremlin aide") or "according to".
pub fn after_cue(text: &str, toks: &[Tok], start: usize) -> Option<Phrase> {
    let mut k = start;
    let mut first = None;
    let mut last = None;
    let mut opened = false;
    while let Some(t) = word(toks, k) {
        if k == start && t.is(ARTICLE | QUANTITY) {
            first = Some(k);
            opened = true;
        } else if is_head(t) {
            first.get_or_insert(k);
            last = Some(k);
        } else if t.is(MODIFIER | HONORIFIC | POSSESSIVE) {
            first.get_or_insert(k);
            opened |= t.is(POSSESSIVE);
        } else if t.is(PARTICLE) && word(toks, k + 1).is_some_and(|n| n.is(CAPITALIZED)) {
        } else if is_connector(text, t) && last.is_some() {
            if word(toks, k + 1).is_some_and(|n| n.is(ARTICLE)) {
                k += 1;
            }
            opened = true;
        } else if !(opened && is_lowercase(text, t) && !t.is(STOPWORD)) {
            break;
        }
        k += 1;
    }
    Some(Phrase {
        first: first?,
        last: last?,
    })
}

/// Names the speaker in `toks[phrase]`: a pronoun resolved to its
/// antecedent, a name with its title split off (a bare surname resolved to
/// the fullest earlier mention), or the role/organisation words.
pub fn build(text: &str, toks: &[Tok], phrase: Phrase, persons: &Persons) -> Speaker {
    let span_of = |a: usize, b: usize| toks[a].start..toks[b].end;
    let Phrase { first, last } = phrase;
    if first == last
        && let Some(p) = lex::pronoun(toks[first].text(text))
    {
        let written = toks[first].text(text);
        let name = persons
            .antecedent(p, toks[first].start)
            .map_or_else(|| written.to_lowercase(), str::to_string);
        return Speaker {
            span: span_of(first, last),
            name,
            title: None,
            via: Via::Pronoun,
        };
    }
    let mut a = first;
    while a < last && toks[a].is(ARTICLE | QUANTITY) {
        a += 1;
    }
    // The name: the trailing run of capitalised non-title words.
    let mut run = last + 1;
    while run > a {
        let t = &toks[run - 1];
        let name_word = t.is(CAPITALIZED) && !t.is(TITLE | ORG_HEAD | HONORIFIC | POSSESSIVE);
        if !(name_word || (t.is(PARTICLE) && run <= last)) {
            break;
        }
        run -= 1;
    }
    while run <= last && toks[run].is(PARTICLE) {
        run += 1;
    }
    // After "of" the first words complete the title ("Secretary of State
    // Marco Reyes", "mayor of Kherson"): a name needs two words left.
    let after_connector = run > a && is_connector(text, &toks[run - 1]);
    if after_connector && run >= a + 2 && toks[run - 2].is(ORG_HEAD) {
        // "Institute for Fiscal Studies", "Bank of England": one name.
        let words = text[span_of(a, last)].to_string();
        return Speaker {
            span: span_of(first, last),
            name: words,
            title: None,
            via: Via::Organization,
        };
    }
    if after_connector {
        while run <= last && toks[run].is(MODIFIER | ORG_HEAD) {
            run += 1;
        }
        if last + 1 - run < 2 {
            run = last + 1;
        }
    }
    if run <= last {
        let mut title_end = run;
        while title_end > a && toks[title_end - 1].is(HONORIFIC) {
            title_end -= 1;
        }
        let written = &text[span_of(run, last)];
        let name = if run == last {
            persons
                .full_name(written, toks[last].end)
                .unwrap_or(written)
                .to_string()
        } else {
            written.to_string()
        };
        let title = (title_end > a).then(|| text[span_of(a, title_end - 1)].to_string());
        let via = if run == last && toks[last].is(PLACE) {
            Via::Organization
        } else {
            Via::Name
        };
        return Speaker {
            span: span_of(first, last),
            name,
            title,
            via,
        };
    }
    let words = text[span_of(a, last)].to_string();
    if toks[last].is(ORG_HEAD) {
        Speaker {
            span: span_of(first, last),
            name: words,
            title: None,
            via: Via::Organization,
        }
    } else {
        Speaker {
            span: span_of(first, last),
            name: words.clone(),
            title: Some(words),
            via: Via::Title,
        }
    }
}

/// "the Kremlin aide, Yuri Ushakov": a title-only speaker followed by the
/// name in apposition takes the name.
pub fn with_apposition(
    text: &str,
    toks: &[Tok],
    speaker: Speaker,
    after: usize,
    persons: &Persons,
) -> Speaker {
    if speaker.via != Via::Title || !toks.get(after).is_some_and(|t| t.is_punct(text, ',')) {
        return speaker;
    }
    let Some(phrase) = after_cue(text, toks, after + 1) else {
        return speaker;
    };
    let named = build(text, toks, phrase, persons);
    if named.via == Via::Name
        && named.title.is_none()
        && toks.get(phrase.last + 1).is_none_or(|t| !t.is_word())
    {
        Speaker {
            span: speaker.span.start..named.span.end,
            title: speaker.title,
            ..named
        }
    } else {
        speaker
    }
}

/// The role words of a phrase that names one person by role only ("the
/// Kremlin aide", "Ukraine's foreign minister"), for the persons index.
pub fn role_name<'a>(text: &'a str, toks: &[Tok], phrase: Phrase) -> Option<&'a str> {
    let head = &toks[phrase.last];
    if !head.is(TITLE) || head.text(text).ends_with('s') {
        return None;
    }
    let mut a = phrase.first;
    while a < phrase.last && toks[a].is(ARTICLE | QUANTITY) {
        a += 1;
    }
    Some(&text[toks[a].start..head.end])
}
