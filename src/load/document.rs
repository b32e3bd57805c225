//! What a loaded article is: [`Document`], its [`Format`] and its [`Meta`]data.

use std::path::{Path, PathBuf};

use encoding_rs::UTF_8;
use serde::{Deserialize, Serialize};

use super::text::{compose, normalize_newlines};

/// The format a document was read as, sniffed from its content (the extension is a hint).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown, compared as its source text.
    Markdown,
    /// A web page: its main article text, boilerplate left out.
    Html,
    /// A Word document (Office Open XML).
    Docx,
    /// An OpenDocument text.
    Odt,
    /// A PDF's text layer.
    Pdf,
}

impl Format {
    /// Picks the format a file name's extension suggests; unknown extensions are plain text.
    /// Only a hint: [`Document::from_bytes`] trusts the content over it.
    pub fn from_path(path: &Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown" | "mdown" | "mkd") => Format::Markdown,
            Some("html" | "htm" | "xhtml" | "shtml") => Format::Html,
            Some("docx") => Format::Docx,
            Some("odt") => Format::Odt,
            Some("pdf") => Format::Pdf,
            _ => Format::Text,
        }
    }

    /// The lowercase name used in reports (`text`, `markdown`, `html`, `docx`, `odt`, `pdf`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Pdf => "pdf",
        }
    }
}

/// What is known about an article besides its text: shown beside it, never compared.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Meta {
    /// The page's or file's title, when it has one apart from the text.
    pub title: Option<String>,
    /// Who wrote it ("By Ana Ruiz and Tom Lee").
    pub byline: Option<String>,
    /// When it was first published, as the source says it.
    pub published: Option<String>,
    /// When it was last updated, as the source says it ("Updated 11:05 a.m. EST").
    pub updated: Option<String>,
    /// The address it was fetched from, for a web page opened by URL.
    pub url: Option<String>,
}

impl Meta {
    /// True when nothing is known.
    pub fn is_empty(&self) -> bool {
        *self == Meta::default()
    }
}

/// One version of an article, as loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Where it was read from, if it came from a file.
    pub path: Option<PathBuf>,
    /// A short name to show (the file name, or the address of a web page).
    pub name: String,
    /// The text that is compared, with line endings normalised to `\n`: for HTML, Word, ODT
    /// and PDF the extracted article, one paragraph per block separated by blank lines.
    pub text: String,
    /// The name of the encoding the bytes were decoded from (e.g. `UTF-8`, `windows-1252`).
    pub encoding: String,
    /// The format it was read as.
    pub format: Format,
    /// Byline, times and the like, kept out of the compared text.
    pub meta: Meta,
}

impl Document {
    /// Builds a document from text already in memory (tests, pasted text).
    pub fn from_text(name: impl Into<String>, text: &str) -> Document {
        Document {
            path: None,
            name: name.into(),
            text: compose(normalize_newlines(text.to_string())),
            encoding: UTF_8.name().to_string(),
            format: Format::Text,
            meta: Meta::default(),
        }
    }
}
