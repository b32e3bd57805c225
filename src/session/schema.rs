//! Reading session files: parsing schemas 1 to 4, self-contained or the store's record, with
//! migration, and view files. Writing is in `format.rs`.
//!
//! A record is told apart from a self-contained file by its top-level `"texts": "stored"`:
//! its documents then carry `hash` and `length` instead of `text`, and the texts live in the
//! store's `texts/HASH-LEN.txt`. A record has no view (it is in `ID.view.json`). Neither form
//! holds the session's id: the file name is the only key.

use std::path::PathBuf;
use std::sync::Arc;

use serde::Deserialize;
use serde_json::Value;

use super::document::{SavedDocument, text_hash};
use super::id::SessionId;
use super::marks::{Mark, merge};
use super::model::{SavedView, Session};
use crate::compare::Options;
use crate::load::{Document, Format, Meta};

/// The schema version written now.
///
/// - 1 (the first releases): texts inline, review marks a map from "LEFT:RIGHT" sentence
///   indices to a state.
/// - 2: texts inline, marks keyed by their sentences' texts (they survive a source changing).
/// - 3: in the store, a small record with the texts in content-addressed files and the view
///   in a file of its own; marks carry the time they changed, and cleared marks are kept as
///   tombstones, so that two windows' saves merge. A self-contained file (Save session as…)
///   still holds everything, texts and view included.
/// - 4: `versions` (a story's versions, two or more) in place of `left` and `right`, and
///   `pair`, the two shown; each mark names the pair of versions it belongs to (`[0, 1]` when
///   left out); a document keeps its page's metadata (byline, times, address).
pub const SCHEMA_VERSION: u32 = 4;

/// The `texts` value that marks a record of the store.
pub(super) const STORED: &str = "stored";

/// What is wrong with a file's content.
#[derive(Debug, PartialEq)]
pub(super) enum Problem {
    /// Not a session (or not a view).
    Corrupt(String),
    /// From a newer schema.
    TooNew(u64),
}

/// Where a parsed document's text is.
#[derive(Debug)]
pub(super) enum Text {
    /// In the file (self-contained forms, every schema 1 and 2 file).
    Inline(String),
    /// In the store's texts folder, checked against its hash and byte length when read.
    Stored {
        /// [`text_hash`] of the text: 16 lowercase hex digits (checked, as it names a file).
        hash: String,
        /// Its length in bytes.
        length: usize,
    },
}

/// A document as parsed, before its text is fetched.
#[derive(Debug)]
pub(super) struct ParsedDocument {
    /// Where it was read from.
    pub path: Option<PathBuf>,
    /// The name shown.
    pub name: String,
    /// The encoding it was decoded from.
    pub encoding: String,
    /// The format it was read as (from the path when the file predates the field).
    pub format: Format,
    /// Byline, times, address (empty before schema 4).
    pub meta: Meta,
    /// Its text, or where to find it.
    pub text: Text,
}

/// A session file as parsed (any schema, either form), migrated to schema 4.
#[derive(Debug)]
pub(super) struct Parsed {
    /// The name shown in the sessions list.
    pub name: String,
    /// Created, seconds since 1970.
    pub created: u64,
    /// Last saved, seconds since 1970.
    pub updated: u64,
    /// The versions (at least two; the original and the revision before schema 4).
    pub versions: Vec<ParsedDocument>,
    /// The two versions shown (`[0, 1]` before schema 4).
    pub pair: [usize; 2],
    /// Comparison options.
    pub options: Options,
    /// The view, in a self-contained file.
    pub view: Option<SavedView>,
    /// One mark per key.
    pub marks: Vec<Mark>,
    /// Reviewed changes and all changes as of the save.
    pub progress: (usize, usize),
}

impl Parsed {
    /// The text hashes of its versions, as written (computed for inline texts).
    pub fn hashes(&self) -> Vec<String> {
        self.versions
            .iter()
            .map(|v| match &v.text {
                Text::Stored { hash, .. } => hash.clone(),
                Text::Inline(text) => text_hash(text),
            })
            .collect()
    }

    /// Whether it is a record of the store (texts stored apart) rather than self-contained.
    pub fn is_record(&self) -> bool {
        self.versions
            .iter()
            .any(|v| matches!(v.text, Text::Stored { .. }))
    }

