//! Words that bound or hedge a figure ("more than", "up to", "about", "or
//! more") and the links that make two numbers one range ("between 20 and
//! 30", "20-30", "from 20 to 30").

use crate::model::Qualifier;

/// Bound and hedge phrases written before a figure, lowercase. The longest
/// phrase that ends the text wins, so "no more than" beats "more than".
pub const BEFORE: &[(&str, Qualifier)] = &[
    ("a maximum of", Qualifier::UpTo),
    ("a minimum of", Qualifier::AtLeast),
    ("about", Qualifier::About),
    ("above", Qualifier::Over),
    ("almost", Qualifier::Nearly),
    ("an estimated", Qualifier::About),
    ("approximately", Qualifier::About),
    ("around", Qualifier::About),
    ("as many as", Qualifier::UpTo),
    ("as much as", Qualifier::UpTo),
    ("at least", Qualifier::AtLeast),
    ("at least or equal to", Qualifier::AtLeast),
    ("at most", Qualifier::UpTo),
    ("below", Qualifier::Under),
    ("bigger than", Qualifier::Over),
    ("close to", Qualifier::Nearly),
    ("equal to or fewer than", Qualifier::UpTo),
    ("equal to or greater than", Qualifier::AtLeast),
    ("equal to or less than", Qualifier::UpTo),
    ("equal to or more than", Qualifier::AtLeast),
    ("estimated", Qualifier::About),
    ("exceeding", Qualifier::Over),
    ("fewer than", Qualifier::Under),
    ("greater than", Qualifier::Over),
    ("greater than or equal to", Qualifier::AtLeast),
    ("higher than", Qualifier::Over),
    ("in excess of", Qualifier::Over),
    ("larger than", Qualifier::Over),
    ("less or equal than", Qualifier::UpTo),
    ("less than", Qualifier::Under),
    ("less than or equal to", Qualifier::UpTo),
    ("lower than", Qualifier::Under),
    ("more or equal than", Qualifier::AtLeast),
    ("more than", Qualifier::Over),
    ("more than or equal to", Qualifier::AtLeast),
    ("nearly", Qualifier::Nearly),
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("no more than", Qualifier::UpTo),
    ("not less than", Qualifier::AtLeast),
    ("not more than", Qualifier::UpTo),
    ("over", Qualifier::Over),
    ("roughly", Qualifier::About),
    ("smaller than", Qualifier::Under),
    ("some", Qualifier::About),
    ("surpass", Qualifier::Over),
    ("surpassed", Qualifier::Over),
    ("surpasses", Qualifier::Over),
    ("under", Qualifier::Under),
    ("up to", Qualifier::UpTo),
    ("upwards of", Qualifier::Over),
    ("well over", Qualifier::Over),
];

/// True for the last word of some phrase in [`BEFORE`] (a test keeps the
/// two in step): most numbers follow a word that ends no phrase.
fn is_phrase_end(word: &str) -> bool {
    let mut buf = [0u8; 16];
    let Some(w) = crate::extract::number::lower_ascii(word, &mut buf) else {
        return false;
    };
    matches!(
        w,
        b"of"
            | b"about"
            | b"above"
            | b"almost"
            | b"estimated"
            | b"approximately"
            | b"around"
            | b"as"
            | b"least"
            | b"to"
            | b"most"
            | b"below"
            | b"than"
            | b"exceeding"
            | b"over"
            | b"nearly"
            | b"roughly"
            | b"some"
            | b"surpass"
            | b"surpassed"
            | b"surpasses"
            | b"under"
    )
}

/// Comparison signs written before a number.
const SIGNS: &[(&str, Qualifier)] = &[
    ("< =", Qualifier::UpTo),
    ("<=", Qualifier::UpTo),
    ("≤", Qualifier::UpTo),
    (">=", Qualifier::AtLeast),
    ("≥", Qualifier::AtLeast),
    ("<", Qualifier::Under),
    (">", Qualifier::Over),
];

/// Bounds written after a figure ("500 or more"), lowercase, longest first
/// so "or more than" is tried before "or more" (a test keeps the order).
const AFTER: &[(&str, Qualifier)] = &[
    ("or greater than", Qualifier::AtLeast),
    ("or equal to it", Qualifier::AtLeast),
    ("or fewer than", Qualifier::UpTo),
    ("or more than", Qualifier::AtLeast),
    ("or less than", Qualifier::UpTo),
    ("or equal to", Qualifier::AtLeast),
    ("or greater", Qualifier::AtLeast),
    ("or higher", Qualifier::AtLeast),
    ("or above", Qualifier::AtLeast),
    ("or fewer", Qualifier::UpTo),
    ("or lower", Qualifier::UpTo),
    ("or below", Qualifier::UpTo),
    ("or more", Qualifier::AtLeast),
    ("or less", Qualifier::UpTo),
];

