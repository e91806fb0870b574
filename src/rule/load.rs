//! Reading rule directories: YAML files into validated rules, with every
//! error located at the file, line and column the parser reports.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::file::RuleFile;
use super::settings::{Settings, SettingsFile};
use super::suggest::{suggestion, unknown_name_help};
use super::template::{PLACEHOLDERS, placeholders};
use super::{Example, Pattern, RequiredWords, Rule, Severity, Tolerance};
use crate::check;
use crate::draft::DraftStatus;
use crate::entity::Entity;
use crate::model::{ClaimKind, Qualifier};
use crate::origin::OriginParams;
use crate::yaml::{self, Located};

/// Pairs each shipped file name with its contents, read at compile time.
macro_rules! builtin {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../rules/", $name)))),*]
    };
}

/// The shipped rule directory, embedded so the binary works from anywhere.
/// A test keeps this list equal to the files in `rules/`.
pub const BUILTIN: &[(&str, &str)] = builtin![
    "anonymous-source.yaml",
    "date-conflict.yaml",
    "draft-contradicted.yaml",
    "draft-disputed.yaml",
    "draft-refined.yaml",
    "draft-unsupported-money.yaml",
    "draft-unsupported.yaml",
    "entities.yaml",
    "events.yaml",
    "figure-conflict.yaml",
    "furniture.yaml",
    "measures.yaml",
    "misattribution.yaml",
    "misquote.yaml",
    "name-variant.yaml",
    "origin.yaml",
    "settings.yaml",
    "uncorroborated.yaml",
];

/// A problem in a rule file, located for the editor who has to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleError {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// A likely intended spelling.
    pub help: Option<String>,
}

impl RuleError {
    /// An error at `line` and `column` of `path` (0 and 0: the file as a
    /// whole).
    pub fn at(
        path: &str,
        (line, column): (usize, usize),
        message: String,
        help: Option<String>,
    ) -> Self {
        RuleError {
            path: path.to_string(),
            line,
            column,
            message,
            help,
        }
    }
}

/// Everything the rule directories provide.
#[derive(Debug, Default)]
pub struct RuleSet {
    /// Sorted by id.
    pub rules: Vec<Rule>,
    pub entities: Vec<Entity>,
    /// Lowercase line prefixes of site furniture ("leave a reply").
    pub furniture: Vec<String>,
    /// Measure synonyms: each word of a `measures.yaml` group → the group's
    /// first word; `uncompared` words → the empty string.
    pub measures: BTreeMap<String, String>,
    /// Event words and phrases (lowercase, single-spaced) → the event's name,
    /// from `events.yaml`.
    pub events: BTreeMap<String, String>,
    /// When two documents count as copies of one text (`origin.yaml`).
    pub origin: OriginParams,
    /// Default currency, date order, abbreviations (`settings.yaml`).
    pub settings: Settings,
}

impl RuleSet {
    /// Errors for entity ids a rule's `entities:` names that no entity list
    /// of the set defines: such a rule would never match. Run once every
    /// directory is merged, since a newsroom's rules may name shipped
    /// entities.
    pub fn unknown_entities(&self) -> Vec<RuleError> {
        let ids: Vec<&str> = self.entities.iter().map(|e| e.id.as_str()).collect();
        let mut errors = Vec::new();
        for rule in &self.rules {
            for (id, &(line, column)) in rule.entities.iter().zip(&rule.entities_at) {
                if ids.contains(&id.as_str()) {
                    continue;
                }
                errors.push(RuleError::at(
                    &rule.file,
                    (line, column),
                    format!(
                        "rule `{}` names the entity `{id}`, which no entities.yaml defines: the rule would never match",
                        rule.id
                    ),
                    suggestion(id, ids.iter().copied()),
                ));
            }
        }
        errors
    }

