//! Calendar arithmetic used by resolution: spans of months and years, shifts,
//! calendar periods around a reference and rolling windows.

use super::Grain;
use super::Tense;
use super::resolve::Unit;
use chrono::{Datelike, Days, Months, NaiveDate};

pub(super) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

pub(super) fn month_span(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let start = ymd(y, m, 1)?;
    Some((start, start.checked_add_months(Months::new(1))?.pred_opt()?))
}

pub(super) fn year_span(y: i32) -> Option<(NaiveDate, NaiveDate)> {
    Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?))
}

pub(super) fn week_start(d: NaiveDate) -> NaiveDate {
    d - Days::new(u64::from(d.weekday().num_days_from_monday()))
}

pub(super) fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

pub(super) fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let m = Months::new(u32::try_from(n.unsigned_abs()).ok()?);
    if n >= 0 {
        d.checked_add_months(m)
    } else {
        d.checked_sub_months(m)
    }
}

/// `d` shifted by `n` units.
pub(super) fn shift(d: NaiveDate, n: i64, unit: Unit) -> Option<NaiveDate> {
    match unit {
        Unit::Day => add_days(d, n),
        Unit::Week | Unit::Weekend => add_days(d, n * 7),
        Unit::Fortnight => add_days(d, n * 14),
        Unit::Month => add_months(d, n),
        Unit::Quarter => add_months(d, n * 3),
        Unit::Year => add_months(d, n * 12),
        Unit::Decade => add_months(d, n * 120),
    }
}

/// Picks the year for a year-less period: the latest one starting on or before
/// the reference (past), or the earliest one ending on or after it (future).
pub(super) fn infer_year(
    reference: NaiveDate,
    tense: Tense,
    span_in: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
) -> Option<(NaiveDate, NaiveDate)> {
    let y = reference.year();
    if tense == Tense::Future {
        (y - 1..=y + 8).find_map(|y| span_in(y).filter(|s| s.1 >= reference))
    } else {
        (y - 8..=y + 1)
            .rev()
            .find_map(|y| span_in(y).filter(|s| s.0 <= reference))
    }
}

/// The calendar period `offset` units away from the one holding `r`.
pub(super) fn period(
    r: NaiveDate,
    unit: Unit,
    offset: i64,
) -> Option<(NaiveDate, NaiveDate, Grain)> {
    Some(match unit {
        Unit::Day => {
            let d = add_days(r, offset)?;
            (d, d, Grain::Day)
        }
        Unit::Week | Unit::Fortnight => {
            let len = if unit == Unit::Week { 7 } else { 14 };
            let s = add_days(week_start(r), offset * len)?;
            (s, add_days(s, len - 1)?, Grain::Week)
        }
        Unit::Weekend => {
            let s = add_days(week_start(r), offset * 7 + 5)?;
            (s, add_days(s, 1)?, Grain::Day)
        }
        Unit::Month => {
            let m = add_months(r.with_day(1)?, offset)?;
            let (s, e) = month_span(m.year(), m.month())?;
            (s, e, Grain::Month)
        }
        Unit::Quarter => {
            let q0 = ymd(r.year(), (r.month0() / 3) * 3 + 1, 1)?;
            let s = add_months(q0, offset * 3)?;
            (s, add_months(s, 3)?.pred_opt()?, Grain::Quarter)
        }
        Unit::Year => {
            let (s, e) = year_span(r.year() + i32::try_from(offset).ok()?)?;
            (s, e, Grain::Year)
        }
        Unit::Decade => {
            let y = r.year().div_euclid(10) * 10 + 10 * i32::try_from(offset).ok()?;
            (ymd(y, 1, 1)?, ymd(y + 9, 12, 31)?, Grain::Decade)
        }
    })
}

/// The `n` units before (n < 0) or after (n > 0) the reference, excluding it.
pub(super) fn rolling(r: NaiveDate, unit: Unit, n: i64) -> Option<(NaiveDate, NaiveDate, Grain)> {
    let grain = match unit {
        Unit::Day | Unit::Weekend => Grain::Day,
        Unit::Week | Unit::Fortnight => Grain::Week,
        Unit::Month => Grain::Month,
        Unit::Year => Grain::Year,
        Unit::Quarter | Unit::Decade => {
            // Whole periods: "the past two decades" in 2016 = 1990–2009.
            let (s, e, g) = period(r, unit, 0)?;
            return if n < 0 {
                Some((period(r, unit, n)?.0, add_days(s, -1)?, g))
            } else {
                Some((add_days(e, 1)?, period(r, unit, n)?.1, g))
            };
        }
    };
    if n < 0 {
        Some((shift(r, n, unit)?, add_days(r, -1)?, grain))
    } else {
        Some((add_days(r, 1)?, shift(r, n, unit)?, grain))
    }
}
