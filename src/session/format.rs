//! Writing session files: the store's record, and the self-contained form (serde of
//! [`Session`] and [`SavedDocument`], [`load_file`], [`save_file`]) that carries everything
//! but the id.

use std::fs;
use std::io;
use std::path::Path;
use std::sync::Arc;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use super::document::SavedDocument;
use super::error::SessionError;
use super::files::{damaged, io_error};
use super::id::SessionId;
use super::marks::Mark;
use super::model::{SavedView, Session};
use super::schema::{IncomingDocument, Problem, SCHEMA_VERSION, STORED, Text, parse, parse_value};
use crate::compare::Options;
use crate::load::{Document, Format, Meta};

/// A session file as written: the record, or the self-contained form.
#[derive(Serialize)]
struct Outgoing<'a> {
    schema_version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    texts: Option<&'static str>,
    name: &'a str,
    created: u64,
    updated: u64,
    versions: Vec<OutgoingDocument<'a>>,
    pair: [usize; 2],
    options: &'a Options,
    #[serde(skip_serializing_if = "Option::is_none")]
    view: Option<&'a SavedView>,
    marks: &'a [Mark],
    progress: (usize, usize),
}

/// A document as written: with its text (self-contained) or its length (record).
#[derive(Serialize)]
struct OutgoingDocument<'a> {
    /// Lossy: a file name that is not Unicode must not make the save fail (it only serves to
    /// find the source again).
    path: Option<String>,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    hash: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    length: Option<usize>,
    encoding: &'a str,
    format: Format,
    #[serde(skip_serializing_if = "Meta::is_empty")]
    meta: &'a Meta,
}

impl<'a> OutgoingDocument<'a> {
    fn new(saved: &'a SavedDocument, hash: &'a str, inline: bool) -> Self {
        let document = &saved.document;
        OutgoingDocument {
            path: document
                .path
                .as_deref()
                .map(|p| p.to_string_lossy().into_owned()),
            name: &document.name,
            text: inline.then_some(document.text.as_str()),
            hash,
            length: (!inline).then_some(document.text.len()),
            encoding: &document.encoding,
            format: document.format,
            meta: &document.meta,
        }
    }
}

/// The record of `session` with `marks`, saved at `updated`; `hashes` are the versions'
/// text hashes as used for their files.
pub(super) fn record_json(
    session: &Session,
    hashes: &[String],
    marks: &[Mark],
    updated: u64,
) -> serde_json::Result<Vec<u8>> {
    serde_json::to_vec_pretty(&Outgoing {
        schema_version: SCHEMA_VERSION,
        texts: Some(STORED),
        name: &session.name,
        created: session.created,
        updated,
        versions: session
            .versions
            .iter()
            .zip(hashes)
            .map(|(version, hash)| OutgoingDocument::new(version, hash, false))
            .collect(),
        pair: session.pair,
        options: &session.options,
        view: None,
        marks,
        progress: session.progress,
    })
}

impl Serialize for SavedDocument {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        OutgoingDocument::new(self, &self.hash, true).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for SavedDocument {
    /// Reads the self-contained form; the hash is computed from the text, which is what the
    /// document holds whatever the file says.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let parsed = IncomingDocument::deserialize(deserializer)?
            .check("", false)
            .map_err(D::Error::custom)?;
        let Text::Inline(text) = parsed.text else {
            return Err(D::Error::custom("the document has no text"));
        };
        Ok(SavedDocument::new(Arc::new(Document {
            path: parsed.path,
            name: parsed.name,
            text,
            encoding: parsed.encoding,
            format: parsed.format,
            meta: parsed.meta,
        })))
    }
}

impl Serialize for Session {
    /// The self-contained form (schema 4): texts and view inline, no id.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Outgoing {
            schema_version: SCHEMA_VERSION,
            texts: None,
            name: &self.name,
            created: self.created,
            updated: self.updated,
            versions: self
                .versions
                .iter()
                .map(|version| OutgoingDocument::new(version, &version.hash, true))
                .collect(),
            pair: self.pair,
            options: &self.options,
            view: Some(&self.view),
            marks: &self.marks,
            progress: self.progress,
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Session {
    /// A self-contained session of any schema 1 to 4, with a fresh id.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let parsed = parse_value(Value::deserialize(deserializer)?).map_err(|p| match p {
            Problem::Corrupt(reason) => D::Error::custom(reason),
            Problem::TooNew(v) => {
                D::Error::custom(format!("saved by a newer Redline (schema {v})"))
            }
        })?;
        parsed.into_session(SessionId::generate(), |_, _, _| {
            Err(D::Error::custom(
                "a record of the session store, without its texts",
            ))
        })
    }
}

/// Reads a self-contained session file (any schema 1..=4) from anywhere; never moves it (it is
/// the user's file): a damaged one is only reported. Gets a fresh id.
pub fn load_file(path: &Path) -> Result<Session, SessionError> {
    let bytes = fs::read(path).map_err(|e| io_error(path, e))?;
    let parsed = parse(&bytes).map_err(|p| damaged(path, p, false))?;
    if parsed.is_record() {
        return Err(damaged(
            path,
            Problem::Corrupt(
                "a record of the session store, without its texts: open it from the sessions list"
                    .into(),
            ),
            false,
        ));
    }
    parsed.into_session(SessionId::generate(), |_, _, _| {
        Err(io_error(path, io::Error::other("no inline text")))
    })
}

/// Writes a self-contained session file (schema 4, texts and view inline), atomically.
pub fn save_file(path: &Path, session: &Session) -> Result<(), SessionError> {
    crate::atomic::write_with(path, |out| {
        serde_json::to_writer_pretty(out, session).map_err(io::Error::other)
    })
    .map_err(|e| io_error(path, e))
}
