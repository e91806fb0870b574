//! The stages in order: load → normalize → segment → extract → key → graph →
//! rules. Documents are independent until `key`, so everything before it runs
//! in parallel, one document per task, results kept in input order.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::check::{self, CheckInput, Finding};
use crate::document::{Document, InputError, LineIndex, Loaded, Normalized, normalize};
use crate::draft::{self, DraftClaim};
use crate::entity::{EntityIndex, EntityKind};
use crate::extract::date::{DateMention, DatePrefs, Tense, find_dates};
use crate::extract::event::{EventLexicon, event_of};
use crate::extract::quote::{Speaker, Via, find_quotes};
use crate::extract::{self, RawClaim};
use crate::fnv::FnvBuild;
use crate::graph::{ClaimGraph, ComparePolicy, Pairing};
use crate::key::{ClaimKey, key_of};
use crate::model::{
    Claim, ClaimKind, DateValue, NameMention, QuoteValue, Span, SpeakerKind, Value,
};
use crate::origin::{self, Blocking, Fingerprint, OriginLink, OriginParams};
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
    /// Event words and phrases → the event's name.
    events: EventLexicon,
    dates: DatePrefs,
    origin: OriginParams,
    /// The currency of a bare "$" or "dollars" (`settings.yaml`).
    currency: String,
}

impl Extraction {
    pub fn new(rules: &RuleSet) -> Self {
        Extraction {
            segmenter: Segmenter::new(&rules.settings.abbreviations),
            entities: EntityIndex::new(rules.entities.clone()),
            furniture: rules.furniture.clone(),
            measures: rules.measures.clone(),
            events: rules
                .events
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            dates: DatePrefs {
                numeric_order: rules
                    .settings
                    .date_order
                    .unwrap_or(DatePrefs::default().numeric_order),
            },
            currency: rules.settings.currency().to_string(),
            origin: rules.origin.clone(),
        }
    }

    pub fn entities(&self) -> &EntityIndex {
        &self.entities
    }

    /// The claims of one document, in text order, with ids `DOC#1`, `DOC#2`….
    pub fn claims(&self, doc: &Document, doc_index: usize) -> Vec<Claim> {
        self.extract(doc, doc_index).claims
    }

