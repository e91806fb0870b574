//! Who has been mentioned so far: people, organisations and groups, in text
//! order, so a pronoun or a bare surname at an attribution can be resolved
//! to the nearest fitting earlier mention.
//!
//! Persons are capitalised runs of two or more name words after any title
//! ("Kremlin aide Yuri Ushakov" → "Yuri Ushakov"), or a single name that is
//! a known surname or stands right next to a speech verb ("Trump said").
//! Words inside quotes are skipped: a name someone mentions is not the
//! antecedent of the "he" that attributes the quote.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::Doc;
use super::lexicon::{
    self, CAPITALIZED, CUE, Gender, HONORIFIC, KeyHasher, MODIFIER, NOT_PERSON_FIRST,
    NOT_PERSON_LAST, ORG_DESCRIPTOR, ORG_HEAD, PARTICLE, PLACE, POSSESSIVE, Pronoun, STOPWORD,
    TITLE,
};
use super::speaker;
use super::text::{LineKind, Tok};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Person,
    Org,
    Group,
    /// "the governor's", "the president": a role in a sentence, taken for a
    /// pronoun only over a person who stands after a preposition.
    Role,
}

#[derive(Debug)]
struct Entity<'a> {
    name: &'a str,
    surname: &'a str,
    kind: Kind,
    gender: Gender,
}

/// How many mentions back a pronoun looks for its antecedent.
const PRONOUN_REACH: usize = 60;

type Map<'a, V> = HashMap<&'a str, V, BuildHasherDefault<KeyHasher>>;

/// The index. Names are slices of the article, so building it allocates
/// nothing per mention.
#[derive(Debug, Default)]
pub struct Persons<'a> {
    entities: Vec<Entity<'a>>,
    by_name: Map<'a, usize>,
    /// Person mentions by surname: (offset, entity), in text order.
    surnames: Map<'a, Vec<(usize, usize)>>,
    /// (offset, entity), in text order.
    mentions: Vec<(usize, usize)>,
    /// Per mention: whether it stands after a preposition ("talks with
    /// Putin"), and where its sentence starts.
    roles: Vec<(bool, usize)>,
    /// Set while the run being added stands after a preposition.
    object: bool,
    /// Start of the sentence being scanned.
    sentence: usize,
}

