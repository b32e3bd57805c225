//! Pairing reworded sentences inside a changed region: the best one-to-one pairing that keeps
//! order, by word similarity, above a threshold — exactly over all pairs in a region of
//! ordinary size, over the candidate pairs a word index proposes in a large one.

use std::ops::Range;

/// Regions up to this many cells (left × right sentences) are paired exactly, every pair
/// scored; larger ones through candidates ([`pair_candidates`]).
pub const DENSE_CELLS: usize = 40_000;

/// Largest table one pairing run fills. Bigger regions are cut into diagonal blocks of about
/// this size, so that the cost stays linear in the region's length (a wholly rewritten book
/// costs blocks × 40,000 comparisons, not n × m).
const BLOCK_CELLS: usize = 40_000;

/// A pair found by [`pair_in_order`]: positions in the two input lists and the score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pair {
    /// Position in the left list.
    pub left: usize,
    /// Position in the right list.
    pub right: usize,
    /// Similarity of the two sentences.
    pub score: f32,
}

/// In a small region, a sentence in the same place on the other side (counting from the
/// region's start or from its end) is probably its rewrite: it pairs at this much below the
/// threshold. Unrelated replacements in the same place score far lower (typically < 0.25).
pub const SAME_PLACE_BONUS: f32 = 0.1;
/// Regions up to this many sentences a side get the same-place bonus.
const SAME_PLACE_MAX: usize = 3;

/// Pairs items `0..n` with `0..m` in order (both positions increase), maximising the sum of
/// `score` over pairs, using only pairs scoring at least `threshold` (less a small bonus for
/// the same place in a small region).
pub fn pair_in_order(
    n: usize,
    m: usize,
    threshold: f32,
    score: impl Fn(usize, usize) -> f32,
) -> Vec<Pair> {
    if n == 0 || m == 0 {
        return Vec::new();
    }
    if n.max(m) <= SAME_PLACE_MAX {
        return same_place(0..n, 0..m, threshold, &score);
    }
    let blocks = (n * m).div_ceil(BLOCK_CELLS).isqrt().max(1);
    let mut pairs = Vec::new();
    for b in 0..blocks {
        let (l0, l1) = (b * n / blocks, (b + 1) * n / blocks);
        let (r0, r1) = (b * m / blocks, (b + 1) * m / blocks);
        let block = pair_block(l1 - l0, r1 - r0, threshold, |i, j| score(l0 + i, r0 + j));
        pairs.extend(block.into_iter().map(|p| Pair {
            left: p.left + l0,
            right: p.right + r0,
            score: p.score,
        }));
    }
    second_chances(pairs, n, m, threshold, &score)
}

/// Pairs items `0..n` with `0..m` in order like [`pair_in_order`], scoring only the
/// `candidates` (left, right) — for a large region, the few pairs a word index proposes — so
/// the cost is linear in their number: the best order-keeping chain of candidate pairs at or
/// above `threshold` (a heaviest increasing subsequence, O(k log m)).
pub fn pair_candidates(
    n: usize,
    m: usize,
    threshold: f32,
    candidates: &[(usize, usize)],
    score: impl Fn(usize, usize) -> f32,
) -> Vec<Pair> {
    let chain = heaviest_chain(n, m, threshold, candidates, &score);
    second_chances(chain, n, m, threshold, &score)
}

/// The order-keeping chain of candidate pairs at or above `threshold` with the highest total
/// score.
fn heaviest_chain(
    n: usize,
    m: usize,
    threshold: f32,
    candidates: &[(usize, usize)],
    score: &impl Fn(usize, usize) -> f32,
) -> Vec<Pair> {
    let mut scored: Vec<Pair> = candidates
        .iter()
        .filter(|&&(i, j)| i < n && j < m)
        .map(|&(left, right)| Pair {
            left,
            right,
            score: score(left, right),
        })
        .filter(|p| p.score >= threshold)
        .collect();
    // By left position, and within one left position from the right end, so that no chain
    // takes two pairs of one sentence.
    scored.sort_by(|a, b| a.left.cmp(&b.left).then(b.right.cmp(&a.right)));
    // best[j]: the heaviest chain ending at a right position below j + 1, as (total, pair).
    let mut tree: Vec<(f32, usize)> = vec![(0.0, usize::MAX); m];
    let mut previous: Vec<usize> = vec![usize::MAX; scored.len()];
    let mut top = (0.0f32, usize::MAX);
    for (k, p) in scored.iter().enumerate() {
        let mut before = (0.0f32, usize::MAX);
        let mut at = p.right;
        while at > 0 {
            if tree[at - 1].0 > before.0 {
                before = tree[at - 1];
            }
            at &= at - 1;
        }
        previous[k] = before.1;
        let total = before.0 + p.score;
        if total > top.0 {
            top = (total, k);
        }
        let mut at = p.right;
        while at < m {
            if total > tree[at].0 {
                tree[at] = (total, k);
            }
            at |= at + 1;
        }
    }
    let mut chain = Vec::new();
    let mut k = top.1;
    while k != usize::MAX {
        chain.push(scored[k]);
        k = previous[k];
    }
    chain.reverse();
    chain
}

