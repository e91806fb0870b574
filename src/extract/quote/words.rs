//! The word lists behind [`super::lexicon`]. Every list is sorted lowercase
//! ASCII (a test checks), so adding a word is one line.

/// Verbs that attribute a direct quote (or, with [`REPORTING_VERBS`], a clause).
#[rustfmt::skip]
pub const CUES: &[&str] = &[
    "accused", "accusing", "acknowledged", "added", "adding", "adds", "admits", "admitted",
    "announced", "answered", "argued", "argues", "arguing", "asked", "asking", "asks", "asserted",
    "boasted", "called", "cautioned", "charged", "claimed", "claims", "commented", "complained",
    "conceded", "concluded", "confirmed", "continued", "countered", "declared", "described",
    "emphasised", "emphasized", "explained", "insisted", "insisting", "insists", "joked",
    "lamented", "maintained", "noted", "notes", "noting", "observed", "pledged", "posted",
    "predicted", "promised", "quipped", "recalled", "reiterated", "remarked", "repeated",
    "replied", "responded", "retorted", "said", "say", "saying", "says", "shouted", "stated",
    "stressed", "stresses", "stressing", "suggested", "telling", "tells", "told", "tweeted",
    "urged", "vowed", "warned", "warning", "warns", "writes", "writing", "wrote",
];

/// Cues that may introduce reported speech with "that". Verbs whose
/// "that"-clause is not the speaker's claim ("denied that", "asked that",
/// "called") are left out.
#[rustfmt::skip]
pub const REPORTING_VERBS: &[&str] = &[
    "acknowledged", "added", "adds", "admits", "admitted", "announced", "argued", "argues",
    "asserted", "claimed", "claims", "conceded", "concluded", "confirmed", "declared",
    "emphasised", "emphasized", "explained", "insisted", "insists", "maintained", "noted", "notes",
    "pledged", "posted", "predicted", "promised", "recalled", "reiterated", "remarked", "repeated",
    "said", "say", "says", "stated", "stressed", "stresses", "suggested", "tells", "told",
    "tweeted", "vowed", "warned", "warns", "writes", "wrote",
];

/// Role nouns: a person (or, plural, a group) named by what they are.
#[rustfmt::skip]
pub const TITLES: &[&str] = &[
    "activist", "activists", "adm.", "admiral", "adviser", "advisers", "advisor", "aide", "aides",
    "ambassador", "analyst", "analysts", "attorney", "baker", "banker", "bishop", "campaigner",
    "campaigners", "candidate", "capt.", "captain", "ceo", "chair", "chairman", "chairwoman",
    "chancellor", "chief", "col.", "colonel", "commander", "commentator", "commissioner",
    "congressman", "congresswoman", "correspondent", "councillor", "counterpart", "democrat",
    "democrats", "diplomat", "diplomats", "director", "doctor", "doctors", "driver", "economist",
    "economists", "editor", "emir", "engineer", "envoy", "executive", "executives", "expert",
    "experts", "farmer", "farmers", "founder", "gen.", "general", "gov.", "governor", "head",
    "investigator", "investigators", "judge", "king", "lawmaker", "lawmakers", "lawyer", "lawyers",
    "leader", "leaders", "lt.", "manager", "mayor", "member", "members", "minister", "ministers",
    "mp", "mps", "negotiator", "negotiators", "nurse", "nurses", "observer", "observers",
    "officer", "officers", "official", "officials", "owner", "pilot", "pope", "premier",
    "president", "president-elect", "prince", "professor", "prosecutor", "prosecutors",
    "protester", "protesters", "queen", "rep.", "representative", "republican", "republicans",
    "researcher", "resident", "residents", "scientist", "secretary", "secretary-general", "sen.",
    "senator", "sheikh", "soldier", "soldiers", "source", "sources", "speaker", "spokesman",
    "spokesperson", "spokeswoman", "strategist", "student", "students", "teacher", "trader",
    "traders", "voter", "voters", "witness", "witnesses", "worker", "workers",
];

/// Heads of organisation names ("the ministry", "the White House").
#[rustfmt::skip]
pub const ORG_HEADS: &[&str] = &[
    "administration", "agency", "airline", "army", "authority", "bank", "board", "bureau",
    "cabinet", "campaign", "command", "commission", "committee", "company", "congress", "council",
    "court", "department", "embassy", "eu", "firm", "forces", "fund", "government", "group",
    "hamas", "hezbollah", "house", "imf", "institute", "kremlin", "military", "ministry", "nato",
    "navy", "office", "opec", "organisation", "organization", "parliament", "party", "pentagon",
    "police", "presidency", "regulator", "reuters", "secretariat", "senate", "service", "staff",
    "tass", "un", "union",
];

