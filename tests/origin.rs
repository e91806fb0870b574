//! Same-origin evaluation over the constructed pairs in `tests/data/origin`
//! and the wire-credit line tests. Run with `--nocapture` to see the table.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use crosscheck::origin::{
    Fingerprint, OriginParams, OriginReason, Wire, fingerprint, same_origin, text_similarity,
    topic_similarity, wire_credits,
};

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/origin")
}

struct Pair {
    id: String,
    expected: bool,
    category: String,
    note: String,
}

/// `labels.tsv`: pair id, yes/no, category, note; `#` starts a comment.
fn labels() -> Vec<Pair> {
    let path = data_dir().join("labels.tsv");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .enumerate()
        .map(|(n, l)| {
            let f: Vec<&str> = l.split('\t').collect();
            assert!(f.len() >= 3, "labels.tsv line {}: {l:?}", n + 2);
            let expected = match f[1] {
                "yes" => true,
                "no" => false,
                other => panic!("labels.tsv line {}: expected yes/no, got {other:?}", n + 2),
            };
            Pair {
                id: f[0].to_string(),
                expected,
                category: f[2].to_string(),
                note: f.get(3).unwrap_or(&"").to_string(),
            }
        })
        .collect()
}

fn load(id: &str, side: &str) -> String {
    let path = data_dir().join(format!("{id}-{side}.txt"));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    tn: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, expected: bool, got: bool) {
        match (expected, got) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (false, false) => self.tn += 1,
            (true, false) => self.fn_ += 1,
        }
    }
    fn precision(self) -> Option<f64> {
        let d = self.tp + self.fp;
        (d > 0).then(|| self.tp as f64 / d as f64)
    }
    fn recall(self) -> Option<f64> {
        let d = self.tp + self.fn_;
        (d > 0).then(|| self.tp as f64 / d as f64)
    }
}

fn fmt(x: Option<f64>) -> String {
    x.map_or_else(|| "   -".to_string(), |v| format!("{v:.2}"))
}

fn describe(reason: &Option<OriginReason>) -> String {
    match reason {
        None => "-".to_string(),
        Some(OriginReason::Shared { similarity }) => format!("shared {similarity:.2}"),
        Some(OriginReason::Wire(w)) => format!("wire {w}"),
    }
}

fn wires(f: &Fingerprint) -> String {
    let names: Vec<&str> = f.wires().iter().map(Wire::name).collect();
    if names.is_empty() {
        "-".to_string()
    } else {
        names.join("+")
    }
}

#[test]
fn evaluation_precision_recall() {
    let params = OriginParams::default();
    let pairs = labels();
    assert!(pairs.len() >= 40, "only {} pairs", pairs.len());
    let mut by_category: BTreeMap<String, Counts> = BTreeMap::new();
    let mut total = Counts::default();
    let mut wrong = Vec::new();
    println!(
        "{:<4} {:<15} {:<4} {:<15} {:>5} {:>5} {:>4} {:>4} {:<14} note",
        "pair", "category", "exp", "got", "text", "topic", "shA", "shB", "wires"
    );
    for p in &pairs {
        let a = fingerprint(&load(&p.id, "a"), &params);
        let b = fingerprint(&load(&p.id, "b"), &params);
        let reason = same_origin(&a, &b, &params);
        assert_eq!(
            reason,
            same_origin(&b, &a, &params),
            "pair {} not symmetric",
            p.id
        );
        let got = reason.is_some();
        by_category
            .entry(p.category.clone())
            .or_default()
            .add(p.expected, got);
        total.add(p.expected, got);
        let mark = if got == p.expected { "" } else { "  <-- WRONG" };
        println!(
            "{:<4} {:<15} {:<4} {:<15} {:>5.2} {:>5.2} {:>4} {:>4} {:<14} {}{mark}",
            p.id,
            p.category,
            if p.expected { "yes" } else { "no" },
            describe(&reason),
            text_similarity(&a, &b),
            topic_similarity(&a, &b),
            a.shingle_count(),
            b.shingle_count(),
            format!("{}/{}", wires(&a), wires(&b)),
            p.note,
        );
        if got != p.expected {
            wrong.push(p.id.clone());
        }
    }
    println!(
        "\n{:<15} {:>5} {:>3} {:>3} {:>3} {:>3} {:>6} {:>6}",
        "category", "pairs", "tp", "fp", "tn", "fn", "prec", "recall"
    );
    for (cat, c) in by_category
        .iter()
        .chain(std::iter::once((&"overall".to_string(), &total)))
    {
        println!(
            "{:<15} {:>5} {:>3} {:>3} {:>3} {:>3} {:>6} {:>6}",
            cat,
            c.tp + c.fp + c.tn + c.fn_,
            c.tp,
            c.fp,
            c.tn,
            c.fn_,
            fmt(c.precision()),
            fmt(c.recall())
        );
    }
    let precision = total.precision().unwrap_or(0.0);
    let recall = total.recall().unwrap_or(0.0);
    assert!(
        precision >= 0.95 && recall >= 0.95,
        "precision {precision:.3}, recall {recall:.3} (need 0.95 each); wrong pairs: {wrong:?}"
    );
}

