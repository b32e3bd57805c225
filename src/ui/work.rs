//! Work off the UI thread: loading files, comparing them and file dialogs report back through
//! one channel, so the window keeps repainting. Small inputs are done at once instead, so the
//! common case has no flicker and tests stay deterministic.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use crate::compare::Side;
use crate::compare::{Comparison, Options};
use crate::load::{Document, LoadError};

use super::lines::Lines;

/// Inputs smaller than this (both texts together) are compared on the UI thread.
pub const INLINE_BYTES: usize = 2 * 1024 * 1024;

/// A comparison ready to show, with its display layout.
#[derive(Clone)]
pub struct View {
    /// The comparison.
    pub comparison: Arc<Comparison>,
    /// Its layout.
    pub lines: Arc<Lines>,
}

impl View {
    /// Compares and lays out.
    pub fn compute(left: Arc<Document>, right: Arc<Document>, options: &Options) -> View {
        let comparison = Comparison::new(left, right, options);
        let lines = Lines::new(&comparison);
        View {
            comparison: Arc::new(comparison),
            lines: Arc::new(lines),
        }
    }
}

/// What came back from a worker.
pub enum Done {
    /// Files were read (each with the side it goes to).
    Loaded {
        /// The request it answers.
        generation: u64,
        /// The results, in order.
        files: Vec<(Side, Result<Document, LoadError>)>,
    },
    /// A comparison was computed.
    Compared {
        /// The request it answers.
        generation: u64,
        /// The result.
        view: View,
    },
    /// A session save on a worker finished (the saved revision, or why it failed).
    Saved(Result<(crate::session::Saved, u64), String>),
    /// A save dialog closed (`None`: cancelled).
    PickedSave(Option<PathBuf>),
    /// A session file was picked (`None`: cancelled).
    PickedSession(Option<PathBuf>),
    /// A file dialog closed.
    Picked {
        /// The side asked for, or `None` for "both".
        side: Option<Side>,
        /// The chosen files (empty when cancelled or when no dialog could be shown).
        paths: Vec<PathBuf>,
        /// How long the dialog was open; an instant empty answer means no dialog exists.
        open_for: Duration,
    },
}

/// The channel the workers answer on.
pub struct Workers {
    sender: Sender<Done>,
    receiver: Receiver<Done>,
    ctx: Option<egui::Context>,
    /// How many jobs are running.
    pub running: usize,
}

impl Default for Workers {
    fn default() -> Self {
        let (sender, receiver) = channel();
        Workers {
            sender,
            receiver,
            ctx: None,
            running: 0,
        }
    }
}

impl Workers {
    /// Remembers the context so that workers can wake the UI when they finish.
    pub fn set_context(&mut self, ctx: &egui::Context) {
        if self.ctx.is_none() {
            self.ctx = Some(ctx.clone());
        }
    }

    /// Runs `job` on a thread; its answer arrives through [`Workers::try_recv`].
    pub fn spawn(&mut self, job: impl FnOnce() -> Done + Send + 'static) {
        let sender = self.sender.clone();
        let ctx = self.ctx.clone();
        self.running += 1;
        std::thread::spawn(move || {
            let _ = sender.send(job());
            if let Some(ctx) = ctx {
                ctx.request_repaint();
            }
        });
    }

    /// The next finished job, if any.
    pub fn try_recv(&mut self) -> Option<Done> {
        let done = self.receiver.try_recv().ok()?;
        self.running = self.running.saturating_sub(1);
        Some(done)
    }
}

/// Reads files for the given sides.
pub fn load_all(requests: Vec<(Side, PathBuf)>) -> Vec<(Side, Result<Document, LoadError>)> {
    requests
        .into_iter()
        .map(|(side, path)| (side, Document::load(&path)))
        .collect()
}

/// Whether a native file dialog can be shown: on Linux, rfd needs a desktop portal (over the
/// session bus) or `zenity`; without either it answers "cancelled" at once.
pub fn dialogs_available() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty());
    let zenity = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file()));
    bus || zenity
}

/// Shows a file dialog (blocking; run it on a worker).
pub fn pick(side: Option<Side>) -> Done {
    let started = Instant::now();
    let title = match side {
        Some(side) => format!("Open the {} version", side.role()),
        None => "Open both versions (the older file goes on the left)".to_string(),
    };
    let dialog = rfd::FileDialog::new()
        .set_title(title)
        .add_filter("Text and Markdown", &["txt", "text", "md", "markdown"])
        .add_filter("All files", &["*"]);
    let paths = match side {
        Some(_) => dialog.pick_file().into_iter().collect(),
        None => dialog.pick_files().unwrap_or_default(),
    };
    Done::Picked {
        side,
        paths,
        open_for: started.elapsed(),
    }
}

/// Shows a save dialog (blocking; run it on a worker).
pub fn pick_save(file_name: &str, filter: &str, extensions: &[&str]) -> Done {
    Done::PickedSave(
        rfd::FileDialog::new()
            .set_file_name(file_name)
            .add_filter(filter, extensions)
            .save_file(),
    )
}

/// Shows a dialog to pick a session file (blocking; run it on a worker).
pub fn pick_session() -> Done {
    Done::PickedSession(
        rfd::FileDialog::new()
            .set_title("Open a review session")
            .add_filter("Redline review", &["json"])
            .pick_file(),
    )
}
