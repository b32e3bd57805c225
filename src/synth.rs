//! Deterministic synthetic article pairs for benchmarks and scale tests: news-like sentences in
//! paragraphs, a revision with about 10% edits of every kind (reworded, removed, added, split,
//! merged, moved paragraphs, moved-and-edited sentences), and pairs of unrelated articles.

/// A small, fast, seedable generator (SplitMix64); the same seed always gives the same text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, per_thousand: u64) -> bool {
        self.next() % 1000 < per_thousand
    }
}

const SYLLABLES: &[&str] = &[
    "ba", "cor", "den", "fal", "gri", "hol", "ken", "lor", "man", "nor", "pel", "quin", "ras",
    "sol", "tan", "ver", "wil", "zor", "ton", "mer", "lin", "dar", "sen", "vic", "ral", "mon",
];

const FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "as", "by", "at", "from",
    "said", "would", "after", "before", "was", "is", "has", "will", "its", "their",
];

const EXTRAS: &[&str] = &[
    "Sen.",
    "U.S.",
    "3:35 p.m.",
    "2.5%",
    "Gen.",
    "No. 10",
    "$412 million",
    "“we will act,”",
    "Jan. 5",
    "D-N.M.,",
    "Mr.",
    "about 14,000",
];

/// Makes the vocabulary: a few thousand distinct invented content words.
fn vocabulary(rng: &mut Rng) -> Vec<String> {
    (0..4000)
        .map(|_| {
            let n = 2 + rng.below(3);
            (0..n)
                .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                .collect()
        })
        .collect()
}

fn sentence(rng: &mut Rng, vocab: &[String]) -> String {
    let words = 8 + rng.below(18);
    let mut out = String::with_capacity(words * 7);
    for k in 0..words {
        let word: &str = if rng.chance(420) {
            FUNCTION_WORDS[rng.below(FUNCTION_WORDS.len())]
        } else if rng.chance(30) {
            EXTRAS[rng.below(EXTRAS.len())]
        } else {
            &vocab[rng.below(vocab.len())]
        };
        if k == 0 {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
                out.push_str(chars.as_str());
            }
        } else {
            out.push(' ');
            out.push_str(word);
            if rng.chance(60) && k + 1 < words {
                out.push(',');
            }
        }
    }
    out.push('.');
    out
}

/// Rewords a sentence: replaces, drops or inserts a few of its words.
fn reword(rng: &mut Rng, vocab: &[String], sentence: &str) -> String {
    let mut words: Vec<String> = sentence
        .trim_end_matches('.')
        .split(' ')
        .map(str::to_string)
        .collect();
    for _ in 0..1 + rng.below(3) {
        let at = 1 + rng.below(words.len().saturating_sub(1).max(1));
        let new = vocab[rng.below(vocab.len())].clone();
        match rng.below(3) {
            0 if words.len() > 4 => {
                words.remove(at.min(words.len() - 1));
            }
            1 => words.insert(at.min(words.len()), new),
            _ => {
                let at = at.min(words.len() - 1);
                words[at] = new;
            }
        }
    }
    words.join(" ") + "."
}

/// Generates an (original, revision) pair of about `sentences` sentences each.
pub fn article_pair(sentences: usize, seed: u64) -> (String, String) {
    let mut rng = Rng(seed);
    let vocab = vocabulary(&mut rng);
    let paragraphs = story(&mut rng, &vocab, sentences);
    let original = join(&paragraphs);
    let revised = revise(&mut rng, &vocab, &paragraphs);
    (original, join(&revised))
}

/// Generates two unrelated articles of about `sentences` sentences each, written with the
/// same vocabulary (two stories of one newspaper): the worst case for pairing, where every
/// region is changed and every sentence shares words with many others.
pub fn unrelated_pair(sentences: usize, seed: u64) -> (String, String) {
    let mut rng = Rng(seed);
    let vocab = vocabulary(&mut rng);
    let first = story(&mut rng, &vocab, sentences);
    let second = story(&mut rng, &vocab, sentences);
    (join(&first), join(&second))
}

/// Generates `versions` successive versions of one story of about `sentences` sentences: each
/// version is the previous one with about 10% edits of every kind (as [`article_pair`]'s
/// revision).
pub fn story_versions(sentences: usize, versions: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng(seed);
    let vocab = vocabulary(&mut rng);
    let mut paragraphs = story(&mut rng, &vocab, sentences);
    let mut out = Vec::with_capacity(versions);
    for _ in 0..versions {
        out.push(join(&paragraphs));
        paragraphs = revise(&mut rng, &vocab, &paragraphs);
    }
    out
}

