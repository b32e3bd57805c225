//! What a session holds: the two documents, the options, the view and the review marks.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::clock::now;
use super::document::SavedDocument;
use super::id::SessionId;
use super::marks::Mark;
use crate::compare::Options;
use crate::load::Document;

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
