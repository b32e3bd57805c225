//! [`Viewer::apply`]: the one place where actions change the viewer, one exhaustive match.

use super::action::{Action, PathField, PathPurpose, Tone};
use super::dialogs;
use super::ignore::{furniture, ignores_furniture};
use super::jobs::{Done, SaveKind};
use super::model::{Help, Viewer};
use crate::command::Command;
use crate::compare::Side;

impl Viewer {
    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Command(command) => self.command(command),
            Action::OpenFiles(paths, side) => self.open_paths(paths, side),
            Action::GoToRow(row) => {
                self.select_row(row);
                if let Some(shown) = &self.shown
                    && let Some(&line) = shown.lines.line_from_row.get(row)
                {
                    self.nav
                        .go_to_line(&mut self.session.view, &shown.lines, line);
                    self.saver.touch_view();
                }
            }
            Action::GoToLine(line) => {
                let row = (self.shown.as_ref())
                    .and_then(|shown| shown.lines.aligned.get(line))
                    .map(|aligned| aligned.row);
                if let Some(row) = row {
                    self.select_row(row);
                }
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
            Action::ClickVersion { version, extend } => self.click_version(version, extend),
            Action::MoveVersion { version, earlier } => self.move_version(version, earlier),
            Action::GoToVersionSentence { version, sentence } => {
                self.go_to_version_sentence(version, sentence)
            }
            Action::SetIgnoreText(text) => self.set_ignore_text(text),
            Action::AddIgnorePattern => self.add_ignore_pattern(),
            Action::RemoveIgnorePattern(pattern) => self.remove_ignore_pattern(&pattern),
            Action::CloseIgnoreEditor => self.ignore_editor = None,
        }
    }

    fn command(&mut self, command: Command) {
        match command {
            Command::OpenOriginal => self.pick(Some(Side::Left)),
            Command::OpenRevised => self.pick(Some(Side::Right)),
            Command::OpenBoth => self.pick(None),
            Command::OpenVersions => self.pick_versions(),
            Command::PreviousVersions => self.step_versions(false),
            Command::NextVersions => self.step_versions(true),
            Command::ToggleSentenceHistory => self.sentence_history_open ^= true,
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
            Command::SwapSides if !self.may_change_versions() => {}
            Command::SwapSides => {
                // The panes show the pair the other way round; marks are keyed from the
                // earlier version to the later whichever way they are shown.
                let [left, right] = self.session.pair();
                self.session.pair = [right, left];
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
            Command::EditIgnoreList => self.open_ignore_editor(),
            Command::TogglePlainTypography => {
                self.session.options.plain_typography ^= true;
                self.recompare();
            }
            Command::Dismiss => {
                if self.help.is_some() {
                    self.help = None;
                } else if self.ignore_editor.is_some() {
                    self.ignore_editor = None;
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
}
