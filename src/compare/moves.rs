//! Linking sentences that left one place and reappear elsewhere: identical ones by key, and
//! edited ones by word similarity through an index of rare words (never all × all).

use std::collections::BTreeSet;

use rustc_hash::{FxHashMap, FxHashSet};

use super::bag::Bags;
use super::index::WordIndex;
use super::parallel;

/// Links unmatched left sentences to unmatched right sentences with the same key, one to one.
/// With repeated keys, each left sentence takes the free right one nearest its own position.
/// Returns (left, right) sentence indices.
pub fn exact(
    left_free: &[usize],
    right_free: &[usize],
    left_ids: &[u32],
    right_ids: &[u32],
) -> Vec<(usize, usize)> {
    // Per key, the free right sentences in order: the nearest is found by a range lookup, so
    // a document of thousands of identical sentences stays O(n log n).
    let mut by_id: FxHashMap<u32, BTreeSet<usize>> = FxHashMap::default();
    for &r in right_free {
        by_id.entry(right_ids[r]).or_default().insert(r);
    }
    let (left_len, right_len) = (left_ids.len().max(1), right_ids.len().max(1));
    let mut links = Vec::new();
    for &l in left_free {
        let Some(candidates) = by_id.get_mut(&left_ids[l]) else {
            continue;
        };
        // Compare relative positions so that documents of different lengths line up.
        let here = l * right_len / left_len;
        let below = candidates.range(..here).next_back().copied();
        let above = candidates.range(here..).next().copied();
        let nearest = match (below, above) {
            (Some(b), Some(a)) => Some(if here - b <= a - here { b } else { a }),
            (b, a) => b.or(a),
        };
        if let Some(r) = nearest {
            candidates.remove(&r);
            links.push((l, r));
        }
    }
    links
}

/// Links unmatched left sentences to unmatched right sentences whose word similarity is at
/// least `threshold`, best scores first, one to one. Returns (left, right, score).
pub fn similar(
    left_free: &[usize],
    right_free: &[usize],
    left_bags: &Bags,
    right_bags: &Bags,
    threshold: f32,
) -> Vec<(usize, usize, f32)> {
    let index = WordIndex::new(right_free.iter().map(|&r| (r, &right_bags[r])));
    // The left sentences look up in two halves, on two threads when there are many.
    let look_up = |lefts: &[usize]| {
        let mut found: Vec<(usize, usize, f32)> = Vec::new();
        let (mut lookup, mut candidates) = (index.lookup(), Vec::new());
        for &l in lefts {
            let bag = &left_bags[l];
            lookup.candidates(bag, 0..usize::MAX, &mut candidates);
            for &r in &candidates {
                let right = &right_bags[r];
                if !bag.could_reach(right, threshold) {
                    continue;
                }
                let score = bag.similarity(right);
                if score >= threshold {
                    found.push((l, r, score));
                }
            }
        }
        found
    };
    let (front, back) = left_free.split_at(left_free.len() / 2);
    let large = left_free.len() >= parallel::MIN_ITEMS;
    let (mut found, rest) = parallel::join(large, || look_up(front), || look_up(back));
    found.extend(rest);
    // Greedy by score: the most convincing moves first, then what is left.
    found.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let mut left_taken = FxHashSet::default();
    let mut right_taken = FxHashSet::default();
    found.retain(|&(l, r, _)| {
        if left_taken.contains(&l) || right_taken.contains(&r) {
            return false;
        }
        left_taken.insert(l);
        right_taken.insert(r);
        true
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_sentences_link_to_the_nearest_copy() {
        // Key 7 is free twice on the right; left 7 of 10 should take right 9, not right 1.
        let left_ids = [0, 1, 2, 3, 4, 5, 6, 7, 8, 7];
        let right_ids = [9, 7, 9, 9, 9, 9, 9, 9, 9, 7];
        let links = exact(&[7], &[1, 9], &left_ids, &right_ids);
        assert_eq!(links, vec![(7, 9)]);
    }

    #[test]
    fn edited_moves_are_found_and_unrelated_ones_are_not() {
        let left = Bags::new(
            &[
                "The barrier will be built from reinforced concrete walls ranging from 8 to 14 feet.",
                "Council members left the chamber without comment.",
            ],
            |_| true,
        );
        let right = Bags::new(
            &[
                "Residents lined up to speak against the tax increase.",
                "The barrier will be built from reinforced concrete walls ranging from 8 to 15 feet.",
            ],
            |_| true,
        );
        let links = similar(&[0, 1], &[0, 1], &left, &right, 0.6);
        assert_eq!(links.len(), 1);
        assert_eq!((links[0].0, links[0].1), (0, 1));
    }
}

#[cfg(test)]
mod scale_tests {
    use super::*;

    #[test]
    fn many_identical_sentences_link_in_order() {
        // 20,000 copies of one sentence moved as a block: every copy links, nearest first.
        let n = 20_000;
        let left_ids = vec![1u32; n];
        let right_ids = vec![1u32; n];
        let all: Vec<usize> = (0..n).collect();
        let links = exact(&all, &all, &left_ids, &right_ids);
        assert_eq!(links.len(), n);
        assert!(links.iter().all(|&(l, r)| l == r));
    }
}
