//! The single pass over a document: normalized word tokens with their quote
//! state, furniture lines and credit-candidate lines, feeding the shingle
//! and topic sketches.
//!
//! Each line's tokens are held back until the line ends (or grows past
//! [`MAX_FURNITURE_WORDS`], when it can no longer be furniture), because
//! whether a line is furniture is only known then. Furniture and credit
//! phrases are matched on word hashes from a [`Lexicon`], so no second scan
//! of the text is needed.

use super::MAX_SHINGLE;
use super::sketch::{BottomK, Sketch};
use super::tables::{AGENCIES, CREDIT_TRIGGERS, FURNITURE, MAX_FURNITURE_WORDS, STOPWORDS};

// ---------------------------------------------------------------------------
// Hashing: fixed constants only, so fingerprints are stable everywhere.

/// The 64-bit finalizer of MurmurHash3.
pub(super) fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Hashes a token's normalized bytes in little-endian 8-byte words: a run
/// of ASCII letters is loaded a word at a time, and only each full word
/// costs a multiply. Single bytes (from non-ASCII letters) go into the same
/// words at the same places, so a token hashes alike whichever way its bytes
/// arrive. Token bytes are never 0, so the partial last word is unambiguous.
#[derive(Debug, Clone, Copy)]
struct TokenHasher {
    blocks: u64,
    word: u64,
    bytes: u32,
}

impl TokenHasher {
    const SEED: u64 = 0xcbf2_9ce4_8422_2325;
    const MUL: u64 = 0x9e37_79b9_7f4a_7c15;
    /// ORed into ASCII letters and digits: lowercases letters, leaves digits.
    const LOWER: u64 = 0x2020_2020_2020_2020;

    #[inline]
    fn feed(&mut self, b: u8) {
        self.word |= u64::from(b) << (8 * (self.bytes & 7));
        self.bytes = self.bytes.wrapping_add(1);
        if self.bytes & 7 == 0 {
            self.fold();
        }
    }

    #[inline]
    fn fold(&mut self) {
        self.blocks = (self.blocks ^ self.word).wrapping_mul(Self::MUL);
        self.word = 0;
    }

    /// Feeds `text[start..end]`, a run of ASCII letters and digits,
    /// lowercased. Whole words are loaded straight from the text; the last
    /// partial word too, masked, when eight bytes remain to load.
    #[inline]
    fn feed_ascii(&mut self, text: &[u8], start: usize, end: usize) {
        let mut pos = start;
        // Only after a non-ASCII letter is the word partly filled.
        while self.bytes & 7 != 0 && pos < end {
            if let Some(&b) = text.get(pos) {
                self.feed(b | 0x20);
            }
            pos += 1;
        }
        let aligned = pos;
        while pos + 8 <= end {
            if let Some(w) = load8(text, pos) {
                self.word = w | Self::LOWER;
                self.fold();
            }
            pos += 8;
        }
        let rest = end.saturating_sub(pos);
        if rest > 0 {
            let mask = u64::MAX >> (8 * (8 - rest));
            let w = load8(text, pos).unwrap_or_else(|| {
                (pos..end).rev().fold(0, |w, j| {
                    (w << 8) | text.get(j).map_or(0, |&b| u64::from(b))
                })
            });
            self.word = (w | Self::LOWER) & mask;
        }
        self.bytes = self.bytes.wrapping_add(end.saturating_sub(aligned) as u32);
    }

    fn finish(&self) -> u64 {
        fmix64((self.blocks ^ self.word).wrapping_mul(Self::MUL) ^ u64::from(self.bytes))
    }
}

impl Default for TokenHasher {
    fn default() -> Self {
        TokenHasher {
            blocks: Self::SEED,
            word: 0,
            bytes: 0,
        }
    }
}

/// Eight bytes of `text` from `at`, little-endian, if there are eight.
#[inline]
fn load8(text: &[u8], at: usize) -> Option<u64> {
    let bytes: [u8; 8] = text.get(at..at + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(bytes))
}

/// The hash of a normalized (lowercase) token.
pub(super) fn token_hash(bytes: &[u8]) -> u64 {
    let mut h = TokenHasher::default();
    for &b in bytes {
        h.feed(b);
    }
    h.finish()
}

/// A table entry's words, normalized like the text: lowercase, split at
/// anything that is not a letter or digit, apostrophes dropped.
fn table_words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

