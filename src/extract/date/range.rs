//! Ranges ("March 4-22", "from 4 to 22 March", "2014-2018") and the dispatcher
//! that tries every rule at a token.

use super::grammar::{Hit, Parser};
use super::lex::{self, Kind};
use super::resolve::{Expr, Unit, YearRef};

/// Range connectors; "and" only after "between".
fn connector(p: &Parser<'_, '_>, i: usize, between: bool) -> Option<usize> {
    if p.punct(i, '-') {
        return Some(i + 1);
    }
    if p.any(i, &["to", "through", "thru", "till", "until", "til"]) || (between && p.word(i, "and"))
    {
        return Some(i + 1);
    }
    None
}

impl Parser<'_, '_> {
    /// Every single-date rule; the longest match wins.
    pub fn point(&self, i: usize) -> Hit {
        let rules: [&dyn Fn(usize) -> Hit; 12] = [
            &|i| self.numeric(i),
            &|i| self.month_first(i),
            &|i| self.day_first(i),
            &|i| self.decade(i),
            &|i| self.quarter(i),
            &|i| self.numbered_week(i),
            &|i| self.part(i),
            &|i| self.holiday(i),
            &|i| self.relative(i),
            &|i| self.day_of_month(i),
            &|i| self.bare_year(i),
            &|i| self.year_month(i),
        ];
        let mut best: Hit = None;
        for rule in rules {
            if let Some((end, expr)) = rule(i)
                && best.as_ref().is_none_or(|(b, _)| end > *b)
            {
                best = Some((end, expr));
            }
        }
        best
    }

    /// "March 4-22", "4 to 22 March", "Nov 18 - Dec 19, 2015", "2014-2018", "Monday to Friday".
    /// `first` is `self.point(i)`, computed once by the caller.
    pub fn range(&self, i: usize, between: bool, first: Hit) -> Hit {
        // Day numbers sharing a month after them: "4 to 22 March", "2 and 7 Feb".
        if let Some((d1, j)) = self.day_number(self.opt(i, "the"))
            && let Some(k) = connector(self, j, between)
        {
            let k = self.opt(k, "the");
            if let Some((d2, l)) = self.day_number_after_dash(k).filter(|(d2, _)| *d2 > d1) {
                let l = self.opt(l, "of");
                let l = if self.word(l, "in") && self.any(l + 1, &["this", "next", "last"]) {
                    l + 1
                } else {
                    l
                };
                if let Some((month, m)) = self.month(l).or_else(|| {
                    let t = self.tok(l)?;
                    (t.kind == Kind::Word).then(|| lex::month_number(t.text).map(|m| (m, l + 1)))?
                }) {
                    let (year, n) = match self.year_tail(m) {
                        Some((y, n)) => (Some(y), n),
                        None => (None, m),
                    };
                    let a = Expr::Date {
                        year,
                        month,
                        day: d1,
                    };
                    let b = Expr::Date {
                        year,
                        month,
                        day: d2,
                    };
                    return Some((n, Expr::Range(Box::new(a), Box::new(b))));
                }
                if (self.word(l, "this") || self.word(l, "next") || self.word(l, "last"))
                    && self.word(l + 1, "month")
                {
                    let off = match self.tok(l)?.text {
                        "this" => 0,
                        "next" => 1,
                        _ => -1,
                    };
                    let a = Expr::DayOfMonth {
                        day: d1,
                        month_offset: Some(off),
                    };
                    let b = Expr::DayOfMonth {
                        day: d2,
                        month_offset: Some(off),
                    };
                    return Some((l + 2, Expr::Range(Box::new(a), Box::new(b))));
                }
            }
        }
        // Two month names: "Jan-Feb 2017", "from November to March".
        if let Some(t) = self.tok(i).filter(|t| t.kind == Kind::Word && t.capital)
            && let (Some(m1), Some(k)) = (
                lex::month_number(t.text),
                connector(self, i + 1 + usize::from(self.punct(i + 1, '.')), between),
            )
            && let Some((l, Expr::Month { year, month })) = self.month_first(k)
        {
            let a = match year {
                YearRef::Abs(y) => Expr::Month {
                    year: YearRef::Abs(y - i32::from(m1 > month)),
                    month: m1,
                },
                _ => Expr::Month {
                    year: YearRef::Infer,
                    month: m1,
                },
            };
            return Some((
                l,
                Expr::Range(Box::new(a), Box::new(Expr::Month { year, month })),
            ));
        }
        // Two years: "2014-2018", "between 2007 and 2009".
        let dashed_year = || {
            let y = self.int(i, 4).filter(|y| {
                (1000..=2199).contains(y) && self.tok(i).is_some_and(|t| t.text.len() == 4)
            })?;
            (self.punct(i + 1, '-') && self.glued(i + 1)).then_some((y as i32, i + 1))
        };
        if let Some((y1, j)) = self.year(i).or_else(dashed_year) {
            let dash = self.punct(j, '-');
            if let Some(k) = connector(self, j, between)
                && let Some((y2, l)) = self.year(k)
            {
                let prev_ok = self.prev_word(i).is_some_and(lex::is_year_preposition) || between;
                if y2 > y1 && y2 - y1 < 100 && (prev_ok || (dash && self.glued(j) && self.glued(k)))
                {
                    return Some((
                        l,
                        Expr::Range(Box::new(Expr::Year(y1)), Box::new(Expr::Year(y2))),
                    ));
                }
            }
        }
        let (j, a) = first?;
        let k = connector(self, j, between)?;
        if let Some(l) = self.until_now(k) {
            return Some((
                l,
                Expr::Range(
                    Box::new(a),
                    Box::new(Expr::Offset {
                        n: 0,
                        unit: Unit::Day,
                    }),
                ),
            ));
        }
        if let Expr::Date { year, month, day } = a {
            let k = self.opt(k, "the");
            let longer = self.point(k).map_or(0, |(e, _)| e);
            if let Some((d2, l)) = self
                .day_number_after_dash(k)
                .filter(|(d2, l)| *d2 > day && longer <= *l)
                && self.month(l).is_none()
                && lex::month_number(self.tok(l).map_or("", |t| t.text)).is_none()
            {
                let (year2, m) = match self.year_tail(l) {
                    Some((y, m)) => (Some(y), m),
                    None => (year, l),
                };
                let a = Expr::Date {
                    year: year.or(year2),
                    month,
                    day,
                };
                let b = Expr::Date {
                    year: year2,
                    month,
                    day: d2,
                };
                return Some((m, Expr::Range(Box::new(a), Box::new(b))));
            }
        }
        let (l, b) = self.point(k)?;
        Some((l, Expr::Range(Box::new(a), Box::new(b))))
    }

