//! Word bags: how alike two sentences are, by their (stemmed, weighted) words.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// A sentence as a bag of lowercased words, each weighted: function words count little so
/// that two sentences are alike when they share their content words.
#[derive(Clone, Debug, Default)]
pub struct Bag {
    /// (word hash, weight) sorted by hash, one entry per distinct word.
    words: Vec<(u64, f32)>,
    /// Characters of each entry of `words` (its stem's length times its count).
    chars: Vec<f32>,
    /// Sum of all weights.
    total: f32,
    /// Sum of the weights of function words.
    stop: f32,
    /// One bit per content word (hash modulo 64): two bags without a common bit share no
    /// content word, which rules most pairs of unrelated sentences out without a merge.
    signature: u64,
}

/// Weight of a function word ("the", "und", "le") relative to a content word.
const STOPWORD_WEIGHT: f32 = 0.2;

/// Containment only counts when the shorter sentence carries this much content (about three
/// content words); otherwise "He said." would be "contained" in every sentence with "said".
const MIN_CONTAINED_WEIGHT: f32 = 3.0;

/// How much a sentence wholly contained in another counts, relative to a perfect match: a
/// shortened rewrite ("Hours before, in a holiday letter to Biden.") pairs with its long
/// original, but below a sentence that shares most of both.
const CONTAINMENT_FACTOR: f32 = 0.65;

impl Bag {
    /// Builds the bag of `sentence`.
    pub fn new(sentence: &str) -> Bag {
        let mut words: Vec<(u64, f32, f32)> = words_with_lengths(sentence)
            .map(|(h, len)| {
                let weight = if STOPWORDS.contains(&h) {
                    STOPWORD_WEIGHT
                } else {
                    1.0
                };
                (h, weight, len as f32)
            })
            .collect();
        words.sort_unstable_by_key(|w| w.0);
        let mut merged: Vec<(u64, f32)> = Vec::with_capacity(words.len());
        let mut chars: Vec<f32> = Vec::with_capacity(words.len());
        for (h, w, len) in words {
            match (merged.last_mut(), chars.last_mut()) {
                (Some(last), Some(c)) if last.0 == h => {
                    last.1 += w;
                    *c += len;
                }
                _ => {
                    merged.push((h, w));
                    chars.push(len);
                }
            }
        }
        let total = merged.iter().map(|w| w.1).sum();
        let stop = merged.iter().filter(|w| w.1 < 1.0).map(|w| w.1).sum();
        let signature = merged
            .iter()
            .filter(|w| w.1 >= 1.0)
            .fold(0u64, |sig, w| sig | 1 << (w.0 % 64));
        Bag {
            words: merged,
            chars,
            total,
            stop,
            signature,
        }
    }

    /// The content words of the bag (hashes), for indexing.
    pub fn content_words(&self) -> impl Iterator<Item = u64> + '_ {
        self.words.iter().filter(|w| w.1 >= 1.0).map(|w| w.0)
    }

    /// False only when [`Bag::similarity`] is surely below `floor`: the bags share no content
    /// word, and their function words alone cannot reach it. Exact, and far cheaper than
    /// scoring, so large rewritten regions skip most pairs.
    pub fn could_reach(&self, other: &Bag, floor: f32) -> bool {
        if self.signature & other.signature != 0 || self.total == 0.0 || other.total == 0.0 {
            return true;
        }
        // With no common bit, every shared word weighs under 1 on at least one side (a
        // function word; repeated, it may weigh more on the other), so the shared weight is
        // at most both sides' function-word weight.
        let common = (self.stop + other.stop).min(self.total).min(other.total);
        let dice = 2.0 * common / (self.total + other.total);
        let smaller = self.total.min(other.total);
        let contained = if smaller >= MIN_CONTAINED_WEIGHT {
            CONTAINMENT_FACTOR * common / smaller
        } else {
            0.0
        };
        dice.max(contained) >= floor
    }

    /// Characters of the words the two bags share (each shared word counted as often as it
    /// occurs in both): how much of a sentence a piece of a split carries.
    pub fn common_chars(&self, other: &Bag) -> f32 {
        let (mut i, mut j, mut common) = (0, 0, 0.0f32);
        while i < self.words.len() && j < other.words.len() {
            match self.words[i].0.cmp(&other.words[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    common += self.chars[i].min(other.chars[j]);
                    i += 1;
                    j += 1;
                }
            }
        }
        common
    }

    /// Similarity in 0..=1: the weighted Dice coefficient of the two bags, or, when one
    /// sentence is (nearly) contained in the other, a discounted containment score.
    pub fn similarity(&self, other: &Bag) -> f32 {
        if self.total == 0.0 || other.total == 0.0 {
            return 0.0;
        }
        let (mut i, mut j, mut common) = (0, 0, 0.0f32);
        while i < self.words.len() && j < other.words.len() {
            let (a, b) = (self.words[i], other.words[j]);
            match a.0.cmp(&b.0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    common += a.1.min(b.1);
                    i += 1;
                    j += 1;
                }
            }
        }
        let dice = 2.0 * common / (self.total + other.total);
        let smaller = self.total.min(other.total);
        let contained = if smaller >= MIN_CONTAINED_WEIGHT {
            CONTAINMENT_FACTOR * common / smaller
        } else {
            0.0
        };
        dice.max(contained).min(1.0)
    }
}

