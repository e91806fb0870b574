//! Reporters: one file per output format, each rendering the same sorted
//! analysis to a `String`. Printing is the binary's job.

pub mod dot;
pub mod draft;
pub mod human;
pub mod json;

use serde::Serialize;

use crate::document::{InputError, InputErrorKind};
use crate::pipeline::Analysis;

/// The format version of the JSON output (design §7).
pub const VERSION: u32 = 1;

/// One entry of the `errors` list: an input that could not be read as given,
/// or a rule file with a problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorEntry {
    pub path: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub kind: InputErrorKind,
    pub message: String,
}

/// Input errors first (in load order), then rule errors.
pub fn errors(analysis: &Analysis) -> Vec<ErrorEntry> {
    let input = analysis.errors.iter().map(|e: &InputError| ErrorEntry {
        path: e.path.clone(),
        line: e.line,
        column: e.column,
        kind: e.kind,
        message: e.message.clone(),
    });
    let rules = analysis.rule_errors.iter().map(|e| ErrorEntry {
        path: e.path.clone(),
        line: (e.line > 0).then_some(e.line),
        column: (e.column > 0).then_some(e.column),
        kind: InputErrorKind::InvalidRule,
        message: match &e.help {
            Some(h) => format!("{}; {h}", e.message),
            None => e.message.clone(),
        },
    });
    input.chain(rules).collect()
}
