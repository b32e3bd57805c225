//! What the reviewer does to a session's marks: set a review or a note, merge another
//! window's marks, count the reviewed changes and list the orphans.

use std::collections::HashSet;

use super::clock::now_ms;
use super::marks::{Mark, MarkKey, Review, merge, row_key_texts};
use super::model::Session;
use crate::compare::{Comparison, Kind};

impl Session {
    /// The live (not cleared) mark of `key`.
    pub fn mark(&self, key: &MarkKey) -> Option<&Mark> {
        self.live_marks().find(|m| &m.key == key)
    }

    /// Live marks.
    pub fn live_marks(&self) -> impl Iterator<Item = &Mark> {
        self.marks.iter().filter(|m| !m.is_cleared())
    }

    /// Sets the review, keeps the note; stamps `changed` with now (strictly after the mark's
    /// previous stamp, so two quick changes are ordered). Unreviewed + no note leaves a
    /// tombstone.
    pub fn set_review(&mut self, key: MarkKey, review: Review) {
        self.edit_mark(key, |m| m.review = review);
    }

    /// Sets the note, keeps the review; stamps `changed` as [`Session::set_review`] does.
    pub fn set_note(&mut self, key: MarkKey, note: &str) {
        self.edit_mark(key, |m| m.note = note.to_string());
    }

    fn edit_mark(&mut self, key: MarkKey, edit: impl FnOnce(&mut Mark)) {
        let now = now_ms();
        if let Some(mark) = self.marks.iter_mut().find(|m| m.key == key) {
            edit(mark);
            mark.changed = now.max(mark.changed.saturating_add(1));
            return;
        }
        let mut mark = Mark {
            key,
            changed: now,
            ..Mark::default()
        };
        edit(&mut mark);
        // Clearing a mark this window never had needs no tombstone: it would only erase
        // another window's mark the reviewer here has not seen.
        if !mark.is_cleared() {
            self.marks.push(mark);
        }
    }

    /// Merges marks from elsewhere (another window's save), per key newest `changed` wins.
    /// Returns whether this session's marks changed.
    pub fn merge_marks(&mut self, other: &[Mark]) -> bool {
        merge(&mut self.marks, other)
    }

    /// Live marks of the versions `comparison` shows (`pair`) that fit none of its rows
    /// (after a source changed). Marks of other pairs of versions are not orphans: they wait
    /// for their pair. O(rows + marks).
    pub fn orphan_marks(&self, pair: [usize; 2], comparison: &Comparison) -> Vec<&Mark> {
        let rows: HashSet<([usize; 2], Option<&str>, Option<&str>)> = comparison
            .rows
            .iter()
            .map(|row| row_key_texts(pair, comparison, row))
            .collect();
        let (versions, _, _) = super::marks::oriented(pair, (), ());
        self.live_marks()
            .filter(|m| m.key.versions == versions && !rows.contains(&m.key.texts()))
            .collect()
    }

    /// How many changes (rows not shared) of `comparison`, showing versions `pair`, have a
    /// live mark that is not Unreviewed. O(rows + marks).
    pub fn reviewed(&self, pair: [usize; 2], comparison: &Comparison) -> usize {
        let reviewed: HashSet<([usize; 2], Option<&str>, Option<&str>)> = self
            .live_marks()
            .filter(|m| m.review != Review::Unreviewed)
            .map(|m| m.key.texts())
            .collect();
        comparison
            .rows
            .iter()
            .filter(|row| row.kind != Kind::Shared)
            .filter(|row| reviewed.contains(&row_key_texts(pair, comparison, row)))
            .count()
    }
}

impl Session {
    /// Moves version `from` to position `to` (a story's versions put in another order),
    /// keeping every mark on its versions and the panes on theirs. Returns whether anything
    /// moved (both must be versions, and different).
    pub fn move_version(&mut self, from: usize, to: usize) -> bool {
        let count = self.versions.len();
        if from == to || from >= count || to >= count {
            return false;
        }
        let shown = self.pair();
        let version = self.versions.remove(from);
        self.versions.insert(to, version);
        // Where each old index went.
        let moved = |old: usize| {
            if old == from {
                to
            } else if from < to && old > from && old <= to {
                old - 1
            } else if to < from && old >= to && old < from {
                old + 1
            } else {
                old
            }
        };
        for mark in &mut self.marks {
            mark.key.renumber(moved);
        }
        self.pair = shown.map(moved);
        true
    }
}
