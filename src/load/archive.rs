//! ZIP containers (Word and OpenDocument files), read within bounds: what an archive holds,
//! and one entry at a time with its unpacked size and compression ratio capped, so a zip
//! bomb is refused after a few megabytes instead of filling memory.

use std::io::{Cursor, Read};

use zip::ZipArchive;
use zip::result::ZipError;

use super::error::LoadError;

/// The most bytes all entries read from one archive may unpack to.
pub const MAX_UNPACKED: u64 = 256 * 1024 * 1024;
/// The largest compression ratio accepted beyond [`RATIO_ALLOWANCE`]: real documents' XML
/// packs 5–30×, a bomb hundreds or thousands of times.
pub const MAX_RATIO: u64 = 100;
/// Unpacked bytes every entry may have whatever its ratio (small, very repetitive XML packs
/// tightly too).
const RATIO_ALLOWANCE: u64 = 1024 * 1024;

/// The document formats found in ZIP archives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Office Open XML text (`word/document.xml`).
    Docx,
    /// OpenDocument text (`mimetype` says so).
    Odt,
}

/// An open archive and how much has been unpacked from it so far.
pub struct Archive<'a> {
    name: &'a str,
    format: &'static str,
    zip: ZipArchive<Cursor<&'a [u8]>>,
    unpacked: u64,
}

impl<'a> Archive<'a> {
    /// Opens the archive in `bytes`, read as `format` ("Word") in messages.
    pub fn open(name: &'a str, bytes: &'a [u8], format: &'static str) -> Result<Self, LoadError> {
        let zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(name, format, &e))?;
        Ok(Archive {
            name,
            format,
            zip,
            unpacked: 0,
        })
    }

    /// True when the archive has an entry called `entry`.
    pub fn has(&self, entry: &str) -> bool {
        self.zip.index_for_name(entry).is_some()
    }

    /// The entry `entry` as UTF-8 text, or `None` when the archive has no such entry.
    /// Refuses an entry that unpacks beyond the ratio or the archive's total budget as soon
    /// as it does, whatever its header claims.
    pub fn text(&mut self, entry: &str) -> Result<Option<String>, LoadError> {
        let (name, format) = (self.name, self.format);
        let mut file = match self.zip.by_name(entry) {
            Ok(file) => file,
            Err(ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(damaged(name, format, &e)),
        };
        let by_ratio = file
            .compressed_size()
            .saturating_mul(MAX_RATIO)
            .saturating_add(RATIO_ALLOWANCE);
        let limit = by_ratio.min(MAX_UNPACKED - self.unpacked);
        let bomb = || LoadError::ZipBomb {
            name: name.to_string(),
            limit: MAX_UNPACKED,
            ratio: MAX_RATIO,
        };
        if file.size() > limit {
            return Err(bomb());
        }
        let mut bytes = Vec::with_capacity(file.size() as usize);
        (&mut file)
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| damaged(name, format, &ZipError::Io(e)))?;
        if bytes.len() as u64 > limit {
            return Err(bomb());
        }
        self.unpacked += bytes.len() as u64;
        String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| LoadError::Damaged {
                name: name.to_string(),
                format,
                reason: format!("{entry} is not UTF-8 text"),
            })
    }
}

/// Which document a ZIP archive holds; other archives (EPUB, spreadsheets, plain ZIPs) are
/// named and refused.
pub fn kind(name: &str, bytes: &[u8]) -> Result<Kind, LoadError> {
    let mut archive = Archive::open(name, bytes, "Word or OpenDocument")?;
    if archive.has("word/document.xml") {
        return Ok(Kind::Docx);
    }
    let mimetype = archive.text("mimetype")?.unwrap_or_default();
    let mimetype = mimetype.trim();
    let unsupported = |kind| LoadError::Unsupported {
        name: name.to_string(),
        kind,
    };
    match mimetype {
        "application/vnd.oasis.opendocument.text" => Ok(Kind::Odt),
        "application/epub+zip" => Err(unsupported("an EPUB file")),
        _ if mimetype.starts_with("application/vnd.oasis.opendocument.") => {
            Err(unsupported("an OpenDocument file that is not a text"))
        }
        _ if archive.has("xl/workbook.xml") => Err(unsupported("an Excel spreadsheet")),
        _ if archive.has("ppt/presentation.xml") => Err(unsupported("a PowerPoint presentation")),
        _ => Err(unsupported("a ZIP archive")),
    }
}

/// The error for an archive that cannot be read.
fn damaged(name: &str, format: &'static str, error: &ZipError) -> LoadError {
    let reason = match error {
        ZipError::InvalidArchive(_) | ZipError::Io(_) => {
            format!("damaged or cut short: {error}")
        }
        other => other.to_string(),
    };
    LoadError::Damaged {
        name: name.to_string(),
        format,
        reason,
    }
}