/// Equality phrases a range recognizer reports as `[n, n]`.
pub const EQUALS: &[&str] = &[
    "equal to",
    "equaling to",
    "equaling",
    "equalling",
    "equals to",
    "equals",
];

/// Lowercase ASCII `hay` ends with `phrase`, at a word boundary.
fn ends_with_phrase(hay: &str, phrase: &str) -> bool {
    hay.len() >= phrase.len()
        && hay.is_char_boundary(hay.len() - phrase.len())
        && hay[hay.len() - phrase.len()..].eq_ignore_ascii_case(phrase)
        && hay[..hay.len() - phrase.len()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// The bound or hedge right before a figure, and where it starts in `before`.
/// Several spaces inside the phrase are read as one.
pub fn before(before: &str) -> Option<(Qualifier, usize)> {
    let t = before.trim_end();
    for (sign, q) in SIGNS {
        if t.ends_with(sign) {
            return Some((*q, t.len() - sign.len()));
        }
    }
    // Fast exit: every phrase ends in one of a few words.
    let last_start = t
        .char_indices()
        .rfind(|(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(k, c)| k + c.len_utf8());
    let last = &t[last_start..];
    if !is_phrase_end(last) {
        return None;
    }
    // Only the last few words can be a qualifier; compare on a short tail.
    let tail_start = t
        .char_indices()
        .rev()
        .filter(|(_, c)| c.is_whitespace())
        .nth(4)
        .map_or(0, |(k, _)| k + 1);
    let tail = &t[tail_start..];
    let mut best: Option<(Qualifier, usize)> = None;
    for (phrase, q) in BEFORE {
        if ends_with_phrase(tail, phrase) {
            let start = tail_start + tail.len() - phrase.len();
            if best.is_none_or(|(_, b)| start < b) {
                best = Some((*q, start));
            }
        }
    }
    best
}

/// A bound written right after a figure ("or more"): the qualifier and the
/// length of the phrase including its leading space. "or less than 6000"
/// starts another figure, so a phrase followed by a number does not count.
pub fn after(after: &str) -> Option<(Qualifier, usize)> {
    let t = after.trim_start();
    let lead = after.len() - t.len();
    for (phrase, q) in AFTER {
        if t.len() >= phrase.len()
            && t.is_char_boundary(phrase.len())
            && t[..phrase.len()].eq_ignore_ascii_case(phrase)
            && !t[phrase.len()..].starts_with(|c: char| c.is_alphanumeric())
        {
            let rest = t[phrase.len()..].trim_start();
            if rest.starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            return Some((*q, lead + phrase.len()));
        }
    }
    None
}

/// How the text between two numbers joins them into a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// "20-30", "20 - 30", "20~100", "20 to 30": a range on its own.
    Dash,
    /// "and", "to": a range only after "between"/"from" before the first.
    Word,
}

/// The link between two numbers, given the text between them.
pub fn link(between: &str) -> Option<Link> {
    let t = between.trim();
    match t {
        "-" | "–" | "—" | "~" => Some(Link::Dash),
        _ if t.eq_ignore_ascii_case("to") => Some(Link::Dash),
        _ if t.eq_ignore_ascii_case("and") => Some(Link::Word),
        _ => None,
    }
}

/// "between" or "from" right before a number: where it starts in `before`.
pub fn range_opener(before: &str) -> Option<usize> {
    let t = before.trim_end();
    ["between", "from"]
        .iter()
        .find(|w| ends_with_phrase(t, w))
        .map(|w| t.len() - w.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifiers_before() {
        fn q(s: &str) -> Option<(Qualifier, &str)> {
            before(s).map(|(q, k)| (q, &s[k..]))
        }
        assert_eq!(
            q("killed more than "),
            Some((Qualifier::Over, "more than "))
        );
        assert_eq!(
            q("there were no more than "),
            Some((Qualifier::UpTo, "no more than "))
        );
        assert_eq!(
            q("score is less than or equal to "),
            Some((Qualifier::UpTo, "less than or equal to "))
        );
        assert_eq!(q("x "), None);
        assert_eq!(q("handsome "), None);
        assert_eq!(q("x>"), Some((Qualifier::Over, ">")));
    }

    #[test]
    fn bounds_after() {
        assert_eq!(after(" or more people"), Some((Qualifier::AtLeast, 8)));
        assert_eq!(after(" or less than 6000"), None);
        assert_eq!(after(" or morel"), None);
    }

    #[test]
    fn every_phrase_end_is_listed() {
        for (p, _) in BEFORE {
            let last = p.rsplit(' ').next().unwrap();
            assert!(is_phrase_end(last), "{p}");
        }
    }

    #[test]
    fn after_phrases_are_longest_first() {
        assert!(AFTER.windows(2).all(|w| w[0].0.len() >= w[1].0.len()));
    }

    #[test]
    fn phrase_lists_are_sorted() {
        assert!(BEFORE.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
