//! Why a command of the command line failed: one readable line each.

use std::io;
use std::path::PathBuf;

use crate::load::LoadError;

/// Why `redline compare` or `redline history` failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// An input could not be loaded.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The output would overwrite an input article (the same file, even through a hard or
    /// symbolic link).
    #[error("{0}: refusing to overwrite an input file")]
    OutputIsInput(PathBuf),
    /// The command line asks for something that cannot be done (too few versions).
    #[error("{0}")]
    Usage(String),
    /// Standard output was closed (`redline compare a b >&-`), so the report would be lost.
    #[error("cannot write to standard output (it is closed)")]
    StdoutClosed,
    /// Writing the output failed.
    #[error("{path}: cannot write ({source})")]
    Write {
        /// Where.
        path: String,
        /// Why.
        #[source]
        source: io::Error,
    },
}
