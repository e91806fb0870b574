//! Writes a deterministic benchmark corpus of news-like markdown articles.
//!
//! Usage: `cargo run --release --example gen-corpus -- OUT_DIR [MEGABYTES=12] [SEED=42]`

#[path = "corpus.rs"]
mod corpus;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: gen-corpus OUT_DIR [MEGABYTES] [SEED]

Writes a deterministic corpus of news-like markdown articles under OUT_DIR,
one subdirectory per story (story-0000/outlet-name.md, ...).

  OUT_DIR     output directory (created if missing)
  MEGABYTES   minimum total size in MiB, may be fractional (default: 12)
  SEED        unsigned 64-bit seed (default: 42)

The same MEGABYTES and SEED always produce byte-identical files.";

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("gen-corpus: {msg}\n\n{USAGE}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
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
    let docs = corpus::generate(seed, target);
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

fn write_doc(path: &Path, contents: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, contents)
}
