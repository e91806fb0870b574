//! Turning the chosen subtrees into paragraphs of plain text.
//!
//! Every block element (`<p>`, `<li>`, `<h2>`, `<blockquote>`, a `<div>`
//! holding bare text…) starts a new paragraph; inline elements (`<a>`,
//! `<em>`, `<span>`…) only contribute their text. Whitespace from the
//! source collapses to one space, as a browser renders it; a no-break space
//! is content, not layout, so it is kept. A single `<br>` becomes a line
//! break inside the paragraph (old CMSes use it for lists of figures, and
//! the segmenter reads short lines as units); two or more in a row end the
//! paragraph, because that is how pre-`<p>` markup separates paragraphs.

use super::dom::{Dom, NodeId};

/// Paragraphs whose text is at least this share link text are link lists,
/// "READ MORE: …" teasers or navigation, never article prose.
const MAX_LINK_SHARE: f64 = 0.5;

/// Openings of legal boilerplate that sites put inside the body container.
const BOILERPLATE: &[&str] = &[
    "©",
    "copyright ©",
    "copyright (c)",
    "all rights reserved",
    "the views expressed",
    "the opinions expressed",
];

/// Whole paragraphs that are labels of furniture, compared lowercased with
/// trailing punctuation removed.
const FURNITURE_LINES: &[&str] = &[
    "advertisement",
    "advertisement - scroll to continue",
    "skip advertisement",
    "story continues below advertisement",
    "story continues below",
    "article continues below",
    "continue reading",
    "continue reading below",
    "read more",
    "listen to this article",
    "listen to article",
    "sponsored",
    "sponsored content",
    "share",
    "share this article",
    "share this story",
    "click to share",
    "subscribe",
    "sign up",
];

/// Where a paragraph's text came from, for the filters that run afterwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Prose,
    /// `<h1>`…`<h6>`, with its level.
    Heading(u8),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub text: String,
    /// Bytes of `text` that were inside `<a>` elements.
    pub link_bytes: usize,
    /// Bytes of `text` that were inside `<time>` elements.
    pub time_bytes: usize,
    pub kind: Kind,
}

/// Elements that start and end a paragraph. Names with a hyphen (custom
/// elements such as `<story-body>`) count too: sites use them as containers.
pub fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "legend"
            | "li"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
    ) || tag.contains('-')
}

fn heading_level(tag: &str) -> Option<u8> {
    match tag {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

/// The whitespace the HTML spec collapses; U+00A0 is deliberately absent.
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C')
}

/// Formatting characters with no visible form that would split words for
/// every later search (soft hyphen, zero-width space, BOM).
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{200B}' | '\u{FEFF}')
}

/// Collapses HTML whitespace to single spaces and trims: how a title or a
/// heading reads on screen.
pub fn collapse(s: &str) -> String {
    let mut b = Builder::default();
    b.push_text(s, Within::default());
    b.take().map(|p| p.text).unwrap_or_default()
}

/// Which inline elements a piece of text sits in.
#[derive(Debug, Default, Clone, Copy)]
pub struct Within {
    pub link: bool,
    pub time: bool,
}

/// Accumulates inline text into paragraphs.
#[derive(Default)]
pub struct Builder {
    text: String,
    link_bytes: usize,
    time_bytes: usize,
    kind: Option<Kind>,
    pending_space: bool,
    /// `<br>`s seen since the last visible character.
    breaks: u8,
    done: Vec<Paragraph>,
}

impl Builder {
    /// Sets what the next text will belong to (the innermost block open).
    pub fn set_kind(&mut self, kind: Kind) {
        if self.text.is_empty() {
            self.kind = Some(kind);
        }
    }

    pub fn push_text(&mut self, s: &str, within: Within) {
        for c in s.chars() {
            if is_html_space(c) {
                self.pending_space = !self.text.is_empty() && !self.text.ends_with('\n');
                continue;
            }
            if is_invisible(c) {
                continue;
            }
            if std::mem::take(&mut self.pending_space) {
                self.text.push(' ');
            }
            self.text.push(c);
            if within.link {
                self.link_bytes += c.len_utf8();
            }
            if within.time {
                self.time_bytes += c.len_utf8();
            }
            self.breaks = 0;
        }
    }

    pub fn line_break(&mut self) {
        self.breaks = self.breaks.saturating_add(1);
        if self.breaks >= 2 {
            self.flush();
        } else if !self.text.is_empty() {
            self.text.truncate(self.text.trim_end_matches(' ').len());
            self.text.push('\n');
            self.pending_space = false;
        }
    }

