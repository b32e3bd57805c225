//! What the store's operations take and give back: which parts a save writes, what it found,
//! a record's stamp, a line of the sessions list.

use std::fs;
use std::time::SystemTime;

use super::id::SessionId;
use super::marks::Mark;

/// Which parts of a session a save writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parts {
    /// The record: name, documents (their texts once), options, marks, progress.
    pub record: bool,
    /// The view.
    pub view: bool,
}

impl Parts {
    /// Record and view.
    pub const ALL: Parts = Parts {
        record: true,
        view: true,
    };
    /// The record only (after a mark, a rename, new options).
    pub const RECORD: Parts = Parts {
        record: true,
        view: false,
    };
    /// The view only (scrolling, zoom).
    pub const VIEW: Parts = Parts {
        record: false,
        view: true,
    };
}

/// What a save found and did.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    /// The marks now on disk after merging (show these). The session's own marks when the
    /// record was not saved.
    pub marks: Vec<Mark>,
    /// The disk held marks from another window that were merged in.
    pub merged_other: bool,
    /// The record's stamp after the save (see [`Store::stamp`](super::store::Store::stamp)).
    pub stamp: Option<Stamp>,
}

/// A cheap fingerprint of a record file (modified time + length, and on Unix the file itself,
/// which every atomic save replaces), to notice another window's save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
    file: u64,
}

impl Stamp {
    pub(super) fn of(meta: &fs::Metadata) -> Stamp {
        #[cfg(unix)]
        let file = std::os::unix::fs::MetadataExt::ino(meta);
        #[cfg(not(unix))]
        let file = 0;
        Stamp {
            modified: meta.modified().ok(),
            len: meta.len(),
            file,
        }
    }
}

/// A line of the sessions list.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// The session's id.
    pub id: SessionId,
    /// Its name.
    pub name: String,
    /// The original's name (the first version's).
    pub left: String,
    /// The revision's name (the last version's).
    pub right: String,
    /// How many versions it follows (two for a plain comparison).
    pub versions: usize,
    /// Last saved (seconds since 1970).
    pub updated: u64,
    /// Reviewed changes and all changes, as of the last save.
    pub progress: (usize, usize),
}
