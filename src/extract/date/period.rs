//! Sub-periods ("early 2025", "mid-March", "the end of the year"), quarters,
//! halves, numbered weeks, ranges, and the top-level dispatcher.

use super::grammar::{Hit, Parser};
use super::lex::{self, Kind};
use super::resolve::{Expr, Part, Unit, YearRef};

impl Parser<'_, '_> {
    /// A year-level anchor after "of"/"in": "2025", "this year", "last year", "next year", "the year".
    fn year_ref(&self, i: usize) -> Option<(YearRef, usize)> {
        if let Some((y, j)) = self.year(i) {
            return Some((YearRef::Abs(y), j));
        }
        if self.word(i + 1, "year") {
            let k = match self.tok(i)?.text {
                "this" | "the" | "current" => 0,
                "last" | "previous" | "past" => -1,
                "next" | "coming" => 1,
                _ => return None,
            };
            return Some((YearRef::Rel(k), i + 2));
        }
        None
    }

    /// An optional year after a quarter, week or month: "of 2025", "2025", "this year".
    fn opt_year(&self, i: usize) -> (YearRef, usize) {
        if self.punct(i, '-')
            && self.glued(i)
            && self.glued(i + 1)
            && let Some((y, j)) = self.year_after_dash(i + 1)
        {
            return (YearRef::Abs(y), j);
        }
        let j = if self.any(i, &["of", "in"])
            || self.punct(i, ',')
            || (self.punct(i, '-') && self.glued(i))
        {
            i + 1
        } else {
            i
        };
        self.year_ref(j).unwrap_or((YearRef::Infer, i))
    }

    /// A month, a year or a relative month/year/week: the base of a part or numbered week.
    fn base_period(&self, i: usize) -> Hit {
        if let Some((m, j)) = self.month(i) {
            let (year, k) = self.opt_year(j);
            return Some((k, Expr::Month { year, month: m }));
        }
        if let Some((y, j)) = self.year(i) {
            return Some((j, Expr::Year(y)));
        }
        if let Some(hit) = self.decade(i) {
            return Some(hit);
        }
        if self.any(i, &["year", "month"]) && self.prev_word(i) == Some("of") {
            let unit = if self.word(i, "year") {
                Unit::Year
            } else {
                Unit::Month
            };
            return Some((i + 1, Expr::Period { unit, offset: 0 }));
        }
        let offset = match self.tok(i)?.text {
            "this" | "the" | "current" => 0,
            "last" | "previous" => -1,
            "next" | "coming" => 1,
            _ => return None,
        };
        let unit = match self.tok(i + 1)?.text {
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "quarter" => Unit::Quarter,
            _ => return None,
        };
        Some((i + 2, Expr::Period { unit, offset }))
    }

    /// "early 2025", "mid-March", "late last year", "the end of the month", "the early 1990s".
    pub fn part(&self, i: usize) -> Hit {
        let i0 = self.opt(i, "the");
        let t = self.tok(i0)?;
        let (part, mut j) = match t.text {
            "early" => (Part::Early, i0 + 1),
            "late" => (Part::Late, i0 + 1),
            "mid" => (Part::Mid, i0 + 1),
            "middle" | "end" | "beginning" | "start" if self.word(i0 + 1, "of") => {
                let part = match t.text {
                    "middle" => Part::Mid,
                    "end" => Part::Late,
                    _ => Part::Early,
                };
                (part, i0 + 2)
            }
            _ => return None,
        };
        if self.punct(j, '-') && self.glued(j) {
            j += 1;
        }
        let (k, base) = self.base_period(j)?;
        if i0 > i && j == i0 + 1 && !matches!(base, Expr::Decade(_)) {
            // "the early March" is not English; "the late Queen" is not a date.
            return None;
        }
        Some((
            k,
            Expr::Part {
                part,
                base: Box::new(base),
            },
        ))
    }

