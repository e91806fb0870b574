//! The one module that knows YAML.
//!
//! Every YAML-aware line of crosscheck lives here so the parser can be swapped
//! without touching the rule or document code. We use `serde-saphyr`: it is
//! maintained (the popular `serde_yaml` is archived), it is built not to panic
//! on malformed input, and its errors and `Spanned` values carry the exact
//! line and column the parser saw, which is what an editor needs to fix a file.

use serde::de::{Deserialize, DeserializeOwned, Deserializer};

/// A YAML error located where the parser found it (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for YamlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

/// Parses one YAML document into `T`.
pub fn from_str<T: DeserializeOwned>(src: &str) -> Result<T, YamlError> {
    serde_saphyr::from_str(src).map_err(|e| {
        let (line, column) = e.location().map_or((1, 1), |l| {
            (l.line().max(1) as usize, l.column().max(1) as usize)
        });
        YamlError {
            line,
            column,
            message: bare_message(&e.without_snippet().to_string()),
        }
    })
}

/// After `first`, a parse error at a misspelt key, the errors the parser
/// would have found next: the key's line and the lines indented under it
/// are blanked (every other line stays where it was, so positions stay the
/// parser's own) and the text is parsed again, until it parses (the value,
/// minus the unknown keys, is returned for validation) or an error is not
/// a misspelt key.
pub fn past_unknown_keys<T: DeserializeOwned>(
    src: &str,
    first: &YamlError,
) -> (Option<T>, Vec<YamlError>) {
    let mut errors = Vec::new();
    let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
    let mut error = first.clone();
    for _ in 0..16 {
        if !error.message.starts_with("unknown field") || error.line == 0 {
            break;
        }
        let at = error.line - 1;
        let Some(key_line) = lines.get(at) else { break };
        let indent = key_line.len() - key_line.trim_start().len();
        lines[at].clear();
        for line in lines.iter_mut().skip(at + 1) {
            let deeper = line.len() - line.trim_start().len() > indent;
            if !(deeper || line.trim().is_empty()) {
                break;
            }
            line.clear();
        }
        match from_str::<T>(&lines.join("\n")) {
            Ok(value) => return (Some(value), errors),
            Err(e) => {
                errors.push(e.clone());
                error = e;
            }
        }
    }
    (None, errors)
}

/// The parser's message without its own "line N column M:" prefix, which we
/// print ourselves in `file:line:column` form.
fn bare_message(rendered: &str) -> String {
    let first = rendered.lines().next().unwrap_or(rendered);
    let first = first.strip_prefix("error: ").unwrap_or(first);
    let rest = match first.strip_prefix("line ") {
        Some(rest) => rest
            .split_once(": ")
            .filter(|(pos, _)| pos.contains("column"))
            .map_or(first, |(_, msg)| msg),
        None => first,
    };
    // Some messages repeat the position at the end: "… at line 4, column 42".
    let rest = match rest.rfind(" at line ") {
        Some(i) if rest[i..].contains("column") => &rest[..i],
        _ => rest,
    };
    rest.trim().to_string()
}

/// A value with the 1-based line and column where it was written, so a check
/// after parsing (a bad tolerance, an unknown claim kind) can still point at it.
#[derive(Debug, Clone, PartialEq)]
pub struct Located<T> {
    pub value: T,
    pub line: usize,
    pub column: usize,
}

impl<T> Located<T> {
    pub fn new(value: T) -> Self {
        Located {
            value,
            line: 0,
            column: 0,
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Located<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = serde_saphyr::Spanned::<T>::deserialize(d)?;
        Ok(Located {
            value: s.value,
            line: s.referenced.line() as usize,
            column: s.referenced.column() as usize,
        })
    }
}

/// A located value is written as the bare value, so its schema is the
/// value's (`rules schema`).
impl<T: schemars::JsonSchema> schemars::JsonSchema for Located<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Probe {
        id: String,
        level: Located<String>,
    }

    #[test]
    fn errors_carry_parser_positions() {
        let err = from_str::<Probe>("id: a\nlevle: x\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 1));
        assert!(
            err.message.starts_with("unknown field `levle`"),
            "{}",
            err.message
        );
    }

    #[test]
    fn located_values_know_their_place() {
        let p: Probe = from_str("id: a\nlevel:   high\n").unwrap();
        assert_eq!((p.level.line, p.level.column), (2, 10));
        assert_eq!(p.level.value, "high");
    }
}