// ---------------------------------------------------------------------------
// The lexicon: what a word (or a short phrase) means to the pass.

const STOP: u8 = 1;
const FURNITURE_WORD: u8 = 2;
/// The last word of a furniture phrase: check the phrase set.
const PHRASE_END: u8 = 4;
const CREDIT_WORD: u8 = 8;

/// Longest furniture phrase in words (a trailing colon counts as a word).
const MAX_PHRASE: usize = 4;
const PHRASE_SEED: u64 = 0x517c_c1b7_2722_0a95;

/// Word hash → flags: open addressing with linear probing in a
/// power-of-two table at most a quarter full, the probe sequence running
/// past the end instead of wrapping. A lookup reads the same short run of
/// slots (the longest probe sequence, usually two or three) without
/// branching on their contents: about half the words of a text are
/// stopwords, so a branchy lookup mispredicted on every other token. Key 0
/// marks an empty slot; a real hash is 0 with probability 2^-64, and then
/// it is only missing from the table.
struct WordMap {
    keys: Vec<u64>,
    flags: Vec<u8>,
    mask: usize,
    /// Slots a lookup reads: the longest probe sequence.
    probes: usize,
}

impl WordMap {
    fn new(entries: &[(u64, u8)]) -> Self {
        let size = (4 * entries.len()).next_power_of_two().max(16);
        let mut map = WordMap {
            keys: vec![0; size],
            flags: vec![0; size],
            mask: size - 1,
            probes: 1,
        };
        for &(key, flags) in entries {
            if key == 0 {
                continue;
            }
            let start = (key as usize) & map.mask;
            let mut i = start;
            while map.keys.get(i).is_some_and(|&k| k != 0 && k != key) {
                i += 1;
            }
            if i == map.keys.len() {
                map.keys.push(0);
                map.flags.push(0);
            }
            map.keys[i] = key;
            map.flags[i] |= flags;
            map.probes = map.probes.max(i - start + 1);
        }
        // Every lookup may read `probes` slots from any start.
        map.keys.resize(size + map.probes, 0);
        map.flags.resize(size + map.probes, 0);
        map
    }

    /// The flags of `key` (0 when absent).
    #[inline]
    fn get(&self, key: u64) -> u8 {
        let start = (key as usize) & self.mask;
        let end = start + self.probes;
        match (self.keys.get(start..end), self.flags.get(start..end)) {
            (Some(keys), Some(flags)) => keys
                .iter()
                .zip(flags)
                .fold(0, |f, (&k, &fl)| f | if k == key { fl } else { 0 }),
            _ => 0,
        }
    }
}

/// The word-level view of the data tables.
pub(super) struct Lexicon {
    words: WordMap,
    /// Hashes of multi-word furniture phrases (see [`phrase_hash`]).
    phrases: WordMap,
    ascii_symbols: [bool; 128],
    symbols: Vec<char>,
}

fn colon() -> u64 {
    token_hash(b":")
}

fn phrase_hash(words: impl IntoIterator<Item = u64>) -> u64 {
    words.into_iter().fold(PHRASE_SEED, |h, w| fmix64(h ^ w))
}

impl Lexicon {
    pub(super) fn build() -> Result<Lexicon, String> {
        let mut words: Vec<(u64, u8)> = Vec::new();
        let stop: Vec<u64> = STOPWORDS.iter().map(|w| token_hash(w.as_bytes())).collect();
        words.extend(stop.iter().map(|&h| (h, STOP)));
        for w in CREDIT_TRIGGERS.iter().flat_map(|t| table_words(t)) {
            words.push((token_hash(w.as_bytes()), CREDIT_WORD));
        }
        // Every word of an agency name selects its line for the credit
        // patterns, except stopwords ("The", "of", "News").
        for w in AGENCIES.iter().flat_map(|(alias, _)| table_words(alias)) {
            let h = token_hash(w.as_bytes());
            if !stop.contains(&h) {
                words.push((h, CREDIT_WORD));
            }
        }
        let mut phrases = Vec::new();
        let mut ascii_symbols = [false; 128];
        let mut symbols = Vec::new();
        for entry in FURNITURE {
            let (body, with_colon) = match entry.trim().strip_suffix(':') {
                Some(body) => (body, true),
                None => (entry.trim(), false),
            };
            let mut seq: Vec<u64> = table_words(body)
                .iter()
                .map(|w| token_hash(w.as_bytes()))
                .collect();
            if seq.is_empty() {
                for c in body.chars().filter(|c| !c.is_whitespace()) {
                    match usize::try_from(u32::from(c)).ok().filter(|&i| i < 128) {
                        Some(i) => ascii_symbols[i] = true,
                        None => symbols.push(c),
                    }
                }
                continue;
            }
            if let (1, false) = (seq.len(), with_colon) {
                words.push((seq[0], FURNITURE_WORD));
                continue;
            }
            if with_colon {
                seq.push(colon());
            } else if let Some(&last) = seq.last() {
                words.push((last, PHRASE_END));
            }
            if seq.len() > MAX_PHRASE {
                return Err(format!(
                    "furniture phrase {entry:?} is longer than {MAX_PHRASE} words"
                ));
            }
            phrases.push((phrase_hash(seq.iter().copied()), 1));
        }
        Ok(Lexicon {
            words: WordMap::new(&words),
            phrases: WordMap::new(&phrases),
            ascii_symbols,
            symbols,
        })
    }

