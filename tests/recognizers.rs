//! Scores the number layer on the development half of the Recognizers-Text
//! English specifications (MIT, © Microsoft; `tests/data/recognizers/LICENSE`).
//!
//! Matching: a prediction and an expected result match when their spans
//! overlap (offsets in the specs are characters, converted to bytes). F1
//! counts matched pairs; value accuracy is the share of matched pairs whose
//! value is right: the number; the percentage; both range bounds; the amount
//! and, where the spec names one, the ISO currency (cents and pence are
//! compared in their main unit). Cases marked `NotSupported: dotnet` are
//! skipped, as the specs' own runner does.
//!
//! `cargo test --test recognizers -- --nocapture` prints the table.

use common::byte_at;
use crosscheck::extract::recognize::{self, Recognized};
use serde_json::Value;

mod common;

struct Score {
    cases: usize,
    expected: usize,
    predicted: usize,
    matched: usize,
    values_right: usize,
    misses: Vec<String>,
}

impl Score {
    fn precision(&self) -> f64 {
        self.matched as f64 / self.predicted.max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.matched as f64 / self.expected.max(1) as f64
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn value(&self) -> f64 {
        self.values_right as f64 / self.matched.max(1) as f64
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-12)
}

fn parse_f64(v: &Value) -> Option<f64> {
    v.as_str()?.trim_end_matches('%').parse().ok()
}

/// `(20,35]` → (Some(20), Some(35)).
fn range_bounds(v: &str) -> (Option<f64>, Option<f64>) {
    let inner = v.trim_matches(|c| matches!(c, '(' | ')' | '[' | ']'));
    let (lo, hi) = inner.split_once(',').unwrap_or((inner, inner));
    (lo.trim().parse().ok(), hi.trim().parse().ok())
}

fn value_right(model: &str, expected: &Value, got: &Recognized) -> bool {
    let res = &expected["Resolution"];
    match model {
        "range" => {
            let (lo, hi) = range_bounds(res["value"].as_str().unwrap_or(""));
            let same = |a: Option<f64>, b: Option<f64>| match (a, b) {
                (Some(a), Some(b)) => close(a, b),
                (None, None) => true,
                _ => false,
            };
            same(lo, got.low) && same(hi, got.high)
        }
        "currency" => {
            let mut want = parse_f64(&res["value"]);
            let unit = res["unit"].as_str().unwrap_or("");
            if matches!(unit, "Cent" | "Pence") {
                want = want.map(|w| w / 100.0);
            }
            let amount = match (want, got.value) {
                (Some(w), Some(g)) => close(w, g),
                (None, None) => true,
                _ => false,
            };
            let iso = res["isoCurrency"]
                .as_str()
                .is_none_or(|iso| got.currency == Some(iso));
            amount && iso
        }
        _ => match (parse_f64(&res["value"]), got.value) {
            (Some(w), Some(g)) => close(w, g),
            (None, None) => true,
            _ => false,
        },
    }
}

fn score(file: &str, model: &str, recognize: fn(&str) -> Vec<Recognized>) -> Score {
    let cases = common::recognizers_cases(file);
    let mut s = Score {
        cases: 0,
        expected: 0,
        predicted: 0,
        matched: 0,
        values_right: 0,
        misses: Vec::new(),
    };
    for case in &cases {
        let input = case["Input"].as_str().unwrap();
        let expected = case["Results"].as_array().cloned().unwrap_or_default();
        let got = recognize(input);
        s.cases += 1;
        s.expected += expected.len();
        s.predicted += got.len();
        let mut used = vec![false; got.len()];
        for e in &expected {
            let start = e["Start"].as_u64().unwrap() as usize;
            let end = e["End"].as_u64().unwrap() as usize + 1;
            let span = byte_at(input, start)..byte_at(input, end);
            let found = got
                .iter()
                .enumerate()
                .find(|(k, g)| !used[*k] && g.span.start < span.end && span.start < g.span.end);
            match found {
                Some((k, g)) => {
                    used[k] = true;
                    s.matched += 1;
                    if value_right(model, e, g) {
                        s.values_right += 1;
                    } else {
                        s.misses.push(format!(
                            "value {input:?}: want {} got {g:?}",
                            e["Resolution"]
                        ));
                    }
                }
                None => s.misses.push(format!("missed {input:?}: {}", e["Text"])),
            }
        }
        for (k, g) in got.iter().enumerate() {
            if !used[k] {
                s.misses
                    .push(format!("extra {input:?}: {:?}", &input[g.span.clone()]));
            }
        }
    }
    s
}

/// Spec file, model name, recognizer, minimum F1, minimum value accuracy.
type Model = (
    &'static str,
    &'static str,
    fn(&str) -> Vec<Recognized>,
    f64,
    f64,
);

#[test]
fn recognizers_text_development_half() {
    let models: [Model; 4] = [
        (
            "Number/English/NumberModel.json",
            "number",
            recognize::numbers,
            0.92,
            0.88,
        ),
        (
            "Number/English/NumberRangeModel.json",
            "range",
            recognize::ranges,
            0.88,
            0.80,
        ),
        (
            "Number/English/PercentModel.json",
            "percent",
            recognize::percents,
            0.97,
            0.97,
        ),
        (
            "NumberWithUnit/English/CurrencyModel.json",
            "currency",
            recognize::currencies,
            0.96,
            0.93,
        ),
    ];
    let mut failed = Vec::new();
    println!("model     cases  expected  predicted     P      R     F1  value");
    for (file, model, f, min_f1, min_value) in models {
        let s = score(file, model, f);
        println!(
            "{model:<9} {:>5} {:>9} {:>10}  {:.3}  {:.3}  {:.3}  {:.3}",
            s.cases,
            s.expected,
            s.predicted,
            s.precision(),
            s.recall(),
            s.f1(),
            s.value()
        );
        for m in &s.misses {
            println!("    {m}");
        }
        if s.f1() < min_f1 || s.value() < min_value {
            failed.push(format!(
                "{model}: F1 {:.3} (min {min_f1}), value {:.3} (min {min_value})",
                s.f1(),
                s.value()
            ));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}
