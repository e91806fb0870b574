//! Uses of an entity's spelling: the evidence of the `name-variant` rule.

use serde::Serialize;

use super::Span;

/// One use, in a document, of an entity's name, alias or listed variant
/// spelling, for entities that list variants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NameMention {
    pub doc: String,
    #[serde(skip)]
    pub doc_index: usize,
    /// The entity's id in `entities.yaml`.
    pub entity: String,
    /// The spelling as written ("Kiev").
    pub text: String,
    pub span: Span,
    pub line: usize,
    pub column: usize,
    /// True for a spelling listed under `variants`.
    pub variant: bool,
}

/// A stretch of a document's text a `pattern` rule matched, located.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextMatch {
    pub doc: String,
    #[serde(skip)]
    pub doc_index: usize,
    /// The words as written.
    pub text: String,
    pub span: Span,
    pub line: usize,
    pub column: usize,
}
