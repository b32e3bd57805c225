//! The viewer's state ([`Viewer`]) and its read accessors; how it changes is in the sibling
//! files that `impl` it (apply, receive, review, saving).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rustc_hash::FxHashMap;

use super::action::{IgnoreEditor, Message, NoteField, PathField, Tone};
use super::find::Find;
use super::jobs::{self, Done, Jobs};
use super::nav::{self, Nav};
use super::open;
use super::open_state::{self, Missing};
use super::schedule::Saver;
use super::shown::{RowMark, Shown};
use crate::compare::{Options, Side};
use crate::session::{SavedView, Session, Store, Summary};

/// The list of saved sessions, when shown.
#[derive(Debug, Default)]
pub struct SessionsList {
    /// Whether the panel is shown.
    pub open: bool,
    /// The sessions, most recent first.
    pub list: Vec<Summary>,
}

/// The fact digest's state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FactsView {
    /// The digest panel is shown.
    pub open: bool,
    /// Next and previous change visit only changes of facts.
    pub only: bool,
}

/// Which help window is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Help {
    /// The keyboard shortcuts.
    Shortcuts,
    /// About Redline.
    About,
}

/// The viewer's state.
pub struct Viewer {
    pub(super) session: Session,
    pub(super) missing: [Option<Missing>; 2],
    pub(super) shown: Option<Shown>,
    pub(super) reviews: FxHashMap<usize, RowMark>,
    /// How many of `reviews` are accepted or flagged (derived with them).
    pub(super) reviewed: usize,
    pub(super) nav: Nav,
    pub(super) find: Find,
    pub(super) path_field: Option<PathField>,
    pub(super) note: Option<NoteField>,
    pub(super) sessions: SessionsList,
    pub(super) message: Option<Message>,
    pub(super) help: Option<Help>,
    pub(super) ignore_editor: Option<IgnoreEditor>,
    pub(super) facts: FactsView,
    pub(super) changed_sources: bool,
    pub(super) quit: bool,
    pub(super) jobs: Jobs,
    pub(super) saver: Saver,
    pub(super) store: Option<Store>,
    /// Numbers open and compare requests, so that a late answer to an old one is ignored.
    pub(super) generation: u64,
    /// An open or compare request is running.
    pub(super) awaiting: bool,
    /// Files or a session are being opened (a recompare waits for them).
    pub(super) opening: bool,
    /// A paste command waits for the clipboard's text, for this side.
    pub(super) paste_into: Option<Side>,
    /// Options changed while opening: compare again once opened.
    pub(super) recompare_after_open: bool,
    /// The story of a session of three or more versions, once computed.
    pub(super) story: Option<super::story::Story>,
    /// Numbers story requests, so that a story of older versions or options is dropped.
    pub(super) history_generation: u64,
    /// The version last clicked in the rail (where a Shift+click range starts).
    pub(super) rail_anchor: Option<usize>,
    /// The sentence whose history is shown, as (version, sentence).
    pub(super) selected: Option<(usize, usize)>,
    /// Go to the selected sentence once the comparison showing this pair arrives.
    pub(super) pending_sentence: Option<(usize, usize)>,
    /// The sentence history panel is shown.
    pub(super) sentence_history_open: bool,
}

impl Viewer {
    pub(super) fn blank(store: Option<Store>) -> Viewer {
        let empty = open_state::placeholder();
        let mut session = Session::new(empty.document.clone(), empty.document);
        session.name = String::new();
        Viewer {
            session,
            missing: [Some(Missing::Empty), Some(Missing::Empty)],
            shown: None,
            reviews: FxHashMap::default(),
            reviewed: 0,
            nav: Nav::default(),
            find: Find::default(),
            path_field: None,
            note: None,
            sessions: SessionsList::default(),
            message: None,
            help: None,
            ignore_editor: None,
            facts: FactsView::default(),
            changed_sources: false,
            quit: false,
            jobs: Jobs::default(),
            saver: Saver::default(),
            store,
            generation: 0,
            awaiting: false,
            opening: false,
            paste_into: None,
            recompare_after_open: false,
            story: None,
            history_generation: 0,
            rail_anchor: None,
            selected: None,
            pending_sentence: None,
            sentence_history_open: true,
        }
    }

    /// The viewer as a user starts it, comparing once: the files named on the command line
    /// (one goes to the revised pane), else the last session from the store, else the bundled
    /// sample. Everything is read and compared on workers; the window shows a spinner meanwhile.
    pub fn start(
        store: Result<Store, crate::session::SessionError>,
        paths: Vec<PathBuf>,
    ) -> Viewer {
        let (store, problem) = match store {
            Ok(store) => (Some(store), None),
            Err(error) => (
                None,
                Some(format!(
                    "Reviews cannot be saved on this system ({error}); the viewer works without saving."
                )),
            ),
        };
        let mut viewer = Viewer::blank(store);
        if let Some(problem) = problem {
            viewer.say(Tone::Error, problem);
        }
        match paths.len() {
            3.. => viewer.open_versions(paths, crate::compare::history::Order::Given),
            0 => {
                let store = viewer.store.clone();
                let generation = viewer.next_generation();
                viewer.opening = true;
                viewer.jobs.spawn(move || Done::Started {
                    generation,
                    result: open::start(store).map(Box::new),
                });
            }
            // One path may be a folder of versions: told apart on the worker.
            1 => viewer.open_paths(paths, Some(Side::Right)),
            // As given: the first is the original (or, with a folder, a story's versions).
            _ => viewer.open_given_pair(paths),
        }
        viewer
    }

