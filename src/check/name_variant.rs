//! `name-variant`: sources spell one entity in different ways.
//!
//! **What it finds.** Uses of a spelling that `entities.yaml` lists under an
//! entity's `variants` ("Kiev", "Zelensky"), in any document of the run. One
//! finding per entity names every variant with the outlets that use it and
//! the preferred form (the entity's `name`); the evidence is each use,
//! located.
//!
//! **What it leaves alone.** Aliases ("Trump", "the US"): they are other
//! names, not other spellings. Matching is case-sensitive and whole-word,
//! and the longest spelling wins, so "Zelenskyy" is never a use of
//! "Zelensky".
//!
//! **Why it matters.** Claims about either spelling are about one subject
//! (variants match like aliases), but a story that mixes spellings, or uses
//! the one the newsroom retired, reads as careless.
//!
//! ```yaml
//! id: name-variant
//! kind: name-variant
//! severity: info
//! message: "{variants}: the preferred spelling is “{preferred}”"
//! ```

use std::collections::BTreeMap;

use super::{Check, CheckInput, Finding, fingerprint};
use crate::model::NameMention;
use crate::rule::suggest::closest;
use crate::rule::{Rule, template};

pub struct NameVariant;

impl Check for NameVariant {
    fn kind(&self) -> &'static str {
        "name-variant"
    }

    fn run(&self, rule: &Rule, input: &CheckInput) -> Vec<Finding> {
        // Entity id → its uses, in document order.
        let mut by_entity: BTreeMap<&str, Vec<&NameMention>> = BTreeMap::new();
        for m in input.names {
            by_entity.entry(m.entity.as_str()).or_default().push(m);
        }
        by_entity
            .into_iter()
            .filter(|(_, uses)| uses.iter().any(|m| m.variant))
            .map(|(entity, uses)| finding(rule, input, entity, &uses))
            .collect()
    }
}

fn finding(rule: &Rule, input: &CheckInput, entity: &str, uses: &[&NameMention]) -> Finding {
    let source = |m: &NameMention| input.documents[m.doc_index].source.as_str();
    // Spelling → outlets using it, both in first-use order.
    let mut spellings: Vec<(&str, bool, Vec<&str>)> = Vec::new();
    for m in uses {
        match spellings.iter_mut().find(|(t, _, _)| *t == m.text) {
            Some((_, _, outlets)) => {
                if !outlets.contains(&source(m)) {
                    outlets.push(source(m));
                }
            }
            None => spellings.push((m.text.as_str(), m.variant, vec![source(m)])),
        }
    }
    // The preferred form: of the entity's name and aliases, the one spelt
    // most like the first variant ("Zelensky" → "Zelenskyy", not the full
    // name).
    let first_variant = uses
        .iter()
        .find(|m| m.variant)
        .map_or("", |m| m.text.as_str());
    let preferred = input
        .entities
        .iter()
        .find(|e| e.id == entity)
        .and_then(|e| {
            closest(
                first_variant,
                std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str)),
            )
        })
        .unwrap_or(entity);
    let list = |variant: bool| {
        spellings
            .iter()
            .filter(|s| s.1 == variant)
            .map(|(t, _, outlets)| format!("“{t}” ({})", outlets.join(", ")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (variants, others) = (list(true), list(false));
    let message = template::render(&rule.message, |p| match p {
        "preferred" => preferred.to_string(),
        "variants" => variants.clone(),
        "spellings" => others.clone(),
        "entity" => entity.to_string(),
        "rule" => rule.id.clone(),
        "key" => format!("spelling of {preferred}"),
        other => format!("{{{other}}}"),
    });
    // Evidence: the first use of each spelling in each document, variants
    // first (what the editor must change), then the preferred uses.
    let mut mentions: Vec<NameMention> = Vec::new();
    for m in uses {
        if !mentions
            .iter()
            .any(|x| x.doc_index == m.doc_index && x.text == m.text)
        {
            mentions.push((*m).clone());
        }
    }
    mentions.sort_by_key(|m| (!m.variant, m.doc_index, m.span.start));
    let mut parts: Vec<String> = uses
        .iter()
        .filter(|m| m.variant)
        .map(|m| format!("{}|{}", source(m), m.text))
        .collect();
    parts.sort();
    parts.dedup();
    let mut documents: Vec<String> = Vec::new();
    for m in &mentions {
        if !documents.contains(&m.doc) {
            documents.push(m.doc.clone());
        }
    }
    Finding {
        rule: rule.id.clone(),
        severity: rule.severity,
        relation: None,
        message,
        fingerprint: fingerprint(
            [rule.id.as_str(), entity]
                .into_iter()
                .chain(parts.iter().map(String::as_str)),
        ),
        claims: Vec::new(),
        documents,
        key: Some(format!("spelling of {preferred}")),
        diff: None,
        claim_indices: Vec::new(),
        side_a: 0,
        mentions,
        support: Vec::new(),
        matches: Vec::new(),
        baselined: false,
        draft_claim: None,
        status: None,
    }
}