    /// The claims of one document, its story profile and its uses of
    /// spellings the name-variant rule watches, in one pass.
    pub fn extract(&self, doc: &Document, doc_index: usize) -> DocExtract {
        let norm = normalize(&doc.text);
        let body = norm.to_normalized(doc.body_start)..norm.text.len();
        let skipped = self.furniture_lines(&norm.text, body.clone());
        let reading = Reading {
            doc,
            index: doc_index,
            norm,
            skipped,
            lines: LineIndex::new(&doc.text),
        };
        let (norm, text) = (&reading.norm, &*reading.norm.text);
        // Each long sentence and where it first occurs.
        let mut seen: HashMap<&str, usize, FnvBuild> = HashMap::default();
        let mut repeats: Vec<RepeatedPassage> = Vec::new();
        let mut in_repeat = false;
        let mut raw: Vec<RawClaim> = Vec::new();
        let mut claims = Vec::new();
        let mut names = Vec::new();
        let mut sentences = Vec::new();
        for sentence in self.segmenter.split_range(text, body) {
            if reading.is_furniture(sentence.start) {
                continue;
            }
            let original = norm.to_original(sentence.start)..norm.to_original(sentence.end);
            sentences.push(original.clone());
            let s = &text[sentence.clone()];
            // A passage repeated inside one document (a scraper glitch) is
            // one statement: its claims are read once, and the repeat is
            // noted (consecutive repeated sentences as one passage).
            if s.len() >= 40 {
                let first = *seen.entry(s).or_insert(sentence.start);
                if first != sentence.start {
                    let end = norm.to_original(sentence.end);
                    let end_line = reading.locate(end.saturating_sub(1)).0;
                    match repeats.last_mut() {
                        Some(r) if in_repeat => {
                            r.span.end = end;
                            r.end_line = end_line;
                        }
                        _ => {
                            let start = norm.to_original(sentence.start);
                            let first = norm.to_original(first);
                            repeats.push(RepeatedPassage {
                                doc_index,
                                span: (start..end).into(),
                                line: reading.locate(start).0,
                                first_line: reading.locate(first).0,
                                end_line,
                            });
                        }
                    }
                    in_repeat = true;
                    continue;
                }
                in_repeat = false;
            }
            let names_from = names.len();
            story::collect_names(s, &mut names);
            raw.clear();
            for extractor in extract::REGISTRY {
                extractor.extract(text, sentence.clone(), &mut raw);
            }
            let dates = find_dates(s, doc.published, &self.dates);
            if raw.is_empty() && dates.is_empty() {
                continue;
            }
            let figures = raw.len();
            for r in raw.iter_mut().filter(|r| r.as_of.is_none()) {
                r.as_of_dates = as_of_date(s, r.span.start - sentence.start, &dates);
                r.as_of = r.as_of_dates.map(iso_interval);
            }
            for m in &dates {
                let span = sentence.start + m.span.start..sentence.start + m.span.end;
                // A figure's words are never also a date ("a 30-day truce").
                if raw[..figures]
                    .iter()
                    .any(|r| r.span.start < span.end && span.start < r.span.end)
                {
                    continue;
                }
                raw.push(date_claim(s, sentence.start, m, &self.events));
            }
            let entities = self.entity_ids(s, doc.published);
            let sentence_span = original.into();
            let mut sentence_names: Vec<u64> = Vec::new();
            if raw.len() > figures {
                sentence_names = names[names_from..].to_vec();
                sentence_names.sort_unstable();
                sentence_names.dedup();
            }
            for r in &raw {
                let start = norm.to_original(r.span.start);
                let end = norm.to_original(r.span.end);
                let (line, column) = reading.locate(start);
                claims.push(Claim {
                    id: String::new(),
                    doc: doc.id.clone(),
                    doc_index,
                    kind: r.kind,
                    text: doc.text[start..end].to_string(),
                    span: (start..end).into(),
                    line,
                    column,
                    sentence: sentence_span,
                    value: self.currency_of(&r.value, &doc.text[start..end]),
                    measure: r.measure.clone(),
                    entities: entities.clone(),
                    speaker: None,
                    as_of: r.as_of.clone(),
                    as_of_dates: r.as_of_dates,
                    names: if r.kind == ClaimKind::Date {
                        sentence_names.clone()
                    } else {
                        Vec::new()
                    },
                });
            }
        }
        self.quote_claims(&reading, &mut claims);
        // Dates were appended after their sentence's figures, and quotes
        // span sentences in a pass of their own: one sort puts every claim
        // in text order, then they are numbered.
        claims.sort_by_key(|c| (c.span.start, c.span.end));
        for (n, c) in claims.iter_mut().enumerate() {
            c.id = format!("{}#{}", doc.id, n + 1);
        }
        let spellings = self.name_mentions(&reading);
        DocExtract {
            claims,
            profile: story::profile(doc.published, names),
            names: spellings,
            fingerprint: origin::fingerprint(&doc.text[doc.body_start..], &self.origin),
            repeats,
            sentences,
        }
    }

    /// The ids of the entities `text` names (offices on `day`), sorted.
    fn entity_ids(&self, text: &str, day: Option<NaiveDate>) -> Vec<String> {
        let mut ids: Vec<String> = self
            .entities
            .find_on(text, day)
            .into_iter()
            .map(|i| self.entities.get(i).id.clone())
            .collect();
        ids.sort();
        ids
    }

    /// Uses of watched spellings in the body, furniture lines skipped.
    fn name_mentions(&self, reading: &Reading) -> Vec<NameMention> {
        let (doc, norm) = (reading.doc, &reading.norm);
        let body = norm.to_normalized(doc.body_start);
        self.entities
            .name_uses(&norm.text[body..])
            .into_iter()
            .filter(|u| !reading.is_furniture(body + u.range.start))
            .map(|u| {
                let start = norm.to_original(body + u.range.start);
                let end = norm.to_original(body + u.range.end);
                let (line, column) = reading.locate(start);
                NameMention {
                    doc: doc.id.clone(),
                    doc_index: reading.index,
                    entity: self.entities.get(u.entity).id.clone(),
                    text: doc.text[start..end].to_string(),
                    span: (start..end).into(),
                    line,
                    column,
                    variant: u.variant,
                }
            })
            .collect()
    }

