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
pub fn lower<'b>(word: &str, buf: &'b mut [u8; 16]) -> Option<&'b [u8]> {
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
    Some(&buf[..bytes.len()])
}

/// True for the words a number can begin with: cardinals, "a", "half",
/// "quarter", "negative", "minus", dozens and the vague plurals. One
/// lowercase pass and one match: this runs on every word of every sentence.
pub fn may_start_number(word: &str) -> bool {
    let mut buf = [0u8; 16];
    let Some(w) = lower(word, &mut buf) else {
        return false;
    };
    matches!(
        w,
        b"zero"
            | b"one"
            | b"two"
            | b"three"
            | b"four"
            | b"five"
            | b"six"
            | b"seven"
            | b"eight"
            | b"nine"
            | b"ten"
            | b"eleven"
            | b"twelve"
            | b"thirteen"
            | b"fourteen"
            | b"fifteen"
            | b"sixteen"
            | b"seventeen"
            | b"eighteen"
            | b"nineteen"
            | b"twenty"
            | b"thirty"
            | b"forty"
            | b"fourty"
            | b"fifty"
            | b"sixty"
            | b"seventy"
            | b"eighty"
            | b"ninety"
            | b"dozen"
            | b"dozens"
            | b"doz"
            | b"dozs"
            | b"dz"
            | b"dzs"
            | b"a"
            | b"half"
            | b"quarter"
            | b"negative"
            | b"minus"
            | b"tens"
            | b"hundreds"
            | b"thousands"
            | b"millions"
            | b"billions"
    )
}

/// The cardinal meaning of a word, if it has one.
pub fn number_word(word: &str) -> Option<NumberWord> {
    let mut buf = [0u8; 16];
    let w = lower(word, &mut buf)?;
    use NumberWord::*;
    Some(match w {
        b"zero" => Unit(0.0),
        b"one" => Unit(1.0),
        b"two" => Unit(2.0),
        b"three" => Unit(3.0),
        b"four" => Unit(4.0),
        b"five" => Unit(5.0),
        b"six" => Unit(6.0),
        b"seven" => Unit(7.0),
        b"eight" => Unit(8.0),
        b"nine" => Unit(9.0),
        b"ten" => Teen(10.0),
        b"eleven" => Teen(11.0),
        b"twelve" => Teen(12.0),
        b"thirteen" => Teen(13.0),
        b"fourteen" => Teen(14.0),
        b"fifteen" => Teen(15.0),
        b"sixteen" => Teen(16.0),
        b"seventeen" => Teen(17.0),
        b"eighteen" => Teen(18.0),
        b"nineteen" => Teen(19.0),
        b"twenty" => Tens(20.0),
        b"thirty" => Tens(30.0),
        b"forty" | b"fourty" => Tens(40.0),
        b"fifty" => Tens(50.0),
        b"sixty" => Tens(60.0),
        b"seventy" => Tens(70.0),
        b"eighty" => Tens(80.0),
        b"ninety" => Tens(90.0),
        b"hundred" => Hundred,
        b"thousand" => Scale(1e3),
        b"million" => Scale(1e6),
        b"billion" => Scale(1e9),
        b"trillion" => Scale(1e12),
        b"lakh" | b"lakhs" | b"lac" => Scale(1e5),
        b"crore" | b"crores" => Scale(1e7),
        b"dozen" | b"dozens" | b"doz" | b"dozs" | b"dz" | b"dzs" => Dozen,
        _ => return None,
    })
}

/// The denominator a fraction word names ("thirds" → 3, "quarter" → 4,
/// "hundredths" → 100). Ordinals below "third" are left out: "a first" and
/// "a second" are not fractions.
pub fn denominator(word: &str) -> Option<f64> {
    let mut buf = [0u8; 16];
    let w = lower(word, &mut buf)?;
    let w = w.strip_suffix(b"s").unwrap_or(w);
    Some(match w {
        b"half" | b"halve" => 2.0,
        b"third" => 3.0,
        b"quarter" | b"fourth" => 4.0,
        b"fifth" => 5.0,
        b"sixth" => 6.0,
        b"seventh" => 7.0,
        b"eighth" => 8.0,
        b"ninth" => 9.0,
        b"tenth" => 10.0,
        b"eleventh" => 11.0,
        b"twelfth" => 12.0,
        b"thirteenth" => 13.0,
        b"fourteenth" => 14.0,
        b"fifteenth" => 15.0,
        b"sixteenth" => 16.0,
        b"seventeenth" => 17.0,
        b"eighteenth" => 18.0,
        b"nineteenth" => 19.0,
        b"twentieth" => 20.0,
        b"thirtieth" => 30.0,
        b"fortieth" => 40.0,
        b"fiftieth" => 50.0,
        b"sixtieth" => 60.0,
        b"seventieth" => 70.0,
        b"eightieth" => 80.0,
        b"ninetieth" => 90.0,
        b"hundredth" => 100.0,
        b"thousandth" => 1e3,
        b"millionth" => 1e6,
        b"billionth" => 1e9,
        b"trillionth" => 1e12,
        _ => return None,
    })
}

/// The ordinal of a unit word as the last part of a compound ordinal
/// ("twenty-first" → 1, "thirty-second" → 2).
pub fn unit_ordinal(word: &str) -> Option<f64> {
    let mut buf = [0u8; 16];
    let w = lower(word, &mut buf)?;
    let w = w.strip_suffix(b"s").unwrap_or(w);
    Some(match w {
        b"first" => 1.0,
        b"second" => 2.0,
        b"third" => 3.0,
        b"fourth" => 4.0,
        b"fifth" => 5.0,
        b"sixth" => 6.0,
        b"seventh" => 7.0,
        b"eighth" => 8.0,
        b"ninth" => 9.0,
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
