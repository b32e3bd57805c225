//! What the document itself says about a capitalised word after an abbreviation: a word the
//! text writes in lower case elsewhere ("agile development") is an ordinary word, so its
//! capital after "U.S." marks a sentence start; a word the text capitalises mid-sentence
//! ("the Government said") is a name and continues the sentence.

use std::cell::OnceCell;

use rustc_hash::FxHashMap;

/// Per word (lowercased): how often the text writes it in lower case, and how often it is
/// capitalised in the middle of a sentence as a single-word name (followed by a lower-case
/// word, so "Agile Delivery Services" does not count for "agile").
#[derive(Default)]
struct Counts {
    lower: u32,
    proper: u32,
}

/// Case evidence for one text, gathered on first use (most texts never need it).
pub(super) struct Evidence<'t> {
    text: &'t str,
    counts: OnceCell<FxHashMap<String, Counts>>,
}

impl<'t> Evidence<'t> {
    pub(super) fn new(text: &'t str) -> Evidence<'t> {
        Evidence {
            text,
            counts: OnceCell::new(),
        }
    }

    /// True when the text treats `word` (capitalised where it is asked about) as an
    /// ordinary word: written in lower case more often than as a mid-sentence name.
    pub(super) fn is_ordinary(&self, word: &str) -> bool {
        if word.is_empty() || word.len() > 48 {
            return false;
        }
        let counts = self.counts.get_or_init(|| gather(self.text));
        counts
            .get(word.to_lowercase().as_str())
            .is_some_and(|c| c.lower > c.proper)
    }
}

/// One pass over the words of the text.
fn gather(text: &str) -> FxHashMap<String, Counts> {
    let mut counts: FxHashMap<String, Counts> = FxHashMap::default();
    let tokens: Vec<&str> = text.split_whitespace().collect();
    for (k, token) in tokens.iter().enumerate() {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = word.chars().next() else {
            continue;
        };
        if word.len() > 48 || !word.chars().all(char::is_alphabetic) {
            continue;
        }
        if first.is_lowercase() {
            counts.entry(word.to_owned()).or_default().lower += 1;
            continue;
        }
        let after_lower = k
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .and_then(|t| t.chars().next_back())
            .is_some_and(|c| c.is_lowercase() || c == ',');
        let before_lower = tokens
            .get(k + 1)
            .and_then(|t| t.chars().next())
            .is_some_and(char::is_lowercase);
        if after_lower && before_lower {
            counts.entry(word.to_lowercase()).or_default().proper += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_use_elsewhere_makes_a_word_ordinary() {
        let text = "Teams adopt agile methods. Training in the U.S. Agile teams ship weekly.";
        assert!(Evidence::new(text).is_ordinary("Agile"));
        let names = "The Government said so. Ask the Government today. Our government agreed.";
        assert!(!Evidence::new(names).is_ordinary("Government"));
        assert!(!Evidence::new("Nothing here.").is_ordinary("Agile"));
    }
}