    /// Quote claims of one document, found on its original text (curly
    /// marks tell opening from closing). A quote repeated inside the
    /// document (a doubled passage) is one claim.
    fn quote_claims(&self, reading: &Reading, claims: &mut Vec<Claim>) {
        let doc = reading.doc;
        let mut seen: HashSet<(Option<&str>, &str)> = HashSet::new();
        let mentions = find_quotes(&doc.text, doc.body_start..doc.text.len());
        for m in &mentions {
            if reading.is_furniture(reading.norm.to_normalized(m.span.start)) {
                continue;
            }
            let speaker = m.speaker.as_ref().map(|s| s.name.as_str());
            if !seen.insert((speaker, m.text.as_str())) {
                continue;
            }
            let text = &doc.text[m.span.clone()];
            let entities = self.entity_ids(text, doc.published);
            // The speaker's id when the entity list knows the name as
            // written, or the office on the article's date.
            let speaker_id = speaker
                .and_then(|name| self.entities.named(name, doc.published))
                .map(|i| self.entities.get(i).id.clone());
            let speaker_kind = m.speaker.as_ref().map(|s| {
                let listed = speaker_id
                    .as_deref()
                    .and_then(|id| self.entities.entity(id));
                speaker_kind(s, listed.map(|e| e.kind))
            });
            let (line, column) = reading.locate(m.span.start);
            claims.push(Claim {
                id: String::new(),
                doc: doc.id.clone(),
                doc_index: reading.index,
                kind: ClaimKind::Quote,
                text: text.to_string(),
                span: m.span.clone().into(),
                line,
                column,
                sentence: m.span.clone().into(),
                value: Value::Quote(QuoteValue {
                    quote: m.text.clone(),
                    speaker: speaker.map(str::to_string),
                    speaker_id,
                    direct: m.direct,
                    cue: m.cue.clone(),
                    partial: m.partial,
                    speaker_kind,
                }),
                measure: None,
                entities,
                speaker: speaker.map(str::to_string),
                as_of: None,
                as_of_dates: None,
                names: Vec::new(),
            });
        }
    }