    /// Adds another set (a later `--rules` directory); rules with an id that
    /// already exists replace the earlier one, so a newsroom can override a
    /// shipped rule by writing one with the same id.
    pub fn merge(&mut self, other: RuleSet) {
        for rule in other.rules {
            self.rules.retain(|r| r.id != rule.id);
            self.rules.push(rule);
        }
        self.rules.sort_by(|a, b| a.id.cmp(&b.id));
        for e in other.entities {
            self.entities.retain(|x| x.id != e.id);
            self.entities.push(e);
        }
        self.furniture.extend(other.furniture);
        self.furniture.sort();
        self.furniture.dedup();
        self.measures.extend(other.measures);
        self.events.extend(other.events);
        if other.origin != OriginParams::default() {
            self.origin = other.origin;
        }
        self.settings.merge(other.settings);
    }
}

/// The shipped rules.
pub fn load_builtin() -> (RuleSet, Vec<RuleError>) {
    load_sources(
        BUILTIN
            .iter()
            .map(|(name, text)| (format!("<builtin>/{name}"), (*text).to_string())),
    )
}

/// Every `*.yaml`/`*.yml` file of `dir`, sorted by name.
pub fn load_dir(dir: &Path) -> (RuleSet, Vec<RuleError>) {
    let shown = dir.to_string_lossy().replace('\\', "/");
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            return (
                RuleSet::default(),
                vec![RuleError::at(
                    &shown,
                    (0, 0),
                    format!("cannot read rule directory: {e}"),
                    None,
                )],
            );
        }
    };
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")))
        .collect();
    paths.sort();
    let mut errors = Vec::new();
    let mut sources = Vec::new();
    for p in paths {
        let shown = p.to_string_lossy().replace('\\', "/");
        match std::fs::read_to_string(&p) {
            Ok(text) => sources.push((shown, text)),
            Err(e) => errors.push(RuleError::at(
                &shown,
                (0, 0),
                format!("cannot read rule file: {e}"),
                None,
            )),
        }
    }
    let (set, more) = load_sources(sources);
    errors.extend(more);
    (set, errors)
}

