//! Table tests: each row is a sentence, the figure text we expect, and its
//! value. Negatives list sentences that must yield no figure at all.

use super::*;

struct Row {
    sentence: &'static str,
    text: &'static str,
    kind: ClaimKind,
    number: f64,
    low: Option<f64>,
    high: Option<f64>,
    unit: Option<&'static str>,
    qualifier: Option<Qualifier>,
    measure: Option<&'static str>,
}

const fn row(
    sentence: &'static str,
    text: &'static str,
    kind: ClaimKind,
    number: f64,
    unit: Option<&'static str>,
    measure: Option<&'static str>,
) -> Row {
    Row {
        sentence,
        text,
        kind,
        number,
        low: Some(number),
        high: Some(number),
        unit,
        qualifier: None,
        measure,
    }
}

const fn bounded(mut r: Row, q: Qualifier, low: Option<f64>, high: Option<f64>) -> Row {
    r.qualifier = Some(q);
    r.low = low;
    r.high = high;
    r
}

use ClaimKind::{Money, Percent, Quantity};

const ROWS: &[Row] = &[
    row(
        "Officials said 68,000 soldiers were killed.",
        "68,000",
        Quantity,
        68000.0,
        Some("soldier"),
        Some("soldier"),
    ),
    row(
        "Russia fired 37 missiles at the grid.",
        "37",
        Quantity,
        37.0,
        Some("missile"),
        Some("missile"),
    ),
    row(
        "The U.S. has sent $66.5 billion in military aid.",
        "$66.5 billion",
        Money,
        66.5e9,
        Some("USD"),
        Some("aid"),
    ),
    row(
        "Brussels pledged €3 million in humanitarian aid.",
        "€3 million",
        Money,
        3e6,
        Some("EUR"),
        Some("aid"),
    ),
    row(
        "London added £120 million for air defence.",
        "£120 million",
        Money,
        120e6,
        Some("GBP"),
        Some("defence"),
    ),
    row(
        "The fund holds US$4.7bn in frozen assets.",
        "US$4.7bn",
        Money,
        4.7e9,
        Some("USD"),
        Some("asset"),
    ),
    row(
        "The fund holds US$ 4.7 billion in frozen assets.",
        "US$ 4.7 billion",
        Money,
        4.7e9,
        Some("USD"),
        Some("asset"),
    ),
    row(
        "It costs 66 billion dollars in aid.",
        "66 billion dollars",
        Money,
        66e9,
        Some("USD"),
        Some("aid"),
    ),
    row(
        "A loan of EUR 3 million was approved.",
        "EUR 3 million",
        Money,
        3e6,
        Some("EUR"),
        Some("loan"),
    ),
    row(
        "They approved 4.2 billion USD in loans.",
        "4.2 billion USD",
        Money,
        4.2e9,
        Some("USD"),
        Some("loan"),
    ),
    row(
        "Now 40% of voters backed the plan.",
        "40%",
        Percent,
        40.0,
        Some("%"),
        Some("voter"),
    ),
    row(
        "Turnout fell 12.5 percent of eligible voters.",
        "12.5 percent",
        Percent,
        12.5,
        Some("%"),
        Some("voter"),
    ),
    row(
        "Prices rose 3 per cent this year.",
        "3 per cent",
        Percent,
        3.0,
        Some("%"),
        Some("price"),
    ),
    row(
        "Support rose 4 percentage points.",
        "4 percentage points",
        Percent,
        4.0,
        Some("percentage point"),
        Some("support"),
    ),
    row(
        "The strike destroyed 1,250 homes overnight.",
        "1,250",
        Quantity,
        1250.0,
        Some("home"),
        Some("home"),
    ),
    row(
        "A $5m grant for schools was signed.",
        "$5m",
        Money,
        5e6,
        Some("USD"),
        Some("grant"),
    ),
    row(
        "The city has 1.2 million residents.",
        "1.2 million",
        Quantity,
        1.2e6,
        Some("resident"),
        Some("resident"),
    ),
    row(
        "Crews cleared 2,500 km of roads.",
        "2,500",
        Quantity,
        2500.0,
        Some("km"),
        Some("km"),
    ),
    row(
        "Then 2000 troops took part.",
        "2000",
        Quantity,
        2000.0,
        Some("troop"),
        Some("troop"),
    ),
    row(
        "It had 320 drones and 37 missiles.",
        "320",
        Quantity,
        320.0,
        Some("drone"),
        Some("drone"),
    ),
    row(
        "The package of $400 million was signed.",
        "$400 million",
        Money,
        400e6,
        Some("USD"),
        Some("package"),
    ),
    row(
        "They counted 10k protesters downtown.",
        "10k",
        Quantity,
        10e3,
        Some("protester"),
        Some("protester"),
    ),
    row(
        "There were 500 civilian casualties.",
        "500",
        Quantity,
        500.0,
        Some("casualty"),
        Some("casualty"),
    ),
    bounded(
        row(
            "Over 68,000 soldiers died.",
            "68,000",
            Quantity,
            68000.0,
            Some("soldier"),
            Some("soldier"),
        ),
        Qualifier::Over,
        Some(68000.0),
        None,
    ),
    bounded(
        row(
            "More than 300 drones hit Kyiv.",
            "300",
            Quantity,
            300.0,
            Some("drone"),
            Some("drone"),
        ),
        Qualifier::Over,
        Some(300.0),
        None,
    ),
    bounded(
        row(
            "At least 12 people were hurt.",
            "12",
            Quantity,
            12.0,
            Some("person"),
            Some("person"),
        ),
        Qualifier::AtLeast,
        Some(12.0),
        None,
    ),
    bounded(
        row(
            "Up to 500 troops could be sent.",
            "500",
            Quantity,
            500.0,
            Some("troop"),
            Some("troop"),
        ),
        Qualifier::UpTo,
        Some(0.0),
        Some(500.0),
    ),
    bounded(
        row(
            "As many as 500 troops could be sent.",
            "500",
            Quantity,
            500.0,
            Some("troop"),
            Some("troop"),
        ),
        Qualifier::UpTo,
        Some(0.0),
        Some(500.0),
    ),
    bounded(
        row(
            "Fewer than 20 lawmakers objected.",
            "20",
            Quantity,
            20.0,
            Some("lawmaker"),
            Some("lawmaker"),
        ),
        Qualifier::Under,
        Some(0.0),
        Some(20.0),
    ),
    bounded(
        row(
            "About $66 billion in military aid went out.",
            "$66 billion",
            Money,
            66e9,
            Some("USD"),
            Some("aid"),
        ),
        Qualifier::About,
        Some(66e9),
        Some(66e9),
    ),
    bounded(
        row(
            "Nearly 70,000 soldiers were lost.",
            "70,000",
            Quantity,
            70000.0,
            Some("soldier"),
            Some("soldier"),
        ),
        Qualifier::Nearly,
        Some(70000.0),
        Some(70000.0),
    ),
    bounded(
        row(
            "Roughly 40% of homes lost power.",
            "40%",
            Percent,
            40.0,
            Some("%"),
            Some("home"),
        ),
        Qualifier::About,
        Some(40.0),
        Some(40.0),
    ),
    bounded(
        row(
            "Some 300 drones were launched.",
            "300",
            Quantity,
            300.0,
            Some("drone"),
            Some("drone"),
        ),
        Qualifier::About,
        Some(300.0),
        Some(300.0),
    ),
    bounded(
        row(
            "Almost 1,000 homes were hit.",
            "1,000",
            Quantity,
            1000.0,
            Some("home"),
            Some("home"),
        ),
        Qualifier::Nearly,
        Some(1000.0),
        Some(1000.0),
    ),
];

