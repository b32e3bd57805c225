//! The answers of background jobs, taken in at the start of a frame.

use super::action::Tone;
use super::jobs::Done;
use super::model::Viewer;
use super::nav::Reveal;
use super::open::{Opened, Restored};
use super::schedule::{MARK_DELAY, OPTIONS_DELAY};
use super::shown::Shown;
use crate::compare::Side;
use crate::session::{MarkKey, SavedDocument, Session, SessionId, now};

impl Viewer {
    /// Takes one job's answer.
    pub(super) fn receive(&mut self, done: Done) {
        self.take(done);
        if !self.opening && std::mem::take(&mut self.recompare_after_open) {
            self.recompare();
        }
    }

    fn take(&mut self, done: Done) {
        match done {
            Done::Started { generation, result } => {
                if generation == self.generation {
                    self.awaiting = false;
                    self.opening = false;
                    match result {
                        Ok(restored) => self.show_session(*restored, true),
                        Err((problem, sample)) => {
                            self.show_session(*sample, true);
                            self.say(Tone::Error, problem);
                        }
                    }
                }
            }
            Done::Opened { generation, opened } => {
                if generation == self.generation {
                    self.awaiting = false;
                    self.opening = false;
                    self.opened(*opened);
                }
            }
            Done::Compared {
                generation,
                shown,
                same_documents,
            } => {
                if generation == self.generation {
                    self.awaiting = false;
                    if same_documents {
                        self.set_shown_keeping_current(shown);
                    } else {
                        self.set_shown(shown, false);
                        if self.pending_sentence.take().is_some() {
                            self.reveal_selected();
                        }
                    }
                }
            }
            Done::VersionsOpened { generation, result } => {
                if generation == self.generation {
                    self.awaiting = false;
                    self.opening = false;
                    match result {
                        Ok(opened) => self.versions_opened(*opened),
                        Err(problem) => self.say(
                            Tone::Error,
                            format!("{problem} The comparison is unchanged."),
                        ),
                    }
                }
            }
            Done::History { generation, story } => self.take_story(generation, *story),
            Done::VersionsReloaded {
                generation,
                reloaded,
            } => {
                if generation == self.generation {
                    self.awaiting = false;
                    self.opening = false;
                    self.versions_reloaded(reloaded);
                }
            }
            Done::SessionOpened { generation, result } => {
                if generation == self.generation {
                    self.awaiting = false;
                    self.opening = false;
                    match result {
                        Ok(restored) => self.show_session(*restored, false),
                        Err(problem) => self.say(Tone::Error, problem),
                    }
                }
            }
            Done::Saved {
                id,
                result,
                problems,
            } => {
                self.saved(&id, result);
                if !problems.is_empty() {
                    self.say(Tone::Error, problems.join(" "));
                }
            }
            Done::Polled { id, found } => self.polled(&id, found),
            Done::Listed(list, problems) => {
                self.sessions.list = list;
                if !problems.is_empty() {
                    let text: Vec<String> = problems.iter().map(|p| format!("{p}.")).collect();
                    self.say(Tone::Error, text.join(" "));
                }
            }
            Done::Picked {
                side,
                paths,
                open_for,
            } => self.picked(side, paths, open_for),
            Done::PickedSave(kind, Some(path)) => self.save_to(kind, path),
            Done::PickedSession(Some(path)) => self.open_session_file(path),
            Done::PickedSave(_, None) | Done::PickedSession(None) => {}
            Done::Found {
                query,
                layout,
                found,
            } => {
                let current = self.shown.as_ref().map(|s| &s.lines);
                if current.is_some_and(|lines| std::sync::Arc::ptr_eq(lines, &layout)) {
                    self.find.take(&query, found);
                }
            }
            Done::Completed { text, completions } => {
                if let Some(field) = &mut self.path_field
                    && field.text == text
                {
                    field.completions = completions;
                }
            }
            Done::Wrote(Ok(path)) => self.say(Tone::Success, format!("Saved {}.", path.display())),
            Done::Wrote(Err(problem)) => {
                self.say(Tone::Error, format!("Could not save {problem}."))
            }
        }
    }

