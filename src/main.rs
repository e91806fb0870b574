//! The `crosscheck` binary: parse arguments, call the library, print, and map
//! the outcome to an exit code. The only place that prints.
//!
//! Exit codes: 0 nothing at or above `--fail-on`; 1 findings at or above it;
//! 2 usage, rule or input errors.

mod cli;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use crosscheck::document::load_paths;
use crosscheck::pipeline::{Analysis, analyze};
use crosscheck::report::{dot, human, json};
use crosscheck::selftest::run_examples;

use cli::{Args, CheckFormat, ClaimsFormat, GraphFormat, Input, RulesAction, Run};

fn main() -> ExitCode {
    let run = Args::parse().validate();
    let (output, code) = execute(run);
    match std::io::stdout().lock().write_all(output.as_bytes()) {
        Ok(()) => ExitCode::from(code),
        // A closed pipe (`crosscheck check … | head`) is the reader's choice.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(code),
        Err(e) => {
            eprintln!("crosscheck: cannot write output: {e}");
            ExitCode::from(2)
        }
    }
}

fn analyze_input(input: Input) -> (Analysis, bool) {
    let loaded = load_paths(&input.paths);
    (
        analyze(loaded, &input.rules, input.rule_errors),
        input.color,
    )
}

/// Exit code 2 wins over 1: a run that could not read all it was given
/// cannot vouch for what it did not read.
fn code(a: &Analysis, fails: bool) -> u8 {
    if a.has_errors() {
        2
    } else if fails {
        1
    } else {
        0
    }
}

fn execute(run: Run) -> (String, u8) {
    match run {
        Run::Check {
            input,
            format,
            fail_on,
        } => {
            let (a, color) = analyze_input(input);
            let out = match format {
                CheckFormat::Human => human::check(&a, color),
                CheckFormat::Json => json::check(&a),
            };
            let c = code(&a, a.fails(fail_on));
            (out, c)
        }
        Run::Claims { input, format } => {
            let (a, _) = analyze_input(input);
            let out = match format {
                ClaimsFormat::Human => human::claims(&a),
                ClaimsFormat::Json => json::claims(&a),
            };
            let c = code(&a, false);
            (out, c)
        }
        Run::Graph { input, format } => {
            let (a, _) = analyze_input(input);
            let out = match format {
                GraphFormat::Json => json::graph(&a),
                GraphFormat::Dot => dot::graph(&a),
            };
            let c = code(&a, false);
            (out, c)
        }
        Run::Rules {
            action: RulesAction::Schema,
            ..
        } => (crosscheck::rule::schema(), 0),
        Run::Rules {
            action,
            rules,
            errors,
        } => {
            let mut out = String::new();
            for e in &errors {
                out.push_str(&format!(
                    "error: {}:{}:{}: {}\n",
                    e.path, e.line, e.column, e.message
                ));
                if let Some(h) = &e.help {
                    out.push_str(&format!("  help: {h}\n"));
                }
            }
            match action {
                RulesAction::Lint => {
                    out.push_str(&format!(
                        "{} rules, {} entities: {} errors\n",
                        rules.rules.len(),
                        rules.entities.len(),
                        errors.len()
                    ));
                    (out, if errors.is_empty() { 0 } else { 2 })
                }
                RulesAction::Test => {
                    let (n, failures) = run_examples(&rules);
                    for f in &failures {
                        out.push_str(&format!(
                            "FAIL {} ({}:{}): expected [{}], fired [{}]\n",
                            f.rule,
                            f.file,
                            f.line,
                            f.expected.join(", "),
                            f.fired.join(", ")
                        ));
                    }
                    out.push_str(&format!("{n} examples, {} failed\n", failures.len()));
                    let c = if !errors.is_empty() {
                        2
                    } else if failures.is_empty() {
                        0
                    } else {
                        1
                    };
                    (out, c)
                }
                RulesAction::Schema => unreachable!("handled above"),
            }
        }
    }
}
