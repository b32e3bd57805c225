//! An inverted index of content words: for a sentence, the few sentences of the other side
//! that share its rarest words. Large regions and moves are searched through it, so the cost
//! per sentence is bounded and nothing is scored all × all.

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::bag::Bag;

/// A sentence is looked up under at most this many of its rarest content words.
const PROBE_WORDS: usize = 4;
/// Words on more candidate sentences than this (within the window searched) are too common
/// to tell sentences apart.
const MAX_POSTING: usize = 48;
/// At most this many candidates are returned per sentence: those sharing most probe words.
pub const MAX_CANDIDATES: usize = 16;

/// Content word hash to the positions of the sentences that contain it, in increasing order.
pub struct WordIndex {
    postings: FxHashMap<u64, Vec<u32>>,
}

impl WordIndex {
    /// Indexes `bags` under their positions, which must increase.
    pub fn new<'b>(bags: impl IntoIterator<Item = (usize, &'b Bag)>) -> WordIndex {
        let mut postings: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
        for (position, bag) in bags {
            let position = u32::try_from(position).unwrap_or(u32::MAX);
            for word in bag.content_words() {
                postings.entry(word).or_default().push(position);
            }
        }
        WordIndex { postings }
    }

    /// The positions inside `window` that share the most of `bag`'s rarest content words
    /// (words found on at most [`MAX_POSTING`] sentences of the window), best first, ties by
    /// position; at most [`MAX_CANDIDATES`]. `out` is cleared and filled; `hits` is scratch.
    pub fn candidates(
        &self,
        bag: &Bag,
        window: Range<usize>,
        hits: &mut Vec<u32>,
        out: &mut Vec<usize>,
    ) {
        out.clear();
        hits.clear();
        let (from, to) = (clamp(window.start), clamp(window.end));
        let mut probes: Vec<&[u32]> = bag
            .content_words()
            .filter_map(|w| self.postings.get(&w))
            .map(|list| {
                let start = list.partition_point(|&p| p < from);
                let end = start + list[start..].partition_point(|&p| p < to);
                &list[start..end]
            })
            .filter(|list| !list.is_empty() && list.len() <= MAX_POSTING)
            .collect();
        probes.sort_by_key(|list| list.len());
        for list in probes.into_iter().take(PROBE_WORDS) {
            hits.extend_from_slice(list);
        }
        hits.sort_unstable();
        // Runs of one position are its number of shared probe words.
        let mut counted: Vec<(u32, usize)> = Vec::with_capacity(hits.len());
        for &p in hits.iter() {
            match counted.last_mut() {
                Some((q, n)) if *q == p => *n += 1,
                _ => counted.push((p, 1)),
            }
        }
        counted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        out.extend(
            counted
                .into_iter()
                .take(MAX_CANDIDATES)
                .map(|(p, _)| p as usize),
        );
    }
}

fn clamp(position: usize) -> u32 {
    u32::try_from(position).unwrap_or(u32::MAX)
}

/// Candidate pairs (left position, right position) for pairing in a large region: each left
/// sentence looks for its right counterparts within `reach` sentences of its proportional
/// place, through an index of the right side. In order of the left position.
pub fn near_diagonal(lefts: &[&Bag], rights: &[&Bag], reach: usize) -> Vec<(usize, usize)> {
    let index = WordIndex::new(rights.iter().copied().enumerate());
    let (n, m) = (lefts.len().max(1), rights.len());
    let (mut hits, mut found) = (Vec::new(), Vec::new());
    let mut out = Vec::new();
    for (i, bag) in lefts.iter().enumerate() {
        let centre = i * m / n;
        let window = centre.saturating_sub(reach)..(centre + reach + 1).min(m);
        index.candidates(bag, window, &mut hits, &mut found);
        out.extend(found.iter().map(|&j| (i, j)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bags(texts: &[&str]) -> Vec<Bag> {
        texts.iter().map(|t| Bag::new(t)).collect()
    }

    /// A made-up word of its own for each `k` (words are compared by their first letters).
    fn word(k: usize) -> String {
        (0..5)
            .map(|d| char::from(b'a' + (k / 26usize.pow(d) % 26) as u8))
            .collect()
    }

    #[test]
    fn the_sentences_sharing_most_rare_words_come_first() {
        let rights = bags(&[
            "Council members debated the barrier for hours.",
            "The barrier will be built from reinforced concrete walls.",
            "Reinforced concrete walls will line the riverbank.",
            "Residents lined up to speak.",
        ]);
        let index = WordIndex::new(rights.iter().enumerate());
        let probe = Bag::new("The barrier is built from reinforced concrete walls.");
        let (mut hits, mut out) = (Vec::new(), Vec::new());
        index.candidates(&probe, 0..4, &mut hits, &mut out);
        assert_eq!(out.first(), Some(&1), "{out:?}");
        assert!(!out.contains(&3), "{out:?}");
        // Outside the window nothing is found.
        index.candidates(&probe, 2..4, &mut hits, &mut out);
        assert_eq!(out, vec![2]);
    }

    #[test]
    fn common_words_are_no_probe_and_candidates_are_capped() {
        // One word on every sentence: too common to find anything by.
        let texts: Vec<String> = (0..100)
            .map(|k| format!("Okafor spoke about {} at length.", word(k)))
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let rights = bags(&refs);
        let index = WordIndex::new(rights.iter().enumerate());
        let (mut hits, mut out) = (Vec::new(), Vec::new());
        index.candidates(&Bag::new("Okafor left."), 0..100, &mut hits, &mut out);
        assert!(out.is_empty(), "{out:?}");
        index.candidates(
            &Bag::new("Okafor spoke at length."),
            0..30,
            &mut hits,
            &mut out,
        );
        assert_eq!(out.len(), MAX_CANDIDATES);
    }

    #[test]
    fn large_regions_look_near_the_diagonal() {
        // Two words common to all (too common within the reach to probe by), two of their own.
        let texts: Vec<String> = (0..400)
            .map(|k| format!("Okafor visited {} and {}.", word(k), word(k + 1000)))
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let all = bags(&refs);
        let lefts: Vec<&Bag> = all.iter().collect();
        let rights: Vec<&Bag> = all.iter().collect();
        let pairs = near_diagonal(&lefts, &rights, 60);
        // Every sentence finds itself, and only sentences sharing a rare word are proposed.
        for i in 0..400 {
            assert!(pairs.contains(&(i, i)));
        }
        assert_eq!(pairs.len(), 400);
        // A sentence far from its proportional place is out of reach.
        let far = near_diagonal(&lefts[..1], &rights[200..], 60);
        assert!(far.is_empty());
    }
}
