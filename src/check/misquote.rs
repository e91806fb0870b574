//! `misquote`: sources quote one speaker with nearly the same words, but
//! altered.
//!
//! **What it finds.** Two direct quotes of the same speaker (same listed
//! entity, or same surname) in documents of one story whose words mostly
//! match, at least the rule's `overlap` (70% by default), but differ inside
//! the shared stretch: "we will never give up" against "we will not give
//! up". The finding carries the word diff as evidence (`{diff}`).
//!
//! **What it leaves alone.** A quote one outlet trimmed at either end, or
//! cut with an ellipsis or an editor's "[brackets]", different punctuation
//! or quote marks, a corrected typo, and reported speech ("she said that …"),
//! which paraphrases by nature.
//!
//! **Why it matters.** Changing a speaker's words, even by one, changes what
//! they said; a desk that copies the altered version repeats the error.
//!
//! ```yaml
//! id: misquote
//! kind: misquote
//! claims: [quote]
//! severity: warning
//! overlap: 70%
//! message: "{b.sources} quote {b.speaker} differently from {a.sources}: {diff}"
//! ```

use super::sides::opposed_findings;
use super::{Check, CheckInput, Finding};
use crate::graph::Relation;
use crate::graph::quote::{Likeness, claim_diff, likeness, words};
use crate::model::Value;
use crate::rule::Rule;

pub struct Misquote;

impl Check for Misquote {
    fn kind(&self) -> &'static str {
        "misquote"
    }

    fn run(&self, rule: &Rule, input: &CheckInput) -> Vec<Finding> {
        let claims = input.claims;
        // The graph links altered quotes at the loosest misquote rule's
        // overlap; this rule keeps the pairs at its own.
        let overlap = rule.overlap.unwrap_or(0.7);
        opposed_findings(rule, input, Relation::Misquotes, |a_side, b_side| {
            let (a, b) = (&claims[a_side[0]], &claims[b_side[0]]);
            let (Value::Quote(x), Value::Quote(y)) = (&a.value, &b.value) else {
                return None;
            };
            if likeness(&words(&x.quote), &words(&y.quote), overlap) == Likeness::Unlike {
                return None;
            }
            Some((speaker_key(input, a_side[0]), claim_diff(a, b)))
        })
    }
}

/// "quote of Yuri Ushakov": what a quote finding is about.
pub fn speaker_key(input: &CheckInput, claim: usize) -> Option<String> {
    match &input.claims[claim].value {
        Value::Quote(q) => q.speaker.as_ref().map(|s| format!("quote of {s}")),
        _ => None,
    }
}