/// What each design choice is worth on the evaluation set: precision and
/// recall with one parameter changed. Ignored by default; run with
/// `cargo test --test origin ablation -- --ignored --nocapture`.
#[test]
#[ignore = "report only"]
fn ablation() {
    let pairs = labels();
    let texts: Vec<(String, String)> = pairs
        .iter()
        .map(|p| (load(&p.id, "a"), load(&p.id, "b")))
        .collect();
    let d = OriginParams::default();
    let variants = [
        ("defaults", d.clone()),
        (
            "quoted words kept in shingles",
            OriginParams {
                skip_quotes: false,
                ..d.clone()
            },
        ),
        (
            "threshold 0.15",
            OriginParams {
                threshold: 0.15,
                ..d.clone()
            },
        ),
        (
            "threshold 0.40",
            OriginParams {
                threshold: 0.40,
                ..d.clone()
            },
        ),
        (
            "min_shingles 20",
            OriginParams {
                min_shingles: 20,
                ..d.clone()
            },
        ),
        (
            "wire_topic 0 (credit joins outright)",
            OriginParams {
                wire_topic: 0.0,
                ..d.clone()
            },
        ),
        (
            "shingle 3",
            OriginParams {
                shingle: 3,
                ..d.clone()
            },
        ),
        (
            "shingle 8",
            OriginParams {
                shingle: 8,
                ..d.clone()
            },
        ),
    ];
    for (name, params) in &variants {
        let mut counts = Counts::default();
        let mut wrong = Vec::new();
        for (p, (a, b)) in pairs.iter().zip(&texts) {
            let got =
                same_origin(&fingerprint(a, params), &fingerprint(b, params), params).is_some();
            counts.add(p.expected, got);
            if got != p.expected {
                wrong.push(format!("{}:{}", p.id, p.category));
            }
        }
        println!(
            "{name:<38} precision {} recall {}  wrong: {}",
            fmt(counts.precision()),
            fmt(counts.recall()),
            wrong.join(" ")
        );
    }
    // Plain Jaccard in place of containment, same threshold.
    let mut counts = Counts::default();
    for (p, (a, b)) in pairs.iter().zip(&texts) {
        let (fa, fb) = (fingerprint(a, &d), fingerprint(b, &d));
        let judged = fa.shingle_count() >= d.min_shingles && fb.shingle_count() >= d.min_shingles;
        let jaccard = fa.shingle_sketch().overlap(fb.shingle_sketch()).jaccard();
        let text = judged && jaccard >= d.threshold;
        let wire = matches!(same_origin(&fa, &fb, &d), Some(OriginReason::Wire(_)));
        counts.add(p.expected, text || wire);
    }
    println!(
        "{:<38} precision {} recall {}",
        "Jaccard instead of containment",
        fmt(counts.precision()),
        fmt(counts.recall())
    );
}

