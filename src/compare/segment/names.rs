//! The single-word names of a text: words capitalised in the middle of a sentence, after a
//! lower-case word or a comma and before a lower-case word ("the Government said"), counted
//! per word. Found from the text's capitals alone, which are few, so it costs a fraction of
//! reading every word.

use rustc_hash::FxHashMap;

use super::case_counts::{Case, HIGHS, MAX_WORD, in_range, load, word_key};

/// How often each word (by [`word_key`]) is used as a mid-sentence name: the `proper` counts
/// of [`super::case_counts::gather`].
pub(super) fn names(text: &str) -> FxHashMap<u64, u32> {
    let bytes = text.as_bytes();
    let mut names: FxHashMap<u64, u32> = FxHashMap::default();
    let mut at = 0;
    while at < bytes.len() {
        // Capital ASCII letters and non-ASCII bytes, eight bytes at a time.
        let x = load(bytes, at);
        let mut candidates = in_range(x, b'A', b'Z') | (x & HIGHS);
        while candidates != 0 {
            let i = at + (candidates.trailing_zeros() / 8) as usize;
            candidates &= candidates - 1;
            if i >= bytes.len() || !text.is_char_boundary(i) {
                continue;
            }
            // Capitals inside a word are turned down at once (a letter stands before them).
            if let Some(key) = name_at(text, i) {
                *names.entry(key).or_default() += 1;
            }
        }
        at += 8;
    }
    names
}

/// The key of the name whose first letter is at `i`, if the token there is a capitalised
/// word of letters used as a mid-sentence name.
fn name_at(text: &str, i: usize) -> Option<u64> {
    // Most capitals inside words are told by one byte ("McDonald").
    if i > 0 && text.as_bytes()[i - 1].is_ascii_alphanumeric() {
        return None;
    }
    let first = text[i..].chars().next()?;
    if !first.is_alphabetic() || first.is_lowercase() {
        return None;
    }
    // The token's word starts here: only what is neither letter nor digit stands before it.
    let token_start = token_start(text, i)?;
    // Asked first, as most capitals open a sentence, after a full stop.
    let after_lower = text[..token_start]
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| c.is_lowercase() || c == ',');
    if !after_lower {
        return None;
    }
    let word_end = text[i..]
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(text.len(), |(j, _)| i + j);
    let token_end = token_end(text, word_end)?;
    let word = &text[i..word_end];
    if word.len() > MAX_WORD || Case::of(word) != Case::Capital {
        return None;
    }
    let before_lower = text[token_end..]
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    before_lower.then(|| word_key(word))
}

/// Where the token holding a word that starts at `word_start` starts, if only what the
/// counting pass trims from a token's ends (neither letter nor digit) stands between them;
/// None when a letter or digit does (the word is part of a longer one).
pub(super) fn token_start(text: &str, word_start: usize) -> Option<usize> {
    for (i, c) in text[..word_start].char_indices().rev() {
        if c.is_whitespace() {
            return Some(i + c.len_utf8());
        }
        if c.is_alphanumeric() {
            return None;
        }
    }
    Some(0)
}

/// Where the token holding a word that ends at `word_end` ends, as [`token_start`] has it.
pub(super) fn token_end(text: &str, word_end: usize) -> Option<usize> {
    for (i, c) in text[word_end..].char_indices() {
        if c.is_whitespace() {
            return Some(word_end + i);
        }
        if c.is_alphanumeric() {
            return None;
        }
    }
    Some(text.len())
}
