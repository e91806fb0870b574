//! Parsed date expressions and their resolution to calendar day ranges.
//!
//! The grammar builds an [`Expr`]; [`resolve`] turns it into inclusive days
//! against the reference (publication) date. News reports what happened, so an
//! ambiguous expression resolves to the nearest matching period on or before
//! the reference unless the sentence is in the future tense.

use super::{Grain, Tense};
use chrono::{Datelike, NaiveDate, Weekday};

use super::calendar::*;
pub(super) use super::expr::{Expr, Part, Resolved, Unit, YearRef, is_relative};

fn year_of(year: YearRef, reference: Option<NaiveDate>) -> Option<i32> {
    match year {
        YearRef::Abs(y) => Some(y),
        YearRef::Rel(k) => Some(reference?.year() + k),
        YearRef::Infer => None,
    }
}

/// Resolves a period given as a function of its year.
fn in_year(
    year: YearRef,
    ctx: &Ctx,
    span_in: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
) -> Option<(NaiveDate, NaiveDate)> {
    match year_of(year, ctx.reference) {
        Some(y) => span_in(y),
        None => infer_year(ctx.reference?, ctx.tense, span_in),
    }
}

/// Resolution context.
pub(super) struct Ctx {
    pub reference: Option<NaiveDate>,
    pub tense: Tense,
}

