//! `misattribution`: sources give the same words to different speakers.
//!
//! **What it finds.** Two direct quotes in documents of one story whose
//! words are the same (one may be an excerpt of the other) and at least eight
//! words long, credited to two different people (different listed entities,
//! or different surnames) or two different listed organisations.
//!
//! **What it leaves alone.** A speaker the text does not pin down: a pronoun
//! nobody could resolve, an unnamed role ("a senior official") against a
//! name, an organisation against its spokesperson ("the Kremlin said" /
//! "Peskov said"), and short shared phrases, which are slogans more often
//! than quotes.
//!
//! **Why it matters.** Putting one person's words in another's mouth is the
//! gravest quoting error a story can carry.
//!
//! ```yaml
//! id: misattribution
//! kind: misattribution
//! claims: [quote]
//! severity: error
//! message: "{b.sources} attribute to {b.speaker} the words {a.sources} attribute to {a.speaker}"
//! ```

use super::misquote::speaker_key;
use super::sides::opposed_findings;
use super::{Check, CheckInput, Finding};
use crate::graph::Relation;
use crate::rule::Rule;

pub struct Misattribution;

impl Check for Misattribution {
    fn kind(&self) -> &'static str {
        "misattribution"
    }

    fn run(&self, rule: &Rule, input: &CheckInput) -> Vec<Finding> {
        opposed_findings(rule, input, Relation::Misattributes, |a_side, _| {
            Some((speaker_key(input, a_side[0]), None))
        })
    }
}
