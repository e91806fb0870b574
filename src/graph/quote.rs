//! Quotes compared word by word.
//!
//! Two direct quotes are the *same* words when, after normalizing case,
//! punctuation and quote-mark style, one runs inside the other or they are
//! two overlapping excerpts of one longer statement (each outlet trims a
//! quote where it likes). They are *altered* when the words they share are
//! interrupted by words that differ: "we will never surrender" against "we
//! will not surrender". An ellipsis or an editor's bracketed insertion ("[the
//! president]") marks words left out on purpose and is never an alteration,
//! and neither is a corrected typo ("goverment" / "government").

use std::collections::HashMap;

use rayon::prelude::*;
use similar::{Algorithm, DiffOp, capture_diff_slices};

use super::{Related, Relation};
use crate::extract::number::{self, NumberWord};
use crate::fnv::{FnvBuild, fnv1a};
use crate::model::{Claim, QuoteValue, SpeakerKind, Value};
use crate::story::sorted_intersection;

/// One word of a quote: its comparison key (lowercase, apostrophes unified,
/// punctuation dropped; [`GAP`] for an ellipsis or bracketed insertion) and
/// the word as written, for showing a diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    pub key: String,
    pub shown: &'a str,
}

/// The key of an ellipsis or an editor's bracketed insertion.
pub const GAP: &str = "…";

/// How two quotes relate as words.
#[derive(Debug, Clone, PartialEq)]
pub enum Likeness {
    /// The same words: one inside the other, or overlapping excerpts.
    /// `shared` counts the words both give.
    Same { shared: usize },
    /// Mostly the same words, altered inside: `overlap` is the shared words
    /// over the shared plus altered ones.
    Altered { overlap: f64, shared: usize },
    /// Too little in common to say.
    Unlike,
}

/// The words of `quote`, in order.
pub fn words(quote: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let bytes = quote.as_bytes();
    let mut i = 0;
    while i < quote.len() {
        let rest = &quote[i..];
        let Some(c) = rest.chars().next() else { break };
        if c == '[' {
            // An editor's insertion stands for words the speaker said
            // differently; it matches anything.
            let end = rest.find(']').map_or(quote.len(), |e| i + e + 1);
            push_gap(&mut out, &quote[i..end]);
            i = end;
            continue;
        }
        if c == '…' || rest.starts_with("...") || rest.starts_with(". . .") {
            let len = if c == '…' {
                c.len_utf8()
            } else if rest.starts_with("...") {
                3
            } else {
                5
            };
            push_gap(&mut out, &quote[i..i + len]);
            i += len;
            continue;
        }
        if !c.is_alphanumeric() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        // "U.S.", "U.K.": letters each followed by a dot are one word, "us".
        if let Some(len) = initials(rest) {
            let key = rest[..len]
                .chars()
                .filter(|c| *c != '.')
                .flat_map(char::to_lowercase)
                .collect();
            push_word(&mut out, key, &quote[i..i + len]);
            i += len;
            continue;
        }
        let mut key = String::new();
        while i < quote.len() {
            let Some(d) = quote[i..].chars().next() else {
                break;
            };
            let joins = matches!(d, '\'' | '’' | '‘')
                || (matches!(d, ',' | '.')
                    && key.chars().last().is_some_and(|p| p.is_ascii_digit())
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
            if d.is_alphanumeric() {
                key.extend(d.to_lowercase());
            } else if joins && next_is_alphanumeric(quote, i + d.len_utf8()) {
                // "don't", "Ukraine's", "4,000", "2.5" stay one word; the
                // comma of a number is dropped so "4,000" equals "4000".
                if matches!(d, '\'' | '’' | '‘') {
                    key.push('\'');
                } else if d == '.' {
                    key.push('.');
                }
            } else {
                break;
            }
            i += d.len_utf8();
        }
        let shown = quote[start..i].trim_end_matches(['\'', '’']);
        push_word(&mut out, key, shown);
        // "80%" is "80 percent".
        if quote[i..].starts_with('%') {
            out.push(Word {
                key: "percent".into(),
                shown: &quote[i..i + 1],
            });
            i += 1;
        }
    }
    out
}

/// The length of a run of two or more single letters each followed by a
/// dot ("U.S.", "U.N."), when `s` starts with one.
fn initials(s: &str) -> Option<usize> {
    let mut chars = s.char_indices().peekable();
    let mut letters = 0;
    let mut end = 0;
    while let Some((_, c)) = chars.next() {
        if !c.is_alphabetic() {
            break;
        }
        match chars.next() {
            Some((at, '.')) => {
                letters += 1;
                end = at + 1;
            }
            _ => break,
        }
        if chars.peek().is_none_or(|(_, n)| !n.is_alphabetic()) {
            break;
        }
    }
    (letters >= 2).then_some(end)
}

/// Adds a word under its house-style-neutral key: a contraction as its two
/// words ("don't" → "do not"), a number word as its digits ("two" → "2"),
/// "per cent" as "percent". Style is not substance: "we don't" and "we do
/// not" are the same quote.
fn push_word<'a>(out: &mut Vec<Word<'a>>, key: String, shown: &'a str) {
    if key == "cent" && out.last().is_some_and(|w| w.key == "per") {
        if let Some(last) = out.last_mut() {
            last.key = "percent".into();
        }
        return;
    }
    if let Some(stem) = key.strip_suffix("n't") {
        let stem = match stem {
            "wo" => "will",
            "ca" | "can" => "can",
            "sha" => "shall",
            other => other,
        };
        out.push(Word {
            key: stem.to_string(),
            shown,
        });
        out.push(Word {
            key: "not".into(),
            shown: "",
        });
        return;
    }
    if key == "cannot" {
        out.push(Word {
            key: "can".into(),
            shown,
        });
        out.push(Word {
            key: "not".into(),
            shown: "",
        });
        return;
    }
    let key = match number_word(&key) {
        Some(n) => n.to_string(),
        None => key,
    };
    out.push(Word { key, shown });
}

