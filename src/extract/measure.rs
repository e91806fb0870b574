//! The measure of a figure: the noun it counts ("320 drones" → `drone`,
//! "$66.5 billion in military aid" → `aid`).
//!
//! English puts the head of a noun phrase last, so we read a short run of
//! content words after the figure and keep the last one, stopping at function
//! words, at participles ("people killed"), and after a plural noun.

/// Words that end a noun phrase or can never be the thing counted.
const STOP: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "across",
    "after",
    "against",
    "ago",
    "all",
    "already",
    "also",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "around",
    "arrive",
    "arrives",
    "as",
    "at",
    "be",
    "became",
    "because",
    "been",
    "before",
    "began",
    "being",
    "below",
    "between",
    "both",
    "bought",
    "brought",
    "built",
    "but",
    "by",
    "came",
    "can",
    "could",
    "did",
    "do",
    "does",
    "down",
    "during",
    "each",
    "either",
    "else",
    "every",
    "fell",
    "flows",
    "for",
    "from",
    "gave",
    "goes",
    "got",
    "grew",
    "had",
    "has",
    "have",
    "he",
    "held",
    "her",
    "here",
    "him",
    "his",
    "hit",
    "how",
    "i",
    "if",
    "in",
    "include",
    "includes",
    "including",
    "into",
    "is",
    "it",
    "its",
    "just",
    "kept",
    "last",
    "left",
    "less",
    "like",
    "lost",
    "made",
    "many",
    "may",
    "met",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "near",
    "nearly",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "own",
    "paid",
    "per",
    "put",
    "ran",
    "reach",
    "reached",
    "reaches",
    "remain",
    "remained",
    "remains",
    "reportedly",
    "rose",
    "said",
    "same",
    "saw",
    "says",
    "sent",
    "she",
    "should",
    "since",
    "so",
    "some",
    "spent",
    "still",
    "stood",
    "struck",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "told",
    "too",
    "took",
    "toward",
    "towards",
    "under",
    "until",
    "up",
    "upon",
    "very",
    "via",
    "was",
    "we",
    "went",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "won",
    "would",
    "yet",
    "you",
    "your",
];

/// Words that may open the phrase after a money figure ("$5bn *in* aid").
const LINKS: &[&str] = &["in", "of", "for", "worth", "on"];

/// Participles that name what a bare figure counts ("68,000 killed").
const PARTICIPLES: &[&str] = &[
    "arrested",
    "deployed",
    "detained",
    "displaced",
    "evacuated",
    "injured",
    "killed",
    "wounded",
];

/// Determiners and intensifiers skipped before the head noun.
const SKIP: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "our",
    "his",
    "her",
    "my",
    "your",
    "new",
    "additional",
    "extra",
    "further",
];

/// Units of measurement: when one follows a figure it is the measure and the
/// phrase ends there ("2,500 km away").
const UNITS: &[&str] = &[
    "days",
    "feet",
    "hectares",
    "hours",
    "kg",
    "kilograms",
    "kilometers",
    "kilometres",
    "km",
    "lb",
    "meters",
    "metres",
    "miles",
    "minutes",
    "months",
    "mph",
    "seconds",
    "tonnes",
    "tons",
    "weeks",
    "years",
];

fn is_stop(w: &str) -> bool {
    STOP.binary_search(&w).is_ok()
}

/// Lowercase singular form of a measure noun.
pub fn lemma(word: &str) -> String {
    let w = word.to_lowercase();
    let irregular = [
        ("people", "person"),
        ("lives", "life"),
        ("children", "child"),
        ("men", "man"),
        ("women", "woman"),
    ];
    if let Some((_, l)) = irregular.iter().find(|(p, _)| *p == w) {
        return (*l).to_string();
    }
    if w.len() > 4 {
        if let Some(stem) = w.strip_suffix("ies") {
            return format!("{stem}y");
        }
        for suffix in ["sses", "shes", "ches", "xes", "zes"] {
            if w.ends_with(suffix) {
                return w[..w.len() - 2].to_string();
            }
        }
    }
    if looks_plural(&w) {
        return w[..w.len() - 1].to_string();
    }
    w
}

fn looks_plural(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
}

/// Words of `s` from its start up to the first punctuation that ends a phrase.
fn leading_words(s: &str) -> impl Iterator<Item = &str> {
    let end = s
        .find(|c: char| {
            matches!(
                c,
                ',' | '.' | ';' | ':' | '(' | ')' | '"' | '!' | '?' | '[' | ']'
            )
        })
        .unwrap_or(s.len());
    s[..end]
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .take(8)
}

