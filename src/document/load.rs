//! Paths in, documents and input errors out.
//!
//! Nothing here stops the run: every file that cannot be read or understood
//! becomes an [`InputError`] with its path (and line), and the rest loads.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::front_matter::{self, Split};
use super::{DateSource, Document, dateline};

/// What went wrong with an input, for scripts to tell cases apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum InputErrorKind {
    Unreadable,
    Binary,
    InvalidUtf8,
    Empty,
    MalformedJsonl,
    MalformedFrontMatter,
    InvalidDate,
    /// A rule file with a problem (reported in the same `errors` list).
    InvalidRule,
}

impl InputErrorKind {
    /// The name used in JSON and in the human report.
    pub fn as_str(self) -> &'static str {
        match self {
            InputErrorKind::Unreadable => "unreadable",
            InputErrorKind::Binary => "binary",
            InputErrorKind::InvalidUtf8 => "invalid-utf8",
            InputErrorKind::Empty => "empty",
            InputErrorKind::MalformedJsonl => "malformed-jsonl",
            InputErrorKind::MalformedFrontMatter => "malformed-front-matter",
            InputErrorKind::InvalidDate => "invalid-date",
            InputErrorKind::InvalidRule => "invalid-rule",
        }
    }
}

/// One entry of the report's `errors` list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InputError {
    pub path: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub kind: InputErrorKind,
    pub message: String,
}

/// The documents, the errors and the files a directory walk passed over.
#[derive(Debug, Default)]
pub struct Loaded {
    pub documents: Vec<Document>,
    pub errors: Vec<InputError>,
    /// Files found in a directory whose extension crosscheck does not read.
    pub skipped: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Jsonl,
    Html,
}

fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "md" | "markdown" | "txt" | "text" => Some(Format::Text),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        _ => None,
    }
}

/// A file to load and the id prefix it gets (its path relative to the
/// argument it was found under).
struct Input {
    path: PathBuf,
    display: String,
    relative: String,
    format: Format,
}

/// Loads every path: files directly, directories by a sorted recursive walk
/// that skips hidden entries. Documents keep the order of the arguments.
pub fn load_paths<P: AsRef<Path>>(paths: &[P]) -> Loaded {
    let mut loaded = Loaded::default();
    let mut inputs = Vec::new();
    for p in paths {
        let p = p.as_ref();
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => walk(p, p, &mut inputs, &mut loaded, 0),
            Ok(_) => inputs.push(Input {
                path: p.to_path_buf(),
                display: display(p),
                relative: p
                    .file_name()
                    .map_or_else(|| display(p), |n| n.to_string_lossy().into_owned()),
                format: format_of(p).unwrap_or(Format::Text),
            }),
            Err(e) => loaded.errors.push(InputError {
                path: display(p),
                line: None,
                column: None,
                kind: InputErrorKind::Unreadable,
                message: format!("cannot read: {}", io_message(&e)),
            }),
        }
    }
    let per_file: Vec<(Vec<Document>, Vec<InputError>)> =
        inputs.par_iter().map(load_input).collect();
    let mut seen = std::collections::HashSet::new();
    for (input, (docs, errors)) in inputs.iter().zip(per_file) {
        for mut doc in docs {
            if !seen.insert(doc.id.clone()) {
                // Two arguments gave the same relative name: fall back to the path.
                doc.id = format!(
                    "{}{}",
                    input.display,
                    doc.id.strip_prefix(&input.relative).unwrap_or("")
                );
                seen.insert(doc.id.clone());
            }
            loaded.documents.push(doc);
        }
        loaded.errors.extend(errors);
    }
    loaded
}

