//! The stages in order: load → normalize → segment → extract → key → graph →
//! rules. Documents are independent until `key`, so everything before it runs
//! in parallel, one document per task, results kept in input order.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;

use rayon::prelude::*;

use crate::check::{self, CheckInput, Finding};
use crate::document::{Document, InputError, LineIndex, Loaded, normalize};
use crate::entity::{EntityIndex, EntityKind};
use crate::extract::{self, RawClaim};
use crate::fnv::FnvBuild;
use crate::graph::{ClaimGraph, ComparePolicy};
use crate::key::{ClaimKey, key_of};
use crate::model::Claim;
use crate::rule::{RuleError, RuleSet, Severity};
use crate::segment::Segmenter;
use crate::story::{self, Profile, Stories, StoryPolicy};

/// Everything extraction needs that does not change between documents.
pub struct Extraction {
    segmenter: Segmenter,
    entities: EntityIndex,
    /// Lowercase line prefixes of site furniture.
    furniture: Vec<String>,
    /// Measure synonyms (word → the group's name).
    measures: BTreeMap<String, String>,
}

impl Extraction {
    pub fn new(rules: &RuleSet) -> Self {
        Extraction {
            segmenter: Segmenter::default(),
            entities: EntityIndex::new(rules.entities.clone()),
            furniture: rules.furniture.clone(),
            measures: rules.measures.clone(),
        }
    }

    pub fn entities(&self) -> &EntityIndex {
        &self.entities
    }

    /// The claims of one document, in text order, with ids `DOC#1`, `DOC#2`….
    pub fn claims(&self, doc: &Document, doc_index: usize) -> Vec<Claim> {
        self.extract(doc, doc_index).0
    }

    /// The claims of one document and its story profile, in one pass.
    pub fn extract(&self, doc: &Document, doc_index: usize) -> (Vec<Claim>, Profile) {
        let norm = normalize(&doc.text);
        let text: &str = &norm.text;
        let body = norm.to_normalized(doc.body_start)..text.len();
        let skipped = self.furniture_lines(text, body.clone());
        let lines = LineIndex::new(&doc.text);
        let mut seen: HashSet<&str, FnvBuild> = HashSet::default();
        let mut raw: Vec<RawClaim> = Vec::new();
        let mut claims = Vec::new();
        let mut names = Vec::new();
        for sentence in self.segmenter.split_range(text, body) {
            if skipped.iter().any(|l| l.contains(&sentence.start)) {
                continue;
            }
            let s = &text[sentence.clone()];
            // A passage repeated inside one document (a scraper glitch) is
            // one statement: its claims are read once.
            if s.len() >= 40 && !seen.insert(s) {
                continue;
            }
            story::collect_names(s, &mut names);
            raw.clear();
            for extractor in extract::REGISTRY {
                extractor.extract(text, sentence.clone(), &mut raw);
            }
            if raw.is_empty() {
                continue;
            }
            let mut entities: Vec<String> = self
                .entities
                .find(s)
                .into_iter()
                .map(|i| self.entities.get(i).id.clone())
                .collect();
            entities.sort();
            let sentence_span =
                (norm.to_original(sentence.start)..norm.to_original(sentence.end)).into();
            for r in raw.drain(..) {
                let start = norm.to_original(r.span.start);
                let end = norm.to_original(r.span.end);
                let (line, column) = lines.locate(&doc.text, start);
                claims.push(Claim {
                    id: format!("{}#{}", doc.id, claims.len() + 1),
                    doc: doc.id.clone(),
                    doc_index,
                    kind: r.kind,
                    text: doc.text[start..end].to_string(),
                    span: (start..end).into(),
                    line: line + doc.first_line - 1,
                    column,
                    sentence: sentence_span,
                    value: r.value,
                    measure: r.measure,
                    entities: entities.clone(),
                    speaker: None,
                    as_of: r.as_of,
                });
            }
        }
        (claims, story::profile(doc.published, names))
    }

