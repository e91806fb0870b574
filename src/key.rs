//! Claim keys: what a claim is *about*. Two claims are compared only when
//! their keys are equal, which is how the graph avoids an all-pairs scan.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{Claim, ClaimKind};

/// Kind, unit, measure and subject entities of a figure. Equal keys mean
/// "clearly about the same thing"; anything less certain stays apart.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct ClaimKey {
    pub kind: ClaimKind,
    /// ISO currency, `%`, or the measure for counts.
    pub unit: String,
    pub measure: String,
    /// Canonical ids of the non-person entities of the sentence, sorted.
    pub subjects: Vec<String>,
}

impl std::fmt::Display for ClaimKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {} [{}]",
            self.kind,
            self.measure,
            self.subjects.join(", ")
        )?;
        if self.unit != self.measure {
            write!(f, " in {}", self.unit)?;
        }
        Ok(())
    }
}

/// The key of a claim, or `None` when we cannot tell what it is about (a
/// figure with no measure is never compared).
pub fn key_of(claim: &Claim, subjects: Vec<String>) -> Option<ClaimKey> {
    if !claim.kind.is_figure() || claim.as_of.is_some() {
        return None;
    }
    let measure = claim.measure.clone()?;
    let figure = claim.value.as_figure()?;
    Some(ClaimKey {
        kind: claim.kind,
        unit: figure.unit.clone().unwrap_or_else(|| measure.clone()),
        measure,
        subjects,
    })
}

/// Claims grouped by key, in key order; each group lists claim indices in
/// claim order. This is the blocking step of the graph.
pub fn block(keys: &[Option<ClaimKey>]) -> BTreeMap<&ClaimKey, Vec<usize>> {
    let mut groups: BTreeMap<&ClaimKey, Vec<usize>> = BTreeMap::new();
    for (i, k) in keys.iter().enumerate() {
        if let Some(k) = k {
            groups.entry(k).or_default().push(i);
        }
    }
    groups
}
