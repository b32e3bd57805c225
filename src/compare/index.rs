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

/// Content word hash to the positions of the sentences that contain it, in increasing order:
/// all lists in one array (a word's list is a range of it), so lookups stay in few cache lines.
pub struct WordIndex {
    lists: FxHashMap<u64, (u32, u32)>,
    positions: Vec<u32>,
}

impl WordIndex {
    /// Indexes `bags` under their positions, which must increase.
    pub fn new<'b>(bags: impl IntoIterator<Item = (usize, &'b Bag)> + Clone) -> WordIndex {
        // Count each word's sentences, lay the lists out one after the other, then fill them.
        let mut lists: FxHashMap<u64, (u32, u32)> = FxHashMap::default();
        for (_, bag) in bags.clone() {
            for word in bag.content_words() {
                lists.entry(word).or_default().1 += 1;
            }
        }
        let mut next = 0u32;
        for (start, len) in lists.values_mut() {
            (*start, next) = (next, next + *len);
            *len = 0;
        }
        let mut positions = vec![0u32; next as usize];
        for (position, bag) in bags {
            let position = u32::try_from(position).unwrap_or(u32::MAX);
            for word in bag.content_words() {
                if let Some((start, len)) = lists.get_mut(&word) {
                    positions[(*start + *len) as usize] = position;
                    *len += 1;
                }
            }
        }
        WordIndex { lists, positions }
    }

    /// The positions of the sentences holding `word`.
    fn postings(&self, word: u64) -> &[u32] {
        self.lists.get(&word).map_or(&[], |&(start, len)| {
            &self.positions[start as usize..(start + len) as usize]
        })
    }

    /// A lookup with its own scratch space, for many [`Lookup::candidates`] calls.
    pub fn lookup(&self) -> Lookup<'_> {
        Lookup {
            index: self,
            probes: Vec::new(),
            hits: Vec::new(),
            counted: Vec::new(),
        }
    }
}

/// Lookups in a [`WordIndex`], reusing their buffers from one sentence to the next.
pub struct Lookup<'i> {
    index: &'i WordIndex,
    probes: Vec<&'i [u32]>,
    hits: Vec<u32>,
    counted: Vec<(u32, usize)>,
}

impl Lookup<'_> {
    /// The positions inside `window` that share the most of `bag`'s rarest content words
    /// (words found on at most [`MAX_POSTING`] sentences of the window), best first, ties by
    /// position; at most [`MAX_CANDIDATES`]. `out` is cleared and filled.
    pub fn candidates(&mut self, bag: &Bag, window: Range<usize>, out: &mut Vec<usize>) {
        out.clear();
        let (from, to) = (clamp(window.start), clamp(window.end));
        self.probes.clear();
        for word in bag.content_words() {
            let list = self.index.postings(word);
            let start = list.partition_point(|&p| p < from);
            // Lists inside a window are short: step to the end, up to one past the limit.
            let inside = list[start..]
                .iter()
                .take(MAX_POSTING + 1)
                .take_while(|&&p| p < to)
                .count();
            if inside > 0 && inside <= MAX_POSTING {
                self.probes.push(&list[start..start + inside]);
            }
        }
        self.probes.sort_by_key(|list| list.len());
        self.hits.clear();
        for list in self.probes.iter().take(PROBE_WORDS) {
            self.hits.extend_from_slice(list);
        }
        self.hits.sort_unstable();
        // Runs of one position are its number of shared probe words.
        self.counted.clear();
        for &p in &self.hits {
            match self.counted.last_mut() {
                Some((q, n)) if *q == p => *n += 1,
                _ => self.counted.push((p, 1)),
            }
        }
        self.counted
            .sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        out.extend(
            (self.counted.iter())
                .take(MAX_CANDIDATES)
                .map(|&(p, _)| p as usize),
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
    let mut lookup = index.lookup();
    let (mut found, mut out) = (Vec::new(), Vec::new());
    for (i, bag) in lefts.iter().enumerate() {
        let centre = i * m / n;
        let window = centre.saturating_sub(reach)..(centre + reach + 1).min(m);
        lookup.candidates(bag, window, &mut found);
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
        let (mut lookup, mut out) = (index.lookup(), Vec::new());
        lookup.candidates(&probe, 0..4, &mut out);
        assert_eq!(out.first(), Some(&1), "{out:?}");
        assert!(!out.contains(&3), "{out:?}");
        // Outside the window nothing is found.
        lookup.candidates(&probe, 2..4, &mut out);
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
        let (mut lookup, mut out) = (index.lookup(), Vec::new());
        lookup.candidates(&Bag::new("Okafor left."), 0..100, &mut out);
        assert!(out.is_empty(), "{out:?}");
        lookup.candidates(&Bag::new("Okafor spoke at length."), 0..30, &mut out);
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
