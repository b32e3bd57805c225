//! Reading articles into [`Document`]s from files, bytes and web addresses: the format is
//! sniffed from the content (the extension or a server's type is only a hint), and HTML,
//! Word, OpenDocument and PDF are reduced to their article text, one paragraph per block.

mod archive;
mod document;
mod docx;
mod error;
pub mod fetch;
mod folder;
mod html;
mod odt;
mod panics;
mod pdf;
mod pdf_columns;
mod pdf_lines;
mod read;
mod sniff;
mod text;
mod xml;

use std::path::Path;

pub use document::{Document, Format, Meta};
pub use error::{LoadError, SUPPORTED};
pub use fetch::{fetch, is_url};
pub use folder::versions_in;
pub use read::MAX_FILE_BYTES;
pub use text::{compose, decode, normalize_newlines};

/// The encoding reported for text extracted from Word, OpenDocument and PDF files, whose
/// text is Unicode inside the format.
const EXTRACTED_ENCODING: &str = "UTF-8";

impl Document {
    /// Reads the file at `path` and extracts its article text.
    pub fn load(path: &Path) -> Result<Document, LoadError> {
        let bytes = read::read_limited(path)?;
        let mut document = convert(
            &path.display().to_string(),
            bytes,
            Format::from_path(path),
            None,
        )?;
        document.path = Some(path.to_path_buf());
        document.name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        Ok(document)
    }

    /// Extracts a document from bytes already in memory (a download, a clipboard, a drop),
    /// named `name` in messages. `hint` is the format the name or a server suggests; the
    /// content decides.
    pub fn from_bytes(
        name: impl Into<String>,
        bytes: Vec<u8>,
        hint: Format,
    ) -> Result<Document, LoadError> {
        let name = name.into();
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(LoadError::TooLarge {
                path: name.into(),
                size: bytes.len() as u64,
                limit: MAX_FILE_BYTES,
            });
        }
        convert(&name, bytes, hint, None)
    }
}

/// Opens a path or a web address: `http://` and `https://` addresses are fetched (blocking:
/// call it on a worker thread), other addresses (`ftp://…`) refused, anything else is read
/// as a file.
pub fn open(input: &Path) -> Result<Document, LoadError> {
    match input.to_str().filter(|s| looks_like_address(s)) {
        Some(url) => fetch(url),
        None => Document::load(input),
    }
}

/// True for `scheme://…` with a scheme of letters (a path never starts so).
fn looks_like_address(input: &str) -> bool {
    input.split_once("://").is_some_and(|(scheme, _)| {
        scheme.len() >= 2 && scheme.chars().all(|c| c.is_ascii_alphabetic())
    })
}

/// Turns the bytes of an input named `name` into a document. `charset` is a label from an
/// HTTP header, which outranks a page's `<meta>` but not a byte-order mark.
pub(crate) fn convert(
    name: &str,
    bytes: Vec<u8>,
    hint: Format,
    charset: Option<&str>,
) -> Result<Document, LoadError> {
    let extracted = |format, text: String, meta| Document {
        path: None,
        name: name.to_string(),
        text: compose(normalize_newlines(text)),
        encoding: EXTRACTED_ENCODING.to_string(),
        format,
        meta,
    };
    if sniff::is_pdf(&bytes) {
        let (text, meta) = pdf::extract(name, &bytes)?;
        return Ok(extracted(Format::Pdf, text, meta));
    }
    if sniff::is_zip(&bytes) {
        return match archive::kind(name, &bytes)? {
            archive::Kind::Docx => Ok(extracted(
                Format::Docx,
                docx::extract(name, &bytes)?,
                Meta::default(),
            )),
            archive::Kind::Odt => Ok(extracted(
                Format::Odt,
                odt::extract(name, &bytes)?,
                Meta::default(),
            )),
        };
    }
    let plain = |text: String, encoding: &'static encoding_rs::Encoding| Document {
        path: None,
        name: name.to_string(),
        text: compose(normalize_newlines(text)),
        encoding: encoding.name().to_string(),
        // Markdown is compared as written: its markers are part of what an editor changes.
        format: if hint == Format::Markdown {
            Format::Markdown
        } else {
            Format::Text
        },
        meta: Meta::default(),
    };
    if hint == Format::Html || sniff::looks_like_html(&bytes) {
        let (decoded, encoding) =
            html::decode(&bytes, charset).ok_or_else(|| sniff::binary_error(name, &bytes))?;
        if !sniff::has_markup(&decoded) {
            return Ok(plain(decoded, encoding));
        }
        let (text, meta) = html::extract(name, &decoded)?;
        let mut document = extracted(Format::Html, text, meta);
        document.encoding = encoding.name().to_string();
        return Ok(document);
    }
    let head = bytes[..bytes.len().min(16)].to_vec();
    let (decoded, encoding) =
        text::decode(bytes).ok_or_else(|| sniff::binary_error(name, &head))?;
    Ok(plain(decoded, encoding))
}

#[cfg(test)]
mod tests;