/// The value of a number word a newsroom may write either way ("two" /
/// "2"), from the number lexicon the figure extractor reads.
fn number_word(w: &str) -> Option<f64> {
    match number::number_word(w)? {
        NumberWord::Unit(v) | NumberWord::Teen(v) | NumberWord::Tens(v) => Some(v),
        _ => None,
    }
}

/// Words that change a figure: never a typo of each other ("million" /
/// "billion", "fifty" / "fifth").
fn is_figure_word(w: &str) -> bool {
    number::number_word(w).is_some()
        || number::ordinal(w).is_some()
        || number::unit_ordinal(w).is_some()
}

fn next_is_alphanumeric(s: &str, at: usize) -> bool {
    s.get(at..)
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_alphanumeric)
}

fn push_gap<'a>(out: &mut Vec<Word<'a>>, shown: &'a str) {
    if out.last().is_none_or(|w| w.key != GAP) {
        out.push(Word {
            key: GAP.to_string(),
            shown,
        });
    }
}

/// One step of a word diff, over word indices of `a` and `b`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Equal {
        a: usize,
        b: usize,
        len: usize,
    },
    /// Words of `a` replaced by words of `b` (either side may be empty).
    Change {
        a: usize,
        a_len: usize,
        b: usize,
        b_len: usize,
    },
}

/// The diff of two word lists, typo-level replacements folded into equal
/// runs, with the changes at either end (trimming) marked off.
struct Diff {
    steps: Vec<Step>,
    /// Steps before `lo` and from `hi` on are trimmed ends.
    lo: usize,
    hi: usize,
}

fn diff(a: &[Word], b: &[Word]) -> Diff {
    let ka: Vec<&str> = a.iter().map(|w| w.key.as_str()).collect();
    let kb: Vec<&str> = b.iter().map(|w| w.key.as_str()).collect();
    let mut steps: Vec<Step> = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &ka, &kb) {
        let step = match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => Step::Equal {
                a: old_index,
                b: new_index,
                len,
            },
            DiffOp::Delete {
                old_index,
                old_len,
                new_index,
            } => Step::Change {
                a: old_index,
                a_len: old_len,
                b: new_index,
                b_len: 0,
            },
            DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => Step::Change {
                a: old_index,
                a_len: 0,
                b: new_index,
                b_len: new_len,
            },
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let typos = old_len == new_len
                    && (0..old_len).all(|k| typo(ka[old_index + k], kb[new_index + k]));
                if typos {
                    Step::Equal {
                        a: old_index,
                        b: new_index,
                        len: old_len,
                    }
                } else {
                    Step::Change {
                        a: old_index,
                        a_len: old_len,
                        b: new_index,
                        b_len: new_len,
                    }
                }
            }
        };
        // Adjacent changes (a delete then an insert) are one replacement.
        match (steps.last_mut(), step) {
            (
                Some(Step::Change { a_len, b_len, .. }),
                Step::Change {
                    a_len: more_a,
                    b_len: more_b,
                    ..
                },
            ) => {
                *a_len += more_a;
                *b_len += more_b;
            }
            (Some(Step::Equal { len, .. }), Step::Equal { len: more, .. }) => *len += more,
            _ => steps.push(step),
        }
    }
    // A pure deletion or insertion at either end is where one outlet cut
    // the quote shorter; a replacement there is a change of words.
    let trim =
        |s: &Step| matches!(s, Step::Change { a_len, b_len, .. } if *a_len == 0 || *b_len == 0);
    let lo = usize::from(steps.first().is_some_and(trim));
    let hi = if steps.len() > lo && steps.last().is_some_and(trim) {
        steps.len() - 1
    } else {
        steps.len()
    };
    Diff { steps, lo, hi }
}

