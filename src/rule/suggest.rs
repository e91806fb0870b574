//! Did-you-mean suggestions for misspelt keys, kinds and severities.

/// The closest candidate to `word` when it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let word = word.to_ascii_lowercase();
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (levenshtein(&word, &c.to_ascii_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min()
        .map(|(_, c)| c)
}

/// The help line for a likely typo: "did you mean `x`?" when a candidate
/// is close enough to `word`.
pub fn suggestion<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    did_you_mean(word, candidates).map(|s| format!("did you mean `{s}`?"))
}

/// The help line for a parser's "unknown field `x`, expected one of …".
pub fn unknown_name_help(message: &str) -> Option<String> {
    let (word, expected) = parse_unknown(message)?;
    suggestion(&word, expected.iter().map(String::as_str))
}

/// The candidate closest to `word` in spelling, however far: the preferred
/// form a variant spelling stands for ("Zelensky" → "Zelenskyy").
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (levenshtein(&word, &c.to_lowercase()), c))
        .min()
        .map(|(_, c)| c)
}

/// Edit distance counting a swap of neighbours as one edit ("monye" →
/// "money"), the commonest typo in hand-written keys.
fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    d[0] = (0..=b.len()).collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

/// For a serde message such as "unknown field `sevrity`, expected one of `id`,
/// `kind`, …": the unknown word and the expected names.
pub(crate) fn parse_unknown(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message
        .strip_prefix("unknown field ")
        .or_else(|| message.strip_prefix("unknown variant "))?;
    let (word, expected) = rest.split_once(", expected ")?;
    let word = word.trim_matches('`').to_string();
    let expected = expected.strip_prefix("one of ").unwrap_or(expected);
    let names = expected
        .split(',')
        .map(|s| s.trim().trim_matches('`').to_string())
        .filter(|s| !s.is_empty())
        .collect();
    Some((word, names))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(
            did_you_mean("sevrity", ["id", "kind", "severity"]),
            Some("severity")
        );
        assert_eq!(
            did_you_mean("conflct", ["conflict", "pattern"]),
            Some("conflict")
        );
        assert_eq!(did_you_mean("banana", ["conflict", "pattern"]), None);
        assert_eq!(
            did_you_mean("eror", ["error", "warning", "info"]),
            Some("error")
        );
    }

    #[test]
    fn reads_serde_unknown_messages() {
        let (w, names) =
            parse_unknown("unknown field `sevrity`, expected one of id, kind, severity").unwrap();
        assert_eq!(w, "sevrity");
        assert_eq!(names, ["id", "kind", "severity"]);
    }
}
