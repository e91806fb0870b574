//! Typographic normalization with an offset map back to the original text.
//!
//! Extractors want one kind of quote mark, one kind of space and one kind of
//! dash; editors want spans into the file they opened. Normalization rewrites
//! a few characters and records, at each place where the byte length changed,
//! the running difference, so any normalized offset maps back exactly.

use std::borrow::Cow;

/// Normalized text plus the map back to the original bytes.
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    /// Borrowed when nothing needed rewriting (all-ASCII text, the common case).
    pub text: Cow<'a, str>,
    /// (normalized offset, original offset) at every point after which the two
    /// differ by a new amount; sorted by the first field.
    anchors: Vec<(usize, usize)>,
}

impl Normalized<'_> {
    /// Maps a normalized byte offset to the original text.
    pub fn to_original(&self, offset: usize) -> usize {
        let i = self.anchors.partition_point(|&(n, _)| n <= offset);
        if i == 0 {
            return offset;
        }
        let (n, o) = self.anchors[i - 1];
        o + (offset - n)
    }

    /// Maps an original byte offset to the normalized text (the first
    /// normalized offset at or after it).
    pub fn to_normalized(&self, offset: usize) -> usize {
        let i = self.anchors.partition_point(|&(_, o)| o <= offset);
        if i == 0 {
            return offset;
        }
        let (n, o) = self.anchors[i - 1];
        n + (offset - o)
    }
}

/// The replacement for one character, or `None` to keep it.
fn replacement(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => "\"",
        '\u{00A0}' | '\u{202F}' | '\u{2007}' | '\u{2009}' | '\u{200A}' | '\u{2002}'
        | '\u{2003}' => " ",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => "-",
        '\u{2026}' => "...",
        // Invisible characters that break words apart in scraped text.
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => "",
        _ => return None,
    })
}

/// Normalizes quotes, spaces, dashes and invisible characters.
pub fn normalize(original: &str) -> Normalized<'_> {
    // Fast path: pure ASCII text needs nothing, not even a copy.
    if original.is_ascii() {
        return Normalized {
            text: Cow::Borrowed(original),
            anchors: Vec::new(),
        };
    }
    let mut text = String::with_capacity(original.len());
    let mut anchors = Vec::new();
    let mut copied = 0;
    for (i, c) in original.char_indices() {
        if c.is_ascii() {
            continue;
        }
        if let Some(rep) = replacement(c) {
            text.push_str(&original[copied..i]);
            text.push_str(rep);
            copied = i + c.len_utf8();
            if rep.len() != c.len_utf8() {
                anchors.push((text.len(), copied));
            }
        }
    }
    text.push_str(&original[copied..]);
    Normalized {
        text: Cow::Owned(text),
        anchors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_back_through_replacements() {
        let original = "“Over\u{00A0}68,000,” he said — in Kyiv…\u{00AD}done";
        let n = normalize(original);
        assert_eq!(n.text, "\"Over 68,000,\" he said - in Kyiv...done");
        for (word, _) in [("68,000", 0), ("said", 0), ("Kyiv", 0), ("done", 0)] {
            let ns = n.text.find(word).unwrap();
            let os = n.to_original(ns);
            assert_eq!(&original[os..os + word.len()], word);
            assert_eq!(n.to_normalized(os), ns);
        }
        let end = n.text.len();
        assert_eq!(n.to_original(end), original.len());
    }

    #[test]
    fn ascii_is_unchanged() {
        let n = normalize("plain \"text\" - 5");
        assert_eq!(n.text, "plain \"text\" - 5");
        assert_eq!(n.to_original(7), 7);
    }
}