    /// The session, with stored texts read through `fetch(hash, length, name)` (which checks
    /// them); inline texts are hashed here.
    pub fn into_session<E>(
        self,
        id: SessionId,
        mut fetch: impl FnMut(&str, usize, &str) -> Result<String, E>,
    ) -> Result<Session, E> {
        let mut document = |parsed: ParsedDocument| -> Result<SavedDocument, E> {
            let (text, hash) = match parsed.text {
                Text::Inline(text) => {
                    let hash = text_hash(&text);
                    (text, hash)
                }
                Text::Stored { hash, length } => (fetch(&hash, length, &parsed.name)?, hash),
            };
            let document = Document {
                path: parsed.path,
                name: parsed.name,
                text,
                encoding: parsed.encoding,
                format: parsed.format,
                meta: parsed.meta,
            };
            Ok(SavedDocument {
                document: Arc::new(document),
                hash,
            })
        };
        let versions = self
            .versions
            .into_iter()
            .map(&mut document)
            .collect::<Result<Vec<_>, E>>()?;
        Ok(Session {
            id,
            name: self.name,
            created: self.created,
            updated: self.updated,
            versions,
            pair: self.pair,
            options: self.options,
            view: self.view.unwrap_or_default(),
            marks: self.marks,
            progress: self.progress,
        })
    }
}

/// A file as read, before its documents are checked.
#[derive(Deserialize)]
struct Incoming {
    #[serde(default)]
    texts: Option<String>,
    #[serde(default)]
    name: String,
    #[serde(default)]
    created: u64,
    #[serde(default)]
    updated: u64,
    /// Before schema 4.
    #[serde(default)]
    left: Option<IncomingDocument>,
    /// Before schema 4.
    #[serde(default)]
    right: Option<IncomingDocument>,
    /// Schema 4.
    #[serde(default)]
    versions: Option<Vec<IncomingDocument>>,
    /// Schema 4.
    #[serde(default = "first_pair")]
    pair: [usize; 2],
    #[serde(default)]
    options: Options,
    #[serde(default)]
    view: Option<SavedView>,
    #[serde(default)]
    marks: Vec<Mark>,
    #[serde(default)]
    progress: (usize, usize),
}

/// A document as read: `text` in a self-contained file, `hash` + `length` in a record.
#[derive(Deserialize)]
pub(super) struct IncomingDocument {
    #[serde(default)]
    path: Option<PathBuf>,
    #[serde(default)]
    name: String,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    hash: Option<String>,
    #[serde(default)]
    length: Option<usize>,
    #[serde(default = "utf_8")]
    encoding: String,
    /// Missing before schema 3: then taken from the path, as loading does.
    #[serde(default)]
    format: Option<Format>,
    /// Missing before schema 4.
    #[serde(default)]
    meta: Meta,
}

