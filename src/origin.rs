//! Same origin: do two news documents come from one source text?
//!
//! Corroboration counts *independent* sources. Two articles are not
//! independent when one is (partly) a copy of the other — syndicated wire
//! copy republished with a new headline, an outlet's own intro, a trimmed
//! ending or different site furniture — or when both credit the same news
//! agency for the same story. This module decides that for a pair of
//! documents from two compact [`Fingerprint`]s: a corpus is fingerprinted
//! once, in one pass over each text, and a pair is compared in time linear
//! in the sketch size (about two microseconds), not the text.
//!
//! # Text overlap
//!
//! The text is normalized to lowercase word tokens: punctuation and the
//! quote-mark style are dropped, digits are kept, digit groups are joined
//! (`1,200` = `1200`), apostrophes inside words vanish (`Ukraine’s` =
//! `Ukraine's` = `ukraines`), and invisible characters (soft hyphen,
//! zero-width space, BOM) are ignored. Every run of
//! [`OriginParams::shingle`] consecutive tokens (a "shingle", 5 by default)
//! is hashed, and the smallest hashes are kept: at least the 256 smallest,
//! plus all in the lowest quarter of the hash space for long documents, at
//! most 2048 (see [`OriginParams::sample_rate`]).
//!
//! Two kinds of text never enter the shingles:
//!
//! - **Quoted words.** Independent reports of one event quote the same
//!   official verbatim; a 20-word quotation shared by two reporters is
//!   evidence of a shared *speaker*, not of a shared *text*. Words inside
//!   quotation marks (any style: `"…"`, `“…”`, `‘…’`, `'…'`, `«…»`, `„…“`) are
//!   dropped from the shingle stream, and the shingle window runs on across
//!   the gap. Copies keep everything they share outside quotes, which in
//!   news copy is most of the text.
//! - **Furniture lines.** A line of at most [`MAX_FURNITURE_WORDS`] words
//!   containing a furniture phrase ([`FURNITURE`]: copyright notices,
//!   newsletter prompts, "Advertisement", share buttons, photo credits,
//!   menus with `|`) is skipped, so two different stories from one site do
//!   not match on their shared page template.
//!
//! Similarity is the **containment** of the two sketches — shared shingles
//! divided by the shingles of the *smaller* document — estimated by
//! threshold sampling ([`Sketch::overlap`]). Containment, unlike Jaccard,
//! counts a short copy inside a longer article (a wire story plus an outlet's
//! own reporting, or the first half of a story followed by original text) as
//! the copy it is.
//!
//! # Wire credits
//!
//! [`wire_credits`] finds lines that credit an agency ([`CREDIT_PATTERNS`]):
//! datelines (`LONDON (Reuters) -`), bylines, "… contributed to this report",
//! Reuters-style "Reporting by …; Editing by …", a trailing `—Reuters`,
//! "(With AFP)", copyright notices. A mention of an agency as a source
//! ("Reuters reported that…", "told AFP", "AP Photo/…") is not a credit: the
//! article cites the agency, it is not made of its copy.
//!
//! Two documents crediting the same named agency are joined only when they
//! tell the same story: the containment of their *topic sketches* (distinct
//! content words, [`STOPWORDS`] removed, quotes included) must reach
//! [`OriginParams::wire_topic`]. Without that gate every pair of Reuters
//! stories in a corpus — a summit and a flood on the same day — would be
//! joined, and joins are transitive. Set `wire_topic` to 0 to accept a shared
//! credit outright. The generic credit "with agencies" names no agency and
//! never joins.
//!
//! # Thresholds (defaults) and why
//!
//! - `shingle = 5`: five-word runs are rare enough that independent prose
//!   almost never shares them by chance (stock phrases like "said in a
//!   statement on" do, but only a handful), yet short enough that a light
//!   edit (one word changed) destroys only five shingles.
//! - `threshold = 0.25` containment. On the evaluation set
//!   (`tests/data/origin`): exact copies and copies in other site furniture
//!   measure 0.91–1.00, light edits 0.84–1.00, a copied first half followed
//!   by original text 0.48–0.50, a copied first third 0.35. Independent
//!   reports of one event — same names, figures and quotes — measure at most
//!   0.04 (up to 0.46 if quoted words were kept), two stories in one site's
//!   page template at most 0.14. 0.25 leaves room on both sides for the
//!   sketch's sampling error (about ±0.06 at 60 sampled shingles).
//! - `min_shingles = 60`: a document needs at least 60 distinct unquoted
//!   shingles (about 65 words of its own prose, three or four sentences)
//!   for text overlap to be judged. Below that one shared sentence — a
//!   stock background line, a headline — would decide the outcome. Short
//!   documents are still joined by a shared wire credit.
//! - `min_sampled = 12`: the smaller document must keep at least 12 sampled
//!   shingles in the comparison, else its containment estimate is noise
//!   (three samples, one shared, would read as 0.33).
//! - `wire_topic = 0.3` topic containment: rewrites of one agency story
//!   share most names, places and figures (0.45–0.50 on the evaluation set,
//!   1.0 for copies); stories on different subjects share only the
//!   vocabulary of the beat (0.03–0.24, the highest from two stories about
//!   the same two countries, and from one site's leftover furniture).
//! - `min_topic_terms = 12` distinct content words on both sides before the
//!   topic gate is trusted.
//!
//! All hashing uses fixed constants; nothing is seeded from the OS and no
//! hash-map iteration order reaches a result, so fingerprints are identical
//! across runs and platforms.

