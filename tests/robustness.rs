//! Strange text never crashes extraction, and every span stays inside the
//! document on character boundaries.

use crosscheck::document::load_str;
use crosscheck::pipeline::Extraction;
use crosscheck::rule::load_builtin;
use proptest::prelude::*;

fn pieces() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("$".to_string()),
        Just("US$".to_string()),
        Just("€".to_string()),
        Just(" billion".to_string()),
        Just("bn".to_string()),
        Just("%".to_string()),
        Just(" percent".to_string()),
        Just("over ".to_string()),
        Just("about ".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\u{a0}".to_string()),
        Just("—".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("U.S. ".to_string()),
        Just("Sept. ".to_string()),
        Just("soldiers ".to_string()),
        "[0-9]{1,7}",
        "[0-9]{1,3}(,[0-9]{3}){0,3}(\\.[0-9]{1,2})?",
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn extraction_never_panics_and_spans_are_sound(body in pieces()) {
        let (rules, _) = load_builtin();
        let extraction = Extraction::new(&rules);
        let text = format!("---\nsource: X\n---\n{body}");
        if let (Some(doc), _) = load_str("p.md", &text) {
            for c in extraction.claims(&doc, 0) {
                prop_assert!(c.span.start < c.span.end && c.span.end <= doc.text.len());
                prop_assert!(doc.text.is_char_boundary(c.span.start) && doc.text.is_char_boundary(c.span.end));
                prop_assert!(c.sentence.start <= c.span.start && c.span.end <= c.sentence.end);
                prop_assert_eq!(&doc.text[c.span.range()], c.text.as_str());
            }
        }
    }
}
