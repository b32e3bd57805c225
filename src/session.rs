//! A review session: both documents as loaded, the options, the view and a review mark per
//! change, saved as one JSON file per session under the platform data folder, atomically.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use crate::compare::{Comparison, Options, Row};
use crate::load::Document;

mod store;
#[cfg(test)]
mod tests;

pub use store::{DATA_DIR_VARIABLE, Saved, Store, Summary, load_file, write_atomically};

/// The schema version written now. Version 1 (the first releases) kept review marks as a map
/// from "LEFT:RIGHT" sentence indices to a state; version 2 keys marks by sentence text, so
/// that they survive a source file changing.
pub const SCHEMA_VERSION: u32 = 2;

/// The review state of one change.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Review {
    /// Not looked at yet.
    #[default]
    Unreviewed,
    /// Checked and fine.
    Accepted,
    /// Needs attention.
    Flagged,
}

/// A review mark, attached to the change whose sentences have these texts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Mark {
    /// The left sentence of the change, if any.
    pub left: Option<String>,
    /// The right sentence of the change, if any.
    pub right: Option<String>,
    /// Accepted or flagged.
    pub review: Review,
    /// The reviewer's note.
    pub note: String,
}

impl Mark {
    /// Whether this mark belongs to `row` of `comparison`.
    pub fn fits(&self, comparison: &Comparison, row: &Row) -> bool {
        let left = row.left.map(|l| comparison.left.sentence_text(l));
        let right = row.right.map(|r| comparison.right.sentence_text(r));
        self.left.as_deref() == left && self.right.as_deref() == right
    }

    /// A mark for `row` of `comparison`.
    pub fn for_row(comparison: &Comparison, row: &Row) -> Mark {
        Mark {
            left: row
                .left
                .map(|l| comparison.left.sentence_text(l).to_string()),
            right: row
                .right
                .map(|r| comparison.right.sentence_text(r).to_string()),
            review: Review::Unreviewed,
            note: String::new(),
        }
    }
}

/// A document as saved: enough to reopen the review even if the file is gone.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedDocument {
    /// Where it was read from.
    pub path: Option<PathBuf>,
    /// The name shown.
    pub name: String,
    /// The text as loaded.
    pub text: String,
    /// [`text_hash`] of the text, to notice when the file on disk changed.
    pub hash: String,
    /// The encoding it was decoded from.
    pub encoding: String,
}

impl SavedDocument {
    /// Saves a document.
    pub fn from_document(document: &Document) -> SavedDocument {
        SavedDocument {
            path: document.path.clone(),
            name: document.name.clone(),
            text: document.text.clone(),
            hash: text_hash(&document.text),
            encoding: document.encoding.clone(),
        }
    }