    /// An ordinal 1..=n as a word or digits ("third", "3rd"); "last" gives n.
    fn ordinal(&self, i: usize, n: u32) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num {
            let v = t.num()?;
            return (self.glued(i + 1)
                && self.any(i + 1, &["st", "nd", "rd", "th"])
                && (1..=n).contains(&v))
            .then_some((v, i + 2));
        }
        let v = lex::ordinal_word(t.text)?;
        Some((if v == u32::MAX { n } else { v }, i + 1)).filter(|(v, _)| *v <= n)
    }

    /// "the third quarter", "Q3 2025", "2017-q1", "the first half of 2025", "H2 2019".
    pub fn quarter(&self, i: usize) -> Hit {
        // Digit forms: "q3", "h1", with the year before or after.
        let (year_before, j) = match self.year(i) {
            Some((y, j)) => (
                Some(y),
                if self.punct(j, '-') && self.glued(j) {
                    j + 1
                } else {
                    j
                },
            ),
            None => (None, i),
        };
        if self.any(j, &["q", "h"]) && self.glued(j + 1) {
            let n = self.tok(j + 1)?.num()?;
            let is_q = self.word(j, "q");
            let year_follows = self.punct(j + 2, '-') && self.year_after_dash(j + 3).is_some();
            if !(1..=if is_q { 4 } else { 2 }).contains(&n)
                || !(self.number_ends(j + 1) || year_follows)
            {
                return None;
            }
            let (year, k) = match year_before {
                Some(y) => (YearRef::Abs(y), j + 2),
                None => self.opt_year(j + 2),
            };
            if !is_q && year == YearRef::Infer {
                return None;
            }
            return Some((
                k,
                if is_q {
                    Expr::Quarter { year, quarter: n }
                } else {
                    Expr::Half { year, half: n }
                },
            ));
        }
        if year_before.is_some() {
            return None;
        }
        let j = self.opt(i, "the");
        let (n, k) = self.ordinal(j, 4)?;
        let is_q = self.word(k, "quarter");
        if !is_q && !self.word(k, "half") {
            return None;
        }
        let (year, l) = self.opt_year(k + 1);
        if !is_q && year == YearRef::Infer {
            return None;
        }
        if is_q {
            Some((l, Expr::Quarter { year, quarter: n }))
        } else {
            Some((
                l,
                Expr::Half {
                    year,
                    half: n.min(2),
                },
            ))
        }
    }

    /// "the first week of March", "the last week of 2016", "week 31", "the first Friday of next month".
    pub fn numbered_week(&self, i: usize) -> Hit {
        if self.word(i, "week") {
            let n = self
                .int(i + 1, 2)
                .filter(|n| (1..=53).contains(n) && self.number_ends(i + 1))?;
            let (year, k) = self.opt_year(i + 2);
            return Some((k, Expr::IsoWeek { year, week: n }));
        }
        let j = self.opt(i, "the");
        let (n, k) = self.ordinal(j, 12)?;
        let nth = if self.word(j, "last") { -1 } else { n as i32 };
        if !self.any(k + 1, &["of", "in"]) {
            return None;
        }
        let (l, base) = self.base_period(k + 2)?;
        if self.word(k, "week") {
            return Some((
                l,
                Expr::NthWeek {
                    base: Box::new(base),
                    nth,
                },
            ));
        }
        if self.word(k, "month") && nth > 0 && nth <= 12 {
            // "the third month of 2021", "the 9th month of next year"
            let year = match base {
                Expr::Year(y) => YearRef::Abs(y),
                Expr::Period {
                    unit: Unit::Year,
                    offset,
                } => YearRef::Rel(offset as i32),
                _ => return None,
            };
            return Some((
                l,
                Expr::Month {
                    year,
                    month: nth as u32,
                },
            ));
        }
        let (day, _) = self.weekday(k)?;
        if nth < 0
            || !matches!(
                base,
                Expr::Month { .. }
                    | Expr::Period {
                        unit: Unit::Month,
                        ..
                    }
            )
        {
            return None;
        }
        Some((
            l,
            Expr::NthWeekday {
                base: Box::new(base),
                nth,
                day,
            },
        ))
    }
}