impl<'a> Persons<'a> {
    /// Indexes the prose and heading lines outside quotes, line by line.
    pub fn build(doc: &Doc<'a>) -> Persons<'a> {
        let mut persons = Persons::default();
        for line in doc.lines.iter().filter(|l| l.kind != LineKind::Furniture) {
            persons.sentence = line.range.start;
            persons.scan(doc.text, doc.tokens_in(line.range.clone()));
        }
        persons
    }

    fn scan(&mut self, text: &'a str, toks: &[Tok]) {
        let word = |k: usize| toks.get(k).filter(|t| t.is_word());
        let name_word = |t: &Tok| t.is(CAPITALIZED) && !t.is(POSSESSIVE);
        let mut k = 0;
        while k < toks.len() {
            let Some(t) = word(k) else {
                if toks[k].is_punct(text, '.') {
                    self.sentence = toks[k].end;
                }
                k += 1;
                continue;
            };
            if name_word(t) {
                let mut end = k + 1;
                while let Some(next) = word(end) {
                    let particle = next.is(PARTICLE) && word(end + 1).is_some_and(name_word);
                    if !(name_word(next) || particle) {
                        break;
                    }
                    end += 1;
                }
                self.object = k > 0
                    && word(k - 1).is_some_and(|p| {
                        matches!(
                            p.text(text),
                            "with" | "to" | "for" | "against" | "toward" | "towards"
                        )
                    });
                self.add_run(text, toks, k, end);
                self.object = false;
                k = end;
                continue;
            }
            if t.is(CUE)
                && let Some(role) = speaker::before_cue(text, toks, k, 0)
                    .and_then(|ph| speaker::role_name(text, toks, ph))
            {
                // "the Kremlin aide said": a role that a later "he" can mean.
                self.add(role, Kind::Person, Gender::Unknown, t.start);
            } else if let Some(role) = possessive_role(text, toks, k) {
                self.add(role, Kind::Role, Gender::Unknown, t.start);
            } else if t.is(ORG_HEAD) {
                // "the ministry", "the labour ministry"
                let the = (k.saturating_sub(3)..k)
                    .rev()
                    .find(|&j| word(j).is_some_and(|w| matches!(w.text(text), "the" | "The")));
                if let Some(j) = the.filter(|&j| (j + 1..k).all(|m| word(m).is_some())) {
                    self.add(
                        &text[toks[j + 1].start..t.end],
                        Kind::Org,
                        Gender::Unknown,
                        t.start,
                    );
                }
            } else if t.is(TITLE) && t.text(text).ends_with('s') {
                // "Union leaders", "senior US officials"
                let mut first = k;
                while first + 2 > k && first > 0 {
                    match word(first - 1) {
                        Some(m) if m.is(CAPITALIZED | MODIFIER) && !m.is(STOPWORD) => first -= 1,
                        _ => break,
                    }
                }
                self.add(
                    &text[toks[first].start..t.end],
                    Kind::Group,
                    Gender::Unknown,
                    t.start,
                );
            }
            k += 1;
        }
    }

    /// A run of capitalised words `toks[start..end]`.
    fn add_run(&mut self, text: &'a str, toks: &[Tok], start: usize, end: usize) {
        let mut a = start;
        while a < end && toks[a].is(STOPWORD) {
            a += 1;
        }
        if a == end {
            return;
        }
        let pos = toks[a].start;
        let last = &toks[end - 1];
        // "shipping giant Nordlys", "an analyst at Harbor Commodities":
        // names after a company noun or "at"/"from"/"in" are not people.
        let described = start > 0
            && toks[start - 1].is_word()
            && (toks[start - 1].is(ORG_DESCRIPTOR)
                || matches!(toks[start - 1].text(text), "at" | "from" | "in"));
        if last.is(ORG_HEAD) || described || (end - a == 1 && last.is(PLACE)) {
            self.add(&text[pos..last.end], Kind::Org, Gender::Unknown, pos);
            return;
        }
        let titled = (a..end).rev().find(|&k| toks[k].is(TITLE));
        let mut b = titled.map_or(a, |k| k + 1);
        let mut gender = Gender::Unknown;
        while b < end && toks[b].is(HONORIFIC | MODIFIER) {
            if toks[b].is(HONORIFIC) {
                gender = lexicon::gender_of(toks[b].class);
            }
            b += 1;
        }
        if b >= end || (b..end).any(|k| toks[k].is(STOPWORD)) {
            return;
        }
        let surname = last.text(text);
        if end - b >= 2 {
            if toks[b].is(NOT_PERSON_FIRST) || last.is(NOT_PERSON_LAST) {
                return;
            }
            if gender == Gender::Unknown {
                gender = lexicon::gender_of(toks[b].class);
            }
            self.add(&text[toks[b].start..last.end], Kind::Person, gender, pos);
            return;
        }
        // A single name: a known surname, or a new speaker next to a cue.
        if let Some(id) = self.by_surname(surname, pos) {
            self.mention(pos, id);
            return;
        }
        let next_is_cue = toks.get(end).is_some_and(|t| t.is(CUE));
        // "said Ushakov." but not "said Moscow had …"
        let prev_is_cue =
            start > 0 && toks[start - 1].is(CUE) && toks.get(end).is_none_or(|t| !t.is_word());
        if next_is_cue || prev_is_cue || titled.is_some() || b > a {
            self.add(surname, Kind::Person, gender, pos);
        }
    }

    fn add(&mut self, name: &'a str, kind: Kind, gender: Gender, pos: usize) {
        let id = match self.by_name.get(name) {
            Some(&id) => id,
            None => {
                let surname = name.rsplit(' ').next().unwrap_or_default();
                self.entities.push(Entity {
                    name,
                    surname,
                    kind,
                    gender,
                });
                self.by_name.insert(name, self.entities.len() - 1);
                self.entities.len() - 1
            }
        };
        self.mention(pos, id);
    }

    fn mention(&mut self, pos: usize, id: usize) {
        self.mentions.push((pos, id));
        self.roles.push((self.object, self.sentence));
        let entity = &self.entities[id];
        if entity.kind == Kind::Person {
            self.surnames
                .entry(entity.surname)
                .or_default()
                .push((pos, id));
        }
    }

    /// The person last mentioned with `surname` before `before`.
    fn by_surname(&self, surname: &str, before: usize) -> Option<usize> {
        let seen = self.surnames.get(surname)?;
        let upto = seen.partition_point(|&(p, _)| p < before);
        upto.checked_sub(1).map(|i| seen[i].1)
    }

    /// The nearest entity mentioned before `before` that `fits`.
    fn nearest(
        &self,
        before: usize,
        reach: usize,
        fits: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        let upto = self.mentions.partition_point(|&(p, _)| p < before);
        self.mentions[..upto]
            .iter()
            .rev()
            .take(reach)
            .map(|&(_, id)| id)
            .find(|&id| fits(&self.entities[id]))
    }

    /// The nearest person not of gender `not` before `before`; one who
    /// stands only after a preposition ("his call with Putin") yields to a
    /// subject or role earlier in the same sentence ("the president's").
    fn person(&self, before: usize, not: Gender) -> Option<usize> {
        let upto = self.mentions.partition_point(|&(p, _)| p < before);
        let fits = |i: usize| {
            let e = &self.entities[self.mentions[i].1];
            e.gender != not && matches!(e.kind, Kind::Person | Kind::Role)
        };
        let mut seen = (0..upto).rev().take(PRONOUN_REACH).filter(|&i| fits(i));
        let first = seen.find(|&i| self.entities[self.mentions[i].1].kind == Kind::Person)?;
        let (object, sentence) = self.roles[first];
        if !object {
            return Some(self.mentions[first].1);
        }
        let subject = (0..first)
            .rev()
            .take_while(|&i| self.mentions[i].0 >= sentence)
            .find(|&i| fits(i) && !self.roles[i].0);
        Some(self.mentions[subject.unwrap_or(first)].1)
    }

    /// The fullest name of the person last mentioned with `surname` before
    /// `before`.
    pub fn full_name(&self, surname: &str, before: usize) -> Option<&'a str> {
        Some(self.entities[self.by_surname(surname, before)?].name)
    }

