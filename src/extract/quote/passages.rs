//! The scored passage set: invented wire-style passages with the quotes a
//! reader would list. Written before the code and not tuned to it; the rows
//! live in `passages_*.rs`, one file per family of constructions.

/// One passage and what a careful reader extracts from it.
pub struct Passage {
    /// Constructions exercised, joined with '+' ("interrupted+pronoun"); the
    /// scorer breaks results down by each.
    pub tags: &'static str,
    pub text: &'static str,
    pub expect: &'static [Expect],
}

/// One expected mention.
pub struct Expect {
    /// The quoted words without marks; parts of an interrupted or
    /// multi-paragraph quote joined with one space. For reported speech the
    /// reported clause.
    pub quote: &'static str,
    /// The speaker's best name (full name after resolution, or the title or
    /// organisation words).
    pub speaker: Option<&'static str>,
    pub direct: bool,
}

pub const fn p(tags: &'static str, text: &'static str, expect: &'static [Expect]) -> Passage {
    Passage { tags, text, expect }
}

/// A direct quote.
pub const fn d(quote: &'static str, speaker: &'static str) -> Expect {
    Expect {
        quote,
        speaker: Some(speaker),
        direct: true,
    }
}

/// Reported speech.
pub const fn r(quote: &'static str, speaker: &'static str) -> Expect {
    Expect {
        quote,
        speaker: Some(speaker),
        direct: false,
    }
}

/// The passage files by name: the first set, written before any code; the
/// held-out batch, written before its first run; regressions from articles
/// read by eye.
pub fn batches() -> [(&'static str, &'static [Passage]); 6] {
    [
        ("direct", super::passages_direct::PASSAGES),
        ("structure", super::passages_structure::PASSAGES),
        ("speakers", super::passages_speakers::PASSAGES),
        ("negative", super::passages_negative::PASSAGES),
        ("holdout", super::passages_holdout::PASSAGES),
        ("regressions", super::passages_regressions::PASSAGES),
    ]
}

/// Every passage, in file order.
pub fn all() -> impl Iterator<Item = &'static Passage> {
    batches().into_iter().flat_map(|(_, rows)| rows.iter())
}