/// The pairs found cut the region into smaller gaps; a small gap gets the same-place second
/// chance ("first-come, first-served" for "in the order received" between two renumbered
/// list items).
fn second_chances(
    mut pairs: Vec<Pair>,
    n: usize,
    m: usize,
    threshold: f32,
    score: &impl Fn(usize, usize) -> f32,
) -> Vec<Pair> {
    let mut seconds = Vec::new();
    let (mut i, mut j) = (0, 0);
    let ends = pairs
        .iter()
        .map(|p| (p.left, p.right))
        .chain(std::iter::once((n, m)));
    for (pi, pj) in ends {
        if pi > i && pj > j && (pi - i).max(pj - j) <= SAME_PLACE_MAX {
            seconds.extend(same_place(i..pi, j..pj, threshold, score));
        }
        (i, j) = (pi + 1, pj + 1);
    }
    if !seconds.is_empty() {
        pairs.extend(seconds);
        pairs.sort_by_key(|p| p.left);
    }
    pairs
}

/// Pairs a small region (or gap) where the same place, counted from either end, needs
/// [`SAME_PLACE_BONUS`] less than the threshold.
fn same_place(
    left: Range<usize>,
    right: Range<usize>,
    threshold: f32,
    score: &impl Fn(usize, usize) -> f32,
) -> Vec<Pair> {
    let (n, m) = (left.len(), right.len());
    let lowered = (threshold - SAME_PLACE_BONUS).max(0.0);
    let pairs = pair_block(n, m, lowered, |i, j| {
        let s = score(left.start + i, right.start + j);
        // Elsewhere in the region the full threshold still applies.
        if i == j || n - i == m - j || s >= threshold {
            s
        } else {
            0.0
        }
    });
    pairs
        .into_iter()
        .map(|p| Pair {
            left: p.left + left.start,
            right: p.right + right.start,
            score: p.score,
        })
        .collect()
}