    /// The open end of "since March to date", "between 2019 and now", "till current date".
    fn until_now(&self, i: usize) -> Option<usize> {
        if self.word(i, "now") || (self.word(i, "date") && self.prev_word(i) == Some("to")) {
            return Some(i + 1);
        }
        (self.any(i, &["current", "present"]) && self.word(i + 1, "date")).then_some(i + 2)
    }

    /// The phrase starting at token `i`: (first token of the span, token after it, meaning).
    pub fn parse_at(&self, i: usize) -> Option<(usize, usize, Expr)> {
        let t = self.tok(i)?;
        if !lex::may_start_date(t) {
            return None;
        }
        // Articles are frequent: go on only if the next word could continue a date.
        if matches!(t.text, "the" | "a" | "an" | "that") {
            let next = self.tok(i + 1)?;
            let continues = lex::may_start_date(next)
                || lex::decade_word(next.text).is_some()
                || matches!(
                    next.text,
                    "weekend" | "day" | "year" | "month" | "fortnight" | "couple" | "few"
                );
            if !continues || matches!(next.text, "the" | "a" | "an") {
                return None;
            }
        }
        if t.kind == Kind::Word && (t.text == "from" || t.text == "between") {
            let first = self.point(i + 1);
            let (end, expr) = self.range(i + 1, t.text == "between", first)?;
            return Some((i + 1, end, expr));
        }
        let single = self.point(i);
        let ranged = self.range(i, false, single.clone());
        match (ranged, single) {
            (Some(r), Some(s)) if s.0 >= r.0 => Some((i, s.0, s.1)),
            (Some(r), _) => Some((i, r.0, r.1)),
            (None, Some(s)) => Some((i, s.0, s.1)),
            (None, None) => None,
        }
    }
}
