//! Extractors: sentence text in, raw claims out.
//!
//! Each claim family has one file and one entry in [`REGISTRY`] (sorted by
//! name). An extractor sees one sentence of normalized text at a time and
//! reports spans relative to the whole normalized text; locating, entities and
//! ids are added afterwards by the pipeline, so extractors stay small.

pub mod currency;
pub mod date;
pub mod event;
pub mod figure;
pub mod measure;
pub mod number;
pub mod quote;
pub mod recognize;

use std::ops::Range;

use crate::model::{ClaimKind, Value};

/// A claim as an extractor sees it: spans still in normalized text.
#[derive(Debug, Clone, PartialEq)]
pub struct RawClaim {
    pub kind: ClaimKind,
    pub span: Range<usize>,
    pub value: Value,
    pub measure: Option<String>,
    /// Set when the sentence marks the figure as a past value ("up from 40",
    /// "a year earlier"): it is not the current figure and is not compared
    /// with current ones. The pipeline fills it from the sentence's dates
    /// otherwise (see `as_of_dates`).
    pub as_of: Option<String>,
    /// The date interval `as_of` names, when it is one.
    pub as_of_dates: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
}

/// One claim family's extractor.
pub trait Extractor: Sync + Send {
    /// A short name for diagnostics and benchmarks.
    fn name(&self) -> &'static str;
    /// Appends the claims found in `text[sentence]` to `out`, in text order.
    fn extract(&self, text: &str, sentence: Range<usize>, out: &mut Vec<RawClaim>);
}

/// Every extractor, sorted by name. Add new claim families here.
pub static REGISTRY: &[&dyn Extractor] = &[&figure::FigureExtractor];