/// The exact dynamic programme on one block (a weighted longest common subsequence).
fn pair_block(
    n: usize,
    m: usize,
    threshold: f32,
    score: impl Fn(usize, usize) -> f32,
) -> Vec<Pair> {
    if n == 0 || m == 0 {
        return Vec::new();
    }
    let width = m + 1;
    let mut best = vec![0.0f32; (n + 1) * width];
    let mut scores = vec![0.0f32; n * m];
    for i in 1..=n {
        for j in 1..=m {
            let s = score(i - 1, j - 1);
            scores[(i - 1) * m + (j - 1)] = s;
            let mut v = best[(i - 1) * width + j].max(best[i * width + j - 1]);
            if s >= threshold {
                v = v.max(best[(i - 1) * width + j - 1] + s);
            }
            best[i * width + j] = v;
        }
    }
    // Walk back from the corner, preferring skips on ties so that pairs are only taken when
    // they add to the total.
    let mut pairs = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 && j > 0 {
        let here = best[i * width + j];
        if here == best[(i - 1) * width + j] {
            i -= 1;
        } else if here == best[i * width + j - 1] {
            j -= 1;
        } else {
            pairs.push(Pair {
                left: i - 1,
                right: j - 1,
                score: scores[(i - 1) * m + (j - 1)],
            });
            i -= 1;
            j -= 1;
        }
    }
    pairs.reverse();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_and_maximises_the_total() {
        // Left 0 fits right 1 best, left 1 fits right 0 best: only one can be kept in order,
        // and the better total wins.
        let table = [[0.6, 0.9], [0.95, 0.1]];
        let pairs = pair_in_order(2, 2, 0.5, |i, j| table[i][j]);
        assert_eq!(pairs.len(), 1);
        assert_eq!((pairs[0].left, pairs[0].right), (1, 0));
    }

    #[test]
    fn nothing_below_the_threshold_is_paired() {
        let pairs = pair_in_order(3, 3, 0.5, |i, j| if i == j { 0.35 } else { 0.0 });
        assert!(pairs.is_empty());
        let pairs = pair_in_order(3, 3, 0.5, |i, j| if i == j { 0.7 } else { 0.0 });
        assert_eq!(pairs.len(), 3);
    }

    #[test]
    fn the_same_place_in_a_small_equal_region_pairs_a_little_lower() {
        let pairs = pair_in_order(1, 1, 0.4, |_, _| 0.33);
        assert_eq!(pairs.len(), 1);
        let pairs = pair_in_order(1, 1, 0.4, |_, _| 0.25);
        assert!(pairs.is_empty());
        // The same place counts from either end of the region…
        let pairs = pair_in_order(1, 2, 0.4, |_, j| [0.0, 0.35][j]);
        assert_eq!((pairs[0].left, pairs[0].right), (0, 1));
        // …but not a different place, nor in larger regions.
        let pairs = pair_in_order(2, 3, 0.4, |i, j| if (i, j) == (1, 0) { 0.35 } else { 0.0 });
        assert!(pairs.is_empty());
        let pairs = pair_in_order(5, 5, 0.4, |i, j| if i == j { 0.35 } else { 0.0 });
        assert!(pairs.is_empty());
        // A small gap left between pairs of a large region gets the same chance.
        let pairs = pair_in_order(5, 6, 0.4, |i, j| match (i, j) {
            (0, 0) | (1, 1) | (2, 2) | (3, 3) => 0.9,
            (4, 5) => 0.35,
            _ => 0.0,
        });
        assert_eq!(pairs.len(), 5);
        assert_eq!((pairs[4].left, pairs[4].right), (4, 5));
    }

    #[test]
    fn a_split_pairs_with_the_larger_piece() {
        // One left sentence, two right pieces: the piece scoring higher is taken.
        let pairs = pair_in_order(1, 2, 0.45, |_, j| [0.82, 0.6][j]);
        assert_eq!(
            pairs,
            vec![Pair {
                left: 0,
                right: 0,
                score: 0.82
            }]
        );
    }

    #[test]
    fn candidate_pairing_finds_the_best_chain() {
        // The same table as the dense case: only one of the crossing pairs can be kept.
        let table = [[0.6, 0.9], [0.95, 0.1]];
        let all = [(0, 0), (0, 1), (1, 0), (1, 1)];
        let pairs = pair_candidates(2, 2, 0.5, &all, |i, j| table[i][j]);
        assert_eq!(pairs.len(), 1);
        assert_eq!((pairs[0].left, pairs[0].right), (1, 0));
        // A chain of three in order beats one heavier pair crossing them, and a sentence is
        // never paired twice.
        let pairs = pair_candidates(
            6,
            6,
            0.5,
            &[(0, 0), (0, 1), (1, 1), (2, 2), (3, 0), (4, 5), (5, 5)],
            |i, j| match (i, j) {
                (3, 0) => 0.99,
                (0, 1) | (4, 5) => 0.9,
                (5, 5) => 0.8,
                (1, 1) => 0.3,
                (0, 0) | (2, 2) => 0.7,
                _ => 0.0,
            },
        );
        let got: Vec<(usize, usize)> = pairs.iter().map(|p| (p.left, p.right)).collect();
        assert_eq!(got, vec![(0, 1), (2, 2), (4, 5)]);
    }

    #[test]
    fn candidate_pairing_matches_the_exact_programme() {
        // With every pair a candidate, the chain's total is the exact optimum.
        let score = |i: usize, j: usize| ((i * 7 + j * 13) % 10) as f32 / 10.0;
        for (n, m) in [(5, 7), (9, 4), (12, 12)] {
            let all: Vec<(usize, usize)> =
                (0..n).flat_map(|i| (0..m).map(move |j| (i, j))).collect();
            let total = |pairs: &[Pair]| pairs.iter().map(|p| p.score).sum::<f32>();
            let exact = pair_block(n, m, 0.5, score);
            let sparse = heaviest_chain(n, m, 0.5, &all, &score);
            assert!((total(&exact) - total(&sparse)).abs() < 1e-4, "{n}x{m}");
            assert!(
                sparse
                    .windows(2)
                    .all(|w| w[0].left < w[1].left && w[0].right < w[1].right)
            );
        }
    }

    #[test]
    fn huge_regions_are_cut_into_blocks() {
        let n = 2_000;
        let calls = std::cell::Cell::new(0usize);
        let pairs = pair_in_order(n, n, 0.5, |i, j| {
            calls.set(calls.get() + 1);
            if i == j { 1.0 } else { 0.0 }
        });
        assert_eq!(pairs.len(), n);
        assert!(calls.get() <= 4 * n * 200, "{} comparisons", calls.get());
    }
}