/// Parses named YAML texts. A broken file is reported and skipped; the
/// others still load.
pub fn load_sources(
    sources: impl IntoIterator<Item = (String, String)>,
) -> (RuleSet, Vec<RuleError>) {
    let mut set = RuleSet::default();
    let mut errors = Vec::new();
    for (path, text) in sources {
        let name = path.rsplit('/').next().unwrap_or(&path);
        let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
        match stem {
            "entities" => match yaml::from_str::<EntityFile>(&text) {
                Ok(f) => set.entities.extend(f.entities),
                Err(e) => errors.push(from_yaml(&path, e)),
            },
            "events" => match yaml::from_str::<EventFile>(&text) {
                Ok(f) => {
                    for (event, phrases) in f.events {
                        let event = event.trim().to_lowercase();
                        for p in phrases {
                            let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
                            set.events.insert(p.to_lowercase(), event.clone());
                        }
                    }
                }
                Err(e) => errors.push(from_yaml(&path, e)),
            },
            "furniture" => match yaml::from_str::<FurnitureFile>(&text) {
                Ok(f) => set.furniture.extend(
                    f.furniture
                        .into_iter()
                        .map(|s| s.trim().to_lowercase())
                        .filter(|s| !s.is_empty()),
                ),
                Err(e) => errors.push(from_yaml(&path, e)),
            },
            "measures" => match yaml::from_str::<MeasureFile>(&text) {
                Ok(f) => {
                    for w in f.uncompared {
                        // An empty name marks a measure that is never compared.
                        set.measures.insert(w.trim().to_lowercase(), String::new());
                    }
                    for group in f.measures {
                        let mut words = group.iter().map(|w| w.trim().to_lowercase());
                        let Some(first) = words.next() else { continue };
                        set.measures.insert(first.clone(), first.clone());
                        for w in words {
                            set.measures.insert(w, first.clone());
                        }
                    }
                }
                Err(e) => errors.push(from_yaml(&path, e)),
            },
            "origin" => match yaml::from_str::<OriginFile>(&text) {
                Ok(f) => {
                    let mut fraction = |v: &Option<Located<String>>, target: &mut f64| {
                        let Some(v) = v else { return };
                        match parse_fraction(&v.value).filter(|x| (0.0..=1.0).contains(x)) {
                            Some(x) => *target = x,
                            None => errors.push(RuleError::at(
                                &path,
                                (v.line, v.column),
                                format!(
                                    "`{}` is not a share between 0% and 100%, such as `25%`",
                                    v.value
                                ),
                                None,
                            )),
                        }
                    };
                    let same = &f.same_origin;
                    fraction(&same.threshold, &mut set.origin.threshold);
                    fraction(&same.wire_topic, &mut set.origin.wire_topic);
                    if let Some(n) = same.min_shingles {
                        set.origin.min_shingles = n;
                    }
                }
                Err(e) => errors.push(from_yaml(&path, e)),
            },
            "settings" => match yaml::from_str::<SettingsFile>(&text) {
                Ok(f) => {
                    let settings = f.validate(&path, &mut errors);
                    set.settings.merge(settings);
                }
                Err(e) => errors.push(from_yaml(&path, e)),
            },
            _ => match yaml::from_str::<RuleFile>(&text) {
                Ok(raw) => {
                    let (rule, errs) = validate(raw, &path);
                    set.rules.extend(rule);
                    errors.extend(errs);
                }
                Err(e) => {
                    // The parser stops at a misspelt key; an editor wants
                    // every error of the file at once. The rule is not
                    // loaded either way.
                    let (rest, more) = yaml::past_unknown_keys::<RuleFile>(&text, &e);
                    errors.push(from_yaml(&path, e));
                    errors.extend(more.into_iter().map(|e| from_yaml(&path, e)));
                    if let Some(raw) = rest {
                        errors.extend(validate(raw, &path).1);
                    }
                }
            },
        }
    }
    let mut seen = BTreeMap::new();
    for r in &set.rules {
        if let Some(first) = seen.insert(r.id.clone(), r.file.clone()) {
            errors.push(RuleError::at(
                &r.file,
                r.at,
                format!(
                    "rule id `{}` is also used in {first}; ids must be unique",
                    r.id
                ),
                None,
            ));
        }
    }
    set.rules.sort_by(|a, b| a.id.cmp(&b.id));
    set.furniture.sort();
    set.furniture.dedup();
    (set, errors)
}

