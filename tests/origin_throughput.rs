//! Throughput of `fingerprint` and `same_origin`. A timing test, ignored by
//! default; run it on a release build:
//!
//! ```sh
//! cargo test -j1 --release --test throughput -- --ignored --nocapture
//! ```
//!
//! The corpus is the evaluation documents repeated to about 32 MB, each
//! fingerprinted as its own document (realistic per-call overhead), plus one
//! 8 MB document without line breaks every few hundred bytes.

use std::fs;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use crosscheck::origin::{OriginParams, fingerprint, same_origin};

/// Nanoseconds this thread has run on a CPU (Linux: `/proc/thread-self/schedstat`),
/// which, unlike wall time, does not count time spent waiting for a core on
/// a shared machine.
fn cpu_ns() -> Option<u64> {
    fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// Runs `f`, returning (wall seconds, CPU seconds when known).
fn timed(f: impl FnOnce()) -> (f64, Option<f64>) {
    let cpu0 = cpu_ns();
    let start = Instant::now();
    f();
    let wall = start.elapsed().as_secs_f64();
    let cpu = cpu0.zip(cpu_ns()).map(|(a, b)| (b - a) as f64 / 1e9);
    (wall, cpu)
}

fn documents() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/origin");
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    paths
        .iter()
        .filter_map(|p| fs::read_to_string(p).ok())
        .collect()
}

#[test]
#[ignore = "timing; run with --release -- --ignored --nocapture"]
fn fingerprint_throughput() {
    let params = OriginParams::default();
    let docs = documents();
    assert!(!docs.is_empty());
    let one_pass: usize = docs.iter().map(String::len).sum();
    let rounds = (32 << 20) / one_pass + 1;

    // Warm up (builds the tables once).
    let prints: Vec<_> = docs.iter().map(|d| fingerprint(d, &params)).collect();

    let (wall, cpu) = timed(|| {
        for _ in 0..rounds {
            for d in &docs {
                black_box(fingerprint(black_box(d), &params));
            }
        }
    });
    let mb = (one_pass * rounds) as f64 / 1e6;
    let per_doc = mb / cpu.unwrap_or(wall);
    println!(
        "fingerprint, {} documents of {:.1} KB on average: {per_doc:.0} MB/s of CPU time ({:.0} MB/s wall, {:.1} µs per document)",
        docs.len() * rounds,
        one_pass as f64 / docs.len() as f64 / 1e3,
        mb / wall,
        cpu.unwrap_or(wall) * 1e6 / (docs.len() * rounds) as f64
    );

    // A yardstick for this machine: the standard library splitting the same
    // corpus into words and counting them.
    let (wall, cpu) = timed(|| {
        for _ in 0..rounds {
            for d in &docs {
                black_box(black_box(d).split_whitespace().count());
            }
        }
    });
    println!(
        "baseline, str::split_whitespace().count() on the same documents: {:.0} MB/s of CPU time",
        mb / cpu.unwrap_or(wall)
    );

    let big = docs.join("\n").repeat((8 << 20) / one_pass + 1);
    let (wall, cpu) = timed(|| {
        black_box(fingerprint(black_box(&big), &params));
    });
    let mb = big.len() as f64 / 1e6;
    let big_rate = mb / cpu.unwrap_or(wall);
    println!(
        "fingerprint, one document of {mb:.1} MB: {big_rate:.0} MB/s of CPU time ({:.0} MB/s wall)",
        mb / wall
    );

    let start = Instant::now();
    let mut joined = 0usize;
    for a in &prints {
        for b in &prints {
            joined += usize::from(same_origin(black_box(a), black_box(b), &params).is_some());
        }
    }
    let pairs = prints.len() * prints.len();
    println!(
        "same_origin: {:.2} µs per pair ({pairs} pairs, {joined} joined)",
        start.elapsed().as_secs_f64() * 1e6 / pairs as f64
    );
    let sizes: Vec<usize> = prints.iter().map(|f| f.size_bytes()).collect();
    println!(
        "fingerprint size: mean {} bytes, max {} bytes",
        sizes.iter().sum::<usize>() / sizes.len(),
        sizes.iter().max().copied().unwrap_or(0)
    );

    if !cfg!(debug_assertions) {
        assert!(per_doc >= 100.0, "{per_doc:.0} MB/s is below 100 MB/s");
        assert!(big_rate >= 100.0, "{big_rate:.0} MB/s is below 100 MB/s");
    }
}