pub(super) fn resolve(expr: &Expr, ctx: &Ctx) -> Option<Resolved> {
    let day = |d: NaiveDate| (d, d, Grain::Day);
    let (start, end, grain) = match expr {
        Expr::Date {
            year,
            month,
            day: dom,
        } => {
            let yr = year.map_or(YearRef::Infer, YearRef::Abs);
            let (d, _) = in_year(yr, ctx, |y| ymd(y, *month, *dom).map(|d| (d, d)))?;
            day(d)
        }
        Expr::Month { year, month } => {
            let (s, e) = in_year(*year, ctx, |y| month_span(y, *month))?;
            (s, e, Grain::Month)
        }
        Expr::Year(y) => {
            let (s, e) = year_span(*y)?;
            (s, e, Grain::Year)
        }
        Expr::Quarter { year, quarter } => {
            let m = (quarter - 1) * 3 + 1;
            let (s, e) = in_year(*year, ctx, |y| {
                Some((month_span(y, m)?.0, month_span(y, m + 2)?.1))
            })?;
            (s, e, Grain::Quarter)
        }
        Expr::Half { year, half } => {
            let m = (half - 1) * 6 + 1;
            let (s, e) = in_year(*year, ctx, |y| {
                Some((month_span(y, m)?.0, month_span(y, m + 5)?.1))
            })?;
            (s, e, Grain::Quarter)
        }
        Expr::Decade(y) => (ymd(*y, 1, 1)?, ymd(y + 9, 12, 31)?, Grain::Decade),
        Expr::Century(y) => (ymd(*y, 1, 1)?, ymd(y + 99, 12, 31)?, Grain::Decade),
        Expr::Weekday(wd) => {
            let r = ctx.reference?;
            let back = (7 + r.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
            let d = if ctx.tense == Tense::Future {
                add_days(r, i64::from((7 - back) % 7))?
            } else {
                add_days(r, -i64::from(back))?
            };
            day(d)
        }
        Expr::WeekdayInWeek(wd, offset) => {
            let monday = add_days(week_start(ctx.reference?), offset * 7)?;
            day(add_days(monday, i64::from(wd.num_days_from_monday()))?)
        }
        Expr::WeekdayStrict(wd, dir) => {
            let r = ctx.reference?;
            let mut d = add_days(r, *dir)?;
            while d.weekday() != *wd {
                d = add_days(d, *dir)?;
            }
            day(d)
        }
        Expr::WeekdayDay(wd, dom) => {
            // The closest month in which that day falls on that weekday, either side
            // of the reference; on a tie the tense decides.
            let r = ctx.reference?;
            let first = r.with_day(1)?;
            let candidates = (-36..=36).filter_map(|k| {
                let m = add_months(first, k)?;
                ymd(m.year(), m.month(), *dom).filter(|d| d.weekday() == *wd)
            });
            let future = ctx.tense == Tense::Future;
            let best = candidates.min_by_key(|d| {
                let gap = (*d - r).num_days();
                (gap.abs(), (gap < 0) == future)
            });
            day(best?)
        }
        Expr::DayOfMonth {
            day: dom,
            month_offset,
        } => {
            let r = ctx.reference?;
            let first = r.with_day(1)?;
            let d = match month_offset {
                Some(k) => {
                    let m = add_months(first, i64::from(*k))?;
                    ymd(m.year(), m.month(), *dom)?
                }
                None => {
                    let step: i64 = if ctx.tense == Tense::Future { 1 } else { -1 };
                    (0..3).find_map(|k| {
                        let m = add_months(first, step * k)?;
                        ymd(m.year(), m.month(), *dom)
                            .filter(|d| if step > 0 { *d >= r } else { *d <= r })
                    })?
                }
            };
            day(d)
        }
        Expr::Offset { n, unit } => day(shift(ctx.reference?, *n, *unit)?),
        Expr::Ahead { n, unit } if ctx.tense == Tense::Future => {
            day(shift(ctx.reference?, *n, *unit)?)
        }
        Expr::Ahead { .. } => return None,
        Expr::Within { n, unit } => {
            let r = ctx.reference?;
            (r, add_days(shift(r, *n, *unit)?, -1)?, Grain::Day)
        }
        Expr::SpanFrom { base, n, unit } => {
            let s = resolve(base, ctx)?.start;
            let grain = if *unit == Unit::Week && *n == 1 {
                Grain::Week
            } else {
                Grain::Day
            };
            (s, add_days(shift(s, *n, *unit)?, -1)?, grain)
        }
        Expr::NearestWeekend => {
            let r = ctx.reference?;
            let this_week = period(r, Unit::Weekend, 0)?;
            if ctx.tense == Tense::Future || r >= this_week.0 {
                this_week
            } else {
                period(r, Unit::Weekend, -1)?
            }
        }
        Expr::HolidayStrict { day_in, dir } => {
            let r = ctx.reference?;
            let y = r.year();
            let found = if *dir < 0 {
                (y - 3..=y).rev().find_map(|y| day_in(y).filter(|d| *d < r))
            } else {
                (y..=y + 3).find_map(|y| day_in(y).filter(|d| *d > r))
            };
            day(found?)
        }
        Expr::Shifted { base, n, unit } => day(shift(resolve(base, ctx)?.start, *n, *unit)?),
        Expr::Period { unit, offset } => period(ctx.reference?, *unit, *offset)?,
        Expr::Rolling { unit, n } => rolling(ctx.reference?, *unit, *n)?,
        Expr::NthWeek { base, nth } => {
            let b = resolve(base, ctx)?;
            if *nth == 0 {
                // "the week of March 3": the Monday–Sunday week holding that day.
                let s = week_start(b.start);
                return Some(Resolved {
                    start: s,
                    end: add_days(s, 6)?,
                    grain: Grain::Week,
                });
            }
            // A week belongs to the period holding its Thursday (ISO 8601 rule).
            let mut first = week_start(b.start);
            if add_days(first, 3)? < b.start {
                first = add_days(first, 7)?;
            }
            let start = if *nth > 0 {
                add_days(first, i64::from(nth - 1) * 7)?
            } else {
                let mut last = week_start(b.end);
                if add_days(last, 3)? > b.end {
                    last = add_days(last, -7)?;
                }
                last
            };
            if add_days(start, 3)? > b.end {
                return None;
            }
            (start, add_days(start, 6)?, Grain::Week)
        }
        Expr::NthWeekday { base, nth, day: wd } => {
            let b = resolve(base, ctx)?;
            let mut d = b.start;
            while d.weekday() != *wd {
                d = d.succ_opt()?;
            }
            let d = add_days(d, i64::from(nth - 1) * 7)?;
            if d > b.end {
                return None;
            }
            day(d)
        }
        Expr::IsoWeek { year, week } => {
            let y = year_of(*year, ctx.reference).unwrap_or(ctx.reference?.year());
            let s = NaiveDate::from_isoywd_opt(y, *week, Weekday::Mon)?;
            (s, add_days(s, 6)?, Grain::Week)
        }
        Expr::Part { part, base } => return resolve_part(*part, base, ctx),
        Expr::Range(a, b) => return resolve_range(a, b, ctx),
        Expr::Holiday { day_in, year } => {
            day(in_year(*year, ctx, |y| day_in(y).map(|d| (d, d)))?.0)
        }
    };
    Some(Resolved { start, end, grain })
}

fn resolve_part(part: Part, base: &Expr, ctx: &Ctx) -> Option<Resolved> {
    let b = resolve(base, ctx)?;
    let len = (b.end - b.start).num_days() + 1;
    let (start, end) = match (part, b.grain) {
        (Part::SoFar, _) => {
            let r = ctx.reference?;
            (b.start, add_days(r, -1)?.max(b.start))
        }
        (Part::Rest, _) => (ctx.reference?.max(b.start), b.end),
        (Part::Mid, Grain::Month) => (add_days(b.start, 9)?, add_days(b.start, 19)?),
        (Part::Mid, Grain::Year) => (b.start.with_month(5)?, b.start.with_month(8)?.with_day(31)?),
        (Part::Mid, _) => (
            add_days(b.start, len / 3)?,
            add_days(b.start, 2 * len / 3 - 1)?,
        ),
        (Part::Early, Grain::Year) => (b.start, b.start.with_month(6)?.with_day(30)?),
        (Part::Late, Grain::Year) => (b.start.with_month(7)?, b.end),
        (Part::Early, Grain::Month) => (b.start, add_days(b.start, 14)?),
        (Part::Late, Grain::Month) => (add_days(b.start, 15)?, b.end),
        (Part::Early, _) => (b.start, add_days(b.start, (len + 1) / 2 - 1)?),
        (Part::Late, _) => (add_days(b.start, len / 2)?, b.end),
    };
    (start <= end).then_some(Resolved {
        start,
        end,
        grain: b.grain,
    })
}

fn resolve_range(a: &Expr, b: &Expr, ctx: &Ctx) -> Option<Resolved> {
    let second = resolve(b, ctx)?;
    // A year-less start takes the end's year ("Nov 18 - Dec 19, 2015", "from May to September").
    let filled = match a {
        Expr::Date {
            year: None,
            month,
            day,
        } => Some(Expr::Date {
            year: Some(
                second.end.year()
                    - i32::from((*month, *day) > (second.end.month(), second.end.day())),
            ),
            month: *month,
            day: *day,
        }),
        Expr::Month {
            year: YearRef::Infer,
            month,
        } => Some(Expr::Month {
            year: YearRef::Abs(second.end.year() - i32::from(*month > second.end.month())),
            month: *month,
        }),
        _ => None,
    };
    let first = resolve(filled.as_ref().unwrap_or(a), ctx)?;
    let mut second = second;
    if let Expr::Weekday(wd) = b {
        // "from next Monday to Friday": the first such weekday after the start.
        let mut d = first.start;
        while d.weekday() != *wd {
            d = d.succ_opt()?;
        }
        second = Resolved {
            start: d,
            end: d,
            grain: Grain::Day,
        };
    }
    if first.start > second.end {
        return None;
    }
    Some(Resolved {
        start: first.start,
        end: second.end,
        grain: second.grain,
    })
}
