//! What the document itself says about a capitalised word after an abbreviation: a word the
//! text writes in lower case elsewhere ("agile development") is an ordinary word, so its
//! capital after "U.S." marks a sentence start; a word the text capitalises mid-sentence
//! ("the Government said") is a name and continues the sentence.
//!
//! Found without reading every word of a book-length text: the names come from its capitals
//! ([`super::names`]), and a word's lower-case uses from a substring search that stops as
//! soon as they outnumber its names. A text that makes the searches long is counted in the
//! one pass of [`super::case_counts`] instead, which gives the same answers.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

use super::case_counts::{self, AllCounts, Case, MAX_WORD};
use super::names::{self, token_end, token_start};

/// The searches for lower-case uses may read this many times the text (plus
/// [`MIN_SEARCH_BYTES`]) before the evidence counts every word instead.
const SEARCH_PASSES: usize = 8;
const MIN_SEARCH_BYTES: usize = 1 << 20;

/// Case evidence for one text, found on first use (most texts never need it).
pub(super) struct Evidence<'t> {
    text: &'t str,
    found: RefCell<Found>,
}

/// What has been found so far.
#[derive(Default)]
struct Found {
    /// Mid-sentence names by word key: made at the first question.
    names: Option<FxHashMap<u64, u32>>,
    /// The answers so far, by word key.
    answers: FxHashMap<u64, bool>,
    /// Bytes the searches have read.
    searched: usize,
    /// Every word's counts, once the searches cost more.
    all: Option<AllCounts>,
}

impl<'t> Evidence<'t> {
    pub(super) fn new(text: &'t str) -> Evidence<'t> {
        Evidence {
            text,
            found: RefCell::new(Found::default()),
        }
    }

    /// True when the text treats `word` (capitalised where it is asked about) as an
    /// ordinary word: written in lower case more often than as a mid-sentence name.
    pub(super) fn is_ordinary(&self, word: &str) -> bool {
        // Only words of letters are counted, and a single capital is an initial ("E. B.
        // White") whatever the text writes elsewhere ("a" and "I" are in the starters list).
        if word.chars().nth(1).is_none()
            || word.len() > MAX_WORD
            || !word.chars().all(char::is_alphabetic)
        {
            return false;
        }
        let key = case_counts::word_key(word);
        let mut found = self.found.borrow_mut();
        let found = &mut *found;
        if let Some(all) = &found.all {
            return all.get(&key).is_some_and(|c| c.is_ordinary());
        }
        if let Some(&answer) = found.answers.get(&key) {
            return answer;
        }
        let names = found
            .names
            .get_or_insert_with(|| names::names(self.text))
            .get(&key)
            .copied()
            .unwrap_or(0);
        let budget =
            (SEARCH_PASSES * self.text.len() + MIN_SEARCH_BYTES).saturating_sub(found.searched);
        match more_lower_uses(self.text, word, names, budget) {
            Some((answer, read)) => {
                found.searched += read;
                found.answers.insert(key, answer);
                answer
            }
            None => {
                let all = case_counts::gather(self.text);
                let answer = all.get(&key).is_some_and(|c| c.is_ordinary());
                found.all = Some(all);
                answer
            }
        }
    }
}

/// Whether `text` writes `word` in lower case more than `names` times, and how many bytes
/// the search read to tell; None when that would take more than `budget` bytes.
///
/// A lower-case use is a whitespace-separated token that is the word in lower case once
/// what is neither a letter nor a digit is trimmed from its ends, as the counting pass reads
/// tokens. The checks around a match stop at a letter, digit or space, so each stretch of
/// the text is read a bounded number of times.
fn more_lower_uses(text: &str, word: &str, names: u32, budget: usize) -> Option<(bool, usize)> {
    let lower = word.to_lowercase();
    if Case::of(&lower) != Case::Lower {
        // No text word is lower case with this word's key.
        return Some((false, 0));
    }
    let mut uses = 0;
    for at in memchr::memmem::find_iter(text.as_bytes(), lower.as_bytes()) {
        if at > budget {
            return None;
        }
        // A match of valid UTF-8 starts and ends on character boundaries.
        let end = at + lower.len();
        // Most matches are inside longer words: told by one byte.
        let bytes = text.as_bytes();
        if (at > 0 && bytes[at - 1].is_ascii_alphanumeric())
            || bytes.get(end).is_some_and(u8::is_ascii_alphanumeric)
        {
            continue;
        }
        if token_start(text, at).is_some() && token_end(text, end).is_some() {
            uses += 1;
            if uses > names {
                return Some((true, end));
            }
        }
    }
    (text.len() <= budget).then_some((false, text.len()))
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
        // Any spacing separates words (here two lower-case uses against one name), and case
        // is folded beyond ASCII too.
        let spaced = "Les États ont dit. Nos états\u{a0}sont libres, des\u{2003}états\tunis.";
        assert!(Evidence::new(spaced).is_ordinary("États"));
    }

