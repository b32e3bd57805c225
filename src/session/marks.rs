//! Review marks: keyed by their change's sentence texts, stamped with the time they changed,
//! and merged per key (newest wins) so that two windows on one session keep each other's.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::{Session, now_ms};
use crate::compare::{Comparison, Kind, Row, Segmented};

/// Merges `other` into `marks`, per key newest `changed` wins; returns whether `marks`
/// changed. Keeps one mark per key (the first of `marks` if it held several). O(marks + other).
pub(super) fn merge(marks: &mut Vec<Mark>, other: &[Mark]) -> bool {
    let mut index: HashMap<MarkKey, usize> = HashMap::with_capacity(marks.len());
    for (i, mark) in marks.iter().enumerate() {
        index.entry(mark.key.clone()).or_insert(i);
    }
    let mut changed = false;
    for theirs in other {
        match index.get(&theirs.key).and_then(|&i| marks.get_mut(i)) {
            Some(mine) => {
                if theirs.beats(mine) {
                    *mine = theirs.clone();
                    changed = true;
                }
            }
            None => {
                index.insert(theirs.key.clone(), marks.len());
                marks.push(theirs.clone());
                changed = true;
            }
        }
    }
    changed
}

/// The review state of one change.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Review {
    /// Not looked at yet.
    #[default]
    Unreviewed,
    /// Checked and fine.
    Accepted,
    /// Needs attention.
    Flagged,
}

/// What a mark belongs to: the texts of its change's sentences (never a row number, which
/// changes whenever a source does).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct MarkKey {
    /// The left sentence of the change, if any.
    pub left: Option<String>,
    /// The right sentence of the change, if any.
    pub right: Option<String>,
}

/// The text of sentence `index` of `side`, if there is one.
fn sentence(side: &Segmented, index: usize) -> Option<&str> {
    let range = side.sentences.get(index)?.range();
    side.document.text.get(range)
}

/// Both sentence texts of `row`; `None` for a side the row does not have.
fn row_texts<'c>(comparison: &'c Comparison, row: &Row) -> (Option<&'c str>, Option<&'c str>) {
    (
        row.left.and_then(|l| sentence(&comparison.left, l)),
        row.right.and_then(|r| sentence(&comparison.right, r)),
    )
}

impl MarkKey {
    /// The key of `row` of `comparison`.
    pub fn for_row(comparison: &Comparison, row: &Row) -> MarkKey {
        let (left, right) = row_texts(comparison, row);
        MarkKey {
            left: left.map(str::to_string),
            right: right.map(str::to_string),
        }
    }

    /// Whether this is the key of `row` of `comparison` (without allocating: it is asked for
    /// every row shown, every frame).
    pub fn fits(&self, comparison: &Comparison, row: &Row) -> bool {
        let side = |key: &Option<String>, index: Option<usize>, of: &Segmented| match (key, index) {
            (None, None) => true,
            (Some(text), Some(i)) => sentence(of, i) == Some(text.as_str()),
            _ => false,
        };
        side(&self.left, row.left, &comparison.left)
            && side(&self.right, row.right, &comparison.right)
    }

    /// Borrowed texts, to look the key up among a comparison's rows.
    fn texts(&self) -> (Option<&str>, Option<&str>) {
        (self.left.as_deref(), self.right.as_deref())
    }
}

/// A review mark, attached to the change whose sentences have `key`'s texts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Mark {
    /// Which change ("left"/"right" stay top-level fields, as in schema 2).
    #[serde(flatten)]
    pub key: MarkKey,
    /// Accepted or flagged.
    #[serde(default)]
    pub review: Review,
    /// The reviewer's note.
    #[serde(default)]
    pub note: String,
    /// When it last changed, ms since 1970 (0 for marks migrated from schema 1 and 2).
    #[serde(default)]
    pub changed: u64,
}

impl Mark {
    /// Unreviewed and without a note: kept as a tombstone so that merging knows it was cleared.
    pub fn is_cleared(&self) -> bool {
        self.review == Review::Unreviewed && self.note.is_empty()
    }

    /// Whether this mark replaces `other` (of the same key) in a merge: the newer one wins.
    /// Equal stamps with different content are decided by the content alone, so that every
    /// window merging the same marks ends with the same result (a clearing wins).
    fn beats(&self, other: &Mark) -> bool {
        let rank = |m: &Mark| (m.is_cleared(), m.review as u8, m.note.clone());
        self.changed > other.changed
            || (self.changed == other.changed && self != other && rank(self) > rank(other))
    }
}

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

    /// Live marks that fit no row of `comparison` (after a source changed). O(rows + marks).
    pub fn orphan_marks(&self, comparison: &Comparison) -> Vec<&Mark> {
        let rows: HashSet<(Option<&str>, Option<&str>)> = comparison
            .rows
            .iter()
            .map(|row| row_texts(comparison, row))
            .collect();
        self.live_marks()
            .filter(|m| !rows.contains(&m.key.texts()))
            .collect()
    }

    /// How many changes (rows not shared) of `comparison` have a live mark that is not
    /// Unreviewed. O(rows + marks).
    pub fn reviewed(&self, comparison: &Comparison) -> usize {
        let reviewed: HashSet<(Option<&str>, Option<&str>)> = self
            .live_marks()
            .filter(|m| m.review != Review::Unreviewed)
            .map(|m| m.key.texts())
            .collect();
        comparison
            .rows
            .iter()
            .filter(|row| row.kind != Kind::Shared)
            .filter(|row| reviewed.contains(&row_texts(comparison, row)))
            .count()
    }
}
