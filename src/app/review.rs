//! The app's review session: restoring the last one, autosaving every change within two
//! seconds, review marks on the current change, sessions kept in the store, export.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rustc_hash::FxHashMap;

use super::App;
use crate::command::Command;
use crate::load::Document;
use crate::session::{Review, SavedView, Session, Store, text_hash};
use crate::ui::work::{Done, View};

/// Changes are saved this long after the last one (well within the two seconds promised).
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(800);

/// Sessions with more text than this are written on a worker thread.
const BACKGROUND_SAVE_BYTES: usize = 1024 * 1024;

/// The review marks of the current comparison's rows, derived from the session.
pub type Reviews = FxHashMap<usize, (Review, bool)>;

impl App {
    /// The app as a user starts it: the last session from the store (or the bundled sample
    /// on first run), then the files given on the command line, if any.
    pub fn restore(store: Result<Store, crate::session::SessionError>) -> App {
        let mut app = App::new();
        match store {
            Ok(store) => {
                if let Some(id) = store.last() {
                    match store.load(&id) {
                        Ok(session) => app.open_session(session),
                        Err(error) => {
                            app.banner =
                                Some(format!("Could not reopen the last session: {error}."))
                        }
                    }
                }
                app.store = Some(store);
            }
            Err(error) => {
                app.banner = Some(format!(
                    "Sessions cannot be saved ({error}); the app works without them."
                ));
            }
        }
        if app.session.id.is_empty() {
            app.session = Session::new(&app.left, &app.right);
            app.touch();
        }
        app
    }

    /// Shows `session`: its saved texts, options and view; offers a reload when a source file
    /// changed on disk, and says so when one is gone.
    pub fn open_session(&mut self, session: Session) {
        self.left = Arc::new(session.left.to_document());
        self.right = Arc::new(session.right.to_document());
        self.options = session.options;
        let view = &session.view;
        self.state.sync = view.sync;
        self.state.zoom = view.zoom.clamp(0.5, 3.0);
        self.state.dark = view.dark;
        let mut notes = Vec::new();
        let mut changed = false;
        for saved in [&session.left, &session.right] {
            let Some(path) = &saved.path else { continue };
            match Document::load(path) {
                Ok(current) if text_hash(&current.text) != saved.hash => changed = true,
                Ok(_) => {}
                Err(_) => notes.push(format!(
                    "{} is no longer at {}; showing the text saved with the review.",
                    saved.name,
                    path.display()
                )),
            }
        }
        self.session = session;
        let computed = View::compute(self.left.clone(), self.right.clone(), &self.options);
        self.set_view(computed);
        let (top, current) = (self.session.view.top_line, self.session.view.current_change);
        if let Some(view) = &self.view {
            self.state.current = current.filter(|&c| c < view.lines.changes.len());
            if top < view.lines.aligned.len() {
                self.state.reveal = Some(crate::ui::view_state::Reveal::Aligned(top, 0.0));
            }
        }
        self.changed_sources = changed;
        if changed {
            notes.push("A source file changed on disk since this review was saved.".into());
        }
        if !notes.is_empty() {
            self.banner = Some(notes.join(" "));
        }
    }

    /// Starts a new session for the documents now shown (after opening files).
    pub fn new_session(&mut self) {
        let view = self.session.view.clone();
        self.session = Session::new(&self.left, &self.right);
        self.session.view = view;
        self.changed_sources = false;
        self.touch();
    }

    /// Notes that the session changed: it is saved shortly.
    pub fn touch(&mut self) {
        self.dirty_since.get_or_insert_with(Instant::now);
    }

    /// Saves when a change has waited long enough; called every frame.
    pub fn autosave(&mut self, ctx: &egui::Context) {
        let Some(since) = self.dirty_since else {
            return;
        };
        let waited = since.elapsed();
        if waited >= AUTOSAVE_DELAY {
            self.save_now();
        } else {
            ctx.request_repaint_after(AUTOSAVE_DELAY - waited);
        }
    }

    /// Saves the session now (also on exit).
    pub fn save_now(&mut self) {
        let Some(store) = self.store.clone() else {
            self.dirty_since = None;
            return;
        };
        if self.saving {
            return; // a background save is running; this change is saved after it
        }
        self.sync_session();
        self.dirty_since = None;
        let large =
            self.session.left.text.len() + self.session.right.text.len() > BACKGROUND_SAVE_BYTES;
        if large {
            self.saving = true;
            let mut session = self.session.clone();
            self.workers.spawn(move || {
                Done::Saved(
                    store
                        .save(&mut session)
                        .map(|saved| (saved, session.revision))
                        .map_err(|e| e.to_string()),
                )
            });
        } else {
            let result = store
                .save(&mut self.session)
                .map(|saved| (saved, self.session.revision))
                .map_err(|e| e.to_string());
            self.saved(result);
        }
    }

