//! Bottom-k sketches of hashed sets and their comparison.

use serde::{Deserialize, Serialize};

use crate::story::sorted_intersection;

/// The smallest distinct 32-bit hashes of a set, ascending. Every element
/// of the set whose hash is at most [`Sketch::bound`] is in the sketch, which
/// is what makes two sketches comparable (see [`Sketch::overlap`]).
///
/// 32 bits halve the size of 64-bit hashes at no practical cost: two
/// different shingles share a hash with probability 2^-32, so even two full
/// 2048-hash sketches expect 0.001 false matches.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sketch {
    hashes: Box<[u32]>,
    /// The sketch holds the whole set.
    complete: bool,
}

/// Shared and total sampled elements of two sketches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overlap {
    pub shared: usize,
    pub a: usize,
    pub b: usize,
}

impl Overlap {
    /// Shared elements over the smaller side (0 when a side is empty).
    pub fn containment(self) -> f64 {
        let small = self.a.min(self.b);
        if small == 0 {
            0.0
        } else {
            self.shared as f64 / small as f64
        }
    }

    /// Shared elements over the union (0 when both are empty).
    pub fn jaccard(self) -> f64 {
        let union = self.a + self.b - self.shared;
        if union == 0 {
            0.0
        } else {
            self.shared as f64 / union as f64
        }
    }
}

impl Sketch {
    /// The sorted hashes.
    pub fn hashes(&self) -> &[u32] {
        &self.hashes
    }

    /// Every element of the set with a hash at or below this is in the
    /// sketch.
    pub fn bound(&self) -> u32 {
        match self.hashes.last() {
            Some(&last) if !self.complete => last,
            _ => u32::MAX,
        }
    }

    /// The number of distinct elements in the set: exact when the sketch is
    /// complete, else the bottom-k estimate `(k - 1) / (bound / 2^32)`.
    pub fn estimated_len(&self) -> usize {
        let k = self.hashes.len();
        if self.complete || k < 2 {
            return k;
        }
        let fraction = (f64::from(self.bound()) + 1.0) / 4_294_967_296.0;
        ((k - 1) as f64 / fraction).round() as usize
    }

    /// Compares two sketches by threshold sampling: below
    /// `tau = min(bound(a), bound(b))` both sketches hold *every* element of
    /// their set, so the hashes at or below `tau` are two samples of the sets
    /// taken at the same rate. Their counts estimate the shared part and the
    /// sizes without bias from the sets' different lengths, which is what a
    /// containment estimate needs (comparing the two bottom-k lists directly
    /// would not).
    pub fn overlap(&self, other: &Sketch) -> Overlap {
        let (a, b) = self.samples(other);
        Overlap {
            shared: sorted_intersection(a, b),
            a: a.len(),
            b: b.len(),
        }
    }

    /// The sizes of the two samples [`Sketch::overlap`] compares, without
    /// comparing them.
    pub fn sample_sizes(&self, other: &Sketch) -> (usize, usize) {
        let (a, b) = self.samples(other);
        (a.len(), b.len())
    }

    /// Both sketches' hashes at or below the lower of their bounds.
    fn samples<'s>(&'s self, other: &'s Sketch) -> (&'s [u32], &'s [u32]) {
        let tau = self.bound().min(other.bound());
        (
            &self.hashes[..self.hashes.partition_point(|&h| h <= tau)],
            &other.hashes[..other.hashes.partition_point(|&h| h <= tau)],
        )
    }

    /// The sketch of the set without the elements `excluded` says: still a
    /// valid sketch (every remaining element at or below its new bound is
    /// in it), so it compares with others filtered the same way.
    pub fn without(&self, excluded: impl Fn(u32) -> bool) -> Sketch {
        let kept: Box<[u32]> = self
            .hashes
            .iter()
            .copied()
            .filter(|&h| !excluded(h))
            .collect();
        Sketch {
            // Dropping hashes can only lower the bound, below which the
            // sketch still holds every remaining element; a complete sketch
            // stays complete.
            complete: self.complete,
            hashes: kept,
        }
    }

    /// Heap bytes of the hashes.
    pub fn size_bytes(&self) -> usize {
        std::mem::size_of_val(&*self.hashes)
    }
}

