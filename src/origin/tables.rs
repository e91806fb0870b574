//! The data behind same-origin detection: agency names, credit phrases,
//! furniture phrases and stopwords. Plain `&[…]` tables so they can move to a
//! YAML file unchanged; nothing here is code.

/// Agency names as written → normalized agency name. The credit patterns
/// match them case-sensitively (so "AP" is never "ap"), which is why
/// capitalized and all-caps spellings are separate rows. Their words, in any
/// case, also select the lines the credit patterns are tried on.
pub const AGENCIES: &[(&str, &str)] = &[
    ("Reuters", "Reuters"),
    ("REUTERS", "Reuters"),
    ("Thomson Reuters", "Reuters"),
    ("Associated Press", "AP"),
    ("ASSOCIATED PRESS", "AP"),
    ("AP", "AP"),
    ("Agence France-Presse", "AFP"),
    ("Agence France Presse", "AFP"),
    ("AFP", "AFP"),
    ("Bloomberg News", "Bloomberg"),
    ("Bloomberg", "Bloomberg"),
    ("Deutsche Presse-Agentur", "dpa"),
    ("dpa", "dpa"),
    ("DPA", "dpa"),
    ("Xinhua", "Xinhua"),
    ("XINHUA", "Xinhua"),
    ("United Press International", "UPI"),
    ("UPI", "UPI"),
    ("PA Media", "PA"),
    ("Press Association", "PA"),
    ("PA", "PA"),
    ("ANSA", "ANSA"),
    ("Agencia EFE", "EFE"),
    ("EFE", "EFE"),
    ("Kyodo News", "Kyodo"),
    ("Kyodo", "Kyodo"),
    ("Interfax", "Interfax"),
    ("INTERFAX", "Interfax"),
    ("TASS", "TASS"),
    ("Tass", "TASS"),
    ("Anadolu Agency", "Anadolu"),
    ("Anadolu", "Anadolu"),
    ("AA", "Anadolu"),
    ("Yonhap", "Yonhap"),
    ("Press Trust of India", "PTI"),
    ("PTI", "PTI"),
    ("Australian Associated Press", "AAP"),
    ("AAP", "AAP"),
    ("The Canadian Press", "Canadian Press"),
    ("Canadian Press", "Canadian Press"),
    ("Jiji Press", "Jiji"),
    ("Jiji", "Jiji"),
    ("RIA Novosti", "RIA Novosti"),
    ("Ukrinform", "Ukrinform"),
    ("Europa Press", "Europa Press"),
    ("Belga", "Belga"),
    ("ANP", "ANP"),
    ("agencies", GENERIC_WIRE),
    ("Agencies", GENERIC_WIRE),
    ("AGENCIES", GENERIC_WIRE),
];

/// The normalized name of the unspecific credit "with agencies". It is
/// reported by [`wire_credits`](super::wire_credits) but never joins two
/// documents: it does not say which agency's copy was used.
pub const GENERIC_WIRE: &str = "agencies";

