//! PDF files: the text layer read glyph by glyph (with `pdf-extract` over `lopdf`) into
//! positioned pieces of lines per page, put in reading order by [`super::pdf_columns`], then
//! into paragraphs by [`super::pdf_lines`].

use lopdf::Document as Pdf;
use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use super::document::Meta;
use super::error::LoadError;
use super::panics;
use super::pdf_columns;
use super::pdf_lines::{self, Line};

/// A space wider than this many font sizes ends a piece of a line: it may be the gutter
/// between two columns drawn row by row. Pieces of one column's row are joined again.
const PIECE_GAP: f64 = 1.0;

const FORMAT: &str = "PDF";

/// The article text of the PDF in `bytes`, and its title when it names one.
pub fn extract(name: &str, bytes: &[u8]) -> Result<(String, Meta), LoadError> {
    // Both crates panic on some malformed files instead of returning an error: that is a
    // damaged file, told in one line, never a crash or a backtrace.
    match panics::catch_quietly(|| read(name, bytes)) {
        Some(result) => result,
        None => Err(LoadError::Damaged {
            name: name.to_string(),
            format: FORMAT,
            reason: "its content cannot be read".into(),
        }),
    }
}

/// [`extract`], where a malformed file may panic.
fn read(name: &str, bytes: &[u8]) -> Result<(String, Meta), LoadError> {
    let damaged = |reason: String| LoadError::Damaged {
        name: name.to_string(),
        format: FORMAT,
        reason,
    };
    let encrypted = || LoadError::Encrypted {
        name: name.to_string(),
    };
    let mut pdf = match Pdf::load_mem(bytes) {
        Ok(pdf) => pdf,
        Err(lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword) => return Err(encrypted()),
        Err(e) => return Err(damaged(e.to_string())),
    };
    // A PDF locked only against editing opens with the empty password, as in any reader
    // (lopdf tries it while loading and drops `/Encrypt` when it works).
    if pdf.trailer.get(b"Encrypt").is_ok() && pdf.decrypt("").is_err() {
        return Err(encrypted());
    }
    let pages = pdf.get_pages();
    if pages.is_empty() {
        return Err(damaged("it has no pages".into()));
    }
    for &page in pages.values() {
        check_page(&pdf, page).map_err(damaged)?;
    }
    let mut reader = LineReader::default();
    pdf_extract::output_doc(&pdf, &mut reader).map_err(|e| damaged(e.to_string()))?;
    if reader
        .pages
        .iter()
        .all(|lines| lines.iter().all(|l| l.text.trim().is_empty()))
    {
        return Err(LoadError::NoTextLayer {
            name: name.to_string(),
        });
    }
    let pages = reader
        .pages
        .into_iter()
        .map(pdf_columns::reading_order)
        .collect();
    let text = pdf_lines::paragraphs(pages);
    let meta = Meta {
        title: title(&pdf),
        ..Meta::default()
    };
    Ok((text, meta))
}

/// What pdf-extract assumes of a page without checking: a dictionary with a media box
/// (inherited or its own) and readable content.
fn check_page(pdf: &Pdf, id: lopdf::ObjectId) -> Result<(), String> {
    let mut dict = pdf
        .get_dictionary(id)
        .map_err(|e| format!("a page is not readable: {e}"))?;
    let mut depth = 0;
    while dict.get(b"MediaBox").is_err() {
        let parent = dict
            .get(b"Parent")
            .and_then(lopdf::Object::as_reference)
            .map_err(|_| "a page has no size (MediaBox)".to_string())?;
        dict = pdf
            .get_dictionary(parent)
            .map_err(|e| format!("a page is not readable: {e}"))?;
        depth += 1;
        if depth > 64 {
            return Err("its page tree loops".into());
        }
    }
    pdf.get_page_content(id)
        .map(|_| ())
        .map_err(|e| format!("a page's content is not readable: {e}"))
}

/// The title in the document information, if any.
fn title(pdf: &Pdf) -> Option<String> {
    let info = pdf.trailer.get(b"Info").ok()?.as_reference().ok()?;
    let title = pdf.get_dictionary(info).ok()?.get(b"Title").ok()?;
    let text = lopdf::decode_text_string(title).ok()?;
    Some(text.trim().to_string()).filter(|t| !t.is_empty())
}

/// Collects glyphs into pieces of lines: a glyph far below, back to the left of or far to the
/// right of the previous one starts a new piece; a gap wider than a tenth of the font size is
/// a space.
#[derive(Default)]
struct LineReader {
    pages: Vec<Vec<Line>>,
    page_height: f64,
    last_end: f64,
    new_word: bool,
}

impl OutputDev for LineReader {
    fn begin_page(
        &mut self,
        _page: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.page_height = media_box.ury - media_box.lly;
        self.pages.push(Vec::new());
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        // The font size as drawn: the side of the square with the area of the transformed
        // size vector (as pdf-extract's own text output measures it).
        let (sx, sy) = (
            font_size * (trm.m11 + trm.m21),
            font_size * (trm.m12 + trm.m22),
        );
        let size = (sx * sy).abs().sqrt().max(0.1);
        let (x, y) = (trm.m31, self.page_height - trm.m32);
        let Some(lines) = self.pages.last_mut() else {
            return Ok(());
        };
        let same_line = lines.last().is_some_and(|line: &Line| {
            (y - line.y).abs() <= size * 0.5
                && x >= self.last_end - size * 2.0
                && x <= self.last_end + size * PIECE_GAP
        });
        match lines.last_mut() {
            Some(line) if same_line => {
                if self.new_word && x > self.last_end + size * 0.1 && !line.text.ends_with(' ') {
                    line.text.push(' ');
                }
                line.text.push_str(text);
                line.end = line.end.max(x + width * size);
            }
            _ => lines.push(Line {
                text: text.to_string(),
                x,
                y,
                end: x + width * size,
                size,
                block: 0,
            }),
        }
        self.new_word = false;
        self.last_end = x + width * size;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.new_word = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}
