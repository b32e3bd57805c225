//! Telling formats apart by their content: PDF and ZIP signatures, what a ZIP holds, HTML
//! markup at the start of a text, and the named binary formats Redline does not read.

use std::path::PathBuf;

use super::error::LoadError;

/// True for the binary containers Redline reads (PDF, and ZIP for Word and OpenDocument),
/// which must not be refused as binary junk.
pub fn is_container(bytes: &[u8]) -> bool {
    is_pdf(bytes) || is_zip(bytes)
}

/// A PDF starts with `%PDF-`, though some writers put junk before it (allowed in the first
/// kilobyte, as readers do).
pub fn is_pdf(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    memchr::memmem::find(head, b"%PDF-").is_some()
}

/// A ZIP archive (local file header, or an empty archive's end record).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// The error for binary content: a named format when its signature is known.
pub fn binary_error(name: &str, bytes: &[u8]) -> LoadError {
    // Only formats a writer might expect to open are named; any other binary file (an
    // image, an archive) is simply not text.
    const SIGNATURES: [(&[u8], &str); 2] = [
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            "an old Office file (.doc; save it as .docx)",
        ),
        (b"%!PS", "a PostScript file"),
    ];
    match SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
    {
        Some((_, kind)) => LoadError::Unsupported {
            name: name.to_string(),
            kind,
        },
        None => LoadError::Binary {
            path: PathBuf::from(name),
        },
    }
}

/// True when a text starts like an HTML page: a doctype, or an `<html>`, `<head>` or `<body>`
/// tag after any comments or an XML declaration.
pub fn looks_like_html(start: &[u8]) -> bool {
    let head = &start[..start.len().min(4096)];
    let lower = head.to_ascii_lowercase();
    let mut rest: &[u8] = lower
        .strip_prefix(b"\xEF\xBB\xBF".as_slice())
        .unwrap_or(&lower);
    loop {
        rest = rest.trim_ascii_start();
        if let Some(after) = rest.strip_prefix(b"<!--".as_slice()) {
            match memchr::memmem::find(after, b"-->") {
                Some(end) => rest = &after[end + 3..],
                None => return false,
            }
        } else if rest.starts_with(b"<?xml") {
            match memchr::memchr(b'>', rest) {
                Some(end) => rest = &rest[end + 1..],
                None => return false,
            }
        } else {
            break;
        }
    }
    [
        b"<!doctype html".as_slice(),
        b"<html",
        b"<head",
        b"<body",
        b"<meta",
        b"<title",
    ]
    .iter()
    .any(|tag| rest.starts_with(tag))
}

/// True when text named as HTML (by its extension or a server) has any markup at all; an
/// `.html` file with no tag in it is read as the plain text it is.
pub fn has_markup(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'<', bytes).any(|at| {
        bytes
            .get(at + 1)
            .is_some_and(|&b| b.is_ascii_alphabetic() || b == b'!' || b == b'/')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_recognised_after_comments_and_declarations() {
        assert!(looks_like_html(b"  <!DOCTYPE html><p>x"));
        assert!(looks_like_html(b"<!-- saved --> <HTML lang=en>"));
        assert!(looks_like_html(
            b"<?xml version=\"1.0\"?>\n<html xmlns=\"x\">"
        ));
        assert!(!looks_like_html(b"The <b>vote</b> was close."));
        assert!(!looks_like_html(b"<!-- never closed"));
        assert!(has_markup("a <p>b"));
        assert!(!has_markup("3 < 4 and 5 > 2"));
    }

    #[test]
    fn named_binary_formats() {
        let doc = binary_error("a.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest");
        assert!(doc.to_string().starts_with("a.doc: is an old Office file"));
        assert!(matches!(
            binary_error("x", b"\x00\x01"),
            LoadError::Binary { .. }
        ));
        assert!(is_pdf(b"junk\n%PDF-1.7"));
        assert!(is_zip(b"PK\x03\x04"));
    }
}
