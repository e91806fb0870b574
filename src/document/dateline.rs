//! Finding a publication date in an article without front matter: a
//! `date 2025-10-17` / `Published: Oct. 17, 2025` line, or a news dateline
//! (`KYIV, Oct. 17, 2025 —`), within the first lines of the body.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::DateSource;

/// How many non-empty lines from the top we look at: datelines sit under the
/// headline and byline, never deep in the text.
const HEAD_LINES: usize = 12;

const MONTH: &str = r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

static FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W{0,3}(?:date|published|updated|posted)(?:\s+on)?\s*:?\s+(?P<rest>.+)$")
        .expect("valid regex")
});

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b").expect("valid regex")
});

static WRITTEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:{MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})|(?P<day2>\d{{1,2}})\s+{m2}\s+(?P<year2>\d{{4}}))\b",
        m2 = MONTH.replace("?P<month>", "?P<month2>")
    ))
    .expect("valid regex")
});

/// A dateline: a place in capitals (optionally ", Country"), a comma, a date.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W{0,3}[A-Z][A-Z.'\- ]{1,40}(?:,\s+[A-Z][A-Za-z.]+)?,\s+(?P<rest>.+)$")
        .expect("valid regex")
});

/// The month number of an English month name or abbreviation, in any case,
/// with or without a trailing dot ("Sept.", "oct", "January"). The one list
/// of month names: datelines, figures and dates all ask here.
pub fn month_number(word: &str) -> Option<u32> {
    // Every month name starts with one of these letters; most words stop here.
    if !matches!(
        word.as_bytes().first().map(u8::to_ascii_lowercase),
        Some(b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd')
    ) {
        return None;
    }
    let w = word.strip_suffix('.').unwrap_or(word);
    // Longest name is "september": anything longer, or shorter than "may",
    // is not a month, and most words are rejected on length alone.
    if !(3..=9).contains(&w.len()) {
        return None;
    }
    let mut buf = [0u8; 9];
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    MONTH_NAMES
        .iter()
        .find(|(name, _)| name.as_bytes() == &*lower)
        .map(|&(_, month)| month)
}

/// Month names and abbreviations (lowercase) with their numbers.
pub const MONTH_NAMES: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// A full calendar date at the start of `s`: ISO or written with a year.
fn date_at_start(s: &str) -> Option<NaiveDate> {
    if let Some(c) = ISO.captures(s) {
        return NaiveDate::from_ymd_opt(
            c["y"].parse().ok()?,
            c["m"].parse().ok()?,
            c["d"].parse().ok()?,
        );
    }
    let c = WRITTEN.captures(s)?;
    let (month, day, year) = match c.name("month") {
        Some(m) => (m.as_str(), &c["day"], &c["year"]),
        None => (&c["month2"], &c["day2"], &c["year2"]),
    };
    NaiveDate::from_ymd_opt(year.parse().ok()?, month_number(month)?, day.parse().ok()?)
}

/// The publication date stated near the top of `body`, if any.
pub fn find_published(body: &str) -> Option<(NaiveDate, DateSource)> {
    for line in body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && *l != "---")
        .take(HEAD_LINES)
    {
        let line = line.trim_start_matches(['#', '*', '_', ' ']);
        if let Some(c) = FIELD.captures(line)
            && let Some(d) = date_at_start(c["rest"].trim())
        {
            return Some((d, DateSource::DateField));
        }
        if let Some(d) = date_at_start(line) {
            return Some((d, DateSource::Dateline));
        }
        if let Some(c) = DATELINE.captures(line)
            && let Some(d) = date_at_start(c["rest"].trim())
        {
            return Some((d, DateSource::Dateline));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(body: &str) -> Option<String> {
        find_published(body).map(|(d, _)| d.to_string())
    }

    #[test]
    fn finds_dates_near_the_top() {
        let cases = [
            ("date 2025-10-17\n\nText.", Some("2025-10-17")),
            (
                "# Title\nPublished: October 17, 2025\nText",
                Some("2025-10-17"),
            ),
            (
                "# T\nBy Staff\n\nKYIV, Oct. 17, 2025 — Ukraine said",
                Some("2025-10-17"),
            ),
            ("WASHINGTON, D.C., Sept. 3, 2024 - The", Some("2024-09-03")),
            (
                "NEW YORK, Ukraine, 17 October 2025 (Wire) -",
                Some("2025-10-17"),
            ),
            ("Friday, October 17, 2025\n\nText", Some("2025-10-17")),
            ("KYIV, Oct. 17 — no year here", None),
            ("Nothing here.\nOfficials said 2025-10-17 was busy.", None),
            ("KYIV, Feb. 30, 2025 — not a date", None),
        ];
        for (body, want) in cases {
            assert_eq!(found(body).as_deref(), want, "{body:?}");
        }
    }
}
