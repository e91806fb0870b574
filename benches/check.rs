//! Throughput of the pipeline over a generated news-like corpus (~12 MB by
//! default; `CROSSCHECK_BENCH_MB` changes it). Reports MB/s per stage:
//! `extractors` (the claim extractors over sentences, one thread),
//! `extract` (normalize → segment → entities → extract, one thread) and
//! `check` (the whole analysis, documents in parallel).

#[path = "../tools/corpus.rs"]
mod corpus;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use crosscheck::document::{Document, Loaded, load_str, normalize};
use crosscheck::extract;
use crosscheck::extract::date::{DatePrefs, find_dates};
use crosscheck::pipeline::{Extraction, analyze};
use crosscheck::rule::load_builtin;
use crosscheck::segment::Segmenter;

fn documents() -> (Vec<Document>, u64) {
    let mb: usize = std::env::var("CROSSCHECK_BENCH_MB")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(12);
    let generated = corpus::generate(42, mb * 1_000_000);
    let bytes = generated.iter().map(|d| d.contents.len() as u64).sum();
    let docs = generated
        .iter()
        .filter_map(|d| load_str(&d.name, &d.contents).0)
        .collect();
    (docs, bytes)
}

fn bench(c: &mut Criterion) {
    let (docs, bytes) = documents();
    let (rules, errors) = load_builtin();
    assert!(errors.is_empty());
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes));
    let extraction = Extraction::new(&rules);
    // The extractors alone, over the corpus already normalized and split
    // into sentences: the cost of reading figures out of text.
    let texts: Vec<String> = docs
        .iter()
        .map(|d| normalize(&d.text).text.into_owned())
        .collect();
    let segmenter = Segmenter::default();
    let sentences: Vec<Vec<std::ops::Range<usize>>> = texts
        .iter()
        .map(|t| segmenter.split_range(t, 0..t.len()))
        .collect();
    group.bench_function("extractors", |b| {
        b.iter(|| {
            let mut out = Vec::new();
            let mut n = 0;
            for (t, ranges) in texts.iter().zip(&sentences) {
                for r in ranges {
                    for e in extract::REGISTRY {
                        e.extract(t, r.clone(), &mut out);
                    }
                    n += out.len();
                    out.clear();
                }
            }
            black_box(n)
        })
    });
    // Dates alone: find_dates over every sentence, against each document's date.
    group.bench_function("dates", |b| {
        let prefs = DatePrefs::default();
        b.iter(|| {
            let mut n = 0;
            for ((t, ranges), d) in texts.iter().zip(&sentences).zip(&docs) {
                for r in ranges {
                    n += find_dates(&t[r.clone()], d.published, &prefs).len();
                }
            }
            black_box(n)
        })
    });
    group.bench_function("extract", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .enumerate()
                .map(|(i, d)| extraction.claims(d, i).len())
                .sum();
            black_box(n)
        })
    });
    group.bench_function("check", |b| {
        b.iter(|| {
            let loaded = Loaded {
                documents: docs.clone(),
                ..Loaded::default()
            };
            black_box(analyze(loaded, &rules, Vec::new()).findings.len())
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
