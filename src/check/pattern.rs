//! `pattern`: a sentence uses wording the desk wants a second look at.
//!
//! **What it finds.** Sentences that match the rule's `pattern` (a regular
//! expression) or one of its `words` (phrases matched as whole words),
//! ignoring case, in the body of every document: "unnamed officials said",
//! "sources familiar with the talks", "according to a person who". One
//! finding per matching sentence, located at the words that matched; a
//! sentence repeated inside one document is reported once.
//!
//! **What it leaves alone.** Front matter and site furniture lines
//! (`furniture.yaml`). It reads wording, not claims, so the claim scope
//! (`claims`, `measures`, `entities`) does not apply.
//!
//! **Why it matters.** A claim that rests on one anonymous source is the
//! claim a desk most needs to confirm before repeating it: the finding asks
//! for a second source.
//!
//! ```yaml
//! id: anonymous-source
//! kind: pattern
//! severity: info
//! words: [unnamed officials, sources familiar with, on condition of anonymity]
//! message: "{a.source} relies on an anonymous source (“{match}”): ask for a second source"
//! ```

use std::collections::BTreeSet;

use super::{Check, CheckInput, Finding, fingerprint};
use crate::document::{Document, LineIndex};
use crate::model::TextMatch;
use crate::rule::{Pattern as RulePattern, Rule, template};
use rayon::prelude::*;

pub struct Pattern;

impl Check for Pattern {
    fn kind(&self) -> &'static str {
        "pattern"
    }

    fn run(&self, rule: &Rule, input: &CheckInput) -> Vec<Finding> {
        let Some(pattern) = &rule.pattern else {
            return Vec::new();
        };
        // Documents in parallel; collecting keeps their order.
        input
            .documents
            .par_iter()
            .enumerate()
            .flat_map_iter(|(doc_index, doc)| doc_findings(rule, pattern, input, doc_index, doc))
            .collect()
    }
}

/// One finding per sentence of `doc` that matches, a repeated sentence once.
fn doc_findings(
    rule: &Rule,
    pattern: &RulePattern,
    input: &CheckInput,
    doc_index: usize,
    doc: &Document,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut lines: Option<LineIndex> = None;
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for sentence in input.sentences[doc_index].iter().cloned() {
        let text = &doc.text[sentence.clone()];
        if !pattern.may_match(text) {
            continue;
        }
        let found: Vec<_> = pattern.regex.find_iter(text).collect();
        if found.is_empty() {
            continue;
        }
        // The sentence as words: what the finding is about wherever
        // it sits in the document.
        let words = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if !seen.insert(words.clone()) {
            continue;
        }
        let lines = lines.get_or_insert_with(|| LineIndex::new(&doc.text));
        let matches: Vec<TextMatch> = found
            .iter()
            .map(|m| {
                let start = sentence.start + m.start();
                let end = sentence.start + m.end();
                let (line, column) = lines.locate(&doc.text, start);
                TextMatch {
                    doc: doc.id.clone(),
                    doc_index,
                    text: doc.text[start..end].to_string(),
                    span: (start..end).into(),
                    line: line + doc.first_line - 1,
                    column,
                }
            })
            .collect();
        findings.push(finding(rule, input, doc_index, text, &words, matches));
    }
    findings
}

fn finding(
    rule: &Rule,
    input: &CheckInput,
    doc_index: usize,
    sentence: &str,
    words: &str,
    matches: Vec<TextMatch>,
) -> Finding {
    let doc = &input.documents[doc_index];
    let first = matches[0].text.split_whitespace().collect::<Vec<_>>();
    let first = first.join(" ");
    let sentence = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    let message = template::render(&rule.message, |p| match p {
        "a.source" | "a.sources" | "sources" => doc.source.clone(),
        "a.doc" => doc.id.clone(),
        "a.sentence" => sentence.clone(),
        "a.text" | "match" => first.clone(),
        "rule" => rule.id.clone(),
        other => format!("{{{other}}}"),
    });
    Finding {
        rule: rule.id.clone(),
        severity: rule.severity,
        relation: None,
        message,
        // Rule, outlet and the sentence's words: never its position, so a
        // moved sentence keeps its fingerprint.
        fingerprint: fingerprint([rule.id.as_str(), doc.source.as_str(), words]),
        claims: Vec::new(),
        documents: vec![doc.id.clone()],
        key: None,
        diff: None,
        claim_indices: Vec::new(),
        side_a: 0,
        mentions: Vec::new(),
        matches,
        baselined: false,
        draft_claim: None,
        status: None,
        support: Vec::new(),
    }
}
