//! Relative phrases ("last week", "two days ago", "next Tuesday"), period parts
//! ("early 2025", "mid-March"), quarters, weeks and holidays.

use super::grammar::{Hit, Parser};
use super::lex::Kind;
use super::resolve::{Expr, Part, Unit, YearRef};

/// A unit word, singular or plural.
fn unit_word(word: &str) -> Option<(Unit, bool)> {
    Some(match word {
        "day" => (Unit::Day, false),
        "days" => (Unit::Day, true),
        "week" => (Unit::Week, false),
        "weeks" => (Unit::Week, true),
        "fortnight" => (Unit::Fortnight, false),
        "fortnights" => (Unit::Fortnight, true),
        "month" => (Unit::Month, false),
        "months" => (Unit::Month, true),
        "quarter" => (Unit::Quarter, false),
        "quarters" => (Unit::Quarter, true),
        "year" => (Unit::Year, false),
        "years" => (Unit::Year, true),
        "decade" => (Unit::Decade, false),
        "decades" => (Unit::Decade, true),
        "weekend" => (Unit::Weekend, false),
        _ => return None,
    })
}

/// Direction words before a unit: "last week", "next month", "this year".
fn direction(word: &str) -> Option<i64> {
    Some(match word {
        "last" | "previous" | "past" => -1,
        "this" | "current" => 0,
        "next" | "coming" | "following" | "upcoming" => 1,
        _ => return None,
    })
}

impl Parser<'_, '_> {
    /// A unit word that is not glued to the count ("a 30-day ceasefire" is a duration).
    fn unit(&self, i: usize) -> Option<(Unit, bool, usize)> {
        let t = self.tok(i)?;
        if !t.spaced {
            return None;
        }
        let (u, plural) = unit_word(t.text)?;
        Some((u, plural, i + 1))
    }

    pub fn relative(&self, i: usize) -> Hit {
        let t = self.tok(i)?;
        let single = match t.text {
            "today" | "tonight" => Some(0),
            "yesterday" => Some(-1),
            "tomorrow" | "tmrw" => Some(1),
            _ => None,
        };
        if let Some(n) = single {
            return Some((i + 1, Expr::Offset { n, unit: Unit::Day }));
        }
        if self.word(i, "the") && self.word(i + 1, "day") {
            if self.word(i + 2, "before") && self.word(i + 3, "yesterday") {
                return Some((
                    i + 4,
                    Expr::Offset {
                        n: -2,
                        unit: Unit::Day,
                    },
                ));
            }
            if self.word(i + 2, "after") && self.word(i + 3, "tomorrow") {
                return Some((
                    i + 4,
                    Expr::Offset {
                        n: 2,
                        unit: Unit::Day,
                    },
                ));
            }
        }
        if let Some(hit) = self.counted(i) {
            return Some(hit);
        }
        self.directed(i)
    }

    /// "two days ago", "three weeks from tomorrow", "in two weeks' time", "the past three months".
    fn counted(&self, i: usize) -> Hit {
        let (lead, i0) = if self.word(i, "the") {
            (true, i + 1)
        } else {
            (false, i)
        };
        if let Some(dir) = self
            .tok(i0)
            .and_then(|t| direction(t.text))
            .filter(|d| *d != 0)
        {
            let (n, j) = self.count(i0 + 1)?;
            let (unit, _, k) = self.unit(j)?;
            return Some((k, Expr::Rolling { unit, n: n * dir }));
        }
        if lead {
            return self.week_starting(i);
        }
        if self.word(i, "within") {
            let j = self.opt(i + 1, "the");
            let j = if self.any(j, &["next", "coming", "upcoming"]) {
                j + 1
            } else {
                j
            };
            let (n, k) = self.count(j)?;
            let (unit, _, l) = self.unit(k)?;
            return Some((l, Expr::Within { n, unit }));
        }
        let (n, j) = self.count(i)?;
        let (unit, _, k) = self.unit(j)?;
        if self.any(k, &["starting", "beginning", "commencing"]) {
            let l = if self.any(k + 1, &["from", "on"]) {
                k + 2
            } else {
                k + 1
            };
            let (m, base) = self.point(l)?;
            return Some((
                m,
                Expr::SpanFrom {
                    base: Box::new(base),
                    n,
                    unit,
                },
            ));
        }
        if self.word(k, "ago") {
            return Some((k + 1, Expr::Offset { n: -n, unit }));
        }
        if self.word(k, "from") && self.any(k + 1, &["now", "today"]) {
            return Some((k + 2, Expr::Offset { n, unit }));
        }
        if self.any(k, &["before", "after", "from"]) {
            let sign = if self.word(k, "before") { -1 } else { 1 };
            let (l, base) = self.point(k + 1)?;
            return Some((
                l,
                Expr::Shifted {
                    base: Box::new(base),
                    n: sign * n,
                    unit,
                },
            ));
        }
        if self.prev_word(i) == Some("in") {
            let mut l = k;
            if self.punct(l, '\'') && self.glued(l) {
                l += 1;
                if self.word(l, "s") && self.glued(l) {
                    l += 1;
                }
            }
            if self.word(l, "time") {
                return Some((l + 1, Expr::Offset { n, unit }));
            }
            // "will leave in two months": a date only in a future sentence.
            if !self.word(l, "of") && !self.tok(l).is_some_and(|t| t.kind == Kind::Num) {
                return Some((l, Expr::Ahead { n, unit }));
            }
        }
        None
    }

