//! [`Viewer::apply`]: the one place where actions change the viewer, one exhaustive match.

use std::path::PathBuf;
use std::time::Duration;

use super::action::{Action, PathField, PathPurpose, Tone};
use super::dialogs;
use super::jobs::{Done, SaveKind};
use super::model::{Help, Viewer};
use super::open::{self, Current, Source};
use super::open_state::Missing;
use super::schedule::OPTIONS_DELAY;
use super::shown::Shown;
use crate::command::Command;
use crate::compare::Side;

/// A file dialog that answers "cancelled" faster than this had no dialog to show.
const INSTANT_ANSWER: Duration = Duration::from_millis(150);

impl Viewer {
    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Command(command) => self.command(command),
            Action::OpenFiles(paths, side) => self.open_paths(paths, side),
            Action::GoToRow(row) => {
                if let Some(shown) = &self.shown
                    && let Some(&line) = shown.lines.line_from_row.get(row)
                {
                    self.nav
                        .go_to_line(&mut self.session.view, &shown.lines, line);
                    self.saver.touch_view();
                }
            }
            Action::GoToLine(line) => {
                if let Some(shown) = &self.shown {
                    self.nav
                        .go_to_line(&mut self.session.view, &shown.lines, line);
                    self.saver.touch_view();
                }
            }
            Action::Reveal(reveal) => self.nav.request(reveal),
            Action::Scrolled(scrolled) => {
                if self.nav.aligned(&self.session.view) != scrolled.aligned {
                    self.saver.touch_view();
                }
                self.nav.scrolled(&mut self.session.view, scrolled);
            }
            Action::SetThreshold(x) => {
                let x = x.clamp(0.0, 1.0);
                if (self.session.options.threshold - x).abs() > f32::EPSILON {
                    self.session.options.threshold = x;
                    self.recompare();
                }
            }
            Action::SetFindQuery(query) => {
                self.find.query = query;
                self.search();
            }
            Action::SetPathText(text) => {
                if let Some(mut field) = self.path_field.take() {
                    field.text = text;
                    self.show_path_field(field);
                }
            }
            Action::SubmitPath(side) => self.submit_path(side),
            Action::SetNoteText(text) => {
                if let Some(note) = &mut self.note {
                    note.text = text;
                }
            }
            Action::SaveNote => {
                if let Some(note) = self.note.take() {
                    self.set_note(note.key, note.text.trim());
                }
            }
            Action::OpenSession(id) => self.open_stored(id),
            Action::RenameSession(id, name) => self.rename_session(id, name),
            Action::DeleteSession(id) => self.delete_session(id),
            Action::Paste(text) => {
                if let Some(side) = self.paste_into.take() {
                    self.open_text(side, text);
                }
            }
            Action::PasteEmpty => {
                if self.paste_into.take().is_some() {
                    self.say(Tone::Info, "The clipboard holds no text to paste.");
                }
            }
            Action::CloseHelp => self.help = None,
        }
    }

    fn command(&mut self, command: Command) {
        match command {
            Command::OpenOriginal => self.pick(Some(Side::Left)),
            Command::OpenRevised => self.pick(Some(Side::Right)),
            Command::OpenBoth => self.pick(None),
            Command::OpenPath => {
                self.show_path_field(PathField::new(PathPurpose::Open(None), None));
            }
            Command::OpenUrl => self.show_path_field(PathField::new(
                PathPurpose::Open(None),
                Some("Type the address of a web page (http:// or https://): its article text is compared."),
            )),
            Command::Reload => self.reload(),
            Command::ReloadChangedSources => {
                self.changed_sources = false;
                self.reload();
            }
            Command::SaveSessionAs => self.ask_save(SaveKind::Session),
            Command::ExportHtml => self.ask_save(SaveKind::Html),
            Command::OpenSessionFile => {
                if dialogs::available() {
                    self.jobs.spawn(dialogs::pick_session);
                } else {
                    self.show_path_field(PathField::new(
                        PathPurpose::OpenSession,
                        Some("No file dialog is available on this system: type the session file's path."),
                    ));
                }
            }
            Command::ToggleSessions => {
                self.sessions.open = !self.sessions.open;
                if self.sessions.open {
                    self.list_sessions();
                }
            }
            Command::Quit => self.quit = true,
            Command::Find => self.find.open(),
            Command::FindNext | Command::FindPrevious => {
                if let Some(shown) = &self.shown {
                    let forward = command == Command::FindNext;
                    if let Some(reveal) = self.find.step(forward, shown, self.session.view.sync) {
                        self.nav.request(reveal);
                    }
                }
            }
            Command::PasteOriginal => self.paste_into = Some(Side::Left),
            Command::PasteRevised => self.paste_into = Some(Side::Right),
            Command::SwapSides => {
                let session = &mut self.session;
                std::mem::swap(&mut session.left, &mut session.right);
                // Marks follow their sentences to the other side.
                for mark in &mut session.marks {
                    std::mem::swap(&mut mark.key.left, &mut mark.key.right);
                }
                self.missing.swap(0, 1);
                self.recompare();
            }
            Command::ToggleIgnoreCase => {
                self.session.options.ignore_case ^= true;
                self.recompare();
            }
            Command::ToggleIgnorePunctuation => {
                self.session.options.ignore_punctuation ^= true;
                self.recompare();
            }
            Command::ToggleIgnoreFurniture => {
                let furniture = furniture();
                let options = &mut self.session.options;
                if ignores_furniture(options) {
                    options.ignore_sentences.retain(|p| !furniture.contains(p));
                } else {
                    options.ignore_sentences.extend(furniture);
                }
                self.recompare();
            }
            Command::TogglePlainTypography => {
                self.session.options.plain_typography ^= true;
                self.recompare();
            }
            Command::Dismiss => {
                if self.help.is_some() {
                    self.help = None;
                } else if self.note.is_some() {
                    self.note = None;
                } else if self.find.open {
                    self.find.open = false;
                } else if self.path_field.is_some() {
                    self.path_field = None;
                } else {
                    self.message = None;
                }
            }
            Command::NextChange | Command::PreviousChange => {
                if let Some(shown) = &self.shown {
                    let forward = command == Command::NextChange;
                    let view = &mut self.session.view;
                    if self.facts.only {
                        self.nav
                            .step_among(view, &shown.lines, forward, &shown.fact_stops);
                    } else {
                        self.nav.step_change(view, &shown.lines, forward);
                    }
                    self.saver.touch_view();
                }
            }
            Command::ToggleFacts => self.facts.open ^= true,
            Command::ToggleFactsOnly => self.facts.only ^= true,
            Command::ToggleSync => {
                if let Some(shown) = &self.shown {
                    self.nav.toggle_sync(&mut self.session.view, &shown.lines);
                    self.saver.touch_view();
                }
            }
            Command::ToggleTheme => {
                self.session.view.dark ^= true;
                self.saver.touch_view();
            }
            Command::ZoomIn | Command::ZoomOut | Command::ZoomReset => {
                let zoom = &mut self.session.view.zoom;
                *zoom = match command {
                    Command::ZoomIn => (*zoom + 0.1).min(3.0),
                    Command::ZoomOut => (*zoom - 0.1).max(0.5),
                    _ => 1.0,
                };
                self.saver.touch_view();
            }
            Command::Accept => self.review_current(crate::session::Review::Accepted),
            Command::Flag => self.review_current(crate::session::Review::Flagged),
            Command::EditNote => self.edit_note(),
            Command::NextUnreviewed => self.next_unreviewed(),
            Command::ShowShortcuts => self.help = Some(Help::Shortcuts),
            Command::About => self.help = Some(Help::About),
        }
    }

    /// Searches the comparison shown for the find bar's text, on a worker.
    pub(super) fn search(&mut self) {
        self.find.found = Default::default();
        self.find.current = None;
        let Some(shown) = self.shown.clone() else {
            return;
        };
        let query = self.find.query.clone();
        if query.is_empty() {
            return;
        }
        self.jobs.spawn(move || Done::Found {
            found: super::find::search(&query, &shown),
            layout: shown.lines.clone(),
            query,
        });
    }

    /// Shows a file dialog for `side` (on a worker), or the path field where none can be shown.
    fn pick(&mut self, side: Option<Side>) {
        if dialogs::available() {
            self.jobs.spawn(move || dialogs::pick(side));
        } else {
            self.show_path_field(PathField::new(
                PathPurpose::Open(side),
                Some("No file dialog is available on this system: type a path instead."),
            ));
        }
    }

    /// Asks where to save (a dialog, or the path field where none can be shown).
    fn ask_save(&mut self, kind: SaveKind) {
        if self.shown.is_none() || self.missing.iter().any(Option::is_some) {
            self.say(
                Tone::Error,
                "Open two versions first: there is nothing to save yet.",
            );
            return;
        }
        let name = match kind {
            SaveKind::Session => format!("{}.redline.json", self.session.name),
            SaveKind::Html => format!("{}.html", self.session.name),
        };
        let name = name.replace(['/', '\\'], "-");
        if dialogs::available() {
            self.jobs.spawn(move || dialogs::pick_save(kind, name));
        } else {
            let purpose = match kind {
                SaveKind::Session => PathPurpose::SaveSession,
                SaveKind::Html => PathPurpose::ExportHtml,
            };
            let mut field = PathField::new(
                purpose,
                Some("No file dialog is available on this system: type where to save."),
            );
            field.text = std::env::current_dir()
                .map(|dir| dir.join(&name).display().to_string())
                .unwrap_or(name);
            self.show_path_field(field);
        }
    }

    /// Shows the path field, its completions found on a worker.
    fn show_path_field(&mut self, field: PathField) {
        let text = field.text.clone();
        self.path_field = Some(field);
        self.jobs.spawn(move || Done::Completed {
            completions: super::completion::completions(&text),
            text,
        });
    }

    fn submit_path(&mut self, side: Option<Side>) {
        let Some(field) = self.path_field.take() else {
            return;
        };
        let path = PathBuf::from(field.text.trim());
        if field.text.trim().is_empty() {
            self.path_field = Some(field);
            return;
        }
        match field.purpose {
            PathPurpose::Open(target) => {
                let side = side.or(target).unwrap_or(Side::Right);
                self.open_paths(vec![path], Some(side));
            }
            PathPurpose::ExportHtml => self.save_to(SaveKind::Html, path),
            PathPurpose::SaveSession => self.save_to(SaveKind::Session, path),
            PathPurpose::OpenSession => self.open_session_file(path),
        }
    }

    /// Opens `paths`: one file into `side` (the revision when `None`), or two files (the
    /// older on the left). Anything else is refused with a message, keeping what is shown.
    pub(super) fn open_paths(&mut self, paths: Vec<PathBuf>, side: Option<Side>) {
        match paths.len() {
            0 => {}
            1 => {
                let side = side.unwrap_or(Side::Right);
                self.open_requests(paths.into_iter().map(|p| (side, p)).collect());
            }
            2 => {
                // The older file is the original; the times are read on the worker.
                self.open_requests_ordered(paths);
            }
            n => self.say(
                Tone::Error,
                format!(
                    "Cannot open {n} files at once: drop one file onto a pane, or two files to compare them."
                ),
            ),
        }
    }

    /// Opens files for the given sides on a worker.
    pub(super) fn open_requests(&mut self, requests: Vec<(Side, PathBuf)>) {
        self.spawn_open(move || {
            let paths = requests.into_iter();
            paths
                .map(|(side, path)| (side, Source::Path(path)))
                .collect()
        });
    }

    fn open_requests_ordered(&mut self, paths: Vec<PathBuf>) {
        self.spawn_open(move || {
            let modified = |p: &PathBuf| std::fs::metadata(p).and_then(|m| m.modified()).ok();
            let mut paths = paths;
            if let (Some(a), Some(b)) = (
                paths.first().and_then(modified),
                paths.get(1).and_then(modified),
            ) && b < a
            {
                paths.swap(0, 1);
            }
            let sources = paths.into_iter().map(Source::Path);
            [Side::Left, Side::Right].into_iter().zip(sources).collect()
        });
    }

    fn spawn_open(&mut self, requests: impl FnOnce() -> Vec<(Side, Source)> + Send + 'static) {
        self.opening = true;
        let current = Current {
            documents: [self.session.left.clone(), self.session.right.clone()],
            missing: self.missing.clone(),
        };
        // A start-up that has shown nothing yet counts as empty panes.
        let current = if self.shown.is_none() {
            Current {
                missing: [Some(Missing::Empty), Some(Missing::Empty)],
                ..current
            }
        } else {
            current
        };
        let options = self.session.options.clone();
        let generation = self.next_generation();
        self.jobs.spawn(move || Done::Opened {
            generation,
            opened: Box::new(open::open_files(requests(), current, options)),
        });
    }

    /// Opens `text` (pasted) into `side`, named after the time it was pasted.
    fn open_text(&mut self, side: Side, text: String) {
        if text.trim().is_empty() {
            self.say(Tone::Info, "The clipboard holds no text to paste.");
            return;
        }
        let name = format!("Pasted text ({})", clock_time(crate::session::now()));
        let document = crate::load::Document::from_text(name, &text);
        self.spawn_open(move || vec![(side, Source::Text(document))]);
    }

    /// Reads the shown files again (the same review continues).
    fn reload(&mut self) {
        let requests: Vec<(Side, PathBuf)> = [
            (Side::Left, &self.session.left),
            (Side::Right, &self.session.right),
        ]
        .into_iter()
        // A page opened by address is fetched again.
        .filter_map(|(side, saved)| {
            let document = &saved.document;
            let url = || document.meta.url.as_ref().map(PathBuf::from);
            Some((side, document.path.clone().or_else(url)?))
        })
        .collect();
        if requests.is_empty() {
            self.recompare();
        } else {
            self.open_requests(requests);
        }
    }

    /// Compares the current documents again (new options, swapped sides) on a worker; the
    /// previous comparison stays on screen meanwhile.
    pub(super) fn recompare(&mut self) {
        self.saver.touch_record(OPTIONS_DELAY);
        if self.opening {
            // Files or a session are being opened: compare them again when they arrive, rather
            // than drop them for the documents shown now.
            self.recompare_after_open = true;
            return;
        }
        let (left, right) = (self.session.left.clone(), self.session.right.clone());
        let (options, missing) = (self.session.options.clone(), self.missing.clone());
        let generation = self.next_generation();
        self.jobs.spawn(move || Done::Compared {
            generation,
            shown: Shown::compute(&left, &right, &options, &missing),
        });
    }

    pub(super) fn next_generation(&mut self) -> u64 {
        self.generation += 1;
        self.awaiting = true;
        self.generation
    }

    /// Takes a file dialog's answer.
    pub(super) fn picked(&mut self, side: Option<Side>, paths: Vec<PathBuf>, open_for: Duration) {
        if !paths.is_empty() {
            self.open_paths(paths, side);
        } else if open_for < INSTANT_ANSWER {
            self.show_path_field(PathField::new(
                PathPurpose::Open(side),
                Some("The file dialog could not be shown here: type a path instead."),
            ));
        }
    }
}

/// "14:05:09 UTC" for `seconds` since 1970.
fn clock_time(seconds: u64) -> String {
    let day = seconds % 86_400;
    format!(
        "{:02}:{:02}:{:02} UTC",
        day / 3600,
        day % 3600 / 60,
        day % 60
    )
}

/// The patterns of the newsroom presets (timestamps, credits, ads, newsletters, read more).
fn furniture() -> Vec<String> {
    crate::compare::filter::preset(crate::compare::filter::ALL_PRESETS).unwrap_or_default()
}

/// Whether `options` ignore the newsroom furniture.
pub fn ignores_furniture(options: &crate::compare::Options) -> bool {
    let furniture = furniture();
    !furniture.is_empty()
        && furniture
            .iter()
            .all(|p| options.ignore_sentences.contains(p))
}
