//! Rough throughput check on news-like text. Run in release:
//! `cargo test --release --test throughput -- --ignored --nocapture`

use chrono::NaiveDate;
use crosscheck::extract::date::{DatePrefs, find_dates};
use std::time::Instant;

/// News-like sentences: most without dates, some with numbers, some with dates.
const SENTENCES: &[&str] = &[
    "The minister said on Thursday that talks would resume next week in Geneva.",
    "Officials did not respond to requests for comment.",
    "The company reported revenue of $4.2 billion, up 12% from a year earlier.",
    "Protesters gathered outside parliament, chanting slogans against the government.",
    "At least 2,000 people have fled the region since the fighting began.",
    "The central bank raised its key rate by 25 basis points to 4.5%.",
    "The agreement, signed on Feb. 18, 2025, runs until the end of 2027.",
    "Analysts expect the economy to grow by 1.8% in the third quarter.",
    "He told reporters the plan was \"not acceptable\" and vowed to fight it.",
    "The storm is expected to make landfall late Tuesday or early Wednesday.",
    "Shares of the carmaker fell 3.1% in early trading on the news.",
    "The UN Security Council will meet to discuss the crisis.",
    "In 2019, the country held its first free elections in decades.",
    "The museum, which reopened in September 2023, drew record crowds.",
    "Rescue teams worked through the night to reach survivors.",
    "The F-16 jets were delivered to the air force last month.",
];

#[test]
#[ignore]
fn throughput() {
    let mut sentences = Vec::new();
    let mut bytes = 0;
    let mut k = 0usize;
    while bytes < 4_000_000 {
        let s = SENTENCES[k % SENTENCES.len()].replace("2,000", &format!("{},000", k % 97 + 1));
        bytes += s.len();
        sentences.push(s);
        k += 1;
    }
    let published = NaiveDate::from_ymd_opt(2025, 10, 17);
    let prefs = DatePrefs::default();
    let start = Instant::now();
    let mut mentions = 0;
    for _ in 0..3 {
        for s in &sentences {
            mentions += find_dates(s, published, &prefs).len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = 3.0 * bytes as f64 / 1e6;
    println!(
        "{mb:.1} MB in {secs:.3}s = {:.1} MB/s, {mentions} mentions",
        mb / secs
    );
}