    /// Byte ranges of body lines that are site furniture.
    fn furniture_lines(&self, text: &str, body: Range<usize>) -> Vec<Range<usize>> {
        if self.furniture.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut pos = body.start;
        for line in text[body].split_inclusive('\n') {
            let trimmed = line.trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '#' | '*' | '_' | '>')
            });
            // Prefixes are stored lowercase; compare bytes without allocating
            // (ASCII letters ignore case, other characters must match).
            let is_furniture = self.furniture.iter().any(|f| {
                trimmed
                    .as_bytes()
                    .get(..f.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(f.as_bytes()))
            });
            if is_furniture {
                out.push(pos..pos + line.len());
            }
            pos += line.len();
        }
        out
    }

    /// The key of a claim: its non-person entities are its subjects.
    pub fn key(&self, claim: &Claim) -> Option<ClaimKey> {
        let subjects = claim
            .entities
            .iter()
            .filter(|id| {
                self.entities
                    .entity(id)
                    .is_none_or(|e| e.kind != EntityKind::Person)
            })
            .cloned()
            .collect();
        key_of(claim, subjects, &self.measures)
    }
}

/// The result of a run: what was read, found and concluded.
pub struct Analysis {
    pub documents: Vec<Document>,
    pub claims: Vec<Claim>,
    pub graph: ClaimGraph,
    pub findings: Vec<Finding>,
    pub errors: Vec<InputError>,
    pub rule_errors: Vec<RuleError>,
    /// Files a directory walk passed over (unsupported extension).
    pub skipped: Vec<String>,
}

impl Analysis {
    /// Findings per severity: (error, warning, info).
    pub fn counts(&self) -> (usize, usize, usize) {
        let n = |s| self.findings.iter().filter(|f| f.severity == s).count();
        (n(Severity::Error), n(Severity::Warning), n(Severity::Info))
    }

    /// True when a finding is at or above `fail_on` (`None`: never fail).
    pub fn fails(&self, fail_on: Option<Severity>) -> bool {
        fail_on.is_some_and(|t| self.findings.iter().any(|f| f.severity <= t))
    }

    /// True when an input or rule could not be read as given.
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty() || !self.rule_errors.is_empty()
    }
}

/// The tolerance of the first conflict rule (by id) covering each claim kind.
fn policy(rules: &RuleSet) -> ComparePolicy {
    let mut policy = ComparePolicy::default();
    for rule in rules.rules.iter().filter(|r| r.kind == "conflict") {
        for &kind in &rule.claims {
            if !policy.by_kind.iter().any(|(k, _)| *k == kind) {
                policy.by_kind.push((kind, rule.tolerance.clone()));
            }
        }
    }
    policy
}

/// Runs extract → key → graph → rules over loaded documents.
pub fn analyze(loaded: Loaded, rules: &RuleSet, rule_errors: Vec<RuleError>) -> Analysis {
    let extraction = Extraction::new(rules);
    let per_doc: Vec<(Vec<Claim>, Profile)> = loaded
        .documents
        .par_iter()
        .enumerate()
        .map(|(i, d)| extraction.extract(d, i))
        .collect();
    let (per_doc_claims, profiles): (Vec<Vec<Claim>>, Vec<Profile>) = per_doc.into_iter().unzip();
    let claims: Vec<Claim> = per_doc_claims.into_iter().flatten().collect();
    let keys: Vec<Option<ClaimKey>> = claims.iter().map(|c| extraction.key(c)).collect();
    let stories = Stories {
        profiles,
        policy: StoryPolicy::default(),
    };
    let graph = ClaimGraph::build(&claims, keys, &policy(rules), &stories);
    let findings = check::run_rules(
        &rules.rules,
        &CheckInput {
            documents: &loaded.documents,
            claims: &claims,
            graph: &graph,
        },
    );
    Analysis {
        documents: loaded.documents,
        claims,
        graph,
        findings,
        errors: loaded.errors,
        rule_errors,
        skipped: loaded.skipped,
    }
}
