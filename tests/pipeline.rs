//! Library-level guarantees of the comparison: precision before recall.

use crosscheck::document::{Loaded, load_str};
use crosscheck::graph::Relation;
use crosscheck::pipeline::{Analysis, analyze};
use crosscheck::rule::load_builtin;

fn run(docs: &[&str]) -> Analysis {
    let mut loaded = Loaded::default();
    for (i, text) in docs.iter().enumerate() {
        let (doc, errors) = load_str(&format!("d{i}.md"), text);
        loaded.documents.extend(doc);
        assert!(errors.is_empty(), "{errors:?}");
    }
    let (rules, errors) = load_builtin();
    assert!(errors.is_empty());
    analyze(loaded, &rules, Vec::new())
}

fn relations(a: &Analysis) -> Vec<(String, String, Relation)> {
    a.graph
        .edges()
        .into_iter()
        .map(|(x, y, r)| (a.claims[x].text.clone(), a.claims[y].text.clone(), r))
        .collect()
}

#[test]
fn one_document_is_never_compared_with_itself() {
    let a = run(&[
        "Officials said 68,000 soldiers were killed. Later they said 86,000 soldiers were killed.",
    ]);
    assert_eq!(a.claims.len(), 2);
    assert!(a.graph.edges().is_empty());
    assert!(a.findings.is_empty());
}

#[test]
fn different_subjects_are_different_keys() {
    let a = run(&[
        "Ukraine lost 68,000 soldiers.",
        "Russia lost 86,000 soldiers.",
    ]);
    assert!(a.graph.edges().is_empty(), "{:?}", relations(&a));
}

#[test]
fn different_measures_are_never_compared() {
    let a = run(&[
        "Russia fired 37 missiles at Ukraine.",
        "Russia fired 73 drones at Ukraine.",
    ]);
    assert!(a.graph.edges().is_empty(), "{:?}", relations(&a));
}

#[test]
fn money_in_different_currencies_is_not_compared() {
    let a = run(&[
        "The EU sent €50 billion in aid to Ukraine.",
        "The EU sent $50 billion in aid to Ukraine.",
    ]);
    assert!(a.graph.edges().is_empty(), "{:?}", relations(&a));
}

#[test]
fn people_in_the_sentence_do_not_split_a_key() {
    let a = run(&[
        "Russia fired 37 missiles at Ukraine, Zelenskyy said.",
        "Russia fired 73 missiles at Ukraine.",
    ]);
    assert_eq!(
        relations(&a),
        [("37".into(), "73".into(), Relation::Contradicts)]
    );
    assert_eq!(a.findings.len(), 1);
}

#[test]
fn relations_follow_intervals() {
    let a = run(&[
        "Over 60,000 soldiers were killed in Ukraine.",
        "In Ukraine 68,000 soldiers were killed.",
        "Ukraine said 67,600 soldiers were killed.",
    ]);
    let rel = relations(&a);
    assert!(
        rel.contains(&("Over 60,000".into(), "68,000".into(), Relation::Refines)),
        "{rel:?}"
    );
    assert!(
        rel.contains(&("68,000".into(), "67,600".into(), Relation::Agrees)),
        "{rel:?}"
    );
    assert!(a.findings.is_empty());
}

#[test]
fn output_order_does_not_depend_on_thread_timing() {
    let docs: Vec<String> = (0..40)
        .map(|i| {
            format!(
                "Russia fired {} missiles at Ukraine, officials said.",
                30 + (i % 3) * 20
            )
        })
        .collect();
    let refs: Vec<&str> = docs.iter().map(String::as_str).collect();
    let first: Vec<String> = run(&refs)
        .findings
        .iter()
        .map(|f| f.fingerprint.clone())
        .collect();
    for _ in 0..5 {
        let again: Vec<String> = run(&refs)
            .findings
            .iter()
            .map(|f| f.fingerprint.clone())
            .collect();
        assert_eq!(first, again);
    }
    assert_eq!(first.len(), 3);
}

#[test]
fn measure_synonyms_share_a_key() {
    // rules/measures.yaml: soldiers and troops are one count.
    let a = run(&[
        "Officials said 68,000 Ukrainian troops were killed.",
        "Officials said 86,000 Ukrainian soldiers were killed.",
    ]);
    assert_eq!(
        relations(&a),
        [("68,000".into(), "86,000".into(), Relation::Contradicts)]
    );
}

#[test]
fn a_fraction_is_compared_with_a_percentage() {
    let a = run(&[
        "More than a third of Ukrainian voters back the plan.",
        "Only 20% of Ukrainian voters back the plan.",
    ]);
    assert_eq!(
        relations(&a),
        [(
            "More than a third".into(),
            "20%".into(),
            Relation::Contradicts
        )]
    );
}

