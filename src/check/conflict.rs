//! `conflict`: sources state the same figure with values that cannot both
//! be true.
//!
//! **What it finds.** Two figures with the same key (kind, unit, measure and
//! the countries, places and organisations of their sentences) whose
//! intervals do not overlap even after the rule's tolerance: the rounding the
//! digits imply, a default percentage, and extra room for hedges such as
//! "about" and "nearly".
//!
//! **Why it matters.** A figure that one outlet gets wrong is the commonest
//! error a desk copies into its own story.
//!
//! **How findings are grouped.** Claims that agree with each other form a
//! side (refinement does not join sides); one finding is reported per pair of sides in conflict, listing every
//! claim of both, so "37 missiles" in two outlets against "73 missiles" in a
//! third is one finding, not two. Side `a` is the one more sources back.
//!
//! ```yaml
//! id: figure-conflict
//! kind: conflict
//! claims: [quantity, money, percent]
//! severity: error
//! tolerance: {default: 1%, qualifiers: {about: 5%, nearly: 10%}}
//! ```

use super::sides::opposed_findings;
use super::{Check, CheckInput, Finding};
use crate::graph::Relation;
use crate::rule::Rule;

pub struct Conflict;

impl Check for Conflict {
    fn kind(&self) -> &'static str {
        "conflict"
    }

    fn run(&self, rule: &Rule, input: &CheckInput) -> Vec<Finding> {
        opposed_findings(rule, input, Relation::Contradicts, |a_side, _| {
            let key = input.graph.keys[a_side[0]]
                .as_ref()
                .map(ToString::to_string);
            Some((key, None))
        })
    }
}