    /// "the week starting February 4", "the week of March 3".
    fn week_starting(&self, i: usize) -> Hit {
        if !self.word(i + 1, "week") {
            return None;
        }
        if self.any(i + 2, &["starting", "beginning", "commencing"]) {
            let l = if self.any(i + 3, &["from", "on"]) {
                i + 4
            } else {
                i + 3
            };
            let (m, base) = self.point(l)?;
            return Some((
                m,
                Expr::SpanFrom {
                    base: Box::new(base),
                    n: 1,
                    unit: Unit::Week,
                },
            ));
        }
        if self.word(i + 2, "of") {
            let (m, base) = self.point(i + 3)?;
            if matches!(base, Expr::Date { .. }) {
                return Some((
                    m,
                    Expr::NthWeek {
                        base: Box::new(base),
                        nth: 0,
                    },
                ));
            }
        }
        None
    }

    /// "last week", "this month", "next year", "the week after next", "earlier this year",
    /// "next Tuesday", "Monday of next week", bare weekdays.
    fn directed(&self, i: usize) -> Hit {
        let t = self.tok(i)?;
        if matches!(t.text, "earlier" | "later") || (t.text == "so" && self.word(i + 1, "far")) {
            let part = if t.text == "later" {
                Part::Rest
            } else {
                Part::SoFar
            };
            let j = if t.text == "so" { i + 2 } else { i + 1 };
            let k = if self.word(j, "in") && self.word(j + 1, "the") {
                j + 2
            } else if self.word(j, "this") {
                j + 1
            } else {
                return None;
            };
            let (unit, false, l) = self.unit(k)? else {
                return None;
            };
            let base = Box::new(Expr::Period { unit, offset: 0 });
            return Some((l, Expr::Part { part, base }));
        }
        if self.word(i, "the")
            && self.any(i + 2, &["after", "before"])
            && self.any(i + 3, &["next", "last"])
        {
            let (unit, false, _) = self.unit(i + 1)? else {
                return None;
            };
            let offset = if self.word(i + 2, "after") { 2 } else { -2 };
            return Some((i + 4, Expr::Period { unit, offset }));
        }
        if matches!(t.text, "the" | "that") && self.word(i + 1, "weekend") {
            return Some((i + 2, Expr::NearestWeekend));
        }
        if let Some((day_in, k)) = self.holiday_name(i + 1) {
            let dir = match t.text {
                "last" | "previous" => -1,
                "next" | "following" | "coming" => 1,
                _ => 0,
            };
            if dir != 0 {
                return Some((k, Expr::HolidayStrict { day_in, dir }));
            }
        }
        let (dir, j) = match direction(t.text) {
            Some(_) if t.text == "this" && self.word(i + 1, "past") => (-1, i + 2),
            Some(_) if t.text == "this" && self.any(i + 1, &["coming", "upcoming"]) => (1, i + 2),
            Some(d) => (d, i + 1),
            None => return self.weekday_phrase(i),
        };
        if let Some((unit, false, k)) = self.unit(j) {
            if t.text == "past" && self.prev_word(i) == Some("the") {
                return Some((k, Expr::Rolling { unit, n: -1 }));
            }
            if unit == Unit::Week {
                // "next week Monday", "next week on Friday"
                let l = self.opt(k, "on");
                if let Some((wd, m)) = self.weekday(l) {
                    return Some((m, Expr::WeekdayInWeek(wd, dir)));
                }
            }
            return Some((k, Expr::Period { unit, offset: dir }));
        }
        if let Some((wd, k)) = self.weekday(j) {
            let expr = match t.text {
                "next" => Expr::WeekdayInWeek(wd, 1),
                "previous" => Expr::WeekdayInWeek(wd, -1),
                "this" | "current" if j == i + 1 => Expr::WeekdayInWeek(wd, 0),
                _ => Expr::WeekdayStrict(wd, dir.signum()),
            };
            return Some((k, expr));
        }
        if matches!(t.text, "last" | "next" | "this") && j == i + 1 {
            // "last September" = September of last year (the Recognizers convention).
            if let Some((month, k)) = self.month(j) {
                return Some((
                    k,
                    Expr::Month {
                        year: YearRef::Rel(dir as i32),
                        month,
                    },
                ));
            }
        }
        None
    }

