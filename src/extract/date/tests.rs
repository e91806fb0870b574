//! Table tests: news phrases with a publication date and the expected mention.
//! Dates: 2025-10-17 is a Friday, 2025-01-02 a Thursday, 2024-02-29 a Thursday.

use super::Grain::{self, *};
use super::{DatePrefs, NumericOrder, find_dates};
use chrono::NaiveDate;

/// (published or "-", sentence, expected span text, start or "-", end or "-", grain)
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Grain,
);

#[rustfmt::skip]
const POSITIVES: &[Row] = &[
    ("2025-10-17", "The minister resigned on Thursday.", "Thursday", "2025-10-16", "2025-10-16", Day),
    ("2025-10-16", "The minister resigned on Thursday.", "Thursday", "2025-10-16", "2025-10-16", Day),
    ("2025-10-17", "Talks collapsed on Friday.", "Friday", "2025-10-17", "2025-10-17", Day),
    ("2025-10-17", "Protesters gathered on Sunday.", "Sunday", "2025-10-12", "2025-10-12", Day),
    ("2025-10-13", "The vote took place on Sunday.", "Sunday", "2025-10-12", "2025-10-12", Day),
    ("2025-10-12", "Markets fell on Monday.", "Monday", "2025-10-06", "2025-10-06", Day),
    ("2025-01-02", "The ceasefire began on Monday.", "Monday", "2024-12-30", "2024-12-30", Day),
    ("2025-01-02", "The deal was signed on December 30.", "December 30", "2024-12-30", "2024-12-30", Day),
    ("2025-01-02", "Officials will meet on Tuesday.", "Tuesday", "2025-01-07", "2025-01-07", Day),
    ("2025-10-17", "The leaders will meet on Tuesday.", "Tuesday", "2025-10-21", "2025-10-21", Day),
    ("2025-10-17", "He is due to travel on Friday.", "Friday", "2025-10-17", "2025-10-17", Day),
    ("2025-10-17", "She is expected to testify on Monday.", "Monday", "2025-10-20", "2025-10-20", Day),
    ("2025-10-17", "The summit is scheduled for Wednesday.", "Wednesday", "2025-10-22", "2025-10-22", Day),
    ("2025-10-17", "The vote is due on Friday.", "Friday", "2025-10-17", "2025-10-17", Day),
    ("2025-10-17", "Officials are going to meet on Monday.", "Monday", "2025-10-20", "2025-10-20", Day),
    ("2025-10-17", "They'll meet on Monday.", "Monday", "2025-10-20", "2025-10-20", Day),
    ("2025-10-17", "The strike ended yesterday.", "yesterday", "2025-10-16", "2025-10-16", Day),
    ("2025-10-17", "Parliament votes today.", "today", "2025-10-17", "2025-10-17", Day),
    ("2025-10-17", "The president speaks tonight.", "tonight", "2025-10-17", "2025-10-17", Day),
    ("2025-10-17", "The results will be published tomorrow.", "tomorrow", "2025-10-18", "2025-10-18", Day),
    ("2024-03-01", "Shares fell yesterday.", "yesterday", "2024-02-29", "2024-02-29", Day),
    ("2025-10-17", "Fighting intensified last week.", "last week", "2025-10-06", "2025-10-12", Week),
    ("2025-10-17", "Inflation rose this week.", "this week", "2025-10-13", "2025-10-19", Week),
    ("2025-10-17", "Negotiators will return next week.", "next week", "2025-10-20", "2025-10-26", Week),
    ("2025-01-02", "The deal was signed last week.", "last week", "2024-12-23", "2024-12-29", Week),
    ("2025-10-17", "Prices rose this month.", "this month", "2025-10-01", "2025-10-31", Month),
    ("2025-10-17", "Exports slumped last month.", "last month", "2025-09-01", "2025-09-30", Month),
    ("2025-10-17", "The tariffs take effect next month.", "next month", "2025-11-01", "2025-11-30", Month),
    ("2025-10-17", "Growth slowed last year.", "last year", "2024-01-01", "2024-12-31", Year),
    ("2025-01-02", "Prices rose last year.", "last year", "2024-01-01", "2024-12-31", Year),
    ("2025-10-17", "The law passed earlier this year.", "earlier this year", "2025-01-01", "2025-10-16", Year),
    ("2025-10-17", "The rebels seized the town two days ago.", "two days ago", "2025-10-15", "2025-10-15", Day),
    ("2025-10-17", "He was arrested three weeks ago.", "three weeks ago", "2025-09-26", "2025-09-26", Day),
    ("2025-10-17", "The aid arrived four days ago.", "four days ago", "2025-10-13", "2025-10-13", Day),
    ("2025-10-17", "They met last Monday.", "last Monday", "2025-10-13", "2025-10-13", Day),
    ("2025-10-17", "Stocks rallied last Friday.", "last Friday", "2025-10-10", "2025-10-10", Day),
    ("2025-10-17", "The talks resume next Tuesday.", "next Tuesday", "2025-10-21", "2025-10-21", Day),
    ("2025-10-17", "The envoy will arrive in two weeks' time.", "two weeks' time", "2025-10-31", "2025-10-31", Day),
    ("2025-10-17", "The company will list its shares in two months.", "two months", "2025-12-17", "2025-12-17", Day),
    ("2025-10-17", "Fighting has continued over the past three weeks.", "the past three weeks", "2025-09-26", "2025-10-16", Week),
    ("2025-10-17", "The strike ended at the weekend.", "the weekend", "2025-10-11", "2025-10-12", Day),
    ("2025-10-20", "Rallies were held over the weekend.", "the weekend", "2025-10-18", "2025-10-19", Day),
    ("2025-10-17", "The shipment arrived on the 18th.", "the 18th", "2025-09-18", "2025-09-18", Day),
    ("2025-10-17", "The plant opened on February 18.", "February 18", "2025-02-18", "2025-02-18", Day),
    ("2025-10-17", "The plant opened on Feb. 18.", "Feb. 18", "2025-02-18", "2025-02-18", Day),
    ("2025-10-17", "Schools reopened Sept. 3.", "Sept. 3", "2025-09-03", "2025-09-03", Day),
    ("2025-10-17", "Four people died on Oct. 5.", "Oct. 5", "2025-10-05", "2025-10-05", Day),
    ("2025-10-17", "The ceasefire will take effect on Jan. 1.", "Jan. 1", "2026-01-01", "2026-01-01", Day),
    ("2025-10-17", "Negotiations will continue until Oct. 31.", "Oct. 31", "2025-10-31", "2025-10-31", Day),
    ("2025-10-17", "The visit is planned for Oct. 20.", "Oct. 20", "2025-10-20", "2025-10-20", Day),
    ("2025-01-02", "The storm hit on December 31.", "December 31", "2024-12-31", "2024-12-31", Day),
    ("2024-03-01", "The record was set on Feb. 29.", "Feb. 29", "2024-02-29", "2024-02-29", Day),
    ("2025-03-01", "The record was set on Feb. 29.", "Feb. 29", "2024-02-29", "2024-02-29", Day),
    ("2024-02-29", "The vote happened on Thursday.", "Thursday", "2024-02-29", "2024-02-29", Day),
    ("2025-10-17", "The treaty was signed on 18 February 2025.", "18 February 2025", "2025-02-18", "2025-02-18", Day),
    ("2025-10-17", "The treaty was signed on February 18, 2025, in Geneva.", "February 18, 2025", "2025-02-18", "2025-02-18", Day),
    ("2025-10-17", "The group was founded on Jan. 6, 1994.", "Jan. 6, 1994", "1994-01-06", "1994-01-06", Day),
    ("-", "The filing is dated 2025-02-18.", "2025-02-18", "2025-02-18", "2025-02-18", Day),
    ("-", "The form was stamped 02/18/2025 by the clerk.", "02/18/2025", "2025-02-18", "2025-02-18", Day),
    ("-", "It was stamped 18/02/2025.", "18/02/2025", "2025-02-18", "2025-02-18", Day),
    ("-", "The order is dated 02/03/2025.", "02/03/2025", "2025-02-03", "2025-02-03", Day),
    ("2025-10-17", "The company reported results on 2025-10-15.", "2025-10-15", "2025-10-15", "2025-10-15", Day),
    ("2025-10-17", "The index fell on Tuesday, Oct. 14.", "Tuesday, Oct. 14", "2025-10-14", "2025-10-14", Day),
    ("2025-10-17", "The rally took place on Sat., Oct. 11.", "Sat., Oct. 11", "2025-10-11", "2025-10-11", Day),
    ("2025-10-17", "Friday the 10th was chaotic.", "Friday the 10th", "2025-10-10", "2025-10-10", Day),
    ("2025-10-17", "Sales peaked in August 2024.", "August 2024", "2024-08-01", "2024-08-31", Month),
    ("2025-10-17", "The museum reopened in September 2023.", "September 2023", "2023-09-01", "2023-09-30", Month),
    ("2025-10-17", "The drought began in August.", "August", "2025-08-01", "2025-08-31", Month),
    ("2025-03-10", "The drought began in August.", "August", "2024-08-01", "2024-08-31", Month),
    ("2025-03-10", "The election will be held in August.", "August", "2025-08-01", "2025-08-31", Month),
    ("2025-10-17", "The 2025 budget was approved in March.", "March", "2025-03-01", "2025-03-31", Month),
    ("2025-10-17", "The bill stalled in mid-March.", "mid-March", "2025-03-10", "2025-03-20", Month),
    ("2025-10-17", "Elections are expected in mid-March.", "mid-March", "2026-03-10", "2026-03-20", Month),
    ("2025-10-17", "The talks began in early October.", "early October", "2025-10-01", "2025-10-15", Month),
    ("2025-10-17", "Rates were cut in late September.", "late September", "2025-09-16", "2025-09-30", Month),
    ("2025-10-17", "The report came out at the end of September.", "the end of September", "2025-09-16", "2025-09-30", Month),
    ("2024-11-01", "Production will resume in early 2025.", "early 2025", "2025-01-01", "2025-06-30", Year),
    ("2025-10-17", "The merger closed late last year.", "late last year", "2024-07-01", "2024-12-31", Year),
    ("2025-10-17", "The bank will decide by the end of the year.", "the end of the year", "2025-07-01", "2025-12-31", Year),
    ("2025-10-17", "Troops withdrew in the first week of March.", "the first week of March", "2025-03-03", "2025-03-09", Week),
    ("2025-10-17", "Inflation eased in the last week of September.", "the last week of September", "2025-09-22", "2025-09-28", Week),
    ("2025-10-17", "The vote will be held in the second week of November.", "the second week of November", "2025-11-10", "2025-11-16", Week),
    ("2025-10-17", "Prices rose in the week of Sept. 8.", "the week of Sept. 8", "2025-09-08", "2025-09-14", Week),
    ("2025-10-17", "Profits rose in the third quarter.", "the third quarter", "2025-07-01", "2025-09-30", Quarter),
    ("2025-10-17", "Revenue fell in Q3 2025.", "Q3 2025", "2025-07-01", "2025-09-30", Quarter),
    ("2025-10-17", "The company expects growth in Q1 2026.", "Q1 2026", "2026-01-01", "2026-03-31", Quarter),
    ("2025-10-17", "Unemployment hit a record in the fourth quarter of 2024.", "the fourth quarter of 2024", "2024-10-01", "2024-12-31", Quarter),
    ("2025-10-17", "The economy shrank in the third quarter of last year.", "the third quarter of last year", "2024-07-01", "2024-09-30", Quarter),
    ("2025-10-17", "Output grew in the first half of 2025.", "the first half of 2025", "2025-01-01", "2025-06-30", Quarter),
    ("2025-10-17", "Crime has fallen since 2014.", "2014", "2014-01-01", "2014-12-31", Year),
    ("2025-10-17", "The plan aims for net zero by 2030.", "2030", "2030-01-01", "2030-12-31", Year),
    ("2025-10-17", "The factory opened in 2025.", "2025", "2025-01-01", "2025-12-31", Year),
    ("2025-10-17", "The decree was issued in 1998.", "1998", "1998-01-01", "1998-12-31", Year),
    ("2025-10-17", "Since 2022, the army has recruited 2025 soldiers.", "2022", "2022-01-01", "2022-12-31", Year),
    ("2025-10-17", "The war lasted from 1914 to 1918.", "1914 to 1918", "1914-01-01", "1918-12-31", Year),
    ("2025-10-17", "Prices doubled between 2019 and 2022.", "2019 and 2022", "2019-01-01", "2022-12-31", Year),
    ("2025-10-17", "He served from 2001 to 2009.", "2001 to 2009", "2001-01-01", "2009-12-31", Year),
    ("2025-10-17", "The budget covers 2024-2025.", "2024-2025", "2024-01-01", "2025-12-31", Year),
    ("2025-10-17", "The band was popular in the 1990s.", "the 1990s", "1990-01-01", "1999-12-31", Decade),
    ("2025-10-17", "The show was a hit in the '90s.", "the '90s", "1990-01-01", "1999-12-31", Decade),
    ("2025-10-17", "The law was passed in the 1960s.", "the 1960s", "1960-01-01", "1969-12-31", Decade),
    ("2025-10-17", "The bridge was built in the 19th century.", "the 19th century", "1800-01-01", "1899-12-31", Decade),
    ("2025-10-17", "Temperatures rose from 4 to 22 March.", "4 to 22 March", "2025-03-04", "2025-03-22", Day),
    ("2025-10-17", "Voting ran between Feb. 3 and 5.", "Feb. 3 and 5", "2025-02-03", "2025-02-05", Day),
    ("2025-10-17", "The festival ran March 4-22.", "March 4-22", "2025-03-04", "2025-03-22", Day),
    ("2025-10-17", "The exhibition ran from March 4 to April 2.", "March 4 to April 2", "2025-03-04", "2025-04-02", Day),
    ("2025-10-17", "Flights were suspended from Nov. 18 to Dec. 19, 2015.", "Nov. 18 to Dec. 19, 2015", "2015-11-18", "2015-12-19", Day),
    ("2025-01-10", "Talks ran from Dec. 28 to Jan. 3.", "Dec. 28 to Jan. 3", "2024-12-28", "2025-01-03", Day),
    ("2025-10-17", "The attack happened on Christmas Day.", "Christmas Day", "2024-12-25", "2024-12-25", Day),
    ("2025-10-17", "Sales surged on Black Friday 2024.", "Black Friday 2024", "2024-11-29", "2024-11-29", Day),
    ("2025-10-17", "The church was packed at Easter.", "Easter", "2025-04-20", "2025-04-20", Day),
    ("2025-10-17", "Oil prices fell 3% on Wednesday.", "Wednesday", "2025-10-15", "2025-10-15", Day),
    ("2025-10-17", "At 3 p.m. on Tuesday, the siren sounded.", "Tuesday", "2025-10-14", "2025-10-14", Day),
    ("2025-10-17", "The 1,000-day mark passed on Sunday.", "Sunday", "2025-10-12", "2025-10-12", Day),
    ("2025-10-17", "Rebels fired drones at 1300 GMT on Oct. 12.", "Oct. 12", "2025-10-12", "2025-10-12", Day),
    ("2025-10-17", "A 30-day ceasefire started on Sept. 30.", "Sept. 30", "2025-09-30", "2025-09-30", Day),
    ("2025-10-17", "The talks were held in Doha this month.", "this month", "2025-10-01", "2025-10-31", Month),
    ("2025-10-17", "The trial will start next month.", "next month", "2025-11-01", "2025-11-30", Month),
    ("2025-10-17", "The index closed higher on Monday, Oct. 13, 2025.", "Monday, Oct. 13, 2025", "2025-10-13", "2025-10-13", Day),
    ("2025-10-17", "Protests have spread since Sept. 28.", "Sept. 28", "2025-09-28", "2025-09-28", Day),
    ("2025-10-17", "The agency was created in June 1946.", "June 1946", "1946-06-01", "1946-06-30", Month),
    ("2025-10-17", "The drill was held on 5 May.", "5 May", "2025-05-05", "2025-05-05", Day),
    ("-", "The strike ended on Thursday.", "Thursday", "-", "-", Day),
    ("-", "Exports slumped last month.", "last month", "-", "-", Month),
    ("-", "Last week's talks failed.", "Last week", "-", "-", Week),
    ("-", "The drought began in August.", "August", "-", "-", Month),
    ("2025-10-17", "The band formed in nineteen ninety six.", "nineteen ninety six", "1996-01-01", "1996-12-31", Year),
    ("2025-10-17", "The conference was held in October two thousand and five.", "October two thousand and five", "2005-10-01", "2005-10-31", Month),
    ("-", "Shares fell yesterday.", "yesterday", "-", "-", Day),
    ("-", "The treaty was signed on 18 February 2025.", "18 February 2025", "2025-02-18", "2025-02-18", Day),
];

