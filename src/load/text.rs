//! Bytes to text: byte-order marks, UTF-16 without one, legacy 8-bit encodings, binary
//! refusal, line endings and Unicode composition.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// How much of a file is looked at to tell text from binary.
pub const SNIFF_BYTES: usize = 64 * 1024;

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
pub fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
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
pub fn looks_binary_bytes(bytes: &[u8]) -> bool {
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
    use unicode_normalization::UnicodeNormalization;
    if is_composed(&text) {
        return text;
    }
    text.nfc().collect()
}

/// True when the NFC quick check says `text` is composed. An ASCII character can neither
/// change nor reorder its neighbours, so only the runs of non-ASCII characters (found eight
/// bytes at a time) are checked, each on its own: the same answer as checking the whole text,
/// in a fraction of the time on mostly-ASCII text.
fn is_composed(text: &str) -> bool {
    use unicode_normalization::{IsNormalized, is_nfc_quick};
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Skip ASCII, eight bytes at a time where possible.
        if let Some(eight) = bytes.get(i..i + 8)
            && eight.is_ascii()
        {
            i += 8;
            continue;
        }
        if bytes[i].is_ascii() {
            i += 1;
            continue;
        }
        // A run of non-ASCII characters: it starts at a character boundary (after ASCII).
        let end = bytes[i..]
            .iter()
            .position(u8::is_ascii)
            .map_or(bytes.len(), |n| i + n);
        if is_nfc_quick(text[i..end].chars()) != IsNormalized::Yes {
            return false;
        }
        i = end;
    }
    true
}