    /// "Monday", "Monday of next week", "Friday next week", "Friday the 22nd", "Mon 13th".
    fn weekday_phrase(&self, i: usize) -> Hit {
        let (wd, j) = self.weekday(i)?;
        let t = self.tok(i)?;
        let k = self.opt_punct(j, ',');
        // "Friday 7/6": month/day without a year, only right after a weekday.
        if let (Some(a), Some(b)) = (self.tok(k), self.tok(k + 2))
            && a.kind == Kind::Num
            && self.punct(k + 1, '/')
            && self.glued(k + 1)
            && self.glued(k + 2)
            && !self.punct(k + 3, '/')
        {
            let (month, day) = match self.order {
                super::NumericOrder::MonthDay => (a.num()?, b.num()?),
                super::NumericOrder::DayMonth => (b.num()?, a.num()?),
            };
            if a.text.len() <= 2
                && b.text.len() <= 2
                && chrono::NaiveDate::from_ymd_opt(2000, month, day).is_some()
            {
                return Some((
                    k + 3,
                    Expr::Date {
                        year: None,
                        month,
                        day,
                    },
                ));
            }
        }
        let l = self.opt(k, "the");
        if let Some((day, m)) = self
            .day_number(l)
            .filter(|(_, m)| !self.punct(*m, '/') || !self.glued(*m))
        {
            let no_month = self.month(m).is_none() && !self.word(m, "of");
            let plain_number =
                self.tok(l).is_some_and(|t| t.kind == Kind::Num) && !self.glued(l + 1);
            let ends = self.tok(m).is_none_or(|t| t.kind == Kind::Punct);
            if no_month && (l > k || !plain_number || ends) {
                return Some((m, Expr::WeekdayDay(wd, day)));
            }
        }
        let k = self.opt(self.opt(j, "of"), "the");
        if let Some(dir) = self.tok(k).and_then(|t| direction(t.text))
            && self.word(k + 1, "week")
        {
            return Some((k + 2, Expr::WeekdayInWeek(wd, dir)));
        }
        let prev = self.prev_word(i).unwrap_or("");
        let abbreviated = t.text.len() <= 5 && !t.text.ends_with("day");
        let context = matches!(
            prev,
            "on" | "since" | "until" | "by" | "from" | "to" | "till" | "through" | "and" | "or"
        );
        if (t.capital || context) && !abbreviated {
            return Some((j, Expr::Weekday(wd)));
        }
        None
    }

    /// "the 18th" (after "on") and "the 20th of next month".
    pub fn day_of_month(&self, i: usize) -> Hit {
        let the = self.word(i, "the");
        let d = if the { i + 1 } else { i };
        let (day, j) = self.day_number(d)?;
        // "the 20th of next month", "the 15th day of the month"
        let k = if self.word(j, "day") { j + 1 } else { j };
        if self.word(k, "of")
            && let Some(offset) = self
                .tok(k + 1)
                .and_then(|t| direction(t.text).or((t.text == "the").then_some(0)))
            && self.word(k + 2, "month")
        {
            let month_offset = Some(offset as i32);
            return Some((k + 3, Expr::DayOfMonth { day, month_offset }));
        }
        let num = self.tok(d)?;
        let suffixed = num.kind == Kind::Num && j == d + 2;
        let next_is_word = self.tok(j).is_some_and(|t| t.kind == Kind::Word);
        let on = self.prev_word(i) == Some("on");
        (on && !next_is_word && num.kind == Kind::Num && (the || suffixed)).then_some((
            j,
            Expr::DayOfMonth {
                day,
                month_offset: None,
            },
        ))
    }
}
