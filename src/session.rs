//! A review session: both documents as loaded, the options, the view and a review mark per
//! change, kept in a [`Store`] under the platform data folder (or as one self-contained file).
//!
//! The store keeps each text once, content-addressed, so that saving a review mark rewrites
//! only a small record: see [`Store`] for the layout on disk.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::compare::Options;
use crate::load::Document;

mod files;
mod format;
mod id;
mod marks;
mod parts;
mod schema;
mod store;
#[cfg(test)]
mod tests;

pub use format::{load_file, save_file};
pub use id::SessionId;
pub use marks::{Mark, MarkKey, Review};
pub use parts::{Parts, Saved, Stamp, Summary};
pub use store::{DATA_DIR_VARIABLE, Store};

/// The schema version written now.
///
/// - 1 (the first releases): texts inline, review marks a map from "LEFT:RIGHT" sentence
///   indices to a state.
/// - 2: texts inline, marks keyed by their sentences' texts (they survive a source changing).
/// - 3: in the store, a small record with the texts in content-addressed files and the view
///   in a file of its own; marks carry the time they changed, and cleared marks are kept as
///   tombstones, so that two windows' saves merge. A self-contained file (Save session as…)
///   still holds everything, texts and view included.
pub const SCHEMA_VERSION: u32 = 3;

/// A document as saved. Shares the loaded document (the text is held once in memory).
///
/// Its self-contained serialized form is `{"path","name","text","hash","encoding","format"}`
/// (schema 2 plus `format`).
#[derive(Clone, Debug, PartialEq)]
pub struct SavedDocument {
    /// The document as loaded.
    pub document: Arc<Document>,
    /// [`text_hash`] of the text: names its file in the store, and tells when the source file
    /// on disk changed.
    pub hash: String,
}

impl SavedDocument {
    /// Hashes the text (call it off the UI thread for big texts).
    pub fn new(document: Arc<Document>) -> SavedDocument {
        let hash = text_hash(&document.text);
        SavedDocument { document, hash }
    }
}

/// What the reviewer was looking at.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedView {
    /// The aligned line at the top of the panes.
    pub top_line: usize,
    /// The current change, as an index into the changes.
    pub current_change: Option<usize>,
    /// Linked scrolling.
    pub sync: bool,
    /// Text zoom.
    pub zoom: f32,
    /// Dark theme.
    pub dark: bool,
}

impl Default for SavedView {
    fn default() -> Self {
        SavedView {
            top_line: 0,
            current_change: None,
            sync: true,
            zoom: 1.0,
            dark: false,
        }
    }
}

/// One review session. Its self-contained serialized form (schema 3) holds everything but the
/// id; deserializing it accepts schemas 1 to 3 and gives a fresh id.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// Its key in the store (not saved inside the file). Fresh ([`SessionId::generate`]) for
    /// a new or imported session; the file stem for one loaded from the store.
    pub id: SessionId,
    /// The name shown in the sessions list.
    pub name: String,
    /// When it was created (seconds since 1970).
    pub created: u64,
    /// When it was last saved (seconds since 1970).
    pub updated: u64,
    /// The original.
    pub left: SavedDocument,
    /// The revision.
    pub right: SavedDocument,
    /// Comparison options.
    pub options: Options,
    /// The view.
    pub view: SavedView,
    /// Review marks, tombstones included.
    pub marks: Vec<Mark>,
    /// Reviewed changes and all changes as of the last save (for the sessions list).
    pub progress: (usize, usize),
}

impl Session {
    /// A new session on two documents, named "LEFT vs RIGHT", fresh id. Hashes both texts.
    pub fn new(left: Arc<Document>, right: Arc<Document>) -> Session {
        let created = now();
        Session {
            id: SessionId::generate(),
            name: format!("{} vs {}", left.name, right.name),
            created,
            updated: created,
            left: SavedDocument::new(left),
            right: SavedDocument::new(right),
            options: Options::default(),
            view: SavedView::default(),
            marks: Vec::new(),
            progress: (0, 0),
        }
    }
}

/// Seconds since 1970.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Milliseconds since 1970.
pub fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// A stable hash of a text (64-bit FNV-1a, as 16 lowercase hex digits): the same in every
/// version and platform, since it names text files in the store and is kept in old files.
pub fn text_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Why a session could not be read or written.
#[derive(Debug, Error)]
pub enum SessionError {
    /// The file system refused.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The file is not a session (truncated, edited, empty, not text, misnamed).
    #[error("{path} is damaged ({reason}); {}", aside(moved_to.as_deref()))]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
        /// Where it is now, if it was moved aside (files of the store are; files the user
        /// opened from elsewhere are not).
        moved_to: Option<PathBuf>,
    },
    /// The file comes from a newer Redline.
    #[error(
        "{path} was saved by a newer Redline (schema {version}); {}",
        aside(moved_to.as_deref())
    )]
    TooNew {
        /// The file.
        path: PathBuf,
        /// Its schema version.
        version: u64,
        /// Where it is now, if it was moved aside.
        moved_to: Option<PathBuf>,
    },
    /// A text the session's record refers to is missing or not the text saved. The record is
    /// left in place: the texts folder is what is wrong.
    #[error("the text of {name} saved with this review is missing ({path})")]
    MissingText {
        /// The text file expected.
        path: PathBuf,
        /// The document's name.
        name: String,
    },
    /// The store has no session of that id.
    #[error("no saved session {id}")]
    NotFound {
        /// The id asked for.
        id: String,
    },
}

impl SessionError {
    /// The file moved aside, if any (the viewer reports each once).
    pub fn moved_to(&self) -> Option<&Path> {
        match self {
            SessionError::Corrupt { moved_to, .. } | SessionError::TooNew { moved_to, .. } => {
                moved_to.as_deref()
            }
            _ => None,
        }
    }
}

/// The end of a damaged file's message: where it went.
fn aside(moved_to: Option<&Path>) -> String {
    match moved_to {
        Some(to) => format!("it was moved aside to {}", to.display()),
        None => "it was left where it is".to_string(),
    }
}
