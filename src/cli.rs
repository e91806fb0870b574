//! Command-line arguments in two stages: clap parses the raw arguments, then
//! [`Args::validate`] turns them into a [`Run`] with rules loaded and every
//! choice settled, so the rest of the binary never re-reads flags.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crosscheck::rule::{RuleError, RuleSet, Severity, load_builtin, load_dir};

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
        /// Exit with 1 when a finding at or above this severity exists.
        #[arg(long, value_enum, default_value_t = FailOn::Error)]
        fail_on: FailOn,
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
    /// Files or directories (.md, .txt, .jsonl); directories are walked recursively.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Add a rule directory (repeatable); later directories override rules with the same id.
    #[arg(long = "rules", value_name = "DIR")]
    rules: Vec<PathBuf>,
    /// Start without the shipped rules.
    #[arg(long)]
    no_default_rules: bool,
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
}

impl Args {
    pub fn validate(self) -> Run {
        match self.command {
            Command::Check {
                input,
                format,
                fail_on,
            } => Run::Check {
                input: input.validate(),
                format,
                fail_on: match fail_on {
                    FailOn::Error => Some(Severity::Error),
                    FailOn::Warning => Some(Severity::Warning),
                    FailOn::Info => Some(Severity::Info),
                    FailOn::Never => None,
                },
            },
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
                    Some(d) => load_dir(&d),
                    None => load_builtin(),
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
        for dir in &self.rules {
            let (set, errors) = load_dir(dir);
            rules.merge(set);
            rule_errors.extend(errors);
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
        }
    }
}
