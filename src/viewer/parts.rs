//! Long sentences in parts: a sentence longer than [`PART_BYTES`] is shown as several parts,
//! each laid out on its own, so a giant "sentence" (a text without punctuation) is never one
//! giant layout.

use std::ops::Range;

/// Sentences longer than this many bytes are shown in parts of about this size.
pub const PART_BYTES: usize = 2048;

/// One entry of a pane's own sequence (unlinked scrolling): a part of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    /// The sentence.
    pub sentence: usize,
    /// The part of it.
    pub part: u32,
}

/// In how many parts a sentence of `len` bytes is shown.
pub fn part_count(len: usize) -> u32 {
    u32::try_from(len.div_ceil(PART_BYTES).max(1)).unwrap_or(u32::MAX)
}

/// The byte range of part `part` of the sentence at `range` of `text`: parts end after a
/// space near each multiple of [`PART_BYTES`], so words stay whole, and tile the sentence.
pub fn part_range(text: &str, range: Range<usize>, part: u32) -> Range<usize> {
    let count = part_count(range.end - range.start);
    let edge = |k: u32| -> usize {
        if k == 0 {
            return range.start;
        }
        if k >= count {
            return range.end;
        }
        let mut at = (range.start + k as usize * PART_BYTES).min(range.end);
        while at < range.end && !text.is_char_boundary(at) {
            at += 1;
        }
        let window = text.get(at..(at + 64).min(range.end)).unwrap_or("");
        match window.char_indices().find(|(_, c)| c.is_whitespace()) {
            // After the space, whatever its width (a no-break space is two bytes).
            Some((space, c)) => at + space + c.len_utf8(),
            None => at,
        }
    };
    edge(part)..edge(part + 1).max(edge(part))
}

/// A side's pane sequence: each sentence's parts in order, and each sentence's first item.
pub(super) fn items(sentences: &[crate::compare::Sentence]) -> (Vec<Item>, Vec<usize>) {
    let mut items = Vec::with_capacity(sentences.len());
    let mut first = Vec::with_capacity(sentences.len());
    for (sentence, s) in sentences.iter().enumerate() {
        first.push(items.len());
        for part in 0..part_count(s.end - s.start) {
            items.push(Item { sentence, part });
        }
    }
    (items, first)
}
