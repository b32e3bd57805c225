//! Splitting an article into paragraphs and sentences, each a byte range of the original text.
//!
//! A rule-based splitter tuned for news prose: it scans each paragraph once, and at every
//! `.`, `?`, `!` or `…` decides from the word before and the word after whether a sentence
//! ends there (abbreviations, initials, numbers, ellipses, quotes, list items). Paragraph
//! breaks, and line breaks that are not soft wraps, always end a sentence.

mod case_counts;
mod ending;
mod evidence;
mod lexicon;
mod lists;
mod names;
mod paragraphs;
#[cfg(test)]
mod rules_tests;
mod splitter;
#[cfg(test)]
mod tests;

pub(crate) use lists::BULLETS;
pub use paragraphs::paragraphs;
pub use splitter::{Sentence, segment};
