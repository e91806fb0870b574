//! Table tests for mark pairing and speaker finding, and field checks on
//! the spec's examples.

use super::text::lines;
use super::{QuoteMention, Via, find_quotes, marks};

/// The quoted words of every top-level quote the pairing finds.
fn paired(text: &str) -> Vec<String> {
    let lines = lines(text, 0..text.len());
    marks::pair_quotes(text, &lines)
        .iter()
        .map(|q| super::text::joined(text, &q.parts))
        .collect()
}

#[test]
fn mark_pairing_table() {
    let table: &[(&str, &[&str])] = &[
        ("He said \"we will win\" today.", &["we will win"]),
        ("“Curly works,” he said.", &["Curly works,"]),
        ("“A “b” c,” he said.", &["A “b” c,"]),
        ("\"A \"b\" c,\" he said.", &["A \"b\" c,"]),
        (
            "\"They said 'no' twice,\" she said.",
            &["They said 'no' twice,"],
        ),
        (
            "“They said ‘no’ twice,” she said.",
            &["They said ‘no’ twice,"],
        ),
        ("Ukraine's farmers waited two weeks' time.", &[]),
        ("In the '90s rock 'n' roll ruled.", &[]),
        ("In the ‘90s and ’80s.", &[]),
        ("The Joneses' house and the Joneses' car.", &[]),
        ("Rock ’n’ roll, give ’em hell.", &[]),
        ("O'Brien's 12\" pipe and a 5'10\" man.", &[]),
        ("Spaced ' marks \" do ‘ nothing ’ here.", &[]),
        (
            "‘American long-range weapons.’",
            &["American long-range weapons."],
        ),
        ("'Single straight,' she said.", &["Single straight,"]),
        (
            "‘It’s the workers’ money,’ she said.",
            &["It’s the workers’ money,"],
        ),
        (
            "“First para.\n\n“Second para,” he said.",
            &["First para. Second para,"],
        ),
        ("“One.\n“Two.\n\n“Three.”", &["One. Two. Three."]),
        (
            "A stray “mark here.\n\nNext “quoted” here.",
            &["mark here.", "quoted"],
        ),
        ("A stray \"mark and “real quote” here.", &["real quote"]),
        ("Unclosed “at the end", &["at the end"]),
        ("Close first” then “open", &["open"]),
        ("# Heading “quoted”\n\nBody “quoted” too.", &["quoted"]),
    ];
    for (text, want) in table {
        assert_eq!(paired(text), *want, "{text:?}");
    }
}

/// The single mention in `text`, which must exist.
fn only(text: &str) -> QuoteMention {
    let found = find_quotes(text, 0..text.len());
    assert_eq!(found.len(), 1, "{text:?}: {found:#?}");
    found.into_iter().next().unwrap_or_else(|| unreachable!())
}

#[test]
fn speaker_table() {
    let table: &[(&str, &str, Option<&str>, Via)] = &[
        (
            "“Talks went well,” Ushakov said.",
            "Ushakov",
            None,
            Via::Name,
        ),
        (
            "Kremlin aide Yuri Ushakov spoke. “Talks went well,” he said.",
            "Yuri Ushakov",
            None,
            Via::Pronoun,
        ),
        (
            "Kremlin aide Yuri Ushakov spoke. “Talks went well,” Ushakov said.",
            "Yuri Ushakov",
            None,
            Via::Name,
        ),
        (
            "“Talks went well,” the Kremlin aide said.",
            "Kremlin aide",
            Some("Kremlin aide"),
            Via::Title,
        ),
        (
            "“Talks went well,” the Kremlin said.",
            "Kremlin",
            None,
            Via::Organization,
        ),
        (
            "“Talks went well,” the White House said.",
            "White House",
            None,
            Via::Organization,
        ),
        (
            "“Talks went well,” the US President said.",
            "US President",
            Some("US President"),
            Via::Title,
        ),
        (
            "“Talks went well,” Defense Secretary Pete Hegseth said.",
            "Pete Hegseth",
            Some("Defense Secretary"),
            Via::Name,
        ),
        (
            "“Talks went well,” retired Gen. Keith Kellogg said.",
            "Keith Kellogg",
            Some("retired Gen."),
            Via::Name,
        ),
        (
            "Russia's new ambassador Aleksandr Darchiev said: “Talks went well.”",
            "Aleksandr Darchiev",
            Some("Russia's new ambassador"),
            Via::Name,
        ),
        (
            "“Talks went well,” Presidential aide Yuri Ushakov said.",
            "Yuri Ushakov",
            Some("Presidential aide"),
            Via::Name,
        ),
        (
            "“Talks went well,” Trump's spokesman said.",
            "Trump's spokesman",
            Some("Trump's spokesman"),
            Via::Title,
        ),
        (
            "“Talks went well,” said Kremlin spokesperson Dmitry Peskov.",
            "Dmitry Peskov",
            Some("Kremlin spokesperson"),
            Via::Name,
        ),
        (
            "Trump wrote on Truth Social: “Talks went well.”",
            "Trump",
            None,
            Via::Name,
        ),
        (
            "“Talks went well,” Moscow said.",
            "Moscow",
            None,
            Via::Organization,
        ),
        (
            "The ministry spoke. “Talks went well,” it said.",
            "ministry",
            None,
            Via::Pronoun,
        ),
    ];
    for (text, name, title, via) in table {
        let speaker = only(text)
            .speaker
            .unwrap_or_else(|| panic!("no speaker in {text:?}"));
        assert_eq!(
            (speaker.name.as_str(), speaker.title.as_deref(), speaker.via),
            (*name, *title, *via),
            "{text:?}"
        );
    }
}

#[test]
fn fields_follow_the_spec() {
    let text = "Kremlin spokesperson Dmitry Peskov said the move would cause “colossal damage” to markets.";
    let m = only(text);
    assert!(m.partial && m.direct);
    assert_eq!(&text[m.parts[0].clone()], "colossal damage");
    assert_eq!(&text[m.span.clone()], "“colossal damage”");
    assert_eq!(
        m.speaker.map(|s| text[s.span].to_string()).as_deref(),
        Some("Kremlin spokesperson Dmitry Peskov")
    );

    let text = "“We agreed on the agenda,” Ushakov told reporters. “The date  comes later.”";
    let m = only(text);
    assert_eq!(m.parts.len(), 2);
    assert_eq!(m.text, "We agreed on the agenda, The date comes later.");
    assert_eq!((m.span.start, m.span.end), (0, text.len()));
    assert_eq!(m.cue.as_deref(), Some("told reporters"));
    assert!(!m.partial);

    let text = "Central bank governor Amara Obi warned that inflation would stay high.";
    let m = only(text);
    assert!(!m.direct);
    assert_eq!(m.text, "inflation would stay high");
    assert_eq!(
        &text[m.span.clone()],
        "Central bank governor Amara Obi warned that inflation would stay high"
    );
    assert_eq!(m.cue.as_deref(), Some("warned"));

    let text = "According to the ministry, 40 drones were shot down overnight.";
    assert_eq!(only(text).cue.as_deref(), Some("according to"));
}

#[test]
fn body_range_limits_the_search() {
    let text = "# “Headline quote here”\n\n“Body quote is here,” she said.\n\n“Outside the body,” he said.";
    let body = 0..text.find("\n\n“Outside").unwrap_or(text.len());
    let found = find_quotes(text, body);
    assert_eq!(
        found.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(),
        ["Body quote is here,"]
    );
}