mod credits;
mod groups;
mod sketch;
mod tables;
mod tokenize;

use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

pub use groups::{Blocking, OriginLink, link_documents, origin_groups};
pub use sketch::{Overlap, Sketch};
pub use tables::{
    AGENCIES, CREDIT_PATTERNS, CREDIT_TRIGGERS, FURNITURE, GENERIC_WIRE, MAX_FURNITURE_WORDS,
    STOPWORDS,
};

/// Widest shingle [`fingerprint`] supports; wider requests are clamped.
pub const MAX_SHINGLE: usize = 16;

/// Parameters of fingerprinting and comparison. Fingerprints compared with
/// each other must come from the same `shingle` width; the defaults are
/// explained in the [module docs](self).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OriginParams {
    /// Words per shingle (1..=[`MAX_SHINGLE`]).
    pub shingle: usize,
    /// Containment (shared shingles / shingles of the smaller document) at
    /// or above which two documents are copies.
    pub threshold: f64,
    /// Fewest shingle hashes kept per document (bottom-k), 4 bytes each.
    pub sketch_size: usize,
    /// Beyond `sketch_size`, keep every shingle whose hash falls in this
    /// fraction of the hash space, so a long document stays sampled at this
    /// rate at least and a short copy inside it is still found (0: a
    /// fixed-size bottom-k sketch).
    pub sample_rate: f64,
    /// Most shingle hashes kept per document, whatever its length.
    pub max_sketch_size: usize,
    /// Fewest distinct unquoted shingles a document needs, on both sides,
    /// before text overlap is judged.
    pub min_shingles: usize,
    /// Fewest sampled shingles the smaller document must keep in a
    /// comparison for its containment estimate to be trusted.
    pub min_sampled: usize,
    /// Topic-term hashes kept per document (bottom-k), 4 bytes each.
    pub topic_sketch_size: usize,
    /// Topic containment two documents crediting the same agency need to be
    /// joined; 0 joins on the credit alone.
    pub wire_topic: f64,
    /// Fewest distinct topic terms, on both sides, for the topic gate to be
    /// trusted; below it a shared credit does not join (unless `wire_topic`
    /// is 0).
    pub min_topic_terms: usize,
    /// Leave quoted words out of the shingles (see the module docs). Off
    /// only for experiments.
    pub skip_quotes: bool,
}

impl Default for OriginParams {
    fn default() -> Self {
        OriginParams {
            shingle: 5,
            threshold: 0.25,
            sketch_size: 256,
            sample_rate: 0.25,
            max_sketch_size: 2048,
            min_shingles: 60,
            min_sampled: 12,
            topic_sketch_size: 128,
            wire_topic: 0.3,
            min_topic_terms: 12,
            skip_quotes: true,
        }
    }
}

