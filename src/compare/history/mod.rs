//! A story's versions v1…vN compared: every consecutive step, and each sentence's thread (its
//! life across the versions), computed once.
//!
//! Step k is the [`Comparison`] of version k with version k + 1; the steps are independent and
//! computed in parallel ([`steps`]). The threads follow the rows of the steps ([`thread`]):
//! every sentence of every version is in exactly one thread.

pub mod order;
mod steps;
pub mod thread;

#[cfg(test)]
mod tests;

use std::sync::Arc;

use crate::compare::{Comparison, Options, Row, Segmented, segment};
use crate::load::Document;
pub use order::{Order, order};
pub use thread::{Entry, Event, Thread};

/// A series of versions of one story, compared: computed once, then only read.
#[derive(Clone, Debug)]
pub struct History {
    /// The versions in order, with their sentences.
    versions: Vec<Segmented>,
    /// Step k: version k against version k + 1.
    steps: Vec<Comparison>,
    /// One thread per sentence lineage.
    threads: Vec<Thread>,
    /// For each version, for each of its sentences, the index of its thread.
    thread_from_sentence: Vec<Vec<u32>>,
    /// The options it was computed with.
    options: Options,
}

impl History {
    /// Compares each of `documents` (in the order given) with the next, and follows every
    /// sentence across them. With one document there is no step and every sentence is a
    /// thread of its own; with none the history is empty.
    pub fn new(documents: Vec<Arc<Document>>, options: &Options) -> History {
        let steps = steps::compare_consecutive(&documents, options);
        let versions: Vec<Segmented> = match (steps.first(), documents.first()) {
            (Some(first), _) => std::iter::once(first.left.clone())
                .chain(steps.iter().map(|step| step.right.clone()))
                .collect(),
            (None, Some(only)) => vec![Segmented {
                sentences: segment::segment(&only.text),
                document: only.clone(),
            }],
            (None, None) => Vec::new(),
        };
        let first_count = versions.first().map_or(0, |v| v.sentences.len());
        let threads = thread::follow(first_count, &steps);
        History {
            versions,
            steps,
            threads: threads.threads,
            thread_from_sentence: threads.thread_from_sentence,
            options: options.clone(),
        }
    }

    /// The versions in order, each a document with its sentences.
    pub fn versions(&self) -> &[Segmented] {
        &self.versions
    }

    /// The consecutive comparisons: step k is version k against version k + 1.
    pub fn steps(&self) -> &[Comparison] {
        &self.steps
    }

    /// The comparison that leads into `version` (the previous version against it); `None`
    /// for version 0 and past the end.
    pub fn step_into(&self, version: usize) -> Option<&Comparison> {
        self.steps.get(version.checked_sub(1)?)
    }

    /// All threads: those of version 0 in sentence order, then those added in each later
    /// version, in that version's sentence order.
    pub fn threads(&self) -> &[Thread] {
        &self.threads
    }

    /// The index of the thread holding `sentence` of `version` (constant time), or `None`
    /// when there is no such sentence.
    pub fn thread_of(&self, version: usize, sentence: usize) -> Option<usize> {
        self.thread_from_sentence
            .get(version)?
            .get(sentence)
            .map(|&t| t as usize)
    }

    /// The row of the step into `entry.version` that made `entry` of `thread`: the pair or
    /// added row holding its sentence, or for a removal the row of the previous version's
    /// sentence. `None` for version 0 (nothing came before) and for an entry not in `thread`.
    pub fn row_of(&self, thread: usize, entry: &Entry) -> Option<&Row> {
        let step = self.step_into(entry.version)?;
        let index = match entry.sentence {
            Some(sentence) => *step.row_from_right.get(sentence)?,
            None => {
                let previous = self.threads.get(thread)?.at(entry.version - 1)?;
                *step.row_from_left.get(previous.sentence?)?
            }
        };
        step.rows.get(index)
    }

    /// The text of `sentence` of `version`, if there is one.
    pub fn sentence_text(&self, version: usize, sentence: usize) -> Option<&str> {
        let side = self.versions.get(version)?;
        let range = side.sentences.get(sentence)?.range();
        side.document.text.get(range)
    }

    /// The options it was computed with.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// True when every version is the same as the previous one under the options.
    pub fn is_identical(&self) -> bool {
        self.steps.iter().all(Comparison::is_identical)
    }
}
