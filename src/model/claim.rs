use serde::Serialize;

use super::{Span, Value};

/// The families of checkable statements. Figures are `Quantity`, `Money` and
/// `Percent`; dates and quotes arrive with their own extractors.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    Quantity,
    Money,
    Percent,
    Date,
    Quote,
}

impl ClaimKind {
    pub const ALL: [ClaimKind; 5] = [
        ClaimKind::Quantity,
        ClaimKind::Money,
        ClaimKind::Percent,
        ClaimKind::Date,
        ClaimKind::Quote,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Quantity => "quantity",
            ClaimKind::Money => "money",
            ClaimKind::Percent => "percent",
            ClaimKind::Date => "date",
            ClaimKind::Quote => "quote",
        }
    }

    pub fn is_figure(self) -> bool {
        matches!(
            self,
            ClaimKind::Quantity | ClaimKind::Money | ClaimKind::Percent
        )
    }
}

impl std::fmt::Display for ClaimKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One checkable statement with its located evidence. Field order and names
/// are the `claims` entries of the JSON contract (design §7).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// `DOC#N`, N counting this document's claims from 1 in text order.
    pub id: String,
    /// The id of the document the claim comes from.
    pub doc: String,
    /// Index of the document in the run's document list (not serialized).
    #[serde(skip)]
    pub doc_index: usize,
    pub kind: ClaimKind,
    /// The claim as written in the original text.
    pub text: String,
    pub span: Span,
    pub line: usize,
    pub column: usize,
    pub sentence: Span,
    pub value: Value,
    /// What the figure counts (singular, lowercase), e.g. `soldier`, `aid`.
    pub measure: Option<String>,
    /// Canonical ids of the entities named in the claim's sentence, sorted.
    pub entities: Vec<String>,
    pub speaker: Option<String>,
    /// When the figure holds, if the sentence says: `earlier` for "up from
    /// 40" or "a year earlier" (never compared with current figures), else
    /// the ISO date or `start/end` interval of the sentence's date nearest
    /// to the figure ("as of Oct. 17", "on Thursday").
    pub as_of: Option<String>,
    /// The `as_of` interval as dates, for comparison: a running total on two
    /// different dates is not one figure.
    #[serde(skip)]
    pub as_of_dates: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
    /// For dates: the proper names of the sentence (hashed, sorted), the
    /// participants and places the date's event may involve beyond the
    /// listed entities.
    #[serde(skip)]
    pub names: Vec<u64>,
}