    /// Inserts the separator between table cells of one row.
    pub fn cell_separator(&mut self) {
        if !self.text.is_empty() {
            self.text.truncate(self.text.trim_end().len());
            self.text.push_str(" | ");
            self.pending_space = false;
        }
    }

    /// Ends the current paragraph, keeping it if it has any letter or digit.
    pub fn flush(&mut self) {
        if let Some(p) = self.take() {
            self.done.push(p);
        }
    }

    fn take(&mut self) -> Option<Paragraph> {
        let raw = std::mem::take(&mut self.text);
        let link_bytes = std::mem::take(&mut self.link_bytes);
        let time_bytes = std::mem::take(&mut self.time_bytes);
        let kind = self.kind.take().unwrap_or(Kind::Prose);
        self.pending_space = false;
        self.breaks = 0;
        let text = raw.trim_matches(|c: char| c.is_whitespace() || c == '|');
        if !text.chars().any(char::is_alphanumeric) {
            return None;
        }
        Some(Paragraph {
            text: text.to_string(),
            link_bytes: link_bytes.min(text.len()),
            time_bytes: time_bytes.min(text.len()),
            kind,
        })
    }

    pub fn finish(mut self) -> Vec<Paragraph> {
        self.flush();
        self.done
    }
}

/// Writes the text of `roots` (in order) as paragraphs, skipping every node
/// for which `skip` is true.
pub fn paragraphs(dom: &Dom, roots: &[NodeId], skip: &[bool]) -> Vec<Paragraph> {
    let mut b = Builder::default();
    for &root in roots {
        walk(dom, root, skip, &mut b);
        b.flush();
    }
    b.finish()
}

enum Step {
    Enter(NodeId),
    Exit(NodeId),
}

/// State of one walk: how deep in links and times we are, the kinds of the blocks
/// open, and the table rows open with whether each is a data row.
#[derive(Default)]
struct Walk {
    links: usize,
    times: usize,
    kinds: Vec<Kind>,
    rows: Vec<(NodeId, bool)>,
}

/// One iterative pre/post-order walk: blocks flush on entry and exit.
fn walk(dom: &Dom, root: NodeId, skip: &[bool], b: &mut Builder) {
    let mut stack = vec![Step::Enter(root)];
    let mut w = Walk::default();
    while let Some(step) = stack.pop() {
        match step {
            Step::Enter(id) => {
                if skip.get(id).copied().unwrap_or(false) {
                    continue;
                }
                if let Some(t) = dom.text(id) {
                    let within = Within {
                        link: w.links > 0,
                        time: w.times > 0,
                    };
                    b.push_text(t, within);
                    continue;
                }
                if let Some(tag) = dom.tag(id) {
                    w.enter(dom, id, tag, b);
                    stack.push(Step::Exit(id));
                }
                // The document node has no tag but has children.
                stack.extend(dom.children(id).iter().rev().map(|&c| Step::Enter(c)));
            }
            Step::Exit(id) => w.exit(dom, id, b),
        }
    }
}

impl Walk {
    fn enter(&mut self, dom: &Dom, id: NodeId, tag: &str, b: &mut Builder) {
        if tag == "tr" {
            self.rows.push((id, is_data_row(dom, id)));
        }
        match tag {
            "a" => self.links += 1,
            "time" => self.times += 1,
            "br" => b.line_break(),
            _ if self.in_data_row(dom, id, tag) => b.cell_separator(),
            _ if is_block(tag) => {
                b.flush();
                let kind = heading_level(tag).map_or(Kind::Prose, Kind::Heading);
                // `<h2><div>Title</div></h2>` is still a heading; a `<p>`
                // in an unclosed `<h1>` is the story, not the headline.
                let kind = match (kind, self.kinds.last()) {
                    (Kind::Prose, Some(&outer @ Kind::Heading(_))) if tag == "div" => outer,
                    _ => kind,
                };
                self.kinds.push(kind);
                b.set_kind(kind);
            }
            _ => {}
        }
    }

    fn exit(&mut self, dom: &Dom, id: NodeId, b: &mut Builder) {
        let tag = dom.tag(id).unwrap_or_default();
        if tag == "a" {
            self.links = self.links.saturating_sub(1);
        } else if tag == "time" {
            self.times = self.times.saturating_sub(1);
        } else if self.in_data_row(dom, id, tag) {
            // A data row's cells share one paragraph, flushed with the row.
        } else if is_block(tag) {
            b.flush();
            self.kinds.pop();
            b.set_kind(self.kinds.last().copied().unwrap_or(Kind::Prose));
        }
        if tag == "tr" {
            self.rows.pop();
        }
    }

