//! Command-line arguments in two stages: clap parses the raw arguments, then
//! [`Args::validate`] turns them into a [`Run`] with rules loaded and every
//! choice settled, so the rest of the binary never re-reads flags.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crosscheck::config::{self, Config};
use crosscheck::extract::date::NumericOrder;
use crosscheck::rule::{
    RuleError, RuleSet, Severity, load_builtin, load_dir, parse_currency, parse_date_order,
};

#[derive(Parser, Debug)]
#[command(
    name = "crosscheck",
    version,
    about = "Check claims across news sources before publication"
)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Report where sources contradict each other.
    Check {
        #[command(flatten)]
        input: InputArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
        /// Exit with 1 when a finding at or above this severity exists
        /// (default: `fail-on` in crosscheck.yaml, else error).
        #[arg(long, value_enum)]
        fail_on: Option<FailOn>,
        /// The draft being checked against the sources (repeatable).
        #[arg(long = "draft", value_name = "FILE")]
        drafts: Vec<PathBuf>,
        /// Accepted findings: those it lists never fail the run.
        #[arg(long, value_name = "FILE")]
        baseline: Option<PathBuf>,
        /// Write every finding of this run to a baseline file.
        #[arg(long, value_name = "FILE")]
        write_baseline: Option<PathBuf>,
    },
    /// List the claims extracted from each document.
    Claims {
        #[command(flatten)]
        input: InputArgs,
        #[arg(long, value_enum, default_value_t = ClaimsFormat::Human)]
        format: ClaimsFormat,
    },
    /// Print the claim graph (claims and their relations).
    Graph {
        #[command(flatten)]
        input: InputArgs,
        #[arg(long, value_enum, default_value_t = GraphFormat::Json)]
        format: GraphFormat,
    },
    /// Work with rule files.
    Rules {
        #[arg(value_enum)]
        action: RulesAction,
        /// A rule directory (default: the shipped rules).
        dir: Option<PathBuf>,
    },
}

