//! Work off the UI thread: reading files, comparing, saving and file dialogs run on worker
//! threads and report back through one channel, waking the window when they finish. Nothing
//! that touches the disk runs on the UI thread.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use super::open::{Opened, Restored};
use super::shown::Shown;
use crate::compare::Side;
use crate::session::{Mark, Saved, SessionError, SessionId, Stamp, Summary};

/// What came back from a worker.
pub enum Done {
    /// The session to start with was read and compared (or could not be: the message, and
    /// the sample instead).
    Started {
        /// The request it answers.
        generation: u64,
        /// What to show.
        result: Result<Box<Restored>, (String, Box<Restored>)>,
    },
    /// Files were read and compared (or could not be).
    Opened {
        /// The request it answers (a later request supersedes it).
        generation: u64,
        /// What was opened.
        opened: Box<Opened>,
    },
    /// A comparison was computed (new options, swapped sides, another pair of versions).
    Compared {
        /// The request it answers.
        generation: u64,
        /// The result.
        shown: Shown,
        /// The same documents as shown (new options): the reading position stays.
        same_documents: bool,
    },
    /// A story's versions were read and compared (or could not be: the message).
    VersionsOpened {
        /// The request it answers.
        generation: u64,
        /// What was opened.
        result: Result<Box<super::story::VersionsOpened>, String>,
    },
    /// A story's versions were read again (Reload).
    VersionsReloaded {
        /// The request it answers.
        generation: u64,
        /// Each version read again, by its index, or why it could not be.
        reloaded: Vec<(usize, Result<crate::session::SavedDocument, String>)>,
    },
    /// The story of the session's versions was computed.
    History {
        /// The request it answers (a later one supersedes it).
        generation: u64,
        /// The story.
        story: Box<super::story::Story>,
    },
    /// A save finished.
    Saved {
        /// The session saved (another may be shown by now).
        id: SessionId,
        /// The outcome.
        result: Result<Saved, SessionError>,
        /// Damaged files the store met on the way (moved aside), as messages.
        problems: Vec<String>,
    },
    /// The session's record on disk, read because another window may have saved it.
    Polled {
        /// The session read (another may be shown by now).
        id: SessionId,
        /// Its marks and stamp, if the record changed.
        found: Option<(Vec<Mark>, Option<Stamp>)>,
    },
    /// The saved sessions, and the damaged files found (moved aside) while listing them.
    Listed(Vec<Summary>, Vec<SessionError>),
    /// A file dialog closed.
    Picked {
        /// The side asked for, or `None` for "both".
        side: Option<Side>,
        /// The chosen files (empty when cancelled or when no dialog could be shown).
        paths: Vec<PathBuf>,
        /// How long the dialog was open; an instant empty answer means no dialog exists.
        open_for: Duration,
    },
    /// A save dialog closed (`None`: cancelled).
    PickedSave(SaveKind, Option<PathBuf>),
    /// A session file was picked (`None`: cancelled).
    PickedSession(Option<PathBuf>),
    /// The matches of the find bar's text.
    Found {
        /// The text searched for.
        query: String,
        /// The comparison searched (its layout), so a late answer about another is dropped.
        layout: Arc<super::layout::Lines>,
        /// Its matches.
        found: super::find::Found,
    },
    /// The completions of a typed path.
    Completed {
        /// The text completed.
        text: String,
        /// Its completions.
        completions: Vec<String>,
    },
    /// Something was written to a file the user chose: a message to show.
    Wrote(Result<PathBuf, String>),
    /// A session was read (from the store or a file) and compared.
    SessionOpened {
        /// The request it answers.
        generation: u64,
        /// The session, or why it could not be opened.
        result: Result<Box<Restored>, String>,
    },
}

/// What a save dialog is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveKind {
    /// The review as a self-contained session file.
    Session,
    /// The comparison as an HTML page.
    Html,
}

/// Wakes the window when a job finishes (set by the UI; the model knows nothing of egui).
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// A job for the worker that runs jobs one after another.
type Job = Box<dyn FnOnce() -> Done + Send>;

/// The workers' channel.
pub struct Jobs {
    sender: Sender<Done>,
    receiver: Receiver<Done>,
    waker: Arc<OnceLock<Waker>>,
    /// The worker that writes to the session store, in the order asked.
    in_order: Option<Sender<Job>>,
    running: usize,
}

impl Default for Jobs {
    fn default() -> Self {
        let (sender, receiver) = channel();
        Jobs {
            sender,
            receiver,
            waker: Arc::new(OnceLock::new()),
            in_order: None,
            running: 0,
        }
    }
}

/// Sends a job's answer and wakes the window.
fn answer(sender: &Sender<Done>, waker: &OnceLock<Waker>, done: Done) {
    let _ = sender.send(done);
    if let Some(wake) = waker.get() {
        wake();
    }
}

impl Jobs {
    /// Sets what wakes the window when a job finishes.
    pub fn set_waker(&mut self, waker: Waker) {
        let _ = self.waker.set(waker);
    }

    /// Runs `job` on a thread; its answer arrives through [`Jobs::try_recv`].
    pub fn spawn(&mut self, job: impl FnOnce() -> Done + Send + 'static) {
        let (sender, waker) = (self.sender.clone(), self.waker.clone());
        self.running += 1;
        std::thread::spawn(move || answer(&sender, &waker, job()));
    }

    /// Runs `job` after every job given here before it, on one worker: writes to the store
    /// land in the order they were asked for, so an older save never replaces a newer one.
    pub fn spawn_in_order(&mut self, job: impl FnOnce() -> Done + Send + 'static) {
        let in_order = self.in_order.get_or_insert_with(|| {
            let (queue, jobs) = channel::<Job>();
            let (sender, waker) = (self.sender.clone(), self.waker.clone());
            std::thread::spawn(move || {
                for job in jobs {
                    answer(&sender, &waker, job());
                }
            });
            queue
        });
        if in_order.send(Box::new(job)).is_ok() {
            self.running += 1;
        }
    }

    /// The next finished job, if any.
    pub fn try_recv(&mut self) -> Option<Done> {
        let done = self.receiver.try_recv().ok()?;
        self.running = self.running.saturating_sub(1);
        Some(done)
    }

    /// Waits up to `timeout` for the next finished job (on exit, to finish saving).
    pub fn recv_timeout(&mut self, timeout: Duration) -> Option<Done> {
        let done = self.receiver.recv_timeout(timeout).ok()?;
        self.running = self.running.saturating_sub(1);
        Some(done)
    }

    /// How many jobs are running.
    pub fn running(&self) -> usize {
        self.running
    }
}
