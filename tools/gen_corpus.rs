//! Writes a deterministic benchmark corpus of news-like markdown articles.
//!
//! Usage: `cargo run --release --example gen-corpus -- [--copies PERCENT] OUT_DIR [MEGABYTES=12] [SEED=42]`

#[path = "corpus.rs"]
mod corpus;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: gen-corpus [--copies PERCENT] OUT_DIR [MEGABYTES] [SEED]

Writes a deterministic corpus of news-like markdown articles under OUT_DIR,
one subdirectory per story (story-0000/outlet-name.md, ...).

  --copies P  also republish about P% of the articles as syndicated copies
              (story-0000/copy-of-outlet-name.md: a new outlet, an intro
              line, the last paragraph dropped), as same-origin test data

  OUT_DIR     output directory (created if missing)
  MEGABYTES   minimum total size in MiB, may be fractional (default: 12)
  SEED        unsigned 64-bit seed (default: 42)

The same MEGABYTES and SEED always produce byte-identical files.";

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("gen-corpus: {msg}\n\n{USAGE}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut copies = 0u64;
    if let Some(i) = args.iter().position(|a| a == "--copies") {
        match args.get(i + 1).map(|s| s.parse::<u64>()) {
            Some(Ok(p)) if p <= 100 => copies = p,
            _ => return usage_error("--copies needs a percentage from 0 to 100"),
        }
        args.drain(i..i + 2);
    }
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if args.is_empty() {
        return usage_error("missing OUT_DIR");
    }
    if args.len() > 3 {
        return usage_error("too many arguments");
    }
    if args[0].starts_with('-') {
        return usage_error(&format!("unknown option `{}`", args[0]));
    }
    let out_dir = PathBuf::from(&args[0]);
    let megabytes = match args.get(1).map(|s| s.parse::<f64>()) {
        None => 12.0,
        Some(Ok(mb)) if mb.is_finite() && mb > 0.0 && mb <= 100_000.0 => mb,
        Some(_) => {
            return usage_error(&format!(
                "MEGABYTES must be a positive number, got `{}`",
                args[1]
            ));
        }
    };
    let seed = match args.get(2).map(|s| s.parse::<u64>()) {
        None => 42,
        Some(Ok(seed)) => seed,
        Some(Err(_)) => {
            return usage_error(&format!(
                "SEED must be an unsigned integer, got `{}`",
                args[2]
            ));
        }
    };

    let target = (megabytes * 1024.0 * 1024.0) as usize;
    let mut docs = corpus::generate(seed, target);
    if copies > 0 {
        let copied: Vec<corpus::GeneratedDoc> = docs
            .iter()
            .enumerate()
            // A fixed stride, not the RNG: the originals stay byte-identical.
            .filter(|(i, _)| (*i as u64 * 37) % 100 < copies)
            .map(|(_, d)| syndicate(d))
            .collect();
        docs.extend(copied);
    }
    let mut total = 0usize;
    for doc in &docs {
        let path = out_dir.join(&doc.name);
        if let Err(err) = write_doc(&path, &doc.contents) {
            eprintln!("gen-corpus: cannot write {}: {err}", path.display());
            return ExitCode::FAILURE;
        }
        total += doc.contents.len();
    }
    println!(
        "{} files, {total} bytes written to {}",
        docs.len(),
        out_dir.display()
    );
    ExitCode::SUCCESS
}

/// A republished copy: another outlet's name in the front matter, an intro
/// line crediting the original, and the last paragraph dropped.
fn syndicate(doc: &corpus::GeneratedDoc) -> corpus::GeneratedDoc {
    let (dir, file) = doc.name.rsplit_once('/').unwrap_or(("", &doc.name));
    let mut contents = String::new();
    let mut in_front = false;
    for (n, line) in doc.contents.lines().enumerate() {
        if line == "---" {
            in_front = n == 0;
        }
        if in_front && let Some(source) = line.strip_prefix("source: ") {
            contents.push_str(&format!("source: {source} (syndicated)\n"));
            continue;
        }
        contents.push_str(line);
        contents.push('\n');
    }
    // Drop the last paragraph, and credit the original after the headline.
    let trimmed = contents.trim_end();
    if let Some(cut) = trimmed.rfind("\n\n") {
        contents.truncate(cut + 1);
    }
    if let Some(h) = contents.find("\n# ")
        && let Some(end) = contents[h + 1..].find('\n')
    {
        contents.insert_str(
            h + 2 + end,
            "\nThis article first appeared in a partner publication.\n",
        );
    }
    corpus::GeneratedDoc {
        name: format!("{dir}/copy-of-{file}"),
        contents,
    }
}

fn write_doc(path: &Path, contents: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, contents)
}