    /// The flags of a (lowercase) word.
    #[cfg(test)]
    pub(super) fn flags(&self, word: &str) -> u8 {
        self.words.get(token_hash(word.as_bytes()))
    }
}

// ---------------------------------------------------------------------------
// The pass.

/// What one pass yields.
pub(super) struct Pass {
    pub(super) words: usize,
    pub(super) shingles: Sketch,
    pub(super) terms: Sketch,
    /// Byte ranges of lines to try the credit patterns on.
    pub(super) credit_lines: Vec<(usize, usize)>,
}

/// What the pass needs from [`super::OriginParams`].
pub(super) struct Settings {
    pub(super) width: usize,
    pub(super) skip_quotes: bool,
    pub(super) sketch_min: usize,
    pub(super) sketch_max: usize,
    pub(super) sample_rate: f64,
    pub(super) topic_size: usize,
}

/// Byte classes for the hot loop.
const ALNUM: u8 = 1;
const DIGIT: u8 = 2;
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        if b.is_ascii_alphabetic() {
            t[i] = ALNUM;
        } else if b.is_ascii_digit() {
            t[i] = ALNUM | DIGIT;
        }
        i += 1;
    }
    t
};

/// Ring buffer of recent unquoted token hashes (a power of two ≥ MAX_SHINGLE).
const RING: usize = 16;
const _: () = assert!(RING >= MAX_SHINGLE && RING.is_power_of_two());
/// Slots of the repeated-term filter.
const RECENT_TERMS: usize = 64;
/// Multiplier of the rolling shingle hash (odd, so no information is lost).
const ROLL: u64 = 0x9e37_79b9_7f4a_7c15;

/// The token being read.
#[derive(Default)]
struct Token {
    hash: TokenHasher,
    /// Characters.
    len: usize,
    digits: bool,
    quoted: bool,
}

/// A token waiting for its line to end.
#[derive(Clone, Copy, Default)]
struct Pending {
    hash: u64,
    quoted: bool,
    /// A topic term: not a stopword, at least 3 characters (2 with a digit).
    term: bool,
}

/// Which quote marks are open on the current line (reset at each newline:
/// a quote running over paragraphs reopens on each of them in news style).
#[derive(Default)]
struct Quotes {
    double: bool,
    single: bool,
    /// The previous character lets a quote mark open here: line start,
    /// whitespace, an opening bracket or dash, or an opening quote.
    boundary: bool,
    /// Words read since a quote opened.
    words: usize,
}

/// Longest run of words read as one quotation. A quote mark left open by
/// a typo must not hide the rest of a document that has no line breaks
/// (quotes also end with their line); real quotations are far shorter.
const MAX_QUOTE_WORDS: usize = 120;

impl Quotes {
    fn line_start() -> Self {
        Quotes {
            boundary: true,
            ..Quotes::default()
        }
    }

    fn open(&self) -> bool {
        self.double || self.single
    }

    /// A word starts: whether it is quoted.
    fn word_starts(&mut self) -> bool {
        if !self.open() {
            return false;
        }
        self.words += 1;
        if self.words > MAX_QUOTE_WORDS {
            self.double = false;
            self.single = false;
            return false;
        }
        true
    }

    fn opens(&mut self, double: bool) {
        if !self.open() {
            self.words = 0;
        }
        if double {
            self.double = true;
        } else {
            self.single = true;
        }
    }
}