    /// A text of every kind of use: inside longer words, with digits, hyphens and
    /// punctuation, in every case, after and before every kind of word and space.
    const USES: &str = "Agile teams (agile) ship; the Agile said, Agile went. fragile AGILE \
        agile-ish agile2 “Agile” rules: then Agile\u{a0}left and, Agile\u{2003}now \
        ((agile)) agileagile Agile. agile... so Agile!\n\nGovernment the Government \
        said government. Our GOVERNMENT was, Government\tsaid. Lee met Lee and Lee, \
        lee. x Lee";

    #[test]
    fn names_and_searches_answer_as_the_pass_over_every_word() {
        let all = case_counts::gather(USES);
        let proper: FxHashMap<u64, u32> = all
            .iter()
            .filter(|(_, c)| c.proper > 0)
            .map(|(&key, c)| (key, c.proper))
            .collect();
        assert_eq!(names::names(USES), proper);
        let agile = all.get(&case_counts::word_key("agile")).copied();
        assert_eq!(agile.map(|c| (c.lower, c.proper)), Some((3, 6)));
        for word in [
            "Agile",
            "AGILE",
            "Government",
            "Lee",
            "Said",
            "Then",
            "Fragile",
            "X",
        ] {
            let counted = all
                .get(&case_counts::word_key(word))
                .is_some_and(|c| c.is_ordinary());
            let initial = word.len() == 1;
            assert_eq!(
                Evidence::new(USES).is_ordinary(word),
                counted && !initial,
                "{word}"
            );
        }
    }

    #[test]
    fn many_words_never_in_lower_case_are_counted_in_one_pass() {
        // Each question reads the whole text to find no lower-case use; past the budget the
        // counting pass answers, the same way.
        let names: Vec<String> = (0..40).map(|n| format!("Name{}", "x".repeat(n))).collect();
        let mut text = String::new();
        while text.len() < 200_000 {
            for name in &names {
                text.push_str(&format!("Then {name} left. and ship agile, {name} said. "));
            }
        }
        let text = text.replace(char::is_numeric, "");
        let evidence = Evidence::new(&text);
        let mut answers = Vec::new();
        for name in &names {
            answers.push(evidence.is_ordinary(&name.replace(char::is_numeric, "")));
        }
        assert!(evidence.found.borrow().all.is_some(), "counted in one pass");
        assert!(answers.iter().all(|&ordinary| !ordinary));
        assert!(evidence.is_ordinary("Agile") && evidence.is_ordinary("Ship"));
        assert!(!evidence.is_ordinary("Then"), "never in lower case");
    }

    proptest::proptest! {
        /// On any text of these pieces, the names and the answers are those of the pass
        /// over every word.
        #[test]
        fn any_text_answers_as_the_pass_over_every_word(
            pieces in proptest::collection::vec(0usize..PIECES.len(), 0..60),
        ) {
            let text: String = pieces.iter().map(|&p| PIECES[p]).collect();
            let all = case_counts::gather(&text);
            let proper: FxHashMap<u64, u32> = all
                .iter()
                .filter(|(_, c)| c.proper > 0)
                .map(|(&key, c)| (key, c.proper))
                .collect();
            proptest::prop_assert_eq!(names::names(&text), proper);
            for word in ["Agile", "fragile", "A", "Said", "Élan", "aGile", "Aa"] {
                let key = case_counts::word_key(word);
                let counted = all.get(&key).is_some_and(|c| c.is_ordinary());
                let initial = word.chars().count() == 1;
                proptest::prop_assert_eq!(
                    Evidence::new(&text).is_ordinary(word),
                    counted && !initial
                );
            }
        }
    }

    const PIECES: [&str; 20] = [
        "agile", "Agile", "AGILE", "aGile", "fragile", "a", "A", "said", "Said", " ", "\u{a0}",
        "\n", ",", ".", "(", "2", "é", "élan", "Élan", "ÉLAN",
    ];
}