#[derive(clap::Args, Debug)]
struct InputArgs {
    /// Files or directories (.md, .txt, .jsonl, .html); directories are walked recursively.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Add a rule directory (repeatable); later directories override rules with the same id.
    #[arg(long = "rules", value_name = "DIR")]
    rules: Vec<PathBuf>,
    /// Start without the shipped rules.
    #[arg(long)]
    no_default_rules: bool,
    /// Read this configuration instead of the nearest crosscheck.yaml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Read no crosscheck.yaml.
    #[arg(long)]
    no_config: bool,
    /// The currency of a bare "$" or "dollars" (an ISO code).
    #[arg(long, value_name = "CODE")]
    default_currency: Option<String>,
    /// How to read all-numeric dates such as 02/03/2025.
    #[arg(long, value_enum)]
    date_order: Option<DateOrder>,
    /// Colour in the human format.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum CheckFormat {
    Human,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum ClaimsFormat {
    Human,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum GraphFormat {
    Json,
    Dot,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum DateOrder {
    MonthDay,
    DayMonth,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum RulesAction {
    /// Report every error in every rule file.
    Lint,
    /// Run every rule's examples.
    Test,
    /// Print the JSON Schema of a rule file.
    Schema,
}

/// What to do, fully decided.
pub enum Run {
    Check {
        input: Input,
        format: CheckFormat,
        fail_on: Option<Severity>,
        // issue 8: drafts are passed through, not yet read.
        #[allow(dead_code)]
        drafts: Vec<PathBuf>,
        baseline: Option<PathBuf>,
        write_baseline: Option<PathBuf>,
    },
    Claims {
        input: Input,
        format: ClaimsFormat,
    },
    Graph {
        input: Input,
        format: GraphFormat,
    },
    Rules {
        action: RulesAction,
        rules: RuleSet,
        errors: Vec<RuleError>,
    },
}

/// Paths plus the rules to apply to them.
pub struct Input {
    pub paths: Vec<PathBuf>,
    pub rules: RuleSet,
    pub rule_errors: Vec<RuleError>,
    pub color: bool,
    /// Globs of walked paths to leave out (`ignore:` in crosscheck.yaml).
    pub ignore: Vec<String>,
    /// The configuration file read, if any.
    pub config: Option<Config>,
}

impl Args {
    pub fn validate(self) -> Run {
        match self.command {
            Command::Check {
                input,
                format,
                fail_on,
                drafts,
                baseline,
                write_baseline,
            } => {
                let input = input.validate();
                let config = input.config.clone().unwrap_or_default();
                let fail_on = match fail_on {
                    Some(f) => f,
                    None => match config.fail_on.as_deref() {
                        Some("warning") => FailOn::Warning,
                        Some("info") => FailOn::Info,
                        Some("never") => FailOn::Never,
                        _ => FailOn::Error,
                    },
                };
                let mut all_drafts = config.drafts.clone();
                if !drafts.is_empty() {
                    all_drafts = drafts;
                }
                Run::Check {
                    input,
                    format,
                    fail_on: match fail_on {
                        FailOn::Error => Some(Severity::Error),
                        FailOn::Warning => Some(Severity::Warning),
                        FailOn::Info => Some(Severity::Info),
                        FailOn::Never => None,
                    },
                    drafts: all_drafts,
                    baseline: baseline.or(config.baseline),
                    write_baseline,
                }
            }
            Command::Claims { input, format } => Run::Claims {
                input: input.validate(),
                format,
            },
            Command::Graph { input, format } => Run::Graph {
                input: input.validate(),
                format,
            },
            Command::Rules { action, dir } => {
                let (rules, errors) = match dir {
                    // A directory's rules, with the shipped lists and
                    // settings underneath (as `check --rules DIR` reads
                    // them), so its examples can name shipped entities.
                    Some(d) => {
                        let (mut base, _) = load_builtin();
                        base.rules.clear();
                        let (set, mut errors) = load_dir(&d);
                        base.merge(set);
                        errors.extend(base.unknown_entities());
                        (base, errors)
                    }
                    None => {
                        let (set, mut errors) = load_builtin();
                        errors.extend(set.unknown_entities());
                        (set, errors)
                    }
                };
                Run::Rules {
                    action,
                    rules,
                    errors,
                }
            }
        }
    }
}

impl InputArgs {
    fn validate(self) -> Input {
        let (mut rules, mut rule_errors) = if self.no_default_rules {
            (RuleSet::default(), Vec::new())
        } else {
            load_builtin()
        };
        let config_path = match (&self.config, self.no_config) {
            (Some(path), _) => Some(path.clone()),
            (None, true) => None,
            (None, false) => std::env::current_dir().ok().and_then(|d| config::find(&d)),
        };
        let config = config_path.and_then(|p| match config::load(&p) {
            Ok(c) => Some(c),
            Err(errors) => {
                rule_errors.extend(errors);
                None
            }
        });
        let cfg = config.clone().unwrap_or_default();
        // `--rules` replaces the configuration's rule directories.
        let dirs = if self.rules.is_empty() {
            &cfg.rules
        } else {
            &self.rules
        };
        for dir in dirs {
            let (set, errors) = load_dir(dir);
            rules.merge(set);
            rule_errors.extend(errors);
        }
        rule_errors.extend(rules.unknown_entities());
        if let Some(code) = cfg.default_currency.clone() {
            rules.settings.default_currency = Some(code);
        }
        if let Some(order) = cfg.date_order.as_deref() {
            rules.settings.date_order = parse_date_order(order);
        }
        if let Some(code) = &self.default_currency {
            match parse_currency(code) {
                Some(c) => rules.settings.default_currency = Some(c),
                None => rule_errors.push(RuleError {
                    path: "--default-currency".into(),
                    line: 0,
                    column: 0,
                    message: format!("`{code}` is not a currency code, expected one such as USD"),
                    help: None,
                }),
            }
        }
        if let Some(order) = self.date_order {
            rules.settings.date_order = Some(match order {
                DateOrder::MonthDay => NumericOrder::MonthDay,
                DateOrder::DayMonth => NumericOrder::DayMonth,
            });
        }
        let color = match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
            }
        };
        Input {
            paths: self.paths,
            rules,
            rule_errors,
            color,
            ignore: cfg.ignore,
            config,
        }
    }
}
