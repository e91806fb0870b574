//! Context that makes a number something other than a figure (a time, a
//! date, a year, a label) or marks a figure as an earlier value.

/// Words before a number that make it a label, not a figure.
const LABELS: &[&str] = &[
    "article",
    "chapter",
    "flight",
    "highway",
    "line",
    "no",
    "number",
    "page",
    "paragraph",
    "platform",
    "resolution",
    "room",
    "route",
    "section",
    "version",
];

/// Words after a number that make it a time of day.
const TIME_WORDS: &[&str] = &[
    "a.m", "am", "bst", "cest", "cet", "edt", "est", "et", "gmt", "hrs", "msk", "p.m", "pm", "utc",
];

/// A month name or abbreviation, except "May" and "Mar": in a figure's
/// neighbourhood those are usually the verb and a word, not months.
fn is_month(word: &str) -> bool {
    !word.eq_ignore_ascii_case("may")
        && !word.eq_ignore_ascii_case("mar")
        && crate::document::month_number(word).is_some()
}

/// The word before `before`'s end, lowercase, without trailing dots.
pub fn word_before(before: &str) -> String {
    raw_word_before(before).to_ascii_lowercase()
}

/// The word at the start of `after`, lowercase, without trailing dots.
pub fn word_after(after: &str) -> String {
    raw_word_after(after).to_ascii_lowercase()
}

/// True when the number between `before` and `after` is a time, a date or a
/// label rather than a count.
pub fn names_not_a_count(before: &str, after: &str) -> bool {
    // Compared in place, without allocating: this runs for every number.
    let next = raw_word_after(after);
    let prev = raw_word_before(before);
    let any = |list: &[&str], w: &str| list.iter().any(|l| l.eq_ignore_ascii_case(w));
    any(TIME_WORDS, next)
        || next.eq_ignore_ascii_case("local")
        || is_month(next)
        || is_month(prev)
        || any(LABELS, prev)
}

/// The word before `before`'s end, as written.
fn raw_word_before(before: &str) -> &str {
    before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
        .trim_end_matches('.')
}

/// The word at the start of `after`, as written.
fn raw_word_after(after: &str) -> &str {
    after
        .trim_start()
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | ')' | '"' | '!' | '?'))
        .next()
        .unwrap_or("")
        .trim_end_matches('.')
}

/// Words before a four-digit number that make it a year: "the 1967 lines",
/// "in 2014", "since 1991".
pub fn year_cue(prev_lower: &str) -> bool {
    matches!(
        prev_lower,
        "the" | "in" | "since" | "by" | "of" | "from" | "until" | "before" | "after" | "during"
    )
}

pub fn is_year_like(value: f64) -> bool {
    value.fract() == 0.0 && (1800.0..=2100.0).contains(&value)
}

/// Verbs of change: "rose from 20 to 30" is a change, not a range.
pub fn is_change_verb(word: &str) -> bool {
    const VERBS: &[&str] = &[
        "climbed",
        "cut",
        "declined",
        "decreased",
        "down",
        "dropped",
        "fell",
        "grew",
        "increased",
        "jumped",
        "lowered",
        "plunged",
        "raised",
        "revised",
        "rising",
        "rose",
        "slipped",
        "soared",
        "surged",
        "up",
        "went",
    ];
    VERBS.contains(&word)
}

/// Cues before a figure that make it a past value it is compared with.
const EARLIER_BEFORE: &[&str] = &[
    "compared with",
    "compared to",
    "compares with",
    "up from",
    "down from",
    "comparable figure",
    "previous",
];
/// Cues after a figure, within its clause, that date it in the past.
const EARLIER_AFTER: &[&str] = &[
    "a year earlier",
    "a year ago",
    "last year",
    "the previous year",
    "the year before",
    "a month earlier",
    "a week earlier",
];

/// True when the sentence marks the figure as an earlier value. Only the
/// clause holding the figure counts: "up from 40, officials said 73 …".
pub fn earlier(before: &str, after: &str) -> bool {
    let clause = &before[before.rfind([',', ';']).map_or(0, |k| k + 1)..];
    let after = &after[..after.find([',', ';']).unwrap_or(after.len())];
    // Cues are short: the last and first few dozen bytes are enough.
    let clause = clause.to_ascii_lowercase();
    let mut cut = after.len().min(48);
    while !after.is_char_boundary(cut) {
        cut -= 1;
    }
    let after = after[..cut].to_ascii_lowercase();
    let changed_from = clause
        .trim_end()
        .strip_suffix("from")
        .is_some_and(|rest| is_change_verb(rest.trim_end().rsplit(' ').next().unwrap_or("")));
    changed_from
        || EARLIER_BEFORE.iter().any(|c| clause.contains(c))
        || EARLIER_AFTER.iter().any(|c| after.contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted() {
        assert!(TIME_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn earlier_values() {
        assert!(earlier("the toll rose from ", " to 30"));
        assert!(earlier("up from ", ""));
        assert!(!earlier("officials said ", " soldiers"));
    }
}