    /// Shows a session read from the store, a file or the sample. `start`: the first thing
    /// shown (its saved position is restored).
    fn show_session(&mut self, restored: Restored, start: bool) {
        let Restored {
            session,
            shown,
            changed_sources,
            notes,
            problems,
        } = restored;
        let saved = session.view.clone();
        self.save_before_switch();
        self.session = session;
        self.missing = [None, None];
        self.rail_anchor = None;
        self.selected = None;
        self.pending_sentence = None;
        self.compute_history();
        // Another review: nothing of the previous one's position stays; its own comes back.
        self.set_shown(shown, false);
        if let Some(shown) = &self.shown {
            let view = &mut self.session.view;
            view.top_line = saved
                .top_line
                .min(shown.lines.aligned.len().saturating_sub(1));
            view.current_change = saved
                .current_change
                .filter(|&c| c < shown.lines.stops.len());
        }
        self.nav
            .request(Reveal::Aligned(self.session.view.top_line, 0.0));
        self.changed_sources = changed_sources;
        if !problems.is_empty() {
            self.say(
                Tone::Error,
                problems
                    .into_iter()
                    .chain(notes)
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        } else if !notes.is_empty() {
            self.say(Tone::Info, notes.join(" "));
        }
        // Record it as the session used last (and save a new sample session or import).
        self.saver
            .touch_record(if start { OPTIONS_DELAY } else { MARK_DELAY });
    }

    /// Shows opened files: the same files again continue this review; others start a new one.
    fn opened(&mut self, opened: Opened) {
        let Opened {
            left,
            right,
            missing,
            shown,
            problems,
            refused,
        } = opened;
        if refused {
            self.say(
                Tone::Error,
                format!("{} The comparison is unchanged.", problems.join(" ")),
            );
            return;
        }
        // The same file, or the same page fetched again.
        let same_path = |a: &SavedDocument, b: &SavedDocument| {
            let (a, b) = (&a.document, &b.document);
            (a.path.is_some() && a.path == b.path)
                || (a.meta.url.is_some() && a.meta.url == b.meta.url)
        };
        let same_files = self.missing.iter().all(Option::is_none)
            && same_path(&left, self.session.left())
            && same_path(&right, self.session.right());
        let current = self.current_change_key();
        // A new review of these files shows them as its versions 1 and 2.
        let shown = if same_files {
            shown
        } else {
            shown.for_pair([0, 1])
        };
        if same_files {
            *self.session.side_mut(Side::Left) = left;
            *self.session.side_mut(Side::Right) = right;
            self.compute_history();
        } else {
            self.save_before_switch();
            self.session = new_session(left, right, &self.session);
            self.rail_anchor = None;
            self.selected = None;
            self.compute_history();
        }
        self.missing = missing;
        self.changed_sources = false;
        // A message about the files replaced goes; marks left without a change are told next.
        self.message = None;
        self.set_shown(shown, same_files);
        if same_files {
            self.go_back_to(current);
        }
        if !problems.is_empty() {
            self.say(Tone::Error, problems.join(" "));
        }
        self.saver.touch_record(OPTIONS_DELAY);
    }

    /// Shows a new comparison. `same_documents`: new options on the same texts keep the
    /// reading position.
    pub(super) fn set_shown(&mut self, shown: Shown, same_documents: bool) {
        self.nav
            .new_layout(&mut self.session.view, &shown.lines, same_documents);
        self.shown = Some(shown);
        self.search();
        self.refresh_reviews();
        self.report_orphans();
    }

    /// Shows a new comparison of the same documents; the current change stays the same change
    /// (found by its sentences), not the same number.
    fn set_shown_keeping_current(&mut self, shown: Shown) {
        let current = self.current_change_key();
        self.set_shown(shown, true);
        self.go_back_to(current);
    }

    fn current_change_key(&self) -> Option<MarkKey> {
        let shown = self.shown.as_ref()?;
        let row = shown.comparison.rows.get(self.current_row()?)?;
        Some(shown.key_of(row))
    }

    /// Makes the change of `key` current again (none if it is no longer a change).
    fn go_back_to(&mut self, key: Option<MarkKey>) {
        let Some(shown) = &self.shown else { return };
        let lines = &shown.lines;
        self.session.view.current_change = key
            .and_then(|key| shown.row_of(&key))
            .and_then(|row| lines.line_from_row.get(row))
            .and_then(|&line| lines.stop_at(line).ok());
    }

    /// Opens a session file the user picked: it becomes a new session in the store.
    pub(super) fn open_session_file(&mut self, path: std::path::PathBuf) {
        let generation = self.next_generation();
        self.opening = true;
        self.jobs.spawn(move || Done::SessionOpened {
            generation,
            result: crate::session::load_file(&path)
                .map(|session| Box::new(super::open::restore(session)))
                .map_err(|e| format!("Could not open the session file: {e}.")),
        });
    }
}

/// A new review of `left` and `right`, keeping the previous one's options and view settings
/// (not its position).
fn new_session(left: SavedDocument, right: SavedDocument, previous: &Session) -> Session {
    let created = now();
    let name = match (left.document.name.as_str(), right.document.name.as_str()) {
        ("", name) | (name, "") => name.to_string(),
        (l, r) => format!("{l} vs {r}"),
    };
    let mut view = previous.view.clone();
    view.top_line = 0;
    view.current_change = None;
    Session {
        id: SessionId::generate(),
        name,
        created,
        updated: created,
        versions: vec![left, right],
        pair: [0, 1],
        options: previous.options.clone(),
        view,
        marks: Vec::new(),
        progress: (0, 0),
    }
}
