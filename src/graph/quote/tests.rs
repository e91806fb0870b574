use super::*;

fn like(a: &str, b: &str) -> Likeness {
    likeness(&words(a), &words(b), 0.7)
}

fn kind(l: &Likeness) -> &'static str {
    match l {
        Likeness::Same { .. } => "same",
        Likeness::Altered { .. } => "altered",
        Likeness::Unlike => "unlike",
    }
}

#[test]
fn words_normalize_marks_case_and_numbers() {
    let keys = |s: &str| {
        words(s)
            .into_iter()
            .map(|w| w.key)
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(keys("We don’t want war."), "we do not want war");
    assert_eq!(keys("We won't and cannot"), "we will not and can not");
    assert_eq!(keys("The U.S. and the U.N."), "the us and the un");
    assert_eq!(keys("80% or eighty per cent"), "80 percent or 80 percent");
    assert_eq!(keys("two weeks"), "2 weeks");
    assert_eq!(keys("Ukraine's 4,000 troops"), "ukraine's 4000 troops");
    assert_eq!(keys("a 2.5% rise, then…"), "a 2.5 percent rise then …");
    assert_eq!(keys("[The president] said... no"), "… said … no");
    assert_eq!(keys("long-range"), "long range");
    assert_eq!(keys("'Peace,' he said"), "peace he said");
    assert_eq!(keys(""), "");
}

#[test]
fn likeness_table() {
    let cases: &[(&str, &str, &str)] = &[
        // Identical up to case, punctuation and quote marks.
        (
            "We will never surrender.",
            "we will never surrender",
            "same",
        ),
        ("We don't want war", "We don’t want war!", "same"),
        // One inside the other: a partial quote.
        (
            "colossal damage",
            "It would cause colossal damage to our relations",
            "same",
        ),
        // Trimmed differently at each end.
        (
            "the talks were productive and we agreed to meet again",
            "we agreed to meet again in Budapest within two weeks",
            "same",
        ),
        // Ellipsis and bracketed insertions mark words left out.
        (
            "We will … defend every inch of our land",
            "We will, with our partners, defend every inch of our land",
            "same",
        ),
        (
            "[The president] will not give away territory",
            "Zelensky will not give away territory",
            "same",
        ),
        // A corrected typo.
        (
            "the goverment has failed its people",
            "the government has failed its people",
            "same",
        ),
        // Numbers written with and without separators.
        ("we sent 4,000 shells", "we sent 4000 shells", "same"),
        // Altered inside.
        (
            "We will never give up our land to the aggressor",
            "We will not give up our land to the aggressor",
            "altered",
        ),
        (
            "the call was very productive and friendly",
            "the call was very tense and unfriendly",
            "altered",
        ),
        (
            "we are not going to send Tomahawks to Ukraine",
            "we are going to send Tomahawks to Ukraine",
            "altered",
        ),
        (
            "the meeting could take place within two weeks",
            "the meeting could take place within two months",
            "altered",
        ),
        // Too different to be the same statement.
        (
            "we discussed trade and energy at length",
            "the weather in Budapest is lovely in autumn",
            "unlike",
        ),
        (
            "we will never surrender to anyone at all ever",
            "peace is possible only if Russia withdraws its troops",
            "unlike",
        ),
        ("", "anything", "unlike"),
    ];
    for (a, b, want) in cases {
        let got = like(a, b);
        assert_eq!(kind(&got), *want, "{a:?} vs {b:?}: {got:?}");
        let back = like(b, a);
        assert_eq!(kind(&back), *want, "symmetric: {b:?} vs {a:?}: {back:?}");
    }
}

#[test]
fn overlap_threshold_is_the_rules() {
    let a = words("one two three four five six seven eight nine ten");
    let b = words("one two three four five six seven EIGHTY NINETY TENS");
    let Likeness::Altered { overlap, .. } = likeness(&a, &b, 0.7) else {
        panic!("altered expected");
    };
    assert!((overlap - 0.7).abs() < 1e-9, "{overlap}");
    assert_eq!(likeness(&a, &b, 0.75), Likeness::Unlike);
}

#[test]
fn diff_shows_the_altered_words() {
    let a = words("We will never give up our land to the aggressor");
    let b = words("We will not give up our land to the aggressor");
    assert_eq!(
        render_diff(&a, &b),
        "We will [-never-] {+not+} give up our land to the aggressor"
    );
    let a = words(
        "It is a long statement with many words before the change happens here and then it goes on",
    );
    let b = words(
        "It is a long statement with many words before the shift happens here and then it goes on",
    );
    assert_eq!(
        render_diff(&a, &b),
        "… words before the [-change-] {+shift+} happens here and then it goes on"
    );
}

#[test]
fn one_edit_distance() {
    assert!(one_edit("goverment", "government"));
    assert!(one_edit("recieve", "receive"));
    assert!(one_edit("colour", "color"));
    assert!(!one_edit("never", "ever1x"));
    assert!(!typo("not", "now"));
    assert!(!typo("10000", "10001"));
    assert!(!typo("million", "billion"));
    assert!(!typo("eighty", "eight"));
}
