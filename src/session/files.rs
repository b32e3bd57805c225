//! File helpers of the store: atomic writes with session errors, moving damaged files aside
//! (never deleting them), and removing the temporary files of killed saves.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::clock::now;
use super::error::SessionError;
use super::schema::Problem;

/// A temporary file older than this whose writer cannot be told alive is stale: no save takes
/// anywhere near that long.
const STALE_AFTER: Duration = Duration::from_secs(60 * 60);

/// A temporary file touched more recently than this is left alone even if its pid looks dead.
const GRACE: Duration = Duration::from_secs(60);

/// An I/O error about `path`.
pub(super) fn io_error(path: &Path, source: io::Error) -> SessionError {
    SessionError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes `bytes` to `path` atomically (see [`crate::atomic`]).
pub(super) fn write(path: &Path, bytes: &[u8]) -> Result<(), SessionError> {
    crate::atomic::write(path, bytes).map_err(|e| io_error(path, e))
}

/// Reads `path`, `Ok(None)` if it does not exist.
pub(super) fn read_if_present(path: &Path) -> Result<Option<Vec<u8>>, SessionError> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io_error(path, e)),
    }
}

/// Removes `path`; a file already gone is fine.
pub(super) fn remove_if_present(path: &Path) -> Result<(), SessionError> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(io_error(path, e)),
        _ => Ok(()),
    }
}

/// The error for a file with `problem`, moved aside first when `move_it` (files of the
/// store: so that it is reported once and a save cannot overwrite what is left of it).
pub(super) fn damaged(path: &Path, problem: Problem, move_it: bool) -> SessionError {
    let moved_to = if move_it { move_aside(path).ok() } else { None };
    let path = path.to_path_buf();
    match problem {
        Problem::Corrupt(reason) => SessionError::Corrupt {
            path,
            reason,
            moved_to,
        },
        Problem::TooNew(version) => SessionError::TooNew {
            path,
            version,
            moved_to,
        },
    }
}

/// Renames a bad file out of the way (`NAME.unreadable-TIME`, `-TIME-2`… if taken), keeping
/// its bytes.
fn move_aside(path: &Path) -> io::Result<PathBuf> {
    let time = now();
    for attempt in 1..100 {
        let mut target = path.as_os_str().to_owned();
        if attempt == 1 {
            target.push(format!(".unreadable-{time}"));
        } else {
            target.push(format!(".unreadable-{time}-{attempt}"));
        }
        let target = PathBuf::from(target);
        // A rename would replace a file moved aside before in the same second.
        if !target.exists() {
            fs::rename(path, &target)?;
            return Ok(target);
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "too many files moved aside",
    ))
}

/// Removes the stale temporary files (`.NAME.PID.N.tmp`, see [`crate::atomic`]) of `dir`: a
/// killed save leaves its temporary file behind, possibly as big as both texts. A temporary
/// file whose writer is alive is never removed.
pub(super) fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(temp_writer) else {
            continue;
        };
        let Ok(meta) = entry.metadata() else {
            continue;
        };
        if !meta.is_file() {
            continue;
        }
        // Unknown age (no modified time, or in the future) counts as new.
        let age = meta
            .modified()
            .ok()
            .and_then(|m| SystemTime::now().duration_since(m).ok())
            .unwrap_or(Duration::ZERO);
        let stale = match pid.and_then(process_alive) {
            // A writer in another pid namespace (a sandboxed second window) looks dead from
            // here: a temp being written (touched within the grace) is never removed.
            Some(alive) => !alive && age > GRACE,
            None => age > STALE_AFTER,
        };
        if stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// For a temporary file's name, `Some(its writer's pid)` (`Some(None)` if it cannot be read
/// from the name); `None` for any other file.
fn temp_writer(name: &str) -> Option<Option<u32>> {
    let inner = name
        .strip_prefix('.')?
        .strip_suffix(crate::atomic::TEMP_SUFFIX)?;
    // NAME may hold dots itself: the pid and the counter are the last two parts.
    let mut parts = inner.rsplitn(3, '.');
    let _counter = parts.next();
    Some(parts.next().and_then(|pid| pid.parse().ok()))
}

/// Whether process `pid` is running, if that can be told.
fn process_alive(pid: u32) -> Option<bool> {
    if pid == std::process::id() {
        return Some(true);
    }
    if cfg!(target_os = "linux") && Path::new("/proc/self").exists() {
        return Some(Path::new("/proc").join(pid.to_string()).exists());
    }
    None
}
