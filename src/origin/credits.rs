//! Wire credits: which agencies a document's lines credit.

use regex::Regex;

use super::Wire;
use super::tables::{AGENCIES, CREDIT_PATTERNS};

struct CreditRule {
    regex: Regex,
    /// The agency a house-style phrase credits; `None`: the agencies named
    /// inside the match.
    agency: Option<&'static str>,
}

/// [`CREDIT_PATTERNS`] compiled, plus a regex for one agency name.
pub(super) struct Credits {
    rules: Vec<CreditRule>,
    name: Regex,
}

impl Credits {
    pub(super) fn build() -> Result<Credits, String> {
        let mut aliases: Vec<&str> = AGENCIES.iter().map(|(a, _)| *a).collect();
        // Longest first: the regex alternation takes the first that matches.
        aliases.sort_by_key(|a| std::cmp::Reverse(a.len()));
        let one = format!(
            r"\b(?:{})\b",
            aliases
                .iter()
                .map(|a| regex::escape(a))
                .collect::<Vec<_>>()
                .join("|")
        );
        let list = format!(r"{one}(?:\s*(?:,\s*(?:and\s+)?|/|&|\band\b)\s*(?:[Tt]he\s+)?{one})*");
        let rules = CREDIT_PATTERNS
            .iter()
            .map(|(template, agency)| {
                let regex = Regex::new(&template.replace("{a}", &list))
                    .map_err(|e| format!("credit pattern {template:?}: {e}"))?;
                let agency = (!agency.is_empty()).then_some(*agency);
                Ok(CreditRule { regex, agency })
            })
            .collect::<Result<Vec<_>, String>>()?;
        let name = Regex::new(&one).map_err(|e| format!("agency names: {e}"))?;
        Ok(Credits { rules, name })
    }

    /// The credited agencies in the given lines of `text`, normalized,
    /// sorted and deduplicated.
    pub(super) fn in_lines(&self, text: &str, lines: &[(usize, usize)]) -> Vec<Wire> {
        let mut found: Vec<&'static str> = Vec::new();
        for &(start, end) in lines {
            let Some(line) = text.get(start..end) else {
                continue;
            };
            let line = line.trim_end_matches('\r');
            for rule in &self.rules {
                for m in rule.regex.find_iter(line) {
                    match rule.agency {
                        Some(agency) => found.push(agency),
                        None => self.names_in(m.as_str(), &mut found),
                    }
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        found.into_iter().map(Wire::new).collect()
    }

    /// The normalized names of the agencies named in `span`.
    fn names_in(&self, span: &str, out: &mut Vec<&'static str>) {
        for m in self.name.find_iter(span) {
            if let Some(&(_, name)) = AGENCIES.iter().find(|(alias, _)| *alias == m.as_str()) {
                out.push(name);
            }
        }
    }
}
