//! What panels hand to the model: an [`Action`] (a command from the table, or one that carries
//! data), and the small pieces of state the bars edit (note, path field, message, ignore list).

use std::path::PathBuf;

use super::nav::{Reveal, Scrolled};
use crate::command::Command;
use crate::compare::Side;
use crate::session::{MarkKey, SessionId};

/// Everything that changes the viewer, applied in the order given.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A command of the table (menu, toolbar, keyboard).
    Command(Command),
    /// Open files: one into the given side, or two (older on the left) when `side` is `None`.
    OpenFiles(Vec<PathBuf>, Option<Side>),
    /// Go to the change of this row (a sentence was clicked).
    GoToRow(usize),
    /// Go to this aligned line (a moved sentence's note was clicked).
    GoToLine(usize),
    /// Scroll without changing the current change (overview strip).
    Reveal(Reveal),
    /// The panes scrolled.
    Scrolled(Scrolled),
    /// Set the pairing threshold.
    SetThreshold(f32),
    /// The find field's text.
    SetFindQuery(String),
    /// The path field's text.
    SetPathText(String),
    /// Use the path field's text: open it (into `side`, if given) or save there.
    SubmitPath(Option<Side>),
    /// The note field's text.
    SetNoteText(String),
    /// Keep the note field's text as the note of the change it was opened on.
    SaveNote,
    /// Open a saved session.
    OpenSession(SessionId),
    /// Rename a saved session.
    RenameSession(SessionId, String),
    /// Delete a saved session.
    DeleteSession(SessionId),
    /// The clipboard's text, asked for by a paste command.
    Paste(String),
    /// The clipboard held no text.
    PasteEmpty,
    /// Close the help window.
    CloseHelp,
    /// A version was clicked in the rail: it against the previous one, or with `extend`
    /// (Shift+click) the range from the version clicked before.
    ClickVersion {
        /// The version clicked.
        version: usize,
        /// Shift was held.
        extend: bool,
    },
    /// Move a version one place earlier or later in the story.
    MoveVersion {
        /// The version moved.
        version: usize,
        /// Earlier (else later).
        earlier: bool,
    },
    /// Show a sentence of a version against the previous version, and go to it.
    GoToVersionSentence {
        /// The version.
        version: usize,
        /// The sentence's index in it.
        sentence: usize,
    },
    /// The ignore list editor's typed pattern.
    SetIgnoreText(String),
    /// Add the typed pattern to the ignore list (refused in the editor when invalid).
    AddIgnorePattern,
    /// Remove this pattern from the ignore list.
    RemoveIgnorePattern(String),
    /// Close the ignore list editor.
    CloseIgnoreEditor,
}

impl From<Command> for Action {
    fn from(command: Command) -> Action {
        Action::Command(command)
    }
}

/// How a message reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Something failed or was refused.
    Error,
    /// Something worked (saved, exported).
    Success,
    /// Worth knowing (merged marks, a source changed).
    Info,
}

/// The one message shown under the toolbar until dismissed or replaced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// What it says.
    pub text: String,
    /// How it reads.
    pub tone: Tone,
}

/// The note being written on a change, addressed by the change's sentence texts (never by a
/// row number, which a recomparison would change).
#[derive(Clone, Debug, PartialEq)]
pub struct NoteField {
    /// The change it belongs to.
    pub key: MarkKey,
    /// Its text.
    pub text: String,
    /// Raised when the field should take the keyboard focus.
    pub focus_requests: u64,
}

/// The ignore list's editor (Edit > Ignore sentences matching…) while its window is open.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IgnoreEditor {
    /// The pattern being typed.
    pub text: String,
    /// Why the typed pattern was not added, until it is edited.
    pub error: Option<String>,
    /// Raised when the field should take the keyboard focus.
    pub focus_requests: u64,
}

/// What the path field is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    /// Open a file (into a side, or the revision by default).
    Open(Option<Side>),
    /// Save the comparison as an HTML page there.
    ExportHtml,
    /// Save the review as a session file there.
    SaveSession,
    /// Open the session file there.
    OpenSession,
}

/// The in-app path field (Ctrl+L, or where no file dialog can be shown).
#[derive(Clone, Debug, PartialEq)]
pub struct PathField {
    /// The text typed.
    pub text: String,
    /// What it is for.
    pub purpose: PathPurpose,
    /// Why it is shown, if not asked for.
    pub note: Option<String>,
    /// Raised when the field should take the keyboard focus.
    pub focus_requests: u64,
    /// The typed path's completions (found on a worker).
    pub completions: Vec<String>,
}

impl PathField {
    /// A field for `purpose`, with an explanation.
    pub fn new(purpose: PathPurpose, note: Option<&str>) -> PathField {
        PathField {
            text: String::new(),
            purpose,
            note: note.map(str::to_string),
            focus_requests: 1,
            completions: Vec::new(),
        }
    }
}
