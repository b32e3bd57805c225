//! Word bags: how alike two sentences are, by their (stemmed, weighted) words.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// A sentence as a bag of lowercased words, each weighted: function words count little so
/// that two sentences are alike when they share their content words.
#[derive(Clone, Debug)]
pub struct Bag {
    /// One entry per distinct word, sorted by hash.
    words: Vec<Word>,
    /// Sum of all weights.
    total: f32,
    /// The words' weights summed per lane (hash modulo [`LANES`]), in units of a function
    /// word's weight: the lane-wise minimum of two bags bounds what they share, which rules
    /// most pairs of unrelated sentences out without a merge ([`Bag::could_reach`]).
    lanes: [u8; LANES],
    /// A lane overflowed (a very long sentence): no bound, always merge.
    saturated: bool,
}

/// Lanes of [`Bag::lanes`].
const LANES: usize = 64;

impl Default for Bag {
    /// The bag of no words.
    fn default() -> Bag {
        Bag {
            words: Vec::new(),
            total: 0.0,
            lanes: [0; LANES],
            saturated: false,
        }
    }
}

/// A distinct word of a bag (16 bytes, so a bag is one allocation scanned in order).
#[derive(Clone, Copy, Debug)]
struct Word {
    hash: u64,
    /// Its weight times its count.
    weight: f32,
    /// Characters of its stem times its count.
    chars: f32,
}

/// The word bags of one side's sentences, for the sentences that need one; the others read
/// as the empty bag. Only a changed sentence is ever scored, so a long, mostly unchanged text
/// keeps a few thousand bags, not one per sentence.
pub struct Bags {
    /// For each sentence, its place in `bags`, or `u32::MAX` for none.
    slots: Vec<u32>,
    bags: Vec<Bag>,
}

/// The bag of no words, for sentences without one.
static EMPTY: Bag = Bag {
    words: Vec::new(),
    total: 0.0,
    lanes: [0; LANES],
    saturated: false,
};

impl Bags {
    /// The bags of the sentences `texts[i]` for which `wanted(i)`.
    pub fn new(texts: &[&str], wanted: impl Fn(usize) -> bool) -> Bags {
        let mut slots = vec![u32::MAX; texts.len()];
        let mut bags = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            if wanted(i) {
                slots[i] = u32::try_from(bags.len()).unwrap_or(u32::MAX);
                bags.push(Bag::new(text));
            }
        }
        Bags { slots, bags }
    }

    /// The sentences that have a bag, with it, in order.
    pub fn iter(&self) -> impl Iterator<Item = (usize, &Bag)> {
        (self.slots.iter().enumerate())
            .filter_map(|(i, &slot)| self.bags.get(slot as usize).map(|bag| (i, bag)))
    }
}

impl std::ops::Index<usize> for Bags {
    type Output = Bag;

