//! A JSON output buffer for the bulk of a report (hundreds of thousands of sentences and
//! rows): strings, integers and short decimals written straight as bytes, with the same
//! output serde_json gives, and flushed to the writer in large blocks.

use std::io::{self, Write};

use serde::Serialize;

/// Bytes gathered before they are handed to the writer.
const FLUSH_BYTES: usize = 1 << 20;

/// The output buffer and the writer it drains into.
pub struct JsonOut<'w> {
    buf: Vec<u8>,
    out: &'w mut dyn Write,
}

impl<'w> JsonOut<'w> {
    /// A buffer draining into `out`.
    pub fn new(out: &'w mut dyn Write) -> JsonOut<'w> {
        JsonOut {
            buf: Vec::with_capacity(FLUSH_BYTES + (64 << 10)),
            out,
        }
    }

    /// Appends bytes that are already JSON (punctuation, a key with its quotes and colon).
    pub fn raw(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// Appends a large block of JSON already rendered elsewhere, handing it to the writer as
    /// it is rather than copying it into the buffer.
    pub fn block(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        self.out.write_all(bytes)
    }

    /// Appends `text` as a JSON string, escaped as serde_json escapes it.
    pub fn string(&mut self, text: &str) {
        self.buf.push(b'"');
        let bytes = text.as_bytes();
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            // Most text has nothing to escape: skip eight bytes at a time while none needs it.
            if i + 8 <= bytes.len() {
                let mut chunk = [0u8; 8];
                chunk.copy_from_slice(&bytes[i..i + 8]);
                if !needs_escape(u64::from_le_bytes(chunk)) {
                    i += 8;
                    continue;
                }
            }
            let b = bytes[i];
            let escape: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0x08 => b"\\b",
                0x0c => b"\\f",
                0..=0x1f => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.buf.extend_from_slice(&bytes[start..i]);
                    let code = [
                        b'\\',
                        b'u',
                        b'0',
                        b'0',
                        HEX[usize::from(b >> 4)],
                        HEX[usize::from(b & 0xf)],
                    ];
                    self.buf.extend_from_slice(&code);
                    i += 1;
                    start = i;
                    continue;
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            self.buf.extend_from_slice(&bytes[start..i]);
            self.buf.extend_from_slice(escape);
            i += 1;
            start = i;
        }
        self.buf.extend_from_slice(&bytes[start..]);
        self.buf.push(b'"');
    }

    /// Appends an unsigned integer.
    pub fn uint(&mut self, value: usize) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut v = value;
        loop {
            at -= 1;
            digits[at] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        self.buf.extend_from_slice(&digits[at..]);
    }

    /// Appends an optional index: the number, or `null`.
    pub fn opt_uint(&mut self, value: Option<usize>) {
        match value {
            Some(v) => self.uint(v),
            None => self.raw(b"null"),
        }
    }

    /// Appends a value in 0..=1 rounded to three decimals, as serde_json writes the rounded
    /// `f32` ("1.0", "0.5", "0.857"): the shortest decimal that reads back as that float is
    /// these digits without trailing zeros.
    pub fn thousandths(&mut self, value: f32) {
        let k = (value * 1000.0).round();
        if !(0.0..=1000.0).contains(&k) {
            // Not a similarity: leave the formatting to serde_json.
            self.serde(&(k / 1000.0));
            return;
        }
        let k = k as usize;
        self.uint(k / 1000);
        self.buf.push(b'.');
        let mut fraction = [
            b'0' + (k / 100 % 10) as u8,
            b'0' + (k / 10 % 10) as u8,
            b'0' + (k % 10) as u8,
        ]
        .to_vec();
        while fraction.len() > 1 && fraction.last() == Some(&b'0') {
            fraction.pop();
        }
        self.buf.extend_from_slice(&fraction);
    }

    /// Appends any serialisable value through serde_json (for the small parts of a report).
    pub fn serde<T: Serialize + ?Sized>(&mut self, value: &T) {
        // Writing into a Vec cannot fail for the report's types (no maps with non-string
        // keys); should it, the value is left out rather than the report cut short.
        if serde_json::to_writer(&mut self.buf, value).is_err() {
            self.buf.extend_from_slice(b"null");
        }
    }

    /// Hands the buffer to the writer once it holds a large block.
    pub fn drain(&mut self) -> io::Result<()> {
        if self.buf.len() >= FLUSH_BYTES {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    /// Writes what is left and flushes the writer.
    pub fn finish(mut self) -> io::Result<()> {
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        self.out.flush()
    }
}

/// True when one of the eight bytes of `x` is a control character, `"` or `\`.
fn needs_escape(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS != 0;
    // Bytes below 0x20: subtracting 0x20 borrows into the high bit of a byte that was not
    // already high.
    let control = x.wrapping_sub(ONES * 0x20) & !x & HIGHS != 0;
    control || has_zero(x ^ (ONES * u64::from(b'"'))) || has_zero(x ^ (ONES * u64::from(b'\\')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(f: impl FnOnce(&mut JsonOut)) -> String {
        let mut bytes = Vec::new();
        let mut out = JsonOut::new(&mut bytes);
        f(&mut out);
        out.finish().expect("writes to memory");
        String::from_utf8(bytes).expect("UTF-8")
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut tricky: String = (0u8..0x20).map(char::from).collect();
        tricky.push_str("\"quoted\" back\\slash \u{7f} é “curly” 😀 plain text of some length");
        for text in [
            tricky.as_str(),
            "",
            "a",
            "exactly8",
            "a longer sentence with \"a quote\" after sixteen bytes\n",
        ] {
            let expected = serde_json::to_string(text).expect("serialises");
            assert_eq!(written(|o| o.string(text)), expected, "{text:?}");
        }
    }

    #[test]
    fn numbers_are_written_as_serde_json_writes_them() {
        for v in [0usize, 7, 10, 999, 1_000_000, usize::MAX] {
            assert_eq!(written(|o| o.uint(v)), v.to_string());
        }
        assert_eq!(written(|o| o.opt_uint(None)), "null");
        for k in 0..=1000u32 {
            let rounded = (k as f32 / 1000.0 * 1000.0).round() / 1000.0;
            let expected = serde_json::to_string(&rounded).expect("serialises");
            assert_eq!(written(|o| o.thousandths(k as f32 / 1000.0)), expected);
        }
    }
}
