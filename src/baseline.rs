//! Baselines: findings a desk has looked at and accepted, so CI fails only
//! on new ones.
//!
//! A baseline is a YAML file (YAML, not JSON, because editors keep it by
//! hand: they write the reasons, may add comments, and review it in diffs)
//! listing entries sorted by fingerprint:
//!
//! ```yaml
//! - fingerprint: "9f2c0a5b71e3d804"
//!   rule: "figure-conflict"
//!   message: "missile figures disagree: 73 (The Evening Meridian) vs 37 (…)"
//!   reason: "Meridian corrected online; print edition stands"
//! ```
//!
//! Entries match findings by their content fingerprint (rule, normalized
//! claims, sources; never positions), so a finding keeps its entry when
//! its sentence moves. A matched finding is marked `baselined`: counted,
//! never failing the run. An entry no finding matches any more is *stale*
//! and reported so it can be removed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::check::Finding;
use crate::yaml::{self, YamlError};

/// What `--write-baseline` writes as the reason, for the editor to replace.
pub const TODO_REASON: &str = "TODO: say why this finding is accepted";

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub fingerprint: String,
    pub rule: String,
    /// The finding's message when it was accepted, for the reader.
    #[serde(default)]
    pub message: String,
    /// Why the finding is accepted.
    #[serde(default)]
    pub reason: String,
}

/// Reads a baseline file's text.
pub fn parse(text: &str) -> Result<Vec<Entry>, YamlError> {
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    yaml::from_str(text)
}

/// The baseline accepting every finding, sorted by fingerprint; reasons
/// already given in `previous` are kept.
pub fn write(findings: &[Finding], previous: &[Entry]) -> String {
    let reasons: BTreeMap<&str, &str> = previous
        .iter()
        .map(|e| (e.fingerprint.as_str(), e.reason.as_str()))
        .collect();
    let mut entries: BTreeMap<&str, Entry> = BTreeMap::new();
    for f in findings {
        let reason = reasons
            .get(f.fingerprint.as_str())
            .filter(|r| !r.is_empty())
            .map_or(TODO_REASON, |r| r);
        entries.entry(&f.fingerprint).or_insert_with(|| Entry {
            fingerprint: f.fingerprint.clone(),
            rule: f.rule.clone(),
            message: f.message.clone(),
            reason: reason.to_string(),
        });
    }
    let mut out = String::from(
        "# crosscheck baseline: findings accepted by the desk, matched by fingerprint.\n\
         # Write each entry's reason; delete an entry to report its finding again.\n",
    );
    if entries.is_empty() {
        out.push_str("[]\n");
    }
    for e in entries.values() {
        out.push_str(&entry_yaml(e));
    }
    out
}

/// One entry as a YAML list item. A JSON string is a valid YAML
/// double-quoted scalar, so each value is written with serde_json's
/// escaping and reads back exactly.
fn entry_yaml(e: &Entry) -> String {
    let q = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
    format!(
        "- fingerprint: {}\n  rule: {}\n  message: {}\n  reason: {}\n",
        q(&e.fingerprint),
        q(&e.rule),
        q(&e.message),
        q(&e.reason)
    )
}

/// Marks the findings the baseline accepts and returns the stale entries
/// (matching no finding), in file order.
pub fn apply(findings: &mut [Finding], entries: &[Entry]) -> Vec<Entry> {
    let mut used = vec![false; entries.len()];
    for f in findings.iter_mut() {
        if let Some(i) = entries.iter().position(|e| e.fingerprint == f.fingerprint) {
            f.baselined = true;
            used[i] = true;
        }
    }
    entries
        .iter()
        .zip(used)
        .filter(|(_, used)| !used)
        .map(|(e, _)| e.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_baselines_read_back() {
        let entries = vec![Entry {
            fingerprint: "00ff".into(),
            rule: "figure-conflict".into(),
            message: "“73” vs \"37\": {a}\nsecond line".into(),
            reason: "checked: wire error".into(),
        }];
        let out: String = entries.iter().map(entry_yaml).collect();
        assert_eq!(parse(&out).unwrap(), entries);
        assert_eq!(parse("").unwrap(), Vec::new());
        assert_eq!(parse(&write(&[], &[])).unwrap(), Vec::new());
    }
}
