//! The XML of Word and OpenDocument files walked as a stream of open, close and text
//! events, and the paragraphs built from them.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::error::LoadError;

/// One step through an XML document.
pub enum Node<'a> {
    /// An element opens (an empty element opens and closes at once).
    Open(&'a BytesStart<'a>),
    /// The element with this qualified name closes.
    Close(&'a [u8]),
    /// Character data, entities resolved.
    Text(&'a str),
}

/// Walks `xml` (an entry of the file `name`, a `format` file) calling `visit` at each node.
pub fn walk(
    xml: &str,
    name: &str,
    format: &'static str,
    mut visit: impl FnMut(Node<'_>),
) -> Result<(), LoadError> {
    let damaged = |reason: String| LoadError::Damaged {
        name: name.to_string(),
        format,
        reason,
    };
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(start)) => visit(Node::Open(&start)),
            Ok(Event::Empty(start)) => {
                visit(Node::Open(&start));
                visit(Node::Close(start.name().as_ref()));
            }
            Ok(Event::End(end)) => visit(Node::Close(end.name().as_ref())),
            Ok(Event::Text(text)) => {
                let text = text.decode().map_err(|e| damaged(e.to_string()))?;
                visit(Node::Text(&text));
            }
            Ok(Event::CData(data)) => {
                let text = data.decode().map_err(|e| damaged(e.to_string()))?;
                visit(Node::Text(&text));
            }
            Ok(Event::GeneralRef(reference)) => {
                let resolved = match reference.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    Ok(None) => match &*reference {
                        b"amp" => Some('&'),
                        b"lt" => Some('<'),
                        b"gt" => Some('>'),
                        b"quot" => Some('"'),
                        b"apos" => Some('\''),
                        _ => None,
                    },
                    Err(e) => return Err(damaged(e.to_string())),
                };
                if let Some(c) = resolved {
                    visit(Node::Text(c.encode_utf8(&mut [0; 4])));
                }
            }
            Ok(Event::Eof) => return Ok(()),
            Ok(_) => {}
            Err(e) => return Err(damaged(format!("bad XML: {e}"))),
        }
    }
}

/// The value of attribute `key` of an element, as text.
pub fn attribute(start: &BytesStart<'_>, key: &[u8]) -> Option<String> {
    start
        .attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

/// Paragraphs built from text pieces: whitespace inside one folds to single spaces, empty
/// ones are dropped, and a paragraph opened inside another (a text box) is its own.
#[derive(Default)]
pub struct Paragraphs {
    /// The finished paragraphs, in order.
    pub done: Vec<String>,
    open: Vec<String>,
}

impl Paragraphs {
    /// Starts a paragraph.
    pub fn begin(&mut self) {
        self.open.push(String::new());
    }

    /// Adds text to the innermost open paragraph (text outside any paragraph is dropped).
    pub fn text(&mut self, text: &str) {
        if let Some(current) = self.open.last_mut() {
            current.push_str(text);
        }
    }

    /// Ends the innermost paragraph.
    pub fn end(&mut self) {
        if let Some(paragraph) = self.open.pop() {
            let folded = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
            if !folded.is_empty() {
                self.done.push(folded);
            }
        }
    }
}

/// Joins paragraphs into a document text: one per block, blank lines between.
pub fn join(paragraphs: &[String]) -> String {
    paragraphs.join("\n\n")
}
