//! Currencies around a number: signs and prefixed signs before it ("$",
//! "US$", "C$", "€"), ISO codes before or after ("USD 5", "5 EUR", "115USD",
//! "30 MUSD"), and currency words after ("66 billion dollars", "470 pence").
//!
//! The one list of currencies: the number lexer asks [`is_code`] whether
//! letters glued to digits ("115USD") end a number.

use std::ops::Range;

/// The code given to "pounds of …", which is a weight unless a money scale
/// ("20 billion pounds of borrowing") says otherwise; the caller decides.
pub const POUNDS_OF: &str = "GBP?";

/// A currency found next to a number.
#[derive(Debug, Clone, PartialEq)]
pub struct CurrencyMark {
    /// ISO 4217 code (or `BTC`, `NLG` for currencies the standard dropped).
    pub code: &'static str,
    /// Where the mark is, relative to the text searched.
    pub span: Range<usize>,
    /// What one unit of the written amount is worth in `code`: 0.01 for
    /// cents and pence, 1e6 for "MUSD".
    pub factor: f64,
}

/// Signs written before the number, lowercase, longest first within a shared
/// ending so "US$" wins over "$". Spaced forms ("c $") come from tokenized
/// financial text.
const SIGNS: &[(&str, &str)] = &[
    ("u.s.$", "USD"),
    ("u.s. $", "USD"),
    ("u.s $", "USD"),
    ("usd$", "USD"),
    ("aud$", "AUD"),
    ("cad$", "CAD"),
    ("mex$", "MXN"),
    ("us$", "USD"),
    ("us $", "USD"),
    ("au$", "AUD"),
    ("ca$", "CAD"),
    ("hk$", "HKD"),
    ("hk $", "HKD"),
    ("nz$", "NZD"),
    ("nt$", "TWD"),
    ("a$", "AUD"),
    ("c$", "CAD"),
    ("c $", "CAD"),
    ("r$", "BRL"),
    ("s$", "SGD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₽", "RUB"),
    ("₴", "UAH"),
    ("₹", "INR"),
    ("₿", "BTC"),
    ("₩", "KRW"),
    ("₺", "TRY"),
    ("₡", "CRC"),
    ("rs.", "INR"),
];

/// ISO codes read before or after a number. Lowercase forms are accepted too,
/// except where the code is an English word ("try").
const CODES: &[&str] = &[
    "AED", "AUD", "BRL", "BTC", "CAD", "CHF", "CNY", "DKK", "EUR", "GBP", "HKD", "ILS", "INR",
    "JPY", "KRW", "KZT", "MXN", "NOK", "NZD", "PLN", "RMB", "RUB", "SAR", "SEK", "SGD", "TRY",
    "TWD", "UAH", "USD", "ZAR",
];

/// Currency words after a number, lowercase, longest first where one ends
/// another ("us dollars" before "dollars").
const WORDS: &[(&str, &str, f64)] = &[
    ("united states dollars", "USD", 1.0),
    ("us dollars", "USD", 1.0),
    ("us dollar", "USD", 1.0),
    ("u.s. dollars", "USD", 1.0),
    ("american dollars", "USD", 1.0),
    ("canadian dollars", "CAD", 1.0),
    ("canadian dollar", "CAD", 1.0),
    ("australian dollars", "AUD", 1.0),
    ("australian dollar", "AUD", 1.0),
    ("hong kong dollars", "HKD", 1.0),
    ("new zealand dollars", "NZD", 1.0),
    ("singapore dollars", "SGD", 1.0),
    ("dollars", "USD", 1.0),
    ("dollar", "USD", 1.0),
    ("euros", "EUR", 1.0),
    ("euro", "EUR", 1.0),
    ("pounds sterling", "GBP", 1.0),
    ("pounds", "GBP", 1.0),
    ("pound", "GBP", 1.0),
    ("sterling", "GBP", 1.0),
    ("pence", "GBP", 0.01),
    ("cents", "USD", 0.01),
    ("cent", "USD", 0.01),
    ("yen", "JPY", 1.0),
    ("yuan", "CNY", 1.0),
    ("renminbi", "CNY", 1.0),
    ("roubles", "RUB", 1.0),
    ("rubles", "RUB", 1.0),
    ("rouble", "RUB", 1.0),
    ("ruble", "RUB", 1.0),
    ("hryvnias", "UAH", 1.0),
    ("hryvnia", "UAH", 1.0),
    ("hryvnas", "UAH", 1.0),
    ("rupees", "INR", 1.0),
    ("rupee", "INR", 1.0),
    ("turkish lira", "TRY", 1.0),
    ("lira", "TRY", 1.0),
    ("dutch guilders", "NLG", 1.0),
    ("guilders", "NLG", 1.0),
    ("swiss francs", "CHF", 1.0),
    ("mexican pesos", "MXN", 1.0),
    ("bitcoins", "BTC", 1.0),
    ("bitcoin", "BTC", 1.0),
    ("shekels", "ILS", 1.0),
    ("zlotys", "PLN", 1.0),
    ("zloty", "PLN", 1.0),
    ("kronor", "SEK", 1.0),
    ("riyals", "SAR", 1.0),
    ("dirhams", "AED", 1.0),
];

