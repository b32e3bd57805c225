//! Renderers of a [`History`]: JSON, text and an HTML page of the timeline and the threads.
//! Versions are numbered from 1 for people (v1, v2, …) and from 0 in JSON.

pub mod html;
pub mod json;
pub mod text;
pub mod time;

use crate::compare::history::{Event, History, Thread};

/// The name of version `index` for people: `v1` for the first.
pub fn label(index: usize) -> String {
    format!("v{}", index + 1)
}

/// How a thread is named: the sentence it starts as, e.g. `v1 sentence 3` (both from 1).
pub fn thread_name(thread: &Thread) -> String {
    let first = thread.entries().first();
    let sentence = first.and_then(|e| e.sentence).map_or(0, |s| s + 1);
    format!("{} sentence {sentence}", label(thread.first_version()))
}

/// A thread's life in a few words: `added in v2, modified in v4, removed in v6` (a thread of
/// the first version starts `in v1`).
pub fn life(thread: &Thread) -> String {
    thread
        .entries()
        .iter()
        .filter(|e| e.kind != Event::Shared)
        .map(|e| match e.kind {
            Event::First => format!("in {}", label(e.version)),
            kind => format!("{} in {}", kind.name(), label(e.version)),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The threads that changed (added later, or reworded, moved or removed), with their indices.
pub fn changed_threads(history: &History) -> impl Iterator<Item = (usize, &Thread)> {
    history
        .threads()
        .iter()
        .enumerate()
        .filter(|(_, t)| t.is_changed())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::compare::Options;
    use crate::load::Document;

    #[test]
    fn a_life_names_each_change_and_its_version() {
        let texts = [
            "The dam held overnight. Crews watched the spillway.",
            "The dam held overnight. Crews watched the old spillway closely.",
            "The dam held overnight.",
        ];
        let documents = texts
            .iter()
            .map(|t| Arc::new(Document::from_text("v", t)))
            .collect();
        let history = History::new(documents, &Options::default());
        let thread = &history.threads()[history.thread_of(0, 1).unwrap()];
        assert_eq!(life(thread), "in v1, modified in v2, removed in v3");
        assert_eq!(thread_name(thread), "v1 sentence 2");
        let changed: Vec<usize> = changed_threads(&history).map(|(i, _)| i).collect();
        assert_eq!(changed, [1]);
    }
}