/// A news agency, by its normalized name from [`AGENCIES`] ("Reuters",
/// "AP", "AFP", …, or [`GENERIC_WIRE`]).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Wire(String);

impl Wire {
    pub fn new(name: impl Into<String>) -> Self {
        Wire(name.into())
    }

    pub fn name(&self) -> &str {
        &self.0
    }

    /// "with agencies": a credit that names no agency.
    pub fn is_generic(&self) -> bool {
        self.0 == GENERIC_WIRE
    }
}

impl fmt::Display for Wire {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why two documents share an origin.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OriginReason {
    /// Their texts overlap: `similarity` is the estimated containment
    /// (0..=1) of the smaller document's shingles in the larger's.
    Shared { similarity: f64 },
    /// Both credit this agency and tell the same story.
    Wire(Wire),
}

/// What [`same_origin`] needs to know about one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fingerprint {
    /// Words per shingle used; fingerprints of different widths never match
    /// on text.
    shingle: u8,
    /// Words read outside furniture lines.
    words: u32,
    /// Unquoted, non-furniture word shingles.
    shingles: Sketch,
    /// Distinct content words (stopwords removed).
    terms: Sketch,
    /// Credited agencies, sorted and deduplicated.
    wires: Vec<Wire>,
}

impl Fingerprint {
    /// The agencies the document credits.
    pub fn wires(&self) -> &[Wire] {
        &self.wires
    }

    /// Words read outside furniture lines.
    pub fn words(&self) -> usize {
        self.words as usize
    }

    /// Distinct unquoted shingles (exact below the sketch size, estimated
    /// above).
    pub fn shingle_count(&self) -> usize {
        self.shingles.estimated_len()
    }

    /// Distinct topic terms (exact below the topic sketch size).
    pub fn topic_term_count(&self) -> usize {
        self.terms.estimated_len()
    }

    pub fn shingle_sketch(&self) -> &Sketch {
        &self.shingles
    }

    pub fn topic_sketch(&self) -> &Sketch {
        &self.terms
    }

    /// The fingerprint with the shingles `stock` says are common phrasing
    /// in a corpus left out (see [`link_documents`]).
    pub fn without_stock(&self, stock: impl Fn(u32) -> bool) -> Fingerprint {
        Fingerprint {
            shingles: self.shingles.without(stock),
            ..self.clone()
        }
    }

    /// Memory footprint: the struct plus its heap parts.
    pub fn size_bytes(&self) -> usize {
        std::mem::size_of::<Self>()
            + self.shingles.size_bytes()
            + self.terms.size_bytes()
            + self
                .wires
                .iter()
                .map(|w| std::mem::size_of::<Wire>() + w.0.len())
                .sum::<usize>()
    }
}

/// Fingerprints one document in one pass over its text: tokens, quote
/// state, furniture lines and credit-candidate lines together; the credit
/// patterns then run on the few candidate lines only.
pub fn fingerprint(text: &str, params: &OriginParams) -> Fingerprint {
    let tables = tables();
    let width = params.shingle.clamp(1, MAX_SHINGLE);
    let pass = tokenize::run(
        text,
        &tables.lexicon,
        &tokenize::Settings {
            width,
            skip_quotes: params.skip_quotes,
            sketch_min: params.sketch_size,
            sketch_max: params.max_sketch_size,
            sample_rate: params.sample_rate,
            topic_size: params.topic_sketch_size,
        },
    );
    Fingerprint {
        // `width` is at most MAX_SHINGLE, so it fits.
        shingle: u8::try_from(width).unwrap_or(u8::MAX),
        words: u32::try_from(pass.words).unwrap_or(u32::MAX),
        shingles: pass.shingles,
        terms: pass.terms,
        wires: tables.credits.in_lines(text, &pass.credit_lines),
    }
}