/// Every category the brief asks for has several pairs.
#[test]
fn evaluation_covers_categories() {
    let pairs = labels();
    let mut n: BTreeMap<&str, usize> = BTreeMap::new();
    for p in &pairs {
        *n.entry(p.category.as_str()).or_default() += 1;
    }
    for cat in [
        "exact",
        "light_edit",
        "half_copy",
        "furniture",
        "wire",
        "same_topic",
        "different_topic",
        "boilerplate",
        "short",
    ] {
        assert!(
            n.get(cat).copied().unwrap_or(0) >= 4,
            "category {cat}: {n:?}"
        );
    }
}

/// A copy inside a long page (a live blog, a digest of stories) is still
/// found: beyond 256 shingles the sketch keeps every shingle in the lowest
/// quarter of the hash space, so the short side keeps enough samples.
#[test]
fn copies_inside_a_long_page() {
    let params = OriginParams::default();
    // About 4,800 words of other stories around the copied text.
    let others: Vec<String> = [
        "38-b", "39-a", "39-b", "40-a", "40-b", "41-a", "41-b", "42-a", "43-a", "44-a", "44-b",
        "23-a", "24-a", "25-a", "26-a", "27-b", "45-a",
    ]
    .iter()
    .map(|id| load(&id[..2], &id[3..]))
    .collect();
    let page = |inner: &str| {
        let page = format!(
            "{}\n\n{inner}\n\n{}",
            others[..8].join("\n\n"),
            others[8..].join("\n\n")
        );
        fingerprint(&page, &params)
    };
    let story = load("01", "a");
    let lead: String = story.split("\n\n").take(3).collect::<Vec<_>>().join("\n\n");
    let with_story = page(&story);
    assert!(with_story.words() > 4000);
    assert!(with_story.shingle_sketch().hashes().len() > 900);

    let copy = same_origin(&with_story, &fingerprint(&story, &params), &params);
    assert!(
        matches!(copy, Some(OriginReason::Shared { similarity }) if similarity > 0.9),
        "{copy:?}"
    );
    // Only the headline and two paragraphs (about 75 words).
    let lead = same_origin(&with_story, &fingerprint(&lead, &params), &params);
    assert!(
        matches!(lead, Some(OriginReason::Shared { .. })),
        "{lead:?}"
    );
    // A half copy inside the page, compared with the full original.
    let half = same_origin(
        &page(&load("13", "b")),
        &fingerprint(&load("13", "a"), &params),
        &params,
    );
    assert!(
        matches!(half, Some(OriginReason::Shared { similarity }) if (0.35..0.75).contains(&similarity)),
        "{half:?}"
    );
    // An independent report of the same call is not a copy.
    let independent = same_origin(
        &with_story,
        &fingerprint(&load("31", "b"), &params),
        &params,
    );
    assert_eq!(independent, None);
}

/// With `wire_topic` at 0 a shared credit joins whatever the topic.
#[test]
fn credit_alone_joins_when_the_topic_gate_is_off() {
    let gated = OriginParams::default();
    let open = OriginParams {
        wire_topic: 0.0,
        ..OriginParams::default()
    };
    // Pair 27: two Reuters stories on different subjects.
    let a = fingerprint(&load("27", "a"), &gated);
    let b = fingerprint(&load("27", "b"), &gated);
    assert_eq!(same_origin(&a, &b, &gated), None);
    assert_eq!(
        same_origin(&a, &b, &open),
        Some(OriginReason::Wire(Wire::new("Reuters")))
    );
}

fn names(text: &str) -> Vec<String> {
    wire_credits(text)
        .iter()
        .map(|w| w.name().to_string())
        .collect()
}