    /// Takes the outcome of a save.
    pub fn saved(&mut self, result: Result<(crate::session::Saved, u64), String>) {
        self.saving = false;
        match result {
            Ok((saved, revision)) => {
                self.session.revision = self.session.revision.max(revision);
                self.save_failed = false;
                if saved.replaced_other {
                    self.banner = Some("This review was also saved from another window; this window's version is kept.".into());
                }
            }
            Err(error) if !self.save_failed => {
                self.save_failed = true;
                self.banner = Some(format!(
                    "The review could not be saved: {error}. Keep this window open or save it elsewhere with “Save session as…”."
                ));
            }
            Err(_) => {}
        }
    }

    /// Copies what the session keeps from the app's state.
    fn sync_session(&mut self) {
        self.session.options = self.options;
        self.session.view = SavedView {
            top_line: self.state.aligned.line,
            current_change: self.state.current,
            sync: self.state.sync,
            zoom: self.state.zoom,
            dark: self.state.dark,
        };
        if let Some(view) = &self.view {
            self.session.progress = (
                self.session.reviewed(&view.comparison),
                view.lines.changes.len(),
            );
        }
    }

    /// The review marks by row, for drawing.
    pub fn refresh_reviews(&mut self) {
        self.reviews.clear();
        let Some(view) = &self.view else { return };
        let comparison = &view.comparison;
        for mark in &self.session.marks {
            if let Some(row) = comparison
                .rows
                .iter()
                .position(|row| mark.fits(comparison, row))
            {
                self.reviews
                    .insert(row, (mark.review, !mark.note.is_empty()));
            }
        }
    }

    /// Accepts or flags the current change (the same again unmarks it).
    pub fn review_current(&mut self, review: Review) {
        let Some(view) = self.view.clone() else {
            return;
        };
        let Some(row_index) = self.state.current_row(&view.lines) else {
            self.banner = Some(
                "Go to a change first (F7), then press A to accept it or F to flag it.".into(),
            );
            return;
        };
        let row = &view.comparison.rows[row_index];
        let now = self.session.mark(&view.comparison, row).map(|m| m.review);
        let next = if now == Some(review) {
            Review::Unreviewed
        } else {
            review
        };
        self.session.set_review(&view.comparison, row, next);
        self.refresh_reviews();
        // A review mark is saved at once, not after the autosave delay.
        self.touch();
        self.save_now();
    }

    /// Opens the note field on the current change.
    pub fn edit_note(&mut self) {
        let Some(view) = &self.view else { return };
        if let Some(row) = self.state.current_row(&view.lines) {
            let text = self
                .session
                .mark(&view.comparison, &view.comparison.rows[row])
                .map(|m| m.note.clone())
                .unwrap_or_default();
            self.note = Some(crate::ui::note::NoteField::new(row, text));
        } else {
            self.banner =
                Some("Go to a change first (F7), then press N to write a note on it.".into());
        }
    }

    /// Saves the note of `row`.
    pub fn set_note(&mut self, row: usize, text: &str) {
        let Some(view) = self.view.clone() else {
            return;
        };
        self.session
            .set_note(&view.comparison, &view.comparison.rows[row], text);
        self.refresh_reviews();
        self.touch();
        self.save_now();
    }

    /// Goes to the next change with no review mark.
    pub fn next_unreviewed(&mut self) {
        let Some(view) = self.view.clone() else {
            return;
        };
        let changes = &view.lines.changes;
        let start = self.state.current.map_or(0, |c| c + 1);
        let found = (0..changes.len())
            .map(|k| (start + k) % changes.len().max(1))
            .find(|&c| {
                self.reviews
                    .get(&changes[c])
                    .is_none_or(|(r, _)| *r == Review::Unreviewed)
            });
        match found {
            Some(c) => self.state.go_to_row(&view.lines, changes[c]),
            None => self.banner = Some("Every change is reviewed.".into()),
        }
    }