    /// A viewer on two documents already in memory, compared before it returns, with no store
    /// (benchmarks and tests).
    pub fn with_documents(left: crate::load::Document, right: crate::load::Document) -> Viewer {
        let mut viewer = Viewer::blank(None);
        let session = Session::new(Arc::new(left), Arc::new(right));
        let shown = Shown::of_session(&session);
        viewer.missing = [None, None];
        viewer.session = session;
        viewer.set_shown(shown, false);
        viewer
    }

    /// Sets what wakes the window when background work finishes.
    pub fn set_waker(&mut self, waker: jobs::Waker) {
        self.jobs.set_waker(waker);
    }

    /// Takes the answers of finished jobs and starts due saves; returns how soon it wants to
    /// be called again (a save or a check for another window's save is due then).
    pub fn poll(&mut self, now: Instant) -> Option<Duration> {
        while let Some(done) = self.jobs.try_recv() {
            self.receive(done);
        }
        self.tick(now)
    }

    /// Saves what is not saved yet, waiting for it (closing the window loses nothing).
    pub fn finish(&mut self) {
        self.flush(Duration::from_secs(10));
    }

    /// Waits up to `timeout` for background work (tests use this to see its result).
    pub fn wait_idle(&mut self, timeout: Duration) {
        let until = Instant::now() + timeout;
        while self.jobs.running() > 0 && Instant::now() < until {
            if let Some(done) = self.jobs.recv_timeout(Duration::from_millis(20)) {
                self.receive(done);
            }
        }
    }

    // ---- read accessors (panels and tests) ----

    /// The session shown (documents, options, view, marks).
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The comparison shown, once there is one.
    pub fn shown(&self) -> Option<&Shown> {
        self.shown.as_ref()
    }

    /// The comparison options.
    pub fn options(&self) -> &Options {
        &self.session.options
    }

    /// The view settings (linked scrolling, zoom, theme, position, current change).
    pub fn view(&self) -> &SavedView {
        &self.session.view
    }

    /// Scroll state that is not saved.
    pub fn nav(&self) -> &Nav {
        &self.nav
    }

    /// The document of `side` (a placeholder when missing).
    pub fn document(&self, side: Side) -> &crate::load::Document {
        &self.session.side(side).document
    }

    /// Why `side` holds no document, if it holds none.
    pub fn missing(&self, side: Side) -> Option<&Missing> {
        self.missing[open_state::index(side)].as_ref()
    }

    /// The review mark of each marked row.
    pub fn reviews(&self) -> &FxHashMap<usize, RowMark> {
        &self.reviews
    }

    /// The find bar's state.
    pub fn find(&self) -> &Find {
        &self.find
    }

    /// The path field, when open.
    pub fn path_field(&self) -> Option<&PathField> {
        self.path_field.as_ref()
    }

    /// The note being written, when open.
    pub fn note(&self) -> Option<&NoteField> {
        self.note.as_ref()
    }

    /// The sessions list.
    pub fn sessions(&self) -> &SessionsList {
        &self.sessions
    }

    /// The message to show, if any.
    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    /// The fact digest's state.
    pub fn facts(&self) -> FactsView {
        self.facts
    }

    /// The open help window.
    pub fn help(&self) -> Option<Help> {
        self.help
    }

    /// Whether a source file changed on disk since the review was saved (offer a reload).
    pub fn changed_sources(&self) -> bool {
        self.changed_sources
    }

    /// Whether work runs in the background (loading, comparing, saving).
    pub fn is_busy(&self) -> bool {
        self.jobs.running() > 0
    }

    /// Whether a comparison or load is awaited (the spinner says "Comparing…").
    pub fn is_comparing(&self) -> bool {
        self.awaiting
    }

    /// How many times files were opened or compared since the start (start-up compares once).
    pub fn compare_requests(&self) -> u64 {
        self.generation
    }

    /// The side a paste command waits to fill with the clipboard's text.
    pub fn paste_target(&self) -> Option<Side> {
        self.paste_into
    }

    /// Whether the user asked to close the window.
    pub fn wants_quit(&self) -> bool {
        self.quit
    }

    /// Whether the store saves sessions.
    pub fn has_store(&self) -> bool {
        self.store.is_some()
    }

    /// The row of the current change.
    pub fn current_row(&self) -> Option<usize> {
        nav::current_row(&self.session.view, &self.shown.as_ref()?.lines)
    }

    /// How many changes are accepted or flagged, and how many there are.
    pub fn progress(&self) -> (usize, usize) {
        let total = self.shown.as_ref().map_or(0, |s| s.lines.changes.len());
        (self.reviewed, total)
    }

    pub(super) fn say(&mut self, tone: Tone, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            tone,
        });
    }
}
