//! Robustness and speed: a garbage-input property test (no panics, spans on
//! char boundaries) and a throughput probe.

use super::find_quotes;

/// A small xorshift generator: the crate takes no test dependencies.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn garbage_never_panics_and_spans_stay_on_char_boundaries() {
    #[rustfmt::skip]
    const PIECES: &[&str] = &[
        "\"", "'", "‘", "’", "“", "”", " ", " ", "\n", "\n\n", "said", "Peskov", "Yuri Ushakov", "he",
        "she", "that", "according to", ",", ".", ":", "é", "ё", "中文", "🙂", "the", "# ", "Mr", "'s",
        "s'", "90s", "told reporters", "—", "x", "Ukraine's", "(", ")", "*", "U.S.", "Kremlin", "it",
        "they", "Gen.", "von", "\r\n", "\t", "e\u{301}", "\u{200d}", "\u{2028}", "„", "«", "»", "12\"",
        "'90s", "‘", "’s", "al-", "Advertisement", "So-called",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..4000 {
        let text: String = (0..rng.below(48))
            .map(|_| PIECES[rng.below(PIECES.len())])
            .collect();
        let (a, b) = (rng.below(text.len() + 3), rng.below(text.len() + 3));
        for body in [0..text.len(), a..b, b..a] {
            for m in find_quotes(&text, body) {
                let ranges = m
                    .parts
                    .iter()
                    .chain([&m.span])
                    .chain(m.speaker.as_ref().map(|s| &s.span));
                for r in ranges {
                    assert!(r.start <= r.end && r.end <= text.len(), "{text:?} {r:?}");
                    assert!(
                        text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
                        "{text:?} {r:?}"
                    );
                }
                for p in &m.parts {
                    assert!(
                        m.span.start <= p.start && p.end <= m.span.end,
                        "{text:?} {m:?}"
                    );
                }
            }
        }
    }
}

/// Nanoseconds this thread has run on a CPU (Linux), so a busy shared
/// machine does not count against the finder; wall time elsewhere.
fn cpu_nanos(wall: std::time::Instant) -> u128 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or_else(|| wall.elapsed().as_nanos())
}

/// `cargo test --release --lib quote_throughput -- --ignored --nocapture`
#[test]
#[ignore = "timing probe; run in release"]
fn quote_throughput() {
    let sample: String = super::passages::all()
        .map(|p| p.text)
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut article = String::new();
    while article.len() < 4 << 20 {
        article.push_str(&sample);
        article.push_str("\n\n");
    }
    let epoch = std::time::Instant::now();
    let mb_per_s = |bytes: usize, wall: std::time::Instant, cpu: u128| {
        let cpu_s = (cpu_nanos(epoch) - cpu) as f64 / 1e9;
        (
            bytes as f64 / wall.elapsed().as_secs_f64() / 1e6,
            bytes as f64 / cpu_s / 1e6,
        )
    };
    let (wall, cpu) = (std::time::Instant::now(), cpu_nanos(epoch));
    let mut mentions = 0;
    for _ in 0..5 {
        mentions += find_quotes(&article, 0..article.len()).len();
    }
    let whole = mb_per_s(5 * article.len(), wall, cpu);
    let (wall, cpu) = (std::time::Instant::now(), cpu_nanos(epoch));
    let mut bytes = 0;
    for _ in 0..200 {
        for p in super::passages::all() {
            mentions += find_quotes(p.text, 0..p.text.len()).len();
            bytes += p.text.len();
        }
    }
    let each = mb_per_s(bytes, wall, cpu);
    println!(
        "one {:.1} MB text: {:.1} MB/s wall, {:.1} MB/s cpu; passage by passage: {:.1} MB/s wall, {:.1} MB/s cpu ({mentions} mentions)",
        article.len() as f64 / 1e6,
        whole.0,
        whole.1,
        each.0,
        each.1
    );
}
