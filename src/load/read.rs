//! Reading a file from disk within the limits: missing paths, folders, pipes, devices and
//! oversized files refused before anything is read, binary junk before megabytes are.

use std::fs;
use std::io::Read;
use std::path::Path;

use encoding_rs::Encoding;

use super::error::LoadError;
use super::sniff;
use super::text::{SNIFF_BYTES, looks_binary_bytes, utf16_without_bom};

/// The largest input Redline opens, in bytes (a file, or a download). Book-length texts are
/// a few MB; anything far beyond is almost certainly not an article.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Reads the whole file, refusing missing paths, folders, anything but a regular file and
/// oversized files before opening it.
pub fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
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
    if !sniff::is_container(&bytes)
        && Encoding::for_bom(&bytes).is_none()
        && utf16_without_bom(&bytes).is_none()
        && looks_binary_bytes(&bytes)
    {
        return Err(sniff::binary_error(&path.display().to_string(), &bytes));
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