/// The measure named right after a figure. `after` is the sentence text
/// following the figure; `money` allows a linking preposition first.
pub fn measure_after(after: &str, money: bool) -> Option<String> {
    let mut words = leading_words(after).peekable();
    if money
        && let Some(w) = words.peek()
        && LINKS.contains(&w.to_ascii_lowercase().as_str())
    {
        words.next();
    }
    let mut head: Option<&str> = None;
    let mut taken = 0;
    while let Some(w) = words.next() {
        let lower = w.to_ascii_lowercase();
        if w.is_empty()
            || !w
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        {
            break;
        }
        if taken == 0 && SKIP.contains(&lower.as_str()) {
            continue;
        }
        // A possessive modifies what follows: "the city's hospitals".
        if lower.ends_with("'s") || lower.ends_with("s'") {
            head = None;
            taken = 0;
            continue;
        }
        if is_stop(&lower) {
            break;
        }
        if lower.ends_with("ed") {
            // "68,000 killed" counts the killed; "Apollo 11 landed" counts nothing.
            let adjective = taken == 0
                && words.peek().is_some_and(|n| {
                    let n = n.to_ascii_lowercase();
                    !n.is_empty()
                        && !n.ends_with("ly")
                        && n.chars().all(|c| c.is_ascii_lowercase())
                        && !is_stop(&n)
                });
            if adjective {
                continue;
            }
            if taken > 0 || !PARTICIPLES.contains(&lower.as_str()) {
                break;
            }
        }
        head = Some(w);
        taken += 1;
        if UNITS.contains(&lower.as_str()) {
            break;
        }
        if looks_plural(&lower)
            || matches!(lower.as_str(), "people" | "children" | "men" | "women")
            || lower.ends_with("ing")
            || taken == 4
        {
            break;
        }
    }
    let head = head?;
    // A capitalised head is a name ("403 Sorry", "37 Tomahawk"), not a count noun.
    if head.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    Some(lemma(head))
}

/// The measure named right before a money figure ("aid worth $5bn", "a budget
/// of $4bn"). `before` is the sentence text preceding the figure.
pub fn measure_before(before: &str) -> Option<String> {
    let mut words = before
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let link = words.next()?.to_ascii_lowercase();
    if !matches!(
        link.as_str(),
        "of" | "worth" | "totaling" | "totalling" | "totals"
    ) {
        return None;
    }
    let noun = words.next()?;
    let lower = noun.to_ascii_lowercase();
    if lower.is_empty()
        || is_stop(&lower)
        || !lower.chars().all(char::is_alphabetic)
        || noun.chars().next().is_some_and(char::is_uppercase)
    {
        return None;
    }
    Some(lemma(noun))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_list_is_sorted_for_binary_search() {
        assert!(STOP.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn measures_after_figures() {
        let cases = [
            (" drones and 37 missiles", false, Some("drone")),
            (" Ukrainian soldiers were killed", false, Some("soldier")),
            (" in military aid to Ukraine", true, Some("aid")),
            (" of the voters said", false, None),
            (" people killed in the attack", false, Some("person")),
            (" civilian casualties since", false, Some("casualty")),
            (" Sorry!! Error!", false, None),
            (" since 2022", true, None),
            (" in defense spending next year", true, Some("spending")),
            (" km, officials said", false, Some("km")),
            (" homes were destroyed", false, Some("home")),
            (" km away from Moscow", false, Some("km")),
        ];
        for (after, money, want) in cases {
            assert_eq!(measure_after(after, money).as_deref(), want, "{after:?}");
        }
    }

    #[test]
    fn measures_before_money() {
        assert_eq!(
            measure_before("approved an aid package worth").as_deref(),
            Some("package")
        );
        assert_eq!(measure_before("a budget of").as_deref(), Some("budget"));
        assert_eq!(measure_before("Washington sent").as_deref(), None);
    }

    #[test]
    fn lemmas() {
        for (w, l) in [
            ("casualties", "casualty"),
            ("drones", "drone"),
            ("Soldiers", "soldier"),
            ("aid", "aid"),
            ("losses", "loss"),
            ("people", "person"),
            ("bus", "bus"),
        ] {
            assert_eq!(lemma(w), l);
        }
    }
}
