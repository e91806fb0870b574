//! Rules: what editors write in YAML, validated into typed rules.
//!
//! A rule picks a *kind* from the check registry and sets its parameters,
//! severity and message. Rule directories also hold the editor-owned lists
//! the pipeline reads: `entities.yaml` and `furniture.yaml`.

pub mod file;
mod load;
mod settings;
pub mod suggest;
pub mod template;

pub use file::schema;
pub use load::{RuleError, RuleSet, load_builtin, load_dir, load_sources};
pub use settings::{DATE_ORDERS, Settings, builtin_settings, parse_currency, parse_date_order};
pub use suggest::{did_you_mean, suggestion, unknown_name_help};

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::{ClaimKind, Qualifier};

/// How loud a finding is. Ordered from most to least severe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub const NAMES: [&'static str; 3] = ["error", "warning", "info"];

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// How far apart two figures may be and still agree. Fractions of the value.
#[derive(Debug, Clone, PartialEq)]
pub struct Tolerance {
    /// Applied to every figure: sources round.
    pub default: f64,
    /// Extra width for hedged figures ("about": symmetric, "nearly": below).
    pub qualifiers: BTreeMap<Qualifier, f64>,
    /// Widen a figure by the rounding its digits imply ("68,000" → ±500).
    pub rounding: bool,
}

impl Default for Tolerance {
    fn default() -> Self {
        Tolerance {
            default: 0.01,
            qualifiers: BTreeMap::from([(Qualifier::About, 0.05), (Qualifier::Nearly, 0.10)]),
            rounding: true,
        }
    }
}

impl Tolerance {
    pub fn for_qualifier(&self, q: Qualifier) -> f64 {
        self.qualifiers.get(&q).copied().unwrap_or(0.0)
    }
}

/// One rule example: documents in, the rule ids expected to fire out.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub docs: Vec<String>,
    pub expect: Vec<String>,
    /// Where the example is written, for `rules test` failures.
    pub line: usize,
}

/// A compiled `pattern` rule matcher: a regex, or a word list compiled to
/// one. Compared by its source text.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub regex: regex::Regex,
    /// For a word list: the plain words of its phrases. A text cannot match
    /// unless it holds every plain word of some phrase, so the regex is
    /// run only where that holds.
    pub required: Option<RequiredWords>,
}

/// The plain words (ASCII letters and digits) of a word list's phrases.
#[derive(Debug, Clone)]
pub struct RequiredWords {
    /// Every distinct word, any case.
    pub words: aho_corasick::AhoCorasick,
    /// For each phrase, the bits of the words it holds.
    pub phrases: Vec<u128>,
}

impl Pattern {
    /// False only when `text` certainly holds no match.
    pub fn may_match(&self, text: &str) -> bool {
        let Some(required) = &self.required else {
            return true;
        };
        // The regex folds case the Unicode way: the Kelvin sign and the
        // long s match "k" and "s", which the word search does not see.
        if !text.is_ascii() && text.contains(['\u{212A}', '\u{17F}']) {
            return true;
        }
        // Leftmost-longest, not overlapping: a phrase's words occur as whole
        // runs of letters and digits, so no other hit can hide one.
        let mut found = 0u128;
        for m in required.words.find_iter(text) {
            found |= 1 << m.pattern().as_usize();
        }
        required.phrases.iter().any(|need| need & found == *need)
    }
}

impl PartialEq for Pattern {
    fn eq(&self, other: &Self) -> bool {
        self.regex.as_str() == other.regex.as_str()
    }
}

/// A validated rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub id: String,
    /// A name from the check registry.
    pub kind: &'static str,
    pub severity: Severity,
    pub message: String,
    /// Claim kinds the rule looks at.
    pub claims: Vec<ClaimKind>,
    /// Measures the rule is limited to (empty: all).
    pub measures: Vec<String>,
    /// Entity ids the rule is limited to: a claim whose sentence names one
    /// of them (empty: all).
    pub entities: Vec<String>,
    /// Line and column of each of `entities` in the rule's file.
    pub entities_at: Vec<(usize, usize)>,
    /// For `pattern` rules: what to look for in sentences.
    pub pattern: Option<Pattern>,
    pub tolerance: Tolerance,
    /// For misquotes: the share of words an altered quote keeps.
    pub overlap: Option<f64>,
    /// For `draft` rules: the statuses reported.
    pub statuses: Vec<crate::draft::DraftStatus>,
    pub description: Option<String>,
    pub link: Option<String>,
    pub examples: Vec<Example>,
    /// The file the rule came from (`<builtin>/name.yaml` for shipped rules).
    pub file: String,
    /// Line and column of the rule's `id` in that file.
    pub at: (usize, usize),
}

impl Rule {
    /// Whether the rule's scope (claim kinds, measures) takes in a claim of
    /// this kind and measure.
    pub fn covers(&self, kind: ClaimKind, measure: Option<&str>) -> bool {
        self.claims.contains(&kind)
            && (self.measures.is_empty()
                || measure.is_some_and(|m| self.measures.iter().any(|x| x == m)))
    }

    /// Whether the rule's whole scope (claim kinds, measures and entities)
    /// takes in `claim`.
    pub fn covers_claim(&self, claim: &crate::model::Claim) -> bool {
        self.covers(claim.kind, claim.measure.as_deref())
            && (self.entities.is_empty()
                || claim.entities.iter().any(|e| self.entities.contains(e)))
    }
}