/// A corrected typo: two words of five letters or more, not numbers or
/// number words, one edit apart.
fn typo(x: &str, y: &str) -> bool {
    let letters = |s: &str| {
        s.chars().count() >= 5 && !s.chars().any(|c| c.is_ascii_digit()) && !is_figure_word(s)
    };
    letters(x) && letters(y) && one_edit(x, y)
}

/// Levenshtein distance at most one (a transposition counts as one).
fn one_edit(x: &str, y: &str) -> bool {
    let (x, y): (Vec<char>, Vec<char>) = (x.chars().collect(), y.chars().collect());
    if x == y {
        return true;
    }
    let p = x.iter().zip(&y).take_while(|(a, b)| a == b).count();
    let s = x[p..]
        .iter()
        .rev()
        .zip(y[p..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (rx, ry) = (x.len() - p - s, y.len() - p - s);
    match (rx, ry) {
        (1, 1) | (1, 0) | (0, 1) => true,
        (2, 2) => x[p] == y[p + 1] && x[p + 1] == y[p],
        _ => false,
    }
}

/// Whether a change only fills or removes an ellipsis or insertion.
fn is_gap_change(a: &[Word], b: &[Word], step: &Step) -> bool {
    let Step::Change {
        a: ai,
        a_len,
        b: bi,
        b_len,
    } = *step
    else {
        return false;
    };
    let gap = |ws: &[Word]| ws.iter().any(|w| w.key == GAP);
    let touches_gap = |ws: &[Word], at: usize| {
        (at > 0 && ws.get(at - 1).is_some_and(|w| w.key == GAP))
            || ws.get(at).is_some_and(|w| w.key == GAP)
    };
    gap(&a[ai..ai + a_len])
        || gap(&b[bi..bi + b_len])
        || (a_len == 0 && touches_gap(a, ai))
        || (b_len == 0 && touches_gap(b, bi))
}

/// Words of a quote other than gaps.
fn content_len(ws: &[Word]) -> usize {
    ws.iter().filter(|w| w.key != GAP).count()
}

/// Whether `shared` words are enough to call two quotes one statement: at
/// least half the shorter quote, and all of it up to four words, so two
/// different sentences sharing "the war" are not one quote trimmed twice.
fn enough_shared(shared: usize, shorter: usize) -> bool {
    shared >= shorter.min(4) && 2 * shared >= shorter && shared > 0
}

/// How `a` and `b` relate; `min_overlap` is the share of words an altered
/// quote must keep to count as a misquote rather than another statement.
pub fn likeness(a: &[Word], b: &[Word], min_overlap: f64) -> Likeness {
    if a.is_empty() || b.is_empty() {
        return Likeness::Unlike;
    }
    let d = diff(a, b);
    let inner = &d.steps[d.lo..d.hi];
    let shared: usize = inner
        .iter()
        .map(|s| match s {
            Step::Equal { len, .. } => *len,
            Step::Change { .. } => 0,
        })
        .sum();
    let altered: usize = inner
        .iter()
        .filter(|s| !is_gap_change(a, b, s))
        .map(|s| match s {
            Step::Change { a_len, b_len, .. } => (*a_len).max(*b_len),
            Step::Equal { .. } => 0,
        })
        .sum();
    if !enough_shared(shared, content_len(a).min(content_len(b))) {
        return Likeness::Unlike;
    }
    if altered == 0 {
        return Likeness::Same { shared };
    }
    let overlap = shared as f64 / (shared + altered) as f64;
    if overlap + 1e-9 >= min_overlap {
        Likeness::Altered { overlap, shared }
    } else {
        Likeness::Unlike
    }
}

/// The word diff from `a` to `b` as a reader sees it: removed words in
/// `[-…-]`, added words in `{+…+}`, long unchanged runs shortened, trimmed
/// ends shown as "…".
pub fn render_diff(a: &[Word], b: &[Word]) -> String {
    let d = diff(a, b);
    let mut parts: Vec<String> = Vec::new();
    if d.lo > 0 {
        parts.push("…".into());
    }
    let join = |ws: &[Word]| ws.iter().map(|w| w.shown).collect::<Vec<_>>().join(" ");
    let last = d.hi.saturating_sub(1);
    for (n, step) in d.steps[d.lo..d.hi].iter().enumerate() {
        let n = n + d.lo;
        match *step {
            Step::Equal { a: ai, len, .. } => {
                let run = &a[ai..ai + len];
                // Three words of context on each side of a change; the rest
                // of a long unchanged run is elided.
                let head = if n == d.lo { 0 } else { 3 };
                let tail = if n == last { 0 } else { 3 };
                if run.len() > 8 && run.len() > head + tail + 1 {
                    if head > 0 {
                        parts.push(join(&run[..head]));
                    }
                    parts.push("…".into());
                    if tail > 0 {
                        parts.push(join(&run[run.len() - tail..]));
                    }
                } else {
                    parts.push(join(run));
                }
            }
            Step::Change {
                a: ai,
                a_len,
                b: bi,
                b_len,
            } => {
                if a_len > 0 {
                    parts.push(format!("[-{}-]", join(&a[ai..ai + a_len])));
                }
                if b_len > 0 {
                    parts.push(format!("{{+{}+}}", join(&b[bi..bi + b_len])));
                }
            }
        }
    }
    if d.hi < d.steps.len() {
        parts.push("…".into());
    }
    parts.join(" ")
}

/// Whether two quotes' speakers are one person or body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speakers {
    Same,
    Different,
    /// Not knowable from the text: a pronoun nobody resolved, a role against
    /// a name ("the Kremlin aide" / "Ushakov"), an organisation against its
    /// spokesperson. Such quotes are never called misattributed.
    Unknown,
}

/// Compares two speakers: listed ids first, then surnames (a corrected
/// spelling of a surname is the same person, not another one).
pub fn speakers(a: &QuoteValue, b: &QuoteValue) -> Speakers {
    let (Some(ka), Some(kb)) = (a.speaker_kind, b.speaker_kind) else {
        return Speakers::Unknown;
    };
    let (Some(na), Some(nb)) = (a.speaker.as_deref(), b.speaker.as_deref()) else {
        return Speakers::Unknown;
    };
    use SpeakerKind::{Organization, Person, Resolved, Role};
    let person = |k| matches!(k, Person | Resolved);
    // Only names written at the attribution can accuse; a resolved pronoun
    // can only confirm.
    let named = ka == kb && matches!(ka, Person | Organization);
    if let (Some(x), Some(y)) = (&a.speaker_id, &b.speaker_id)
        && (named || (person(ka) && person(kb)))
    {
        return match (x == y, named) {
            (true, _) => Speakers::Same,
            (false, true) => Speakers::Different,
            (false, false) => Speakers::Unknown,
        };
    }
    let lower = |s: &str| s.to_lowercase();
    match (ka, kb) {
        (x, y) if person(x) && person(y) => match same_person(na, nb) {
            Some(true) => Speakers::Same,
            Some(false) if named => Speakers::Different,
            _ => Speakers::Unknown,
        },
        (Role, Role) | (Organization, Organization) if lower(na) == lower(nb) => Speakers::Same,
        _ => Speakers::Unknown,
    }
}

/// A person's name as parts: given name (none for a bare surname or an
/// initial), surname, and a generational suffix ("Jr.").
fn name_parts(name: &str) -> (Option<String>, String, Option<String>) {
    let mut words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let suffix = words
        .last()
        .filter(|w| matches!(w.as_str(), "jr" | "sr" | "ii" | "iii" | "iv"))
        .cloned();
    if suffix.is_some() {
        words.pop();
    }
    let surname = words.last().cloned().unwrap_or_default();
    let given = (words.len() >= 2)
        .then(|| words[0].clone())
        .filter(|g| g.chars().count() > 1);
    (given, surname, suffix)
}

/// Whether two names are one person: `Some(true)` same, `Some(false)`
/// different, `None` when the names cannot tell ("Trump" against "Donald
/// Trump Jr."). A one-letter spelling difference is the same name.
fn same_person(a: &str, b: &str) -> Option<bool> {
    let (ga, sa, xa) = name_parts(a);
    let (gb, sb, xb) = name_parts(b);
    let alike = |x: &str, y: &str| x == y || one_edit(x, y);
    if !alike(&sa, &sb) {
        return Some(false);
    }
    match (ga, gb) {
        (Some(x), Some(y)) if !alike(&x, &y) => Some(false),
        (Some(_), Some(_)) if xa != xb => Some(false),
        (Some(_), Some(_)) => Some(true),
        _ if xa != xb => None,
        _ => Some(true),
    }
}

/// Fewest words for quotes to be called the same statement by different
/// speakers: idioms run to seven words ("a step in the right direction")
/// and are anyone's.
const MISATTRIBUTION_MIN_WORDS: usize = 8;
/// Fewest words of the shorter quote for an altered quote to be a misquote,
/// and fewest words it must share with the other.
const MISQUOTE_MIN_WORDS: usize = 5;
const MISQUOTE_MIN_SHARED: usize = 4;
/// Fewest shared words for two quotes of one speaker to agree.
const AGREE_MIN_SHARED: usize = 2;
/// How many of its rarest words index a quote: an altered word leaves the
/// others to find its pair.
const ANCHORS: usize = 3;

/// The direct quotes of a run grouped by their words: quotes with the same
/// normalized words form one class (wire copy repeats a quote hundreds of
/// times), classes meet through their rarest words instead of all pairs,
/// and members meet only within the pairing window.
pub struct QuoteIndex<'a> {
    classes: Vec<Class<'a>>,
}

