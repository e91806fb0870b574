//! The human report: each finding with the sentence from every source,
//! located (`path:line:column`) and the claim underlined, like a compiler
//! diagnostic. Colour only when the caller asks for it (a terminal).

use std::fmt::Write;

use annotate_snippets::{Annotation, AnnotationKind, Group, Level, Renderer, Snippet};
use rayon::prelude::*;

use super::errors;
use crate::check::Finding;
use crate::document::{DateSource, LineIndex};
use crate::model::{Claim, DateValue, Value};
use crate::origin::OriginReason;
use crate::pipeline::Analysis;
use crate::rule::Severity;

/// Long paragraphs are cropped around the underlined claim at this width.
const WIDTH: usize = 120;

pub(super) fn renderer(color: bool) -> Renderer {
    let r = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    r.term_width(WIDTH)
}

pub(super) fn level(s: Severity) -> Level<'static> {
    match s {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// The line of document `doc_index` numbered `line` (in the file), with
/// `span` underlined as `kind` and labelled `label` (default: the outlet),
/// located at the document's path.
pub(super) fn located<'a>(
    a: &'a Analysis,
    lines: &[LineIndex],
    doc_index: usize,
    line: usize,
    span: std::ops::Range<usize>,
    kind: AnnotationKind,
    label: Option<&'a str>,
) -> Snippet<'a, Annotation<'a>> {
    let doc = &a.documents[doc_index];
    let range = lines[doc_index].line_range(&doc.text, line - doc.first_line + 1);
    let start = span.start.saturating_sub(range.start);
    let end = (span.end.min(range.end))
        .saturating_sub(range.start)
        .max(start);
    Snippet::source(&doc.text[range])
        .line_start(line)
        .path(doc.path.as_str())
        .annotation(
            kind.span(start..end)
                .label(label.unwrap_or(doc.source.as_str())),
        )
}

/// [`located`] for a claim.
pub(super) fn claim_snippet<'a>(
    a: &'a Analysis,
    lines: &[LineIndex],
    i: usize,
    kind: AnnotationKind,
    label: Option<&'a str>,
) -> Snippet<'a, Annotation<'a>> {
    let c = &a.claims[i];
    located(a, lines, c.doc_index, c.line, c.span.range(), kind, label)
}

/// `crosscheck check` for people.
pub fn check(a: &Analysis, color: bool) -> String {
    let lines: Vec<LineIndex> = a
        .documents
        .par_iter()
        .map(|d| LineIndex::new(&d.text))
        .collect();
    let renderer = renderer(color);
    // Findings are rendered in parallel and joined in their order.
    // Findings the baseline accepts are counted in the summary, not shown.
    let rendered: Vec<String> = a
        .findings
        .par_iter()
        .filter(|f| !f.baselined)
        .map(|f| {
            let mut group = Group::with_title(
                level(f.severity)
                    .primary_title(f.message.as_str())
                    .id(f.rule.as_str()),
            );
            // The claim that disagrees comes first: it is what the editor must look at.
            let (a_side, b_side) = f.claim_indices.split_at(f.side_a);
            let ordered = b_side
                .iter()
                .map(|&i| (i, AnnotationKind::Primary))
                .chain(a_side.iter().map(|&i| (i, AnnotationKind::Context)));
            for (i, kind) in ordered {
                group = group.element(claim_snippet(a, &lines, i, kind, None));
            }
            // A spelling finding's evidence: the variants, then the other uses.
            for m in &f.mentions {
                let kind = if m.variant {
                    AnnotationKind::Primary
                } else {
                    AnnotationKind::Context
                };
                let span = m.span.range();
                group = group.element(located(a, &lines, m.doc_index, m.line, span, kind, None));
            }
            // A wording finding's evidence (`pattern` rules): each match.
            for m in &f.matches {
                let (kind, span) = (AnnotationKind::Primary, m.span.range());
                group = group.element(located(a, &lines, m.doc_index, m.line, span, kind, None));
            }
            let mut report = vec![group];
            if let Some(key) = &f.key {
                report.push(Group::with_title(
                    Level::NOTE.secondary_title(format!("compared as: {key}")),
                ));
            }
            if let Some(line) = support_line(a, f) {
                report.push(Group::with_title(Level::NOTE.secondary_title(line)));
            }
            let mut one = renderer.render(&report);
            one.push_str("\n\n");
            one
        })
        .collect();
    let mut out = rendered.concat();
    notes(a, &mut out);
    baseline_notes(a, &mut out);
    let n = |s| {
        a.findings
            .iter()
            .filter(|f| !f.baselined && f.severity == s)
            .count()
    };
    let (e, w, i) = (n(Severity::Error), n(Severity::Warning), n(Severity::Info));
    let _ = write!(
        out,
        "{} {}, {} {}, {} info in {} {} ({} claims)",
        e,
        plural(e, "error", "errors"),
        w,
        plural(w, "warning", "warnings"),
        i,
        a.documents.len(),
        plural(a.documents.len(), "document", "documents"),
        a.claims.len()
    );
    match a.baselined() {
        0 => out.push('\n'),
        b => {
            let _ = writeln!(out, "; {b} baselined");
        }
    }
    out
}

