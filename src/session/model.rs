//! What a session holds: the versions (two for a plain comparison), the options, the view and
//! the review marks.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::clock::now;
use super::document::SavedDocument;
use super::id::SessionId;
use super::marks::Mark;
use crate::compare::{Options, Side};
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

/// One review session. Its self-contained serialized form (schema 4) holds everything but the
/// id; deserializing it accepts schemas 1 to 4 and gives a fresh id.
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
    /// The versions in story order: the original and the revision for a plain comparison,
    /// a story's versions v1…vN for a history. Never fewer than two ([`Session::left`] and
    /// [`Session::right`] are the two shown, chosen by the view's `pair`).
    pub versions: Vec<SavedDocument>,
    /// The two versions the panes show (left, right), as indices into `versions`: saved in
    /// the record with the versions, since it depends on their order. Read it through
    /// [`Session::pair`], which checks it.
    pub pair: [usize; 2],
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
            versions: vec![SavedDocument::new(left), SavedDocument::new(right)],
            pair: [0, 1],
            options: Options::default(),
            view: SavedView::default(),
            marks: Vec::new(),
            progress: (0, 0),
        }
    }
}

impl Session {
    /// A new session on a story's versions (in story order), named "FIRST … LAST (N
    /// versions)", showing the last step. Fewer than two documents are padded with empty ones
    /// (a session always has two sides to show).
    pub fn with_versions(documents: Vec<Arc<Document>>) -> Session {
        let mut documents = documents.into_iter();
        let placeholder = || Arc::new(Document::from_text("", ""));
        let first = documents.next().unwrap_or_else(placeholder);
        let second = documents.next().unwrap_or_else(placeholder);
        let mut session = Session::new(first, second);
        session.versions.extend(documents.map(SavedDocument::new));
        let count = session.versions.len();
        if count > 2 {
            let (first, last) = (&session.versions[0], &session.versions[count - 1]);
            session.name = format!(
                "{} … {} ({count} versions)",
                first.document.name, last.document.name
            );
            session.pair = [count - 2, count - 1];
        }
        session
    }

    /// The two versions shown (left, right): `pair` when it names two different versions,
    /// else the first two.
    pub fn pair(&self) -> [usize; 2] {
        let [a, b] = self.pair;
        let count = self.versions.len();
        if a != b && a < count && b < count {
            [a, b]
        } else {
            [0, 1]
        }
    }

    /// The version shown on `side`.
    ///
    /// A session always has two versions or more (files with fewer are refused as damaged).
    pub fn side(&self, side: Side) -> &SavedDocument {
        let index = self.pair()[side.index()];
        debug_assert!(
            self.versions.len() >= 2,
            "a session has two versions or more"
        );
        &self.versions[index]
    }

    /// The version shown on `side`, to replace it.
    pub fn side_mut(&mut self, side: Side) -> &mut SavedDocument {
        let index = self.pair()[side.index()];
        &mut self.versions[index]
    }

    /// The version shown on the left.
    pub fn left(&self) -> &SavedDocument {
        self.side(Side::Left)
    }

    /// The version shown on the right.
    pub fn right(&self) -> &SavedDocument {
        self.side(Side::Right)
    }

    /// Whether it follows a story through more than two versions.
    pub fn is_history(&self) -> bool {
        self.versions.len() > 2
    }
}