    /// The document again, from the saved text.
    pub fn to_document(&self) -> Document {
        Document {
            path: self.path.clone(),
            name: self.name.clone(),
            text: self.text.clone(),
            encoding: self.encoding.clone(),
            format: self
                .path
                .as_deref()
                .map_or(crate::load::Format::Text, crate::load::Format::from_path),
        }
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

/// One review session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Session {
    /// The schema version it was written with.
    pub schema_version: u32,
    /// The file name (without `.json`) it is stored under.
    pub id: String,
    /// The name shown in the sessions list.
    pub name: String,
    /// When it was created (seconds since 1970).
    pub created: u64,
    /// When it was last saved (seconds since 1970).
    pub updated: u64,
    /// Incremented by every save; tells a window that another one saved in between.
    pub revision: u64,
    /// Which running window saved it last.
    pub writer: String,
    /// The original.
    pub left: SavedDocument,
    /// The revision.
    pub right: SavedDocument,
    /// Comparison options.
    pub options: Options,
    /// The view.
    pub view: SavedView,
    /// Review marks of changes (only the reviewed ones are kept).
    pub marks: Vec<Mark>,
    /// Reviewed changes and all changes as of the last save (for the sessions list).
    pub progress: (usize, usize),
}

impl Default for Session {
    fn default() -> Self {
        Session {
            schema_version: SCHEMA_VERSION,
            id: String::new(),
            name: String::new(),
            created: 0,
            updated: 0,
            revision: 0,
            writer: String::new(),
            left: SavedDocument::default(),
            right: SavedDocument::default(),
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

/// A stable hash of a text (64-bit FNV-1a, as hex): the same in every version and platform.
pub fn text_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

impl Session {
    /// A new session on two documents, named after them.
    pub fn new(left: &Document, right: &Document) -> Session {
        let created = now();
        Session {
            id: format!(
                "{created}-{}",
                &text_hash(&format!("{}{}", left.name, right.name))[..6]
            ),
            name: format!("{} vs {}", left.name, right.name),
            created,
            updated: created,
            left: SavedDocument::from_document(left),
            right: SavedDocument::from_document(right),
            ..Session::default()
        }
    }

    /// The review of `row`, if marked.
    pub fn mark(&self, comparison: &Comparison, row: &Row) -> Option<&Mark> {
        self.marks.iter().find(|m| m.fits(comparison, row))
    }

    /// Sets the review (and keeps the note) of `row`; an unreviewed mark without a note is
    /// dropped.
    pub fn set_review(&mut self, comparison: &Comparison, row: &Row, review: Review) {
        self.edit_mark(comparison, row, |m| m.review = review);
    }

    /// Sets the note of `row`.
    pub fn set_note(&mut self, comparison: &Comparison, row: &Row, note: &str) {
        self.edit_mark(comparison, row, |m| m.note = note.to_string());
    }

    fn edit_mark(&mut self, comparison: &Comparison, row: &Row, edit: impl FnOnce(&mut Mark)) {
        let index = match self.marks.iter().position(|m| m.fits(comparison, row)) {
            Some(i) => i,
            None => {
                self.marks.push(Mark::for_row(comparison, row));
                self.marks.len() - 1
            }
        };
        edit(&mut self.marks[index]);
        let mark = &self.marks[index];
        if mark.review == Review::Unreviewed && mark.note.is_empty() {
            self.marks.remove(index);
        }
    }

    /// The marks that match no change of `comparison` (after a source changed).
    pub fn orphan_marks(&self, comparison: &Comparison) -> Vec<&Mark> {
        self.marks
            .iter()
            .filter(|m| !comparison.rows.iter().any(|row| m.fits(comparison, row)))
            .collect()
    }

    /// How many of `comparison`'s changes are reviewed (accepted or flagged).
    pub fn reviewed(&self, comparison: &Comparison) -> usize {
        comparison
            .rows
            .iter()
            .filter(|row| row.kind != crate::compare::Kind::Shared)
            .filter(|row| {
                self.mark(comparison, row)
                    .is_some_and(|m| m.review != Review::Unreviewed)
            })
            .count()
    }
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
    /// The file is not a session (truncated, edited, empty).
    #[error("{path} is damaged ({reason}); it was moved aside to {moved_to}")]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
        /// Where it is now.
        moved_to: PathBuf,
    },
    /// The file comes from a newer Redline.
    #[error(
        "{path} was saved by a newer Redline (schema {version}); it was moved aside to {moved_to}"
    )]
    TooNew {
        /// The file.
        path: PathBuf,
        /// Its schema version.
        version: u64,
        /// Where it is now.
        moved_to: PathBuf,
    },
}

/// Upgrades a session written by an older schema to the current one.
pub fn migrate(mut value: Value) -> Result<Value, String> {
    let version = value
        .get("schema_version")
        .and_then(Value::as_u64)
        .unwrap_or(1);
    if version == 1 {
        // v1: "marks": {"L:R": "accepted"} by sentence indices. Keep the states; the texts
        // are filled in from the saved documents' sentences.
        let marks = value.get("marks").cloned().unwrap_or(Value::Null);
        let mut converted = Vec::new();
        if let Value::Object(map) = marks {
            let sentences = |side: &str| -> Vec<String> {
                let text = value[side]["text"].as_str().unwrap_or("");
                crate::compare::segment::segment(text)
                    .iter()
                    .map(|s| text[s.range()].to_string())
                    .collect()
            };
            let (left, right) = (sentences("left"), sentences("right"));
            for (key, review) in map {
                let mut parts = key.split(':').map(|p| p.parse::<usize>().ok());
                let (l, r) = (parts.next().flatten(), parts.next().flatten());
                converted.push(serde_json::json!({
                    "left": l.and_then(|i| left.get(i)),
                    "right": r.and_then(|i| right.get(i)),
                    "review": review,
                    "note": "",
                }));
            }
        }
        value["marks"] = Value::Array(converted);
        value["schema_version"] = Value::from(2);
    }
    Ok(value)
}

/// Parses a session file's content, migrating older schemas.
pub fn parse(content: &str) -> Result<Session, ParseProblem> {
    let value: Value =
        serde_json::from_str(content).map_err(|e| ParseProblem::Corrupt(e.to_string()))?;
    if !value.is_object() {
        return Err(ParseProblem::Corrupt("not a JSON object".into()));
    }
    let version = value
        .get("schema_version")
        .and_then(Value::as_u64)
        .unwrap_or(1);
    if version > u64::from(SCHEMA_VERSION) {
        return Err(ParseProblem::TooNew(version));
    }
    let value = migrate(value).map_err(ParseProblem::Corrupt)?;
    serde_json::from_value(value).map_err(|e| ParseProblem::Corrupt(e.to_string()))
}

/// What is wrong with a session file's content.
#[derive(Debug, PartialEq)]
pub enum ParseProblem {
    /// Not a session.
    Corrupt(String),
    /// From a newer schema.
    TooNew(u64),
}

/// Where a session file lives: `DIR/ID.json`.
pub fn file_in(dir: &Path, id: &str) -> PathBuf {
    dir.join(format!("{id}.json"))
}
