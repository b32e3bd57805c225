//! Review marks: keyed by their change's sentence texts, stamped with the time they changed,
//! and merged per key (newest wins) so that two windows on one session keep each other's.
//! What a session does with its marks is in `review.rs`.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::compare::{Comparison, Row, Segmented};

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

/// Renumbers `marks`, written when the versions' texts had the hashes `written`, to the
/// versions' order now (`now`): a mark stays on the texts it was made on when another window,
/// or this one before a reorder, saved it. A version whose text is not found keeps its number
/// (its source was reloaded). Equal texts are matched in order.
pub(super) fn renumber(marks: &mut [Mark], written: &[String], now: &[String]) {
    if written == now {
        return;
    }
    let mut used = vec![false; now.len()];
    let mut index_from_written: Vec<usize> = (0..written.len()).collect();
    for (old, hash) in written.iter().enumerate() {
        let found = (0..now.len()).find(|&j| !used[j] && now.get(j) == Some(hash));
        if let Some(j) = found {
            used[j] = true;
            index_from_written[old] = j;
        }
    }
    let moved = |old: usize| index_from_written.get(old).copied().unwrap_or(old);
    for mark in marks {
        mark.key.renumber(moved);
    }
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

/// What a mark belongs to: a pair of versions and the texts of its change's sentences (never
/// a row number, which changes whenever a source does).
///
/// The key is oriented from the earlier version to the later one whichever way the panes show
/// them, so that swapping the sides never changes a mark.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct MarkKey {
    /// The two versions compared, earlier first (`[0, 1]` in files before schema 4).
    #[serde(skip_serializing_if = "is_first_pair")]
    pub versions: [usize; 2],
    /// The sentence of the change in the earlier version, if any.
    pub left: Option<String>,
    /// The sentence of the change in the later version, if any.
    pub right: Option<String>,
}

impl Default for MarkKey {
    fn default() -> Self {
        MarkKey {
            versions: [0, 1],
            left: None,
            right: None,
        }
    }
}

fn is_first_pair(versions: &[usize; 2]) -> bool {
    *versions == [0, 1]
}

/// The key's orientation of a change shown with `pair` (left, right): the versions earlier
/// first, and the texts in that order.
pub fn oriented<T>(pair: [usize; 2], left: T, right: T) -> ([usize; 2], T, T) {
    if pair[0] <= pair[1] {
        (pair, left, right)
    } else {
        ([pair[1], pair[0]], right, left)
    }
}

/// The text of sentence `index` of `side`, if there is one.
fn sentence(side: &Segmented, index: usize) -> Option<&str> {
    let range = side.sentences.get(index)?.range();
    side.document.text.get(range)
}

/// Both sentence texts of `row`; `None` for a side the row does not have.
pub(super) fn row_texts<'c>(
    comparison: &'c Comparison,
    row: &Row,
) -> (Option<&'c str>, Option<&'c str>) {
    (
        row.left.and_then(|l| sentence(&comparison.left, l)),
        row.right.and_then(|r| sentence(&comparison.right, r)),
    )
}

/// The versions and texts of `row` of `comparison` showing `pair`, oriented as keys are.
pub(super) fn row_key_texts<'c>(
    pair: [usize; 2],
    comparison: &'c Comparison,
    row: &Row,
) -> ([usize; 2], Option<&'c str>, Option<&'c str>) {
    let (left, right) = row_texts(comparison, row);
    oriented(pair, left, right)
}

impl MarkKey {
    /// The key of `row` of `comparison`, which shows versions `pair` (left, right).
    pub fn for_row(pair: [usize; 2], comparison: &Comparison, row: &Row) -> MarkKey {
        let (left, right) = row_texts(comparison, row);
        let (versions, left, right) = oriented(pair, left, right);
        MarkKey {
            versions,
            left: left.map(str::to_string),
            right: right.map(str::to_string),
        }
    }

    /// Whether this is the key of `row` of `comparison` showing `pair` (without allocating:
    /// it is asked for every row shown, every frame).
    pub fn fits(&self, pair: [usize; 2], comparison: &Comparison, row: &Row) -> bool {
        let side = |key: &Option<String>, index: Option<usize>, of: &Segmented| match (key, index) {
            (None, None) => true,
            (Some(text), Some(i)) => sentence(of, i) == Some(text.as_str()),
            _ => false,
        };
        let (versions, left, right) = oriented(pair, &self.left, &self.right);
        // `oriented` is its own inverse: it turns the key back to the panes' orientation.
        versions == self.versions
            && side(left, row.left, &comparison.left)
            && side(right, row.right, &comparison.right)
    }

    /// Gives the key's versions their new numbers (`moved` maps old to new), keeping it
    /// oriented from the earlier version to the later one.
    pub(super) fn renumber(&mut self, moved: impl Fn(usize) -> usize) {
        let [a, b] = self.versions.map(moved);
        if a > b {
            std::mem::swap(&mut self.left, &mut self.right);
        }
        self.versions = [a.min(b), a.max(b)];
    }

    /// Borrowed versions and texts, to look the key up among a comparison's rows.
    pub(super) fn texts(&self) -> ([usize; 2], Option<&str>, Option<&str>) {
        (self.versions, self.left.as_deref(), self.right.as_deref())
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