/// Adjectives and nouns that may stand before a title ("senior", "foreign").
#[rustfmt::skip]
pub const MODIFIERS: &[&str] = &[
    "acting", "affairs", "agriculture", "assistant", "central", "commerce", "defence", "defense",
    "deputy", "economy", "education", "energy", "environment", "federal", "finance", "first",
    "foreign", "former", "health", "home", "incoming", "independent", "industry", "interior",
    "junior", "justice", "labor", "labour", "leading", "local", "longtime", "managing", "military",
    "national", "new", "opposition", "outgoing", "presidential", "prime", "regional", "retired",
    "senior", "special", "state", "top", "trade", "transport", "veteran", "vice",
];

/// Capitalised words that start sentences or name days, not people.
#[rustfmt::skip]
pub const STOPWORDS: &[&str] = &[
    "a", "about", "according", "additionally", "after", "afterward", "afterwards", "again", "all",
    "already", "also", "although", "amid", "among", "an", "and", "another", "any", "april", "as",
    "asked", "at", "august", "because", "before", "besides", "between", "both", "but", "by",
    "currently", "december", "despite", "during", "each", "earlier", "elsewhere", "even",
    "eventually", "every", "february", "few", "finally", "following", "for", "friday", "from",
    "furthermore", "he", "hence", "her", "here", "his", "however", "i", "if", "in", "including",
    "indeed", "initially", "instead", "it", "its", "january", "july", "june", "just", "last",
    "lately", "later", "likewise", "many", "march", "may", "meantime", "meanwhile", "monday",
    "more", "moreover", "most", "my", "nevertheless", "next", "no", "nonetheless", "not", "notably",
    "november", "now", "october", "of", "on", "once", "one", "only", "or", "other", "otherwise",
    "our", "over", "overnight", "previously", "privately", "publicly", "recently", "saturday",
    "separately", "september", "she", "shortly", "similarly", "since", "so", "some", "soon",
    "speaking", "still", "subsequently", "such", "sunday", "that", "the", "their", "then", "there",
    "therefore", "these", "they", "this", "those", "though", "thursday", "thus", "to", "today",
    "tomorrow", "tonight", "too", "tuesday", "ultimately", "under", "unlike", "until", "we",
    "wednesday", "what", "when", "where", "whether", "which", "while", "who", "why", "with",
    "without", "writing", "yesterday", "yet", "you",
];

/// Words allowed between a reporting verb and its "that" ("said on Monday
/// that", "told the BBC that", "wrote in a letter that").
#[rustfmt::skip]
pub const ADVERBIALS: &[&str] = &[
    "a", "again", "also", "an", "at", "blog", "briefing", "conference", "during", "earlier",
    "email", "filing", "her", "his", "in", "interview", "issued", "its", "journalists", "last",
    "late", "later", "letter", "media", "message", "month", "news", "night", "on", "podcast",
    "post", "press", "previously", "publicly", "published", "recently", "released", "remarks",
    "repeatedly", "report", "reporters", "separately", "social", "speech", "statement",
    "television", "the", "their", "this", "to", "today", "video", "week", "year", "yesterday",
];

/// Last words that make a capitalised run a place, outlet or event, not a
/// person ("Truth Social", "Black Sea").
#[rustfmt::skip]
pub const NOT_PERSON_LAST_WORDS: &[&str] = &[
    "airport", "avenue", "bay", "bridge", "center", "centre", "city", "coast", "college",
    "conference", "county", "cup", "day", "east", "emirates", "federation", "forum", "front",
    "games", "gulf", "hall", "hospital", "hotel", "island", "islands", "journal", "kingdom",
    "league", "media", "mountains", "news", "north", "oblast", "ocean", "palace", "plaza", "port",
    "post", "province", "radio", "region", "republic", "river", "road", "school", "sea", "social",
    "south", "square", "states", "station", "street", "summit", "television", "times", "treaty",
    "tv", "university", "valley", "war", "west",
];

#[rustfmt::skip]
pub const NOT_PERSON_FIRST_WORDS: &[&str] = &[
    "black", "central", "east", "eastern", "european", "great", "las", "los", "middle", "new",
    "north", "northern", "red", "san", "saudi", "south", "southern", "united", "west", "western",
];