struct State<'l> {
    lex: &'l Lexicon,
    width: usize,
    skip_quotes: bool,
    ring: [u64; RING],
    /// Rolling hash of the current window of `width` tokens.
    window: u64,
    /// `ROLL^width`: removes the token leaving the window.
    roll_out: u64,
    /// Unquoted tokens committed (the ring position is `filled % RING`).
    filled: usize,
    words: usize,
    shingles: BottomK,
    terms: BottomK,
    recent_terms: [u32; RECENT_TERMS],
    credit_lines: Vec<(usize, usize)>,
    // The current line.
    line_start: usize,
    /// The line's tokens so far, while it may still be furniture.
    pending: [Pending; MAX_FURNITURE_WORDS + 1],
    pending_len: usize,
    /// The line has more than MAX_FURNITURE_WORDS tokens: commit directly.
    streaming: bool,
    furniture: bool,
    credit: bool,
    /// The line's last MAX_PHRASE token hashes, a ring indexed by
    /// `line_tokens % MAX_PHRASE`.
    recent: [u64; MAX_PHRASE],
    /// Tokens on the line so far.
    line_tokens: usize,
}

pub(super) fn run(text: &str, lex: &Lexicon, settings: &Settings) -> Pass {
    let width = settings.width.clamp(1, MAX_SHINGLE);
    let mut st = State {
        lex,
        width,
        skip_quotes: settings.skip_quotes,
        ring: [0; RING],
        window: 0,
        roll_out: (0..width).fold(1u64, |p, _| p.wrapping_mul(ROLL)),
        filled: 0,
        words: 0,
        shingles: BottomK::new(
            settings.sketch_min,
            settings.sketch_max,
            settings.sample_rate,
        ),
        terms: BottomK::new(settings.topic_size, settings.topic_size, 0.0),
        recent_terms: [0; RECENT_TERMS],
        credit_lines: Vec::new(),
        line_start: 0,
        pending: [Pending::default(); MAX_FURNITURE_WORDS + 1],
        pending_len: 0,
        streaming: false,
        furniture: false,
        credit: false,
        recent: [0; MAX_PHRASE],
        line_tokens: 0,
    };
    st.scan(text);
    Pass {
        words: st.words,
        shingles: st.shingles.finish(),
        terms: st.terms.finish(),
        credit_lines: st.credit_lines,
    }
}

