//! Threads: each sentence's life across the versions of a story, followed through the rows of
//! the consecutive comparisons.

use crate::compare::{Comparison, Kind};

/// What happened to a sentence lineage at one version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Event {
    /// In the first version (version 0).
    First,
    /// New in this version: not paired with any sentence of the previous one.
    Added,
    /// The same as in the previous version, in the same place.
    Shared,
    /// Reworded since the previous version.
    Modified,
    /// Moved (possibly edited) since the previous version.
    Moved,
    /// Gone from this version: the thread ends here, with no sentence.
    Removed,
}

impl Event {
    /// The lowercase name used in reports (`first`, `added`, `shared`, …).
    pub fn name(self) -> &'static str {
        match self {
            Event::First => "first",
            Event::Added => "added",
            Event::Shared => "shared",
            Event::Modified => "modified",
            Event::Moved => "moved",
            Event::Removed => "removed",
        }
    }

    /// The comparison kind this event shows as (`first` shows as shared).
    pub fn kind(self) -> Kind {
        match self {
            Event::First | Event::Shared => Kind::Shared,
            Event::Added => Kind::Added,
            Event::Modified => Kind::Modified,
            Event::Moved => Kind::Moved,
            Event::Removed => Kind::Removed,
        }
    }

    /// Whether the sentence's wording or place changed at this event (not `first`, not
    /// `shared`).
    pub fn is_change(self) -> bool {
        !matches!(self, Event::First | Event::Shared)
    }
}

/// One version of a thread: which sentence of that version it is, and what happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The version (index into the history's versions).
    pub version: usize,
    /// The sentence's index in that version; `None` only for [`Event::Removed`].
    pub sentence: Option<usize>,
    /// What happened to it since the previous version.
    pub kind: Event,
}

/// One sentence lineage: one entry per version, from the version where it appears (`first`
/// in version 0, `added` later) to the last version or the one where it is removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Thread {
    entries: Vec<Entry>,
}

impl Thread {
    /// The entries, one per version, in version order (never empty).
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The version where the sentence first appears.
    pub fn first_version(&self) -> usize {
        self.entries.first().map_or(0, |e| e.version)
    }

    /// The last version with an entry (the removal, if it was removed).
    pub fn last_version(&self) -> usize {
        self.entries.last().map_or(0, |e| e.version)
    }

    /// The entry for `version`, if the thread spans it (constant time: entries are one per
    /// version without gaps).
    pub fn at(&self, version: usize) -> Option<&Entry> {
        let offset = version.checked_sub(self.first_version())?;
        self.entries.get(offset)
    }

    /// The version where it was removed, if it was.
    pub fn removed_in(&self) -> Option<usize> {
        self.entries
            .last()
            .filter(|e| e.kind == Event::Removed)
            .map(|e| e.version)
    }

    /// Whether anything happened to it after the first version: it was added later, or
    /// reworded, moved or removed at some point.
    pub fn is_changed(&self) -> bool {
        self.entries.iter().any(|e| e.kind.is_change())
    }
}

/// Marks a sentence that no row has placed yet.
const UNPLACED: u32 = u32::MAX;

/// The threads of a series of versions, and for each version, each sentence's thread.
pub(super) struct Threads {
    /// All threads: those of version 0 in sentence order, then those added in each later
    /// version, in that version's sentence order.
    pub threads: Vec<Thread>,
    /// For each version, for each of its sentences, the index of its thread.
    pub thread_from_sentence: Vec<Vec<u32>>,
}

/// Follows every sentence of version 0 (which has `first_count` sentences) through the
/// consecutive comparisons `steps` (step k compares version k with version k + 1): a row
/// pairing two sentences continues the left sentence's thread; a removed row ends it; a
/// sentence in no pair starts a new thread. Rows pair sentences one to one, so a split
/// continues with the piece the comparison paired (the one carrying most of the text) and the
/// other pieces start threads of their own; a merge continues the thread of the paired part,
/// while the other parts end as removed.
pub(super) fn follow(first_count: usize, steps: &[Comparison]) -> Threads {
    let mut threads: Vec<Thread> = (0..first_count)
        .map(|s| Thread {
            entries: vec![Entry {
                version: 0,
                sentence: Some(s),
                kind: Event::First,
            }],
        })
        .collect();
    let mut thread_from_sentence: Vec<Vec<u32>> = Vec::with_capacity(steps.len() + 1);
    thread_from_sentence.push((0..first_count as u32).collect());
    for (k, step) in steps.iter().enumerate() {
        let version = k + 1;
        let previous = &thread_from_sentence[k];
        let mut current = vec![UNPLACED; step.right.sentences.len()];
        for row in &step.rows {
            // Every left sentence is in exactly one row (the comparison's contract), so
            // every thread alive in the previous version gets exactly one entry here.
            let Some(&thread) = row.left.and_then(|l| previous.get(l)) else {
                continue;
            };
            let (sentence, kind) = match (row.kind, row.right) {
                (Kind::Shared, Some(r)) => (Some(r), Event::Shared),
                (Kind::Modified, Some(r)) => (Some(r), Event::Modified),
                (Kind::Moved, Some(r)) => (Some(r), Event::Moved),
                _ => (None, Event::Removed),
            };
            if let Some(slot) = sentence.and_then(|r| current.get_mut(r)) {
                *slot = thread;
            }
            threads[thread as usize].entries.push(Entry {
                version,
                sentence,
                kind,
            });
        }
        for (r, slot) in current.iter_mut().enumerate() {
            if *slot == UNPLACED {
                *slot = threads.len() as u32;
                threads.push(Thread {
                    entries: vec![Entry {
                        version,
                        sentence: Some(r),
                        kind: Event::Added,
                    }],
                });
            }
        }
        thread_from_sentence.push(current);
    }
    Threads {
        threads,
        thread_from_sentence,
    }
}
