use serde::Serialize;

use crate::fnv::fnv1a;
use crate::graph::Relation;
use crate::model::{Claim, NameMention, TextMatch};
use crate::rule::Severity;

/// One reported problem. Field order is the `findings` entry of the JSON
/// contract (design §7); `key` is an addition.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    /// The graph relation behind the finding; none for findings about
    /// spellings rather than claims (`name-variant`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relation: Option<Relation>,
    pub message: String,
    /// Content fingerprint: rule, normalized claims and sources; never
    /// positions, so a moved sentence keeps it.
    pub fingerprint: String,
    /// Claim ids: side `a` (the figure most sources back) first, then side `b`.
    pub claims: Vec<String>,
    /// Document ids in the order of `claims`, without repeats.
    pub documents: Vec<String>,
    /// What the claims are about.
    pub key: Option<String>,
    /// For a misquote: the word diff from side `a`'s quote to side `b`'s,
    /// removed words in `[-…-]`, added ones in `{+…+}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<String>,
    /// Indices into the run's claims, same order as `claims`.
    #[serde(skip)]
    pub claim_indices: Vec<usize>,
    /// How many of `claim_indices` belong to side `a`.
    #[serde(skip)]
    pub side_a: usize,
    /// For findings about spellings: each use, variants first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<NameMention>,
    /// For findings with sides: how many outlets back side `a`, then side
    /// `b`, and how many independent origins they come from (copies of one
    /// text count once).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub support: Vec<Support>,
    /// For findings about wording (`pattern`): each stretch of text matched.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub matches: Vec<TextMatch>,
    /// Accepted in the baseline file: counted, but never fails the run.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub baselined: bool,
    /// For `draft` findings: the draft claim's id and its status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft_claim: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::draft::DraftStatus>,
}

/// The outlets behind one side of a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Support {
    /// Distinct outlets.
    pub sources: usize,
    /// Distinct origins: outlets that copied one text count once.
    pub independent: usize,
}

impl Support {
    /// The outlets behind documents `docs` (indices into `documents`), and
    /// how many are independent: a copy counts as the outlet it copies
    /// (`origins`: each document's origin group), and two documents of one
    /// outlet are one source even when neither copies the other.
    pub fn of(
        documents: &[crate::document::Document],
        origins: &[usize],
        docs: impl IntoIterator<Item = usize>,
    ) -> Support {
        let docs: std::collections::BTreeSet<usize> = docs.into_iter().collect();
        let outlets = |doc_of: &dyn Fn(usize) -> usize| {
            docs.iter()
                .map(|&d| documents[doc_of(d)].source.as_str())
                .collect::<std::collections::BTreeSet<&str>>()
                .len()
        };
        let sources = outlets(&|d| d);
        let independent = outlets(&|d| origins.get(d).copied().unwrap_or(d));
        Support {
            sources,
            independent: independent.min(sources),
        }
    }

    /// "1 source", "3 sources, 2 independent", "2 sources, both independent"
    /// is just "2 sources".
    pub fn describe(&self) -> String {
        let noun = if self.sources == 1 {
            "source"
        } else {
            "sources"
        };
        if self.independent == self.sources {
            format!("{} {noun}", self.sources)
        } else {
            format!("{} {noun}, {} independent", self.sources, self.independent)
        }
    }
}

impl Finding {
    /// Severity, rule, then the earliest claim by document and position.
    pub fn sort_key(
        &self,
        claims: &[Claim],
    ) -> (crate::rule::Severity, String, usize, usize, String) {
        let first = self
            .claim_indices
            .iter()
            .map(|&i| (claims[i].doc_index, claims[i].span.start))
            .chain(self.mentions.iter().map(|m| (m.doc_index, m.span.start)))
            .chain(self.matches.iter().map(|m| (m.doc_index, m.span.start)))
            .min()
            .unwrap_or((usize::MAX, 0));
        (
            self.severity,
            self.rule.clone(),
            first.0,
            first.1,
            self.fingerprint.clone(),
        )
    }
}

/// FNV-1a over the parts, as 16 hex digits: stable across runs, platforms
/// and versions of Rust, unlike `std`'s hasher.
pub fn fingerprint<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    // 0xff never occurs in UTF-8, so it separates parts unambiguously.
    let h = fnv1a(
        parts
            .into_iter()
            .flat_map(|p| p.bytes().chain(std::iter::once(0xff))),
    );
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_stable() {
        assert_eq!(fingerprint(["a", "b"]), fingerprint(["a", "b"]));
        assert_ne!(fingerprint(["ab"]), fingerprint(["a", "b"]));
        assert_eq!(fingerprint([]), "cbf29ce484222325");
    }
}
