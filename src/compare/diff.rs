//! The sentence-level diff: equal runs between two sequences of sentence ids, anchored on
//! sentences that occur once on each side (as patience diff does), with `similar` filling the
//! small gaps between anchors. Near-linear on documents, bounded on pathological ones.

use std::ops::Range;
use std::time::{Duration, Instant};

use similar::{Algorithm, DiffOp, capture_diff, capture_diff_deadline};

/// Gaps up to this many cells (left × right sentences) are first checked for any sentence in
/// common, which is cheaper than setting up a diff.
const SMALL_GAP_CELLS: usize = 64;

/// Gaps smaller than this (left × right sentences) are diffed exactly with no deadline.
const EXACT_GAP_CELLS: usize = 1 << 20;

/// Larger gaps (a document of repeated sentences, or a wholesale rewrite) share this much
/// time in one comparison, after which they settle for a coarser (still valid) diff.
const LARGE_GAPS_DEADLINE: Duration = Duration::from_millis(300);

/// `len` equal sentences starting at `left` and at `right`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    /// First left index.
    pub left: usize,
    /// First right index.
    pub right: usize,
    /// Number of sentences.
    pub len: usize,
}

/// The equal runs of `a` and `b`, in increasing order on both sides. Ids must be below
/// `id_count` (they come from an interner, so they are dense).
pub fn equal_runs(a: &[u32], b: &[u32], id_count: usize) -> Vec<Run> {
    let mut runs = Vec::new();
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let max_suffix = a.len().min(b.len()) - prefix;
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take(max_suffix)
        .take_while(|(x, y)| x == y)
        .count();
    push(&mut runs, 0, 0, prefix);
    let (a_end, b_end) = (a.len() - suffix, b.len() - suffix);

    // Anchors: ids that occur exactly once in each middle part, kept where they are in order.
    let mut a_count = vec![0u32; id_count];
    let mut b_count = vec![0u32; id_count];
    let mut b_pos = vec![0usize; id_count];
    for &id in &a[prefix..a_end] {
        a_count[id as usize] += 1;
    }
    for (j, &id) in b.iter().enumerate().take(b_end).skip(prefix) {
        b_count[id as usize] += 1;
        b_pos[id as usize] = j;
    }
    let candidates: Vec<(usize, usize)> = (prefix..a_end)
        .filter(|&i| {
            let id = a[i] as usize;
            a_count[id] == 1 && b_count[id] == 1
        })
        .map(|i| (i, b_pos[a[i] as usize]))
        .collect();
    let anchors = longest_increasing(&candidates);
    let deadline = Instant::now() + LARGE_GAPS_DEADLINE;

    let (mut i, mut j) = (prefix, prefix);
    for (ai, bi) in anchors {
        if ai < i || bi < j {
            continue; // already inside the run of an earlier anchor
        }
        // Grow the anchor backwards into the gap, then diff what is left of the gap.
        let (mut s, mut t) = (ai, bi);
        while s > i && t > j && a[s - 1] == b[t - 1] {
            s -= 1;
            t -= 1;
        }
        gap(&mut runs, a, i..s, b, j..t, deadline);
        let len = a[s..a_end]
            .iter()
            .zip(&b[t..b_end])
            .take_while(|(x, y)| x == y)
            .count();
        push(&mut runs, s, t, len);
        (i, j) = (s + len, t + len);
    }
    gap(&mut runs, a, i..a_end, b, j..b_end, deadline);
    push(&mut runs, a_end, b_end, suffix);
    runs
}

fn push(runs: &mut Vec<Run>, left: usize, right: usize, len: usize) {
    if len == 0 {
        return;
    }
    match runs.last_mut() {
        Some(last) if last.left + last.len == left && last.right + last.len == right => {
            last.len += len
        }
        _ => runs.push(Run { left, right, len }),
    }
}

/// Diffs one gap between anchors and appends its equal runs.
fn gap(
    runs: &mut Vec<Run>,
    a: &[u32],
    ar: Range<usize>,
    b: &[u32],
    br: Range<usize>,
    deadline: Instant,
) {
    if ar.is_empty() || br.is_empty() {
        return;
    }
    // Most gaps are a few edited sentences with nothing in common: no diff to run.
    if ar.len() * br.len() <= SMALL_GAP_CELLS
        && !a[ar.clone()].iter().any(|x| b[br.clone()].contains(x))
    {
        return;
    }
    let ops = if ar.len() * br.len() <= EXACT_GAP_CELLS {
        capture_diff(Algorithm::Myers, a, ar, b, br)
    } else {
        capture_diff_deadline(Algorithm::Histogram, a, ar, b, br, Some(deadline))
    };
    for op in ops {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            push(runs, old_index, new_index, len);
        }
    }
}

/// The longest subsequence of `pairs` (sorted by `.0`) that also increases in `.1`
/// (patience sorting, O(n log n)).
fn longest_increasing(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut tails: Vec<usize> = Vec::new(); // index into pairs of the smallest tail per length
    let mut previous: Vec<Option<usize>> = vec![None; pairs.len()];
    for (k, &(_, b)) in pairs.iter().enumerate() {
        let at = tails.partition_point(|&t| pairs[t].1 < b);
        previous[k] = at.checked_sub(1).map(|p| tails[p]);
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut k = tails.last().copied();
    while let Some(i) = k {
        out.push(pairs[i]);
        k = previous[i];
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(a: &[u32], b: &[u32]) -> Vec<(usize, usize, usize)> {
        let count = a.iter().chain(b).max().map_or(0, |m| *m as usize + 1);
        equal_runs(a, b, count)
            .into_iter()
            .map(|r| (r.left, r.right, r.len))
            .collect()
    }

    #[test]
    fn identical_and_empty_sequences() {
        assert_eq!(runs(&[1, 2, 3], &[1, 2, 3]), vec![(0, 0, 3)]);
        assert_eq!(runs(&[], &[1]), vec![]);
        assert_eq!(runs(&[1], &[]), vec![]);
    }

    #[test]
    fn edits_in_the_middle() {
        // 0 1 [2] 3 4  ->  0 1 [9 8] 3 4
        assert_eq!(
            runs(&[0, 1, 2, 3, 4], &[0, 1, 9, 8, 3, 4]),
            vec![(0, 0, 2), (3, 4, 2)]
        );
    }

    #[test]
    fn a_moved_block_is_left_out_of_the_runs() {
        // Block [5 6] moves from the front to the back.
        let a = [5, 6, 0, 1, 2, 3, 4];
        let b = [0, 1, 2, 3, 4, 5, 6];
        assert_eq!(runs(&a, &b), vec![(2, 0, 5)]);
    }

    #[test]
    fn repeated_sentences_fall_back_to_the_gap_diff() {
        let a = [7, 7, 1, 7, 7];
        let b = [7, 1, 7, 7, 7];
        let total: usize = runs(&a, &b).iter().map(|r| r.2).sum();
        assert_eq!(total, 4);
    }

    #[test]
    fn longest_increasing_subsequence() {
        let pairs = [(0, 3), (1, 1), (2, 2), (3, 0), (4, 4)];
        assert_eq!(longest_increasing(&pairs), vec![(1, 1), (2, 2), (4, 4)]);
    }
}
