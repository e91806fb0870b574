//! The English number vocabulary: cardinals, scales, fraction denominators.
//!
//! Lookups take a word of ASCII letters in any case; nothing here allocates.

/// What one word contributes to a number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumberWord {
    /// zero … nine.
    Unit(f64),
    /// ten … nineteen.
    Teen(f64),
    /// twenty, thirty … ninety.
    Tens(f64),
    Hundred,
    /// thousand, million, billion, trillion, lakh, crore.
    Scale(f64),
    /// dozen(s): multiplies by twelve.
    Dozen,
}

/// Lowercases `word` into `buf`; `None` when it is too long or not ASCII
/// letters, which no number word is.
fn lower<'b>(word: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > buf.len() {
        return None;
    }
    for (i, b) in bytes.iter().enumerate() {
        if !b.is_ascii_alphabetic() {
            return None;
        }
        buf[i] = b.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}

/// The cardinal meaning of a word, if it has one.
pub fn number_word(word: &str) -> Option<NumberWord> {
    let mut buf = [0u8; 16];
    let w = lower(word, &mut buf)?;
    use NumberWord::*;
    Some(match w {
        "zero" => Unit(0.0),
        "one" => Unit(1.0),
        "two" => Unit(2.0),
        "three" => Unit(3.0),
        "four" => Unit(4.0),
        "five" => Unit(5.0),
        "six" => Unit(6.0),
        "seven" => Unit(7.0),
        "eight" => Unit(8.0),
        "nine" => Unit(9.0),
        "ten" => Teen(10.0),
        "eleven" => Teen(11.0),
        "twelve" => Teen(12.0),
        "thirteen" => Teen(13.0),
        "fourteen" => Teen(14.0),
        "fifteen" => Teen(15.0),
        "sixteen" => Teen(16.0),
        "seventeen" => Teen(17.0),
        "eighteen" => Teen(18.0),
        "nineteen" => Teen(19.0),
        "twenty" => Tens(20.0),
        "thirty" => Tens(30.0),
        "forty" | "fourty" => Tens(40.0),
        "fifty" => Tens(50.0),
        "sixty" => Tens(60.0),
        "seventy" => Tens(70.0),
        "eighty" => Tens(80.0),
        "ninety" => Tens(90.0),
        "hundred" => Hundred,
        "thousand" => Scale(1e3),
        "million" => Scale(1e6),
        "billion" => Scale(1e9),
        "trillion" => Scale(1e12),
        "lakh" | "lakhs" | "lac" => Scale(1e5),
        "crore" | "crores" => Scale(1e7),
        "dozen" | "dozens" | "doz" | "dozs" | "dz" | "dzs" => Dozen,
        _ => return None,
    })
}

/// The denominator a fraction word names ("thirds" → 3, "quarter" → 4,
/// "hundredths" → 100). Ordinals below "third" are left out: "a first" and
/// "a second" are not fractions.
pub fn denominator(word: &str) -> Option<f64> {
    let mut buf = [0u8; 16];
    let w = lower(word, &mut buf)?;
    let w = w.strip_suffix('s').unwrap_or(w);
    Some(match w {
        "half" | "halve" => 2.0,
        "third" => 3.0,
        "quarter" | "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => return None,
    })
}

/// The ordinal of a unit word as the last part of a compound ordinal
/// ("twenty-first" → 1, "thirty-second" → 2).
pub fn unit_ordinal(word: &str) -> Option<f64> {
    let mut buf = [0u8; 16];
    let w = lower(word, &mut buf)?;
    let w = w.strip_suffix('s').unwrap_or(w);
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        _ => return None,
    })
}

/// An ordinal used as a number in a comparison ("higher than the tenth").
pub fn ordinal(word: &str) -> Option<f64> {
    unit_ordinal(word).or_else(|| denominator(word).filter(|d| *d >= 3.0 && word != "quarter"))
}

/// True for `word` equal to `lower_ascii`, ignoring ASCII case.
pub fn is(word: &str, lower_ascii: &str) -> bool {
    word.eq_ignore_ascii_case(lower_ascii)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary() {
        assert_eq!(number_word("Sixty"), Some(NumberWord::Tens(60.0)));
        assert_eq!(number_word("MILLION"), Some(NumberWord::Scale(1e6)));
        assert_eq!(number_word("someone"), None);
        assert_eq!(number_word("a"), None);
        assert_eq!(denominator("thirds"), Some(3.0));
        assert_eq!(denominator("Quarters"), Some(4.0));
        assert_eq!(denominator("second"), None);
        assert_eq!(unit_ordinal("first"), Some(1.0));
        assert_eq!(ordinal("tenth"), Some(10.0));
        assert_eq!(number_word("extraordinarilylongword"), None);
    }
}
