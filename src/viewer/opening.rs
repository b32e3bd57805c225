//! Opening and saving through dialogs or the path field: which files go to which pane, read
//! on workers; pasted text; reloading; where to save.

use std::path::PathBuf;
use std::time::Duration;

use super::action::{PathField, PathPurpose, Tone};
use super::dialogs;
use super::jobs::{Done, SaveKind};
use super::model::Viewer;
use super::open::{self, Current, Source};
use super::open_state::Missing;
use super::schedule::OPTIONS_DELAY;
use super::shown::Shown;
use crate::compare::Side;
use crate::compare::history::Order;

/// A file dialog that answers "cancelled" faster than this had no dialog to show.
const INSTANT_ANSWER: Duration = Duration::from_millis(150);

impl Viewer {
    /// Shows a file dialog for `side` (on a worker), or the path field where none can be shown.
    pub(super) fn pick(&mut self, side: Option<Side>) {
        if dialogs::available() {
            self.jobs.spawn(move || dialogs::pick(side));
        } else {
            self.show_path_field(PathField::new(
                PathPurpose::Open(side),
                Some("No file dialog is available on this system: type a path instead."),
            ));
        }
    }

    /// Shows a file dialog for a story's versions (several files), or the path field (a folder
    /// of versions can be typed there).
    pub(super) fn pick_versions(&mut self) {
        if dialogs::available() {
            self.jobs.spawn(dialogs::pick_versions);
        } else {
            self.show_path_field(PathField::new(
                PathPurpose::Open(None),
                Some("No file dialog is available on this system: type the path of a folder of versions."),
            ));
        }
    }

    /// Asks where to save (a dialog, or the path field where none can be shown).
    pub(super) fn ask_save(&mut self, kind: SaveKind) {
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
    pub(super) fn show_path_field(&mut self, field: PathField) {
        let text = field.text.clone();
        self.path_field = Some(field);
        self.jobs.spawn(move || Done::Completed {
            completions: super::completion::completions(&text),
            text,
        });
    }

    pub(super) fn submit_path(&mut self, side: Option<Side>) {
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

    /// Opens `paths`: one file into `side` (the revision when `None`), two files (the older
    /// on the left), or three or more files, or a folder, as a story's versions (oldest
    /// first). Whether a path is a folder is looked up on the worker.
    pub(super) fn open_paths(&mut self, paths: Vec<PathBuf>, side: Option<Side>) {
        match paths.len() {
            0 => {}
            1 | 2 => {
                let folder = self.folder_check(&paths);
                let versions = paths.clone();
                self.spawn_open_or_versions(
                    move || match paths.len() {
                        1 => {
                            let side = side.unwrap_or(Side::Right);
                            paths.into_iter().map(|p| (side, Source::Path(p))).collect()
                        }
                        // The older file is the original.
                        _ => ordered_pair(paths),
                    },
                    folder,
                    versions,
                );
            }
            _ => self.open_versions(paths, Order::ModificationTime),
        }
    }

    /// Opens two paths as given (the first the original), or as a story's versions when one
    /// of them is a folder.
    pub(super) fn open_given_pair(&mut self, paths: Vec<PathBuf>) {
        let folder = self.folder_check(&paths);
        let versions = paths.clone();
        self.spawn_open_or_versions(
            move || {
                let sources = paths.into_iter().map(Source::Path);
                [Side::Left, Side::Right].into_iter().zip(sources).collect()
            },
            folder,
            versions,
        );
    }

    /// Whether any of `paths` is a folder (asked on the worker, where the disk may be read).
    fn folder_check(&self, paths: &[PathBuf]) -> impl FnOnce() -> bool + Send + 'static {
        let paths = paths.to_vec();
        move || paths.iter().any(|p| p.is_dir())
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

    /// Opens files into panes, unless `folder` (run on the worker) finds a folder among them:
    /// then `versions` open as a story's versions.
    fn spawn_open_or_versions(
        &mut self,
        requests: impl FnOnce() -> Vec<(Side, Source)> + Send + 'static,
        folder: impl FnOnce() -> bool + Send + 'static,
        versions: Vec<PathBuf>,
    ) {
        let (current, options, generation) = self.prepare_open();
        self.jobs.spawn(move || {
            if folder() {
                Done::VersionsOpened {
                    generation,
                    result: super::story::open_versions(versions, Order::ModificationTime, options)
                        .map(Box::new),
                }
            } else {
                Done::Opened {
                    generation,
                    opened: Box::new(open::open_files(requests(), current, options)),
                }
            }
        });
    }

    pub(super) fn spawn_open(
        &mut self,
        requests: impl FnOnce() -> Vec<(Side, Source)> + Send + 'static,
    ) {
        let (current, options, generation) = self.prepare_open();
        self.jobs.spawn(move || Done::Opened {
            generation,
            opened: Box::new(open::open_files(requests(), current, options)),
        });
    }

    /// What opening files needs from the panes, with a new request number.
    fn prepare_open(&mut self) -> (Current, crate::compare::Options, u64) {
        self.opening = true;
        let current = Current {
            documents: [self.session.left().clone(), self.session.right().clone()],
            missing: self.missing.clone(),
            pair: self.session.pair(),
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
        (current, options, generation)
    }

    /// Opens `text` (pasted) into `side`, named after the time it was pasted.
    pub(super) fn open_text(&mut self, side: Side, text: String) {
        if text.trim().is_empty() {
            self.say(Tone::Info, "The clipboard holds no text to paste.");
            return;
        }
        let name = format!("Pasted text ({})", clock_time(crate::session::now()));
        let document = crate::load::Document::from_text(name, &text);
        self.spawn_open(move || vec![(side, Source::Text(document))]);
    }

    /// Reads the shown files again (the same review continues).
    pub(super) fn reload(&mut self) {
        if self.session.is_history() {
            self.reload_versions();
            return;
        }
        let requests: Vec<(Side, PathBuf)> = [
            (Side::Left, self.session.left()),
            (Side::Right, self.session.right()),
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
        self.spawn_compare(true);
        self.compute_history();
    }

    /// Compares the pair of versions now chosen, on a worker (the story stays as it is).
    pub(super) fn compare_pair(&mut self) {
        if self.opening {
            self.recompare_after_open = true;
            return;
        }
        self.spawn_compare(false);
    }

    fn spawn_compare(&mut self, same_documents: bool) {
        let (left, right) = (self.session.left().clone(), self.session.right().clone());
        let (options, missing) = (self.session.options.clone(), self.missing.clone());
        let pair = self.session.pair();
        let generation = self.next_generation();
        self.jobs.spawn(move || Done::Compared {
            generation,
            shown: Shown::compute(&left, &right, pair, &options, &missing),
            same_documents,
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

/// Two paths for the panes, the older file (by modification time) on the left.
fn ordered_pair(mut paths: Vec<PathBuf>) -> Vec<(Side, Source)> {
    let modified = |p: &PathBuf| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    if let (Some(a), Some(b)) = (
        paths.first().and_then(modified),
        paths.get(1).and_then(modified),
    ) && b < a
    {
        paths.swap(0, 1);
    }
    let sources = paths.into_iter().map(Source::Path);
    [Side::Left, Side::Right].into_iter().zip(sources).collect()
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
