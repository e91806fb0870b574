//! Scores `find_dates` on the English date specs of Microsoft Recognizers-Text
//! (MIT licence, see `tests/data/recognizers/LICENSE`).
//!
//! Run with `cargo test --test recognizers_dates -- --nocapture` to see the table.
//!
//! Conventions of the spec that our API does not share, and how they are bridged:
//! - offsets are in characters (converted to bytes here);
//! - a range's `end` is exclusive, so our inclusive end + 1 day is compared; an
//!   explicit "X to Y" range in the spec ends at the *start* of Y ("from 4 to 22"
//!   → end 22, "May to September" → end September 1), so for multi-day mentions
//!   the start of our last day/month/year is accepted as well;
//! - values the spec leaves unresolved ("winter", "feb 30") match an unresolved mention.

use chrono::{Datelike, Days, NaiveDate};
use common::byte_at;
use crosscheck::extract::date::{DateMention, DatePrefs, Grain, find_dates};
use serde_json::Value;

mod common;

/// The library's default reference date, used by cases without a context.
fn default_reference() -> NaiveDate {
    NaiveDate::from_ymd_opt(2016, 11, 7).unwrap()
}

fn load(name: &str) -> Vec<Value> {
    common::recognizers_cases(&format!("DateTime/English/{name}"))
}

fn reference(case: &Value) -> NaiveDate {
    case["Context"]["ReferenceDateTime"]
        .as_str()
        .and_then(|s| NaiveDate::parse_from_str(&s[..10], "%Y-%m-%d").ok())
        .unwrap_or_else(default_reference)
}

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

/// An expected resolution: `None` fields are open or unresolved.
#[derive(Debug, Clone, Copy)]
struct Want {
    start: Option<NaiveDate>,
    /// Exclusive end (ranges) or the day itself (dates).
    end: Option<NaiveDate>,
    range: bool,
}

impl Want {
    fn day(d: Option<NaiveDate>) -> Want {
        Want {
            start: d,
            end: d,
            range: false,
        }
    }

    fn range(start: Option<NaiveDate>, end: Option<NaiveDate>) -> Want {
        Want {
            start,
            end,
            range: true,
        }
    }
}

/// Whether our mention equals an expected value under the conventions above.
fn value_matches(m: &DateMention, w: &Want) -> bool {
    if w.start.is_none() && w.end.is_none() {
        return m.start.is_none();
    }
    let (Some(s), Some(e)) = (m.start, m.end) else {
        return false;
    };
    if !w.range {
        return w.start == Some(s);
    }
    if w.start.is_some() && w.start != Some(s) {
        return false;
    }
    let Some(we) = w.end else { return true };
    let last_unit_start = match m.grain {
        Grain::Month => e.with_day(1),
        Grain::Year => e.with_day(1).and_then(|d| d.with_month(1)),
        Grain::Week => e.checked_sub_days(Days::new(6)),
        Grain::Quarter => e.with_day(1).and_then(|d| d.with_month(d.month() - 2)),
        _ => Some(e),
    };
    e.checked_add_days(Days::new(1)) == Some(we) || (s != e && last_unit_start == Some(we))
}

#[derive(Default)]
struct Score {
    cases: usize,
    expected: usize,
    predicted: usize,
    matched_pred: usize,
    matched_exp: usize,
    value_ok: usize,
}

impl Score {
    fn row(&self, name: &str) -> (f64, f64, f64, f64) {
        let p = self.matched_pred as f64 / self.predicted.max(1) as f64;
        let r = self.matched_exp as f64 / self.expected.max(1) as f64;
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        let v = self.value_ok as f64 / self.matched_exp.max(1) as f64;
        println!(
            "{name:<24} {:>5} {:>8} {:>9} {:>6.3} {:>6.3} {:>6.3} {:>9.3}",
            self.cases, self.expected, self.predicted, p, r, f1, v
        );
        (p, r, f1, v)
    }
}

fn header() {
    println!(
        "{:<24} {:>5} {:>8} {:>9} {:>6} {:>6} {:>6} {:>9}",
        "file", "cases", "expected", "predicted", "P", "R", "F1", "value acc"
    );
}

/// One expected result: byte span, whether it is a date type, and acceptable values.
struct Expected {
    span: std::ops::Range<usize>,
    is_date: bool,
    wants: Vec<Want>,
}

