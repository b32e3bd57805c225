//! Test inputs built in the tests themselves: ZIP archives (Word, OpenDocument) and small
//! PDFs with a text layer, laid out in lines and pages like a printed article.

#![allow(dead_code)]

use std::io::Write;

use zip::write::SimpleFileOptions;

/// A ZIP archive of `(name, content)` entries, deflated (a `mimetype` entry stored, as
/// OpenDocument wants).
pub fn zip(entries: &[(&str, &str)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, content) in entries {
        let options = if *name == "mimetype" {
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored)
        } else {
            SimpleFileOptions::default()
        };
        writer.start_file(*name, options).expect("entry starts");
        writer.write_all(content.as_bytes()).expect("entry written");
    }
    writer.finish().expect("archive ends").into_inner()
}

/// Escapes text for XML.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A Word file with one paragraph per line of `text` (blank lines skipped), the first a
/// Title, with a comment and a deleted tracked change that must not show.
pub fn docx_from_text(text: &str) -> Vec<u8> {
    let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    let mut body = String::new();
    for (index, line) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let style = if index == 0 {
            "<w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>"
        } else {
            ""
        };
        body.push_str(&format!(
            "<w:p>{style}<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r>\
             <w:del w:id=\"{index}\" w:author=\"Desk\"><w:r><w:delText> Deleted words.</w:delText></w:r></w:del></w:p>",
            escape(line)
        ));
    }
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document {w}><w:body>{body}</w:body></w:document>"
    );
    zip(&[
        ("[Content_Types].xml", "<Types/>"),
        ("word/document.xml", &document),
        (
            "word/comments.xml",
            &format!(
                "<w:comments {w}><w:comment w:id=\"1\"><w:p><w:r><w:t>A desk comment.</w:t></w:r></w:p></w:comment></w:comments>"
            ),
        ),
    ])
}

/// One line of text placed on a PDF page.
#[derive(Clone, Debug)]
pub struct PdfLine {
    /// Left edge, points.
    pub x: f64,
    /// Baseline, points from the top of the page.
    pub y: f64,
    /// Font size, points.
    pub size: f64,
    /// The text (Windows-1252 characters).
    pub text: String,
}

const PAGE_HEIGHT: f64 = 792.0;

/// A PDF with Helvetica text on each page; `trailer_extra` is added to the trailer (an
/// `/Encrypt` entry, say); a page with no lines has no text layer.
pub fn pdf(pages: &[Vec<PdfLine>], trailer_extra: &str) -> Vec<u8> {
    let mut objects: Vec<String> = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".into(),
        String::new(), // the page tree, once the pages are numbered
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".into(),
    ];
    let mut kids = Vec::new();
    for lines in pages {
        let mut content = Vec::new();
        for line in lines {
            let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&line.text);
            let mut escaped = Vec::new();
            for &b in bytes.iter() {
                match b {
                    b'(' | b')' | b'\\' => escaped.extend_from_slice(&[b'\\', b]),
                    0x80..=0xff => escaped.extend_from_slice(format!("\\{b:03o}").as_bytes()),
                    _ => escaped.push(b),
                }
            }
            content.extend_from_slice(
                format!(
                    "BT /F1 {} Tf {} {} Td (",
                    line.size,
                    line.x,
                    PAGE_HEIGHT - line.y
                )
                .as_bytes(),
            );
            content.extend_from_slice(&escaped);
            content.extend_from_slice(b") Tj ET\n");
        }
        let content = String::from_utf8(content).expect("ASCII content");
        objects.push(format!(
            "<< /Length {} >>\nstream\n{content}endstream",
            content.len()
        ));
        let content_id = objects.len();
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 {PAGE_HEIGHT}] \
             /Resources << /Font << /F1 3 0 R >> >> /Contents {content_id} 0 R >>"
        ));
        kids.push(format!("{} 0 R", objects.len()));
    }
    objects[1] = format!(
        "<< /Type /Pages /Kids [{}] /Count {} >>",
        kids.join(" "),
        kids.len()
    );
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (index, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", index + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R {trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// Lays out an article as printed pages: the first paragraph as a 24-point headline
/// wrapped at 30 characters, the rest at 11 points wrapped at 80, paragraphs apart by a
/// blank line's space, about 15 lines a page, a running header and a page number on each page.
pub fn pdf_from_text(text: &str) -> Vec<u8> {
    let paragraphs: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut pages: Vec<Vec<PdfLine>> = vec![Vec::new()];
    let mut y = 90.0;
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let (size, width) = if index == 0 { (24.0, 30) } else { (11.0, 80) };
        for line in wrap(paragraph, width) {
            if y > 300.0 {
                pages.push(Vec::new());
                y = 90.0;
            }
            y += size * 1.2;
            pages.last_mut().expect("a page").push(PdfLine {
                x: 72.0,
                y,
                size,
                text: line,
            });
        }
        y += size;
    }
    let count = pages.len();
    for (number, page) in pages.iter_mut().enumerate() {
        page.insert(
            0,
            PdfLine {
                x: 72.0,
                y: 50.0,
                size: 9.0,
                text: "THE RIVERSIDE LEDGER · Saturday, March 8, 2025".into(),
            },
        );
        page.push(PdfLine {
            x: 290.0,
            y: 750.0,
            size: 9.0,
            text: format!("Page {} of {count}", number + 1),
        });
    }
    pdf(&pages, "")
}

