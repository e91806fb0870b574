//! YAML front matter between `---` lines at the top of a `.md`/`.txt` file.

use serde::Deserialize;

use crate::yaml;

/// The metadata fields crosscheck reads; other keys (author, tags…) are
/// allowed and ignored, because articles carry all sorts of metadata.
#[derive(Debug, Default, Deserialize)]
pub struct FrontMatter {
    pub source: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
}

/// What splitting off the front matter found.
pub enum Split<'a> {
    /// No front matter: the body starts at 0.
    None,
    /// A block between `---` lines; `body_start` is the byte after the closing line.
    Block {
        yaml: &'a str,
        /// 1-based line of the first YAML line in the file.
        first_line: usize,
        body_start: usize,
    },
    /// An opening `---` with no closing line.
    Unclosed,
}

pub fn split(text: &str) -> Split<'_> {
    let start = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    let rest = &text[start..];
    let Some(after_open) = rest
        .strip_prefix("---\n")
        .or_else(|| rest.strip_prefix("---\r\n"))
    else {
        return Split::None;
    };
    let yaml_start = text.len() - after_open.len();
    let mut pos = yaml_start;
    for line in after_open.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        if bare == "---" || bare == "..." {
            return Split::Block {
                yaml: &text[yaml_start..pos],
                first_line: 2,
                body_start: pos + line.len(),
            };
        }
        pos += line.len();
    }
    Split::Unclosed
}

/// Parses the block; errors come back with lines counted in the whole file.
pub fn parse(yaml: &str, first_line: usize) -> Result<FrontMatter, yaml::YamlError> {
    if yaml.trim().is_empty() {
        return Ok(FrontMatter::default());
    }
    yaml::from_str::<FrontMatter>(yaml).map_err(|mut e| {
        e.line += first_line - 1;
        e
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_parses() {
        let text = "---\nsource: Wire\npublished: 2025-10-17\nauthor: X\n---\nBody.";
        let Split::Block {
            yaml,
            first_line,
            body_start,
        } = split(text)
        else {
            panic!("no block")
        };
        assert_eq!(&text[body_start..], "Body.");
        let fm = parse(yaml, first_line).unwrap();
        assert_eq!(fm.source.as_deref(), Some("Wire"));
        assert_eq!(fm.published.as_deref(), Some("2025-10-17"));
    }

    #[test]
    fn reports_file_lines() {
        let text = "---\nsource: Wire\ntitle: [unclosed\n---\nBody";
        let Split::Block {
            yaml, first_line, ..
        } = split(text)
        else {
            panic!()
        };
        let err = parse(yaml, first_line).unwrap_err();
        assert!(err.line >= 3, "{err:?}");
        assert!(matches!(split("---\nsource: x\n"), Split::Unclosed));
        assert!(matches!(split("No front matter"), Split::None));
    }
}