/// Credit phrases: (regex template, agency). Each regex runs on one line
/// (no newline inside, so `^`/`$` are the line's ends). `{a}` stands for a
/// list of one or more agency names from [`AGENCIES`] ("AFP", "Reuters and
/// AFP", "AFP/Reuters"); the credit names every agency inside the match. When
/// the agency column is not empty the credit names that agency instead (the
/// phrase is one agency's house style).
pub const CREDIT_PATTERNS: &[(&str, &str)] = &[
    // Dateline: "LONDON (Reuters) -", "(AP) —", "Berlin (dpa) -", "(EFE).-".
    (r"\(\s*{a}\s*\)\s*\.?\s*(?:-{1,2}|–|—|―|:)", ""),
    // Byline on its own line: "By Reuters", "By Jane Doe, Associated Press".
    (
        r"^\s*(?i:by)\s+(?:[^\s,]+[\s,]+){0,4}?(?:The\s+)?{a}(?:\s+(?i:staff|news|reporters?|staff\s+writers?))?\s*\.?\s*$",
        "",
    ),
    // "AFP contributed to this report.", "Associated Press writers … contributed."
    (
        r"{a}[^\n]{0,160}?\bcontributed(?:\s+(?:to\s+this\s+(?:report|story|article)|reporting|additional\s+reporting)\b[^.]{0,60})?\s*\.?\s*$",
        "",
    ),
    // "Additional reporting by AFP", "Reporting from Reuters" as a credit line.
    (
        r"^\s*(?i:additional\s+reporting|reporting)\s+(?:by|from)\s+(?:the\s+)?{a}\b[^.]{0,80}\.?\s*$",
        "",
    ),
    // Reuters house style: "Reporting by X in Y; Editing by Z".
    (
        r"^\s*[(\[]?\s*(?i:additional\s+)?(?i:reporting|writing)\s+by\b[^\n]{0,240}?[;,.]\s*(?i:additional\s+)?(?i:editing|writing)\s+by\b",
        "Reuters",
    ),
    // Trailing credit: "—Reuters", "... he said. - AFP".
    (r#"(?:^|[.!?”"’)])\s*(?:-{1,2}|–|—|―)\s*{a}\s*\.?\s*$"#, ""),
    // Standalone "(With AFP)", "With agencies", "— with Reuters".
    (
        r"^\s*[(\[]?\s*(?:(?:-{1,2}|–|—)\s*)?(?i:with)\s+(?:the\s+)?{a}\s*[)\]]?\s*\.?\s*$",
        "",
    ),
    // "(With AFP)" closing a paragraph.
    (
        r#"[.!?”"’]\s*[(\[]\s*(?i:with)\s+(?:the\s+)?{a}\s*[)\]]\s*$"#,
        "",
    ),
    // "© 2025 Reuters", "Copyright 2025 The Associated Press. All rights reserved."
    (
        r"(?:©|(?i:copyright)|\([cC]\))\s*(?:©\s*)?(?:\d{4}\s*)?(?:The\s+)?{a}",
        "",
    ),
    // "Source: Xinhua" on its own line.
    (r"^\s*(?i:sources?)\s*:\s*{a}\s*\.?\s*$", ""),
];

/// Words (lowercase) that make a line worth testing against
/// [`CREDIT_PATTERNS`] besides the words of agency names ([`AGENCIES`]).
pub const CREDIT_TRIGGERS: &[&str] = &["reporting", "writing", "editing"];

/// Phrases marking a line as site furniture, matched word by word after the
/// same normalization as the text (so case and quote style do not matter).
/// A trailing `:` means the phrase must be followed by a colon ("Photo:");
/// an entry without letters or digits is a symbol ("©", "|"). A line of at
/// most [`MAX_FURNITURE_WORDS`] words containing one is left out of the
/// shingles and topic terms.
pub const FURNITURE: &[&str] = &[
    "all rights reserved",
    "©",
    "|",
    "•",
    "copyright",
    "sign up",
    "newsletter",
    "newsletters",
    "subscribe",
    "subscriber",
    "subscribers",
    "advertisement",
    "sponsored",
    "read more",
    "most read",
    "most popular",
    "related:",
    "related articles",
    "related stories",
    "related coverage",
    "recommended",
    "trending",
    "share this",
    "share on",
    "follow us",
    "click here",
    "skip to",
    "privacy policy",
    "terms of use",
    "terms of service",
    "cookie",
    "cookies",
    "getty images",
    "photo:",
    "image:",
    "caption:",
    "ap photo",
    "download our app",
    "get the app",
    "listen to this article",
    "min read",
    "comments",
];

/// Longest line (in words) that a furniture phrase can turn into furniture:
/// prompts, notices and menus are short, a paragraph of news is usually
/// longer. Dropping a short real paragraph by mistake costs little, because
/// a copy of the document drops it too.
pub const MAX_FURNITURE_WORDS: usize = 40;

/// Words that say nothing about which story a document tells: function
/// words and the vocabulary every political or economic story shares
/// (weekdays, months, "minister", "said"). Used for topic terms only.
#[rustfmt::skip]
pub const STOPWORDS: &[&str] = &[
    "the", "of", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was",
    "one", "our", "out", "has", "his", "him", "how", "its", "may", "new", "now", "old", "see",
    "two", "who", "did", "get", "let", "say", "she", "too", "use", "way", "about", "above", "after",
    "again", "against", "also", "among", "been", "before", "being", "below", "between", "both",
    "could", "does", "doing", "down", "during", "each", "even", "ever", "every", "few", "from",
    "further", "have", "having", "here", "into", "just", "last", "least", "less", "like", "made",
    "make", "many", "more", "most", "much", "must", "near", "next", "only", "other", "over", "own",
    "same", "should", "since", "some", "such", "than", "that", "their", "them", "then", "there",
    "these", "they", "this", "those", "three", "through", "under", "until", "very", "were", "what",
    "when", "where", "which", "while", "will", "with", "within", "without", "would", "yet", "your",
    "said", "says", "told", "added", "according", "week", "weeks", "year", "years", "day", "days",
    "month", "months", "time", "people", "government", "minister", "ministers", "president",
    "official", "officials", "country", "countries", "percent", "per", "cent", "million", "billion",
    "statement", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "first", "second", "because", "still", "already", "however", "though",
    "although", "around", "another", "whether", "well", "back", "including", "part", "later",
    "earlier", "asked", "spokesman", "spokeswoman", "news", "reporters", "saying", "expected",
    "set", "high", "top", "end",
];
