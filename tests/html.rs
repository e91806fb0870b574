//! The HTML extractor against hand-made news pages in `tests/data/html/`.
//!
//! Each `NAME.html` has `NAME.expected.txt` (the exact body text),
//! `NAME.meta.txt` (title/published/source/url, `none` for absent) and
//! `NAME.furniture.txt` (strings from the page that must not leak into the
//! text: menus, share bars, related headlines, credits, disclaimers).

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use crosscheck::html::{HtmlArticle, extract_html};
use proptest::prelude::*;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/html")
}

/// Every page name, sorted, so failures come in a stable order.
fn pages() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(data_dir())
        .expect("tests/data/html exists")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            Some(name.strip_suffix(".html")?.to_string())
        })
        .collect();
    names.sort();
    names
}

fn read(name: &str, ext: &str) -> String {
    let path = data_dir().join(format!("{name}.{ext}"));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn extract(name: &str) -> HtmlArticle {
    extract_html(&read(name, "html"))
}

/// `key: value` lines; `none` means the field must be absent.
fn expected_meta(name: &str, key: &str) -> Option<String> {
    let meta = read(name, "meta.txt");
    let line = meta
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{key}: ")))
        .unwrap_or_else(|| panic!("{name}.meta.txt has no `{key}:` line"));
    (line != "none").then(|| line.to_string())
}

#[test]
fn there_are_enough_pages() {
    assert!(pages().len() >= 12, "only {} pages", pages().len());
}

#[test]
fn body_text_is_exactly_the_expected_paragraphs() {
    let mut failures = Vec::new();
    for name in pages() {
        let expected = read(&name, "expected.txt");
        let got = extract(&name).text;
        if got != expected.trim_end() {
            failures.push(format!(
                "== {name}\n-- expected\n{}\n-- got\n{got}\n",
                expected.trim_end()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_expected_paragraph_appears_in_order() {
    // Redundant with exact equality, but names the first missing paragraph.
    for name in pages() {
        let text = extract(&name).text;
        let mut from = 0;
        for para in read(&name, "expected.txt").split("\n\n").map(str::trim) {
            let at = text[from..].find(para);
            assert!(at.is_some(), "{name}: missing or out of order:\n{para}");
            from += at.unwrap_or(0) + para.len();
        }
    }
}

#[test]
fn no_furniture_leaks() {
    let mut leaks = Vec::new();
    for name in pages() {
        let text = extract(&name).text;
        for line in read(&name, "furniture.txt")
            .lines()
            .filter(|l| !l.is_empty())
        {
            if text.contains(line) {
                leaks.push(format!("{name}: {line:?}"));
            }
        }
    }
    assert!(leaks.is_empty(), "furniture in text:\n{}", leaks.join("\n"));
}

#[test]
fn metadata_matches() {
    let mut wrong = Vec::new();
    for name in pages() {
        let got = extract(&name);
        let published = got.published.map(|d| d.format("%Y-%m-%d").to_string());
        for (key, value) in [
            ("title", got.title),
            ("published", published),
            ("source", got.source),
            ("url", got.url),
        ] {
            let want = expected_meta(&name, key);
            if value != want {
                wrong.push(format!("{name}: {key}: want {want:?}, got {value:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn published_date_sources_and_precedence() {
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    let cases = [
        // article:published_time beats JSON-LD
        (
            r#"<meta property="article:published_time" content="2025-10-17T23:30:00-04:00">
               <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-10-01"}</script>"#,
            date(2025, 10, 17),
        ),
        // JSON-LD beats itemprop and <time>
        (
            r#"<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","datePublished":"2025-10-18T01:00:00+09:00"}}</script>
               <header><time datetime="2025-10-02">Oct 2</time></header>"#,
            date(2025, 10, 18),
        ),
        // itemprop on <time>
        (
            r#"<p>By X <time itemprop="datePublished" datetime="2025-10-19">today</time></p>"#,
            date(2025, 10, 19),
        ),
        // a <time> in the article header, but not one elsewhere
        (
            r#"<article><header><h1>T</h1><time datetime="2025-10-20T10:00Z">x</time></header><p>text</p></article>"#,
            date(2025, 10, 20),
        ),
        (
            r#"<p>Meet on <time datetime="2025-11-01">Nov 1</time>.</p>"#,
            None,
        ),
        // an invalid date is skipped, not fatal
        (
            r#"<meta property="article:published_time" content="2025-13-45"><meta itemprop="datePublished" content="2025-10-21">"#,
            date(2025, 10, 21),
        ),
    ];
    for (html, want) in cases {
        assert_eq!(extract_html(html).published, want, "{html}");
    }
}

#[test]
fn title_falls_back_to_the_first_h1_own_text() {
    let a = extract_html("<h1>Headline <em>here</em><div><p>Body paragraph.</p></div>");
    assert_eq!(a.title.as_deref(), Some("Headline here"));
    assert_eq!(a.text, "Body paragraph.");
}

#[test]
fn empty_and_non_html_inputs_do_not_panic() {
    assert_eq!(extract_html(""), HtmlArticle::default());
    let plain = "Just a plain text file.\nIt has two lines, and no markup at all.";
    assert_eq!(
        extract_html(plain).text,
        "Just a plain text file. It has two lines, and no markup at all."
    );
    let png = String::from_utf8_lossy(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0<html><p>");
    let _ = extract_html(&png);
    for junk in [
        "<",
        "</",
        "<!--",
        "<![CDATA[",
        "<script>",
        "&#xFFFFFFFF;&#0;&#x110000;&#55296;",
        "<table><td><td><td>",
        "<svg><title><p>x</title></svg>",
        "<p>\u{0}\u{FFFF}\u{10FFFF}</p>",
        "{\"@type\":\"NewsArticle\"}",
    ] {
        let _ = extract_html(junk);
    }
}

/// Inline tags nest without the parser's scope scans, so 100,000 levels
/// parse quickly and would overflow any recursive walk. Block tags make the
/// tree builder itself quadratic in depth (as in browsers' algorithm), so
/// they are tested shallower.
#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    for (tag, depth) in [
        ("b", 100_000),
        ("span", 100_000),
        ("div", 3_000),
        ("blockquote", 3_000),
    ] {
        let html = format!("<{tag}>").repeat(depth) + "Some text at the bottom of the pit.";
        assert_eq!(
            extract_html(&html).text,
            "Some text at the bottom of the pit."
        );
    }
    let ld = format!(
        "<script type=application/ld+json>{}1{}</script>",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let _ = extract_html(&ld);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_strings_do_not_panic(s in any::<String>()) {
        let _ = extract_html(&s);
    }

    /// What a loader hands over for a file of random bytes: its lossy text.
    #[test]
    fn random_bytes_do_not_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        let _ = extract_html(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn tag_soup_does_not_panic(parts in prop::collection::vec(soup_piece(), 0..200)) {
        let a = extract_html(&parts.concat());
        prop_assert!(!a.text.contains("\n\n\n"));
        prop_assert_eq!(a.text.trim(), a.text.as_str());
    }
}

/// Fragments of markup that exercise the parser's recovery paths.
fn soup_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<div class=\"share\">".to_string()),
        Just("<div class=story-body>".to_string()),
        Just("</div>".to_string()),
        Just("<br>".to_string()),
        Just("<table><tr><td>".to_string()),
        Just("<a href=x>".to_string()),
        Just("</a>".to_string()),
        Just("<script>".to_string()),
        Just("<h1>".to_string()),
        Just("<blockquote>".to_string()),
        Just("&amp;&nbsp;&#8217;".to_string()),
        Just("<meta property=og:title content=\"T\">".to_string()),
        Just("<script type=application/ld+json>{\"@graph\":[".to_string()),
        "[a-zA-Z0-9 .,\"'\u{201C}\u{201D}]{0,80}",
    ]
}

/// The pages as `crosscheck` reads them: loaded by extension, the article
/// text is the document, metadata fills the document's fields, and no claim
/// comes from furniture (its sentence holds no furniture string).
#[test]
fn pages_load_as_documents_and_furniture_yields_no_claim() {
    use crosscheck::document::load_paths;
    use crosscheck::pipeline::analyze;
    use crosscheck::rule::load_builtin;

    let (rules, _) = load_builtin();
    let mut claims = 0;
    for name in pages() {
        let path = data_dir().join(format!("{name}.html"));
        let loaded = load_paths(&[&path]);
        assert!(loaded.errors.is_empty(), "{name}: {:?}", loaded.errors);
        let doc = &loaded.documents[0];
        assert!(doc.extracted, "{name}");
        assert_eq!(doc.text, extract(&name).text, "{name}");
        if let Some(source) = expected_meta(&name, "source") {
            assert_eq!(doc.source, source, "{name}");
        }
        let published = doc.published.map(|d| d.format("%Y-%m-%d").to_string());
        if let Some(p) = expected_meta(&name, "published") {
            assert_eq!(published.as_deref(), Some(p.as_str()), "{name}");
        }
        let furniture: Vec<String> = read(&name, "furniture.txt")
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect();
        let analysis = analyze(loaded, &rules, Vec::new());
        for c in &analysis.claims {
            let doc = &analysis.documents[c.doc_index];
            let sentence = &doc.text[c.sentence.start..c.sentence.end];
            assert_eq!(&doc.text[c.span.start..c.span.end], c.text, "{name}");
            for f in &furniture {
                assert!(
                    !sentence.contains(f.as_str()),
                    "{name}: {f:?} in {sentence:?}"
                );
            }
        }
        claims += analysis.claims.len();
    }
    assert!(claims > 50, "only {claims} claims from the pages");
}