/// Whether `text` is a [`text_hash`]: 16 lowercase hex digits. Checked before a hash read
/// from a file names a text file.
pub(super) fn is_hash(text: &str) -> bool {
    text.len() == 16 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn first_pair() -> [usize; 2] {
    [0, 1]
}

fn utf_8() -> String {
    "UTF-8".to_string()
}

impl IncomingDocument {
    pub(super) fn check(self, side: &str, stored: bool) -> Result<ParsedDocument, String> {
        let text = if stored {
            let hash = self
                .hash
                .filter(|h| is_hash(h))
                .ok_or_else(|| format!("the {side} document has no valid hash"))?;
            let length = self
                .length
                .ok_or_else(|| format!("the {side} document has no length"))?;
            Text::Stored { hash, length }
        } else {
            Text::Inline(
                self.text
                    .ok_or_else(|| format!("the {side} document has no text"))?,
            )
        };
        let format = self
            .format
            .unwrap_or_else(|| self.path.as_deref().map_or(Format::Text, Format::from_path));
        Ok(ParsedDocument {
            path: self.path,
            name: self.name,
            encoding: self.encoding,
            format,
            meta: self.meta,
            text,
        })
    }
}

/// Parses a session file's bytes, migrating older schemas. A missing or malformed
/// `schema_version` is damage, never a reason to guess a version (guessing 1 once replaced
/// every mark of such files).
pub(super) fn parse(bytes: &[u8]) -> Result<Parsed, Problem> {
    parse_value(parse_json(bytes)?)
}

/// The JSON of a file's bytes.
pub(super) fn parse_json(bytes: &[u8]) -> Result<Value, Problem> {
    let text =
        std::str::from_utf8(bytes).map_err(|e| Problem::Corrupt(format!("not UTF-8 text: {e}")))?;
    serde_json::from_str(text).map_err(|e| Problem::Corrupt(e.to_string()))
}

/// Parses a session file's JSON (see [`parse`]).
pub(super) fn parse_value(mut value: Value) -> Result<Parsed, Problem> {
    let Some(object) = value.as_object_mut() else {
        return Err(Problem::Corrupt("not a JSON object".into()));
    };
    let version = match object.get("schema_version") {
        None => return Err(Problem::Corrupt("no schema_version".into())),
        Some(v) => v.as_u64().filter(|&n| n >= 1).ok_or_else(|| {
            Problem::Corrupt(format!("schema_version {v} is not a positive integer"))
        })?,
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(Problem::TooNew(version));
    }
    if version == 1 {
        migrate_v1_marks(object).map_err(Problem::Corrupt)?;
    }
    let incoming: Incoming =
        serde_json::from_value(value).map_err(|e| Problem::Corrupt(e.to_string()))?;
    let stored = match incoming.texts.as_deref() {
        None => false,
        Some(STORED) if version >= 3 => true,
        Some(other) => return Err(Problem::Corrupt(format!("unknown \"texts\": {other:?}"))),
    };
    let documents = match (incoming.versions, incoming.left, incoming.right) {
        (Some(versions), None, None) if version >= 4 => versions
            .into_iter()
            .enumerate()
            .map(|(i, v)| (format!("version {}", i + 1), v))
            .collect(),
        (None, Some(left), Some(right)) if version < 4 => {
            vec![("left".to_string(), left), ("right".to_string(), right)]
        }
        _ if version >= 4 => return Err(Problem::Corrupt("no versions".into())),
        _ => return Err(Problem::Corrupt("no left and right documents".into())),
    };
    if documents.len() < 2 {
        return Err(Problem::Corrupt("fewer than two versions".into()));
    }
    let versions = documents
        .into_iter()
        .map(|(name, document)| document.check(&name, stored))
        .collect::<Result<Vec<_>, _>>()
        .map_err(Problem::Corrupt)?;
    // A hand-edited file may repeat a key: keep the newest, as a merge would.
    let mut marks = Vec::with_capacity(incoming.marks.len());
    merge(&mut marks, &incoming.marks);
    Ok(Parsed {
        name: incoming.name,
        created: incoming.created,
        updated: incoming.updated,
        versions,
        pair: incoming.pair,
        options: incoming.options,
        view: incoming.view,
        marks,
        progress: incoming.progress,
    })
}

/// Schema 1 kept marks as `{"L:R": "accepted"}` by sentence indices. Turns them into schema 2+
/// marks keyed by the sentences' texts (from the inline texts). Every mark is kept: a side
/// whose index does not resolve becomes `None`, and the mark an orphan the viewer lists.
fn migrate_v1_marks(object: &mut serde_json::Map<String, Value>) -> Result<(), String> {
    let map = match object.get("marks") {
        None | Some(Value::Null) => return Ok(()),
        Some(Value::Object(map)) => map,
        Some(_) => return Err("schema 1 marks are not a map".into()),
    };
    let sentences = |side: &str| -> Vec<String> {
        let text = object
            .get(side)
            .and_then(|d| d.get("text"))
            .and_then(Value::as_str)
            .unwrap_or("");
        crate::compare::segment::segment(text)
            .iter()
            .filter_map(|s| text.get(s.range()).map(str::to_string))
            .collect()
    };
    let (left, right) = (sentences("left"), sentences("right"));
    let mut converted = Vec::with_capacity(map.len());
    for (key, review) in map {
        let (l, r) = key.split_once(':').unwrap_or((key.as_str(), ""));
        let resolve = |index: &str, sentences: &[String]| {
            index
                .trim()
                .parse::<usize>()
                .ok()
                .and_then(|i| sentences.get(i).cloned())
        };
        converted.push(serde_json::json!({
            "left": resolve(l, &left),
            "right": resolve(r, &right),
            "review": review,
            "note": "",
            "changed": 0,
        }));
    }
    object.insert("marks".into(), Value::Array(converted));
    Ok(())
}

/// Parses a view file: a damaged one is reported like any other file.
pub(super) fn parse_view(bytes: &[u8]) -> Result<SavedView, Problem> {
    let value = parse_json(bytes)?;
    if !value.is_object() {
        return Err(Problem::Corrupt("not a JSON object".into()));
    }
    serde_json::from_value(value).map_err(|e| Problem::Corrupt(e.to_string()))
}
