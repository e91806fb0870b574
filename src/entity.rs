//! Entities named in text: canonical ids from the editor-owned
//! `entities.yaml`, found with one Aho-Corasick pass per sentence.

use aho_corasick::{AhoCorasick, MatchKind};
use chrono::NaiveDate;
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
    /// Spellings that name the entity but that the newsroom does not use
    /// ("Zelensky", "Kiev"): matched like aliases, so claims under either
    /// spelling share a subject, and reported by the `name-variant` rule.
    #[serde(default)]
    pub variants: Vec<String>,
    /// Offices the entity holds or held, with dates: "the US president" in
    /// an article names whoever held the office on its publication date.
    #[serde(default)]
    pub roles: Vec<Role>,
}

/// An office and the phrases that name it, held from `from` to `to`
/// (inclusive; open when absent).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// The phrases naming the office ("US President", "President of the
    /// United States"), matched whole-word, case-insensitively.
    pub names: Vec<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Role {
    fn covers(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= day) && self.to.is_none_or(|t| day <= t)
    }
}

/// One use of a spelling the `name-variant` rule looks at: the entity's
/// preferred name or one of its variants, as found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameUse {
    /// Index of the entity in the index.
    pub entity: usize,
    /// Byte range in the searched text.
    pub range: std::ops::Range<usize>,
    /// True for a listed variant, false for the name or an alias.
    pub variant: bool,
}

/// Finds entity mentions. Aliases written in capitals ("US", "NATO") match
/// only as written, so "us" and "nato-style" stay what they are; other
/// aliases match case-insensitively ("Donald trump").
pub struct EntityIndex {
    entities: Vec<Entity>,
    matcher: Option<AhoCorasick>,
    /// Per pattern: entity index and whether case must match exactly.
    patterns: Vec<(usize, bool, String)>,
    /// The names, aliases and variants of entities that list variants, for
    /// the spelling pass; `None` when no entity lists one.
    spellings: Option<AhoCorasick>,
    /// Per spelling pattern: entity index and whether it is a variant.
    spelling_patterns: Vec<(usize, bool)>,
    /// Office phrases; per pattern, the (entity, role) pairs it may name.
    offices: Option<AhoCorasick>,
    office_phrases: Vec<String>,
    office_holders: Vec<Vec<(usize, usize)>>,
}

