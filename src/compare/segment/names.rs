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
    let token_start = edge(
        text[..i]
            .char_indices()
            .rev()
            .map(|(j, c)| (c, j + c.len_utf8())),
    )?
    .unwrap_or(0);
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
    let token_end = edge(
        text[word_end..]
            .char_indices()
            .map(|(j, c)| (c, word_end + j)),
    )?
    .unwrap_or(text.len());
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

/// Walks `chars` away from a word over what the counting pass trims from a token's ends, each
/// character with the offset where the token ends if that character is a space: Some(that
/// offset) at a space (None at the text's end), None at a letter or digit (the word is part
/// of a longer one, or has digits).
pub(super) fn edge(chars: impl Iterator<Item = (char, usize)>) -> Option<Option<usize>> {
    for (c, token_edge) in chars {
        if c.is_whitespace() {
            return Some(Some(token_edge));
        }
        if c.is_alphanumeric() {
            return None;
        }
    }
    Some(None)
}