/// The agencies `text` credits, normalized, sorted and deduplicated. See
/// [`CREDIT_PATTERNS`] for what counts as a credit; an agency cited as a
/// source ("Reuters reported that…") does not. Candidate lines are found by
/// the same pass as [`fingerprint`]'s (with minimal sketches), so both agree.
pub fn wire_credits(text: &str) -> Vec<Wire> {
    let tables = tables();
    let pass = tokenize::run(
        text,
        &tables.lexicon,
        &tokenize::Settings {
            width: 1,
            skip_quotes: true,
            sketch_min: 1,
            sketch_max: 1,
            sample_rate: 0.0,
            topic_size: 1,
        },
    );
    tables.credits.in_lines(text, &pass.credit_lines)
}

/// Estimated containment of the two documents' unquoted shingles (0 when
/// their shingle widths differ).
pub fn text_similarity(a: &Fingerprint, b: &Fingerprint) -> f64 {
    if a.shingle != b.shingle {
        return 0.0;
    }
    a.shingles.overlap(&b.shingles).containment()
}

/// Estimated containment of the two documents' topic terms.
pub fn topic_similarity(a: &Fingerprint, b: &Fingerprint) -> f64 {
    a.terms.overlap(&b.terms).containment()
}

/// Whether `a` and `b` share an origin, and why. Symmetric.
///
/// Text overlap is checked first (it is the stronger evidence): when both
/// documents have at least `min_shingles` unquoted shingles, the smaller
/// keeps at least `min_sampled` of them in the comparison, and their
/// containment reaches `threshold`, the answer is [`OriginReason::Shared`].
/// Otherwise, when both credit the same named agency (the alphabetically
/// first, if several) and their topic containment reaches `wire_topic`, it
/// is [`OriginReason::Wire`]. `None` means "no evidence of a shared origin",
/// which for very short documents includes "not judged on text".
pub fn same_origin(
    a: &Fingerprint,
    b: &Fingerprint,
    params: &OriginParams,
) -> Option<OriginReason> {
    let long_enough =
        a.shingle_count() >= params.min_shingles && b.shingle_count() >= params.min_shingles;
    if long_enough && a.shingle == b.shingle {
        let overlap = a.shingles.overlap(&b.shingles);
        if shares_text(overlap, params) {
            return Some(OriginReason::Shared {
                similarity: overlap.containment(),
            });
        }
    }
    let wire = a
        .wires
        .iter()
        .find(|w| !w.is_generic() && b.wires.binary_search(w).is_ok())?;
    let same_story = params.wire_topic <= 0.0
        || (a.topic_term_count() >= params.min_topic_terms
            && b.topic_term_count() >= params.min_topic_terms
            && topic_similarity(a, b) >= params.wire_topic);
    same_story.then(|| OriginReason::Wire(wire.clone()))
}

/// False when `a` and `b`, sharing at most `shared` sampled shingles, cannot
/// pass the shared-text test of [`same_origin`]: the candidate search
/// counts every shared hash, the comparison only those under both sketches'
/// bound, so the same test on the larger count is a bound that changes no
/// verdict.
pub fn may_share_text(
    a: &Fingerprint,
    b: &Fingerprint,
    shared: usize,
    params: &OriginParams,
) -> bool {
    let (sa, sb) = a.shingles.sample_sizes(&b.shingles);
    shares_text(
        Overlap {
            shared,
            a: sa,
            b: sb,
        },
        params,
    )
}

/// The shared-text test: enough sampled shingles on the smaller side, and
/// enough of them shared.
fn shares_text(overlap: Overlap, params: &OriginParams) -> bool {
    overlap.a.min(overlap.b) >= params.min_sampled && overlap.containment() >= params.threshold
}

/// Everything built from the data tables, once per process.
struct Tables {
    lexicon: tokenize::Lexicon,
    credits: credits::Credits,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| match build_tables() {
        Ok(t) => t,
        // The tables are constants, checked by a unit test; a YAML version
        // would report this as a rule error instead.
        Err(e) => panic!("origin tables are invalid: {e}"),
    })
}

