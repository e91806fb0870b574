//! Tokens for the number parser, read lazily from a position: words,
//! digit literals ("68,000", "1 234 567", "4.2", "3/4", "1.3e6", "10k") and
//! single punctuation characters. Whitespace is skipped.

/// A number written with digits, already evaluated.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Literal {
    pub value: f64,
    /// Half the place value of the last written digit when the writer
    /// evidently rounded ("68,000" → 500, "4.2" → 0.05); 0 for an integer
    /// ending in a non-zero digit, which reads as an exact count.
    pub rounding: f64,
    /// No decimals, fraction or exponent.
    pub integer: bool,
    /// A scale glued on as a suffix ("10k", "4.2bn") or after one space
    /// ("2.33 k"); already applied to `value`.
    pub scale: Option<f64>,
    /// The scale suffix is one that could also be a unit ("5m", "3b"): only a
    /// currency in front makes it a scale.
    pub ambiguous_scale: bool,
    /// Written as a fraction ("3/4", "2 1/4").
    pub fraction: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tok<'a> {
    Word(&'a str),
    Lit(Literal),
    /// One punctuation or symbol character (any non-space, non-alphanumeric).
    Punct(char),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Token<'a> {
    pub tok: Tok<'a>,
    pub start: usize,
    pub end: usize,
}

impl<'a> Token<'a> {
    pub fn word(&self) -> Option<&'a str> {
        match self.tok {
            Tok::Word(w) => Some(w),
            _ => None,
        }
    }
}

/// The first token at or after `pos`, skipping whitespace. `None` at the end
/// of the text or at a digit run that is not a number (a code like "29km").
pub fn token_at(s: &str, pos: usize) -> Option<Token<'_>> {
    let b = s.as_bytes();
    let mut i = pos;
    while i < b.len() && (b[i] == b' ' || b[i] == b'\t' || b[i] == b'\n' || b[i] == b'\r') {
        i += 1;
    }
    let c = *b.get(i)?;
    if c.is_ascii_alphabetic() {
        let end = i + b[i..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        // Glued to a non-ASCII letter ("Zürich"): not an English word for us.
        if s[end..].chars().next().is_some_and(char::is_alphanumeric) {
            let end = end
                + s[end..]
                    .char_indices()
                    .find(|(_, c)| !c.is_alphanumeric())
                    .map_or(s.len() - end, |(k, _)| k);
            return Some(Token {
                tok: Tok::Punct('\u{FFFD}'),
                start: i,
                end,
            });
        }
        return Some(Token {
            tok: Tok::Word(&s[i..end]),
            start: i,
            end,
        });
    }
    if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
        let (lit, end) = literal_at(s, i)?;
        return Some(Token {
            tok: Tok::Lit(lit),
            start: i,
            end,
        });
    }
    let ch = s[i..].chars().next()?;
    Some(Token {
        tok: Tok::Punct(ch),
        start: i,
        end: i + ch.len_utf8(),
    })
}

fn digits_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

fn is_digit_at(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(u8::is_ascii_digit)
}

/// Exactly `n` digits at `i`, not followed by another digit.
fn group_at(b: &[u8], i: usize, n: usize) -> bool {
    digits_end(b, i) == i + n
}

/// Digits of `s[range]` without separators, parsed.
fn parse_clean(s: &str, range: std::ops::Range<usize>) -> Option<f64> {
    let mut buf = [0u8; 48];
    let mut n = 0;
    for &c in &s.as_bytes()[range] {
        if c.is_ascii_digit() || c == b'.' {
            *buf.get_mut(n)? = c;
            n += 1;
        }
    }
    std::str::from_utf8(&buf[..n]).ok()?.parse().ok()
}

/// Half the place value of the last significant digit (see [`Literal`]).
fn implied_rounding(int_digits: usize, trailing_zeros: usize, decimals: usize) -> f64 {
    if decimals > 0 {
        0.5 * 10f64.powi(-(decimals as i32))
    } else if trailing_zeros == 0 || trailing_zeros == int_digits {
        0.0
    } else {
        0.5 * 10f64.powi(trailing_zeros as i32)
    }
}

/// Scale suffixes glued to digits. The flag marks ones that could be a unit.
fn suffix_scale(word: &str) -> Option<(f64, bool)> {
    Some(match word {
        "k" | "K" => (1e3, false),
        "M" | "MM" | "mn" | "Mn" | "MN" | "mln" | "mil" | "Mil" => (1e6, false),
        "m" | "mm" => (1e6, true),
        "bn" | "Bn" | "BN" | "bln" => (1e9, false),
        "b" | "B" => (1e9, true),
        "tn" | "Tn" | "TN" | "trn" => (1e12, false),
        _ => return None,
    })
}

