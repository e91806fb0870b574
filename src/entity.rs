//! Entities named in text: canonical ids from the editor-owned
//! `entities.yaml`, found with one Aho-Corasick pass per sentence.

use aho_corasick::{AhoCorasick, MatchKind};
use serde::{Deserialize, Serialize};

/// What an entity is. People are recorded on claims but do not enter a
/// figure's key: a person in a figure's sentence is usually who says it, not
/// whose figure it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Country,
    Place,
    Organization,
    Group,
}

/// One canonical entity as an editor writes it in `entities.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// Finds entity mentions. Aliases written in capitals ("US", "NATO") match
/// only as written, so "us" and "nato-style" stay what they are; other
/// aliases match case-insensitively ("Donald trump").
pub struct EntityIndex {
    entities: Vec<Entity>,
    matcher: Option<AhoCorasick>,
    /// Per pattern: entity index and whether case must match exactly.
    patterns: Vec<(usize, bool, String)>,
}

impl EntityIndex {
    pub fn new(entities: Vec<Entity>) -> Self {
        let mut patterns = Vec::new();
        for (i, e) in entities.iter().enumerate() {
            for alias in std::iter::once(&e.name).chain(&e.aliases) {
                let alias = alias.trim();
                if alias.is_empty() {
                    continue;
                }
                let exact = alias
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
                patterns.push((i, exact, alias.to_string()));
            }
        }
        let matcher = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns.iter().map(|p| p.2.as_str()))
            .ok()
            .filter(|_| !patterns.is_empty());
        EntityIndex {
            entities,
            matcher,
            patterns,
        }
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// Indices of the entities mentioned in `text`, sorted and deduplicated.
    pub fn find(&self, text: &str) -> Vec<usize> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        let bytes = text.as_bytes();
        let mut found: Vec<usize> = matcher
            .find_iter(text)
            .filter(|m| {
                let (_, exact, pattern) = &self.patterns[m.pattern().as_usize()];
                let boundary_before = m.start() == 0 || !is_word_byte(bytes[m.start() - 1]);
                let boundary_after = bytes
                    .get(m.end())
                    .is_none_or(|&b| !is_word_byte(b) || possessive(bytes, m.end()));
                boundary_before && boundary_after && (!exact || &text[m.range()] == pattern)
            })
            .map(|m| self.patterns[m.pattern().as_usize()].0)
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    pub fn get(&self, index: usize) -> &Entity {
        &self.entities[index]
    }

    pub fn len(&self) -> usize {
        self.entities.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// "Ukraine's" still names Ukraine.
fn possessive(bytes: &[u8], at: usize) -> bool {
    bytes.get(at) == Some(&b'\'') && bytes.get(at + 1) == Some(&b's')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> EntityIndex {
        let e = |id: &str, kind, aliases: &[&str]| Entity {
            id: id.into(),
            name: aliases[0].into(),
            kind,
            aliases: aliases[1..].iter().map(|s| s.to_string()).collect(),
        };
        EntityIndex::new(vec![
            e(
                "united-states",
                EntityKind::Country,
                &["United States", "US", "U.S.", "American"],
            ),
            e("ukraine", EntityKind::Country, &["Ukraine", "Ukrainian"]),
            e(
                "donald-trump",
                EntityKind::Person,
                &["Donald Trump", "Trump"],
            ),
        ])
    }

    #[test]
    fn finds_mentions_with_boundaries_and_case_rules() {
        let idx = index();
        let ids = |t: &str| {
            idx.find(t)
                .into_iter()
                .map(|i| idx.get(i).id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids("The US sent Ukraine's army aid."),
            ["united-states", "ukraine"]
        );
        assert_eq!(ids("Let us see."), Vec::<String>::new());
        assert_eq!(ids("Donald trump spoke to Ukrainians"), ["donald-trump"]);
        assert_eq!(
            ids("Ukrainian troops and U.S. officials"),
            ["united-states", "ukraine"]
        );
        assert_eq!(ids("Trumpet players"), Vec::<String>::new());
    }
}