fn display(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn walk(root: &Path, dir: &Path, inputs: &mut Vec<Input>, loaded: &mut Loaded, depth: usize) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            loaded.errors.push(InputError {
                path: display(dir),
                line: None,
                column: None,
                kind: InputErrorKind::Unreadable,
                message: format!("cannot read directory: {}", io_message(&e)),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    paths.sort();
    for path in paths {
        let is_dir = std::fs::metadata(&path)
            .map(|m| m.is_dir())
            .unwrap_or(false);
        if is_dir {
            // Symlink cycles end here rather than overflowing the stack.
            if depth < 64 {
                walk(root, &path, inputs, loaded, depth + 1);
            }
            continue;
        }
        let relative = display(path.strip_prefix(root).unwrap_or(&path));
        match format_of(&path) {
            Some(format) => inputs.push(Input {
                display: display(&path),
                path,
                relative,
                format,
            }),
            None => loaded.skipped.push(display(&path)),
        }
    }
}

fn load_input(input: &Input) -> (Vec<Document>, Vec<InputError>) {
    let error = |kind, line, message: String| InputError {
        path: input.display.clone(),
        line,
        column: None,
        kind,
        message,
    };
    let bytes = match std::fs::read(&input.path) {
        Ok(b) => b,
        Err(e) => {
            return (
                vec![],
                vec![error(
                    InputErrorKind::Unreadable,
                    None,
                    format!("cannot read: {}", io_message(&e)),
                )],
            );
        }
    };
    if looks_binary(&bytes) {
        return (
            vec![],
            vec![error(
                InputErrorKind::Binary,
                None,
                "binary file (contains NUL bytes); expected UTF-8 text".into(),
            )],
        );
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
            return (
                vec![],
                vec![error(
                    InputErrorKind::InvalidUtf8,
                    Some(line),
                    format!("invalid UTF-8 at byte {valid}; the file must be UTF-8 text"),
                )],
            );
        }
    };
    match input.format {
        Format::Text => {
            let mut errors = Vec::new();
            let doc = text_document(
                input.relative.clone(),
                input.display.clone(),
                text,
                &mut errors,
            );
            (doc.into_iter().collect(), errors)
        }
        Format::Jsonl => load_jsonl(input, &text),
        Format::Html => {
            let mut errors = Vec::new();
            let doc = html_document(input, &text, &mut errors);
            (doc.into_iter().collect(), errors)
        }
    }
}

/// Builds a document from a web page: the article text the extractor finds
/// (spans point into it, not into the HTML) and the page's metadata.
/// Returns `None` (with an error) when the page holds no article text.
fn html_document(input: &Input, html: &str, errors: &mut Vec<InputError>) -> Option<Document> {
    let page = crate::html::extract_html(html);
    if page.text.trim().is_empty() {
        errors.push(InputError {
            path: input.display.clone(),
            line: None,
            column: None,
            kind: InputErrorKind::Empty,
            message: "no article text found in the HTML page".into(),
        });
        return None;
    }
    let mut doc = Document {
        source: page
            .source
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| default_source(&input.relative)),
        id: input.relative.clone(),
        path: input.display.clone(),
        published: page.published,
        title: page.title,
        url: page.url,
        date_source: page.published.map(|_| DateSource::HtmlMeta),
        first_line: 1,
        text: page.text,
        body_start: 0,
        extracted: true,
        draft: false,
    };
    date_from_text(&mut doc);
    Some(doc)
}

/// NUL bytes never occur in text; a few in the first block mean binary.
fn looks_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(8192)].contains(&0)
}

/// Builds a document from a `.md`/`.txt` file's contents. Returns `None`
/// (with an error) only for an empty document.
fn text_document(
    id: String,
    path: String,
    text: String,
    errors: &mut Vec<InputError>,
) -> Option<Document> {
    let mut doc = Document {
        source: default_source(&id),
        id,
        path,
        published: None,
        title: None,
        url: None,
        date_source: None,
        first_line: 1,
        text: String::new(),
        body_start: 0,
        extracted: false,
        draft: false,
    };
    match front_matter::split(&text) {
        Split::None => {}
        Split::Unclosed => errors.push(InputError {
            path: doc.path.clone(),
            line: Some(1),
            column: None,
            kind: InputErrorKind::MalformedFrontMatter,
            message: "front matter opened with `---` on line 1 is never closed; the whole file is read as text".into(),
        }),
        Split::Block { yaml, first_line, body_start } => {
            doc.body_start = body_start;
            match front_matter::parse(yaml, first_line) {
                Ok(fm) => {
                    if let Some(s) = fm.source.filter(|s| !s.trim().is_empty()) {
                        doc.source = s;
                    }
                    doc.title = fm.title;
                    doc.url = fm.url;
                    if let Err(message) = set_published(&mut doc, fm.published, DateSource::FrontMatter) {
                        errors.push(InputError {
                            path: doc.path.clone(),
                            line: line_of_key(yaml, "published").map(|l| l + first_line - 1),
                            column: None,
                            kind: InputErrorKind::InvalidDate,
                            message,
                        });
                    }
                }
                Err(e) => errors.push(InputError {
                    path: doc.path.clone(),
                    line: Some(e.line),
                    column: Some(e.column),
                    kind: InputErrorKind::MalformedFrontMatter,
                    message: format!("malformed front matter: {}; the metadata is ignored, the text is still checked", e.message),
                }),
            }
        }
    }
    if text[doc.body_start..].trim().is_empty() {
        errors.push(InputError {
            path: doc.path.clone(),
            line: None,
            column: None,
            kind: InputErrorKind::Empty,
            message: "empty document: no text to check".into(),
        });
        return None;
    }
    doc.text = text;
    date_from_text(&mut doc);
    Some(doc)
}

