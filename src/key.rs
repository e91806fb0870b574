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

/// The `unit` of a date key for a planned event ("will meet on Tuesday");
/// past events have `past`.
pub const PLANNED: &str = "planned";

impl std::fmt::Display for ClaimKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.kind == ClaimKind::Date {
            write!(f, "date of {}", self.measure)?;
            if self.unit == PLANNED {
                write!(f, " (planned)")?;
            }
            return Ok(());
        }
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
/// Measures are compared under their synonym group's name (`measures`
/// maps a word to it, from `measures.yaml`); a word mapped to the empty
/// name is `uncompared` there and gets no key.
pub fn key_of(
    claim: &Claim,
    subjects: Vec<String>,
    measures: &BTreeMap<String, String>,
) -> Option<ClaimKey> {
    if claim.kind == ClaimKind::Date {
        return date_key(claim);
    }
    if !claim.kind.is_figure() || claim.as_of.as_deref() == Some("earlier") {
        return None;
    }
    let canonical = |m: &str| measures.get(m).cloned().unwrap_or_else(|| m.to_string());
    let measure = canonical(claim.measure.as_deref()?);
    // Too generic to be sure two figures count the same thing.
    if measure.is_empty() {
        return None;
    }
    let figure = claim.value.as_figure()?;
    let unit = match claim.kind {
        // A count's unit is its measure: synonyms share it.
        ClaimKind::Quantity => measure.clone(),
        _ => figure.unit.clone().unwrap_or_else(|| measure.clone()),
    };
    Some(ClaimKey {
        kind: claim.kind,
        unit,
        measure,
        subjects,
    })
}

/// A date's key is its event and whether it happened or is planned; who
/// took part and where is checked pair by pair, because one source names
/// more participants than another. Unresolved dates are never compared.
fn date_key(claim: &Claim) -> Option<ClaimKey> {
    let date = claim.value.as_date()?;
    if !date.resolved {
        return None;
    }
    Some(ClaimKey {
        kind: ClaimKind::Date,
        unit: if date.future { PLANNED } else { "past" }.to_string(),
        measure: claim.measure.clone()?,
        subjects: Vec::new(),
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
