//! Rule examples as tests: each example's documents are checked with the
//! rule alone (plus the directory's entities and furniture), and the rule ids
//! that fire must be exactly the ones the example expects.

use crate::document::{Loaded, load_str};
use crate::pipeline::analyze;
use crate::rule::{Rule, RuleSet};

/// One example that did not do what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFailure {
    pub rule: String,
    pub file: String,
    pub line: usize,
    pub expected: Vec<String>,
    pub fired: Vec<String>,
}

/// Runs every example of every rule; returns (examples run, failures).
pub fn run_examples(set: &RuleSet) -> (usize, Vec<ExampleFailure>) {
    let mut failures = Vec::new();
    let mut run = 0;
    for rule in &set.rules {
        for example in &rule.examples {
            run += 1;
            let fired = fire(set, rule, &example.docs);
            let mut expected = example.expect.clone();
            expected.sort();
            expected.dedup();
            if fired != expected {
                failures.push(ExampleFailure {
                    rule: rule.id.clone(),
                    file: rule.file.clone(),
                    line: example.line,
                    expected,
                    fired,
                });
            }
        }
    }
    (run, failures)
}

fn fire(set: &RuleSet, rule: &Rule, docs: &[String]) -> Vec<String> {
    let mut loaded = Loaded::default();
    for (i, text) in docs.iter().enumerate() {
        let (mut doc, errors) = load_str(&format!("example-{}.md", i + 1), text);
        // A `draft` rule's examples: the first document is the draft.
        if let Some(d) = doc.as_mut() {
            d.draft = i == 0 && rule.kind == "draft";
        }
        loaded.documents.extend(doc);
        loaded.errors.extend(errors);
    }
    let only = RuleSet {
        rules: vec![rule.clone()],
        entities: set.entities.clone(),
        furniture: set.furniture.clone(),
        measures: set.measures.clone(),
        events: set.events.clone(),
        origin: set.origin.clone(),
        settings: set.settings.clone(),
    };
    let analysis = analyze(loaded, &only, Vec::new());
    let mut fired: Vec<String> = analysis.findings.into_iter().map(|f| f.rule).collect();
    fired.sort();
    fired.dedup();
    fired
}
