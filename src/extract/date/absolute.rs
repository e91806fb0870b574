//! Absolute dates: "Feb. 18", "18 February 2025", "2025-02-18", "02/18/2025",
//! "August 2024", bare years after a preposition, decades and centuries.

use super::NumericOrder;
use super::grammar::{Hit, Parser};
use super::lex::{self, Kind, Tok};
use super::resolve::{Expr, YearRef};

/// Words that let a bare month name stand alone as a date ("in March", "last May").
fn month_context(word: &str) -> bool {
    lex::is_year_preposition(word)
        || matches!(
            word,
            "last" | "next" | "this" | "since" | "end" | "beginning" | "start" | "middle" | "on"
        )
}

impl Parser<'_, '_> {
    /// A day of `month` whose year may follow at `l` ("Feb. 18, 2025"): the
    /// date and where it ends.
    fn with_year_tail(&self, l: usize, month: u32, day: u32) -> (usize, Expr) {
        let (end, year) = match self.year_tail(l) {
            Some((y, m)) => (m, Some(y)),
            None => (l, None),
        };
        (end, Expr::Date { year, month, day })
    }

    /// Year first: "2015 June", "2016, Nov", "2019-aug-01", "2019/aug/01".
    pub fn year_month(&self, i: usize) -> Hit {
        let (year, j) = self.year(i)?;
        let sep = self.tok(j).and_then(Tok::punct);
        let k = match sep {
            Some(',') => j + 1,
            Some('-' | '/') if self.glued(j) && self.glued(j + 1) => j + 1,
            _ => j,
        };
        let t = self.tok(k)?;
        let month = lex::month_number(t.text).filter(|_| t.kind == Kind::Word)?;
        if matches!(t.text, "may" | "march") && !t.capital {
            return None;
        }
        if k > j && sep != Some(',') && self.punct(k + 1, sep?) && self.glued(k + 1) {
            let (day, l) = self.day_number_after_dash(k + 2)?;
            return Some((
                l,
                Expr::Date {
                    year: Some(year),
                    month,
                    day,
                },
            ));
        }
        if self.prev_word(i).is_some_and(lex::is_year_preposition) || sep == Some(',') {
            return Some((
                k + 1,
                Expr::Month {
                    year: YearRef::Abs(year),
                    month,
                },
            ));
        }
        None
    }

    /// Skips an optional leading weekday: "Tuesday, Feb. 18", "Wed, 22 of Jan".
    fn skip_weekday(&self, i: usize) -> usize {
        match self.weekday(i) {
            Some((_, j)) => self.opt_punct(j, ','),
            None => i,
        }
    }

    /// "Feb. 18", "February 18, 2025", "Oct-2", "Sept. 3", "August 2024", "June of 1992".
    pub fn month_first(&self, i: usize) -> Hit {
        let i = self.skip_weekday(i);
        let (month, j) = self.month(i)?;
        let mut k = j;
        if (self.punct(k, '-') || self.punct(k, '/')) && self.glued(k) && self.glued(k + 1) {
            k += 1;
        }
        if self.word(k, "the") && k == j {
            k += 1;
        }
        if let Some((day, l)) = self.day_number(k).filter(|_| !self.word(k, "second"))
            && (self.year(k).is_none() || self.tok(k).is_some_and(|t| t.text.len() <= 2))
        {
            return Some(self.with_year_tail(l, month, day));
        }
        if let Some((y, l)) = self.year_tail(j) {
            return Some((
                l,
                Expr::Month {
                    year: YearRef::Abs(y),
                    month,
                },
            ));
        }
        let prev = self.prev_word(i).unwrap_or("");
        let t = self.tok(i)?;
        let abbreviated = lex::is_month_abbrev(t.text);
        let mid_dash = self.punct(i.wrapping_sub(1), '-') && self.prev_word(i - 1) == Some("mid");
        if (month_context(prev) || mid_dash) && (!abbreviated || j > i + 1 || prev != "and") {
            return Some((
                j,
                Expr::Month {
                    year: YearRef::Infer,
                    month,
                },
            ));
        }
        None
    }

    /// "18 February 2025", "the 9th of May", "second of Aug.".
    pub fn day_first(&self, i: usize) -> Hit {
        let i = self.skip_weekday(i);
        let i = self.opt(i, "the");
        let (day, j) = self.day_number(i)?;
        let j = self.opt(j, "of");
        let k = if self.punct(j, '-') && self.glued(j) {
            j + 1
        } else {
            j
        };
        let t = self.tok(k)?;
        // After a day number the month may be lowercase ("18 march").
        let month = lex::month_number(t.text).filter(|_| t.kind == Kind::Word)?;
        let mut l = k + 1;
        if lex::is_month_abbrev(t.text) && self.punct(l, '.') {
            l += 1;
        }
        if self.punct(l, '-')
            && self.glued(l)
            && let Some((y, m)) = self.year(l + 1)
        {
            return Some((
                m,
                Expr::Date {
                    year: Some(y),
                    month,
                    day,
                },
            ));
        }
        Some(self.with_year_tail(l, month, day))
    }