impl State<'_> {
    fn scan(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut tok = Token::default();
        let mut q = Quotes::line_start();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if CLASS[usize::from(b)] & ALNUM != 0 {
                if tok.len == 0 {
                    tok.quoted = q.word_starts();
                }
                // The hot loop: find the end of a run of ASCII letters and
                // digits, then hash the run a word at a time.
                let start = i;
                let mut seen = 0;
                while let Some(&c) = bytes.get(i) {
                    let class = CLASS[usize::from(c)];
                    if class & ALNUM == 0 {
                        break;
                    }
                    seen |= class;
                    i += 1;
                }
                tok.hash.feed_ascii(bytes, start, i);
                tok.len += i - start;
                tok.digits |= seen & DIGIT != 0;
                q.boundary = false;
                continue;
            }
            // Most separators are spaces: test for them before the `match`,
            // whose jump table mispredicts on the mix of punctuation.
            if b == b' ' {
                self.end(&mut tok);
                q.boundary = true;
                i += 1;
                continue;
            }
            if b >= 0x80 {
                let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
                    break;
                };
                let next = i + c.len_utf8();
                self.non_ascii(c, text, next, &mut tok, &mut q);
                i = next;
                continue;
            }
            match b {
                b'\n' => {
                    self.end(&mut tok);
                    self.line_end(i);
                    q = Quotes::line_start();
                }
                b'\'' => self.single_quote(text, i + 1, false, &mut tok, &mut q),
                b'"' => self.double_quote(text, i + 1, &mut tok, &mut q),
                // "1,200" and "3.5": a separator inside a number.
                b',' | b'.'
                    if i.checked_sub(1)
                        .and_then(|j| bytes.get(j))
                        .is_some_and(u8::is_ascii_digit)
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {}
                b' ' | b'\t' | b'\r' | b'(' | b'[' | b'{' | b'-' => {
                    self.end(&mut tok);
                    q.boundary = true;
                }
                b':' => {
                    self.end(&mut tok);
                    if self.phrase_ends_here(true) {
                        self.furniture = true;
                    }
                    q.boundary = false;
                }
                _ => {
                    self.end(&mut tok);
                    if self.lex.ascii_symbols[usize::from(b)] {
                        self.furniture = true;
                    }
                    q.boundary = false;
                }
            }
            i += 1;
        }
        self.end(&mut tok);
        self.line_end(bytes.len());
    }

    fn non_ascii(&mut self, c: char, text: &str, next: usize, tok: &mut Token, q: &mut Quotes) {
        match c {
            '\u{2019}' | '\u{02BC}' => self.single_quote(text, next, true, tok, q),
            '\u{2018}' | '\u{201A}' | '\u{2039}' | '\u{203A}' => {
                self.single_quote(text, next, false, tok, q)
            }
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => {
                self.double_quote(text, next, tok, q)
            }
            // Invisible: soft hyphen, zero-width space and joiners, BOM.
            '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
            c if c.is_alphanumeric() => {
                if tok.len == 0 {
                    tok.quoted = q.word_starts();
                }
                let mut buf = [0u8; 4];
                for lower in c.to_lowercase() {
                    for &b in lower.encode_utf8(&mut buf).as_bytes() {
                        tok.hash.feed(b);
                    }
                }
                tok.len += 1;
                tok.digits |= c.is_numeric();
                q.boundary = false;
            }
            c => {
                self.end(tok);
                if self.lex.symbols.contains(&c) {
                    self.furniture = true;
                }
                q.boundary = c.is_whitespace() || matches!(c, '\u{2013}' | '\u{2014}' | '\u{2015}');
            }
        }
    }

    /// A double quote mark of any style opens after a boundary and closes
    /// otherwise — which reads `"…"`, `“…”`, `„…“` and `«…»` alike.
    fn double_quote(&mut self, text: &str, next: usize, tok: &mut Token, q: &mut Quotes) {
        self.end(tok);
        let opens = q.boundary && word_at(text, next);
        if opens {
            q.opens(true);
        } else {
            q.double = false;
            q.single = false;
        }
        q.boundary = opens;
    }

    /// An apostrophe between letters is part of the word ("don't" is
    /// "dont"); otherwise a single quote mark opens after a boundary and
    /// closes an open single quote after a word or punctuation. A right quote
    /// mark (`curly`) before a digit is an elision ("’90s").
    fn single_quote(
        &mut self,
        text: &str,
        next: usize,
        curly: bool,
        tok: &mut Token,
        q: &mut Quotes,
    ) {
        let word_follows = word_at(text, next);
        if tok.len > 0 && word_follows {
            return;
        }
        self.end(tok);
        let elision = curly
            && text
                .get(next..)
                .and_then(|s| s.chars().next())
                .is_some_and(char::is_numeric);
        if q.boundary && word_follows && !elision {
            q.opens(false);
            q.boundary = true;
        } else {
            if !q.boundary {
                q.single = false;
            }
            q.boundary = false;
        }
    }

    /// Ends the current token, if any: notes what its word means for the
    /// line and holds it until the line ends.
    #[inline]
    fn end(&mut self, tok: &mut Token) {
        if tok.len == 0 {
            return;
        }
        let hash = tok.hash.finish();
        let flags = self.lex.words.get(hash);
        self.credit |= flags & CREDIT_WORD != 0;
        self.furniture |= flags & FURNITURE_WORD != 0;
        self.recent[self.line_tokens % MAX_PHRASE] = hash;
        self.line_tokens += 1;
        if flags & PHRASE_END != 0 && self.phrase_ends_here(false) {
            self.furniture = true;
        }
        let token = Pending {
            hash,
            quoted: tok.quoted,
            term: (tok.len >= 3 || (tok.digits && tok.len >= 2)) && flags & STOP == 0,
        };
        *tok = Token::default();
        if self.streaming {
            self.commit(token);
        } else {
            if let Some(slot) = self.pending.get_mut(self.pending_len) {
                *slot = token;
                self.pending_len += 1;
            }
            if self.pending_len > MAX_FURNITURE_WORDS {
                // Too long to be furniture: stream the rest of the line.
                self.streaming = true;
                self.flush();
            }
        }
    }

    /// Whether the line's last words (and a colon, if `colon`) form a
    /// furniture phrase.
    fn phrase_ends_here(&self, colon_follows: bool) -> bool {
        let extra = usize::from(colon_follows);
        (1..=self.line_tokens.min(MAX_PHRASE - extra))
            .filter(|take| take + extra >= 2)
            .any(|take| {
                let last = (self.line_tokens - take..self.line_tokens)
                    .map(|j| self.recent[j % MAX_PHRASE]);
                let mut h = phrase_hash(last);
                if colon_follows {
                    h = fmix64(h ^ colon());
                }
                self.lex.phrases.get(h) != 0
            })
    }

    /// The line `line_start..end` is over: commit its tokens unless it is
    /// furniture, and remember it for the credit patterns if it had a
    /// credit word.
    fn line_end(&mut self, end: usize) {
        if self.credit {
            self.credit_lines.push((self.line_start, end));
        }
        if self.furniture && !self.streaming {
            self.pending_len = 0;
        } else {
            self.flush();
        }
        self.line_start = end + 1;
        self.streaming = false;
        self.furniture = false;
        self.credit = false;
        self.line_tokens = 0;
    }

    fn flush(&mut self) {
        for k in 0..self.pending_len {
            let token = self.pending[k];
            self.commit(token);
        }
        self.pending_len = 0;
    }

    /// Feeds a token to the sketches.
    #[inline]
    fn commit(&mut self, token: Pending) {
        self.words += 1;
        if token.term {
            // A small direct-mapped memory of recent terms drops most
            // repeats ("Marenia", "Marenia") before they reach the sketch's
            // buffer and its sort.
            let term = (token.hash >> 32) as u32;
            let slot = &mut self.recent_terms[(token.hash as usize >> 8) % RECENT_TERMS];
            if *slot != term {
                *slot = term;
                self.terms.push(term);
            }
        }
        if token.quoted && self.skip_quotes {
            return;
        }
        // Rolling polynomial hash of the last `width` tokens: add the new
        // token, remove the one leaving the window.
        let leaving = if self.filled >= self.width {
            self.ring[(self.filled - self.width) % RING]
        } else {
            0
        };
        self.ring[self.filled % RING] = token.hash;
        self.filled += 1;
        self.window = self
            .window
            .wrapping_mul(ROLL)
            .wrapping_add(token.hash)
            .wrapping_sub(leaving.wrapping_mul(self.roll_out));
        if self.filled >= self.width {
            self.shingles.push((fmix64(self.window) >> 32) as u32);
        }
    }
}