    /// Whether `id` is a `<td>`/`<th>` of the data row currently open.
    fn in_data_row(&self, dom: &Dom, id: NodeId, tag: &str) -> bool {
        (tag == "td" || tag == "th")
            && self
                .rows
                .last()
                .is_some_and(|&(row, data)| data && dom.parent(id) == Some(row))
    }
}

/// A data row (cells of inline content only) reads best as one line,
/// "Education | $5.81 billion"; a layout row whose cells hold paragraphs
/// is treated like any other block. Stops at the first block found.
fn is_data_row(dom: &Dom, row: NodeId) -> bool {
    let mut stack: Vec<NodeId> = dom.children(row).to_vec();
    while let Some(id) = stack.pop() {
        for &c in dom.children(id) {
            if dom.tag(c).is_some_and(is_block) {
                return false;
            }
            stack.push(c);
        }
    }
    true
}

/// Drops what is never article prose: the headline (any `<h1>`, or a
/// heading repeating the title), link lists, bare timestamps, legal
/// boilerplate and furniture labels ("Advertisement", "Listen to this
/// article").
pub fn keep(p: &Paragraph, title: Option<&str>) -> bool {
    if let Kind::Heading(level) = p.kind {
        let is_title = title.is_some_and(|t| t.eq_ignore_ascii_case(&p.text));
        if level == 1 || is_title {
            return false;
        }
    }
    if p.link_bytes as f64 >= MAX_LINK_SHARE * p.text.len() as f64 {
        return false;
    }
    // A bare timestamp ("17:40", "Oct. 17, 2025") is a post's metadata.
    if p.time_bytes + p.text.matches(' ').count() >= p.text.len() {
        return false;
    }
    let lower = p.text.to_lowercase();
    let label = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
    !BOILERPLATE.iter().any(|b| lower.starts_with(b)) && !FURNITURE_LINES.contains(&label)
}

/// Drops a paragraph identical to the one before it: responsive pages
/// often carry the same block twice (one copy for mobile, one for desktop),
/// and a reader only ever sees it once.
pub fn dedup_adjacent(paragraphs: &mut Vec<Paragraph>) {
    paragraphs.dedup_by(|b, a| a.text == b.text);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(html: &str) -> Vec<String> {
        let dom = Dom::parse(html);
        let skip = vec![false; dom.nodes.len()];
        paragraphs(&dom, &[Dom::ROOT], &skip)
            .into_iter()
            .map(|p| p.text)
            .collect()
    }

    #[test]
    fn whitespace_collapses_but_nbsp_stays() {
        assert_eq!(
            texts("<p>  a \n\t b&nbsp;c  <em>d</em>e </p>"),
            ["a b\u{a0}c de"]
        );
    }

    #[test]
    fn single_br_is_a_line_double_br_a_paragraph() {
        assert_eq!(
            texts("<div>one<br>two <br> <br>three</div>"),
            ["one\ntwo", "three"]
        );
    }

    #[test]
    fn data_rows_are_one_line() {
        assert_eq!(
            texts("<table><tr><td>Education</td><td>$5.81 billion</td></tr></table>"),
            ["Education | $5.81 billion"]
        );
    }

    #[test]
    fn invisible_characters_are_dropped() {
        assert_eq!(texts("<p>Zelen\u{AD}skyy\u{200B}</p>"), ["Zelenskyy"]);
    }

    #[test]
    fn link_lists_and_boilerplate_are_not_kept() {
        let para = |text: &str, link_bytes, kind| Paragraph {
            text: text.into(),
            link_bytes,
            time_bytes: 0,
            kind,
        };
        assert!(!keep(&para("READ MORE: x y z", 9, Kind::Prose), None));
        assert!(!keep(
            &para("© 2025 Site. All rights reserved.", 0, Kind::Prose),
            None
        ));
        assert!(!keep(
            &para("Budget passes", 0, Kind::Heading(2)),
            Some("budget passes")
        ));
        assert!(keep(&para("Budget passes", 0, Kind::Heading(2)), None));
        assert!(!keep(&para("ADVERTISEMENT", 0, Kind::Prose), None));
        assert!(!keep(&para("Continue reading…", 0, Kind::Prose), None));
        assert!(keep(
            &para("Advertisement revenue fell 12%.", 0, Kind::Prose),
            None
        ));
    }
}