#[test]
fn wire_credit_lines() {
    let cases: &[(&str, &[&str])] = &[
        (
            "LONDON (Reuters) - Britain's finance minister said on Tuesday the budget would balance.",
            &["Reuters"],
        ),
        (
            "WASHINGTON (AP) — The Senate voted 52-48 on Thursday to confirm the nominee.",
            &["AP"],
        ),
        (
            "PARIS (AFP) – French officials said the talks would resume.",
            &["AFP"],
        ),
        (
            "BERLIN, March 4 (Reuters) - Germany's economy shrank in the last quarter.",
            &["Reuters"],
        ),
        (
            "Berlin (dpa) - Die Regierung hat am Montag beschlossen.",
            &["dpa"],
        ),
        (
            "BEIJING, May 2 (Xinhua) -- China's exports rose in April.",
            &["Xinhua"],
        ),
        (
            "TOKYO (Kyodo) -- Japan and South Korea agreed to resume talks.",
            &["Kyodo"],
        ),
        (
            "MOSCOW, June 1 (Interfax) - The Kremlin said no meeting was planned.",
            &["Interfax"],
        ),
        (
            "(Bloomberg) -- Oil prices rose for a third day.",
            &["Bloomberg"],
        ),
        (
            "MADRID, 3 Mar (EFE).- El Gobierno aprobó el martes el plan.",
            &["EFE"],
        ),
        (
            "ROME (ANSA) - Italy's premier met union leaders.",
            &["ANSA"],
        ),
        (
            "ANKARA (AA) - Turkey's foreign minister arrived in Baku.",
            &["Anadolu"],
        ),
        (
            "LONDON (PA) - Ministers will publish the report next week.",
            &["PA"],
        ),
        (
            "KYIV (AFP/Reuters) - Ukraine said it had shot down 40 drones.",
            &["AFP", "Reuters"],
        ),
        ("AFP contributed to this report.", &["AFP"]),
        ("The Associated Press contributed to this report.", &["AP"]),
        (
            "Associated Press writers Jane Doe in Berlin and Tom Roe in Paris contributed to this report.",
            &["AP"],
        ),
        (
            "Reuters and AFP contributed to this report.",
            &["AFP", "Reuters"],
        ),
        (
            "Reporting by Anna Lee in Seoul; Editing by Mark Heinrich",
            &["Reuters"],
        ),
        (
            "(Writing by Tom Balmforth; editing by Alex Richardson)",
            &["Reuters"],
        ),
        ("Additional reporting by AFP", &["AFP"]),
        ("—Reuters", &["Reuters"]),
        (
            "The talks will resume next week, the ministry said. — AFP",
            &["AFP"],
        ),
        ("(With AFP)", &["AFP"]),
        (
            "The prime minister left for the summit on Friday. (With Reuters)",
            &["Reuters"],
        ),
        ("With agencies", &["agencies"]),
        (
            "Copyright 2025 The Associated Press. All rights reserved.",
            &["AP"],
        ),
        ("© Agence France-Presse", &["AFP"]),
        ("By JANE DOE Associated Press", &["AP"]),
        ("By Jane Doe, Associated Press", &["AP"]),
        ("By Reuters Staff", &["Reuters"]),
        ("Source: Xinhua", &["Xinhua"]),
        (
            "Talks resume\n\nBy Jane Doe, Associated Press\n\nWASHINGTON (AP) — Talks resumed.\n\nReporting by Anna Lee; Editing by Tom Roe\n",
            &["AP", "Reuters"],
        ),
    ];
    for (line, expected) in cases {
        assert_eq!(names(line), *expected, "credit line {line:?}");
    }
}

/// Agencies cited as sources, photo credits and look-alike words are not
/// credits: the article is not made of the agency's copy.
#[test]
fn wire_non_credit_lines() {
    let cases = [
        "Reuters reported that the talks had stalled.",
        "The figures could not be verified, according to Reuters.",
        "The minister told Reuters in an interview on Monday that he would resign.",
        "In an interview with AFP, the general said the offensive had stalled.",
        "She spoke with Reuters on the sidelines of the summit.",
        "(AP Photo/Evan Vucci)",
        "Photo: Jane Doe/AFP via Getty Images",
        "Reuters could not independently verify the casualty figures.",
        "APEC leaders met in Lima on Saturday.",
        "The PA said it would pay salaries next month.",
        "By Reuters' count, at least 40 people died.",
        "Xinhua, the state news agency, said the talks were constructive.",
        "Interfax news agency quoted a ministry source as saying the deal was close.",
        "A Bloomberg analysis of the data showed prices rising.",
        "Aid agencies warned of famine in the north.",
        "Reporting by the state broadcaster suggested otherwise.",
        "The AP's tally of votes showed the incumbent ahead.",
        "Officials from the PA contributed $5 million to the fund.",
        "dpa reported that the chancellor had cancelled her trip.",
        "Bloomberg was the first to report the merger.",
        "The agency (AFP) said the toll was rising.",
        "Copyright disputes between publishers have multiplied.",
    ];
    for line in cases {
        assert_eq!(names(line), Vec::<String>::new(), "not a credit: {line:?}");
    }
}

