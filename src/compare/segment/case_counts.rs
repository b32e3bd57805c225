//! Case counts of every word of a text in one pass: how often each word is written in lower
//! case, and how often capitalised mid-sentence as a single-word name. What
//! [`super::evidence`] falls back to when it is asked about many different words.

use std::ops::Range;

use rustc_hash::FxHashMap;

/// Per word (lowercased): how often the text writes it in lower case ([`Case::Lower`]), and
/// how often it is capitalised in the middle of a sentence as a single-word name (after a
/// lower-case word or a comma and before a lower-case word, so "Agile Delivery Services" does
/// not count for "agile").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Counts {
    pub(super) lower: u32,
    pub(super) proper: u32,
}

impl Counts {
    /// True when the word is written in lower case more often than as a mid-sentence name.
    pub(super) fn is_ordinary(self) -> bool {
        self.lower > self.proper
    }
}

/// Words longer than this (in bytes) are not words the evidence is asked about.
pub(super) const MAX_WORD: usize = 48;

/// Every word's counts, keyed by [`word_key`].
pub(super) type AllCounts = FxHashMap<u64, Counts>;

/// How a word of letters is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Case {
    /// All in lower case ("agile"): the word is its own lower case and starts with a
    /// lower-case letter.
    Lower,
    /// Starting with a letter that is not lower case ("Agile", "AGILE", "東京").
    Capital,
    /// Neither ("iPhone").
    Mixed,
}

impl Case {
    /// The case of `word`, a word of letters.
    pub(super) fn of(word: &str) -> Case {
        if word.is_ascii() {
            return Case::of_ascii(word.as_bytes());
        }
        match word.chars().next() {
            Some(first) if first.is_lowercase() => {
                if word.to_lowercase() == word {
                    Case::Lower
                } else {
                    Case::Mixed
                }
            }
            _ => Case::Capital,
        }
    }

    /// The case of an ASCII word of letters.
    fn of_ascii(word: &[u8]) -> Case {
        match word.first() {
            Some(first) if first.is_ascii_lowercase() => {
                if word.iter().any(u8::is_ascii_uppercase) {
                    Case::Mixed
                } else {
                    Case::Lower
                }
            }
            _ => Case::Capital,
        }
    }
}

/// The hash of lowercase word bytes, eight at a time (the multiply-rotate step of FxHash).
fn hash_lower(lower: &[u8]) -> u64 {
    lower.chunks(8).fold(0u64, |hash, chunk| {
        let mut buf = [0u8; 8];
        buf[..chunk.len()].copy_from_slice(chunk);
        (hash.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(0x517c_c1b7_2722_0a95)
    })
}

/// [`hash_lower`] of the ASCII word of letters at `word` in `bytes`, lowercased on the way:
/// a letter's lower case is its 0x20 bit set, eight letters at once. Chunks are loaded
/// straight from the text where eight bytes are there to load (a copy into a buffer costs
/// more than the rest of the hash).
fn hash_ascii_letters(bytes: &[u8], word: Range<usize>) -> u64 {
    let mut hash = 0u64;
    let mut at = word.start;
    while at < word.end {
        let len = (word.end - at).min(8);
        let chunk = match bytes.get(at..at + 8) {
            Some(eight) => eight.try_into().map_or(0, u64::from_le_bytes),
            None => {
                let mut buf = [0u8; 8];
                buf[..len].copy_from_slice(&bytes[at..at + len]);
                u64::from_le_bytes(buf)
            }
        };
        let mask = u64::MAX >> (8 * (8 - len));
        let lower = (chunk & mask) | (0x2020_2020_2020_2020 & mask);
        hash = (hash.rotate_left(5) ^ lower).wrapping_mul(0x517c_c1b7_2722_0a95);
        at += len;
    }
    hash
}

/// The hash of a word's lowercase form: the same for "Agile", "agile" and "AGILE".
pub(super) fn word_key(word: &str) -> u64 {
    if word.bytes().all(|b| b.is_ascii_alphabetic()) {
        hash_ascii_letters(word.as_bytes(), 0..word.len())
    } else {
        hash_lower(word.to_lowercase().as_bytes())
    }
}

/// ASCII whitespace, as `char::is_whitespace` has it.
pub(super) const fn is_ascii_space(b: u8) -> bool {
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

/// Eight bytes at a time (SWAR): each constant or mask holds one value per byte.
const ONES: u64 = 0x0101_0101_0101_0101;
pub(super) const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is an ASCII byte in `lo..=hi`.
pub(super) fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let x7 = x & !HIGHS;
    // Adding 0x80 - lo sets a byte's high bit when it is at least lo; no byte overflows.
    let at_least_lo = (x7 + ONES * u64::from(0x80 - lo)) & HIGHS;
    let above_hi = (x7 + ONES * u64::from(0x7f - hi)) & HIGHS;
    at_least_lo & !above_hi & !(x & HIGHS)
}

/// The eight bytes at `at`, spaces past the end of the text.
pub(super) fn load(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(eight) => eight.try_into().map_or(0, u64::from_le_bytes),
        None => {
            let mut buf = [b' '; 8];
            let rest = &bytes[at.min(bytes.len())..];
            buf[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(buf)
        }
    }
}

/// A token of printable ASCII read eight bytes at a time: where it ends, and its word (from
/// its first to its last letter or digit) when that is all letters. None when the token
/// holds other bytes (non-ASCII, control characters): those take the general path.
fn ascii_token(bytes: &[u8], start: usize) -> Option<(usize, Option<Range<usize>>)> {
    let (mut first, mut last, mut first_gap) = (None, 0, None);
    let mut at = start;
    loop {
        let x = load(bytes, at);
        let stop = !in_range(x, 0x21, 0x7f) & HIGHS;
        let len = (stop.trailing_zeros() / 8) as usize;
        let inside = if len >= 8 {
            HIGHS
        } else {
            HIGHS & ((1u64 << (8 * len)) - 1)
        };
        let letters = in_range(x | (ONES * 0x20), b'a', b'z') & inside;
        let alnum = (letters | in_range(x, b'0', b'9')) & inside;
        if alnum != 0 {
            let low = at + (alnum.trailing_zeros() / 8) as usize;
            let f = *first.get_or_insert(low);
            last = at + ((63 - alnum.leading_zeros()) / 8) as usize;
            // The first byte after the word's start that is not a letter.
            let after_first = if f >= at {
                let bits = 8 * (f - at + 1) as u32;
                inside & u64::MAX.checked_shl(bits).unwrap_or(0)
            } else {
                inside
            };
            let gaps = after_first & !letters;
            if first_gap.is_none() && gaps != 0 {
                first_gap = Some(at + (gaps.trailing_zeros() / 8) as usize);
            }
        } else if let Some(f) = first {
            let gaps = inside & !letters;
            if first_gap.is_none() && gaps != 0 && f < at {
                first_gap = Some(at + (gaps.trailing_zeros() / 8) as usize);
            }
        }
        if len >= 8 {
            at += 8;
            continue;
        }
        let end = at + len;
        if end < bytes.len() && !is_ascii_space(bytes[end]) {
            return None;
        }
        // The gaps are looked for after the first character, so it is checked here.
        let word = first
            .filter(|&f| first_gap.is_none_or(|g| g > last) && bytes[f].is_ascii_alphabetic())
            .map(|f| f..last + 1);
        return Some((end, word));
    }
}

/// One pass over the whitespace-separated tokens of the text (as `split_whitespace` has
/// them), ASCII tokens eight bytes at a time: this runs over every word of a book-length
/// text.
pub(super) fn gather(text: &str) -> AllCounts {
    let bytes = text.as_bytes();
    let mut counts = AllCounts::default();
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
        let (first_lower, word) = match ascii_token(bytes, start) {
            Some((end, word)) => {
                i = end;
                let word = word.filter(|w| w.len() <= MAX_WORD).map(|w| {
                    let case = Case::of_ascii(&bytes[w.clone()]);
                    (hash_ascii_letters(bytes, w), case)
                });
                (bytes[start].is_ascii_lowercase(), word)
            }
            None => {
                while i < bytes.len() && space_at(text, i) == 0 {
                    i += 1;
                }
                let token = &text[start..i];
                let first_lower = token.chars().next().is_some_and(char::is_lowercase);
                (first_lower, word_of(token))
            }
        };
        if let Some(key) = pending.take()
            && first_lower
        {
            bump(&mut counts, key, |c| c.proper += 1);
        }
        match word {
            Some((key, Case::Lower)) => bump(&mut counts, key, |c| c.lower += 1),
            Some((key, Case::Capital)) if after_lower => pending = Some(key),
            _ => {}
        }
        after_lower = text[start..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_lowercase() || c == ',');
    }
    counts
}

