//! Where a report goes: standard output, or a file replaced atomically; checked before any
//! input is read, so that a report can neither overwrite an input nor vanish.

use std::fs;
use std::io::{self, IsTerminal, Write};
use std::path::Path;

use super::error::CliError;
use super::options::ColorChoice;
use crate::atomic;

/// Refuses an `output` that is one of the `inputs` (even through a hard or symbolic link),
/// and a closed standard output when there is no `output`.
pub(super) fn check(output: Option<&Path>, inputs: &[&Path]) -> Result<(), CliError> {
    if let Some(path) = output
        && inputs.iter().any(|input| atomic::same_file(path, input))
    {
        return Err(CliError::OutputIsInput(path.to_path_buf()));
    }
    // Rust's runtime quietly reopens a closed standard output on /dev/null: without this the
    // report would vanish and the status would look like a result.
    #[cfg(unix)]
    if output.is_none() && super::stdout::is_closed() {
        return Err(CliError::StdoutClosed);
    }
    Ok(())
}

/// Writes a report through `render` (given the output and whether to colour) into `output`,
/// or to standard output without one.
pub(super) fn emit(
    output: Option<&Path>,
    color: ColorChoice,
    render: impl FnOnce(&mut dyn Write, bool) -> io::Result<()>,
) -> Result<(), CliError> {
    match output {
        Some(path) => {
            let fail = |source| CliError::Write {
                path: path.display().to_string(),
                source,
            };
            // A file gets colour only when asked for explicitly.
            let color = color == ColorChoice::Always;
            write_output(path, |out| render(out, color)).map_err(fail)
        }
        None => {
            let color = match color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    io::stdout().is_terminal()
                        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                }
            };
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            let written = render(&mut out, color).and_then(|_| out.flush());
            match written {
                // A closed pipe (`redline compare a b | head`) is the reader's choice, not an error.
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
                other => other.map_err(|source| CliError::Write {
                    path: "standard output".into(),
                    source,
                }),
            }
        }
    }
}

/// Streams the report into `path`. A file is replaced atomically, so a full disk or a
/// failed render leaves the previous report intact.
fn write_output(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    match fs::metadata(path) {
        // A named pipe or device (`--output /dev/stdout`) cannot be replaced by renaming, and
        // replacing it would be wrong: write into it as it is.
        Ok(meta) if !meta.is_file() && !meta.is_dir() => {
            let mut out = io::BufWriter::new(fs::OpenOptions::new().write(true).open(path)?);
            write(&mut out)?;
            out.flush()
        }
        _ => {
            // Through a symbolic link, replace the file it points to (as writing in place
            // did), not the link itself.
            let is_link = fs::symlink_metadata(path).is_ok_and(|meta| meta.is_symlink());
            let target = if is_link {
                fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
            } else {
                path.to_path_buf()
            };
            atomic::write_with(&target, write)
        }
    }
}
