//! Table tests for the number layer: (text, expected numbers as (span text, value)).

use super::*;

const CASES: &[(&str, &[(&str, f64)])] = &[
    (
        "Officials said 68,000 soldiers died.",
        &[("68,000", 68000.0)],
    ),
    ("sixty-eight thousand", &[("sixty-eight thousand", 68000.0)]),
    ("one hundred and six", &[("one hundred and six", 106.0)]),
    (
        "two hundred and two thousand",
        &[("two hundred and two thousand", 202000.0)],
    ),
    ("fifty   two", &[("fifty   two", 52.0)]),
    (
        "a dozen eggs and 3 dozens",
        &[("a dozen", 12.0), ("3 dozens", 36.0)],
    ),
    ("half a million people", &[("half a million", 5e5)]),
    ("quarter million", &[("quarter million", 2.5e5)]),
    ("a third of them", &[("a third", 1.0 / 3.0)]),
    ("two-thirds of voters", &[("two-thirds", 2.0 / 3.0)]),
    ("three-quarters", &[("three-quarters", 0.75)]),
    ("one and a half", &[("one and a half", 1.5)]),
    ("five and a quarter", &[("five and a quarter", 5.25)]),
    ("3 million and a half", &[("3 million and a half", 3.5e6)]),
    (
        "two million and one half",
        &[("two million and one half", 2.5e6)],
    ),
    (
        "one billion and three quarters million",
        &[("one billion and three quarters million", 1.00075e9)],
    ),
    (
        "one hundred and three and two thirds",
        &[("one hundred and three and two thirds", 103.0 + 2.0 / 3.0)],
    ),
    ("a twenty-first", &[("a twenty-first", 1.0 / 21.0)]),
    ("one over 3", &[("one over 3", 1.0 / 3.0)]),
    (
        "I want to earn $2000 over 3 years",
        &[("2000", 2000.0), ("3", 3.0)],
    ),
    ("minus five point five", &[("minus five point five", -5.5)]),
    (" -9.2321312", &[("-9.2321312", -9.2321312)]),
    ("- 1 4/5", &[("- 1 4/5", -1.8)]),
    (
        "ninety - five hundred-fifths",
        &[("ninety - five hundred-fifths", 1900.0)],
    ),
    (
        "4 thousand 3 hundred and 0 are two",
        &[("4 thousand 3 hundred", 4300.0), ("0", 0.0), ("two", 2.0)],
    ),
    (
        "4000 3 hundred and 21",
        &[("4000", 4000.0), ("3 hundred and 21", 321.0)],
    ),
    ("three lakh crore", &[("three lakh crore", 3e12)]),
    ("I can give you 10M.", &[("10M", 1e7)]),
    // A scale only after a currency or before a plural noun: the callers decide.
    ("1m isn't a number.", &[("1m", 1e6)]),
    ("the 180.25ml liquid", &[]),
    (
        "192.168.1.2",
        &[("192", 192.0), ("168", 168.0), ("1", 1.0), ("2", 2.0)],
    ),
    ("The one you mentioned is invalid", &[]),
    ("Book a first class seat", &[]),
    ("a", &[]),
    ("F-16 jets and the A320", &[]),
    ("COVID-19", &[]),
    ("tens of thousands of people", &[("tens of thousands", 2e4)]),
    ("hundreds of soldiers", &[("hundreds", 200.0)]),
    ("someone had a half-hour", &[("a half", 0.5)]),
    ("The 20-30 range", &[("20", 20.0), ("30", 30.0)]),
    ("US$ 1MM", &[("1MM", 1e6)]),
    ("USD115.5 and 115USD", &[("115.5", 115.5), ("115", 115.0)]),
];

#[test]
fn numbers_table() {
    for (input, want) in CASES {
        let got: Vec<(&str, f64)> = scan(input)
            .iter()
            .map(|n| (&input[n.span.clone()], n.value))
            .collect();
        assert_eq!(got.len(), want.len(), "{input:?}: got {got:?}");
        for ((gt, gv), (wt, wv)) in got.iter().zip(want.iter()) {
            assert_eq!(gt, wt, "{input:?}: got {got:?}");
            assert!(
                (gv - wv).abs() <= 1e-9 * wv.abs().max(1.0),
                "{input:?}: {gv} vs {wv}"
            );
        }
    }
}

#[test]
fn vague_plurals_are_intervals() {
    let n = &scan("tens of thousands of people")[0];
    assert_eq!(n.vague, Some((2e4, 1e5)));
    let n = &scan("hundreds of thousands fled")[0];
    assert_eq!(n.vague, Some((2e5, 1e6)));
    let n = &scan("dozens of drones")[0];
    assert_eq!(n.vague, Some((24.0, 100.0)));
}

#[test]
fn word_numbers_imply_rounding() {
    assert_eq!(scan("sixty-eight thousand")[0].rounding, 500.0);
    assert_eq!(scan("1.2 million")[0].rounding, 50_000.0);
    assert_eq!(scan("eight")[0].rounding, 0.0);
}