/// Collects a [`Sketch`] from a stream of hashes: at least the `min`
/// smallest, and beyond that every hash at or below `floor` (a fixed
/// sampling rate, so a long document is still sampled densely enough to
/// contain a short one), but never more than `max`. A buffer of candidates
/// is sorted and cut back when it doubles; afterwards only hashes below the
/// current cut are taken, so almost every hash costs one comparison.
pub(super) struct BottomK {
    min: usize,
    max: usize,
    floor: Option<u32>,
    buf: Vec<u32>,
    /// Length after the last compaction; the next one is due at twice this.
    kept: usize,
    /// Hashes at or above this cannot enter the sketch.
    cut: u64,
    /// Some hash was dropped: the sketch is not the whole set.
    lossy: bool,
}

impl BottomK {
    /// `rate` in 0..=1 sets the floor (0: a plain bottom-`min` sketch).
    /// Sizes are clamped to 1..=2^24 hashes (64 MB), so a mistyped
    /// parameter cannot ask for an impossible allocation.
    pub(super) fn new(min: usize, max: usize, rate: f64) -> Self {
        const LIMIT: usize = 1 << 24;
        let min = min.clamp(1, LIMIT);
        let max = max.clamp(min, LIMIT);
        // Float-to-int casts saturate: a rate of 1 or more keeps every hash.
        let floor = (rate > 0.0).then(|| (rate * f64::from(u32::MAX)) as u32);
        BottomK {
            min,
            max,
            floor,
            buf: Vec::with_capacity(2 * min),
            kept: min,
            cut: u64::MAX,
            lossy: false,
        }
    }

    #[inline]
    pub(super) fn push(&mut self, h: u32) {
        if u64::from(h) >= self.cut {
            self.lossy = true;
            return;
        }
        self.buf.push(h);
        if self.buf.len() >= 2 * self.kept {
            self.compact();
        }
    }

    fn compact(&mut self) {
        sort_hashes(&mut self.buf);
        self.buf.dedup();
        let below = self
            .floor
            .map_or(0, |f| self.buf.partition_point(|&h| h <= f));
        let keep = below.clamp(self.min, self.max);
        if self.buf.len() > keep {
            self.buf.truncate(keep);
            self.lossy = true;
        }
        if self.buf.len() >= keep {
            self.cut = match self.floor {
                // The floor sample fits: go on taking exactly the floor sample.
                Some(f) if below == keep => u64::from(f) + 1,
                _ => self.buf.last().map_or(u64::MAX, |&h| u64::from(h)),
            };
        }
        self.kept = self.buf.len().max(self.min);
    }

    pub(super) fn finish(mut self) -> Sketch {
        self.compact();
        Sketch {
            complete: !self.lossy,
            hashes: self.buf.into_boxed_slice(),
        }
    }
}

/// Sorts 32-bit hashes. They are uniform, so a bucket sort runs in linear
/// time: a counting pass scatters them into `n` buckets by value (bucket
/// order is value order), and an insertion sort then only moves elements
/// within their bucket, about one step each. This beats a comparison sort
/// (whose branches mispredict constantly on random data) and a byte radix
/// sort (five passes) at the few hundred elements of a sketch; sorting was
/// a sixth of fingerprinting time. Should the input not be uniform, the
/// insertion sort gives up after `4n` moves and a comparison sort finishes,
/// so the worst case stays `O(n log n)`.
fn sort_hashes(v: &mut Vec<u32>) {
    if v.len() <= 32 {
        v.sort_unstable();
        return;
    }
    thread_local! {
        // Per-thread buffers: no allocation per sort once warm.
        static BUFFERS: std::cell::RefCell<(Vec<u32>, Vec<u32>)> =
            const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
    }
    BUFFERS.with(|cell| match cell.try_borrow_mut() {
        Ok(mut buffers) => {
            let (scratch, counts) = &mut *buffers;
            bucket_sort(v, scratch, counts);
        }
        Err(_) => bucket_sort(v, &mut Vec::new(), &mut Vec::new()),
    });
}

