//! Review marks: accept, flag and note the current change. Marks live in the session, keyed by
//! the change's sentence texts; the marks by row are derived from them whenever either changes.

use super::action::{NoteField, Tone};
use super::model::Viewer;
use super::nav;
use super::schedule::MARK_DELAY;
use super::shown::RowMark;
use crate::session::{MarkKey, Review};

impl Viewer {
    /// Derives the marks by row from the session's marks (after either changed).
    pub(super) fn refresh_reviews(&mut self) {
        self.reviews.clear();
        self.reviewed = 0;
        let Some(shown) = &self.shown else { return };
        for mark in self.session.live_marks() {
            if let Some(row) = shown.row_of(&mark.key) {
                self.reviews.insert(
                    row,
                    RowMark {
                        review: mark.review,
                        note: mark.note.clone(),
                    },
                );
            }
        }
        self.reviewed = self.reviews.values().filter(|m| m.is_reviewed()).count();
        self.session.progress = self.progress();
    }

    /// The key of the current change, or a hint of how to get one.
    fn current_key(&mut self, what: &str) -> Option<MarkKey> {
        if self.awaiting {
            // The changes shown are about to be replaced: a mark now could land on the wrong one.
            self.say(
                Tone::Info,
                "Comparing… mark the change when the comparison is shown.",
            );
            return None;
        }
        let shown = self.shown.as_ref()?;
        let key = nav::current_row(&self.session.view, &shown.lines)
            .and_then(|row| shown.comparison.rows.get(row))
            .map(|row| shown.key_of(row));
        if key.is_none() {
            self.say(
                Tone::Info,
                format!("Go to a change first (F7), then press {what}."),
            );
        }
        key
    }

    /// Accepts or flags the current change (the same again unmarks it).
    pub(super) fn review_current(&mut self, review: Review) {
        let Some(key) = self.current_key("A to accept it or F to flag it") else {
            return;
        };
        let now = self.session.mark(&key).map(|m| m.review);
        let next = if now == Some(review) {
            Review::Unreviewed
        } else {
            review
        };
        self.session.set_review(key, next);
        self.marks_changed();
    }

    /// Opens the note field on the current change.
    pub(super) fn edit_note(&mut self) {
        let Some(key) = self.current_key("N to write a note on it") else {
            return;
        };
        let text = self
            .session
            .mark(&key)
            .map(|m| m.note.clone())
            .unwrap_or_default();
        let focus_requests = self.note.as_ref().map_or(1, |n| n.focus_requests + 1);
        self.note = Some(NoteField {
            key,
            text,
            focus_requests,
        });
    }

    /// Keeps `text` as the note of the change `key` names (wherever it is now).
    pub(super) fn set_note(&mut self, key: MarkKey, text: &str) {
        self.session.set_note(key, text);
        self.marks_changed();
    }

    /// A mark changed: redraw the marks and save at once.
    fn marks_changed(&mut self) {
        self.refresh_reviews();
        self.saver.touch_record(MARK_DELAY);
    }

    /// Goes to the next change with no review mark.
    pub(super) fn next_unreviewed(&mut self) {
        let Some(shown) = self.shown.clone() else {
            return;
        };
        let lines = &shown.lines;
        let count = lines.stops.len();
        let start = self.session.view.current_change.map_or(0, |c| c + 1);
        let found = (0..count).map(|k| (start + k) % count).find(|&stop| {
            let row = lines.aligned.get(lines.stops[stop]).map(|l| l.row);
            row.and_then(|r| self.reviews.get(&r))
                .is_none_or(|m| !m.is_reviewed())
        });
        match found {
            Some(stop) => {
                self.nav.go_to_stop(&mut self.session.view, lines, stop);
                self.saver.touch_view();
            }
            None if count > 0 => self.say(Tone::Success, "Every change is reviewed."),
            None => self.say(Tone::Info, "There are no changes to review."),
        }
    }

    /// Lists review marks that no longer fit any change, so none is dropped silently.
    pub(super) fn report_orphans(&mut self) {
        let Some(shown) = &self.shown else { return };
        if self.missing.iter().any(Option::is_some) {
            return;
        }
        // Marks of other pairs of versions wait for their pair: they are not orphans here.
        let (versions, (), ()) = crate::session::oriented(shown.pair, (), ());
        let orphans: Vec<String> = self
            .session
            .live_marks()
            .filter(|m| m.key.versions == versions && shown.row_of(&m.key).is_none())
            .map(|m| {
                let text = m
                    .key
                    .right
                    .as_deref()
                    .or(m.key.left.as_deref())
                    .unwrap_or("");
                format!("“{text}”")
            })
            .collect();
        if !orphans.is_empty() {
            self.say(
                Tone::Info,
                format!(
                    "These review marks no longer match a change and are kept aside: {}",
                    orphans.join("; ")
                ),
            );
        }
    }
}
