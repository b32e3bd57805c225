//! What a pane holds when it holds no document, and the slots of the two sides.

use std::sync::Arc;

use crate::compare::Side;
use crate::load::Document;
use crate::session::SavedDocument;

/// Why a pane holds no document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Missing {
    /// Nothing was opened there yet: the pane invites a drop or Open.
    Empty,
    /// The file named for it could not be opened (the message says which and why).
    Failed(String),
}

/// A placeholder document for a pane that holds none.
pub fn placeholder() -> SavedDocument {
    SavedDocument::new(Arc::new(Document::from_text("", "")))
}

/// The slot of a side in `[left, right]` arrays.
pub fn index(side: Side) -> usize {
    match side {
        Side::Left => 0,
        Side::Right => 1,
    }
}