    /// ISO "2025-02-18", "2015/08/12", US "02/18/2025" (order from prefs), "13.5.2015".
    pub fn numeric(&self, i: usize) -> Hit {
        let first = self.tok(i)?;
        let after_range_dash = i > 1
            && self.punct(i - 1, '-')
            && self.toks[i - 2].kind == Kind::Num
            && self.toks[i - 2].text.len() == 4;
        if first.kind != Kind::Num
            || (!first.spaced
                && i > 0
                && !after_range_dash
                && !self.toks[i - 1]
                    .punct()
                    .is_some_and(|c| "([\"'=".contains(c)))
        {
            return None;
        }
        // "3/2015": month and year.
        if self.punct(i + 1, '/')
            && self.glued(i + 1)
            && self.glued(i + 2)
            && !self.punct(i + 3, '/')
        {
            let (m, y) = (first.num()?, self.tok(i + 2)?);
            if (1..=12).contains(&m) && y.text.len() == 4 && self.year(i + 2).is_some() {
                return Some((
                    i + 3,
                    Expr::Month {
                        year: YearRef::Abs(y.num()? as i32),
                        month: m,
                    },
                ));
            }
        }
        let sep = self
            .tok(i + 1)
            .and_then(Tok::punct)
            .filter(|c| matches!(c, '-' | '/' | '.'))?;
        if !(self.glued(i + 1)
            && self.glued(i + 2)
            && self.punct(i + 3, sep)
            && self.glued(i + 3)
            && self.glued(i + 4))
        {
            return None;
        }
        let (a, b, c) = (self.tok(i + 2)?, self.tok(i + 4)?, first);
        let (na, nb, nc) = (a.num()?, b.num()?, c.num()?);
        // The whole thing must not continue as a longer code or phone number.
        if self.glued(i + 5)
            && !self.number_ends(i + 4)
            && !(self.punct(i + 5, '-') && self.numeric(i + 6).is_some())
        {
            return None;
        }
        if self.glued(i + 5)
            && matches!(self.tok(i + 5).and_then(Tok::punct), Some('-' | '/'))
            && !(self.punct(i + 5, '-') && self.numeric(i + 6).is_some())
        {
            return None;
        }
        let expr = if c.text.len() == 4 && a.text.len() <= 2 && b.text.len() <= 2 {
            Expr::Date {
                year: Some(nc as i32),
                month: na,
                day: nb,
            }
        } else if c.text.len() <= 2
            && a.text.len() <= 2
            && (b.text.len() == 4 || (b.text.len() == 2 && sep != '.'))
        {
            let year = if b.text.len() == 4 {
                nb as i32
            } else {
                2000 + nb as i32 - if nb > 40 { 100 } else { 0 }
            };
            let month_first = match self.order {
                NumericOrder::MonthDay => nc <= 12 || na > 12,
                NumericOrder::DayMonth => na > 12 && nc <= 12,
            };
            let (month, day) = if month_first && sep != '.' {
                (nc, na)
            } else {
                (na, nc)
            };
            Expr::Date {
                year: Some(year),
                month,
                day,
            }
        } else {
            return None;
        };
        let Expr::Date {
            year: Some(y),
            month,
            day,
        } = expr
        else {
            return None;
        };
        chrono::NaiveDate::from_ymd_opt(y, month, day)?;
        Some((i + 5, expr))
    }

    /// A year in running text: needs a preposition before it ("in 2025").
    pub fn bare_year(&self, i: usize) -> Hit {
        let (y, j) = self.year(i).or_else(|| self.spelled_year(i))?;
        let prev = self.prev_word(i)?;
        if !lex::is_year_preposition(prev) || self.glued(i) {
            return None;
        }
        // "fiscal year 2008" is not the calendar year.
        if prev == "year"
            && i >= 2
            && matches!(
                self.prev_word(i - 1),
                Some("fiscal" | "financial" | "school" | "academic" | "model" | "tax")
            )
        {
            return None;
        }
        // "sentenced to 2025 days": a count of units, not a year.
        if self.any(
            j,
            &[
                "days", "weeks", "months", "years", "hours", "people", "times", "points",
            ],
        ) {
            return None;
        }
        Some((j, Expr::Year(y)))
    }

    /// Decades and centuries: "the 1990s", "the '90s", "the 70's", "the nineties", "21st century".
    pub fn decade(&self, i: usize) -> Hit {
        let j = self.opt(i, "the");
        let mut k = j;
        let apostrophe = self.punct(k, '\'');
        if apostrophe {
            k += 1;
        }
        if let Some(t) = self.tok(k).filter(|t| t.kind == Kind::Num) {
            let n = t.num()?;
            let mut l = k + 1;
            if self.punct(l, '\'') && self.glued(l) {
                l += 1;
            }
            if self.word(l, "s") && self.glued(l) {
                let year = match t.text.len() {
                    4 if n % 10 == 0 && (1000..=2190).contains(&n) => n as i32,
                    2 if n % 10 == 0 && (j > i || apostrophe) => 1900 + n as i32,
                    _ => return None,
                };
                return Some((l + 1, Expr::Decade(year)));
            }
            if let Some((c, l)) = self.day_number(k).filter(|_| !apostrophe)
                && self.word(l, "century")
                && (j > i || self.tok(k + 1).is_some_and(|t| t.kind == Kind::Word))
            {
                return Some((l + 1, Expr::Century((c as i32 - 1) * 100)));
            }
            return None;
        }
        if j > i {
            if let Some(d) = self.tok(j).and_then(|t| lex::decade_word(t.text)) {
                return Some((j + 1, Expr::Decade(1900 + d)));
            }
            let (c, l) = self.day_number(j)?;
            if self.word(l, "century") {
                return Some((l + 1, Expr::Century((c as i32 - 1) * 100)));
            }
        }
        None
    }
}
