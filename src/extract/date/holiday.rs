//! Holidays: fixed-date ones and those computed from the calendar (Easter,
//! Thanksgiving, Labor Day).

use super::grammar::{Hit, Parser};
use super::resolve::{Expr, YearRef};
use super::vocab;

/// Holiday names (lowercased word sequences) and their day in a given year.
/// A function from year to the holiday's day.
type HolidayFn = fn(i32) -> Option<chrono::NaiveDate>;

/// Builds a holiday rule from a month and day.
macro_rules! fixed {
    ($m:expr, $d:expr) => {{
        fn day_in(y: i32) -> Option<chrono::NaiveDate> {
            chrono::NaiveDate::from_ymd_opt(y, $m, $d)
        }
        day_in
    }};
}

/// The `n`th `wd` of month `m` (n = -1: last).
fn nth_weekday(y: i32, m: u32, wd: chrono::Weekday, n: i8) -> Option<chrono::NaiveDate> {
    if n > 0 {
        chrono::NaiveDate::from_weekday_of_month_opt(y, m, wd, n as u8)
    } else {
        (1..=5)
            .rev()
            .find_map(|k| chrono::NaiveDate::from_weekday_of_month_opt(y, m, wd, k))
    }
}

/// Easter Sunday (anonymous Gregorian algorithm).
fn easter(y: i32) -> Option<chrono::NaiveDate> {
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    chrono::NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

fn thanksgiving(y: i32) -> Option<chrono::NaiveDate> {
    nth_weekday(y, 11, chrono::Weekday::Thu, 4)
}

const HOLIDAYS: &[(&[&str], HolidayFn)] = &[
    (&["christmas", "eve"], fixed!(12, 24)),
    (&["christmas", "day"], fixed!(12, 25)),
    (&["christmas"], fixed!(12, 25)),
    (&["boxing", "day"], fixed!(12, 26)),
    (&["new", "year", "'", "s", "eve"], fixed!(12, 31)),
    (&["new", "year", "'", "s", "day"], fixed!(1, 1)),
    (&["new", "years", "day"], fixed!(1, 1)),
    (&["valentine", "'", "s", "day"], fixed!(2, 14)),
    (&["independence", "day"], fixed!(7, 4)),
    (&["halloween"], fixed!(10, 31)),
    (&["juneteenth"], fixed!(6, 19)),
    (&["earth", "day"], fixed!(4, 22)),
    (&["international", "workers", "'", "day"], fixed!(5, 1)),
    (&["veterans", "day"], fixed!(11, 11)),
    (&["easter", "sunday"], easter),
    (&["easter"], easter),
    (&["good", "friday"], |y| {
        easter(y)?.checked_sub_days(chrono::Days::new(2))
    }),
    (&["thanksgiving", "day"], thanksgiving),
    (&["thanksgiving"], thanksgiving),
    (&["black", "friday"], |y| thanksgiving(y)?.succ_opt()),
    (&["labor", "day"], |y| {
        nth_weekday(y, 9, chrono::Weekday::Mon, 1)
    }),
    (&["memorial", "day"], |y| {
        nth_weekday(y, 5, chrono::Weekday::Mon, -1)
    }),
];

/// The first words of [`HOLIDAYS`], sorted: most tokens are turned away
/// by one search.
static FIRST_WORDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    let mut words: Vec<&str> = HOLIDAYS.iter().map(|(w, _)| w[0]).collect();
    words.sort_unstable();
    words.dedup();
    words
});

/// True when a holiday name starts with `word`.
pub(super) fn starts_holiday(word: &str) -> bool {
    FIRST_WORDS.binary_search(&word).is_ok()
}

/// The first words of the holiday names.
pub(super) fn first_words() -> impl Iterator<Item = &'static str> {
    FIRST_WORDS.iter().copied()
}

impl Parser<'_, '_> {
    /// A holiday name, optionally with a year: "Christmas Day", "Thanksgiving 2023".
    pub fn holiday_name(&self, i: usize) -> Option<(HolidayFn, usize)> {
        if self.tok(i)?.class & vocab::HOLIDAY == 0 {
            return None;
        }
        let (words, day_in) = HOLIDAYS.iter().find(|(words, _)| {
            words.iter().enumerate().all(|(k, w)| {
                self.tok(i + k)
                    .is_some_and(|t| t.text == *w || (t.punct() == Some('\'') && *w == "'"))
            })
        })?;
        // Other countries have their own independence day.
        if words[0] == "independence" && !self.tok(i)?.capital {
            return None;
        }
        Some((*day_in, i + words.len()))
    }

    pub fn holiday(&self, i: usize) -> Hit {
        let (day_in, j) = self.holiday_name(i)?;
        match self.year(self.opt(j, "of")) {
            Some((y, k)) => Some((
                k,
                Expr::Holiday {
                    day_in,
                    year: YearRef::Abs(y),
                },
            )),
            None => Some((
                j,
                Expr::Holiday {
                    day_in,
                    year: YearRef::Infer,
                },
            )),
        }
    }
}
