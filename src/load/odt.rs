//! OpenDocument text (.odt) files: headings, paragraphs, list items and table cells in
//! order, then the footnotes and endnotes; tracked changes read as accepted (the record of
//! deleted text is left out), comments left out.

use super::archive::Archive;
use super::error::LoadError;
use super::xml::{self, Node, Paragraphs};

const FORMAT: &str = "OpenDocument";

/// Elements whose content is not article text: the record of tracked changes (it holds
/// deleted text), comments, note numbers, and the document's metadata sections.
const SKIPPED: [&[u8]; 6] = [
    b"text:tracked-changes",
    b"office:annotation",
    b"text:note-citation",
    b"office:scripts",
    b"office:font-face-decls",
    b"office:automatic-styles",
];

/// The article text of the OpenDocument file in `bytes`.
pub fn extract(name: &str, bytes: &[u8]) -> Result<String, LoadError> {
    let mut archive = Archive::open(name, bytes, FORMAT)?;
    let content = archive
        .text("content.xml")?
        .ok_or_else(|| LoadError::Damaged {
            name: name.to_string(),
            format: FORMAT,
            reason: "it has no content.xml".into(),
        })?;
    let mut body = Paragraphs::default();
    let mut notes = Paragraphs::default();
    let mut skipping = 0usize;
    let mut in_note = 0usize;
    xml::walk(&content, name, FORMAT, |node| {
        let target = if in_note > 0 { &mut notes } else { &mut body };
        match node {
            Node::Open(start) => {
                let tag = start.name();
                let tag = tag.as_ref();
                if skipping > 0 || SKIPPED.contains(&tag) {
                    skipping += 1;
                    return;
                }
                match tag {
                    b"text:p" | b"text:h" => target.begin(),
                    b"text:note-body" => in_note += 1,
                    b"text:tab" | b"text:line-break" => target.text(" "),
                    b"text:s" => {
                        let count = xml::attribute(start, b"text:c")
                            .and_then(|c| c.parse::<usize>().ok())
                            .unwrap_or(1)
                            .min(64);
                        target.text(&" ".repeat(count));
                    }
                    _ => {}
                }
            }
            Node::Close(tag) => {
                if skipping > 0 {
                    skipping -= 1;
                    return;
                }
                match tag {
                    b"text:p" | b"text:h" => target.end(),
                    b"text:note-body" => in_note = in_note.saturating_sub(1),
                    _ => {}
                }
            }
            Node::Text(text) => {
                if skipping == 0 {
                    target.text(text);
                }
            }
        }
    })?;
    let mut paragraphs = body.done;
    paragraphs.extend(notes.done);
    Ok(xml::join(&paragraphs))
}
