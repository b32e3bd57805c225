//! The viewer's model, with no egui in it: the session (the only saved state), the comparison
//! shown, navigation, find, the note and path fields, background jobs and the one message.
//! Panels read it through accessors and return [`Action`]s; [`Viewer::apply`] is the one place
//! where anything changes.

pub mod action;
mod apply;
pub mod completion;
pub mod dialogs;
pub mod find;
pub mod heights;
pub mod ignore;
pub mod jobs;
pub mod layout;
pub mod model;
pub mod nav;
pub mod open;
pub mod open_state;
mod opening;
pub mod parts;
pub mod rail;
mod receive;
mod review;
mod saving;
pub mod schedule;
pub mod shown;
pub mod story;
mod versions;

pub use action::{Action, IgnoreEditor, Message, NoteField, PathField, PathPurpose, Tone};
pub use ignore::ignores_furniture;
pub use model::{FactsView, Help, SessionsList, Viewer};
pub use rail::{Rail, RailVersion, SentenceHistory, ThreadEntry};
pub use shown::{RowMark, Shown};
pub use story::Story;
