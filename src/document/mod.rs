//! Documents: what a loader produces and the text every later stage reads.
//!
//! `load` turns paths into documents plus input errors; `normalize` gives the
//! text the extractors scan, with a map back to the original bytes; `lines`
//! turns a byte offset into the 1-based line and column an editor shows.

mod dateline;
mod front_matter;
mod lines;
mod load;
mod normalize;

pub use dateline::{MONTH_NAMES, find_published, month_number};
pub use lines::LineIndex;
pub use load::{InputError, InputErrorKind, Loaded, load_paths, load_str};
pub use normalize::{Normalized, normalize};

use chrono::NaiveDate;
use serde::Serialize;

/// Where a document's `published` date came from, so a report can say how far
/// to trust relative dates resolved against it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateSource {
    /// `published:` in the YAML front matter.
    FrontMatter,
    /// A `date 2025-10-17` (or `Published: …`) line near the top.
    DateField,
    /// A news dateline such as `KYIV, Oct. 17, 2025 —`.
    Dateline,
    /// The `published` field of a JSONL record.
    Jsonl,
    /// An HTML page's meta tags, JSON-LD or `<time>` element.
    HtmlMeta,
}

/// One article. Field order is the `documents` entry of the JSON contract.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// Unique within a run: the path relative to the argument it was found
    /// under (`wire.md`), or `FILE:LINE` for a JSONL line without an id.
    pub id: String,
    /// The path as the user can open it.
    pub path: String,
    /// The outlet; defaults to the file name.
    pub source: String,
    #[serde(serialize_with = "iso_date")]
    pub published: Option<NaiveDate>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// How `published` was found; absent when there is no date.
    pub date_source: Option<DateSource>,
    /// Line in the input file where this document starts (JSONL), else 1.
    #[serde(skip)]
    pub first_line: usize,
    /// The text spans point into: a `.txt`/`.md` file's whole contents (front
    /// matter included), or a JSONL record's `text`.
    #[serde(skip)]
    pub text: String,
    /// Byte offset where the body starts (after front matter).
    #[serde(skip)]
    pub body_start: usize,
    /// True when `text` is the article text extracted from an HTML page:
    /// spans, lines and columns point into that text, not the page.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub extracted: bool,
    /// True for the desk's own draft (`--draft`): its claims are checked
    /// against the other documents, the sources.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
}

fn iso_date<S: serde::Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&d.format("%Y-%m-%d").to_string()),
        None => s.serialize_none(),
    }
}