/// Sentences that contain no date (published 2025-10-17).
#[rustfmt::skip]
const NEGATIVES: &[&str] = &[
    "The talks lasted two hours and ended at 1300 GMT.",
    "The meeting starts at 3 p.m. sharp.",
    "They spoke at 10:30 in the morning.",
    "It was a two-hour call.",
    "They agreed a 30-day ceasefire.",
    "After two months of talks, no deal emerged.",
    "The hostages were held for three weeks.",
    "The war passed the 1,000-day mark.",
    "The army deployed 2025 soldiers to the border.",
    "Ukraine shot down 1,990 drones.",
    "It marks the third anniversary of the invasion.",
    "Officials may meet soon.",
    "Thousands joined a march on the capital.",
    "He fought in the Second World War.",
    "The air force ordered more F-16 jets.",
    "The PAC-3 interceptor was deployed.",
    "The bill passed 403 to 12.",
    "Call +1 202-555-0173 for details.",
    "The team won 3-1 at home.",
    "Support rose to 45% from 38%.",
    "The index rose 2.5 points.",
    "The final score was 24-17.",
    "March Madness starts soon.",
    "May I ask a question?",
    "She will march to the square.",
    "Temperatures hit 30 degrees.",
    "Version 2.3.1 was released.",
    "The flight departs at 0730.",
    "He scored 21 points in 2 games.",
    "The rate stands at 4.25%.",
    "Room 1208 was searched.",
    "The Sun rose over the hills.",
    "Jan Kowalski was elected.",
    "In a 2019 interview, he spoke freely.",
    "He was sentenced to 2025 days in prison.",
    "The 24/7 hotline is busy.",
    "At least 2,000 people fled.",
    "The first time in two years, the pair met.",
    "He won 6-4, 6-3 in the final.",
    "The plane was a Boeing 737-800.",
    "Sixty five people were rescued in twenty minutes.",
    "The company cut 1,200 jobs in 2 weeks of restructuring.",
];