/// Counts one use of the word `key`. Looked up before it is inserted: nearly every word has
/// been seen before, and the lookup is the cheap, inlined path.
fn bump(counts: &mut AllCounts, key: u64, count: impl Fn(&mut Counts)) {
    match counts.get_mut(&key) {
        Some(c) => count(c),
        None => count(counts.entry(key).or_default()),
    }
}

/// The word of a token with non-ASCII characters (trimmed of what is not a letter or digit)
/// if it is all letters and not too long: its key, and how it is written.
pub(super) fn word_of(token: &str) -> Option<(u64, Case)> {
    let word = token.trim_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() || word.len() > MAX_WORD || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    Some((word_key(word), Case::of(word)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_and_short_tokens_read_eight_bytes_at_a_time_count_as_one_by_one() {
        // Words across the eight-byte chunks, punctuation inside and around them, digits,
        // and tokens the general path takes (accents, control characters).
        let text = "extraordinarily, (parenthesised) don't U.S. b2b x 12 7 2abc “quoted” \
                    counterrevolutionaries élan\u{1}bell hyphen-ated abc.def Extraordinarily";
        let slow = |text: &str| -> Vec<Option<(u64, Case)>> {
            text.split_whitespace().map(word_of).collect()
        };
        let bytes = text.as_bytes();
        let mut fast = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if space_at(text, i) > 0 {
                i += 1;
                continue;
            }
            match ascii_token(bytes, i) {
                Some((end, word)) => {
                    let key = word.map(|w| {
                        let case = Case::of_ascii(&bytes[w.clone()]);
                        (hash_ascii_letters(bytes, w), case)
                    });
                    fast.push(key);
                    i = end;
                }
                None => {
                    let end = text[i..]
                        .find(char::is_whitespace)
                        .map_or(text.len(), |e| i + e);
                    fast.push(word_of(&text[i..end]));
                    i = end;
                }
            }
        }
        assert_eq!(fast, slow(text));
        assert!(fast.iter().filter(|w| w.is_some()).count() >= 6, "{fast:?}");
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
        // Lower case is all lower case: "iPhone" counts as neither, "IPHONE" as a name.
        let counts = gather("an iPhone and an iphone, the IPHONE went");
        let iphone = counts.get(&word_key("iPhone")).map(|c| (c.lower, c.proper));
        assert_eq!(iphone, Some((1, 1)));
        assert_eq!(Case::of("ärger"), Case::Lower);
        assert_eq!(Case::of("äRGER"), Case::Mixed);
        assert_eq!(Case::of("Ärger"), Case::Capital);
    }
}