#[test]
fn word_numbers_ranges_and_vague_plurals_are_intervals() {
    let a = run(&[
        "Sixty-eight thousand Ukrainian soldiers were killed, officials said.",
        "Between 60,000 and 70,000 Ukrainian soldiers were killed.",
        "Tens of thousands of Ukrainian soldiers were killed.",
    ]);
    let rel = relations(&a);
    assert!(
        rel.contains(&(
            "Sixty-eight thousand".into(),
            "Between 60,000 and 70,000".into(),
            Relation::Refines
        )),
        "{rel:?}"
    );
    assert!(rel.iter().all(|r| r.2 != Relation::Contradicts), "{rel:?}");
}

/// The date relations of issue 4's examples: claims are dated events.
fn date_relations(docs: &[&str]) -> Vec<(String, String, Relation)> {
    let a = run(docs);
    a.graph
        .edges()
        .into_iter()
        .filter(|&(x, _, _)| a.claims[x].kind == crosscheck::model::ClaimKind::Date)
        .map(|(x, y, r)| (a.claims[x].text.clone(), a.claims[y].text.clone(), r))
        .collect()
}

#[test]
fn one_meeting_on_two_days_contradicts() {
    let r = date_relations(&[
        "---\npublished: 2025-02-21\n---\nOfficials met in Riyadh on February 18.",
        "---\npublished: 2025-02-21\n---\nThe Riyadh meeting took place on February 20.",
    ]);
    assert_eq!(
        r,
        [(
            "on February 18".to_string(),
            "on February 20".to_string(),
            Relation::Contradicts
        )]
    );
}

#[test]
fn a_weekday_resolved_against_publication_agrees_with_the_date() {
    let r = date_relations(&[
        "---\npublished: 2025-10-17\n---\nThe presidents spoke by phone on Thursday.",
        "---\npublished: 2025-10-18\n---\nAides met again after their October 16 phone call.",
    ]);
    assert_eq!(
        r,
        [(
            "on Thursday".to_string(),
            "October 16".to_string(),
            Relation::Agrees
        )]
    );
}