impl EntityIndex {
    pub fn new(entities: Vec<Entity>) -> Self {
        let mut patterns = Vec::new();
        let mut spellings = Vec::new();
        let mut spelling_patterns = Vec::new();
        for (i, e) in entities.iter().enumerate() {
            if e.variants.is_empty() {
                continue;
            }
            for (form, variant) in std::iter::once((&e.name, false))
                .chain(e.aliases.iter().map(|a| (a, false)))
                .chain(e.variants.iter().map(|v| (v, true)))
            {
                if !form.trim().is_empty() {
                    spellings.push(form.trim().to_string());
                    spelling_patterns.push((i, variant));
                }
            }
        }
        // Spellings are told apart by their letters, so case counts.
        let spellings = (!spellings.is_empty())
            .then(|| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&spellings)
                    .ok()
            })
            .flatten();
        for (i, e) in entities.iter().enumerate() {
            for alias in std::iter::once(&e.name)
                .chain(&e.aliases)
                .chain(&e.variants)
            {
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
        // One pattern per distinct office phrase, shared by its holders.
        let mut phrases: Vec<String> = Vec::new();
        let mut office_holders: Vec<Vec<(usize, usize)>> = Vec::new();
        for (i, e) in entities.iter().enumerate() {
            for (r, role) in e.roles.iter().enumerate() {
                for name in &role.names {
                    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
                    if name.is_empty() {
                        continue;
                    }
                    match phrases.iter().position(|p| p.eq_ignore_ascii_case(&name)) {
                        Some(n) => office_holders[n].push((i, r)),
                        None => {
                            phrases.push(name);
                            office_holders.push(vec![(i, r)]);
                        }
                    }
                }
            }
        }
        let offices = (!phrases.is_empty())
            .then(|| {
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&phrases)
                    .ok()
            })
            .flatten();
        EntityIndex {
            entities,
            matcher,
            patterns,
            spellings,
            spelling_patterns,
            offices,
            office_phrases: phrases,
            office_holders,
        }
    }

    /// The entity a speaker's `name` is, as written: its name, an alias or
    /// a variant (case ignored, a leading "the" dropped), or an office
    /// phrase whose single holder on `day` it names. A listed surname
    /// inside a longer name is someone else ("Eric Trump").
    pub fn named(&self, name: &str, day: Option<NaiveDate>) -> Option<usize> {
        let bare = name.strip_prefix("the ").unwrap_or(name);
        let is = |form: &str| form.eq_ignore_ascii_case(name) || form.eq_ignore_ascii_case(bare);
        if let Some((e, _, _)) = self.patterns.iter().find(|(_, _, p)| is(p)) {
            return Some(*e);
        }
        let day = day?;
        let office = self.office_phrases.iter().position(|p| is(p))?;
        self.holder(office, day)
    }

    /// The one holder of office phrase `office` on `day`; none on a
    /// handover day, when two terms as listed meet.
    fn holder(&self, office: usize, day: NaiveDate) -> Option<usize> {
        let mut holders = self.office_holders[office]
            .iter()
            .filter(|&&(e, r)| self.entities[e].roles[r].covers(day))
            .map(|&(e, _)| e);
        match (holders.next(), holders.next()) {
            (Some(e), None) => Some(e),
            _ => None,
        }
    }

    /// Like [`EntityIndex::find`], plus the holders of offices named in
    /// `text` ("the US president") on `day`. An office after "former" or
    /// "ex-", or followed by a name ("US President Joe Biden"), names no
    /// one by date: the name itself is matched, or the past holder is meant.
    pub fn find_on(&self, text: &str, day: Option<NaiveDate>) -> Vec<usize> {
        let mut found = self.find(text);
        let (Some(offices), Some(day)) = (&self.offices, day) else {
            return found;
        };
        let bytes = text.as_bytes();
        for m in offices.find_iter(text) {
            let before_ok = m.start() == 0 || !is_word_byte(bytes[m.start() - 1]);
            let after_ok = bytes.get(m.end()).is_none_or(|&b| !is_word_byte(b));
            if !before_ok || !after_ok {
                continue;
            }
            let before = text[..m.start()].trim_end().to_ascii_lowercase();
            if before.ends_with("former") || before.ends_with("ex-") || before.ends_with("then") {
                continue;
            }
            let next = text[m.end()..].trim_start();
            if text[m.end()..].starts_with(' ')
                && next.chars().next().is_some_and(char::is_uppercase)
            {
                continue;
            }
            found.extend(self.holder(m.pattern().as_usize(), day));
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Every whole-word use of a name, alias or listed variant of the
    /// entities that list variants, in text order. "Zelenskyy" is not a use
    /// of "Zelensky": the longest spelling wins.
    pub fn name_uses(&self, text: &str) -> Vec<NameUse> {
        let Some(matcher) = &self.spellings else {
            return Vec::new();
        };
        let bytes = text.as_bytes();
        matcher
            .find_iter(text)
            .filter(|m| {
                (m.start() == 0 || !is_word_byte(bytes[m.start() - 1]))
                    && bytes
                        .get(m.end())
                        .is_none_or(|&b| !is_word_byte(b) || possessive(bytes, m.end()))
            })
            .map(|m| {
                let (entity, variant) = self.spelling_patterns[m.pattern().as_usize()];
                NameUse {
                    entity,
                    range: m.range(),
                    variant,
                }
            })
            .collect()
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
            variants: Vec::new(),
            roles: Vec::new(),
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
    fn offices_resolve_by_the_article_date() {
        let role = |from: &str, to: Option<&str>| Role {
            names: vec![
                "US President".into(),
                "President of the United States".into(),
            ],
            from: Some(from.parse().unwrap()),
            to: to.map(|t| t.parse().unwrap()),
        };
        let person = |id: &str, name: &str, roles| Entity {
            id: id.into(),
            name: name.into(),
            kind: EntityKind::Person,
            aliases: Vec::new(),
            variants: Vec::new(),
            roles,
        };
        let idx = EntityIndex::new(vec![
            person(
                "joe-biden",
                "Joe Biden",
                vec![role("2021-01-20", Some("2025-01-20"))],
            ),
            person(
                "donald-trump",
                "Donald Trump",
                vec![role("2025-01-20", None)],
            ),
        ]);
        let ids = |t: &str, day: &str| {
            idx.find_on(t, Some(day.parse().unwrap()))
                .into_iter()
                .map(|i| idx.get(i).id.clone())
                .collect::<Vec<_>>()
        };
        let cases: &[(&str, &str, &[&str])] = &[
            ("The US president said so.", "2025-10-17", &["donald-trump"]),
            ("The US president said so.", "2023-05-02", &["joe-biden"]),
            (
                "the President of the United States spoke",
                "2022-01-01",
                &["joe-biden"],
            ),
            // The handover day belongs to both terms as listed: no one.
            ("the US President", "2025-01-20", &[]),
            (
                "former US President Joe Biden",
                "2025-10-17",
                &["joe-biden"],
            ),
            ("Former US president said", "2025-10-17", &[]),
            ("US President Donald Trump", "2023-05-02", &["donald-trump"]),
        ];
        for (text, day, want) in cases {
            assert_eq!(ids(text, day), *want, "{text} on {day}");
        }
        // An undated article resolves no office.
        assert!(idx.find_on("The US president said so.", None).is_empty());
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
