//! A deliberately simple tense detector: find past and future markers in the
//! sentence and let the one nearest to the date mention decide. News mostly
//! reports what happened, so the default is the past.

use super::Tense;
use super::lex::{Kind, Tok};
use super::vocab;

/// Irregular past forms common in news ("met", "told"), and words that
/// place an event in the past ("ago", "yesterday").
pub(super) fn is_irregular_past(word: &str) -> bool {
    IRREGULAR_PAST.contains(&word)
}

/// The words of [`is_irregular_past`].
pub(super) const IRREGULAR_PAST: &[&str] = &[
    "said",
    "was",
    "were",
    "had",
    "did",
    "met",
    "went",
    "came",
    "took",
    "told",
    "gave",
    "made",
    "held",
    "saw",
    "left",
    "began",
    "fell",
    "rose",
    "won",
    "lost",
    "struck",
    "fought",
    "sent",
    "led",
    "spoke",
    "wrote",
    "paid",
    "sold",
    "bought",
    "brought",
    "thought",
    "found",
    "kept",
    "ran",
    "became",
    "ago",
    "last",
    "yesterday",
    "earlier",
    "got",
    "flew",
    "shot",
    "hit",
    "put",
    "quit",
    "cut",
    "set",
    "knew",
    "felt",
    "heard",
    "meant",
    "stood",
    "chose",
    "drew",
    "grew",
    "threw",
    "broke",
    "spent",
    "built",
    "taught",
    "caught",
    "sought",
    "beat",
];

/// -ed words that look past but announce the future.
const FUTURE_ED: &[&str] = &["scheduled", "expected", "planned", "slated", "poised"];

/// Copulas that make "due/expected/set/going to" a future construction.
fn is_copula(word: &str) -> bool {
    matches!(word, "is" | "are" | "am" | "be" | "s" | "re" | "been")
}

/// Positions (token index) of tense markers in the sentence.
pub(super) fn markers(toks: &[Tok<'_>], original: &str) -> Vec<(usize, Tense)> {
    let word = |i: usize| {
        toks.get(i)
            .filter(|t| t.kind == Kind::Word)
            .map_or("", |t| t.text)
    };
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.kind != Kind::Word {
            continue;
        }
        let prev = if i > 0 { word(i - 1) } else { "" };
        let next = word(i + 1);
        let future = match t.text {
            "will" | "shall" | "tomorrow" | "upcoming" | "next" => true,
            // "'ll" and "won't"
            "ll" => !t.spaced,
            "won" => toks.get(i + 1).and_then(Tok::punct) == Some('\''),
            "going" => next == "to" && is_copula(prev),
            "due" | "set" | "poised" | "slated" => is_copula(prev),
            "plans" | "plan" | "planning" | "intends" | "aims" => next == "to",
            // "said he expected further talks on July 10": what someone
            // expects lies ahead ("as expected", "than expected" do not).
            "expected" | "expects" | "expect" => !matches!(prev, "as" | "than" | "had" | "been"),
            w if FUTURE_ED.contains(&w) => is_copula(prev) || next == "to" || next == "for",
            _ => false,
        };
        if future {
            out.push((i, Tense::Future));
            continue;
        }
        let lowercase_in_text = original
            .as_bytes()
            .get(t.start)
            .is_some_and(u8::is_ascii_lowercase);
        // "will be held": a participle after "be" carries no tense of its own.
        let after_be = matches!(prev, "be" | "being");
        let past = !after_be && t.class & vocab::PAST != 0
            || (!after_be
                && t.text.len() > 4
                && t.text.ends_with("ed")
                && lowercase_in_text
                && !FUTURE_ED.contains(&t.text));
        if past {
            out.push((i, Tense::Past));
        }
    }
    out
}

/// Tense of the marker nearest to tokens `first..end` (markers inside are ignored).
pub(super) fn nearest(markers: &[(usize, Tense)], first: usize, end: usize) -> Tense {
    markers
        .iter()
        .filter(|(i, _)| *i < first || *i >= end)
        .min_by_key(|(i, tense)| {
            let distance = if *i < first { first - i } else { i + 1 - end };
            // On a tie, prefer the past.
            (distance, *tense != Tense::Past)
        })
        .map_or(Tense::Past, |(_, tense)| *tense)
}
