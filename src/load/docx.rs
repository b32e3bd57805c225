//! Word (.docx) files: the body's paragraphs, headings, list items and table cells, then the
//! footnotes and endnotes; tracked changes read as accepted, comments left out.

use super::archive::Archive;
use super::error::LoadError;
use super::xml::{self, Node, Paragraphs};

const FORMAT: &str = "Word";

/// Elements whose content is not part of the accepted text: deletions and the old place
/// of moved text (tracked changes), the fallback copy of alternate content, and deleted
/// field instructions.
const SKIPPED: [&[u8]; 5] = [
    b"w:del",
    b"w:moveFrom",
    b"mc:Fallback",
    b"w:delInstrText",
    b"w:instrText",
];

/// The article text of the Word file in `bytes`.
pub fn extract(name: &str, bytes: &[u8]) -> Result<String, LoadError> {
    let mut archive = Archive::open(name, bytes, FORMAT)?;
    let body = archive
        .text("word/document.xml")?
        .ok_or_else(|| LoadError::Damaged {
            name: name.to_string(),
            format: FORMAT,
            reason: "it has no word/document.xml".into(),
        })?;
    let mut paragraphs = read_part(&body, name, None)?;
    for (part, note) in [
        ("word/footnotes.xml", b"w:footnote".as_slice()),
        ("word/endnotes.xml", b"w:endnote"),
    ] {
        if let Some(notes) = archive.text(part)? {
            paragraphs.extend(read_part(&notes, name, Some(note))?);
        }
    }
    Ok(xml::join(&paragraphs))
}

/// The paragraphs of one part. In a notes part (`note` names the note element), only real
/// notes count: the separator lines Word keeps there as notes too are left out.
fn read_part(xml: &str, name: &str, note: Option<&[u8]>) -> Result<Vec<String>, LoadError> {
    let mut paragraphs = Paragraphs::default();
    // Depth inside skipped elements, and inside a separator note.
    let mut skipping = 0usize;
    let mut in_text = false;
    xml::walk(xml, name, FORMAT, |node| match node {
        Node::Open(start) => {
            let tag = start.name();
            let tag = tag.as_ref();
            let separator = note == Some(tag)
                && xml::attribute(start, b"w:type").is_some_and(|t| t != "normal");
            if skipping > 0 || SKIPPED.contains(&tag) || separator {
                skipping += 1;
                return;
            }
            match tag {
                b"w:p" => paragraphs.begin(),
                b"w:t" => in_text = true,
                b"w:tab" | b"w:br" | b"w:cr" => paragraphs.text(" "),
                b"w:noBreakHyphen" => paragraphs.text("\u{2011}"),
                _ => {}
            }
        }
        Node::Close(tag) => {
            if skipping > 0 {
                skipping -= 1;
                return;
            }
            match tag {
                b"w:p" => paragraphs.end(),
                b"w:t" => in_text = false,
                _ => {}
            }
        }
        Node::Text(text) => {
            if skipping == 0 && in_text {
                paragraphs.text(text);
            }
        }
    })?;
    Ok(paragraphs.done)
}
