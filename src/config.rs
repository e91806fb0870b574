//! `crosscheck.yaml`: a desk's settings for every run, found in the working
//! directory or the nearest parent that has one. Command-line flags
//! override it.
//!
//! ```yaml
//! rules: [house-rules]          # rule directories, relative to this file
//! fail-on: warning              # error | warning | info | never
//! default-currency: CAD         # a bare "$" or "dollars"
//! date-order: day-month         # 02/03/2025 is 2 March
//! ignore: ["*.bak.md", "archive/**"]
//! draft: [drafts/story.md]      # the article being checked (issue 8)
//! baseline: crosscheck-baseline.yaml
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::rule::{
    DATE_ORDERS, RuleError, parse_currency, parse_date_order, suggestion, unknown_name_help,
};
use crate::yaml::{self, Located};

/// The file name looked for.
pub const FILE_NAME: &str = "crosscheck.yaml";

/// The values `--fail-on` and `fail-on:` take.
pub const FAIL_ON: [&str; 4] = ["error", "warning", "info", "never"];

/// A validated configuration; paths are resolved against the file's
/// directory.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// Where it was read from.
    pub path: PathBuf,
    pub rules: Vec<PathBuf>,
    /// One of [`FAIL_ON`].
    pub fail_on: Option<String>,
    pub default_currency: Option<String>,
    /// One of [`DATE_ORDERS`].
    pub date_order: Option<String>,
    /// Globs of paths the directory walk skips.
    pub ignore: Vec<String>,
    pub drafts: Vec<PathBuf>,
    pub baseline: Option<PathBuf>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ConfigFile {
    #[serde(default)]
    rules: Vec<String>,
    fail_on: Option<Located<String>>,
    default_currency: Option<Located<String>>,
    date_order: Option<Located<String>>,
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    draft: Vec<String>,
    baseline: Option<String>,
}

