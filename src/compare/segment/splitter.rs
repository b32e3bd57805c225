//! Sentences of a text: the scan over each paragraph, skipping to the bytes that can end a
//! sentence, asking the rules of `ending.rs` at each, and cutting the sentences out.

use std::ops::Range;

use super::evidence::Evidence;
use super::lists::{BULLETS, List, list_marker, mid_marker};
use super::paragraphs::paragraphs;

/// One sentence: its byte range in the text (trimmed of surrounding whitespace) and the
/// index of the paragraph it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Index of the paragraph, counting from 0.
    pub paragraph: usize,
}

impl Sentence {
    /// The byte range of the sentence.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Splits `text` into sentences, in order. Every non-whitespace character of the text
/// belongs to exactly one sentence; whitespace between sentences belongs to none.
pub fn segment(text: &str) -> Vec<Sentence> {
    let mut sentences = Vec::with_capacity(text.len() / 96 + 1);
    let evidence = Evidence::new(text);
    for (paragraph, range) in paragraphs(text).into_iter().enumerate() {
        let mut splitter = Splitter {
            text,
            evidence: &evidence,
            paragraph,
            sentences: &mut sentences,
        };
        splitter.split(range);
    }
    sentences
}

/// What the splitter decided at a candidate ending.
pub(super) enum Verdict {
    /// No boundary: resume scanning at this offset.
    Continue(usize),
    /// A sentence ends at this offset.
    Boundary(usize),
}

/// Bytes the scanner stops at: terminal punctuation, and the lead bytes of the non-ASCII
/// characters it acts on (…, ‽, bullets, CJK full stops).
const STOPS: [bool; 256] = stop_table(false);
/// The same plus whitespace, for lists whose next item may start after any space.
const STOPS_AND_SPACES: [bool; 256] = stop_table(true);

const fn stop_table(spaces: bool) -> [bool; 256] {
    let mut table = [false; 256];
    table[b'.' as usize] = true;
    table[b'?' as usize] = true;
    table[b'!' as usize] = true;
    table[0xE2] = true;
    table[0xE3] = true;
    table[0xEF] = true;
    if spaces {
        table[b' ' as usize] = true;
        table[b'\t' as usize] = true;
        table[b'\n' as usize] = true;
    }
    table
}

pub(super) const OPENERS: &[char] = &[
    '(', '[', '{', '"', '\'', '“', '‘', '«', '‹', '„', '‚', '¿', '¡', '*', '_', '「', '『', '（',
    '【', '〈', '《',
];
pub(super) const CLOSERS: &[char] = &[
    ')', ']', '}', '"', '\'', '”', '’', '»', '›', '“', '‘', '*', '_', '」', '』', '）', '】', '〉',
    '》',
];

/// Splits the paragraphs of one text, appending to its list of sentences.
pub(super) struct Splitter<'a> {
    pub(super) text: &'a str,
    pub(super) evidence: &'a Evidence<'a>,
    pub(super) paragraph: usize,
    pub(super) sentences: &'a mut Vec<Sentence>,
}

impl Splitter<'_> {
    /// Splits the paragraph `range` into sentences.
    pub(super) fn split(&mut self, range: Range<usize>) {
        let bytes = self.text.as_bytes();
        let end = range.end;
        let mut start = range.start;
        let (mut i, mut list) = list_marker(self.text, start, end);
        loop {
            // Skip to the next byte that can matter; most bytes are plain letters.
            let stops = if list == List::None {
                &STOPS
            } else {
                &STOPS_AND_SPACES
            };
            while i < end && !stops[bytes[i] as usize] {
                i += 1;
            }
            if i >= end {
                break;
            }
            let verdict = match bytes[i] {
                b'.' | b'?' | b'!' => self.terminal(start, i, end),
                b' ' | b'\t' | b'\n' => match mid_marker(self.text, i + 1, end, list) {
                    Some(_) => Verdict::Boundary(i),
                    None => Verdict::Continue(i + 1),
                },
                _ => {
                    let c = self.char_at(i);
                    match c {
                        '…' | '‽' => self.terminal(start, i, end),
                        '。' | '！' | '？' => {
                            Verdict::Boundary(self.skip_closers(i + c.len_utf8(), end))
                        }
                        // A bullet after a space starts a new item ("• 9. … • 10. …").
                        c if BULLETS.contains(&c)
                            && i > start
                            && self.char_before(i).is_some_and(char::is_whitespace) =>
                        {
                            Verdict::Boundary(i)
                        }
                        _ => Verdict::Continue(i + c.len_utf8()),
                    }
                }
            };
            match verdict {
                Verdict::Continue(next) => i = next,
                Verdict::Boundary(stop) => {
                    self.push(start, stop);
                    start = self.skip_space(stop, end);
                    (i, list) = list_marker(self.text, start, end);
                }
            }
        }
        self.push(start, end);
    }

    /// Adds the sentence `start..stop`, trimmed, unless it is blank.
    fn push(&mut self, start: usize, stop: usize) {
        let slice = &self.text[start..stop];
        let trimmed = slice.trim_start();
        let start = start + (slice.len() - trimmed.len());
        let stop = start + trimmed.trim_end().len();
        if start < stop {
            self.sentences.push(Sentence {
                start,
                end: stop,
                paragraph: self.paragraph,
            });
        }
    }

    /// The character at byte `i` (a space past the end).
    pub(super) fn char_at(&self, i: usize) -> char {
        self.text[i..].chars().next().unwrap_or(' ')
    }

    /// The character that ends just before byte `i`.
    pub(super) fn char_before(&self, i: usize) -> Option<char> {
        self.text[..i].chars().next_back()
    }

    /// The first byte from `i` on that is not whitespace (at most `end`).
    pub(super) fn skip_space(&self, mut i: usize, end: usize) -> usize {
        while i < end {
            let c = self.char_at(i);
            if !c.is_whitespace() {
                break;
            }
            i += c.len_utf8();
        }
        i
    }

    /// The first byte from `i` on that is not a closing quote or bracket (at most `end`).
    pub(super) fn skip_closers(&self, mut i: usize, end: usize) -> usize {
        while i < end {
            let c = self.char_at(i);
            if !CLOSERS.contains(&c) {
                break;
            }
            i += c.len_utf8();
        }
        i
    }
}