/// Lays out an article as a two-column paper: the first paragraph a 24-point headline across
/// both columns of the first page, the rest at 10 points in columns wrapped at 36
/// characters, the left column filled before the right, a page when both are full. Each
/// page's content draws the columns row by row (left line, right line, left line …), as some
/// producers do, with a running header and a page number across the gutter.
pub fn pdf_two_columns_from_text(text: &str) -> Vec<u8> {
    const COLUMN_X: [f64; 2] = [72.0, 320.0];
    const BOTTOM: f64 = 330.0;
    let paragraphs: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let Some((headline, body)) = paragraphs.split_first() else {
        return pdf(&[Vec::new()], "");
    };
    let mut headline_lines = Vec::new();
    let mut y = 70.0;
    for line in wrap(headline, 30) {
        y += 28.8;
        headline_lines.push(PdfLine {
            x: 72.0,
            y,
            size: 24.0,
            text: line,
        });
    }
    let mut column_top = y + 20.0;
    let mut pages: Vec<[Vec<PdfLine>; 2]> = vec![Default::default()];
    let mut column = 0;
    y = column_top;
    for paragraph in body {
        for line in wrap(paragraph, 36) {
            if y > BOTTOM {
                if column == 0 {
                    column = 1;
                } else {
                    pages.push(Default::default());
                    column = 0;
                    column_top = 90.0;
                }
                y = column_top;
            }
            y += 12.0;
            pages.last_mut().expect("a page")[column].push(PdfLine {
                x: COLUMN_X[column],
                y,
                size: 10.0,
                text: line,
            });
        }
        y += 10.0;
    }
    let count = pages.len();
    let pages: Vec<Vec<PdfLine>> = pages
        .into_iter()
        .enumerate()
        .map(|(number, [left, right])| {
            let mut lines = vec![PdfLine {
                x: 72.0,
                y: 50.0,
                size: 9.0,
                text: "THE RIVERSIDE LEDGER · Saturday, March 8, 2025".into(),
            }];
            if number == 0 {
                lines.extend(headline_lines.iter().cloned());
            }
            for row in 0..left.len().max(right.len()) {
                lines.extend(left.get(row).cloned());
                lines.extend(right.get(row).cloned());
            }
            lines.push(PdfLine {
                x: 280.0,
                y: 750.0,
                size: 9.0,
                text: format!("Page {} of {count}", number + 1),
            });
            lines
        })
        .collect();
    pdf(&pages, "")
}

/// Greedy word wrap at `width` characters.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let current = lines.last_mut().expect("a line");
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
            lines.push(word.to_string());
        } else {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
    }
    lines
}