fn day(s: &str) -> Option<NaiveDate> {
    (s != "-").then(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("valid test date"))
}

#[test]
fn table_positives() {
    let mut failures = Vec::new();
    for &(published, sentence, span, start, end, grain) in POSITIVES {
        let published = day(published);
        let found = find_dates(sentence, published, &DatePrefs::default());
        let got: Vec<_> = found
            .iter()
            .map(|m| (&sentence[m.span.clone()], m.start, m.end, m.grain))
            .collect();
        let want = (span, day(start), day(end), grain);
        let relative_ok = found.len() != 1
            || published.is_some()
            || found[0].start.is_none() == found[0].relative;
        if got != [want] || !relative_ok {
            failures.push(format!(
                "{sentence:?} ({published:?}): got {got:?}, want {want:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        POSITIVES.len(),
        failures.join("\n")
    );
}

#[test]
fn table_negatives() {
    let published = day("2025-10-17");
    let failures: Vec<String> = NEGATIVES
        .iter()
        .filter_map(|sentence| {
            let found = find_dates(sentence, published, &DatePrefs::default());
            (!found.is_empty()).then(|| {
                let spans: Vec<&str> = found.iter().map(|m| &sentence[m.span.clone()]).collect();
                format!("{sentence:?}: {spans:?}")
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} found dates:\n{}",
        failures.len(),
        NEGATIVES.len(),
        failures.join("\n")
    );
}

#[test]
fn day_month_preference() {
    let prefs = DatePrefs {
        numeric_order: NumericOrder::DayMonth,
    };
    let found = find_dates("The order is dated 02/03/2025.", None, &prefs);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].start, day("2025-03-02"));
    // A first number above 12 is always the day.
    let found = find_dates("It was stamped 18/02/2025.", None, &DatePrefs::default());
    assert_eq!(found[0].start, day("2025-02-18"));
}

#[test]
fn several_mentions_keep_text_order_and_own_tense() {
    let sentence = "The minister said on Thursday that talks will resume next week.";
    let found = find_dates(sentence, day("2025-10-17"), &DatePrefs::default());
    let got: Vec<_> = found
        .iter()
        .map(|m| (&sentence[m.span.clone()], m.start))
        .collect();
    assert_eq!(
        got,
        [
            ("Thursday", day("2025-10-16")),
            ("next week", day("2025-10-20"))
        ]
    );
}

#[test]
fn absolute_dates_are_not_relative() {
    let found = find_dates(
        "It opened on 18 February 2025 and closed on Friday.",
        None,
        &DatePrefs::default(),
    );
    assert_eq!(found.len(), 2);
    assert!(!found[0].relative && found[0].start.is_some());
    assert!(found[1].relative && found[1].start.is_none());
}

/// Issue 4 asks for at least 120 news phrases and 25 negatives.
#[test]
fn table_sizes() {
    assert!(POSITIVES.len() >= 120, "{} positives", POSITIVES.len());
    assert!(NEGATIVES.len() >= 25, "{} negatives", NEGATIVES.len());
}