#[test]
fn generic_credit_never_joins() {
    let params = OriginParams::default();
    let a = fingerprint("Short item.\n\nWith agencies\n", &params);
    let b = fingerprint("Short item.\n\nWith agencies\n", &params);
    assert_eq!(a.wires(), &[Wire::new("agencies")]);
    assert_eq!(same_origin(&a, &b, &params), None);
}

#[test]
fn short_documents_are_not_judged_on_text() {
    let params = OriginParams::default();
    let text = load("48", "a");
    let f = fingerprint(&text, &params);
    assert!(f.shingle_count() < params.min_shingles);
    assert_eq!(same_origin(&f, &f, &params), None);
}

#[test]
fn fingerprints_are_deterministic_and_width_checked() {
    let params = OriginParams::default();
    let text = load("01", "a");
    assert_eq!(fingerprint(&text, &params), fingerprint(&text, &params));
    let wide = OriginParams {
        shingle: 7,
        ..OriginParams::default()
    };
    let a = fingerprint(&text, &params);
    let b = fingerprint(&text, &wide);
    assert_eq!(text_similarity(&a, &a), 1.0);
    assert_eq!(text_similarity(&a, &b), 0.0);
}

#[test]
fn odd_input_does_not_panic() {
    let params = OriginParams::default();
    for text in [
        "",
        "\n\n\n",
        "\"",
        "'",
        "’90s",
        "(Reuters",
        "Reuters)",
        "—",
        "a\u{00AD}",
        "© ©©",
        "1,",
        ",1",
        "Ünïcödé ÖLÇÜ “ ” ‘ ’ « » „",
        "\u{FEFF}(AP) —",
    ] {
        let f = fingerprint(text, &params);
        let _ = same_origin(&f, &f, &params);
        let _ = wire_credits(text);
    }
    let long = "word ".repeat(100_000) + "(Reuters) - end";
    assert_eq!(fingerprint(&long, &params).wires(), &[Wire::new("Reuters")]);
}

/// The whole pipeline on each pair as a two-document run: loading, the
/// corpus-level blocking (shared sampled shingles, wire credits inside the
/// window and story) and the judgement must join exactly the labelled
/// copies. This is what `crosscheck check` does; the module-level
/// evaluation above compares fingerprints directly.
#[test]
fn pipeline_joins_exactly_the_labelled_pairs() {
    use crosscheck::document::{Loaded, load_str};
    use crosscheck::pipeline::analyze;
    use crosscheck::rule::load_builtin;

    let (rules, errors) = load_builtin();
    assert!(errors.is_empty(), "{errors:?}");
    let mut total = Counts::default();
    let mut wrong = Vec::new();
    for pair in labels() {
        let mut loaded = Loaded::default();
        for side in ["a", "b"] {
            let (doc, errors) = load_str(&format!("{}-{side}.txt", pair.id), &load(&pair.id, side));
            assert!(errors.is_empty(), "{}: {errors:?}", pair.id);
            loaded.documents.extend(doc);
        }
        let analysis = analyze(loaded, &rules, Vec::new());
        let joined = !analysis.copies.is_empty();
        assert_eq!(
            analysis.origins[1] == 0,
            joined,
            "{}: groups follow links",
            pair.id
        );
        total.add(pair.expected, joined);
        if joined != pair.expected {
            wrong.push(format!("{} ({}): {}", pair.id, pair.category, pair.note));
        }
    }
    let (p, r) = (
        total.precision().unwrap_or(0.0),
        total.recall().unwrap_or(0.0),
    );
    println!(
        "pipeline same-origin: precision {p:.2} recall {r:.2} ({} tp, {} fp, {} fn)",
        total.tp, total.fp, total.fn_
    );
    assert!(p >= 0.95 && r >= 0.95, "wrong: {wrong:#?}");
}