/// "backed by: 37 (3 sources, 2 independent) · 73 (1 source)", for
/// findings about figures and dates; each side named by its first claim.
fn support_line(a: &Analysis, f: &Finding) -> Option<String> {
    if f.support.len() != 2 || f.claim_indices.is_empty() {
        return None;
    }
    let (a_side, b_side) = f.claim_indices.split_at(f.side_a);
    let sides = [a_side.first()?, b_side.first()?];
    if sides
        .iter()
        .any(|&&i| !matches!(a.claims[i].value, Value::Figure(_) | Value::Date(_)))
    {
        return None;
    }
    let parts: Vec<String> = sides
        .iter()
        .zip(&f.support)
        .map(|(&&i, s)| format!("{} ({})", a.claims[i].text, s.describe()))
        .collect();
    Some(format!("backed by: {}", parts.join(" · ")))
}

/// Baseline entries no finding matches any more: information, not failure.
fn baseline_notes(a: &Analysis, out: &mut String) {
    for e in &a.stale_baseline {
        let _ = writeln!(
            out,
            "info: stale baseline entry {} ({}) matches no finding; remove it: {}",
            e.fingerprint, e.rule, e.message
        );
    }
    if !a.stale_baseline.is_empty() {
        out.push('\n');
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// Input and rule errors, skipped files and undated documents.
pub(super) fn notes(a: &Analysis, out: &mut String) {
    for e in errors(a) {
        let at = match (e.line, e.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", e.path),
            (Some(l), None) => format!("{}:{l}", e.path),
            _ => e.path.clone(),
        };
        let _ = writeln!(out, "error[{}]: {at}: {}", e.kind.as_str(), e.message);
    }
    for s in &a.skipped {
        let _ = writeln!(
            out,
            "note: skipped {s}: not a .md, .txt, .jsonl or .html file"
        );
    }
    for r in &a.repeats {
        let d = &a.documents[r.doc_index];
        let lines = if r.end_line > r.line {
            format!("lines {}–{} repeat", r.line, r.end_line)
        } else {
            format!("line {} repeats", r.line)
        };
        let _ = writeln!(
            out,
            "info: {}:{}: {lines} the passage at line {}; its claims are read once",
            d.path, r.line, r.first_line
        );
    }
    for c in &a.copies {
        let (x, y) = (&a.documents[c.a], &a.documents[c.b]);
        let why = match &c.reason {
            OriginReason::Shared { similarity } => format!(
                "share {:.0}% of their text",
                (similarity * 100.0).clamp(0.0, 100.0)
            ),
            OriginReason::Wire(w) => format!("both credit {w} for this story"),
        };
        let _ = writeln!(
            out,
            "note: {} ({}) and {} ({}) {why}: one origin, counted once as corroboration",
            x.path, x.source, y.path, y.source
        );
    }
    for d in a.documents.iter().filter(|d| d.extracted) {
        let _ = writeln!(
            out,
            "note: {} is a web page: lines and columns point into its extracted article text",
            d.path
        );
    }
    for d in &a.documents {
        match (d.published, d.date_source) {
            (None, _) => {
                let _ = writeln!(
                    out,
                    "note: {} has no publication date; its relative dates stay unresolved",
                    d.path
                );
            }
            (Some(p), Some(DateSource::Dateline | DateSource::DateField)) => {
                let _ = writeln!(
                    out,
                    "note: {} has no `published` metadata; dated {p} from its text",
                    d.path
                );
            }
            _ => {}
        }
    }
    if !out.is_empty() && !out.ends_with("\n\n") {
        out.push('\n');
    }
}

/// `crosscheck claims` for people: one line per claim, grouped by document.
pub fn claims(a: &Analysis) -> String {
    let mut out = String::new();
    let mut current = usize::MAX;
    for c in &a.claims {
        if c.doc_index != current {
            current = c.doc_index;
            let d = &a.documents[current];
            let date = d
                .published
                .map_or_else(|| "undated".to_string(), |p| p.to_string());
            let _ = writeln!(out, "{} — {} ({date})", d.path, d.source);
        }
        let d = &a.documents[c.doc_index];
        let _ = writeln!(
            out,
            "  {}:{}:{}  {:<8} {:<22} {}",
            d.path,
            c.line,
            c.column,
            c.kind.as_str(),
            c.text,
            describe(c)
        );
    }
    if !out.is_empty() {
        out.push('\n');
    }
    notes(a, &mut out);
    let _ = writeln!(
        out,
        "{} claims in {} documents",
        a.claims.len(),
        a.documents.len()
    );
    out
}

pub(super) fn describe(c: &Claim) -> String {
    let v = match &c.value {
        Value::Figure(v) => v,
        Value::Date(d) => return describe_date(c, d),
        Value::Quote(q) => {
            let who = q.speaker.as_deref().unwrap_or("unattributed");
            let how = if q.direct { "" } else { ", reported" };
            return format!("{who}{how}");
        }
    };
    let bound = |x: Option<f64>| x.map_or_else(|| "∞".to_string(), fmt_number);
    let mut s = if v.is_point() {
        fmt_number(v.number)
    } else {
        format!(
            "{}{}, {}{}",
            if v.low_open || v.low.is_none() {
                "("
            } else {
                "["
            },
            v.low.map_or_else(|| "-∞".to_string(), fmt_number),
            bound(v.high),
            if v.high_open || v.high.is_none() {
                ")"
            } else {
                "]"
            }
        )
    };
    if let Some(u) = &v.unit {
        let _ = write!(s, " {u}");
    }
    if let Some(q) = v.qualifier {
        let _ = write!(s, " ({})", q.as_str());
    }
    if let Some(m) = &c.measure
        && v.unit.as_deref() != Some(m)
    {
        let _ = write!(s, " · {m}");
    }
    if !c.entities.is_empty() {
        let _ = write!(s, " · {}", c.entities.join(", "));
    }
    s
}

/// "2025-10-16 · call", "2025-10-13..2025-10-19 (week, planned) · meeting".
fn describe_date(c: &Claim, d: &DateValue) -> String {
    let mut s = match (d.start, d.end) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a}..{b} ({})", d.grain.as_str()),
        _ => format!("unresolved {}", d.grain.as_str()),
    };
    if d.future {
        s.push_str(" (planned)");
    }
    if let Some(m) = &c.measure {
        let _ = write!(s, " · {m}");
    }
    if !c.entities.is_empty() {
        let _ = write!(s, " · {}", c.entities.join(", "));
    }
    s
}

fn fmt_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        let digits = format!("{}", n.abs() as u64);
        let mut out = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(ch);
        }
        if n < 0.0 { format!("-{out}") } else { out }
    } else {
        format!("{n}")
    }
}
