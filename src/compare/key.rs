//! Sentence keys: what counts as "the same sentence" under the options (whitespace folded
//! always; case, punctuation and typography as asked), and the interner that turns keys into
//! small integers for the sentence diff.

use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHasher};

use super::Options;

/// Writes the comparison key of `sentence` into `out`: whitespace folded to single spaces
/// (and trimmed) always, then case, punctuation and typography folded as the options say.
pub fn key_into(sentence: &str, options: &Options, out: &mut String) {
    out.clear();
    let mut pending_space = false;
    for c in sentence.chars() {
        let c = if options.plain_typography {
            plain_char(c)
        } else {
            c
        };
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if options.ignore_punctuation && is_punctuation(c) {
            continue;
        }
        if std::mem::take(&mut pending_space) {
            out.push(' ');
        }
        fold_into(c, options, out);
    }
}

/// Appends `c` as the options fold it (after [`plain_char`]): "…" as "..." under plain
/// typography, lowercase under ignore-case. Sentence keys and word changes share this, so
/// what counts as the same sentence is what counts as the same word.
pub fn fold_into(c: char, options: &Options, out: &mut String) {
    if c == '…' && options.plain_typography {
        out.push_str("...");
    } else if options.ignore_case {
        out.extend(c.to_lowercase());
    } else {
        out.push(c);
    }
}

/// Byte offsets in `text` where whitespace must be folded: control whitespace, the first
/// space of a double space, non-ASCII spaces. A sentence with none of them inside is its own
/// key under the default options. Found with whole-text vectorised searches, once per text.
pub fn fold_positions(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out: Vec<usize> = memchr::memchr3_iter(b'\t', b'\n', b'\r', bytes)
        .chain(memchr::memchr2_iter(0x0b, 0x0c, bytes))
        .chain(memchr::memmem::find_iter(bytes, b"  "))
        .collect();
    // Non-ASCII whitespace starts with one of these lead bytes (U+0085, U+00A0, U+1680,
    // U+2000–U+205F, U+3000).
    out.extend(
        memchr::memchr3_iter(0xC2, 0xE1, 0xE2, bytes)
            .chain(memchr::memchr_iter(0xE3, bytes))
            .filter(|&i| {
                text.get(i..)
                    .and_then(|t| t.chars().next())
                    .is_some_and(char::is_whitespace)
            }),
    );
    out.sort_unstable();
    out
}

/// Maps typographic quotes, dashes and spaces to their plain forms.
pub fn plain_char(c: char) -> char {
    match c {
        '“' | '”' | '„' | '‟' | '″' | '«' | '»' => '"',
        '‘' | '’' | '‚' | '‛' | '′' | '‹' | '›' => '\'',
        '–' | '—' | '‒' | '―' | '−' | '‐' | '‑' => '-',
        '\u{a0}' | '\u{202f}' | '\u{2009}' => ' ',
        other => other,
    }
}

/// Punctuation and symbols: everything that is neither a letter, a digit nor whitespace.
pub fn is_punctuation(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}

/// The hash of `sentence`'s key under `options` (see [`Interner::id`] for `folds`); `buf` is
/// scratch space for building the key.
pub fn key_hash(sentence: &str, options: &Options, folds: bool, buf: &mut String) -> u64 {
    let plain = !(options.ignore_case || options.ignore_punctuation || options.plain_typography);
    let key: &str = if plain && !folds {
        sentence
    } else {
        key_into(sentence, options, buf);
        buf
    };
    let mut hasher = FxHasher::default();
    hasher.write(key.as_bytes());
    hasher.finish()
}