    fn index(&self, sentence: usize) -> &Bag {
        self.slots
            .get(sentence)
            .and_then(|&slot| self.bags.get(slot as usize))
            .unwrap_or(&EMPTY)
    }
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
        let mut words: Vec<Word> = Vec::with_capacity(sentence.len() / 6 + 1);
        let mut push = |hash: u64, len: usize| {
            let weight = if STOPWORDS.contains(&hash) {
                STOPWORD_WEIGHT
            } else {
                1.0
            };
            words.push(Word {
                hash,
                weight,
                chars: len as f32,
            });
        };
        if sentence.is_ascii() {
            ascii_words(sentence.as_bytes(), &mut push);
        } else {
            for w in sentence.split(|c: char| !c.is_alphanumeric()) {
                if !w.is_empty() {
                    push(hash_lower(w), w.chars().count());
                }
            }
        }
        words.sort_unstable_by_key(|w| w.hash);
        // Merge repeated words in place.
        let mut kept = 0;
        for k in 0..words.len() {
            if kept > 0 && words[kept - 1].hash == words[k].hash {
                words[kept - 1].weight += words[k].weight;
                words[kept - 1].chars += words[k].chars;
            } else {
                words[kept] = words[k];
                kept += 1;
            }
        }
        words.truncate(kept);
        let total = words.iter().map(|w| w.weight).sum();
        let mut lanes = [0u8; LANES];
        let mut saturated = false;
        for w in &words {
            let lane = &mut lanes[(w.hash % LANES as u64) as usize];
            let units = (w.weight / STOPWORD_WEIGHT).round() as u32 + u32::from(*lane);
            saturated |= units > u32::from(u8::MAX);
            *lane = units.min(u32::from(u8::MAX)) as u8;
        }
        Bag {
            words,
            total,
            lanes,
            saturated,
        }
    }

    /// The content words of the bag (hashes), for indexing.
    pub fn content_words(&self) -> impl Iterator<Item = u64> + '_ {
        self.words
            .iter()
            .filter(|w| w.weight >= 1.0)
            .map(|w| w.hash)
    }

    /// False only when [`Bag::similarity`] is surely below `floor`: what the two bags can
    /// share, bounded lane by lane ([`Bag::lanes`]), cannot reach it. Exact, and far cheaper
    /// than scoring, so large rewritten regions and unrelated texts skip most pairs.
    pub fn could_reach(&self, other: &Bag, floor: f32) -> bool {
        if self.saturated || other.saturated || self.total == 0.0 || other.total == 0.0 {
            return true;
        }
        let units: u32 = (self.lanes.iter().zip(&other.lanes))
            .map(|(a, b)| u32::from(*a.min(b)))
            .sum();
        // A shared word weighs at most its smaller weight, and the words of a lane together
        // at most the smaller lane; the margin covers rounding in the float sums.
        let common = (units as f32 * STOPWORD_WEIGHT + 1e-3)
            .min(self.total)
            .min(other.total);
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
            match self.words[i].hash.cmp(&other.words[j].hash) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    common += self.words[i].chars.min(other.words[j].chars);
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
            match a.hash.cmp(&b.hash) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    common += a.weight.min(b.weight);
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

/// The words (runs of letters and digits) of an ASCII text, hashed as [`hash_lower`] hashes
/// them, with their lengths: a byte loop for the common case of plain English text.
fn ascii_words(bytes: &[u8], push: &mut impl FnMut(u64, usize)) {
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let stem = if bytes[start].is_ascii_digit() {
            i
        } else {
            (start + STEM_CHARS).min(i)
        };
        let hash = bytes[start..stem].iter().fold(FNV_OFFSET, |h, &b| {
            (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(FNV_PRIME)
        });
        push(hash, i - start);
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// Words are compared by their first letters only, a crude but language-neutral stemmer:
/// "laughed"/"laughter", "estimate"/"estimates", "Prozent"/"Prozente" match.
const STEM_CHARS: usize = 5;

/// FNV-1a over the lowercased characters of the word's stem: stable, fast, allocation-free.
fn hash_lower(word: &str) -> u64 {
    let mut h: u64 = FNV_OFFSET;
    let mut feed = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
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
    fn only_the_sentences_asked_for_get_a_bag() {
        let texts = [
            "The council voted on the barrier.",
            "The council voted on the barrier.",
            "Opponents walked out.",
        ];
        let bags = Bags::new(&texts, |i| i != 1);
        let with: Vec<usize> = bags.iter().map(|(i, _)| i).collect();
        assert_eq!(with, vec![0, 2]);
        assert_eq!(bags[0].similarity(&Bag::new(texts[1])), 1.0);
        // The others, and indices past the end, read as the empty bag.
        assert_eq!(bags[1].similarity(&bags[0]), 0.0);
        assert_eq!(bags[7].similarity(&bags[0]), 0.0);
    }

    #[test]
    fn ascii_text_is_read_as_any_text_is() {
        let text =
            "Putin said he is \"convinced\" that 2,019 people -- 45% -- LAUGHED at U.S. estimates.";
        let mut fast = Vec::new();
        ascii_words(text.as_bytes(), &mut |h, len| fast.push((h, len)));
        let general: Vec<(u64, usize)> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| (hash_lower(w), w.chars().count()))
            .collect();
        assert_eq!(fast, general);
        // The same sentence with one accent scores as the plain one against a third.
        let other = Bag::new("Putin laughed at the estimates of 2,019 people.");
        let plain = Bag::new(text);
        let accented = Bag::new(&text.replace("people", "péople"));
        assert!(plain.similarity(&other) > accented.similarity(&other));
        assert!(accented.similarity(&other) > 0.3);
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
        // Sharing a word or two is not enough to reach a pairing floor…
        let one_word = Bag::new(
            "The river rose over the weekend, and Biden toured the flooded valley by helicopter.",
        );
        assert!(!long.could_reach(&one_word, 0.3));
        // …while the real rewrite always can.
        assert!(long.could_reach(&short, long.similarity(&short)));
        // Tiny sentences do not get containment credit.
        let tiny = Bag::new("He spoke.");
        assert!(long.similarity(&tiny) < 0.3, "{}", long.similarity(&tiny));
    }
}
