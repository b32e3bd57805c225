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
            text: normalize_newlines(text),
            encoding: UTF_8.name().to_string(),
            format: Format::Text,
        }
    }

    /// Reads and decodes the file at `path`.
    pub fn load(path: &Path) -> Result<Document, LoadError> {
        let bytes = read_limited(path)?;
        let (decoded, encoding) = decode(&bytes).ok_or_else(|| LoadError::Binary {
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
            text: format.extract(normalize_newlines(&decoded)),
            encoding: encoding.name().to_string(),
            format,
        })
    }
}

/// Reads the whole file, refusing folders, missing paths and oversized files first.
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
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let file = fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // Read one byte past the limit so that a file that grew since `metadata` is still refused.
    file.take(MAX_FILE_BYTES + 1)
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

/// Decodes bytes to text, or `None` when they are not text.
///
/// Order: a byte-order mark decides; else valid UTF-8 is UTF-8; else `chardetng` guesses the
/// legacy 8-bit encoding. Binary content is refused before guessing.
pub fn decode(bytes: &[u8]) -> Option<(String, &'static Encoding)> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if encoding == UTF_16LE || encoding == UTF_16BE {
            let (text, _) = encoding.decode_without_bom_handling(body);
            return (!looks_binary_text(&text)).then(|| (text.into_owned(), encoding));
        }
        return decode_8bit(body, Some(encoding));
    }
    decode_8bit(bytes, None)
}

fn decode_8bit(
    bytes: &[u8],
    known: Option<&'static Encoding>,
) -> Option<(String, &'static Encoding)> {
    if memchr::memchr(0, bytes).is_some() || looks_binary_bytes(bytes) {
        return None;
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some((text.to_string(), known.unwrap_or(UTF_8)));
    }
    let encoding = known.unwrap_or_else(|| {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        detector.guess(None, chardetng::Utf8Detection::Deny)
    });
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    Some((text.into_owned(), encoding))
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

/// Turns CRLF and lone CR into LF.
pub fn normalize_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.path().join(name);
        fs::write(&path, bytes).expect("write fixture");
        path
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let dir = tempfile::tempdir().unwrap();
        let plain = Document::load(&write(&dir, "a.txt", "Café “quoted”.".as_bytes())).unwrap();
        assert_eq!(plain.text, "Café “quoted”.");
        assert_eq!(plain.encoding, "UTF-8");
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("Café.".as_bytes());
        let with_bom = Document::load(&write(&dir, "b.txt", &bom)).unwrap();
        assert_eq!(with_bom.text, "Café.");
        assert_eq!(with_bom.encoding, "UTF-8");
    }

    #[test]
    fn utf16_both_byte_orders() {
        let dir = tempfile::tempdir().unwrap();
        let text = "Grüße, “Welt”.\r\nZweite Zeile.";
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(|u| u.to_be_bytes()));
        let le = Document::load(&write(&dir, "le.txt", &le)).unwrap();
        let be = Document::load(&write(&dir, "be.txt", &be)).unwrap();
        assert_eq!(le.text, "Grüße, “Welt”.\nZweite Zeile.");
        assert_eq!(le.encoding, "UTF-16LE");
        assert_eq!(be.text, le.text);
        assert_eq!(be.encoding, "UTF-16BE");
    }

    #[test]
    fn legacy_windows_1252_is_detected() {
        let dir = tempfile::tempdir().unwrap();
        let (bytes, _, _) = encoding_rs::WINDOWS_1252
            .encode("The café’s “menu” changed — again. Prices rose 5% to €12.");
        let doc = Document::load(&write(&dir, "legacy.txt", &bytes)).unwrap();
        assert_eq!(
            doc.text,
            "The café’s “menu” changed — again. Prices rose 5% to €12."
        );
        assert_eq!(doc.encoding, "windows-1252");
    }

    #[test]
    fn line_endings_are_normalised() {
        assert_eq!(normalize_newlines("a\r\nb\rc\n"), "a\nb\nc\n");
    }

    #[test]
    fn empty_file_is_an_empty_document() {
        let dir = tempfile::tempdir().unwrap();
        let doc = Document::load(&write(&dir, "empty.txt", b"")).unwrap();
        assert_eq!(doc.text, "");
    }

    #[test]
    fn bad_inputs_are_typed_errors() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            Document::load(&dir.path().join("missing.txt")),
            Err(LoadError::NotFound { .. })
        ));
        assert!(matches!(
            Document::load(dir.path()),
            Err(LoadError::IsDirectory { .. })
        ));
        let binary = write(&dir, "x.bin", &[0x89, b'P', b'N', b'G', 0, 0, 1, 2]);
        assert!(matches!(
            Document::load(&binary),
            Err(LoadError::Binary { .. })
        ));
        let controls = write(&dir, "c.txt", &[1u8, 2, 3, 4, 5, 6, 7, b'a', 8, 14][..]);
        assert!(matches!(
            Document::load(&controls),
            Err(LoadError::Binary { .. })
        ));
    }

    #[test]
    fn markdown_is_recognised_by_extension() {
        assert_eq!(Format::from_path(Path::new("a/B.MD")), Format::Markdown);
        assert_eq!(Format::from_path(Path::new("a/b.txt")), Format::Text);
    }
}
