//! Reading article files into [`Document`]s: decoding, line-ending normalisation and refusal of bad input.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};
use thiserror::Error;

/// The largest file Redline opens, in bytes. Book-length texts are a few MB; anything far
/// beyond is almost certainly not an article and would only make the app sluggish.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The format a document was read as. Loading is dispatched on it so that new formats
/// (HTML, DOCX) plug in as one more variant with its own text extraction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown, compared as its source text.
    Markdown,
}

impl Format {
    /// Picks the format from a file name's extension; unknown extensions are plain text.
    pub fn from_path(path: &Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown" | "mdown" | "mkd") => Format::Markdown,
            _ => Format::Text,
        }
    }

    /// Turns decoded file content into the text that is compared.
    fn extract(self, decoded: String) -> String {
        match self {
            // Markdown is compared as written: its markers are part of what an editor changes.
            Format::Text | Format::Markdown => decoded,
        }
    }
}

/// One version of an article, as loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Where it was read from, if it came from a file.
    pub path: Option<PathBuf>,
    /// A short name to show (the file name).
    pub name: String,
    /// The decoded text, with line endings normalised to `\n`.
    pub text: String,
    /// The name of the encoding the bytes were decoded from (e.g. `UTF-8`, `windows-1252`).
    pub encoding: String,
    /// The format it was read as.
    pub format: Format,
}

/// Why a file could not be opened as a document.
#[derive(Debug, Error)]
pub enum LoadError {
    /// Nothing exists at the path.
    #[error("{path}: no such file")]
    NotFound {
        /// The path asked for.
        path: PathBuf,
    },
    /// The path is a folder.
    #[error("{path}: is a folder, not a file")]
    IsDirectory {
        /// The path asked for.
        path: PathBuf,
    },
    /// The path is a named pipe, device or socket: opening one can block forever (a pipe
    /// with no writer) or never end (`/dev/zero`), so it is refused before it is opened.
    #[error("{path}: is not a regular file (a named pipe, device or socket)")]
    NotRegularFile {
        /// The path asked for.
        path: PathBuf,
    },
    /// The operating system refused to read it.
    #[error("{path}: cannot be read ({source})")]
    Unreadable {
        /// The path asked for.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The content is not text.
    #[error("{path}: looks like a binary file, not text")]
    Binary {
        /// The path asked for.
        path: PathBuf,
    },
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error("{path}: is {size} bytes, more than the {limit}-byte limit")]
    TooLarge {
        /// The path asked for.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
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
        }
    }

    /// Reads and decodes the file at `path`.
    pub fn load(path: &Path) -> Result<Document, LoadError> {
        let bytes = read_limited(path)?;
        let (decoded, encoding) = decode(bytes).ok_or_else(|| LoadError::Binary {
            path: path.to_path_buf(),
        })?;
        let format = Format::from_path(path);
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        Ok(Document {
            path: Some(path.to_path_buf()),
            name,
            text: format.extract(compose(normalize_newlines(decoded))),
            encoding: encoding.name().to_string(),
            format,
        })
    }
}

/// Reads the whole file, refusing missing paths, folders, anything but a regular file and
/// oversized files before opening it.
fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
    let unreadable = |source: std::io::Error| LoadError::Unreadable {
        path: path.to_path_buf(),
        source,
    };
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(LoadError::NotFound {
                path: path.to_path_buf(),
            });
        }
        Err(e) => return Err(unreadable(e)),
    };
    if meta.is_dir() {
        return Err(LoadError::IsDirectory {
            path: path.to_path_buf(),
        });
    }
    // `metadata` follows symbolic links, so a link to an article loads and a link to a pipe
    // is refused. Checked before `open`, which on a named pipe waits for a writer.
    if !meta.is_file() {
        return Err(LoadError::NotRegularFile {
            path: path.to_path_buf(),
        });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let mut file = fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // Look at the start first: a binary file is refused before megabytes are read.
    (&mut file)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if Encoding::for_bom(&bytes).is_none()
        && utf16_without_bom(&bytes).is_none()
        && looks_binary_bytes(&bytes)
    {
        return Err(LoadError::Binary {
            path: path.to_path_buf(),
        });
    }
    // Read one byte past the limit so that a file that grew since `metadata` is still refused.
    file.take(MAX_FILE_BYTES + 1 - bytes.len() as u64)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(bytes)
}

/// How much of a file is looked at to tell text from binary.
const SNIFF_BYTES: usize = 64 * 1024;

/// Decodes bytes to text, or `None` when they are not text.
///
/// Order: a byte-order mark decides; else UTF-16 is recognised by its pattern of zero bytes;
/// else valid UTF-8 is UTF-8; else `chardetng` guesses the legacy 8-bit encoding. Binary
/// content (zero bytes, mostly control characters) is refused before guessing.
pub fn decode(mut bytes: Vec<u8>) -> Option<(String, &'static Encoding)> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(&bytes) {
        if encoding == UTF_16LE || encoding == UTF_16BE {
            return decode_utf16(&bytes[bom_len..], encoding);
        }
        bytes.drain(..bom_len);
        // A UTF-8 mark on bytes that are not UTF-8 is a wrong label: guess instead.
    } else if let Some(encoding) = utf16_without_bom(&bytes) {
        return decode_utf16(&bytes, encoding);
    }
    if memchr::memchr(0, &bytes).is_some() || looks_binary_bytes(&bytes) {
        return None;
    }
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return Some((text, UTF_8)),
        Err(e) => e.into_bytes(),
    };
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(&bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, _) = encoding.decode_without_bom_handling(&bytes);
    Some((text.into_owned(), encoding))
}

fn decode_utf16(body: &[u8], encoding: &'static Encoding) -> Option<(String, &'static Encoding)> {
    let (text, _) = encoding.decode_without_bom_handling(body);
    (!looks_binary_text(&text)).then(|| (text.into_owned(), encoding))
}

/// UTF-16 without a byte-order mark: in Latin-script text every other byte is zero.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let zero_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zero_at(0), zero_at(1));
    if odd * 10 >= pairs * 4 && even * 20 < pairs {
        Some(UTF_16LE)
    } else if even * 10 >= pairs * 4 && odd * 20 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// True when a sample of the bytes is mostly control characters (other than whitespace).
fn looks_binary_bytes(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 10 > sample.len()
}

fn looks_binary_text(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(64 * 1024) {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c') {
            control += 1;
        }
    }
    control * 10 > total
}

/// Turns CRLF and lone CR into LF (in place when there is none).
pub fn normalize_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Composes characters (Unicode NFC), so that "é" typed as one character and as "e" plus an
/// accent compare equal. Most text already is composed and is returned as it is.
pub fn compose(text: String) -> String {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return text;
    }
    text.nfc().collect()
}

#[cfg(test)]
mod tests;
