//! `draft`: a claim of the desk's draft that the sources do not back.
//!
//! **What it finds.** With `crosscheck check --draft story.md sources/`,
//! every claim of the draft gets a status against the sources (see
//! [`crate::draft`]): `contradicted`, `disputed`, `refined`, `supported` or
//! `unsupported`. A `draft` rule reports the draft claims whose status is in
//! its `statuses`, within its scope (claim kinds, measures, entities), at
//! its severity. When several rules report one claim, the most severe
//! finding is kept, so "unsupported money figures → warning" can sit beside
//! "unsupported → info".
//!
//! **Why it matters.** A desk about to publish needs a linter over its own
//! copy, not a census of every disagreement among its sources: a draft
//! figure no source gives, or one a source contradicts, is what to fix.
//!
//! ```yaml
//! id: draft-contradicted
//! kind: draft
//! statuses: [contradicted]
//! severity: error
//! message: "the draft says {a.text}; {b.sources} say {b.text}"
//! ```
//!
//! Without `--draft` the rule finds nothing. In its examples the first
//! document is the draft.

use super::sides::build_finding;
use super::{Check, CheckInput, Finding};
use crate::draft::DraftStatus;
use crate::rule::Rule;

pub struct DraftCheck;

impl Check for DraftCheck {
    fn kind(&self) -> &'static str {
        "draft"
    }

    fn run(&self, rule: &Rule, input: &CheckInput) -> Vec<Finding> {
        // The rule with `{status}` filled in, once per status it reports.
        let worded: Vec<(DraftStatus, Rule)> = rule
            .statuses
            .iter()
            .map(|&st| {
                let mut r = rule.clone();
                r.message = r.message.replace("{status}", st.as_str());
                (st, r)
            })
            .collect();
        let mut out = Vec::new();
        for d in input.draft {
            let Some((_, worded)) = worded.iter().find(|(st, _)| *st == d.status) else {
                continue;
            };
            if !rule.covers_claim(&input.claims[d.index]) {
                continue;
            }
            // A figure crosscheck could not compare (no key: a duration, an
            // uncompared measure) is not evidence that no source gives it.
            let c = &input.claims[d.index];
            if d.status == DraftStatus::Unsupported
                && input.graph.keys[d.index].is_none()
                && c.kind != crate::model::ClaimKind::Quote
            {
                continue;
            }
            // The evidence an editor needs: who disagrees, else who backs it.
            let evidence = match d.status {
                DraftStatus::Contradicted | DraftStatus::Disputed => &d.disagreeing_indices,
                _ => &d.agreeing_indices,
            };
            let key = input.graph.keys[d.index].as_ref().map(|k| k.to_string());
            let mut f = build_finding(worded, input, &[d.index], evidence, key, None, None);
            f.draft_claim = Some(d.claim.clone());
            f.status = Some(d.status);
            out.push(f);
        }
        out
    }
}
