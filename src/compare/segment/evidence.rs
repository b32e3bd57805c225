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

/// Words longer than this (in bytes) are not words the evidence is asked about.
const MAX_WORD: usize = 48;

/// Case evidence for one text, gathered on first use (most texts never need it).
pub(super) struct Evidence<'t> {
    text: &'t str,
    /// Keyed by the hash of the lowercased word ([`word_key`]): counting a book-length text
    /// then allocates nothing per word.
    counts: OnceCell<FxHashMap<u64, Counts>>,
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
        if word.is_empty() || word.len() > MAX_WORD {
            return false;
        }
        let counts = self.counts.get_or_init(|| gather(self.text));
        counts
            .get(&word_key(word))
            .is_some_and(|c| c.lower > c.proper)
    }
}

/// Hashes a word eight bytes at a time (the multiply-rotate step of FxHash): the ASCII path
/// feeds lowercased bytes straight from the text.
#[derive(Clone, Copy, Default)]
struct KeyHasher {
    hash: u64,
    chunk: u64,
    filled: u32,
}

impl KeyHasher {
    fn feed(mut self, b: u8) -> KeyHasher {
        self.chunk |= u64::from(b) << (8 * self.filled);
        self.filled += 1;
        if self.filled == 8 {
            self = self.flush();
        }
        self
    }

    fn flush(self) -> KeyHasher {
        KeyHasher {
            hash: (self.hash.rotate_left(5) ^ self.chunk).wrapping_mul(0x517c_c1b7_2722_0a95),
            chunk: 0,
            filled: 0,
        }
    }

    fn finish(self) -> u64 {
        if self.filled == 0 {
            self.hash
        } else {
            self.flush().hash
        }
    }
}

/// The hash of a word's lowercase form: the same for "Agile", "agile" and "AGILE".
fn word_key(word: &str) -> u64 {
    let start = KeyHasher::default();
    if word.is_ascii() {
        let lower = word.bytes().map(|b| b.to_ascii_lowercase());
        lower.fold(start, KeyHasher::feed).finish()
    } else {
        word.to_lowercase()
            .bytes()
            .fold(start, KeyHasher::feed)
            .finish()
    }
}

/// ASCII whitespace, as `char::is_whitespace` has it.
const fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The length of the whitespace character at byte `i` of `text`, or 0 when it is none. Only
/// these lead bytes start a non-ASCII space (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000).
fn space_at(text: &str, i: usize) -> usize {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return usize::from(is_ascii_space(b));
    }
    if !matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3) {
        return 0;
    }
    match text[i..].chars().next() {
        Some(c) if c.is_whitespace() => c.len_utf8(),
        _ => 0,
    }
}

/// One pass over the whitespace-separated tokens of the text (as `split_whitespace` has
/// them), byte by byte: this runs over every word of a book-length text.
fn gather(text: &str) -> FxHashMap<u64, Counts> {
    let bytes = text.as_bytes();
    let mut counts: FxHashMap<u64, Counts> = FxHashMap::default();
    // A capitalised word after a lower-case one, waiting to see whether a lower-case word
    // follows it.
    let mut pending: Option<u64> = None;
    let mut after_lower = false;
    let mut i = 0;
    while i < bytes.len() {
        let space = space_at(text, i);
        if space > 0 {
            i += space;
            continue;
        }
        let start = i;
        let mut ascii = true;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if is_ascii_space(b) {
                    break;
                }
            } else {
                ascii = false;
                if space_at(text, i) > 0 {
                    break;
                }
            }
            i += 1;
        }
        let token = &text[start..i];
        if let Some(key) = pending.take()
            && token.chars().next().is_some_and(char::is_lowercase)
        {
            counts.entry(key).or_default().proper += 1;
        }
        match word_of(token, ascii) {
            Some((key, true)) => counts.entry(key).or_default().lower += 1,
            Some((key, false)) if after_lower => pending = Some(key),
            _ => {}
        }
        after_lower = token
            .chars()
            .next_back()
            .is_some_and(|c| c.is_lowercase() || c == ',');
    }
    counts
}

/// The word of a token (trimmed of what is not a letter or digit) if it is all letters and
/// not too long: its key, and whether it is written in lower case.
fn word_of(token: &str, ascii: bool) -> Option<(u64, bool)> {
    if ascii {
        let bytes = token.as_bytes();
        let start = bytes.iter().position(u8::is_ascii_alphanumeric)?;
        let end = bytes.iter().rposition(u8::is_ascii_alphanumeric)? + 1;
        let word = &bytes[start..end];
        if word.len() > MAX_WORD {
            return None;
        }
        let mut hash = KeyHasher::default();
        for &b in word {
            if !b.is_ascii_alphabetic() {
                return None;
            }
            // A letter's lower case is its 0x20 bit set.
            hash = hash.feed(b | 0x20);
        }
        return Some((hash.finish(), word[0].is_ascii_lowercase()));
    }
    let word = token.trim_matches(|c: char| !c.is_alphanumeric());
    let first = word.chars().next()?;
    if word.len() > MAX_WORD || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    Some((word_key(word), first.is_lowercase()))
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

    #[test]
    fn words_are_found_between_any_spaces() {
        // Names count only between lower-case words; every kind of space separates.
        let text = "ask\u{a0}Lee\u{3000}now, then\u{2028}Lee\tleft and Lee\u{85}went.";
        let counts = gather(text);
        let lee = counts.get(&word_key("LEE")).map(|c| (c.lower, c.proper));
        assert_eq!(lee, Some((0, 3)));
        assert_eq!(counts.get(&word_key("Now")).map(|c| c.lower), Some(1));
        // Words with digits or too long are no words; punctuation around them is.
        let counts = gather("b2b “quoted” (x) Élan");
        assert!(!counts.contains_key(&word_key("b2b")));
        assert_eq!(counts.get(&word_key("QUOTED")).map(|c| c.lower), Some(1));
        assert!(
            !counts.contains_key(&word_key("élan")),
            "not after a lower-case word"
        );
    }
}
