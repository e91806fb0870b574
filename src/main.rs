//! The `crosscheck` binary: parse arguments, call the library, print, and map
//! the outcome to an exit code. The only place that prints.
//!
//! Exit codes: 0 nothing at or above `--fail-on` (baselined findings never
//! count); 1 findings at or above it; 2 usage, rule, config, baseline or
//! input errors.

mod cli;

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::Parser;

use crosscheck::config::ignored;
use crosscheck::document::load_paths;
use crosscheck::pipeline::{Analysis, analyze};
use crosscheck::report::{dot, draft, human, json};
use crosscheck::rule::RuleError;
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

/// Loads the sources, and the drafts first (marked, and never read twice
/// when a source directory also holds them), then runs the pipeline.
fn analyze_input(input: Input, drafts: &[std::path::PathBuf]) -> (Analysis, bool) {
    // Drafts first, in one load with the sources, so ids stay unique the
    // loader's way.
    let args: Vec<std::path::PathBuf> = drafts.iter().chain(&input.paths).cloned().collect();
    let mut loaded = load_paths(&args);
    if !drafts.is_empty() {
        let draft_paths: Vec<_> = drafts
            .iter()
            .filter_map(|p| std::fs::canonicalize(p).ok())
            .collect();
        // A draft inside a source directory is read twice: the first read
        // (its own argument) is the draft, the second is dropped.
        let mut seen = std::collections::HashSet::new();
        loaded.documents.retain_mut(|d| {
            let Ok(file) = std::fs::canonicalize(&d.path) else {
                return true;
            };
            if !draft_paths.iter().any(|p| file.starts_with(p)) {
                return true;
            }
            d.draft = true;
            seen.insert((file, d.first_line))
        });
    }
    if !input.ignore.is_empty() {
        // `ignore:` globs leave out what a directory walk found; a path
        // named on the command line is always read.
        let named: Vec<String> = args
            .iter()
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .collect();
        let skip = |path: &str| !named.iter().any(|n| n == path) && ignored(&input.ignore, path);
        loaded.documents.retain(|d| !skip(&d.path));
        loaded.errors.retain(|e| !skip(&e.path));
        loaded.skipped.retain(|p| !skip(p));
    }
    (
        analyze(loaded, &input.rules, input.rule_errors),
        input.color,
    )
}

/// Applies `--baseline` and `--write-baseline`. A baseline file that cannot
/// be read is an error (exit 2), located like a rule error.
fn baseline(a: &mut Analysis, read: Option<&Path>, write: Option<&Path>) -> Option<String> {
    let mut entries = Vec::new();
    if let Some(path) = read {
        let shown = path.to_string_lossy().replace('\\', "/");
        let parsed = std::fs::read_to_string(path)
            .map_err(|e| (0, 0, format!("cannot read baseline: {e}")))
            .and_then(|text| {
                crosscheck::baseline::parse(&text).map_err(|e| (e.line, e.column, e.message))
            });
        match parsed {
            Ok(e) => entries = e,
            // Writing a new baseline may start from no file at all.
            Err(_) if write.is_some() && !path.exists() => {}
            Err((line, column, message)) => a.rule_errors.push(RuleError {
                path: shown,
                line,
                column,
                message,
                help: None,
            }),
        }
        a.stale_baseline = crosscheck::baseline::apply(&mut a.findings, &entries);
    }
    let path = write?;
    let text = crosscheck::baseline::write(&a.findings, &entries);
    if let Err(e) = std::fs::write(path, text) {
        return Some(format!("cannot write baseline {}: {e}", path.display()));
    }
    // Every finding is now accepted.
    for f in &mut a.findings {
        f.baselined = true;
    }
    a.stale_baseline.clear();
    None
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

/// A rule error as `rules lint` prints it: the located message first (one
/// line, as editors and CI logs parse it), then the line of the file it
/// points at with a caret under the column, then the suggested fix.
fn rule_error_text(e: &RuleError) -> String {
    let mut out = format!("error: {}:{}:{}: {}\n", e.path, e.line, e.column, e.message);
    let source = (e.line > 0)
        .then(|| std::fs::read_to_string(&e.path).ok())
        .flatten();
    if let Some(text) = source.as_deref().and_then(|t| t.lines().nth(e.line - 1)) {
        let number = e.line.to_string();
        let gutter = " ".repeat(number.len());
        // Keep tabs so the caret lines up under what the editor shows.
        let pad: String = text
            .chars()
            .take(e.column.saturating_sub(1))
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        out.push_str(&format!(
            "{gutter} |\n{number} | {text}\n{gutter} | {pad}^\n"
        ));
    }
    if let Some(h) = &e.help {
        out.push_str(&format!("  help: {h}\n"));
    }
    out
}

/// The analysis is left for the process exit to reclaim: the output is
/// printed next and the process ends, and freeing some 100,000 claims one
/// by one would only delay that.
fn leave(a: Analysis) {
    std::mem::forget(a);
}

fn execute(run: Run) -> (String, u8) {
    match run {
        Run::Check {
            input,
            format,
            fail_on,
            drafts,
            baseline: read,
            write_baseline: write,
        } => {
            let (mut a, color) = analyze_input(input, &drafts);
            if let Some(problem) = baseline(&mut a, read.as_deref(), write.as_deref()) {
                return (format!("crosscheck: {problem}\n"), 2);
            }
            let out = match format {
                CheckFormat::Human if !drafts.is_empty() => draft::check(&a, color),
                CheckFormat::Human => human::check(&a, color),
                CheckFormat::Json => json::check(&a),
            };
            let c = code(&a, a.fails(fail_on));
            leave(a);
            (out, c)
        }
        Run::Claims { input, format } => {
            let (a, _) = analyze_input(input, &[]);
            let out = match format {
                ClaimsFormat::Human => human::claims(&a),
                ClaimsFormat::Json => json::claims(&a),
            };
            let c = code(&a, false);
            leave(a);
            (out, c)
        }
        Run::Graph { input, format } => {
            let (a, _) = analyze_input(input, &[]);
            let out = match format {
                GraphFormat::Json => json::graph(&a),
                GraphFormat::Dot => dot::graph(&a),
            };
            let c = code(&a, false);
            leave(a);
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
                out.push_str(&rule_error_text(e));
            }
            match action {
                RulesAction::Lint => {
                    let n = errors.len();
                    out.push_str(&format!(
                        "{} rules, {} entities: {n} {}\n",
                        rules.rules.len(),
                        rules.entities.len(),
                        if n == 1 { "error" } else { "errors" }
                    ));
                    (out, if errors.is_empty() { 0 } else { 2 })
                }
                RulesAction::Test => {
                    let (n, failures) = run_examples(&rules);
                    for f in &failures {
                        out.push_str(&format!(
                            "error: {}:{}: an example of `{}` expects [{}] but [{}] fired\n",
                            f.file,
                            f.line,
                            f.rule,
                            f.expected.join(", "),
                            f.fired.join(", ")
                        ));
                    }
                    out.push_str(&format!("{n} examples, {} failed\n", failures.len()));
                    // A rule whose example fails is a broken rule: exit 2.
                    let c = if errors.is_empty() && failures.is_empty() {
                        0
                    } else {
                        2
                    };
                    (out, c)
                }
                RulesAction::Schema => unreachable!("handled above"),
            }
        }
    }
}