/// A story of about `sentences` sentences in paragraphs of one to four.
fn story(rng: &mut Rng, vocab: &[String], sentences: usize) -> Vec<Vec<String>> {
    let mut paragraphs: Vec<Vec<String>> = Vec::new();
    let mut count = 0;
    while count < sentences {
        let n = (1 + rng.below(4)).min(sentences - count);
        paragraphs.push((0..n).map(|_| sentence(rng, vocab)).collect());
        count += n;
    }
    paragraphs
}

/// One revision of a story: about 10% edits of every kind.
fn revise(rng: &mut Rng, vocab: &[String], paragraphs: &[Vec<String>]) -> Vec<Vec<String>> {
    let mut revised: Vec<Vec<String>> = Vec::with_capacity(paragraphs.len());
    let mut carried: Vec<Vec<String>> = Vec::new();
    let mut carried_sentences: Vec<String> = Vec::new();
    for paragraph in paragraphs {
        if rng.chance(10) {
            carried.push(paragraph.clone()); // moved as a block, re-inserted later
            continue;
        }
        let mut out = Vec::with_capacity(paragraph.len() + 1);
        let mut k = 0;
        while k < paragraph.len() {
            let s = &paragraph[k];
            match rng.below(1000) {
                0..=29 => out.push(reword(rng, vocab, s)),
                30..=49 => {} // removed
                50..=69 => {
                    out.push(s.clone());
                    out.push(sentence(rng, vocab)); // added
                }
                70..=79 => {
                    // split at a word boundary
                    let words: Vec<&str> = s.trim_end_matches('.').split(' ').collect();
                    let cut = (words.len() * 2 / 3).max(1);
                    out.push(words[..cut].join(" ") + ".");
                    let rest = words[cut..].join(" ");
                    if !rest.is_empty() {
                        let mut chars = rest.chars();
                        let first: String = chars
                            .next()
                            .map(|c| c.to_uppercase().collect())
                            .unwrap_or_default();
                        out.push(first + chars.as_str() + ".");
                    }
                }
                80..=89 if k + 1 < paragraph.len() => {
                    // merge with the next sentence
                    let next = &paragraph[k + 1];
                    out.push(format!(
                        "{}, and {}",
                        s.trim_end_matches('.'),
                        lower_first(next)
                    ));
                    k += 1;
                }
                90..=99 => carried_sentences.push(reword(rng, vocab, s)), // moved and edited
                _ => out.push(s.clone()),
            }
            k += 1;
        }
        if !out.is_empty() {
            revised.push(out);
        }
        // Put moved material back somewhere later in the text.
        if rng.chance(40) {
            if let Some(block) = carried.pop() {
                revised.push(block);
            }
            if let Some(moved) = carried_sentences.pop() {
                revised.push(vec![moved]);
            }
        }
    }
    revised.extend(carried);
    revised.extend(carried_sentences.into_iter().map(|s| vec![s]));
    revised
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().collect::<String>())
        .unwrap_or_default()
        + chars.as_str()
}

fn join(paragraphs: &[Vec<String>]) -> String {
    let mut out = String::new();
    for p in paragraphs {
        out.push_str(&p.join(" "));
        out.push_str("\n\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_deterministic_and_sized() {
        let (a, b) = article_pair(1000, 7);
        assert_eq!(article_pair(1000, 7), (a.clone(), b.clone()));
        assert_ne!(a, b);
        // About 120 bytes a sentence, as in news prose.
        assert!((80_000..200_000).contains(&a.len()), "{}", a.len());
        assert!((b.len() as f64 / a.len() as f64 - 1.0).abs() < 0.1);
    }

    #[test]
    fn unrelated_pairs_share_no_sentence() {
        let (a, b) = unrelated_pair(500, 7);
        assert_eq!(unrelated_pair(500, 7), (a.clone(), b.clone()));
        let sentences = |text: &str| -> Vec<String> {
            crate::compare::segment::segment(text)
                .iter()
                .map(|s| text[s.range()].to_string())
                .collect()
        };
        let left: std::collections::HashSet<String> = sentences(&a).into_iter().collect();
        let right = sentences(&b);
        assert!(right.len() > 400);
        assert!(right.iter().all(|s| !left.contains(s)));
        assert!((b.len() as f64 / a.len() as f64 - 1.0).abs() < 0.1);
    }

    #[test]
    fn story_versions_are_successive_edits_of_one_story() {
        let versions = story_versions(500, 4, 3);
        assert_eq!(versions.len(), 4);
        assert_eq!(story_versions(500, 4, 3), versions);
        for pair in versions.windows(2) {
            assert_ne!(pair[0], pair[1]);
            // Most paragraphs of a version are still there, word for word, in the next.
            let kept = pair[0]
                .split("\n\n")
                .filter(|p| pair[1].contains(p))
                .count();
            let total = pair[0].split("\n\n").count();
            assert!(kept * 10 > total * 5, "{kept} of {total}");
        }
    }
}