/// The nearest `crosscheck.yaml` in `dir` or its parents.
pub fn find(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

/// Reads and validates a configuration file; every problem is located.
pub fn load(path: &Path) -> Result<Config, Vec<RuleError>> {
    let shown = path.to_string_lossy().replace('\\', "/");
    let error = |line, column, message: String, help: Option<String>| RuleError {
        path: shown.clone(),
        line,
        column,
        message,
        help,
    };
    let text = std::fs::read_to_string(path)
        .map_err(|e| vec![error(0, 0, format!("cannot read config: {e}"), None)])?;
    let raw: ConfigFile = if text.trim().is_empty() {
        yaml::from_str("{}")
    } else {
        yaml::from_str(&text)
    }
    .map_err(|e| {
        let help = unknown_name_help(&e.message);
        vec![error(e.line, e.column, e.message, help)]
    })?;
    let mut errors = Vec::new();
    let mut check = |value: &Option<Located<String>>, ok: bool, what: &str, names: &[&str]| {
        if let (Some(v), false) = (value, ok) {
            errors.push(error(
                v.line,
                v.column,
                format!(
                    "unknown {what} `{}`, expected one of {}",
                    v.value,
                    names.join(", ")
                ),
                suggestion(&v.value, names.iter().copied()),
            ));
        }
    };
    let fail_ok = raw
        .fail_on
        .as_ref()
        .is_none_or(|v| FAIL_ON.contains(&v.value.as_str()));
    check(&raw.fail_on, fail_ok, "fail-on", &FAIL_ON);
    let order_ok = raw
        .date_order
        .as_ref()
        .is_none_or(|v| parse_date_order(&v.value).is_some());
    check(&raw.date_order, order_ok, "date-order", &DATE_ORDERS);
    let currency = raw
        .default_currency
        .as_ref()
        .map(|v| (parse_currency(&v.value), v));
    if let Some((None, v)) = &currency {
        errors.push(error(
            v.line,
            v.column,
            format!(
                "default-currency `{}` is not a currency code, expected one such as USD, EUR, CAD",
                v.value
            ),
            None,
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let base = path.parent().unwrap_or(Path::new("."));
    let resolve = |p: &String| {
        if base.as_os_str().is_empty() {
            PathBuf::from(p)
        } else {
            base.join(p)
        }
    };
    Ok(Config {
        path: path.to_path_buf(),
        rules: raw.rules.iter().map(resolve).collect(),
        fail_on: raw.fail_on.map(|v| v.value),
        default_currency: currency.and_then(|(c, _)| c),
        date_order: raw.date_order.map(|v| v.value),
        ignore: raw.ignore,
        drafts: raw.draft.iter().map(resolve).collect(),
        baseline: raw.baseline.as_ref().map(resolve),
    })
}

/// Whether `path` matches any of the globs.
pub fn ignored(globs: &[String], path: &str) -> bool {
    globs.iter().any(|g| glob_match(g, path))
}

/// Gitignore-like matching on `/`-separated components: `*` and `?` within
/// one component, `**` for any number of components. A glob matches the
/// end of the path, so `*.bak.md` matches a file anywhere and
/// `archive/**` any path under a directory named `archive`.
pub fn glob_match(glob: &str, path: &str) -> bool {
    let glob: Vec<&str> = glob
        .trim_start_matches("./")
        .split('/')
        .filter(|c| !c.is_empty())
        .collect();
    let path: Vec<&str> = path
        .split(['/', '\\'])
        .filter(|c| !c.is_empty() && *c != ".")
        .collect();
    (0..=path.len()).any(|start| components(&glob, &path[start..]))
}

fn components(glob: &[&str], path: &[&str]) -> bool {
    match glob.split_first() {
        None => path.is_empty(),
        Some((&"**", rest)) => (0..=path.len()).any(|skip| components(rest, &path[skip..])),
        Some((g, rest)) => path.split_first().is_some_and(|(p, more)| {
            component(g.as_bytes(), p.as_bytes()) && components(rest, more)
        }),
    }
}

/// `*` any run of characters, `?` one character, anything else itself.
fn component(glob: &[u8], name: &[u8]) -> bool {
    match glob.split_first() {
        None => name.is_empty(),
        Some((b'*', rest)) => (0..=name.len()).any(|skip| component(rest, &name[skip..])),
        Some((b'?', rest)) => !name.is_empty() && component(rest, &name[1..]),
        Some((c, rest)) => name.first() == Some(c) && component(rest, &name[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_like_gitignore() {
        assert!(glob_match("*.bak.md", "story/a.bak.md"));
        assert!(!glob_match("*.bak.md", "story/a.md"));
        assert!(glob_match("archive/**", "desk/archive/2024/a.md"));
        assert!(glob_match("story/draft-?.md", "x/story/draft-1.md"));
        assert!(!glob_match("story/draft-?.md", "x/story/draft-12.md"));
        assert!(glob_match("**/notes.txt", "a/b/notes.txt"));
        assert!(!glob_match("archive", "archived/a.md"));
    }

    #[test]
    fn config_values_are_checked_and_located() {
        let dir = std::env::temp_dir().join(format!("crosscheck-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(FILE_NAME);
        std::fs::write(
            &path,
            "fail-on: warnign\ndate-order: day-month\nrules: [house]\n",
        )
        .unwrap();
        let errors = load(&path).unwrap_err();
        assert_eq!((errors[0].line, errors[0].column), (1, 10));
        assert_eq!(errors[0].help.as_deref(), Some("did you mean `warning`?"));
        std::fs::write(&path, "fail-on: warning\nrules: [house]\nignroe: []\n").unwrap();
        let errors = load(&path).unwrap_err();
        assert_eq!(errors[0].help.as_deref(), Some("did you mean `ignore`?"));
        std::fs::write(&path, "fail-on: warning\nrules: [house]\ndraft: [d.md]\n").unwrap();
        let config = load(&path).unwrap();
        assert_eq!(config.rules, [dir.join("house")]);
        assert_eq!(config.drafts, [dir.join("d.md")]);
        assert_eq!(find(&dir.join("deeper/still")), Some(path));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