struct Class<'a> {
    words: Vec<Word<'a>>,
    /// Hashes of the word keys, sorted, for a quick count of shared words.
    bag: Vec<u64>,
    /// (day of the document, document, claim), sorted; undated first.
    members: Vec<(Option<i64>, usize, usize)>,
}

impl<'a> QuoteIndex<'a> {
    pub fn new(claims: &'a [Claim], day: impl Fn(usize) -> Option<i64>) -> Self {
        let mut by_words: HashMap<String, usize, FnvBuild> = HashMap::default();
        let mut classes: Vec<Class<'a>> = Vec::new();
        for (i, c) in claims.iter().enumerate() {
            let Value::Quote(q) = &c.value else { continue };
            if !q.direct {
                continue;
            }
            let ws = words(&q.quote);
            if ws.iter().filter(|w| w.key != GAP).count() < AGREE_MIN_SHARED {
                continue;
            }
            let key = ws
                .iter()
                .map(|w| w.key.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let n = *by_words.entry(key).or_insert_with(|| {
                let mut bag: Vec<u64> = ws
                    .iter()
                    .filter(|w| w.key != GAP)
                    .map(|w| fnv1a(w.key.bytes()))
                    .collect();
                bag.sort_unstable();
                classes.push(Class {
                    words: ws,
                    bag,
                    members: Vec::new(),
                });
                classes.len() - 1
            });
            classes[n].members.push((day(c.doc_index), c.doc_index, i));
        }
        for c in &mut classes {
            c.members.sort_unstable();
        }
        QuoteIndex { classes }
    }

    /// Pairs of classes (smaller first, sorted) sharing one of their
    /// rarest words; every class also pairs with itself.
    fn class_pairs(&self) -> Vec<(usize, usize)> {
        let mut postings: HashMap<&str, Vec<usize>, FnvBuild> = HashMap::default();
        for (n, c) in self.classes.iter().enumerate() {
            let mut keys: Vec<&str> = c
                .words
                .iter()
                .map(|w| w.key.as_str())
                .filter(|k| *k != GAP)
                .collect();
            keys.sort_unstable();
            keys.dedup();
            for k in keys {
                postings.entry(k).or_default().push(n);
            }
        }
        let mut pairs: Vec<(usize, usize)> = (0..self.classes.len()).map(|n| (n, n)).collect();
        for (n, c) in self.classes.iter().enumerate() {
            let mut keys: Vec<(usize, &str)> = c
                .words
                .iter()
                .filter(|w| w.key != GAP)
                .map(|w| (postings[w.key.as_str()].len(), w.key.as_str()))
                .collect();
            keys.sort_unstable();
            keys.dedup();
            for (_, k) in keys.into_iter().take(ANCHORS) {
                for &m in &postings[k] {
                    if m != n {
                        pairs.push((n.min(m), n.max(m)));
                    }
                }
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        pairs
    }

    /// Every related pair of quote claims with its relation, sorted.
    /// Members of two classes meet when their documents differ, lie within
    /// `window` days (undated documents meet all) and `related` says they
    /// share a story.
    pub fn relations(
        &self,
        claims: &[Claim],
        window: i64,
        min_overlap: f64,
        related: impl Fn(usize, usize) -> bool + Sync,
    ) -> Vec<(usize, usize, Relation)> {
        // Class pairs in parallel, each rayon job asking the story stage
        // once per document pair; the result is sorted, so the split leaves
        // no trace.
        let pairs = self.class_pairs();
        let mut out: Vec<(usize, usize, Relation)> = pairs
            .par_iter()
            .map_init(Related::default, |memo, &(x, y)| {
                let mut related = |a: usize, b: usize| memo.get(a, b, &related);
                let mut out = Vec::new();
                self.pair_relations(claims, window, min_overlap, (x, y), &mut related, &mut out);
                out
            })
            .flatten_iter()
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The related member pairs of classes `x` and `y`, pushed to `out`.
    fn pair_relations(
        &self,
        claims: &[Claim],
        window: i64,
        min_overlap: f64,
        (x, y): (usize, usize),
        related: &mut impl FnMut(usize, usize) -> bool,
        out: &mut Vec<(usize, usize, Relation)>,
    ) {
        let (cx, cy) = (&self.classes[x], &self.classes[y]);
        // Most pairs share only their anchor word: counting shared
        // words is far cheaper than a diff.
        if x != y
            && !enough_shared(
                sorted_intersection(&cx.bag, &cy.bag),
                cx.bag.len().min(cy.bag.len()),
            )
        {
            return;
        }
        // The diff waits until two members actually meet: most class
        // pairs have none in one story and window.
        let mut like: Option<Likeness> = None;
        let shorter = content_len(&cx.words).min(content_len(&cy.words));
        for (n, &(day_a, doc_a, i)) in cx.members.iter().enumerate() {
            // Within one class each pair is met once.
            let others = if x == y {
                &cy.members[n + 1..]
            } else {
                &cy.members[..]
            };
            for &(day_b, doc_b, j) in others {
                if let (Some(a), Some(b)) = (day_a, day_b) {
                    if b < a - window {
                        continue;
                    }
                    if b > a + window {
                        break;
                    }
                }
                if doc_a == doc_b || !related(doc_a, doc_b) {
                    continue;
                }
                let like = like.get_or_insert_with(|| {
                    if x == y {
                        Likeness::Same { shared: shorter }
                    } else {
                        likeness(&cx.words, &cy.words, min_overlap)
                    }
                });
                if let Some(r) = relation(&claims[i], &claims[j], like, shorter) {
                    out.push((i.min(j), i.max(j), r));
                }
            }
            if like == Some(Likeness::Unlike) {
                break;
            }
        }
    }
}

/// The relation of two quote claims whose words relate as `like`.
fn relation(a: &Claim, b: &Claim, like: &Likeness, shorter: usize) -> Option<Relation> {
    let (Value::Quote(qa), Value::Quote(qb)) = (&a.value, &b.value) else {
        return None;
    };
    match (like, speakers(qa, qb)) {
        (Likeness::Same { shared }, Speakers::Same) if *shared >= AGREE_MIN_SHARED => {
            Some(Relation::Agrees)
        }
        (Likeness::Same { shared }, Speakers::Different)
            if *shared >= MISATTRIBUTION_MIN_WORDS && !qa.partial && !qb.partial =>
        {
            Some(Relation::Misattributes)
        }
        (Likeness::Altered { shared, .. }, Speakers::Same)
            if shorter >= MISQUOTE_MIN_WORDS && *shared >= MISQUOTE_MIN_SHARED =>
        {
            Some(Relation::Misquotes)
        }
        _ => None,
    }
}

/// The word diff between two quote claims, side `a` to side `b`.
pub fn claim_diff(a: &Claim, b: &Claim) -> Option<String> {
    match (&a.value, &b.value) {
        (Value::Quote(x), Value::Quote(y)) => Some(render_diff(&words(&x.quote), &words(&y.quote))),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