/// Reads the digit literal starting at `start`.
pub fn literal_at(s: &str, start: usize) -> Option<(Literal, usize)> {
    let b = s.as_bytes();
    let after_dot_run = start >= 2 && b[start - 1] == b'.' && b[start - 2].is_ascii_digit();
    let mut i = start;
    let int_start = i;
    let int_end = digits_end(b, i);
    i = int_end;
    let mut int_digits = int_end - int_start;
    // Thousands separators: commas, Indian lakh grouping, or single spaces.
    let mut grouped = false;
    if int_digits <= 3 && b.get(i) == Some(&b',') && group_at(b, i + 1, 3) {
        while b.get(i) == Some(&b',') && group_at(b, i + 1, 3) {
            i += 4;
            int_digits += 3;
        }
        grouped = true;
    } else if int_digits <= 2 && b.get(i) == Some(&b',') && group_at(b, i + 1, 2) {
        let mut j = i;
        let mut pairs = 0;
        while b.get(j) == Some(&b',') && group_at(b, j + 1, 2) {
            j += 3;
            pairs += 1;
        }
        if b.get(j) == Some(&b',') && group_at(b, j + 1, 3) {
            int_digits += 2 * pairs + 3;
            i = j + 4;
            grouped = true;
        }
    } else if int_digits <= 3 && b.get(i) == Some(&b' ') && group_at(b, i + 1, 3) {
        while b.get(i) == Some(&b' ') && group_at(b, i + 1, 3) && b.get(i + 4) != Some(&b'/') {
            i += 4;
            int_digits += 3;
        }
        grouped = true;
    }
    let int_text_end = i;
    // Zeros at the end of the integer part, separators skipped ("68,000" → 3).
    let trailing_zeros = b[int_start..int_text_end]
        .iter()
        .rev()
        .filter(|c| c.is_ascii_digit())
        .take_while(|&&c| c == b'0')
        .count();
    let mut value = parse_clean(s, int_start..int_text_end).unwrap_or(0.0);
    let mut decimals = 0;
    let mut integer = true;
    let mut fraction = false;

    // Decimals, unless this is one part of a dotted sequence (192.168.1.2, 1.2.3).
    if b.get(i) == Some(&b'.') && is_digit_at(b, i + 1) && !after_dot_run {
        let frac_end = digits_end(b, i + 1);
        let dotted = b.get(frac_end) == Some(&b'.') && is_digit_at(b, frac_end + 1);
        if !dotted {
            decimals = frac_end - i - 1;
            value = parse_clean(s, int_start..frac_end)?;
            integer = false;
            i = frac_end;
        }
    } else if !grouped
        && b.get(i) == Some(&b',')
        && (group_at(b, i + 1, 2) || group_at(b, i + 1, 1))
    {
        // A decimal comma ("5,00"), unless the comma is one of a list (22,24,26).
        let frac_end = digits_end(b, i + 1);
        let in_list = start >= 2 && b[start - 1] == b',' && b[start - 2].is_ascii_digit();
        let list_continues = b.get(frac_end) == Some(&b',') && is_digit_at(b, frac_end + 1);
        if !in_list && !list_continues {
            decimals = frac_end - i - 1;
            let whole = value;
            let frac = parse_clean(s, i + 1..frac_end)?;
            value = whole + frac / 10f64.powi(decimals as i32);
            integer = false;
            i = frac_end;
        }
    }
    if int_digits == 0 {
        // Started at ".": ".23456".
        let frac_end = digits_end(b, start + 1);
        decimals = frac_end - start - 1;
        value = parse_clean(s, start..frac_end)?;
        integer = false;
        i = frac_end;
    }

    // A fraction: "3/4". Dates ("10/17/2025") and paths are not numbers.
    if integer && !grouped && b.get(i) == Some(&b'/') && is_digit_at(b, i + 1) {
        let den_end = digits_end(b, i + 1);
        if matches!(b.get(den_end), Some(b'/') | Some(b'-')) {
            return None;
        }
        let den = parse_clean(s, i + 1..den_end)?;
        if den == 0.0 {
            return None;
        }
        value /= den;
        integer = false;
        fraction = true;
        i = den_end;
    } else if integer && !grouped {
        // A mixed fraction: "2 1/4", "1  4/5".
        let mut j = i;
        while b.get(j) == Some(&b' ') {
            j += 1;
        }
        if j > i && is_digit_at(b, j) {
            let num_end = digits_end(b, j);
            if b.get(num_end) == Some(&b'/') && is_digit_at(b, num_end + 1) {
                let den_end = digits_end(b, num_end + 1);
                let num = parse_clean(s, j..num_end)?;
                let den = parse_clean(s, num_end + 1..den_end)?;
                if den > num && !matches!(b.get(den_end), Some(b'/')) {
                    value += num / den;
                    integer = false;
                    fraction = true;
                    i = den_end;
                }
            }
        }
    }

    // Exponents: "1e10", "1.3e6"; powers: "2.5^-1".
    if matches!(b.get(i), Some(b'e') | Some(b'E')) {
        let mut j = i + 1;
        let neg = b.get(j) == Some(&b'-');
        if matches!(b.get(j), Some(b'-') | Some(b'+')) {
            j += 1;
        }
        let e_end = digits_end(b, j);
        if e_end > j && !b.get(e_end).is_some_and(u8::is_ascii_alphanumeric) {
            let e: i32 = s[j..e_end].parse().ok()?;
            value *= 10f64.powi(if neg { -e } else { e });
            integer = false;
            decimals = 0;
            i = e_end;
        }
    } else if b.get(i) == Some(&b'^') {
        let mut j = i + 1;
        let neg = b.get(j) == Some(&b'-');
        if matches!(b.get(j), Some(b'-') | Some(b'+')) {
            j += 1;
        }
        let e_end = digits_end(b, j);
        if e_end > j {
            let e: i32 = s[j..e_end].parse().ok()?;
            value = value.powi(if neg { -e } else { e });
            integer = false;
            decimals = 0;
            i = e_end;
        }
    }

    let mut rounding = implied_rounding(int_digits, trailing_zeros, decimals);
    if !integer && decimals == 0 {
        rounding = 0.0;
    }
    let mut lit = Literal {
        value,
        rounding,
        integer,
        scale: None,
        ambiguous_scale: false,
        fraction,
    };

    // Letters glued on the right: a scale suffix, a currency code, or a unit
    // or ordinal that makes the digits something other than a number.
    if b.get(i).is_some_and(u8::is_ascii_alphabetic) {
        let w_end = i + b[i..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        let word = &s[i..w_end];
        if let Some((scale, ambiguous)) = suffix_scale(word) {
            lit.value *= scale;
            lit.rounding *= scale;
            lit.scale = Some(scale);
            lit.ambiguous_scale = ambiguous;
            i = w_end;
            if s[i..].chars().next().is_some_and(char::is_alphanumeric) {
                return None;
            }
        } else if !crate::extract::currency::is_code(word) {
            // "115USD" is money; "29km", "3rd", "1990s", "16A" are not numbers.
            return None;
        }
    } else if lit.scale.is_none()
        && b.get(i) == Some(&b' ')
        && matches!(b.get(i + 1), Some(b'k') | Some(b'K') | Some(b'M'))
        && !b.get(i + 2).is_some_and(u8::is_ascii_alphanumeric)
        && !matches!(b.get(i + 2), Some(b'-') | Some(b'&') | Some(b'\''))
    {
        // "2.33 k", "1,674,200.5 M".
        let scale = if b[i + 1] == b'M' { 1e6 } else { 1e3 };
        lit.value *= scale;
        lit.rounding *= scale;
        lit.scale = Some(scale);
        i += 2;
    }
    Some((lit, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(s: &str) -> Option<(f64, &str)> {
        literal_at(s, 0).map(|(l, end)| (l.value, &s[..end]))
    }

    #[test]
    fn literals() {
        let cases: &[(&str, Option<(f64, &str)>)] = &[
            ("68,000 troops", Some((68000.0, "68,000"))),
            ("1,234,567.5", Some((1234567.5, "1,234,567.5"))),
            ("12,34,567.89 rupees", Some((1234567.89, "12,34,567.89"))),
            ("1 234 567 people", Some((1234567.0, "1 234 567"))),
            ("22,24,26", Some((22.0, "22"))),
            ("5,00.", Some((5.0, "5,00"))),
            ("4.2bn", Some((4.2e9, "4.2bn"))),
            ("10k.", Some((1e4, "10k"))),
            ("2.33 k", Some((2330.0, "2.33 k"))),
            ("1e10", Some((1e10, "1e10"))),
            ("1.3e6 x", Some((1.3e6, "1.3e6"))),
            ("3/4", Some((0.75, "3/4"))),
            ("2  1/4", Some((2.25, "2  1/4"))),
            ("10/17/2025", None),
            ("29km", None),
            ("3rd", None),
            ("1990s", None),
            ("115USD", Some((115.0, "115"))),
            ("192.168.1.2", Some((192.0, "192"))),
            (".25 of", Some((0.25, ".25"))),
            ("2.5^-1", Some((0.4, "2.5^-1"))),
        ];
        for (input, want) in cases {
            let got = lit(input);
            match (got, want) {
                (Some((v, t)), Some((wv, wt))) => {
                    assert!((v - wv).abs() < 1e-9 * wv.abs().max(1.0), "{input}: {v}");
                    assert_eq!(t, *wt, "{input}");
                }
                (None, None) => {}
                _ => panic!("{input}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn rounding_follows_the_written_digits() {
        let r = |s: &str| literal_at(s, 0).unwrap().0.rounding;
        assert_eq!(r("68,000"), 500.0);
        assert_eq!(r("67,600"), 50.0);
        assert_eq!(r("320"), 5.0);
        assert_eq!(r("318"), 0.0);
        assert!((r("4.2") - 0.05).abs() < 1e-12);
        assert_eq!(r("4.2bn"), 0.05e9);
        assert_eq!(r("1,000"), 500.0);
        assert_eq!(r("0"), 0.0);
    }
}