fn from_yaml(path: &str, e: yaml::YamlError) -> RuleError {
    let help = unknown_name_help(&e.message);
    RuleError::at(path, (e.line, e.column), e.message, help)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntityFile {
    entities: Vec<Entity>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasureFile {
    #[serde(default)]
    uncompared: Vec<String>,
    #[serde(default)]
    measures: Vec<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventFile {
    events: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct OriginFile {
    same_origin: SameOriginFile,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct SameOriginFile {
    threshold: Option<Located<String>>,
    wire_topic: Option<Located<String>>,
    min_shingles: Option<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FurnitureFile {
    furniture: Vec<String>,
}

fn validate(raw: RuleFile, path: &str) -> (Option<Rule>, Vec<RuleError>) {
    let mut errors = Vec::new();
    let err = |at, message, help| RuleError::at(path, at, message, help);
    let pos = |l: &Located<String>| (l.line, l.column);
    let suggest = |word: &str, names: &[&'static str]| suggestion(word, names.iter().copied());

    if raw.id.value.trim().is_empty() || raw.id.value.contains(char::is_whitespace) {
        errors.push(err(
            pos(&raw.id),
            format!(
                "rule id `{}` must be one word, such as `figure-conflict`",
                raw.id.value
            ),
            None,
        ));
    }
    let kind = check::kind_names()
        .into_iter()
        .find(|k| *k == raw.kind.value);
    if kind.is_none() {
        errors.push(err(
            pos(&raw.kind),
            format!(
                "unknown rule kind `{}`, expected one of {}",
                raw.kind.value,
                check::kind_names().join(", ")
            ),
            suggest(&raw.kind.value, &check::kind_names()),
        ));
    }
    let severity = match &raw.severity {
        None => Severity::Warning,
        Some(s) => Severity::parse(&s.value).unwrap_or_else(|| {
            errors.push(err(
                pos(s),
                format!(
                    "unknown severity `{}`, expected one of error, warning, info",
                    s.value
                ),
                suggest(&s.value, &Severity::NAMES),
            ));
            Severity::Warning
        }),
    };
    let message = match &raw.message {
        Some(m) => {
            match placeholders(&m.value) {
                Ok(found) => {
                    for (_, p) in found {
                        if !PLACEHOLDERS.contains(&p) {
                            errors.push(err(
                                pos(m),
                                format!(
                                    "unknown placeholder `{{{p}}}` in message, expected one of {}",
                                    PLACEHOLDERS.join(", ")
                                ),
                                suggest(p, PLACEHOLDERS),
                            ));
                        }
                    }
                }
                Err(_) => errors.push(err(pos(m), "unclosed `{` in message".into(), None)),
            }
            m.value.clone()
        }
        None => "{a.source} reports {a.text}; {b.source} reports {b.text}".into(),
    };
    let kind_names: Vec<&'static str> = ClaimKind::ALL.iter().map(|k| k.as_str()).collect();
    let mut claims = Vec::new();
    for c in raw.claims.iter().flatten() {
        match ClaimKind::ALL.iter().find(|k| k.as_str() == c.value) {
            Some(k) => claims.push(*k),
            None => errors.push(err(
                pos(c),
                format!(
                    "unknown claim kind `{}`, expected one of {}",
                    c.value,
                    kind_names.join(", ")
                ),
                suggest(&c.value, &kind_names),
            )),
        }
    }
    if raw.claims.is_none() {
        claims = match kind {
            Some("misquote" | "misattribution") => vec![ClaimKind::Quote],
            Some("draft") => ClaimKind::ALL.to_vec(),
            _ => vec![ClaimKind::Quantity, ClaimKind::Money, ClaimKind::Percent],
        };
    }
    let overlap = raw.overlap.as_ref().and_then(|o| {
        let f = parse_fraction(&o.value);
        if f.is_none() {
            errors.push(err(
                pos(o),
                format!(
                    "overlap `{}` is not a percentage, expected something like `70%`",
                    o.value
                ),
                None,
            ));
        }
        f
    });
    let mut tolerance = Tolerance::default();
    if let Some(t) = &raw.tolerance {
        if let Some(d) = &t.default {
            match parse_fraction(&d.value) {
                Some(f) => tolerance.default = f,
                None => errors.push(err(
                    pos(d),
                    format!(
                        "tolerance `{}` is not a percentage, expected something like `1%`",
                        d.value
                    ),
                    None,
                )),
            }
        }
        for (q, v) in &t.qualifiers {
            let Some(qualifier) = Qualifier::parse(q) else {
                errors.push(err(
                    pos(v),
                    format!(
                        "unknown qualifier `{q}`, expected one of {}",
                        Qualifier::NAMES.join(", ")
                    ),
                    suggest(q, &Qualifier::NAMES),
                ));
                continue;
            };
            match parse_fraction(&v.value) {
                Some(f) => {
                    tolerance.qualifiers.insert(qualifier, f);
                }
                None => errors.push(err(
                    pos(v),
                    format!(
                        "tolerance `{}` is not a percentage, expected something like `5%`",
                        v.value
                    ),
                    None,
                )),
            }
        }
        if let Some(r) = t.rounding {
            tolerance.rounding = r;
        }
    }
    let pattern = pattern(&raw, kind, path, &mut errors);
    let status_names: Vec<&str> = DraftStatus::ALL.iter().map(|s| s.as_str()).collect();
    let mut statuses = Vec::new();
    for st in raw.statuses.iter().flatten() {
        match DraftStatus::parse(&st.value) {
            Some(x) => statuses.push(x),
            None => errors.push(err(
                pos(st),
                format!(
                    "unknown status `{}`, expected one of {}",
                    st.value,
                    status_names.join(", ")
                ),
                suggest(&st.value, &status_names),
            )),
        }
    }
    match (kind, raw.statuses.is_some()) {
        (Some("draft"), false) => errors.push(err(
            pos(&raw.kind),
            "a `draft` rule needs `statuses:`, such as `[contradicted]`".into(),
            None,
        )),
        (Some(k), true) if k != "draft" => errors.push(err(
            pos(&raw.kind),
            "`statuses` is read only by `kind: draft` rules".into(),
            None,
        )),
        _ => {}
    }
    let examples: Vec<Example> = raw
        .examples
        .into_iter()
        .map(|e| Example {
            docs: e.value.docs,
            expect: e.value.expect,
            line: e.line,
        })
        .collect();
    if !errors.is_empty() {
        return (None, errors);
    }
    // Missing examples do not stop the rule from running, but they are an
    // error all the same: without both, no one can tell a change broke it.
    errors.extend(missing_examples(&raw.id, &examples, path));
    let rule = Rule {
        id: raw.id.value.clone(),
        kind: kind.unwrap_or("conflict"),
        severity,
        message,
        claims,
        measures: raw.measures.unwrap_or_default(),
        entities: raw
            .entities
            .iter()
            .flatten()
            .map(|e| e.value.clone())
            .collect(),
        entities_at: raw
            .entities
            .iter()
            .flatten()
            .map(|e| (e.line, e.column))
            .collect(),
        pattern,
        tolerance,
        overlap,
        statuses,
        description: raw.description,
        link: raw.link,
        examples,
        file: path.to_string(),
        at: (raw.id.line, raw.id.column),
    };
    (Some(rule), errors)
}

/// The matcher of a `pattern` rule: its `pattern` (a regex) or its `words`
/// (phrases, whole words), compiled to one case-insensitive regex. Errors
/// are located at the value the regex parser rejected.
fn pattern(
    raw: &RuleFile,
    kind: Option<&str>,
    path: &str,
    errors: &mut Vec<RuleError>,
) -> Option<Pattern> {
    let err = |at, message, help| RuleError::at(path, at, message, help);
    let field_at = raw
        .pattern
        .as_ref()
        .map(|p| (p.line, p.column))
        .or_else(|| raw.words.as_ref()?.first().map(|w| (w.line, w.column)));
    if kind != Some("pattern") {
        if let (Some(at), Some(_)) = (field_at, kind) {
            errors.push(err(
                at,
                "`pattern` and `words` are read only by `kind: pattern` rules".into(),
                None,
            ));
        }
        return None;
    }
    let mut required: Option<RequiredWords> = None;
    let source = match (&raw.pattern, &raw.words) {
        (Some(p), Some(_)) => {
            errors.push(err(
                (p.line, p.column),
                "a rule takes `pattern` or `words`, not both".into(),
                None,
            ));
            return None;
        }
        (None, None) => {
            errors.push(err(
                (raw.kind.line, raw.kind.column),
                "a `pattern` rule needs `pattern:` (a regular expression) or `words:` (a list of phrases)".into(),
                None,
            ));
            return None;
        }
        (Some(p), None) => {
            if let Err(e) = regex_syntax::ast::parse::Parser::new().parse(&p.value) {
                errors.push(err(
                    (p.line, p.column),
                    format!(
                        "invalid regular expression: {} (at character {} of the pattern)",
                        e.kind(),
                        e.span().start.column
                    ),
                    None,
                ));
                return None;
            }
            (p.value.clone(), (p.line, p.column))
        }
        (None, Some(words)) => {
            let mut alternatives = Vec::new();
            required = required_words(words.iter().map(|w| w.value.as_str()));
            for w in words {
                let parts: Vec<String> = w
                    .value
                    .split_whitespace()
                    .map(|part| regex::escape(part).replace(['\'', '’'], "['’]"))
                    .collect();
                if parts.is_empty() {
                    errors.push(err(
                        (w.line, w.column),
                        "empty phrase in `words`".into(),
                        None,
                    ));
                    continue;
                }
                alternatives.push(parts.join(r"\s+"));
            }
            if alternatives.is_empty() {
                return None;
            }
            let at = (words[0].line, words[0].column);
            // ASCII word boundaries: a Unicode `\b` keeps the regex off its
            // fast engine on any text with a curly quote or an accent.
            (
                format!(r"(?-u:\b)(?:{})(?-u:\b)", alternatives.join("|")),
                at,
            )
        }
    };
    match regex::RegexBuilder::new(&source.0)
        .case_insensitive(true)
        .build()
    {
        Ok(regex) => Some(Pattern { regex, required }),
        Err(e) => {
            let message = e.to_string();
            let last = message.lines().last().unwrap_or("").trim();
            errors.push(err(
                source.1,
                format!("invalid regular expression: {last}"),
                None,
            ));
            None
        }
    }
}

/// Words every match of a phrase holds (plain ASCII letters and digits),
/// for [`Pattern::may_match`]. None when a phrase has none, or when there are
/// more distinct words than bits.
fn required_words<'a>(phrases: impl Iterator<Item = &'a str>) -> Option<RequiredWords> {
    let mut words: Vec<String> = Vec::new();
    let mut needs = Vec::new();
    for phrase in phrases {
        let plain: Vec<&str> = phrase
            .split_whitespace()
            .filter(|part| part.bytes().all(|b| b.is_ascii_alphanumeric()))
            .collect();
        // Short words ("a", "to", "with") are everywhere and would only slow
        // the search: a phrase's long words, or else its longest.
        let mut chosen: Vec<&str> = plain.iter().copied().filter(|p| p.len() >= 5).collect();
        if chosen.is_empty() {
            chosen.extend(plain.iter().copied().max_by_key(|p| p.len()));
        }
        let mut need = 0u128;
        for part in chosen {
            let part = part.to_ascii_lowercase();
            let bit = match words.iter().position(|w| *w == part) {
                Some(bit) => bit,
                None => {
                    words.push(part);
                    words.len() - 1
                }
            };
            need |= 1u128.checked_shl(u32::try_from(bit).ok()?)?;
        }
        if need == 0 {
            return None;
        }
        needs.push(need);
    }
    let words = aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(&words)
        .ok()?;
    Some(RequiredWords {
        words,
        phrases: needs,
    })
}

/// A rule proves itself with an example where it fires and one where it
/// stays quiet; the error points at the rule's `id`.
fn missing_examples(id: &Located<String>, examples: &[Example], path: &str) -> Option<RuleError> {
    let fires = examples.iter().any(|e| e.expect.contains(&id.value));
    let quiet = examples.iter().any(|e| !e.expect.contains(&id.value));
    let missing = match (fires, quiet) {
        (true, true) => return None,
        (false, false) => "an example where it fires and one where it does not".to_string(),
        (false, true) => format!("an example where it fires (`expect: [{}]`)", id.value),
        (true, false) => "an example where it does not fire (`expect: []`)".to_string(),
    };
    Some(RuleError::at(
        path,
        (id.line, id.column),
        format!("rule `{}` needs {missing}", id.value),
        Some("examples go under `examples:`; `crosscheck rules test` runs them".into()),
    ))
}

/// `5%` → 0.05; a bare number is read as a percentage too.
fn parse_fraction(s: &str) -> Option<f64> {
    let n: f64 = s.trim().trim_end_matches('%').trim().parse().ok()?;
    (0.0..=100.0).contains(&n).then_some(n / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors_of(text: &str) -> Vec<RuleError> {
        load_sources([("r.yaml".to_string(), text.to_string())]).1
    }

    /// The word prefilter of a `words` rule never turns away a text the
    /// regex matches, and does turn away texts that lack a phrase's words.
    #[test]
    fn word_prefilter_agrees_with_the_regex() {
        let (set, errors) = load_builtin();
        assert!(errors.is_empty(), "{errors:?}");
        let rule = set
            .rules
            .iter()
            .find(|r| r.id == "anonymous-source")
            .unwrap();
        let pattern = rule.pattern.as_ref().unwrap();
        assert!(pattern.required.is_some());
        let texts = [
            ("Two UNNAMED  officials confirmed it.", true),
            ("Sources familiar\nwith the talks said so.", true),
            ("He declined to be named.", true),
            ("A person familiar with the plans said no.", true),
            ("People who are familiar with the talks said so.", false),
            ("Officials said the talks would resume.", false),
            ("According to the minister, talks resume.", false),
            // Unicode case folding: the Kelvin sign is a "k".
            ("Speaking anonymously, \u{212A}-pop fans cheered.", true),
            ("Spea\u{212A}ing anonymously, officials said so.", true),
        ];
        for (text, matches) in texts {
            assert_eq!(pattern.regex.is_match(text), matches, "{text}");
            if matches {
                assert!(pattern.may_match(text), "{text}");
            }
        }
        assert!(!pattern.may_match("Officials said the talks would resume."));
        assert!(!pattern.may_match("According to the minister, talks resume."));
    }

    #[test]
    fn builtin_rules_load_cleanly() {
        let (set, errors) = load_builtin();
        assert!(errors.is_empty(), "{errors:?}");
        assert!(!set.rules.is_empty() && !set.entities.is_empty() && !set.furniture.is_empty());
    }

    #[test]
    fn builtin_list_matches_the_rules_directory() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".yaml") || n.ends_with(".yml"))
            .collect();
        on_disk.sort();
        let embedded: Vec<&str> = BUILTIN.iter().map(|(n, _)| *n).collect();
        assert_eq!(on_disk, embedded);
    }

    #[test]
    fn a_misspelt_key_does_not_hide_the_other_errors() {
        let errors = errors_of(
            "id: x\nkind: conflct\nsevrity: error\ntolerance:\n  defualt: 5%\nmessage: \"{a.txt}\"\n",
        );
        let at: Vec<(usize, usize)> = errors.iter().map(|e| (e.line, e.column)).collect();
        assert!(at.contains(&(3, 1)), "{errors:#?}");
        assert!(at.contains(&(5, 3)), "{errors:#?}");
        assert!(at.contains(&(2, 7)), "{errors:#?}");
        assert!(at.contains(&(6, 10)), "{errors:#?}");
    }

    #[test]
    fn misspelt_key_is_located_with_a_suggestion() {
        let e = &errors_of("id: x\nkind: conflict\nsevrity: error\n")[0];
        assert_eq!((e.line, e.column), (3, 1));
        assert_eq!(e.help.as_deref(), Some("did you mean `severity`?"));
    }

    #[test]
    fn bad_values_are_located() {
        let errs = errors_of(
            "id: x\nkind: conflct\nseverity: eror\nclaims: [money, monye]\ntolerance:\n  default: lots\n  qualifiers: {abot: 5%}\nmessage: \"{a.txt}\"\n",
        );
        let got: Vec<(usize, usize, Option<&str>)> = errs
            .iter()
            .map(|e| (e.line, e.column, e.help.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (2, 7, Some("did you mean `conflict`?")),
                (3, 11, Some("did you mean `error`?")),
                (8, 10, Some("did you mean `a.text`?")),
                (4, 17, Some("did you mean `money`?")),
                (6, 12, None),
                (7, 22, Some("did you mean `about`?")),
            ]
        );
    }
}