/// The line (1-based, within `yaml`) where `key:` is written.
fn line_of_key(yaml: &str, key: &str) -> Option<usize> {
    yaml.lines()
        .position(|l| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with(':'))
        })
        .map(|i| i + 1)
}

fn default_source(id: &str) -> String {
    let name = id.rsplit('/').next().unwrap_or(id);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    stem.split(':').next().unwrap_or(stem).to_string()
}

/// Sets `published` from metadata; the error message when it is not a date.
fn set_published(
    doc: &mut Document,
    raw: Option<String>,
    source: DateSource,
) -> Result<(), String> {
    let Some(raw) = raw else { return Ok(()) };
    let date = parse_published(&raw).ok_or_else(|| {
        format!("`published: {raw}` is not a date; expected YYYY-MM-DD or an ISO date-time")
    })?;
    doc.published = Some(date);
    doc.date_source = Some(source);
    Ok(())
}

/// Without a metadata date, a `date` line or a dateline near the top.
fn date_from_text(doc: &mut Document) {
    if doc.published.is_none()
        && let Some((d, how)) = dateline::find_published(&doc.text[doc.body_start..])
    {
        doc.published = Some(d);
        doc.date_source = Some(how);
    }
}

/// `2025-10-17` or an ISO date-time such as `2025-10-17T09:30:00Z`.
fn parse_published(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let date = s.get(..10)?;
    let rest = &s[10..];
    if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
        return None;
    }
    NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()
}

#[derive(Deserialize)]
struct JsonlRecord {
    id: Option<String>,
    text: Option<String>,
    source: Option<String>,
    published: Option<String>,
    url: Option<String>,
    title: Option<String>,
}

fn load_jsonl(input: &Input, text: &str) -> (Vec<Document>, Vec<InputError>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    let error = |line: usize, column: Option<usize>, kind, message: String| InputError {
        path: input.display.clone(),
        line: Some(line),
        column,
        kind,
        message,
    };
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let record: JsonlRecord = match serde_json::from_str(raw) {
            Ok(r) => r,
            Err(e) => {
                errors.push(error(
                    line,
                    Some(e.column()),
                    InputErrorKind::MalformedJsonl,
                    format!("malformed JSON line: {e}"),
                ));
                continue;
            }
        };
        let Some(body) = record.text else {
            errors.push(error(
                line,
                None,
                InputErrorKind::MalformedJsonl,
                "JSON line has no `text` field".into(),
            ));
            continue;
        };
        if body.trim().is_empty() {
            errors.push(error(
                line,
                None,
                InputErrorKind::Empty,
                "empty document: `text` is blank".into(),
            ));
            continue;
        }
        let id = record
            .id
            .unwrap_or_else(|| format!("{}:{line}", input.relative));
        let mut doc = Document {
            source: record
                .source
                .unwrap_or_else(|| default_source(&input.relative)),
            path: input.display.clone(),
            id,
            published: None,
            title: record.title,
            url: record.url,
            date_source: None,
            first_line: line,
            text: body,
            body_start: 0,
            extracted: false,
            draft: false,
        };
        if let Err(message) = set_published(&mut doc, record.published, DateSource::Jsonl) {
            errors.push(error(line, None, InputErrorKind::InvalidDate, message));
        }
        date_from_text(&mut doc);
        docs.push(doc);
    }
    (docs, errors)
}

/// Loads one document from a string, as if read from a `.md` file named `id`
/// (used by rule examples and tests).
pub fn load_str(id: &str, text: &str) -> (Option<Document>, Vec<InputError>) {
    let mut errors = Vec::new();
    let doc = text_document(
        id.to_string(),
        id.to_string(),
        text.to_string(),
        &mut errors,
    );
    (doc, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_match_the_json() {
        for k in [
            InputErrorKind::Unreadable,
            InputErrorKind::Binary,
            InputErrorKind::InvalidUtf8,
            InputErrorKind::Empty,
            InputErrorKind::MalformedJsonl,
            InputErrorKind::MalformedFrontMatter,
            InputErrorKind::InvalidDate,
            InputErrorKind::InvalidRule,
        ] {
            assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
        }
    }
}