/// Capitals and countries that speak for their governments in news
/// ("Moscow warned", "Beijing said"): organisations, not people.
#[rustfmt::skip]
pub const PLACES: &[&str] = &[
    "ankara", "athens", "beijing", "berlin", "brussels", "budapest", "cairo", "canada", "china",
    "delhi", "doha", "france", "germany", "hungary", "india", "iran", "israel", "japan", "kyiv",
    "london", "madrid", "minsk", "moscow", "ottawa", "paris", "poland", "riyadh", "rome", "russia",
    "seoul", "taipei", "tehran", "tokyo", "turkey", "ukraine", "warsaw", "washington",
];

/// Common nouns that introduce a company or body by name ("shipping giant
/// Nordlys", "carmaker Volta").
#[rustfmt::skip]
pub const ORG_DESCRIPTORS: &[&str] = &[
    "airline", "bank", "broadcaster", "carmaker", "company", "developer", "exporter", "firm",
    "giant", "group", "insurer", "lender", "maker", "manufacturer", "miner", "operator",
    "producer", "retailer", "startup", "supplier",
];

/// Quantity words stripped from the front of a group ("two senior officials").
#[rustfmt::skip]
pub const QUANTITIES: &[&str] = &[
    "both", "five", "four", "many", "one", "other", "several", "some", "three", "two",
];

#[rustfmt::skip]
pub const ARTICLES: &[&str] = &["a", "an", "the"];

#[rustfmt::skip]
pub const PARTICLES: &[&str] = &[
    "al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "la", "le", "ten",
    "ter", "van", "von",
];

#[rustfmt::skip]
pub const FEMALE_HONORIFICS: &[&str] = &["dame", "madam", "mrs", "mrs.", "ms", "ms."];

#[rustfmt::skip]
pub const MALE_HONORIFICS: &[&str] = &["mr", "mr.", "sir"];

#[rustfmt::skip]
pub const FEMALE_NAMES: &[&str] = &[
    "agnieszka", "alice", "alina", "amara", "amy", "ana", "angela", "anja", "anna", "annalena",
    "anne", "bernadette", "carla", "caroline", "catherine", "claire", "claudia", "dana", "elena",
    "elisabeth", "elizabeth", "emily", "emma", "eva", "farida", "fatima", "giorgia", "hanna",
    "hannah", "helen", "ilse", "ines", "irina", "jacinda", "jane", "janet", "julia", "kaja",
    "kamala", "karin", "karine", "katarina", "kate", "kristalina", "laura", "lena", "linda",
    "maria", "marie", "marine", "marta", "mary", "maya", "mette", "nancy", "natalia", "nikki",
    "olena", "olga", "priya", "rachel", "sanna", "sarah", "selin", "sophie", "susan", "svetlana",
    "ursula", "valentina", "yulia",
];

#[rustfmt::skip]
pub const MALE_NAMES: &[&str] = &[
    "ahmed", "aleksandr", "alexander", "andrei", "antonio", "boris", "carlos", "charles", "david",
    "dmitry", "donald", "emmanuel", "friedrich", "george", "ivan", "james", "jan", "joe", "john",
    "keir", "keith", "marco", "mark", "michael", "mohammed", "nikolai", "ola", "olaf", "olek",
    "paul", "pete", "peter", "rafael", "recep", "robert", "sergei", "steve", "sven", "tomas",
    "viktor", "vladimir", "volodymyr", "william", "yuri",
];

/// Line openings that mark site furniture rather than story text.
#[rustfmt::skip]
pub const FURNITURE: &[&str] = &[
    "advertisement", "also read", "caption", "click here", "copyright", "follow us", "image:",
    "listen:", "more:", "photo:", "read more", "related", "see also", "share", "sign up",
    "subscribe", "watch:", "©",
];

/// Words right before a mark that make the marked words a name or a term.
#[rustfmt::skip]
pub const NAMING_WORDS: &[&str] = &[
    "branded", "called", "dubbed", "entitled", "hashtag", "headline", "labeled", "labelled",
    "motto", "named", "nicknamed", "phrase", "slogan", "so-called", "term", "titled", "word",
];

/// Abbreviations that keep their dot.
#[rustfmt::skip]
pub const ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "aug", "capt", "co", "col", "corp", "dec", "dr", "feb", "ft", "gen", "gov",
    "inc", "jan", "jr", "lt", "ltd", "maj", "messrs", "mr", "mrs", "ms", "mt", "nov", "oct",
    "prof", "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st", "vs",
];
