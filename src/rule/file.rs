//! A rule file as an editor writes it, before validation. These types are
//! also the source of `rules/rules.schema.json` (`crosscheck rules schema`):
//! their doc comments become the descriptions an editor's completion shows,
//! so write them for editors.

use std::collections::BTreeMap;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;

use super::Severity;
use crate::model::{ClaimKind, Qualifier};
use crate::yaml::Located;

/// One crosscheck rule: what to look for, how loud to be about it, what to
/// say, and examples that prove it works. The file name does not matter;
/// `id` does.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "crosscheck rule")]
pub struct RuleFile {
    /// The rule's name in reports and in `expect` lists: one word, such as
    /// `figure-conflict`. A rule with the id of a shipped rule replaces it.
    #[schemars(extend("pattern" = "^\\S+$"))]
    pub id: Located<String>,
    /// What the rule looks for; each kind is documented in `docs/rules.md`.
    #[schemars(schema_with = "kind_schema")]
    pub kind: Located<String>,
    /// How loud a finding is: `error` fails the run by default, `warning`
    /// and `info` do not. Default: `warning`.
    #[serde(default)]
    #[schemars(schema_with = "severity_schema")]
    pub severity: Option<Located<String>>,
    /// The finding's headline. Placeholders in braces are filled in:
    /// `{a.source}`, `{a.sources}`, `{a.text}`, `{a.value}`, `{a.sentence}`,
    /// `{a.speaker}`, `{a.quote}`, `{a.doc}` (and the same for `b`),
    /// `{key}`, `{measure}`, `{kind}`, `{diff}`, `{rule}`, `{sources}`,
    /// `{match}`, `{preferred}`, `{variants}`, `{spellings}`, `{entity}`.
    pub message: Option<Located<String>>,
    /// Scope: the claim kinds the rule looks at.
    #[serde(default)]
    #[schemars(schema_with = "claims_schema")]
    pub claims: Option<Vec<Located<String>>>,
    /// Scope: only claims about these measures (as `measures.yaml` names
    /// them: `missile`, `aid`, `death`). Default: every measure.
    pub measures: Option<Vec<String>>,
    /// Scope: only claims whose sentence names one of these entity ids
    /// (from `entities.yaml`: `ukraine`, `donald-trump`). Default: any.
    pub entities: Option<Vec<Located<String>>>,
    /// For `conflict` rules: how far apart two figures may be and still
    /// agree.
    pub tolerance: Option<ToleranceFile>,
    /// For `misquote` rules: the share of words an altered quote must keep
    /// to be called a misquote rather than another quote (`70%`).
    #[serde(default)]
    #[schemars(schema_with = "percent_schema")]
    pub overlap: Option<Located<String>>,
    /// For `draft` rules: the draft-claim statuses the rule reports
    /// (`contradicted`, `disputed`, `refined`, `supported`, `unsupported`).
    #[serde(default)]
    #[schemars(schema_with = "statuses_schema")]
    pub statuses: Option<Vec<Located<String>>>,
    /// For `pattern` rules: a regular expression matched, ignoring case,
    /// against each sentence (`\bunnamed (officials?|sources?)\b`).
    pub pattern: Option<Located<String>>,
    /// For `pattern` rules: words or phrases matched, ignoring case and as
    /// whole words, against each sentence (`sources familiar with`). Use
    /// `pattern` or `words`, not both.
    pub words: Option<Vec<Located<String>>>,
    /// What the rule is for, in a sentence or two.
    pub description: Option<String>,
    /// A page that explains the rule (the style guide's entry).
    pub link: Option<String>,
    /// Documents in, rule ids out. Every rule needs at least one example
    /// that fires (its id in `expect`) and one that does not (`expect: []`).
    #[serde(default)]
    pub examples: Vec<Located<ExampleFile>>,
}

/// How far apart two figures may be and still agree.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ToleranceFile {
    /// Granted to every figure, as a percentage of it (`1%`): sources round.
    #[serde(default)]
    #[schemars(schema_with = "percent_schema")]
    pub default: Option<Located<String>>,
    /// Extra room for hedged figures, by hedge word (`about: 5%`,
    /// `nearly: 10%`).
    #[serde(default)]
    #[schemars(schema_with = "qualifiers_schema")]
    pub qualifiers: BTreeMap<String, Located<String>>,
    /// Widen a figure by the rounding its digits imply ("68,000" may be
    /// anything from 67,500 to 68,500). Default: true.
    pub rounding: Option<bool>,
}

/// One example: a few short documents and the rule ids expected to fire.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExampleFile {
    /// The documents, each a string (front matter allowed: `---\npublished:
    /// 2025-10-17\n---\n…`). Each gets its own source.
    pub docs: Vec<String>,
    /// The rule ids that must fire on these documents; `[]` for none.
    #[serde(default)]
    pub expect: Vec<String>,
}

fn kind_schema(_: &mut SchemaGenerator) -> Schema {
    let kinds = crate::check::kind_names();
    json_schema!({ "type": "string", "enum": kinds })
}

fn severity_schema(_: &mut SchemaGenerator) -> Schema {
    let names: Vec<&str> = Severity::NAMES.to_vec();
    json_schema!({ "type": "string", "enum": names })
}

fn claims_schema(_: &mut SchemaGenerator) -> Schema {
    let kinds: Vec<&str> = ClaimKind::ALL.iter().map(|k| k.as_str()).collect();
    json_schema!({
        "type": "array",
        "items": { "type": "string", "enum": kinds }
    })
}

fn statuses_schema(_: &mut SchemaGenerator) -> Schema {
    let names: Vec<&str> = crate::draft::DraftStatus::ALL
        .iter()
        .map(|s| s.as_str())
        .collect();
    json_schema!({
        "type": "array",
        "items": { "type": "string", "enum": names }
    })
}

fn percent_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "anyOf": [
            { "type": "string", "pattern": "^\\s*[0-9]+(\\.[0-9]+)?\\s*%?\\s*$" },
            { "type": "number", "minimum": 0, "maximum": 100 }
        ]
    })
}

fn qualifiers_schema(g: &mut SchemaGenerator) -> Schema {
    let mut properties = serde_json::Map::new();
    for q in Qualifier::NAMES {
        properties.insert(q.to_string(), percent_schema(g).to_value());
    }
    json_schema!({
        "type": "object",
        "properties": properties,
        "additionalProperties": false
    })
}

/// The JSON Schema of a rule file, pretty-printed with a final newline, as
/// checked in at `rules/rules.schema.json`.
pub fn schema() -> String {
    let schema = schemars::schema_for!(RuleFile);
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checked_in_schema_is_the_generated_one() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/rules.schema.json");
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == schema(),
            "rules/rules.schema.json is out of date; regenerate it with\n  cargo run -- rules schema > rules/rules.schema.json"
        );
    }

    #[test]
    fn shipped_rule_files_name_the_schema() {
        let rules = crate::rule::load_builtin().0.rules;
        for (name, text) in super::super::load::BUILTIN {
            if rules.iter().any(|r| r.file.ends_with(&format!("/{name}"))) {
                assert!(
                    text.starts_with("# yaml-language-server: $schema=./rules.schema.json\n"),
                    "{name} must start with the schema comment"
                );
            }
        }
    }

    #[test]
    fn schema_lists_kinds_and_severities() {
        let s = schema();
        for k in crate::check::kind_names() {
            assert!(s.contains(&format!("\"{k}\"")), "{k}");
        }
        assert!(s.contains("\"warning\"") && s.contains("\"additionalProperties\": false"));
    }
}
