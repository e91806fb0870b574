//! The claim model: what the extractors produce and every later stage reads.

mod claim;
mod mention;
mod span;
mod value;

pub use claim::{Claim, ClaimKind};
pub use mention::{NameMention, TextMatch};
pub use span::Span;
pub use value::{DateGrain, DateValue, FigureValue, Qualifier, QuoteValue, SpeakerKind, Value};