#[test]
fn a_planned_event_and_a_past_one_are_not_compared() {
    let r = date_relations(&[
        "---\npublished: 2025-03-14\n---\nThe two leaders will speak by phone on Tuesday.",
        "---\npublished: 2025-03-14\n---\nThe two leaders spoke by phone on Thursday.",
    ]);
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn dates_of_different_places_or_events_are_not_compared() {
    let r = date_relations(&[
        "---\npublished: 2025-03-14\n---\nEnvoys met in Budapest on Monday.",
        "---\npublished: 2025-03-14\n---\nEnvoys met in Kyiv on Tuesday.",
        "---\npublished: 2025-03-14\n---\nThe minister said on Wednesday that talks would go on.",
    ]);
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn relative_dates_in_an_undated_document_stay_unresolved() {
    let a = run(&[
        "The presidents spoke by phone on Thursday.",
        "---\npublished: 2025-10-17\n---\nThe presidents spoke by phone on Wednesday.",
    ]);
    let undated = a
        .claims
        .iter()
        .find(|c| c.doc == "d0.md" && c.kind == crosscheck::model::ClaimKind::Date)
        .expect("a date claim");
    let value = undated.value.as_date().expect("a date");
    assert!(!value.resolved && value.start.is_none());
    assert!(a.graph.edges().is_empty());
}

#[test]
fn a_running_total_on_two_dates_is_not_a_contradiction() {
    let a = run(&[
        "---\npublished: 2025-11-02\n---\nAs of Oct. 1, 68,000 soldiers had been killed.",
        "---\npublished: 2025-11-02\n---\nAs of Nov. 1, 74,000 soldiers had been killed.",
        "---\npublished: 2025-11-02\n---\nBy Nov. 1, 60,000 soldiers had been killed.",
    ]);
    let figures: Vec<_> = relations(&a)
        .into_iter()
        .filter(|(x, _, _)| x.contains(','))
        .collect();
    // Only the two Nov. 1 totals meet, and they disagree.
    assert_eq!(
        figures,
        [(
            "74,000".to_string(),
            "60,000".to_string(),
            Relation::Contradicts
        )]
    );
}

/// The speaker id of each quote claim, in order.
fn speaker_ids(a: &Analysis) -> Vec<Option<String>> {
    a.claims
        .iter()
        .filter_map(|c| match &c.value {
            crosscheck::model::Value::Quote(q) => Some(q.speaker_id.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn an_office_names_its_holder_on_the_article_date() {
    let quote = "“We will meet in Budapest soon,” the US president told reporters.";
    let in_2025 = run(&[&format!("---\npublished: 2025-10-17\n---\n{quote}")]);
    assert_eq!(speaker_ids(&in_2025), [Some("donald-trump".to_string())]);
    let in_2023 = run(&[&format!("---\npublished: 2023-10-17\n---\n{quote}")]);
    assert_eq!(speaker_ids(&in_2023), [Some("joe-biden".to_string())]);
    // Undated: the office names no one.
    let undated = run(&[quote]);
    assert_eq!(speaker_ids(&undated), [None]);
}

#[test]
fn a_variant_spelling_is_the_same_subject() {
    // "Kiev" and "Kyiv" are one place: the figures are compared (and agree).
    let a = run(&[
        "---\npublished: 2025-10-17\n---\nRussia fired 52 drones at Kiev overnight, officials said.",
        "---\npublished: 2025-10-17\n---\nRussia fired 52 drones at Kyiv overnight, officials said.",
    ]);
    assert!(
        relations(&a)
            .iter()
            .any(|(x, y, r)| x == "52" && y == "52" && *r == Relation::Agrees),
        "{:?}",
        relations(&a)
    );
    assert!(a.findings.iter().any(|f| f.rule == "name-variant"));
}

#[test]
fn a_doubled_block_is_read_once_and_noted_as_one_passage() {
    let block = "Officials said 68,000 soldiers were killed in the fighting last year.\n\n\
                 The ministry put the cost of rebuilding at $4.2bn over five years.\n\n";
    let doc = format!(
        "---\npublished: 2025-03-01\n---\nIntro line.\n\n{block}{block}Closing line here.\n"
    );
    let a = run(&[&doc]);
    let figures: Vec<&str> = a
        .claims
        .iter()
        .filter(|c| c.kind != crosscheck::model::ClaimKind::Date)
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(figures, ["68,000", "$4.2bn", "five"]);
    assert_eq!(a.repeats.len(), 1, "{:?}", a.repeats);
    let r = &a.repeats[0];
    assert_eq!((r.first_line, r.line, r.end_line), (6, 10, 12));
}

#[test]
fn agreement_between_copies_is_same_origin_not_agreement() {
    let story = "Russia fired 37 missiles and 320 drones at Ukraine's power grid overnight, officials said, \
                 cutting electricity in several regions as temperatures fell across the east and the north. \
                 The strikes hit substations in Kharkiv, Poltava and Chernihiv, where crews worked through the \
                 night to restore heat to hospitals and schools. Repair teams said it could take days before \
                 the lines were fully back, and the grid operator asked households to limit their use of power \
                 in the evening hours while the work went on. Local officials opened warming centres in \
                 libraries and schools for residents left without heat.";
    let copy = format!("This story first appeared in another newspaper.\n\n{story}");
    let independent =
        "Ukrainian officials said Russia launched 37 missiles overnight at energy sites.";
    let a = run(&[story, &copy, independent]);
    assert_eq!(a.copies.len(), 1);
    assert_eq!(a.origins, vec![0, 0, 2]);
    let rels = relations(&a);
    assert!(
        rels.iter()
            .any(|(x, y, r)| x == "37" && y == "37" && *r == Relation::SameOrigin),
        "{rels:?}"
    );
    assert!(
        rels.iter()
            .any(|(x, y, r)| x == "37" && y == "37" && *r == Relation::Agrees),
        "{rels:?}"
    );
}

#[test]
fn settings_choose_the_default_currency_and_date_order() {
    use crosscheck::rule::parse_date_order;
    let run = |rules: &crosscheck::rule::RuleSet| {
        let mut loaded = Loaded::default();
        let (doc, _) = load_str(
            "a.md",
            "Canada pledged $5 million and US$2 million on 02/03/2025.",
        );
        loaded.documents.extend(doc);
        analyze(loaded, rules, Vec::new())
    };
    let (mut rules, _) = load_builtin();
    let units = |a: &Analysis| -> Vec<String> {
        a.claims
            .iter()
            .map(|c| match &c.value {
                crosscheck::model::Value::Figure(f) => f.unit.clone().unwrap_or_default(),
                crosscheck::model::Value::Date(d) => d.start.unwrap().to_string(),
                _ => String::new(),
            })
            .collect()
    };
    assert_eq!(units(&run(&rules)), ["USD", "USD", "2025-02-03"]);
    rules.settings.default_currency = Some("CAD".into());
    rules.settings.date_order = parse_date_order("day-month");
    assert_eq!(units(&run(&rules)), ["CAD", "USD", "2025-03-02"]);
}
