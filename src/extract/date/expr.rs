//! The meaning of a date phrase before resolution.

use super::Grain;
use chrono::{NaiveDate, Weekday};

/// Calendar units used by relative expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
}

/// The year of a year-less expression: stated, relative to the reference, or inferred.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum YearRef {
    Abs(i32),
    /// Offset from the reference year ("next year" = 1).
    Rel(i32),
    Infer,
}

/// Sub-part of a period: "early", "mid-", "late", "earlier this …", "later this …".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Early,
    Mid,
    Late,
    /// From the period start up to the day before the reference.
    SoFar,
    /// From the reference to the period end.
    Rest,
}

#[derive(Debug, Clone)]
pub(super) enum Expr {
    Date {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    Month {
        year: YearRef,
        month: u32,
    },
    Year(i32),
    Quarter {
        year: YearRef,
        quarter: u32,
    },
    Half {
        year: YearRef,
        half: u32,
    },
    /// First year of the decade.
    Decade(i32),
    /// First year of the century.
    Century(i32),
    /// Bare weekday: nearest on/before (past) or on/after (future) the reference.
    Weekday(Weekday),
    /// Weekday in the ISO week `offset` weeks from the reference's ("next Friday" = 1).
    WeekdayInWeek(Weekday, i64),
    /// Nearest weekday strictly before (`-1`) or after (`1`) the reference.
    WeekdayStrict(Weekday, i64),
    /// "Friday the 22nd": the nearest month in which that day is that weekday.
    WeekdayDay(Weekday, u32),
    /// "the 18th" / "the 20th of next month".
    DayOfMonth {
        day: u32,
        month_offset: Option<i32>,
    },
    /// The reference shifted by `n` units, as one day ("two days ago", "tomorrow").
    Offset {
        n: i64,
        unit: Unit,
    },
    /// `base` shifted by `n` units ("three weeks from tomorrow").
    Shifted {
        base: Box<Expr>,
        n: i64,
        unit: Unit,
    },
    /// The calendar period `offset` units from the reference's ("last week" = -1).
    Period {
        unit: Unit,
        offset: i64,
    },
    /// The `n` units before (n < 0) or after (n > 0) the reference ("the past three weeks").
    Rolling {
        unit: Unit,
        n: i64,
    },
    /// The `nth` (1-based, -1 = last) Monday–Sunday week of a month or year.
    NthWeek {
        base: Box<Expr>,
        nth: i32,
    },
    /// The `nth` weekday of a month ("the first Friday of next month").
    NthWeekday {
        base: Box<Expr>,
        nth: i32,
        day: Weekday,
    },
    IsoWeek {
        year: YearRef,
        week: u32,
    },
    Part {
        part: Part,
        base: Box<Expr>,
    },
    Range(Box<Expr>, Box<Expr>),
    /// From the reference through `n` units later ("within three months").
    Within {
        n: i64,
        unit: Unit,
    },
    /// `n` units starting at `base` ("the week starting February 4").
    SpanFrom {
        base: Box<Expr>,
        n: i64,
        unit: Unit,
    },
    /// The reference plus `n` units, only when the sentence is about the future
    /// ("will leave in two months"; "the first time in two years" is not a date).
    Ahead {
        n: i64,
        unit: Unit,
    },
    /// "the weekend": the last one (past) or the coming one (future).
    NearestWeekend,
    /// "last Easter" / "next Christmas": nearest occurrence strictly before/after.
    HolidayStrict {
        day_in: fn(i32) -> Option<NaiveDate>,
        dir: i64,
    },
    /// A holiday given as a function from year to day.
    Holiday {
        day_in: fn(i32) -> Option<NaiveDate>,
        year: YearRef,
    },
}

/// A resolved mention: inclusive days and grain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Resolved {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub grain: Grain,
}

/// True when the meaning depends on the reference date.
pub(super) fn is_relative(expr: &Expr) -> bool {
    match expr {
        Expr::Date { year, .. } => year.is_none(),
        Expr::Month { year, .. }
        | Expr::Quarter { year, .. }
        | Expr::Half { year, .. }
        | Expr::IsoWeek { year, .. }
        | Expr::Holiday { year, .. } => !matches!(year, YearRef::Abs(_)),
        Expr::Year(_) | Expr::Decade(_) | Expr::Century(_) => false,
        Expr::NthWeek { base, .. } | Expr::NthWeekday { base, .. } | Expr::Part { base, .. } => {
            is_relative(base)
        }
        Expr::Shifted { base, .. } | Expr::SpanFrom { base, .. } => is_relative(base),
        Expr::Range(a, b) => is_relative(a) || is_relative(b),
        _ => true,
    }
}