    /// The nearest earlier mention a pronoun can refer to: a person for
    /// "he"/"she" (gender from honorifics or common first names, when
    /// known), a group or else an organisation for "they", an organisation
    /// for "it".
    pub fn antecedent(&self, pronoun: Pronoun, before: usize) -> Option<&'a str> {
        let id = match pronoun {
            Pronoun::He => self.person(before, Gender::Female),
            Pronoun::She => self.person(before, Gender::Male),
            Pronoun::They => self
                .nearest(before, PRONOUN_REACH, |e| e.kind == Kind::Group)
                .or_else(|| self.nearest(before, PRONOUN_REACH, |e| e.kind == Kind::Org)),
            Pronoun::It => self.nearest(before, PRONOUN_REACH, |e| e.kind == Kind::Org),
        }?;
        Some(self.entities[id].name)
    }
}

/// "the governor's", "the new president's" at `toks[k]`: the role words
/// without the article and the possessive ending.
fn possessive_role<'a>(text: &'a str, toks: &[Tok], k: usize) -> Option<&'a str> {
    let t = &toks[k];
    if !t.is(POSSESSIVE) || t.is(CAPITALIZED) {
        return None;
    }
    let w = t.text(text);
    let stem = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))?;
    if lexicon::listed(stem) & TITLE == 0 {
        return None;
    }
    let the = (k.saturating_sub(3)..k)
        .rev()
        .find(|&j| toks[j].is_word() && matches!(toks[j].text(text), "the" | "The"))?;
    if !(the + 1..k).all(|m| toks[m].is_word() && toks[m].is(MODIFIER | TITLE)) {
        return None;
    }
    Some(&text[toks[the + 1].start..t.start + stem.len()])
}