    /// Applies the session and review commands.
    pub fn apply_review(&mut self, command: Command) {
        match command {
            Command::Accept => self.review_current(Review::Accepted),
            Command::Flag => self.review_current(Review::Flagged),
            Command::EditNote => self.edit_note(),
            Command::NextUnreviewed => self.next_unreviewed(),
            Command::ToggleSessions => self.sessions.toggle(self.store.as_ref()),
            Command::OpenSession(id) => self.open_stored(&id),
            Command::RenameSession(id, name) => {
                if id == self.session.id {
                    self.session.name = name;
                    self.touch();
                } else if let Some(store) = &self.store
                    && let Err(e) = store.rename(&id, &name)
                {
                    self.banner = Some(format!("Could not rename: {e}."));
                }
                self.sessions.refresh(self.store.as_ref());
            }
            Command::DeleteSession(id) => {
                if let Some(store) = &self.store
                    && let Err(e) = store.delete(&id)
                {
                    self.banner = Some(format!("Could not delete: {e}."));
                }
                if id == self.session.id {
                    // The review on screen stays; it is saved again under a new id.
                    self.new_session();
                }
                self.sessions.refresh(self.store.as_ref());
            }
            Command::SaveSessionAs | Command::ExportHtml | Command::OpenSessionFile
                if !crate::ui::work::dialogs_available() =>
            {
                self.without_dialog(&command);
            }
            Command::SaveSessionAs => self.workers.spawn(|| {
                crate::ui::work::pick_save("review.redline.json", "Redline review", &["json"])
            }),
            Command::OpenSessionFile => self.workers.spawn(crate::ui::work::pick_session),
            Command::ExportHtml => self.workers.spawn(|| {
                crate::ui::work::pick_save("comparison.html", "Web page", &["html", "htm"])
            }),
            Command::ReloadChangedSources => self.reload_sources(),
            _ => {}
        }
    }

    /// Without a file dialog, saving goes to the data folder's `exports` (and says where);
    /// opening is done from the sessions list.
    fn without_dialog(&mut self, command: &Command) {
        if *command == Command::OpenSessionFile {
            self.banner = Some("No file dialog is available here: copy the file into the sessions folder and open it from the Sessions list.".into());
            return;
        }
        let folder = self
            .store
            .as_ref()
            .and_then(|s| s.dir.parent().map(|p| p.join("exports")))
            .unwrap_or_else(|| PathBuf::from("."));
        if let Err(error) = std::fs::create_dir_all(&folder) {
            self.banner = Some(format!("Could not save: {error}."));
            return;
        }
        let file = match command {
            Command::ExportHtml => format!("{}.html", self.session.id),
            _ => format!("{}.redline.json", self.session.id),
        };
        self.save_to(folder.join(file));
    }

    fn open_stored(&mut self, id: &str) {
        self.save_now();
        let Some(store) = &self.store else { return };
        match store.load(id) {
            Ok(session) => {
                self.open_session(session);
                self.touch();
            }
            Err(error) => self.banner = Some(format!("Could not open the session: {error}.")),
        }
        self.sessions.refresh(self.store.as_ref());
    }

    /// Reloads changed sources in place: marks follow their sentences; those that no longer
    /// fit a change are listed.
    fn reload_sources(&mut self) {
        self.changed_sources = false;
        // The same files again continue this session; orphaned marks are reported when the
        // new comparison is set (see `report_orphans`).
        self.reload();
    }

    /// Lists review marks that no longer fit any change, so none is dropped silently.
    pub(crate) fn report_orphans(&mut self) {
        let Some(view) = &self.view else { return };
        let orphans: Vec<String> = self
            .session
            .orphan_marks(&view.comparison)
            .iter()
            .map(|m| {
                format!(
                    "“{}”",
                    m.right.as_deref().or(m.left.as_deref()).unwrap_or("")
                )
            })
            .collect();
        if !orphans.is_empty() {
            self.banner = Some(format!(
                "These review marks no longer match a change and are kept aside: {}",
                orphans.join("; ")
            ));
        }
    }

    /// Takes a path picked for saving (session file or export).
    pub fn save_to(&mut self, path: PathBuf) {
        let is_html = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
        let result = if is_html {
            let Some(view) = &self.view else { return };
            let mut bytes = Vec::new();
            let marks = |row: usize| {
                let mark = self
                    .session
                    .mark(&view.comparison, &view.comparison.rows[row])?;
                Some((mark.review, mark.note.clone()))
            };
            crate::report::html::write_reviewed(&view.comparison, &mut bytes, &marks)
                .map_err(|e| e.to_string())
                .and_then(|_| {
                    crate::session::write_atomically(&path, &bytes).map_err(|e| e.to_string())
                })
        } else {
            self.sync_session();
            serde_json::to_vec_pretty(&self.session)
                .map_err(|e| e.to_string())
                .and_then(|bytes| {
                    crate::session::write_atomically(&path, &bytes).map_err(|e| e.to_string())
                })
        };
        self.banner = Some(match result {
            Ok(()) => format!("Saved {}.", path.display()),
            Err(error) => format!("Could not save {}: {error}.", path.display()),
        });
    }

    /// Takes a session file picked to open.
    pub fn open_session_file(&mut self, path: PathBuf) {
        match crate::session::load_file(&path) {
            Ok(session) => {
                self.save_now();
                self.open_session(session);
                self.touch();
            }
            Err(error) => self.banner = Some(format!("Could not open the session file: {error}.")),
        }
    }
}