fn bucket_sort(v: &mut Vec<u32>, scratch: &mut Vec<u32>, counts: &mut Vec<u32>) {
    let n = v.len();
    // Monotone in x, in 0..n.
    let bucket = |x: u32| ((u64::from(x) * n as u64) >> 32) as usize;
    counts.clear();
    counts.resize(n, 0);
    for &x in v.iter() {
        counts[bucket(x)] += 1;
    }
    let mut sum = 0u32;
    for c in counts.iter_mut() {
        let k = *c;
        *c = sum;
        sum += k;
    }
    scratch.clear();
    scratch.resize(n, 0);
    for &x in v.iter() {
        let b = bucket(x);
        scratch[counts[b] as usize] = x;
        counts[b] += 1;
    }
    std::mem::swap(v, scratch);
    let mut budget = 4 * n;
    for i in 1..n {
        let x = v[i];
        let mut j = i;
        while j > 0 && v[j - 1] > x {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
        budget = budget.saturating_sub(i - j);
        if budget == 0 {
            v.sort_unstable();
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sketch(hashes: &[u32], complete: bool) -> Sketch {
        Sketch {
            hashes: hashes.into(),
            complete,
        }
    }

    #[test]
    fn bottom_k_keeps_smallest_distinct() {
        let mut b = BottomK::new(4, 4, 0.0);
        for h in [9u32, 3, 7, 3, 1, 8, 2, 2, 6, 5, 4, 0] {
            b.push(h);
        }
        let s = b.finish();
        assert_eq!(s.hashes(), &[0, 1, 2, 3]);
        assert_eq!(s.bound(), 3);
        let mut b = BottomK::new(8, 8, 0.0);
        for h in [5u32, 1, 5, 1] {
            b.push(h);
        }
        let s = b.finish();
        assert_eq!(s.hashes(), &[1, 5]);
        assert_eq!(s.bound(), u32::MAX);
        assert_eq!(s.estimated_len(), 2);
    }

    #[test]
    fn bottom_k_floor_sample_and_cap() {
        // 1000 evenly spread hashes, pushed in a scrambled order.
        let step = u32::MAX / 1000;
        let run = |min, max, rate| {
            let mut b = BottomK::new(min, max, rate);
            for i in 0..1000u32 {
                b.push((i * 7919 % 1000) * step);
            }
            b.finish()
        };
        let expect = |n: u32| (0..n).map(|i| i * step).collect::<Vec<_>>();
        // The floor (a quarter of the hash space) holds 251 of them.
        assert_eq!(run(100, 400, 0.25).hashes(), expect(251).as_slice());
        // Capped at 200; at least 300 when the floor holds fewer.
        assert_eq!(run(100, 200, 0.25).hashes(), expect(200).as_slice());
        assert_eq!(run(300, 400, 0.25).hashes(), expect(300).as_slice());
        assert_eq!(run(100, 100, 0.0).hashes(), expect(100).as_slice());
        let all = run(2000, 4000, 0.25);
        assert_eq!(all.hashes().len(), 1000);
        assert_eq!(all.bound(), u32::MAX);
        // The estimate from a partial sketch is close to the real 1000.
        let est = run(100, 100, 0.0).estimated_len();
        assert!((900..1100).contains(&est), "{est}");
    }

    #[test]
    fn overlap_samples_below_common_bound() {
        let a = sketch(&[1, 2, 3, 10], false);
        let b = sketch(&[2, 3, 4, 5, 6, 20], true);
        // tau = 10: a keeps 4, b keeps 5, shared {2, 3}.
        let o = a.overlap(&b);
        assert_eq!((o.shared, o.a, o.b), (2, 4, 5));
        assert!((o.containment() - 0.5).abs() < 1e-9);
        assert!((o.jaccard() - 2.0 / 7.0).abs() < 1e-9);
        assert_eq!(
            b.overlap(&a),
            Overlap {
                shared: 2,
                a: 5,
                b: 4
            }
        );
        let empty = Sketch::default();
        assert_eq!(empty.overlap(&a).containment(), 0.0);
    }

    #[test]
    fn sort_hashes_sorts_uniform_and_skewed_input() {
        let uniform: Vec<u32> = (0..1000u32)
            .map(|i| i.wrapping_mul(2_654_435_761))
            .collect();
        // All in one bucket, descending: the insertion sort gives up.
        let skewed: Vec<u32> = (0..1000u32).rev().collect();
        let with_dups: Vec<u32> = (0..1000u32)
            .map(|i| (i % 7).wrapping_mul(613_566_756))
            .collect();
        for input in [uniform, skewed, with_dups] {
            let mut v = input.clone();
            let mut w = input;
            sort_hashes(&mut v);
            w.sort_unstable();
            assert_eq!(v, w);
        }
    }
}