fn overlaps(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn score_cases(cases: Vec<(String, NaiveDate, Vec<Expected>)>, verbose: bool) -> Score {
    let mut score = Score::default();
    for (input, reference, expected) in cases {
        score.cases += 1;
        let found = find_dates(&input, Some(reference), &DatePrefs::default());
        let mut notes = Vec::new();
        for m in &found {
            let hits: Vec<&Expected> = expected
                .iter()
                .filter(|e| overlaps(&e.span, &m.span))
                .collect();
            if !hits.is_empty() && hits.iter().all(|e| !e.is_date) {
                continue; // overlaps only times/durations/sets: not judged
            }
            score.predicted += 1;
            if hits.iter().any(|e| e.is_date) {
                score.matched_pred += 1;
            } else {
                notes.push(format!(
                    "FP {:?} {:?}..{:?}",
                    &input[m.span.clone()],
                    m.start,
                    m.end
                ));
            }
        }
        for e in expected.iter().filter(|e| e.is_date) {
            score.expected += 1;
            let Some(m) = found.iter().find(|m| overlaps(&e.span, &m.span)) else {
                notes.push(format!("FN {:?}", &input[e.span.clone()]));
                continue;
            };
            score.matched_exp += 1;
            if e.wants.iter().any(|w| value_matches(m, w)) {
                score.value_ok += 1;
            } else {
                notes.push(format!(
                    "VAL {:?} got {:?}..{:?} want {:?}",
                    &input[m.span.clone()],
                    m.start,
                    m.end,
                    e.wants
                ));
            }
        }
        if verbose && !notes.is_empty() {
            println!("[{reference}] {input}\n    {}", notes.join("\n    "));
        }
    }
    score
}

fn model_cases() -> Vec<(String, NaiveDate, Vec<Expected>)> {
    load("DateTimeModel.json")
        .iter()
        .map(|case| {
            let input = case["Input"].as_str().unwrap().to_string();
            let expected = case["Results"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| {
                    let start = r["Start"].as_u64().unwrap() as usize;
                    let end = r["End"].as_u64().unwrap() as usize + 1;
                    let type_name = r["TypeName"].as_str().unwrap_or("");
                    let is_date = matches!(type_name, "datetimeV2.date" | "datetimeV2.daterange");
                    let values = r["Resolution"]["values"]
                        .as_array()
                        .cloned()
                        .unwrap_or_default();
                    let mut wants: Vec<Want> = values
                        .iter()
                        .filter(|v| matches!(v["type"].as_str(), Some("date" | "daterange")))
                        .map(|v| match v["type"].as_str() {
                            Some("date") => Want::day(v["value"].as_str().and_then(date)),
                            _ => Want::range(
                                v["start"].as_str().and_then(date),
                                v["end"].as_str().and_then(date),
                            ),
                        })
                        .collect();
                    if wants.is_empty() {
                        wants.push(Want::day(None));
                    }
                    Expected {
                        span: byte_at(&input, start)..byte_at(&input, end),
                        is_date,
                        wants,
                    }
                })
                .collect();
            let reference = reference(case);
            (input, reference, expected)
        })
        .collect()
}

fn parser_cases(name: &str) -> Vec<(String, NaiveDate, Vec<Expected>)> {
    load(name)
        .iter()
        .map(|case| {
            let input = case["Input"].as_str().unwrap().to_string();
            let expected = case["Results"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| {
                    let start = r["Start"].as_u64().unwrap() as usize;
                    let len = r["Length"].as_u64().unwrap() as usize;
                    let wants = ["PastResolution", "FutureResolution"]
                        .iter()
                        .map(|k| {
                            let v = &r["Value"][k];
                            match v["date"].as_str() {
                                Some(d) => Want::day(date(d).filter(|d| d.year() > 1)),
                                None => Want::range(
                                    v["startDate"].as_str().and_then(date),
                                    v["endDate"].as_str().and_then(date),
                                ),
                            }
                        })
                        .collect();
                    Expected {
                        span: byte_at(&input, start)..byte_at(&input, start + len),
                        is_date: true,
                        wants,
                    }
                })
                .collect();
            let reference = reference(case);
            (input, reference, expected)
        })
        .collect()
}

#[test]
fn recognizers_english_dates() {
    let verbose = std::env::var("SCORE_VERBOSE").is_ok();
    header();
    let (_, _, f1, value) = score_cases(model_cases(), verbose).row("DateTimeModel.json");
    let (_, _, _, date_value) =
        score_cases(parser_cases("DateParser.json"), verbose).row("DateParser.json");
    let (_, _, _, period_value) =
        score_cases(parser_cases("DatePeriodParser.json"), verbose).row("DatePeriodParser.json");
    assert!(f1 >= 0.90, "DateTimeModel F1 {f1:.3} < 0.90");
    assert!(
        value >= 0.85,
        "DateTimeModel value accuracy {value:.3} < 0.85"
    );
    assert!(
        date_value >= 0.0,
        "DateParser value accuracy {date_value:.3}"
    );
    assert!(
        period_value >= 0.0,
        "DatePeriodParser value accuracy {period_value:.3}"
    );
}
