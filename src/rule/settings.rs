//! Newsroom settings from `settings.yaml`: the default currency, the order
//! of all-numeric dates and the abbreviations the sentence splitter knows.
//! The extractors read them through `Extraction::new`; nothing about them
//! is hard-coded beyond a fallback when no settings file is loaded.

use std::sync::OnceLock;

use serde::Deserialize;

use super::RuleError;
use super::suggest::suggestion;
use crate::extract::date::NumericOrder;
use crate::segment::Abbreviations;
use crate::yaml::Located;

/// The settings of a rule set. `None` leaves a setting to an earlier
/// directory, or to the fallback (USD, month-day).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Settings {
    pub default_currency: Option<String>,
    pub date_order: Option<NumericOrder>,
    pub abbreviations: Abbreviations,
}

/// The names of the date orders, as written in YAML.
pub const DATE_ORDERS: [&str; 2] = ["month-day", "day-month"];

impl Settings {
    /// A later directory's settings: the values it gives replace these,
    /// the abbreviations it lists are added.
    pub fn merge(&mut self, other: Settings) {
        if other.default_currency.is_some() {
            self.default_currency = other.default_currency;
        }
        if other.date_order.is_some() {
            self.date_order = other.date_order;
        }
        let (mine, theirs) = (&mut self.abbreviations, other.abbreviations);
        mine.titles.extend(theirs.titles);
        mine.before_numbers.extend(theirs.before_numbers);
        mine.ambiguous.extend(theirs.ambiguous);
        mine.list_end.extend(theirs.list_end);
    }

    /// The currency of a bare "$" or "dollars".
    pub fn currency(&self) -> &str {
        self.default_currency.as_deref().unwrap_or("USD")
    }
}

/// `settings.yaml` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(super) struct SettingsFile {
    default_currency: Option<Located<String>>,
    date_order: Option<Located<String>>,
    #[serde(default)]
    abbreviations: Abbreviations,
}

impl SettingsFile {
    /// Validated settings; bad values are located errors.
    pub(super) fn validate(self, path: &str, errors: &mut Vec<RuleError>) -> Settings {
        let mut err = |at: &Located<String>, message: String, help: Option<String>| {
            errors.push(RuleError {
                path: path.to_string(),
                line: at.line,
                column: at.column,
                message,
                help,
            })
        };
        let mut settings = Settings {
            abbreviations: self.abbreviations,
            ..Settings::default()
        };
        if let Some(c) = self.default_currency {
            settings.default_currency = parse_currency(&c.value);
            if settings.default_currency.is_none() {
                err(
                    &c,
                    format!(
                        "default-currency `{}` is not a currency code, expected one such as USD, EUR, CAD",
                        c.value
                    ),
                    None,
                );
            }
        }
        if let Some(d) = self.date_order {
            settings.date_order = parse_date_order(&d.value);
            if settings.date_order.is_none() {
                err(
                    &d,
                    format!(
                        "unknown date-order `{}`, expected one of {}",
                        d.value,
                        DATE_ORDERS.join(", ")
                    ),
                    suggestion(&d.value, DATE_ORDERS),
                );
            }
        }
        settings
    }
}

/// An ISO currency code crosscheck knows ("usd" → "USD").
pub fn parse_currency(s: &str) -> Option<String> {
    let code = s.trim().to_ascii_uppercase();
    (code.len() == 3 && crate::extract::currency::is_code(&code)).then_some(code)
}

/// `month-day` or `day-month`.
pub fn parse_date_order(s: &str) -> Option<NumericOrder> {
    match s.trim() {
        "month-day" => Some(NumericOrder::MonthDay),
        "day-month" => Some(NumericOrder::DayMonth),
        _ => None,
    }
}

/// The shipped `settings.yaml`, read once.
pub fn builtin_settings() -> &'static Settings {
    static SETTINGS: OnceLock<Settings> = OnceLock::new();
    SETTINGS.get_or_init(|| {
        let text = super::load::BUILTIN
            .iter()
            .find(|(name, _)| *name == "settings.yaml")
            .map_or("", |(_, t)| *t);
        super::load_sources([("<builtin>/settings.yaml".to_string(), text.to_string())])
            .0
            .settings
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> (Settings, Vec<RuleError>) {
        let (set, errors) =
            super::super::load_sources([("settings.yaml".to_string(), text.to_string())]);
        (set.settings, errors)
    }

    #[test]
    fn shipped_settings_are_the_fallbacks() {
        let s = builtin_settings();
        assert_eq!(s.currency(), "USD");
        assert_eq!(s.date_order, Some(NumericOrder::MonthDay));
        assert!(s.abbreviations.titles.iter().any(|t| t == "Gen"));
        assert_eq!(s.abbreviations.before_numbers.last().unwrap(), "no");
    }

    #[test]
    fn bad_values_are_located_with_suggestions() {
        let (_, errors) = load("default-currency: dollars\ndate-order: day-mnoth\n");
        let got: Vec<_> = errors
            .iter()
            .map(|e| (e.line, e.column, e.help.as_deref()))
            .collect();
        assert_eq!(
            got,
            [(1, 19, None), (2, 13, Some("did you mean `day-month`?"))]
        );
    }

    #[test]
    fn later_settings_override_and_add() {
        let mut base = builtin_settings().clone();
        let (more, errors) = load("default-currency: cad\nabbreviations:\n  titles: [Supt.]\n");
        assert!(errors.is_empty(), "{errors:?}");
        base.merge(more);
        assert_eq!(base.currency(), "CAD");
        assert_eq!(base.date_order, Some(NumericOrder::MonthDay));
        assert!(base.abbreviations.titles.iter().any(|t| t == "Supt."));
    }
}