    /// A money value in the newsroom's default currency when its text has
    /// only a bare "$" or "dollars" (the figure extractors read those as
    /// USD).
    fn currency_of(&self, value: &Value, text: &str) -> Value {
        match value {
            Value::Figure(f)
                if self.currency != "USD"
                    && f.unit.as_deref() == Some("USD")
                    && !extract::currency::names_usd(text) =>
            {
                let mut f = f.clone();
                f.unit = Some(self.currency.clone());
                Value::Figure(f)
            }
            other => other.clone(),
        }
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

impl Extraction {
    /// Whether two dated sentences can be about one event. Sources name
    /// participants unevenly ("his call with Putin", "Trump and Putin spoke"),
    /// so one set may hold the other; but two different places ("met in
    /// Riyadh", "met in Istanbul") are two events. Sharing some names is not
    /// enough: a story's protagonists appear in most of its sentences.
    pub fn same_participants(&self, a: &Claim, b: &Claim) -> bool {
        let is_place = |id: &&String| {
            self.entities
                .entity(id)
                .is_some_and(|e| e.kind == EntityKind::Place)
        };
        let pa: Vec<&String> = a.entities.iter().filter(is_place).collect();
        let pb: Vec<&String> = b.entities.iter().filter(is_place).collect();
        if !pa.is_empty() && !pb.is_empty() && !pa.iter().any(|p| pb.contains(p)) {
            return false;
        }
        let nested = |x: &[String], y: &[String]| {
            let shared = x.iter().filter(|e| y.contains(e)).count();
            shared == x.len().min(y.len())
        };
        // Names nobody listed count too ("Gen. Müller", "Baghdad"), compared
        // the same way: hashed and sorted, one set inside the other.
        let (na, nb) = (&a.names, &b.names);
        let shared = na.iter().filter(|n| nb.binary_search(n).is_ok()).count();
        nested(&a.entities, &b.entities) && shared == na.len().min(nb.len())
    }
}

/// How a quote's speaker is known. A listed entity's kind decides; else
/// the quote finder's reading: a name, a role, an organisation, or a pronoun
/// it could not resolve (left as written).
fn speaker_kind(s: &Speaker, listed: Option<EntityKind>) -> SpeakerKind {
    match listed {
        Some(EntityKind::Person) if s.via == Via::Pronoun => return SpeakerKind::Resolved,
        Some(EntityKind::Person) => return SpeakerKind::Person,
        Some(_) => return SpeakerKind::Organization,
        None => {}
    }
    let capitalized = s
        .name
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    match s.via {
        Via::Organization => SpeakerKind::Organization,
        Via::Title => SpeakerKind::Role,
        Via::Name => SpeakerKind::Person,
        Via::Pronoun if capitalized == 0 => SpeakerKind::Pronoun,
        // A pronoun the finder resolved to an earlier name.
        Via::Pronoun if capitalized >= 2 => SpeakerKind::Resolved,
        Via::Pronoun => SpeakerKind::Role,
    }
}

/// A date claim for one mention; `sentence_start` places the mention's
/// sentence-relative span in the text. "on Thursday" keeps its "on", as
/// design §7 shows it.
fn date_claim(
    sentence: &str,
    sentence_start: usize,
    m: &DateMention,
    events: &EventLexicon,
) -> RawClaim {
    let mut start = m.span.start;
    let before = &sentence[..start];
    if before.ends_with("on ")
        && !before[..before.len() - 3]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    {
        start -= 3;
    }
    RawClaim {
        kind: ClaimKind::Date,
        span: sentence_start + start..sentence_start + m.span.end,
        value: Value::Date(DateValue {
            start: m.start,
            end: m.end,
            grain: m.grain,
            resolved: m.start.is_some(),
            future: m.tense == Tense::Future,
        }),
        measure: event_of(sentence, m.span.clone(), events),
        as_of: None,
        as_of_dates: None,
    }
}

/// When a figure holds: the resolved date of its sentence nearest to it. A
/// date after "since" or "from" starts a running total and says nothing of
/// when it was counted.
fn as_of_date(sentence: &str, at: usize, dates: &[DateMention]) -> Option<(NaiveDate, NaiveDate)> {
    dates
        .iter()
        .filter(|m| {
            let before = sentence[..m.span.start].trim_end();
            let word = before.rsplit(' ').next().unwrap_or("");
            !word.eq_ignore_ascii_case("since") && !word.eq_ignore_ascii_case("from")
        })
        .filter_map(|m| Some((m.start?, m.end?, m.span.start.abs_diff(at))))
        .min_by_key(|&(_, _, distance)| distance)
        .map(|(a, b, _)| (a, b))
}

fn iso_interval((a, b): (NaiveDate, NaiveDate)) -> String {
    if a == b {
        a.to_string()
    } else {
        format!("{a}/{b}")
    }
}

/// The result of a run: what was read, found and concluded.
pub struct Analysis {
    pub documents: Vec<Document>,
    pub claims: Vec<Claim>,
    pub graph: ClaimGraph,
    /// Uses of watched spellings, by document.
    pub names: Vec<NameMention>,
    /// Each document's origin group: the first document of the group of
    /// copies it belongs to (itself when it has none).
    pub origins: Vec<usize>,
    /// The document pairs found to share an origin, and why.
    pub copies: Vec<OriginLink>,
    /// Passages printed twice inside one document, by document.
    pub repeats: Vec<RepeatedPassage>,
    pub findings: Vec<Finding>,
    /// With `--draft`: every draft claim's status, in draft order.
    pub draft: Vec<DraftClaim>,
    pub errors: Vec<InputError>,
    pub rule_errors: Vec<RuleError>,
    /// Files a directory walk passed over (unsupported extension).
    pub skipped: Vec<String>,
    /// Baseline entries that matched no finding (`--baseline`).
    pub stale_baseline: Vec<crate::baseline::Entry>,
}

impl Analysis {
    /// Findings per severity: (error, warning, info).
    pub fn counts(&self) -> (usize, usize, usize) {
        let n = |s| self.findings.iter().filter(|f| f.severity == s).count();
        (n(Severity::Error), n(Severity::Warning), n(Severity::Info))
    }

    /// True when a finding not in the baseline is at or above `fail_on`
    /// (`None`: never fail).
    pub fn fails(&self, fail_on: Option<Severity>) -> bool {
        fail_on.is_some_and(|t| {
            self.findings
                .iter()
                .any(|f| !f.baselined && f.severity <= t)
        })
    }

    /// How many findings the baseline accepts.
    pub fn baselined(&self) -> usize {
        self.findings.iter().filter(|f| f.baselined).count()
    }

    /// True when an input or rule could not be read as given.
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty() || !self.rule_errors.is_empty()
    }
}

/// The tolerance of the first conflict rule (by id) covering each claim kind.
fn policy(rules: &RuleSet) -> ComparePolicy {
    let mut policy = ComparePolicy {
        // The loosest misquote rule decides which altered quotes are linked;
        // each rule then reports only those above its own overlap.
        quote_overlap: rules
            .rules
            .iter()
            .filter(|r| r.kind == "misquote")
            .filter_map(|r| r.overlap)
            .reduce(f64::min),
        ..ComparePolicy::default()
    };
    for rule in rules.rules.iter().filter(|r| r.kind == "conflict") {
        for &kind in &rule.claims {
            if !policy.by_kind.iter().any(|(k, _)| *k == kind) {
                policy.by_kind.push((kind, rule.tolerance.clone()));
            }
        }
    }
    policy
}

/// One document as extraction reads it: its normalized text, its furniture
/// lines and its line index, shared by the sentence, quote and spelling
/// passes.
struct Reading<'a> {
    doc: &'a Document,
    index: usize,
    norm: Normalized<'a>,
    /// Furniture lines, as normalized byte ranges.
    skipped: Vec<Range<usize>>,
    lines: LineIndex,
}

