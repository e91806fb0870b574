//! Checks: one file per rule kind, in one registry sorted by kind name.
//! A check reads the claims and the graph and returns findings; it never
//! changes them.

mod conflict;
mod draft_status;
mod finding;
mod misattribution;
mod misquote;
mod name_variant;
mod pattern;
mod sides;
mod uncorroborated;

pub use finding::{Finding, Support, fingerprint};
use rayon::prelude::*;

use crate::document::Document;
use crate::entity::Entity;
use crate::graph::ClaimGraph;
use crate::model::{Claim, NameMention};
use crate::pipeline::Extraction;
use crate::rule::Rule;
use crate::story::Stories;

/// What every check reads.
pub struct CheckInput<'a> {
    pub documents: &'a [Document],
    pub claims: &'a [Claim],
    pub graph: &'a ClaimGraph,
    /// Uses of watched spellings (names, aliases and variants of entities
    /// that list variants), by document.
    pub names: &'a [NameMention],
    /// The entity list, for preferred names.
    pub entities: &'a [Entity],
    /// The run's extraction settings.
    pub extraction: &'a Extraction,
    /// Each document's body sentences (original byte ranges, furniture
    /// left out), by document index.
    pub sentences: &'a [Vec<std::ops::Range<usize>>],
    /// Which documents share a story (the graph's pairing), and each
    /// document's origin group (`stories.origins`): copies of one text share
    /// it and count as one independent source.
    pub stories: &'a Stories,
    /// With `--draft`: each draft claim's status against the sources.
    pub draft: &'a [crate::draft::DraftClaim],
}

/// One rule kind.
pub trait Check: Sync {
    /// The `kind:` value that selects this check in a rule file.
    fn kind(&self) -> &'static str;
    fn run(&self, rule: &Rule, input: &CheckInput) -> Vec<Finding>;
}

/// Every rule kind, sorted by name. Add new kinds here.
pub static REGISTRY: &[&dyn Check] = &[
    &conflict::Conflict,
    &draft_status::DraftCheck,
    &misattribution::Misattribution,
    &misquote::Misquote,
    &name_variant::NameVariant,
    &pattern::Pattern,
    &uncorroborated::Uncorroborated,
];

/// The names editors may write after `kind:`.
pub fn kind_names() -> Vec<&'static str> {
    REGISTRY.iter().map(|c| c.kind()).collect()
}

/// Runs every rule and returns the findings sorted for output: severity,
/// rule, first document, position.
pub fn run_rules(rules: &[Rule], input: &CheckInput) -> Vec<Finding> {
    // Rules in parallel; collecting keeps their order.
    let mut findings: Vec<Finding> = rules
        .par_iter()
        .flat_map_iter(|rule| {
            REGISTRY
                .iter()
                .filter(|c| c.kind() == rule.kind)
                .flat_map(|c| c.run(rule, input))
                .collect::<Vec<_>>()
        })
        .collect();
    findings.sort_by_key(|a| a.sort_key(input.claims));
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_is_sorted_and_unique() {
        let names = kind_names();
        assert!(names.windows(2).all(|w| w[0] < w[1]), "{names:?}");
    }
}
