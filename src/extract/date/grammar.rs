//! Token grammar for absolute dates and ranges; relative phrases live in
//! `relative.rs`. Every rule takes a token index and returns the index after
//! the phrase together with its [`Expr`].

use super::NumericOrder;
use super::lex::{self, Kind, Tok};
use super::resolve::Expr;

/// A parse result: the token just after the phrase, and its meaning.
pub(super) type Hit = Option<(usize, Expr)>;

pub(super) struct Parser<'t, 'a> {
    pub toks: &'t [Tok<'a>],
    pub order: NumericOrder,
}

impl<'a> Parser<'_, 'a> {
    pub fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.toks.get(i)
    }
    pub fn word(&self, i: usize, w: &str) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == Kind::Word && t.text == w)
    }
    pub fn any(&self, i: usize, words: &[&str]) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == Kind::Word && words.contains(&t.text))
    }
    pub fn punct(&self, i: usize, c: char) -> bool {
        self.tok(i).and_then(Tok::punct) == Some(c)
    }
    /// Token `i` exists and touches the previous token.
    pub fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.spaced)
    }
    pub fn prev_word(&self, i: usize) -> Option<&'a str> {
        let t = self.tok(i.checked_sub(1)?)?;
        (t.kind == Kind::Word).then_some(t.text)
    }
    /// Skips an optional word.
    pub fn opt(&self, i: usize, w: &str) -> usize {
        if self.word(i, w) { i + 1 } else { i }
    }
    /// Skips an optional punctuation mark.
    pub fn opt_punct(&self, i: usize, c: char) -> usize {
        if self.punct(i, c) { i + 1 } else { i }
    }

    /// A number token `i` does not continue as a time, decimal, percentage or code.
    pub fn number_ends(&self, i: usize) -> bool {
        let j = i + 1;
        if !self.glued(j) {
            return true;
        }
        match self.tok(j).and_then(Tok::punct) {
            Some(':' | '%') => false,
            Some('.' | ',' | '/' | '-') => {
                !(self.glued(j + 1) && self.tok(j + 1).is_some_and(|t| t.kind == Kind::Num))
            }
            Some(_) => true,
            None => false,
        }
    }

    /// A plain integer with `digits` digits (or any count when 0) that is not
    /// glued to letters before it ("F-16", "PAC-3").
    pub fn int(&self, i: usize, max_digits: usize) -> Option<u32> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num || t.text.len() > max_digits {
            return None;
        }
        if !t.spaced && i > 0 {
            // Glued to a word or code ("F16", "PAC-3", "3-1") unless that is a
            // month name or a year ("Oct-2", "October2", "2016-11-07").
            let p = &self.toks[i - 1];
            if matches!(
                p.punct(),
                Some('$' | '\u{20ac}' | '\u{a3}' | '\u{a5}' | '#')
            ) {
                return None;
            }
            let anchor = if p.punct() == Some(':') {
                // "at 10:30" is a time, "says:30 December" is not.
                (!p.spaced && i > 1 && self.toks[i - 2].kind == Kind::Num).then(|| i - 2)
            } else if matches!(p.punct(), Some('-' | '/' | '.')) {
                (!p.spaced && i > 1).then(|| i - 2)
            } else {
                matches!(p.kind, Kind::Word | Kind::Num).then(|| i - 1)
            };
            if let Some(a) = anchor {
                month_or_year_before(self, a)?;
            }
        }
        t.num()
    }

    /// A day of the month: "18", "18th", "eighteenth", "twenty-first".
    pub fn day_number(&self, i: usize) -> Option<(u32, usize)> {
        self.day_number_impl(i, false)
    }

    /// Like [`Self::day_number`], but allows gluing to a number before it: the
    /// second day of "March 4-22".
    pub fn day_number_after_dash(&self, i: usize) -> Option<(u32, usize)> {
        self.day_number_impl(i, true)
    }

    fn day_number_impl(&self, i: usize, after_dash: bool) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num {
            let d = if after_dash {
                t.num().filter(|_| t.text.len() <= 2)?
            } else {
                self.int(i, 2)?
            };
            let mut j = i + 1;
            if self.glued(j) && self.any(j, &["st", "nd", "rd", "th"]) {
                j += 1;
            } else if !self.number_ends(i) && !self.punct(i + 1, '-') && !self.punct(i + 1, '/') {
                return None;
            }
            return (1..=31).contains(&d).then_some((d, j));
        }
        if let Some(n) = lex::ordinal_word(t.text).filter(|n| *n <= 31) {
            return Some((n, i + 1));
        }
        let tens = match t.text {
            "twenty" => 20,
            "thirty" => 30,
            _ => return None,
        };
        let j = self.opt_punct(i + 1, '-');
        let unit = lex::ordinal_word(self.tok(j)?.text).filter(|n| *n <= 9)?;
        (tens + unit <= 31).then_some((tens + unit, j + 1))
    }

    /// A four-digit year 1000–2199 that is not a clock time ("1300 GMT").
    pub fn year(&self, i: usize) -> Option<(i32, usize)> {
        let y = self
            .int(i, 4)
            .filter(|_| self.tok(i).is_some_and(|t| t.text.len() == 4))?;
        if !(1000..=2199).contains(&y) || !self.number_ends(i) {
            return None;
        }
        if self
            .tok(i + 1)
            .is_some_and(|t| lex::is_time_zone_word(t.text))
        {
            return None;
        }
        Some((y as i32, i + 1))
    }

    /// A month name, with an optional period after an abbreviation.
    /// "May" and "March" must be capitalised (otherwise they are a verb or noun).
    pub fn month(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        let m = lex::month_number(t.text)?;
        if matches!(t.text, "may" | "march" | "mar") && !t.capital {
            return None;
        }
        let mut j = i + 1;
        if lex::is_month_abbrev(t.text) && self.punct(j, '.') {
            j += 1;
        }
        Some((m, j))
    }

    /// A weekday name; abbreviations only when capitalised ("Tue", "Sat").
    pub fn weekday(&self, i: usize) -> Option<(chrono::Weekday, usize)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        let wd = lex::weekday(t.text, t.capital)?;
        let mut j = i + 1;
        if t.text.len() <= 5 && self.punct(j, '.') {
            j += 1;
        }
        Some((wd, j))
    }

    /// `[, ] year` after a day or month.
    pub fn year_tail(&self, j: usize) -> Option<(i32, usize)> {
        if self.punct(j, '-') && self.glued(j) && self.glued(j + 1) {
            return self.year_after_dash(j + 1);
        }
        let k = self.opt_punct(j, ',');
        let k = if self.any(k, &["of", "in"]) { k + 1 } else { k };
        let written = |i| self.spelled_year(i).or_else(|| self.two_thousand(i));
        self.year(k).or_else(|| written(k))
    }

    /// A year in words, the "nineteen ninety six" pattern: a two-digit head
    /// (ten to ninety-nine) followed by "hundred", "oh"/"zero" + digit, or tens [units].
    pub fn spelled_year(&self, i: usize) -> Option<(i32, usize)> {
        let (head, j) = self.count(i)?;
        if !(10..=99).contains(&head) || self.tok(i)?.kind != Kind::Word {
            return None;
        }
        if self.word(j, "hundred") {
            let k = self.opt(j + 1, "and");
            return match self.count(k).filter(|(n, _)| {
                (1..=99).contains(n) && self.tok(k).is_some_and(|t| t.kind == Kind::Word)
            }) {
                Some((rest, l)) => Some(((head * 100 + rest) as i32, l)),
                None => Some(((head * 100) as i32, j + 1)),
            };
        }
        if self.any(j, &["oh", "zero"]) {
            let (unit, l) = self.count(j + 1).filter(|(n, _)| (1..=9).contains(n))?;
            return Some(((head * 100 + unit) as i32, l));
        }
        let (rest, l) = self.count(j).filter(|(n, _)| (10..=99).contains(n))?;
        self.tok(j).filter(|t| t.kind == Kind::Word)?;
        Some(((head * 100 + rest) as i32, l))
    }

    /// "two thousand and five", "two thousand fifteen" (after a month or day only).
    pub fn two_thousand(&self, i: usize) -> Option<(i32, usize)> {
        if !(self.word(i, "two") && self.word(i + 1, "thousand")) {
            return None;
        }
        let k = self.opt(i + 2, "and");
        match self.count(k).filter(|(n, _)| {
            (1..=99).contains(n) && self.tok(k).is_some_and(|t| t.kind == Kind::Word)
        }) {
            Some((rest, l)) => Some((2000 + rest as i32, l)),
            None => Some((2000, i + 2)),
        }
    }

    /// A year glued to what precedes it by a dash: "Sep-23-2020", "q1-2019".
    pub fn year_after_dash(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.tok(i)?;
        let y = t
            .num()
            .filter(|y| t.text.len() == 4 && (1000..=2199).contains(y))?;
        self.number_ends(i).then_some((y as i32, i + 1))
    }

    /// A count: "3", "two", "twenty one", "a", "a couple of", "a few".
    pub fn count(&self, i: usize) -> Option<(i64, usize)> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num {
            return Some((i64::from(self.int(i, 3)?), i + 1));
        }
        if self.word(i, "a") && self.word(i + 1, "couple") {
            return Some((2, self.opt(i + 2, "of")));
        }
        if self.word(i, "a") && self.word(i + 1, "few") {
            return Some((3, i + 2));
        }
        let n = lex::cardinal_word(t.text)?;
        if (20..=90).contains(&n) && n % 10 == 0 {
            let j = self.opt_punct(i + 1, '-');
            if let Some(u) = self
                .tok(j)
                .and_then(|t| lex::cardinal_word(t.text))
                .filter(|u| (1..10).contains(u))
            {
                return Some((i64::from(n + u), j + 1));
            }
        }
        Some((i64::from(n), i + 1))
    }
}

/// Whether token `i` is a month name or a four-digit year (so "Oct-2" and "2016-11" stay dates).
fn month_or_year_before(p: &Parser<'_, '_>, i: usize) -> Option<()> {
    let t = p.tok(i)?;
    (lex::month_number(t.text).is_some() || (t.kind == Kind::Num && t.text.len() == 4))
        .then_some(())
}
