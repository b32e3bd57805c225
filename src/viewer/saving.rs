//! Saving, always on a worker: a review mark reaches the disk at once (only the small record is
//! written; the texts were written once), options shortly after, the reading position rarely.
//! Every couple of seconds the record's stamp is checked, so that marks saved by another window
//! on the same review are merged in and shown.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::action::Tone;
use super::jobs::{Done, SaveKind};
use super::model::Viewer;
use super::open;
use super::schedule::{MARK_DELAY, POLL_EVERY};
use crate::session::{Parts, SessionId, Stamp};

impl Viewer {
    fn can_save(&self) -> bool {
        self.store.is_some() && self.shown.is_some() && self.missing.iter().all(Option::is_none)
    }

    /// Starts the saves and checks that are due; returns when the next one is.
    pub(super) fn tick(&mut self, now: Instant) -> Option<Duration> {
        if !self.can_save() {
            self.saver.record_due = None;
            self.saver.view_due = None;
            return None;
        }
        let due = |at: Option<Instant>| at.is_some_and(|t| t <= now);
        let parts = Parts {
            record: due(self.saver.record_due),
            view: due(self.saver.view_due),
        };
        if !self.saver.in_flight && (parts.record || parts.view) {
            self.spawn_save(parts);
        }
        if !self.saver.in_flight
            && !self.saver.polling
            && self.saver.stamp.is_some()
            && self.saver.next_poll.is_none_or(|t| t <= now)
        {
            self.spawn_poll();
        }
        [
            self.saver.record_due,
            self.saver.view_due,
            self.saver.next_poll,
        ]
        .into_iter()
        .flatten()
        .min()
        .map(|t| t.saturating_duration_since(now))
    }

    fn spawn_save(&mut self, parts: Parts) {
        let Some(store) = self.store.clone() else {
            return;
        };
        if parts.record {
            self.saver.record_due = None;
        }
        if parts.view {
            self.saver.view_due = None;
        }
        self.saver.in_flight = true;
        let session = self.session.clone();
        self.jobs.spawn_in_order(move || {
            let result = store.save(&session, parts);
            let problems = store
                .take_problems()
                .iter()
                .map(|p| format!("{p}."))
                .collect();
            Done::Saved {
                id: session.id,
                result,
                problems,
            }
        });
    }

    fn spawn_poll(&mut self) {
        let Some(store) = self.store.clone() else {
            return;
        };
        self.saver.polling = true;
        self.saver.next_poll = Some(Instant::now() + POLL_EVERY);
        let (id, stamp) = (self.session.id.clone(), self.saver.stamp);
        let hashes: Vec<String> = (self.session.versions.iter())
            .map(|v| v.hash.clone())
            .collect();
        self.jobs.spawn(move || {
            let found = if store.stamp(&id) == stamp {
                None
            } else {
                store.load_marks(&id, &hashes).ok()
            };
            Done::Polled { id, found }
        });
    }

    /// Saves what is due of the session shown before another replaces it (on a worker: the
    /// window does not wait), and forgets what was due.
    pub(super) fn save_before_switch(&mut self) {
        let parts = Parts {
            record: self.saver.record_due.is_some(),
            view: self.saver.view_due.is_some(),
        };
        if self.can_save() && (parts.record || parts.view) {
            self.spawn_save(parts);
        }
        self.saver.forget();
        // A note being written belongs to the review it was opened on.
        self.note = None;
    }

    /// Takes a save's outcome: the marks on disk (merged with another window's) are shown.
    pub(super) fn saved(
        &mut self,
        id: &SessionId,
        result: Result<crate::session::Saved, crate::session::SessionError>,
    ) {
        self.saver.in_flight = false;
        match result {
            // A save of the review shown before: its marks are not this one's.
            Ok(_) if *id != self.session.id => {}
            Ok(saved) => {
                self.saver.failed = false;
                self.saver.stamp = saved.stamp;
                if self.session.merge_marks(&saved.marks) {
                    self.refresh_reviews();
                }
                if saved.merged_other {
                    self.say(
                        Tone::Info,
                        "This review is open in another window too: the review marks of both were merged.",
                    );
                }
            }
            Err(error) => {
                if !self.saver.failed {
                    self.saver.failed = true;
                    self.say(
                        Tone::Error,
                        format!(
                            "The review could not be saved: {error}. Keep this window open or save it elsewhere with “Save session as…”."
                        ),
                    );
                }
            }
        }
    }

    /// Takes the marks another window saved: merged (newest wins), and saved back if this
    /// window has newer ones.
    pub(super) fn polled(
        &mut self,
        id: &SessionId,
        found: Option<(Vec<crate::session::Mark>, Option<Stamp>)>,
    ) {
        self.saver.polling = false;
        let Some((marks, stamp)) = found.filter(|_| *id == self.session.id) else {
            return;
        };
        self.saver.stamp = stamp;
        if self.session.merge_marks(&marks) {
            self.refresh_reviews();
            self.say(
                Tone::Info,
                "Review marks saved from another window on this review were merged in.",
            );
        }
        let on_disk: rustc_hash::FxHashMap<_, u64> =
            marks.iter().map(|m| (&m.key, m.changed)).collect();
        let behind = self
            .session
            .marks
            .iter()
            .any(|m| on_disk.get(&m.key).is_none_or(|&t| t < m.changed));
        if behind {
            self.saver.touch_record(MARK_DELAY);
        }
    }