fn build_tables() -> Result<Tables, String> {
    Ok(Tables {
        lexicon: tokenize::Lexicon::build()?,
        credits: credits::Credits::build()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_build() {
        let t = build_tables();
        assert!(t.is_ok(), "{:?}", t.err());
    }

    fn params() -> OriginParams {
        OriginParams::default()
    }

    #[test]
    fn stopwords_are_not_topic_terms() {
        assert_eq!(
            fingerprint("the the the said said", &params()).topic_term_count(),
            0
        );
        assert_eq!(
            fingerprint("summit summit Velsk", &params()).topic_term_count(),
            2
        );
    }

    #[test]
    fn quotes_and_apostrophes() {
        let p = params();
        let plain = fingerprint("alpha bravo charlie delta echo foxtrot", &p);
        // Quoted words leave the shingles (the window runs on across them).
        let quoted = fingerprint("alpha bravo \"charlie delta\" echo foxtrot", &p);
        assert_eq!(plain.shingle_count(), 2);
        assert_eq!(quoted.shingle_count(), 0);
        assert_eq!(quoted.words(), 6);
        let curly = fingerprint("alpha bravo ‘charlie delta,’ echo foxtrot golf hotel", &p);
        let straight = fingerprint("alpha bravo 'charlie delta,' echo foxtrot golf hotel", &p);
        assert_eq!(curly, straight);
        assert_eq!(curly.shingle_count(), 2);
        let german = fingerprint("alpha bravo „charlie delta“ echo foxtrot golf hotel", &p);
        assert_eq!(curly.shingle_sketch(), german.shingle_sketch());
        // Apostrophes inside words do not open quotes.
        let a = fingerprint("Ukraine’s leader didn’t say why", &p);
        let b = fingerprint("Ukraine's leader didn't say why", &p);
        assert_eq!(a, b);
        assert_eq!(a.shingle_count(), 1);
        // A quote left open stops after 120 words, even without a newline.
        let words: Vec<String> = (0..200).map(|i| format!("w{i}")).collect();
        let stray = format!("alpha \"{}", words.join(" "));
        // "alpha" and the last 80 words: 81 unquoted words, 77 shingles.
        assert_eq!(fingerprint(&stray, &p).shingle_count(), 77);
        // A quote left open ends with its line: six unquoted words.
        let open = fingerprint("alpha \"bravo charlie\ndelta echo foxtrot golf hotel", &p);
        assert_eq!(open.shingle_count(), 2);
    }

    #[test]
    fn numbers_case_and_invisibles() {
        let p = params();
        let a = fingerprint("Killed 1,200 people in the flooded north", &p);
        let b = fingerprint("killed 1200 peo\u{00AD}ple in the FLOODED north", &p);
        assert_eq!(a, b);
        let c = fingerprint("KILLED 1200 PEOPLE IN THE FLOODED NÖRTH", &p);
        let d = fingerprint("killed 1200 people in the flooded nörth", &p);
        assert_eq!(c, d);
    }

    #[test]
    fn furniture_lines_are_skipped() {
        let p = params();
        let story = "alpha bravo charlie delta echo foxtrot golf";
        let plain = fingerprint(story, &p);
        for furniture in [
            "Sign up for our newsletter",
            "© 2025 Example Media. All Rights Reserved.",
            "Home | World | Business",
            "Photo: Jane Doe",
            "ADVERTISEMENT",
            "Listen to this article",
        ] {
            let f = fingerprint(&format!("{furniture}\n{story}\n{furniture}"), &p);
            assert_eq!(f.shingle_sketch(), plain.shingle_sketch(), "{furniture:?}");
            assert_eq!(f.words(), 7, "{furniture:?}");
        }
        // The same words inside a long paragraph are prose, not furniture.
        let long = format!("{} newsletter", "word ".repeat(MAX_FURNITURE_WORDS));
        assert_eq!(fingerprint(&long, &p).words(), MAX_FURNITURE_WORDS + 1);
        // "photo" without a colon is a word like any other.
        assert_eq!(fingerprint("a photo of the summit", &p).words(), 5);
    }
}
