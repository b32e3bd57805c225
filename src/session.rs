//! A review session: both documents as loaded, the options, the view and a review mark per
//! change, kept in a [`Store`] under the platform data folder (or as one self-contained file).
//!
//! The store keeps each text once, content-addressed, so that saving a review mark rewrites
//! only a small record: see [`Store`] for the layout on disk.
//!
//! This file only declares the modules and re-exports their public items: every item is
//! defined in a leaf module, and the modules import each other's items from the module that
//! defines them, never through this one (so no two files import each other).

mod clock;
mod document;
mod error;
mod files;
mod format;
mod id;
mod marks;
mod model;
mod parts;
mod review;
mod schema;
mod store;
#[cfg(test)]
mod tests;

pub use clock::{now, now_ms};
pub use document::{SavedDocument, text_hash};
pub use error::SessionError;
pub use format::{load_file, save_file};
pub use id::SessionId;
pub use marks::{Mark, MarkKey, Review, oriented};
pub use model::{SavedView, Session};
pub use parts::{Parts, Saved, Stamp, Summary};
pub use schema::SCHEMA_VERSION;
pub use store::{DATA_DIR_VARIABLE, Store};