fn code(word: &str) -> Option<&'static str> {
    if word == "try" {
        return None;
    }
    CODES
        .iter()
        .find(|c| c.eq_ignore_ascii_case(word))
        .map(|c| if *c == "RMB" { "CNY" } else { *c })
}

/// True for a currency code, or "M" + code ("MUSD"), in any case but "try".
pub fn is_code(word: &str) -> bool {
    code_with_factor(word).is_some()
}

/// A code word, or "M" + code meaning millions ("MUSD", "MAUD").
fn code_with_factor(word: &str) -> Option<(&'static str, f64)> {
    if !(3..=4).contains(&word.len()) {
        return None;
    }
    if let Some(c) = code(word) {
        return Some((c, 1.0));
    }
    let rest = word.strip_prefix('M').or_else(|| word.strip_prefix('m'))?;
    (rest.len() == 3)
        .then(|| code(rest))
        .flatten()
        .map(|c| (c, 1e6))
}

fn ends_with_ci(hay: &str, needle: &str) -> bool {
    hay.len() >= needle.len()
        && hay.is_char_boundary(hay.len() - needle.len())
        && hay[hay.len() - needle.len()..].eq_ignore_ascii_case(needle)
}

fn starts_with_ci(hay: &str, needle: &str) -> bool {
    hay.len() >= needle.len()
        && hay.is_char_boundary(needle.len())
        && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

/// The currency written right before a number; `before` ends where the
/// number starts. At most two spaces may separate them.
pub fn before(before: &str) -> Option<CurrencyMark> {
    let t = before.trim_end_matches(' ');
    if before.len() - t.len() > 2 {
        return None;
    }
    // Signs end in a symbol or a dot; a letter can only end a code.
    if !t.ends_with(|c: char| c.is_ascii_alphabetic()) {
        for (sign, code) in SIGNS {
            if ends_with_ci(t, sign) {
                let start = t.len() - sign.len();
                // The letters of "c$" must not end a word ("etc$").
                if sign.starts_with(|c: char| c.is_ascii_alphabetic())
                    && t[..start].ends_with(|c: char| c.is_alphanumeric())
                {
                    continue;
                }
                return Some(CurrencyMark {
                    code,
                    span: start..t.len(),
                    factor: 1.0,
                });
            }
        }
        return None;
    }
    let start = t
        .char_indices()
        .rfind(|(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(k, c)| k + c.len_utf8());
    // "10 rmb 20": a code right after a number belongs to that number.
    if t[..start]
        .trim_end()
        .ends_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let (code, factor) = code_with_factor(&t[start..])?;
    Some(CurrencyMark {
        code,
        span: start..t.len(),
        factor,
    })
}

/// The currency written right after a number; `after` starts where the
/// number ends.
pub fn after(after: &str) -> Option<CurrencyMark> {
    let lead = after.len() - after.trim_start_matches(' ').len();
    if lead > 1 {
        return None;
    }
    let t = &after[lead..];
    let first = t.chars().next()?;
    let word_end = |len: usize| !t[len..].starts_with(|c: char| c.is_alphanumeric());
    for (sign, code) in SIGNS.iter().filter(|_| !first.is_ascii_alphanumeric()) {
        if !sign.starts_with(|c: char| c.is_ascii_alphabetic()) && t.starts_with(sign) {
            return Some(CurrencyMark {
                code,
                span: lead..lead + sign.len(),
                factor: 1.0,
            });
        }
    }
    let w_len = t
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(t.len());
    // "3 USD50": a code glued to the next number is that number's.
    let glued_to_next = t[w_len..].starts_with(|c: char| c.is_ascii_digit());
    if !glued_to_next && let Some((code, factor)) = code_with_factor(&t[..w_len]) {
        return Some(CurrencyMark {
            code,
            span: lead..lead + w_len,
            factor,
        });
    }
    if lead == 0 || !t.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    // Fast exit: the first letter of some currency word.
    let first = t.as_bytes()[0].to_ascii_lowercase();
    if !WORDS.iter().any(|(w, _, _)| w.as_bytes()[0] == first) {
        return None;
    }
    for (word, code, factor) in WORDS {
        if starts_with_ci(t, word) && word_end(word.len()) {
            // "500 pounds of explosives" is a weight; "20 billion pounds of
            // borrowing" is money, which the caller knows by the scale.
            if word.starts_with("pound") && t[word.len()..].trim_start().starts_with("of ") {
                return Some(CurrencyMark {
                    code: POUNDS_OF,
                    span: lead..lead + word.len(),
                    factor: *factor,
                });
            }
            return Some(CurrencyMark {
                code,
                span: lead..lead + word.len(),
                factor: *factor,
            });
        }
    }
    None
}

/// Whether a money figure's text names US dollars outright ("US$5",
/// "USD 5", "5 US dollars"), rather than with a bare "$", "dollars" or
/// "cents", whose currency is the newsroom's default (`settings.yaml`).
pub fn names_usd(text: &str) -> bool {
    let t = text.to_ascii_lowercase();
    [
        "us$",
        "us $",
        "u.s.$",
        "u.s. $",
        "u.s $",
        "usd",
        "us dollar",
        "u.s. dollar",
        "american dollar",
        "united states dollar",
    ]
    .iter()
    .any(|m| t.contains(m))
}

/// A bare currency word ("the dollar", "rmb"), for recognizers that report
/// a currency named without an amount.
pub fn bare_word(word: &str) -> Option<&'static str> {
    if let Some(c) = code(word).filter(|_| word.chars().all(|c| c.is_ascii_lowercase())) {
        return Some(c);
    }
    WORDS
        .iter()
        .find(|(w, _, f)| *f == 1.0 && !w.contains(' ') && w.eq_ignore_ascii_case(word))
        .map(|(_, c, _)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_before() {
        fn code(s: &str) -> Option<(&'static str, &str, f64)> {
            before(s).map(|m| (m.code, &s[m.span.clone()], m.factor))
        }
        assert_eq!(code("won a $"), Some(("USD", "$", 1.0)));
        assert_eq!(code("ranges between c $ "), Some(("CAD", "c $", 1.0)));
        assert_eq!(code("exceeds a $ "), Some(("USD", "$", 1.0)));
        assert_eq!(code("sent US$"), Some(("USD", "US$", 1.0)));
        assert_eq!(code("revenues of about MAUD "), Some(("AUD", "MAUD", 1e6)));
        assert_eq!(code("the "), None);
        assert_eq!(code("etc$"), Some(("USD", "$", 1.0)));
    }

    #[test]
    fn marks_after() {
        fn code(s: &str) -> Option<(&'static str, &str, f64)> {
            after(s).map(|m| (m.code, &s[m.span.clone()], m.factor))
        }
        assert_eq!(code(" dollars in aid"), Some(("USD", "dollars", 1.0)));
        assert_eq!(
            code(" australian dollars of"),
            Some(("AUD", "australian dollars", 1.0))
        );
        assert_eq!(code("USD each"), Some(("USD", "USD", 1.0)));
        assert_eq!(code(" MUSD were"), Some(("USD", "MUSD", 1e6)));
        assert_eq!(code(" cents more"), Some(("USD", "cents", 0.01)));
        assert_eq!(
            code(" pounds of explosives"),
            Some((POUNDS_OF, "pounds", 1.0))
        );
        assert_eq!(code(" try again"), None);
        assert_eq!(code(" €,"), Some(("EUR", "€", 1.0)));
    }
}
