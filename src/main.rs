//! The `redline` binary: command line and (with no subcommand) the viewer.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    redline::cli::main(viewer)
}

/// The desktop viewer is not part of this build yet; say so instead of doing nothing.
fn viewer(_left: Option<PathBuf>, _right: Option<PathBuf>) -> ExitCode {
    eprintln!(
        "redline: the viewer is not available in this build; use `redline compare LEFT RIGHT`"
    );
    ExitCode::from(redline::cli::EXIT_ERROR)
}
