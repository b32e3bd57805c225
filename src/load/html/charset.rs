//! The character encoding of a web page: a byte-order mark first, then the HTTP header's
//! charset, then a `<meta>` declaration in the first kilobytes, then UTF-8 if the bytes are
//! valid UTF-8, else a guess from the bytes (as browsers do).

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, X_USER_DEFINED};

/// How far into a page a `<meta charset>` is looked for (the HTML standard's prescan
/// reads 1024 bytes; pages with long head scripts put it later, so look further).
const PRESCAN_BYTES: usize = 8 * 1024;

/// Decodes a page; `None` when the bytes are binary, not text.
pub fn decode(bytes: &[u8], header: Option<&str>) -> Option<(String, &'static Encoding)> {
    let (encoding, body) = match Encoding::for_bom(bytes) {
        Some((encoding, bom)) => (encoding, &bytes[bom..]),
        None => (
            header
                .and_then(label)
                .or_else(|| declared(bytes))
                .unwrap_or_else(|| guess(bytes)),
            bytes,
        ),
    };
    let ascii_compatible = encoding != UTF_16LE && encoding != UTF_16BE;
    if ascii_compatible && memchr::memchr(0, body).is_some() {
        return None;
    }
    let (text, _) = encoding.decode_without_bom_handling(body);
    Some((text.into_owned(), encoding))
}

/// The encoding a label names, as browsers map it ("iso-8859-1" is windows-1252). A page
/// cannot declare UTF-16 in its ASCII bytes, nor the pseudo-encoding x-user-defined.
fn label(name: &str) -> Option<&'static Encoding> {
    let encoding = Encoding::for_label(name.trim().trim_matches(['"', '\'']).as_bytes())?;
    Some(match encoding {
        e if e == UTF_16LE || e == UTF_16BE => UTF_8,
        e if e == X_USER_DEFINED => encoding_rs::WINDOWS_1252,
        e => e,
    })
}

/// The charset a `<meta charset=…>` or `<meta http-equiv content="…; charset=…">` names.
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes[..bytes.len().min(PRESCAN_BYTES)].to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&head[from..], b"<meta") {
        let start = from + at;
        let end = memchr::memchr(b'>', &head[start..]).map_or(head.len(), |e| start + e);
        let tag = &head[start..end];
        if let Some(c) = memchr::memmem::find(tag, b"charset") {
            let value = tag[c + 7..]
                .trim_ascii_start()
                .strip_prefix(b"=")
                .map(<[u8]>::trim_ascii_start)
                .unwrap_or_default();
            let value = value
                .strip_prefix(b"\"")
                .or_else(|| value.strip_prefix(b"'"))
                .unwrap_or(value);
            let len = value
                .iter()
                .position(|b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                .unwrap_or(value.len());
            if let Some(encoding) = std::str::from_utf8(&value[..len]).ok().and_then(label) {
                return Some(encoding);
            }
        }
        from = end;
    }
    None
}

/// UTF-8 when the bytes are valid UTF-8, else the legacy encoding `chardetng` guesses.
fn guess(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(page: &str, encoding: &'static Encoding) -> Vec<u8> {
        encoding.encode(page).0.into_owned()
    }

    #[test]
    fn bom_then_header_then_meta_then_guess() {
        let page = "<html><head><meta charset=\"windows-1251\"></head><body><p>Привет, мир.</p>";
        let cyrillic = encoded(page, encoding_rs::WINDOWS_1251);
        let (text, encoding) = decode(&cyrillic, None).unwrap();
        assert_eq!(encoding, encoding_rs::WINDOWS_1251);
        assert!(text.contains("Привет, мир."));
        // The header outranks the page's own declaration.
        let latin = encoded(
            "<meta charset=utf-8><p>Caf\u{e9} cr\u{e8}me.</p>",
            encoding_rs::WINDOWS_1252,
        );
        let (text, encoding) = decode(&latin, Some("ISO-8859-1")).unwrap();
        assert_eq!(encoding, encoding_rs::WINDOWS_1252);
        assert!(text.contains("Café crème."));
        // A byte-order mark outranks both.
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("<meta charset=koi8-r><p>Café.</p>".as_bytes());
        let (text, encoding) = decode(&bom, Some("latin1")).unwrap();
        assert_eq!(encoding, UTF_8);
        assert!(text.contains("Café."));
        // http-equiv form, single quotes.
        let old = encoded(
            "<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-2'><p>Zażółć.</p>",
            encoding_rs::ISO_8859_2,
        );
        assert_eq!(decode(&old, None).unwrap().1, encoding_rs::ISO_8859_2);
        // No declaration: valid UTF-8 is UTF-8.
        assert_eq!(decode("<p>Grüße.</p>".as_bytes(), None).unwrap().1, UTF_8);
        assert!(decode(b"<p>a\0b</p>", None).is_none());
    }
}
