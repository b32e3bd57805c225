//! A document as saved in a session, and the hash that names its text in the store.

use std::sync::Arc;

use crate::load::Document;

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
