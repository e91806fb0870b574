use serde::{Serialize, Serializer};

/// A claim's normalized value; serialized untagged, its shape follows the kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Figure(FigureValue),
    Date(DateValue),
    Quote(QuoteValue),
}

impl Value {
    pub fn as_figure(&self) -> Option<&FigureValue> {
        match self {
            Value::Figure(f) => Some(f),
            _ => None,
        }
    }

    pub fn as_quote(&self) -> Option<&QuoteValue> {
        match self {
            Value::Quote(q) => Some(q),
            _ => None,
        }
    }

    pub fn as_date(&self) -> Option<&DateValue> {
        match self {
            Value::Date(d) => Some(d),
            _ => None,
        }
    }
}

/// The normalized value as a reader would write it: `2025-10-16`,
/// `2025-10-13/2025-10-19`, `66500000000 USD`, `(300, ∞)`.
impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Quote(q) => write!(f, "\u{201c}{}\u{201d}", q.quote),
            Value::Date(d) => match (d.start, d.end) {
                (Some(a), Some(b)) if a == b => write!(f, "{a}"),
                (Some(a), Some(b)) => write!(f, "{a}/{b}"),
                _ => write!(f, "unresolved {}", d.grain.as_str()),
            },
            Value::Figure(v) => {
                if v.is_point() {
                    write!(f, "{}", v.number)?;
                } else {
                    let end = |x: Option<f64>| x.map_or("∞".to_string(), |x| x.to_string());
                    let open = if v.low_open || v.low.is_none() {
                        '('
                    } else {
                        '['
                    };
                    let close = if v.high_open || v.high.is_none() {
                        ')'
                    } else {
                        ']'
                    };
                    let low = v.low.map_or("-∞".to_string(), |x| x.to_string());
                    write!(f, "{open}{low}, {}{close}", end(v.high))?;
                }
                match &v.unit {
                    Some(u) => write!(f, " {u}"),
                    None => Ok(()),
                }
            }
        }
    }
}

/// Who said what (design §7): the words without their marks, the speaker
/// as named (a pronoun or surname resolved to the fullest earlier mention)
/// and, when `entities.yaml` lists them, the speaker's id.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteValue {
    pub quote: String,
    pub speaker: Option<String>,
    pub speaker_id: Option<String>,
    /// Words in quote marks (true) or reported speech ("said that …").
    pub direct: bool,
    /// The attribution verb as written, lowercase ("said", "according to").
    pub cue: Option<String>,
    /// A few words quoted inside the writer's own sentence.
    pub partial: bool,
    /// How the speaker was named, for telling whether two speakers are one.
    #[serde(skip)]
    pub speaker_kind: Option<SpeakerKind>,
}

/// How a quote's speaker is known: by a person's name, a pronoun resolved
/// to an earlier name, an unnamed role ("a senior official"), an
/// organisation ("the Kremlin"), or a pronoun nobody could resolve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerKind {
    Person,
    /// "he said", read as the nearest fitting person named before: good
    /// enough to agree, not to accuse anyone of misattribution.
    Resolved,
    Role,
    Organization,
    Pronoun,
}

/// How fine a date is: "October 16" is a day, "last week" a week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateGrain {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
}

impl DateGrain {
    pub fn as_str(self) -> &'static str {
        match self {
            DateGrain::Day => "day",
            DateGrain::Week => "week",
            DateGrain::Month => "month",
            DateGrain::Quarter => "quarter",
            DateGrain::Year => "year",
            DateGrain::Decade => "decade",
        }
    }
}

/// A date as an inclusive calendar interval (design §7). `start`/`end` are
/// `None` and `resolved` false when the words are relative ("on Thursday")
/// and the document has no date to anchor them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateValue {
    pub start: Option<chrono::NaiveDate>,
    pub end: Option<chrono::NaiveDate>,
    pub grain: DateGrain,
    pub resolved: bool,
    /// Whether the sentence says it happened or will happen; a planned
    /// event and a past one are never the same event.
    #[serde(skip)]
    pub future: bool,
}

/// A hedge or bound word in front of a figure. Bounds words become interval
/// ends at extraction; hedges stay as a qualifier whose tolerance the rules set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// about, around, roughly, approximately, some: symmetric tolerance.
    About,
    /// nearly, almost, close to: below, up to the figure.
    Nearly,
    /// over, more than, above, exceeding: open lower bound.
    Over,
    /// at least, no fewer than: closed lower bound.
    AtLeast,
    /// under, less than, fewer than, below: open upper bound.
    Under,
    /// up to, as many as, at most: closed upper bound.
    UpTo,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::About => "about",
            Qualifier::Nearly => "nearly",
            Qualifier::Over => "over",
            Qualifier::AtLeast => "at-least",
            Qualifier::Under => "under",
            Qualifier::UpTo => "up-to",
        }
    }

    pub fn parse(s: &str) -> Option<Qualifier> {
        Some(match s {
            "about" => Qualifier::About,
            "nearly" => Qualifier::Nearly,
            "over" => Qualifier::Over,
            "at-least" => Qualifier::AtLeast,
            "under" => Qualifier::Under,
            "up-to" => Qualifier::UpTo,
            _ => return None,
        })
    }

    pub const NAMES: [&'static str; 6] = ["about", "nearly", "over", "at-least", "under", "up-to"];
}

/// A figure as an interval (design §4, §7). `low`/`high` are the bounds the
/// words state, `None` when unbounded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureValue {
    #[serde(serialize_with = "number")]
    pub number: f64,
    #[serde(serialize_with = "opt_number")]
    pub low: Option<f64>,
    #[serde(serialize_with = "opt_number")]
    pub high: Option<f64>,
    pub low_open: bool,
    pub high_open: bool,
    /// ISO currency for money, `%` for percent, else the measure noun.
    pub unit: Option<String>,
    pub qualifier: Option<Qualifier>,
    /// Half the place value of the last significant digit as written
    /// ("68,000" → 500): how far a reader may assume the figure was rounded.
    #[serde(skip)]
    pub rounding: f64,
}

impl FigureValue {
    /// A figure stated as one number, with an optional qualifier turned into bounds.
    pub fn stated(number: f64, rounding: f64, qualifier: Option<Qualifier>) -> Self {
        let (low, high, low_open, high_open) = match qualifier {
            None | Some(Qualifier::About) | Some(Qualifier::Nearly) => {
                (Some(number), Some(number), false, false)
            }
            Some(Qualifier::Over) => (Some(number), None, true, false),
            Some(Qualifier::AtLeast) => (Some(number), None, false, false),
            Some(Qualifier::Under) => (None, Some(number), false, true),
            Some(Qualifier::UpTo) => (None, Some(number), false, false),
        };
        FigureValue {
            number,
            low,
            high,
            low_open,
            high_open,
            unit: None,
            qualifier,
            rounding,
        }
    }

    /// True when the words state a single number rather than a range or bound.
    pub fn is_point(&self) -> bool {
        matches!((self.low, self.high), (Some(l), Some(h)) if l == h)
    }
}

/// Integral values print as integers (`66000000000`, not `66000000000.0`),
/// so the JSON reads like the figure as written.
fn number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64((*v * 1e6).round() / 1e6)
    }
}

fn opt_number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => number(v, s),
        None => s.serialize_none(),
    }
}