    /// Saves everything not yet saved and waits for it, up to `timeout`.
    pub(super) fn flush(&mut self, timeout: Duration) {
        let until = Instant::now() + timeout;
        while self.saver.pending() && Instant::now() < until {
            if !self.saver.in_flight {
                let now = Instant::now();
                self.saver.record_due = self.saver.record_due.map(|_| now);
                self.saver.view_due = self.saver.view_due.map(|_| now);
                self.tick(now);
                if !self.saver.in_flight {
                    return; // nothing can be saved (no store, nothing shown)
                }
            }
            if let Some(done) = self.jobs.recv_timeout(Duration::from_millis(20)) {
                self.receive(done);
            }
        }
    }

    /// Writes a session file or an HTML export to `path` on a worker.
    pub(super) fn save_to(&mut self, kind: SaveKind, path: PathBuf) {
        let Some(shown) = self.shown.clone() else {
            return;
        };
        let sources: Vec<Option<PathBuf>> = (self.session.versions.iter())
            .map(|version| version.document.path.clone())
            .collect();
        let session = self.session.clone();
        let reviews = self.reviews.clone();
        self.jobs.spawn(move || {
            // Never over an article, even through a link (checked here: it reads the disk).
            if sources
                .iter()
                .flatten()
                .any(|source| crate::atomic::same_file(source, &path))
            {
                return Done::Wrote(Err(format!(
                    "{}: it is one of the compared files; choose another name",
                    path.display()
                )));
            }
            let written = match kind {
                SaveKind::Session => {
                    crate::session::save_file(&path, &session).map_err(|e| e.to_string())
                }
                SaveKind::Html => {
                    let marks = |row: usize| reviews.get(&row).map(|m| (m.review, m.note.clone()));
                    crate::atomic::write_with(&path, |out| {
                        crate::report::html::write_reviewed(&shown.comparison, out, &marks)
                    })
                    .map_err(|e| format!("{}: {e}", path.display()))
                }
            };
            Done::Wrote(written.map(|()| path))
        });
    }

    /// Reads the sessions list on a worker.
    pub(super) fn list_sessions(&mut self) {
        if let Some(store) = self.store.clone() {
            self.jobs.spawn(move || listed(&store, None));
        }
    }

    /// Opens a saved session (after saving this one).
    pub(super) fn open_stored(&mut self, id: SessionId) {
        let Some(store) = self.store.clone() else {
            return;
        };
        let generation = self.next_generation();
        self.jobs.spawn(move || Done::SessionOpened {
            generation,
            result: store
                .load(&id)
                .map(|session| Box::new(open::restore(session)))
                .map_err(|e| format!("Could not open the session: {e}.")),
        });
    }

    /// Renames a session: this one at once, another in the store.
    pub(super) fn rename_session(&mut self, id: SessionId, name: String) {
        if id == self.session.id {
            self.session.name = name.clone();
            self.saver.touch_record(MARK_DELAY);
        }
        let Some(store) = self.store.clone() else {
            return;
        };
        let current = id == self.session.id;
        self.jobs.spawn_in_order(move || {
            let renamed = if current {
                Ok(())
            } else {
                store.rename(&id, &name)
            };
            let mut done = listed(&store, renamed.err());
            // This window's own review takes its new name with its next save, queued after this.
            if let Done::Listed(list, _) = &mut done
                && current
                && let Some(entry) = list.iter_mut().find(|s| s.id == id)
            {
                entry.name = name;
            }
            done
        });
    }

    /// Deletes a saved session. The review on screen stays; if it was the one deleted, it is
    /// saved again as a new session only when it changes.
    pub(super) fn delete_session(&mut self, id: SessionId) {
        if id == self.session.id {
            self.session.id = SessionId::generate();
            self.saver.forget();
        }
        let Some(store) = self.store.clone() else {
            return;
        };
        self.jobs.spawn_in_order(move || {
            let deleted = store.delete(&id);
            listed(&store, deleted.err())
        });
    }
}

/// The sessions list, with the damaged files met on the way and `problem`, if any.
fn listed(store: &crate::session::Store, problem: Option<crate::session::SessionError>) -> Done {
    let (list, mut problems) = store.list();
    problems.extend(store.take_problems());
    problems.extend(problem);
    Done::Listed(list, problems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::Document;
    use crate::session::{Mark, MarkKey, Review, Saved, now_ms};

    #[test]
    fn a_late_answer_about_another_session_never_lands_in_this_one() {
        let mut viewer = Viewer::with_documents(
            Document::from_text("a.txt", "One here. The vote was 7-4 on Tuesday night."),
            Document::from_text("b.txt", "One here. The vote was 7-5 on Tuesday night."),
        );
        let foreign = Mark {
            key: MarkKey {
                versions: [0, 1],
                left: Some("The vote was 7-4 on Tuesday night.".into()),
                right: Some("The vote was 7-5 on Tuesday night.".into()),
            },
            review: Review::Flagged,
            note: String::new(),
            changed: now_ms(),
        };
        let saved = |marks: Vec<Mark>| {
            Ok(Saved {
                marks,
                merged_other: false,
                stamp: None,
            })
        };
        // The review shown before finished saving, or was read back, after this one opened.
        let before = SessionId::generate();
        viewer.saved(&before, saved(vec![foreign.clone()]));
        viewer.polled(&before, Some((vec![foreign.clone()], None)));
        assert_eq!(viewer.session.live_marks().count(), 0);
        assert!(viewer.reviews.is_empty());
        // The same answers about this review are taken.
        let this = viewer.session.id.clone();
        viewer.saved(&this, saved(vec![foreign]));
        assert_eq!(viewer.session.live_marks().count(), 1);
        assert_eq!(viewer.progress(), (1, 1));
    }
}
