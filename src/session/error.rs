//! Why a session could not be read or written.

use std::path::{Path, PathBuf};

use thiserror::Error;

/// Why a session could not be read or written.
#[derive(Debug, Error)]
pub enum SessionError {
    /// The file system refused.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The file is not a session (truncated, edited, empty, not text, misnamed).
    #[error("{path} is damaged ({reason}); {}", aside(moved_to.as_deref()))]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
        /// Where it is now, if it was moved aside (files of the store are; files the user
        /// opened from elsewhere are not).
        moved_to: Option<PathBuf>,
    },
    /// The file comes from a newer Redline.
    #[error(
        "{path} was saved by a newer Redline (schema {version}); {}",
        aside(moved_to.as_deref())
    )]
    TooNew {
        /// The file.
        path: PathBuf,
        /// Its schema version.
        version: u64,
        /// Where it is now, if it was moved aside.
        moved_to: Option<PathBuf>,
    },
    /// A text the session's record refers to is missing or not the text saved. The record is
    /// left in place: the texts folder is what is wrong.
    #[error("the text of {name} saved with this review is missing ({path})")]
    MissingText {
        /// The text file expected.
        path: PathBuf,
        /// The document's name.
        name: String,
    },
    /// The store has no session of that id.
    #[error("no saved session {id}")]
    NotFound {
        /// The id asked for.
        id: String,
    },
}

impl SessionError {
    /// The file moved aside, if any (the viewer reports each once).
    pub fn moved_to(&self) -> Option<&Path> {
        match self {
            SessionError::Corrupt { moved_to, .. } | SessionError::TooNew { moved_to, .. } => {
                moved_to.as_deref()
            }
            _ => None,
        }
    }
}

/// The end of a damaged file's message: where it went.
fn aside(moved_to: Option<&Path>) -> String {
    match moved_to {
        Some(to) => format!("it was moved aside to {}", to.display()),
        None => "it was left where it is".to_string(),
    }
}
