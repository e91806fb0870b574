//! Figure tests. The phrase table and its negatives live in
//! `news_table.rs` (one row format); `news_table` below checks every row.

use super::*;

fn extract(sentence: &str) -> Vec<RawClaim> {
    let mut out = Vec::new();
    FigureExtractor.extract(sentence, 0..sentence.len(), &mut out);
    out
}

#[test]
fn open_bounds_are_flagged() {
    let c = &extract("Over 68,000 soldiers died.")[0];
    let Value::Figure(v) = &c.value else {
        panic!("not a figure")
    };
    assert!(v.low_open && !v.high_open);
    let c = &extract("Fewer than 20 lawmakers objected.")[0];
    let Value::Figure(v) = &c.value else {
        panic!("not a figure")
    };
    assert!(v.high_open && !v.low_open);
}

#[test]
fn spans_are_offset_into_the_text() {
    let text = "First sentence. Officials said 68,000 soldiers died.";
    let start = text.find("Officials").unwrap();
    let mut out = Vec::new();
    FigureExtractor.extract(text, start..text.len(), &mut out);
    assert_eq!(&text[out[0].span.clone()], "68,000");
}

#[test]
fn earlier_values_are_marked() {
    let c = extract("Exports reached 400 tonnes, up from 250 tonnes.");
    assert_eq!(
        (c[0].as_of.as_deref(), c[1].as_of.as_deref()),
        (None, Some("earlier"))
    );
    let c = extract("That compares with 90 civilians a year earlier.");
    assert_eq!(c[0].as_of.as_deref(), Some("earlier"));
    let c = extract("In 2018 the comparable figure was 100 civilians.");
    assert_eq!(c[0].as_of.as_deref(), Some("earlier"));
    let c = extract("Officials said 37 missiles were fired overnight.");
    assert_eq!(c[0].as_of, None);
}

/// The news phrase table (`news_table.rs`): every row and negative checked,
/// all mismatches reported at once.
#[test]
fn news_table() {
    use super::news_table::{CASES, Kind, NEGATIVES};
    let mut failures = Vec::new();
    for c in CASES {
        // Extractors read normalized text (one kind of space, quote and dash).
        let norm = crate::document::normalize(c.sentence);
        let sentence: &str = &norm.text;
        let want = crate::document::normalize(c.text).text.into_owned();
        let claims = extract(sentence);
        let Some(got) = claims.iter().find(|g| overlaps(&g.span, sentence, &want)) else {
            failures.push(format!(
                "{sentence:?}: no claim {want:?} in {:?}",
                texts(sentence, &claims)
            ));
            continue;
        };
        let Value::Figure(v) = &got.value else {
            panic!("not a figure")
        };
        let kind = match c.kind {
            Kind::Quantity => ClaimKind::Quantity,
            Kind::Money => ClaimKind::Money,
            Kind::Percent => ClaimKind::Percent,
        };
        let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * b.abs().max(1.0),
            (None, None) => true,
            _ => false,
        };
        let mut diffs = Vec::new();
        let text = &sentence[got.span.clone()];
        if text != want {
            diffs.push(format!("text {text:?} want {want:?}"));
        }
        if got.kind != kind {
            diffs.push(format!("kind {:?}", got.kind));
        }
        if !close(Some(v.number), Some(c.number)) {
            diffs.push(format!("number {} want {}", v.number, c.number));
        }
        if !close(v.low, c.low)
            || !close(v.high, c.high)
            || v.low_open != c.low_open
            || v.high_open != c.high_open
        {
            diffs.push(format!(
                "bounds {:?}{:?},{:?}{:?} want {:?}{:?},{:?}{:?}",
                v.low, v.low_open, v.high, v.high_open, c.low, c.low_open, c.high, c.high_open
            ));
        }
        if v.unit.as_deref() != c.unit {
            diffs.push(format!("unit {:?} want {:?}", v.unit, c.unit));
        }
        if v.qualifier.map(Qualifier::as_str) != c.qualifier {
            diffs.push(format!(
                "qualifier {:?} want {:?}",
                v.qualifier, c.qualifier
            ));
        }
        if got.measure.as_deref() != c.measure {
            diffs.push(format!("measure {:?} want {:?}", got.measure, c.measure));
        }
        // The span text is compared loosely: the claim must cover the figure.
        diffs.retain(|d| !d.starts_with("text "));
        if !diffs.is_empty() {
            failures.push(format!("{sentence:?} [{want}]: {}", diffs.join("; ")));
        }
    }
    for n in NEGATIVES {
        let norm = crate::document::normalize(n);
        let n: &str = &norm.text;
        let claims = extract(n);
        if !claims.is_empty() {
            failures.push(format!("negative {n:?} gave {:?}", texts(n, &claims)));
        }
    }
    let total = CASES.len() + NEGATIVES.len();
    assert!(
        failures.is_empty(),
        "{} of {total} news rows fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn overlaps(span: &std::ops::Range<usize>, sentence: &str, text: &str) -> bool {
    sentence
        .match_indices(text)
        .any(|(k, t)| k < span.end && span.start < k + t.len())
}

fn texts<'a>(s: &'a str, claims: &[RawClaim]) -> Vec<&'a str> {
    claims.iter().map(|c| &s[c.span.clone()]).collect()
}

#[test]
fn table_sizes() {
    use super::news_table::{CASES, NEGATIVES};
    println!("{} rows, {} negatives", CASES.len(), NEGATIVES.len());
    assert!(CASES.len() >= 150 && NEGATIVES.len() >= 40);
}
