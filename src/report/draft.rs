//! The draft report: a linter over the desk's draft. Every draft claim in
//! draft order, located (`story.md:12:31`) and underlined, with its status
//! against the sources and the source sentences behind it; a summary line
//! counts the statuses.

use std::fmt::Write;

use annotate_snippets::{AnnotationKind, Group, Level};

use super::human::{claim_snippet, describe, level, notes, renderer};
use crate::document::LineIndex;
use crate::draft::{DraftClaim, DraftStatus};
use crate::pipeline::Analysis;

/// `crosscheck check --draft` for people.
pub fn check(a: &Analysis, color: bool) -> String {
    let lines: Vec<LineIndex> = a
        .documents
        .iter()
        .map(|d| LineIndex::new(&d.text))
        .collect();
    let renderer = renderer(color);
    let mut out = String::new();
    for d in &a.draft {
        let finding = a
            .findings
            .iter()
            .find(|f| f.draft_claim.as_deref() == Some(d.claim.as_str()));
        // A rule decides how loud a status is; statuses no rule reports
        // are listed as notes.
        let lvl = finding.map_or(Level::NOTE, |f| level(f.severity));
        let title = match finding {
            Some(f) => format!("{}: {}", d.status.as_str(), f.message),
            None => format!("{}: {}", d.status.as_str(), summary(a, d)),
        };
        let mut group = match finding {
            Some(f) => Group::with_title(lvl.primary_title(title).id(f.rule.as_str())),
            None => Group::with_title(lvl.primary_title(title)),
        };
        let status = Some(d.status.as_str());
        group = group.element(claim_snippet(
            a,
            &lines,
            d.index,
            AnnotationKind::Primary,
            status,
        ));
        let evidence: Vec<usize> = match d.status {
            DraftStatus::Contradicted | DraftStatus::Disputed => d
                .disagreeing_indices
                .iter()
                .chain(&d.agreeing_indices)
                .copied()
                .collect(),
            _ => d.agreeing_indices.clone(),
        };
        for i in evidence {
            group = group.element(claim_snippet(a, &lines, i, AnnotationKind::Context, None));
        }
        out.push_str(&renderer.render(&[group]));
        out.push_str("\n\n");
    }
    notes(a, &mut out);
    let mut counts = Vec::new();
    for s in DraftStatus::ALL {
        let n = a.draft.iter().filter(|d| d.status == s).count();
        if n > 0 {
            counts.push(format!("{n} {}", s.as_str()));
        }
    }
    let _ = writeln!(
        out,
        "{} draft claims: {}",
        a.draft.len(),
        if counts.is_empty() {
            "none".to_string()
        } else {
            counts.join(", ")
        }
    );
    out
}

/// What backs a claim no rule reported: "37 missile · 2 sources".
fn summary(a: &Analysis, d: &DraftClaim) -> String {
    let what = describe(&a.claims[d.index]);
    if d.support.sources == 0 {
        what
    } else {
        format!("{what} · {}", d.support.describe())
    }
}
