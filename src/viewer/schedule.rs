//! When saves are due: a review mark at once, options shortly after, the reading position
//! rarely; and what the last save left on disk (to notice another window's save).

use std::time::{Duration, Instant};

use crate::session::Stamp;

/// How long after a review mark it is saved: at once.
pub const MARK_DELAY: Duration = Duration::ZERO;
/// How long after an option changes the session is saved (several quick changes, one save).
pub const OPTIONS_DELAY: Duration = Duration::from_millis(800);
/// How long the reading position may wait to be saved (scrolling never writes more often).
pub const VIEW_DELAY: Duration = Duration::from_secs(5);
/// How often the record on disk is checked for another window's save.
pub const POLL_EVERY: Duration = Duration::from_secs(2);

/// What is waiting to be saved, and what is being saved.
#[derive(Debug, Default)]
pub struct Saver {
    pub(super) record_due: Option<Instant>,
    pub(super) view_due: Option<Instant>,
    pub(super) in_flight: bool,
    pub(super) polling: bool,
    pub(super) next_poll: Option<Instant>,
    pub(super) stamp: Option<Stamp>,
    pub(super) failed: bool,
}

impl Saver {
    /// The record (marks, options, name, documents) changed: save it within `delay`.
    pub fn touch_record(&mut self, delay: Duration) {
        let due = Instant::now() + delay;
        self.record_due = Some(self.record_due.map_or(due, |d| d.min(due)));
    }

    /// The view (position, zoom, theme) changed: save it within [`VIEW_DELAY`].
    pub fn touch_view(&mut self) {
        self.view_due
            .get_or_insert_with(|| Instant::now() + VIEW_DELAY);
    }

    /// Forgets what was due (a new review replaces the one that was waiting).
    pub fn forget(&mut self) {
        self.record_due = None;
        self.view_due = None;
        self.stamp = None;
        self.next_poll = None;
    }

    /// Whether something waits to be saved or is being saved.
    pub fn pending(&self) -> bool {
        self.in_flight || self.record_due.is_some() || self.view_due.is_some()
    }
}