/// Hashes of the lowercased words (runs of letters and digits) of `text`, with their lengths
/// in characters.
fn words_with_lengths(text: &str) -> impl Iterator<Item = (u64, usize)> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| (hash_lower(w), w.chars().count()))
}

/// Words are compared by their first letters only, a crude but language-neutral stemmer:
/// "laughed"/"laughter", "estimate"/"estimates", "Prozent"/"Prozente" match.
const STEM_CHARS: usize = 5;

/// FNV-1a over the lowercased characters of the word's stem: stable, fast, allocation-free.
fn hash_lower(word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    let numeric = word.starts_with(|c: char| c.is_numeric());
    let stem_chars = if numeric { usize::MAX } else { STEM_CHARS };
    for c in word.chars().take(stem_chars) {
        if c.is_ascii() {
            feed(c.to_ascii_lowercase() as u8);
        } else {
            for l in c.to_lowercase() {
                let mut buf = [0u8; 4];
                l.encode_utf8(&mut buf).bytes().for_each(&mut feed);
            }
        }
    }
    h
}

/// Function words of English, German and French, hashed.
static STOPWORDS: LazyLock<FxHashSet<u64>> = LazyLock::new(|| {
    const LIST: &str = "a an the and or but if then than so as of in on at by for with from to into \
        onto over under about after before since until while during through between against \
        without within is are was were be been being am do does did have has had will would \
        shall should can could may might must it its it's he she they we you i me him her them \
        us our your their his my this that these those there here who whom whose which what \
        when where why how not no nor also just only very more most some any all each both \
        such other said says s t up out down off again further once per via \
        der die das den dem des ein eine einer einem einen und oder aber in im am an auf aus \
        bei mit nach von vom zu zum zur für über unter vor ist sind war waren wird werden hat \
        haben sich es er sie wir ihr nicht auch noch nur als wie wenn dass so \
        le la les un une des du de et ou mais dans sur sous avec pour par est sont était il \
        elle ils elles nous vous on ce cette ces qui que ne pas plus au aux en";
    LIST.split_whitespace().map(hash_lower).collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paraphrases_score_above_unrelated_sentences() {
        let a = Bag::new("Military Tensions in Ukraine are being addressed by Biden and Putin.");
        let b = Bag::new("In a new phone call, Biden and Putin discuss Ukraine tensions.");
        let c = Bag::new(
            "Previous Western sanctions implemented in response to Moscow’s invasion of Crimea had little effect.",
        );
        assert!(a.similarity(&b) > 0.5, "{}", a.similarity(&b));
        assert!(a.similarity(&c) < 0.2, "{}", a.similarity(&c));
        assert_eq!(a.similarity(&a), 1.0);
    }

    #[test]
    fn a_shortened_rewrite_is_contained_in_its_original() {
        let long = Bag::new(
            "Putin said he is “convinced” that “we can move forward” in a holiday message to Biden sent hours before they spoke.",
        );
        let short = Bag::new("Hours before, in a holiday letter to Biden.");
        assert!(
            long.similarity(&short) >= 0.5,
            "{}",
            long.similarity(&short)
        );
        // The quick check never rules out a pair that reaches the floor.
        let unrelated = Bag::new("The river rose over the weekend in the north of the valley.");
        for (a, b) in [(&long, &short), (&long, &unrelated), (&short, &unrelated)] {
            for floor in [0.05, 0.1, 0.3] {
                assert!(a.could_reach(b, floor) || a.similarity(b) < floor);
            }
        }
        assert!(!long.could_reach(&Bag::new("It was not there."), 0.3));
        // Tiny sentences do not get containment credit.
        let tiny = Bag::new("He spoke.");
        assert!(long.similarity(&tiny) < 0.3, "{}", long.similarity(&tiny));
    }
}