/// Interns sentence keys as small integers so that sequences of sentences diff as `u32`s.
///
/// Keys are looked up by hash; a hash hit is confirmed by comparing keys (cheaply, as the raw
/// sentences, when they are byte-equal), so equal ids always mean equal keys.
#[derive(Default)]
pub struct Interner<'t> {
    /// Key hash to the first id seen with that hash.
    by_hash: FxHashMap<u64, u32>,
    /// Keys whose hash collided with a different key's: the rare second chance.
    collided: FxHashMap<String, u32>,
    /// A sentence of each id.
    representatives: Vec<&'t str>,
    buf: String,
    other: String,
}

impl<'t> Interner<'t> {
    /// An interner with room for `n` distinct keys.
    pub fn with_capacity(n: usize) -> Interner<'t> {
        Interner {
            by_hash: FxHashMap::with_capacity_and_hasher(n, Default::default()),
            representatives: Vec::with_capacity(n),
            ..Interner::default()
        }
    }

    /// The id of `sentence`'s key under `options`. `folds` says whether its whitespace needs
    /// folding (see [`fold_positions`]); when it does not and no option is on, the sentence is
    /// hashed as it stands, with no key built.
    pub fn id(&mut self, sentence: &'t str, options: &Options, folds: bool) -> u32 {
        let hash = key_hash(sentence, options, folds, &mut self.buf);
        self.id_hashed(sentence, hash, options)
    }

    /// The id of `sentence`'s key, given its [`key_hash`] (hashes can be computed on other
    /// threads first).
    pub fn id_hashed(&mut self, sentence: &'t str, hash: u64, options: &Options) -> u32 {
        let next = self.representatives.len() as u32;
        let id = *self.by_hash.entry(hash).or_insert(next);
        if id == next {
            self.representatives.push(sentence);
            return id;
        }
        let representative = self.representatives[id as usize];
        if representative == sentence {
            return id;
        }
        key_into(sentence, options, &mut self.buf);
        key_into(representative, options, &mut self.other);
        if self.buf == self.other {
            return id;
        }
        let key = std::mem::take(&mut self.buf);
        *self.collided.entry(key).or_insert_with(|| {
            self.representatives.push(sentence);
            next
        })
    }

    /// Number of distinct keys (ids are `0..len`).
    pub fn len(&self) -> usize {
        self.representatives.len()
    }

    /// True when no key was interned.
    pub fn is_empty(&self) -> bool {
        self.representatives.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str, options: &Options) -> String {
        let mut out = String::new();
        key_into(text, options, &mut out);
        out
    }

    #[test]
    fn keys_fold_whitespace_and_options() {
        let plain = Options::default();
        assert_eq!(key("  The  call\n lasted ", &plain), "The call lasted");
        let case = Options {
            ignore_case: true,
            ..Options::default()
        };
        assert_eq!(key("The CALL", &case), "the call");
        let punct = Options {
            ignore_punctuation: true,
            ..Options::default()
        };
        assert_eq!(key("“Stop,” he said — now.", &punct), "Stop he said now");
        let typo = Options {
            plain_typography: true,
            ..Options::default()
        };
        assert_eq!(key("“It’s over” — 3–2…", &typo), "\"It's over\" - 3-2...");
        assert_ne!(key("“It’s over”", &plain), key("\"It's over\"", &plain));
        let text = "A b.\tC  d. E\u{a0}f. “G” h.";
        assert_eq!(fold_positions(text), vec![4, 6, 12]);
    }

    #[test]
    fn interned_ids_follow_keys() {
        let plain = Options::default();
        let mut interner = Interner::default();
        let a = interner.id("The call lasted.", &plain, false);
        assert_eq!(interner.id("The  call\nlasted.", &plain, true), a);
        assert_ne!(interner.id("The call lasted!", &plain, false), a);
        assert_ne!(interner.id("the call lasted.", &plain, false), a);
        let case = Options {
            ignore_case: true,
            ..Options::default()
        };
        let mut folded = Interner::default();
        assert_eq!(
            folded.id("The CALL lasted.", &case, false),
            folded.id("the call lasted.", &case, false)
        );
        assert_eq!(folded.len(), 1);
    }
}
