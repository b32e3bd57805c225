//! Where sessions live: one JSON file each under `DATA/sessions/` (the platform data folder,
//! or `REDLINE_DATA_DIR`), written atomically (temporary file, fsync, rename), with damaged
//! or too-new files moved aside, never deleted.

use std::fs;
use std::path::{Path, PathBuf};

use super::{ParseProblem, Session, SessionError, file_in, now, parse};

/// The environment variable that moves the data folder (tests, portable use).
pub const DATA_DIR_VARIABLE: &str = "REDLINE_DATA_DIR";

/// A line of the sessions list.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// The session's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The original's name.
    pub left: String,
    /// The revision's name.
    pub right: String,
    /// Last saved (seconds since 1970).
    pub updated: u64,
    /// Reviewed changes and all changes, as of the last save.
    pub progress: (usize, usize),
}

/// What a save found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    /// Another window had saved this session since this one last did; its save was replaced.
    pub replaced_other: bool,
}

/// The session folder.
#[derive(Clone, Debug)]
pub struct Store {
    /// The folder holding the session files.
    pub dir: PathBuf,
    /// Identifies this running window in the files it writes.
    pub instance: String,
}

impl Store {
    /// The store in `REDLINE_DATA_DIR`, else in the platform data folder.
    pub fn from_env() -> Result<Store, SessionError> {
        let data = match std::env::var_os(DATA_DIR_VARIABLE).filter(|v| !v.is_empty()) {
            Some(dir) => PathBuf::from(dir),
            None => directories::ProjectDirs::from("", "", "redline")
                .map(|dirs| dirs.data_dir().to_path_buf())
                .unwrap_or_else(|| PathBuf::from(".redline")),
        };
        Store::at(&data)
    }

    /// The store under data folder `data`, created if needed.
    pub fn at(data: &Path) -> Result<Store, SessionError> {
        let dir = data.join("sessions");
        fs::create_dir_all(&dir).map_err(|source| SessionError::Io {
            path: dir.clone(),
            source,
        })?;
        let instance = format!("{}-{}", std::process::id(), now());
        Ok(Store { dir, instance })
    }

    /// Saves `session` atomically and records it as the last one used.
    pub fn save(&self, session: &mut Session) -> Result<Saved, SessionError> {
        let path = file_in(&self.dir, &session.id);
        let on_disk = fs::read_to_string(&path).ok().and_then(|c| parse(&c).ok());
        let mut saved = Saved::default();
        if let Some(disk) = &on_disk {
            saved.replaced_other = disk.revision > session.revision && disk.writer != self.instance;
            session.revision = session.revision.max(disk.revision);
        }
        session.revision += 1;
        session.writer = self.instance.clone();
        session.updated = now();
        session.schema_version = super::SCHEMA_VERSION;
        let json = serde_json::to_vec_pretty(session).map_err(|e| SessionError::Io {
            path: path.clone(),
            source: std::io::Error::other(e),
        })?;
        write_atomically(&path, &json)?;
        write_atomically(&self.dir.join("last-session"), session.id.as_bytes())?;
        Ok(saved)
    }

    /// Reads session `id`; a damaged or too-new file is moved aside and reported.
    pub fn load(&self, id: &str) -> Result<Session, SessionError> {
        load_file(&file_in(&self.dir, id))
    }

    /// The id of the session used last, if it still exists.
    pub fn last(&self) -> Option<String> {
        let id = fs::read_to_string(self.dir.join("last-session")).ok()?;
        let id = id.trim().to_string();
        file_in(&self.dir, &id).is_file().then_some(id)
    }

    /// All sessions, most recently updated first; files that cannot be read are moved aside
    /// and reported.
    pub fn list(&self) -> (Vec<Summary>, Vec<SessionError>) {
        let mut summaries = Vec::new();
        let mut problems = Vec::new();
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return (summaries, problems);
        };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            match load_file(&path) {
                Ok(s) => summaries.push(Summary {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    left: s.left.name.clone(),
                    right: s.right.name.clone(),
                    updated: s.updated,
                    progress: s.progress,
                }),
                Err(e) => problems.push(e),
            }
        }
        summaries.sort_by(|a, b| b.updated.cmp(&a.updated).then(a.id.cmp(&b.id)));
        (summaries, problems)
    }

    /// Renames session `id`.
    pub fn rename(&self, id: &str, name: &str) -> Result<(), SessionError> {
        let mut session = self.load(id)?;
        session.name = name.to_string();
        self.save(&mut session).map(|_| ())
    }

    /// Deletes session `id`.
    pub fn delete(&self, id: &str) -> Result<(), SessionError> {
        let path = file_in(&self.dir, id);
        fs::remove_file(&path).map_err(|source| SessionError::Io { path, source })
    }
}

/// Reads a session file anywhere (also for "Open session file…").
pub fn load_file(path: &Path) -> Result<Session, SessionError> {
    let content = fs::read_to_string(path).map_err(|source| SessionError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    match parse(&content) {
        Ok(mut session) => {
            if session.id.is_empty() {
                session.id = path
                    .file_stem()
                    .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
            }
            Ok(session)
        }
        Err(problem) => {
            let moved_to = move_aside(path);
            Err(match problem {
                ParseProblem::Corrupt(reason) => SessionError::Corrupt {
                    path: path.to_path_buf(),
                    reason,
                    moved_to,
                },
                ParseProblem::TooNew(version) => SessionError::TooNew {
                    path: path.to_path_buf(),
                    version,
                    moved_to,
                },
            })
        }
    }
}

/// Renames a bad file out of the way (`NAME.json.unreadable-TIME`), keeping it.
fn move_aside(path: &Path) -> PathBuf {
    let mut target = path.as_os_str().to_owned();
    target.push(format!(".unreadable-{}", now()));
    let target = PathBuf::from(target);
    match fs::rename(path, &target) {
        Ok(()) => target,
        Err(_) => path.to_path_buf(),
    }
}

/// Writes `bytes` to `path` atomically (see [`crate::atomic`]).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SessionError> {
    crate::atomic::write(path, bytes).map_err(|source| SessionError::Io {
        path: path.to_path_buf(),
        source,
    })
}