impl Reading<'_> {
    /// Whether normalized position `at` is on a furniture line.
    fn is_furniture(&self, at: usize) -> bool {
        self.skipped.iter().any(|l| l.contains(&at))
    }

    /// File line and column of original position `at`.
    fn locate(&self, at: usize) -> (usize, usize) {
        let (line, column) = self.lines.locate(&self.doc.text, at);
        (line + self.doc.first_line - 1, column)
    }
}

/// What extraction reads out of one document.
pub struct DocExtract {
    pub claims: Vec<Claim>,
    pub profile: Profile,
    pub names: Vec<NameMention>,
    /// What same-origin detection compares.
    pub fingerprint: Fingerprint,
    /// Passages the document repeats, read once.
    pub repeats: Vec<RepeatedPassage>,
    /// Its body sentences as byte ranges into the original text, furniture
    /// lines left out and repeats kept: what `pattern` rules read.
    pub sentences: Vec<Range<usize>>,
}

/// A passage a document prints twice (scrapers often double a block of
/// paragraphs). Its claims are read once; the repeat is reported as a note
/// and never counts as agreement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepeatedPassage {
    pub doc_index: usize,
    /// The repeat (not the first occurrence), in the original text.
    pub span: Span,
    /// File lines of the repeat's start and end.
    pub line: usize,
    pub end_line: usize,
    /// File line where the passage first occurs.
    pub first_line: usize,
}

/// Runs extract → key → graph → rules over loaded documents.
pub fn analyze(loaded: Loaded, rules: &RuleSet, rule_errors: Vec<RuleError>) -> Analysis {
    let extraction = Extraction::new(rules);
    let per_doc: Vec<DocExtract> = loaded
        .documents
        .par_iter()
        .enumerate()
        .map(|(i, d)| extraction.extract(d, i))
        .collect();
    let mut claims: Vec<Claim> = Vec::new();
    let mut profiles: Vec<Profile> = Vec::new();
    let mut names: Vec<NameMention> = Vec::new();
    let mut prints: Vec<Fingerprint> = Vec::new();
    let mut repeats: Vec<RepeatedPassage> = Vec::new();
    let mut sentences: Vec<Vec<Range<usize>>> = Vec::new();
    for d in per_doc {
        claims.extend(d.claims);
        profiles.push(d.profile);
        names.extend(d.names);
        prints.push(d.fingerprint);
        repeats.extend(d.repeats);
        sentences.push(d.sentences);
    }
    let keys: Vec<Option<ClaimKey>> = claims.iter().map(|c| extraction.key(c)).collect();
    let mut stories = Stories {
        profiles,
        policy: StoryPolicy::default(),
        origins: Vec::new(),
    };
    let days: Vec<Option<i64>> = (0..prints.len()).map(|d| stories.day(d)).collect();
    let related = |a: usize, b: usize| stories.related(a, b);
    let copies = origin::link_documents(
        &prints,
        &rules.origin,
        &Blocking {
            days: &days,
            window_days: stories.window_days(),
            related: &related,
        },
    );
    stories.origins = origin::origin_groups(prints.len(), &copies);
    let same_participants = |a: &Claim, b: &Claim| extraction.same_participants(a, b);
    let graph = ClaimGraph::build(&claims, keys, &policy(rules), &stories, &same_participants);
    let draft = draft::statuses(&loaded.documents, &claims, &graph, &stories.origins);
    let mut findings = check::run_rules(
        &rules.rules,
        &CheckInput {
            documents: &loaded.documents,
            claims: &claims,
            graph: &graph,
            names: &names,
            entities: &rules.entities,
            extraction: &extraction,
            sentences: &sentences,
            stories: &stories,
            draft: &draft,
        },
    );
    if loaded.documents.iter().any(|d| d.draft) {
        // A draft run lints the draft: what the sources say among
        // themselves is reported only where it touches the draft.
        let drafts: HashSet<&str> = loaded
            .documents
            .iter()
            .filter(|d| d.draft)
            .map(|d| d.id.as_str())
            .collect();
        findings.retain(|f| f.documents.iter().any(|d| drafts.contains(d.as_str())));
        draft::keep_most_severe(&mut findings);
    }
    Analysis {
        documents: loaded.documents,
        claims,
        graph,
        names,
        origins: stories.origins,
        copies,
        repeats,
        findings,
        draft,
        errors: loaded.errors,
        rule_errors,
        skipped: loaded.skipped,
        stale_baseline: Vec::new(),
    }
}