/// The character at `at` starts a word (or is another quote mark, as in
/// `“‘nested`, or an ellipsis).
fn word_at(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|s| s.chars().next())
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '\'' | '"' | '‘' | '“' | '…' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_knows_table_words() {
        let lex = Lexicon::build();
        assert!(lex.is_ok(), "{:?}", lex.err());
        let Ok(lex) = lex else { return };
        assert_eq!(lex.flags("the"), STOP);
        assert_eq!(lex.flags("reuters"), CREDIT_WORD);
        assert_eq!(lex.flags("newsletter"), FURNITURE_WORD);
        assert_eq!(lex.flags("reserved"), PHRASE_END);
        assert_eq!(lex.flags("summit"), 0);
        assert!(lex.ascii_symbols[usize::from(b'|')]);
        assert!(lex.symbols.contains(&'©'));
    }

    #[test]
    fn word_loads_hash_like_byte_feeds() {
        let text = b"Abcdefghijklmnopqrstuvwxyz0123456789";
        for start in 0..text.len() {
            for end in start + 1..=text.len() {
                let mut loaded = TokenHasher::default();
                loaded.feed_ascii(text, start, end);
                let lower: Vec<u8> = text[start..end].iter().map(|b| b | 0x20).collect();
                assert_eq!(loaded.finish(), token_hash(&lower), "{start}..{end}");
                // After a byte fed on its own (as from a non-ASCII letter).
                let mut mixed = TokenHasher::default();
                mixed.feed(0xc3);
                mixed.feed_ascii(text, start, end);
                let mut bytes = vec![0xc3];
                bytes.extend(&lower);
                assert_eq!(mixed.finish(), token_hash(&bytes), "ö{start}..{end}");
            }
        }
    }

    #[test]
    fn table_words_normalize() {
        assert_eq!(
            table_words("Agence France-Presse"),
            ["agence", "france", "presse"]
        );
        assert_eq!(table_words("Reuters’ "), ["reuters"]);
        assert!(table_words("©").is_empty());
    }
}