fn extract(sentence: &str) -> Vec<RawClaim> {
    let mut out = Vec::new();
    FigureExtractor.extract(sentence, 0..sentence.len(), &mut out);
    out
}

#[test]
fn table() {
    for r in ROWS {
        let claims = extract(r.sentence);
        let c = claims
            .iter()
            .find(|c| r.sentence[c.span.clone()].contains(r.text))
            .unwrap_or_else(|| panic!("{:?}: no claim {:?} in {:?}", r.sentence, r.text, claims));
        let Value::Figure(v) = &c.value;
        assert_eq!(c.kind, r.kind, "{}", r.sentence);
        assert!(
            (v.number - r.number).abs() < 1e-6 * r.number.abs().max(1.0),
            "{}: {}",
            r.sentence,
            v.number
        );
        assert_eq!(v.low, r.low, "{}", r.sentence);
        assert_eq!(v.high, r.high, "{}", r.sentence);
        assert_eq!(v.unit.as_deref(), r.unit, "{}", r.sentence);
        assert_eq!(v.qualifier, r.qualifier, "{}", r.sentence);
        assert_eq!(c.measure.as_deref(), r.measure, "{}", r.sentence);
    }
}

#[test]
fn open_bounds_are_flagged() {
    let c = &extract("Over 68,000 soldiers died.")[0];
    let Value::Figure(v) = &c.value;
    assert!(v.low_open && !v.high_open);
    let c = &extract("Fewer than 20 lawmakers objected.")[0];
    let Value::Figure(v) = &c.value;
    assert!(v.high_open && !v.low_open);
}

const NEGATIVES: &[&str] = &[
    "The meeting starts at 3 p.m. sharp.",
    "Talks resume at 1300 GMT on Friday.",
    "The call ended at 10:30 in Moscow.",
    "Ukraine wants more F-16 jets.",
    "Patriot PAC-3 interceptors were sent.",
    "The war began in 2022 and continues.",
    "Since 2014 the region has been contested.",
    "He spoke on Oct. 17 in Washington.",
    "He spoke on 17 October in Washington.",
    "Call 555-0100 for details.",
    "Under Section 230 platforms are shielded.",
    "He lives at No. 10 Downing Street.",
    "It marks the 3rd anniversary of the deal.",
    "403 Sorry!! Error! We're sorry.",
    "Version 1.2.3 was released.",
    "The score was 3-1 after extra time.",
    "They met on 10/17 last year.",
    "Flight 370 vanished over the ocean.",
    "An A320 landed safely.",
    "Room 101 was empty.",
    "Ukraine's 47th brigade advanced.",
    "He said 37 Tomahawks would not be sent.",
    "Resolution 2231 was cited.",
];

#[test]
fn negatives() {
    for s in NEGATIVES {
        let claims = extract(s);
        assert!(claims.is_empty(), "{s:?} gave {claims:?}");
    }
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
        let Value::Figure(v) = &got.value;
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
