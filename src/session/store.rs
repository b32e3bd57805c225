//! Where sessions live, under the data folder `DATA` (the platform data folder, or
//! `REDLINE_DATA_DIR`):
//!
//! - `DATA/sessions/ID.json`: the record (schema 3, `"texts": "stored"`): name, times, the
//!   documents' metadata with their texts' hash and length, options, marks, progress. Small,
//!   so that saving a mark is quick.
//! - `DATA/sessions/ID.view.json`: the view, saved apart and rarely.
//! - `DATA/sessions/last-session`: the id used last.
//! - `DATA/texts/HASH-LEN.txt`: a text as loaded, written once, shared by every session on it.
//!
//! Every write is atomic; damaged or too-new files are moved aside, never deleted, and
//! reported. Old self-contained files (schemas 1 and 2) in the sessions folder load as they
//! are and become a record, texts and view on their next save.
//!
//! Self-contained files, from anywhere, are read and written by `load_file` and `save_file`.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use super::clock::now;
use super::document::{SavedDocument, text_hash};
use super::error::SessionError;
use super::files::{self, damaged, io_error, read_if_present, remove_if_present};
use super::format::record_json;
use super::id::SessionId;
use super::marks::{Mark, merge, renumber};
use super::model::{SavedView, Session};
use super::parts::{Parts, Saved, Stamp, Summary};
use super::schema::{self, Text, parse, parse_json, parse_value, parse_view};

/// The environment variable that moves the data folder (tests, portable use).
pub const DATA_DIR_VARIABLE: &str = "REDLINE_DATA_DIR";

/// The session store. Cheap to clone; clones share the problems waiting to be reported.
#[derive(Clone, Debug)]
pub struct Store {
    /// `DATA/sessions`: records, views, `last-session`.
    sessions: PathBuf,
    /// `DATA/texts`: the texts, by hash and length.
    texts: PathBuf,
    /// Damaged files found (and moved aside) by an operation that went on without them (a
    /// view, a record a save replaced): reported by the next [`Store::list`].
    problems: Arc<Mutex<Vec<SessionError>>>,
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

    /// The store under data folder `data`: creates its folders, removes the temporary files
    /// of saves that were killed.
    pub fn at(data: &Path) -> Result<Store, SessionError> {
        let sessions = data.join("sessions");
        let texts = data.join("texts");
        for dir in [&sessions, &texts] {
            fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
            files::remove_stale_temps(dir);
        }
        Ok(Store {
            sessions,
            texts,
            problems: Arc::default(),
        })
    }

    /// The folder of the records.
    pub fn sessions_dir(&self) -> &Path {
        &self.sessions
    }

    fn record_path(&self, id: &SessionId) -> PathBuf {
        self.sessions.join(format!("{id}.json"))
    }

    fn view_path(&self, id: &SessionId) -> PathBuf {
        self.sessions.join(format!("{id}.view.json"))
    }

    fn text_path(&self, hash: &str, length: usize) -> PathBuf {
        self.texts.join(format!("{hash}-{length}.txt"))
    }

    fn last_path(&self) -> PathBuf {
        self.sessions.join("last-session")
    }

    /// Keeps a problem for the next [`Store::list`].
    fn report(&self, problem: SessionError) {
        let mut problems = self.problems.lock().unwrap_or_else(PoisonError::into_inner);
        problems.push(problem);
    }

    /// Damaged files found and moved aside since the last call (or [`Store::list`]) by
    /// operations that went on without them: a damaged view (the default view was used), a
    /// damaged record a save replaced.
    pub fn take_problems(&self) -> Vec<SessionError> {
        let mut problems = self.problems.lock().unwrap_or_else(PoisonError::into_inner);
        std::mem::take(&mut *problems)
    }

    /// The id used last, if it is an id and its record exists.
    pub fn last(&self) -> Option<SessionId> {
        let text = fs::read_to_string(self.last_path()).ok()?;
        let id = SessionId::parse(text.trim())?;
        self.record_path(&id).is_file().then_some(id)
    }

    /// The record of `id`, parsed; a damaged one is moved aside.
    fn read_record(&self, id: &SessionId) -> Result<schema::Parsed, SessionError> {
        let path = self.record_path(id);
        let bytes =
            read_if_present(&path)?.ok_or_else(|| SessionError::NotFound { id: id.to_string() })?;
        parse(&bytes).map_err(|p| damaged(&path, p, true))
    }

    /// Reads session `id`: record, texts, view. A damaged record is moved aside and reported;
    /// a missing or damaged view gives the default view (a damaged one is moved aside and
    /// reported by the next [`Store::list`]).
    pub fn load(&self, id: &SessionId) -> Result<Session, SessionError> {
        let parsed = self.read_record(id)?;
        let mut session = parsed.into_session(id.clone(), |hash, length, name| {
            self.read_text(hash, length, name)
        })?;
        if let Some(view) = self.read_view(id) {
            session.view = view;
        }
        Ok(session)
    }

    /// A stored text, checked against its hash and length.
    fn read_text(&self, hash: &str, length: usize, name: &str) -> Result<String, SessionError> {
        let path = self.text_path(hash, length);
        let missing = || SessionError::MissingText {
            path: path.clone(),
            name: name.to_string(),
        };
        let bytes = read_if_present(&path)?.ok_or_else(missing)?;
        if bytes.len() != length {
            return Err(missing());
        }
        let text = String::from_utf8(bytes).map_err(|_| missing())?;
        if text_hash(&text) != hash {
            return Err(missing());
        }
        Ok(text)
    }

    fn read_view(&self, id: &SessionId) -> Option<SavedView> {
        let path = self.view_path(id);
        let bytes = fs::read(&path).ok()?;
        match parse_view(&bytes) {
            Ok(view) => Some(view),
            Err(problem) => {
                self.report(damaged(&path, problem, true));
                None
            }
        }
    }

    /// Writes the text of `document` if the store lacks it; returns the hash naming it.
    fn write_text(&self, document: &SavedDocument) -> Result<String, SessionError> {
        let text = &document.document.text;
        let present = |path: &Path| {
            fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == text.len() as u64)
        };
        if schema::is_hash(&document.hash) && present(&self.text_path(&document.hash, text.len())) {
            return Ok(document.hash.clone());
        }
        // The file is written now anyway: hash the text rather than trust a hash that names no
        // file (a session built by hand).
        let hash = text_hash(text);
        let path = self.text_path(&hash, text.len());
        if !present(&path) {
            files::write(&path, text.as_bytes())?;
        }
        Ok(hash)
    }

    /// Writes the parts asked for (texts first, only if missing; then the record merged with
    /// the marks on disk; the view), and records `session.id` as the last session. `&Session`
    /// is not changed: the caller takes [`Saved::marks`]. Sets `updated`. Safe to call from
    /// any thread, and from two processes at once (never a half-written file; the merge may
    /// miss a save that lands between its read and its rename — the other window's next save
    /// merges it back).
    pub fn save(&self, session: &Session, parts: Parts) -> Result<Saved, SessionError> {
        let mut saved = Saved {
            marks: session.marks.clone(),
            merged_other: false,
            stamp: None,
        };
        let mut write_view = parts.view;
        if parts.record {
            let hashes = session
                .versions
                .iter()
                .map(|version| self.write_text(version))
                .collect::<Result<Vec<_>, _>>()?;
            let path = self.record_path(&session.id);
            if let Some(bytes) = read_if_present(&path)? {
                match parse(&bytes) {
                    Ok(mut disk) => {
                        // Marks written before the versions were put in another order.
                        let written = disk.hashes();
                        renumber(&mut disk.marks, &written, &hashes);
                        saved.merged_other = merge(&mut saved.marks, &disk.marks);
                        // An old self-contained file held the view: keep it in its own file.
                        write_view |= !disk.is_record();
                    }
                    Err(problem) => self.report(damaged(&path, problem, true)),
                }
            }
            let json = record_json(session, &hashes, &saved.marks, now())
                .map_err(|e| io_error(&path, io::Error::other(e)))?;
            files::write(&path, &json)?;
            // A delete of another session sharing a text may have removed it meanwhile.
            for version in &session.versions {
                self.write_text(version)?;
            }
        }
        if write_view {
            let path = self.view_path(&session.id);
            let json = serde_json::to_vec_pretty(&session.view)
                .map_err(|e| io_error(&path, io::Error::other(e)))?;
            files::write(&path, &json)?;
        }
        let last = self.last_path();
        // Only when it changes: an fsync for every mark would be wasted.
        if fs::read_to_string(&last).ok().as_deref().map(str::trim) != Some(session.id.as_str()) {
            files::write(&last, session.id.as_str().as_bytes())?;
        }
        saved.stamp = self.stamp(&session.id);
        Ok(saved)
    }

    /// The stamp of `id`'s record, if it exists.
    pub fn stamp(&self, id: &SessionId) -> Option<Stamp> {
        fs::metadata(self.record_path(id))
            .ok()
            .map(|m| Stamp::of(&m))
    }

    /// The marks of `id`'s record, numbered for versions whose texts have the hashes `now`
    /// (another window may have put them in another order), and its stamp (taken before
    /// reading, so a save landing in between is noticed next time).
    pub fn load_marks(
        &self,
        id: &SessionId,
        now: &[String],
    ) -> Result<(Vec<Mark>, Option<Stamp>), SessionError> {
        let stamp = self.stamp(id);
        let mut record = self.read_record(id)?;
        let written = record.hashes();
        renumber(&mut record.marks, &written, now);
        Ok((record.marks, stamp))
    }

    /// All sessions (reads records only, not texts), most recently updated first, and the
    /// damaged files found (each moved aside, so reported once).
    pub fn list(&self) -> (Vec<Summary>, Vec<SessionError>) {
        let mut summaries = Vec::new();
        let mut problems = self.take_problems();
        let entries = match fs::read_dir(&self.sessions) {
            Ok(entries) => entries,
            Err(e) => {
                problems.push(io_error(&self.sessions, e));
                return (summaries, problems);
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(stem) = name.strip_suffix(".json") else {
                continue;
            };
            if !entry.file_type().is_ok_and(|t| t.is_file()) {
                continue;
            }
            let (stem, view) = match stem.strip_suffix(".view") {
                Some(stem) => (stem, true),
                None => (stem, false),
            };
            let problem = match (SessionId::parse(stem), fs::read(&path)) {
                (None, _) => schema::Problem::Corrupt("the file name is not a session id".into()),
                // Gone since the folder was read (deleted, or moved aside by another window).
                (_, Err(e)) if e.kind() == io::ErrorKind::NotFound => continue,
                (_, Err(e)) => {
                    problems.push(io_error(&path, e));
                    continue;
                }
                (Some(_), Ok(bytes)) if view => match parse_view(&bytes) {
                    Ok(_) => continue,
                    Err(problem) => problem,
                },
                (Some(id), Ok(bytes)) => match parse(&bytes) {
                    Ok(parsed) => {
                        summaries.push(Summary {
                            id,
                            name: parsed.name,
                            left: parsed
                                .versions
                                .first()
                                .map(|v| v.name.clone())
                                .unwrap_or_default(),
                            right: parsed
                                .versions
                                .last()
                                .map(|v| v.name.clone())
                                .unwrap_or_default(),
                            versions: parsed.versions.len(),
                            updated: parsed.updated,
                            progress: parsed.progress,
                        });
                        continue;
                    }
                    Err(problem) => problem,
                },
            };
            let error = damaged(&path, problem, true);
            // Not moved because another window moved it first: that one reports it.
            if error.moved_to().is_some() || path.exists() {
                problems.push(error);
            }
        }
        summaries.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
        (summaries, problems)
    }

    /// Renames session `id` (its record only; whatever its form, it stays in it).
    pub fn rename(&self, id: &SessionId, name: &str) -> Result<(), SessionError> {
        let path = self.record_path(id);
        let bytes =
            read_if_present(&path)?.ok_or_else(|| SessionError::NotFound { id: id.to_string() })?;
        let mut value = parse_json(&bytes).map_err(|p| damaged(&path, p, true))?;
        parse_value(value.clone()).map_err(|p| damaged(&path, p, true))?;
        if let Some(object) = value.as_object_mut() {
            object.insert("name".into(), name.into());
        }
        let json =
            serde_json::to_vec_pretty(&value).map_err(|e| io_error(&path, io::Error::other(e)))?;
        files::write(&path, &json)
    }

    /// Removes the record and view; text files no other session uses are removed too.
    pub fn delete(&self, id: &SessionId) -> Result<(), SessionError> {
        let record = self.record_path(id);
        let view = self.view_path(id);
        let bytes = read_if_present(&record)?;
        if bytes.is_none() && !view.exists() {
            return Err(SessionError::NotFound { id: id.to_string() });
        }
        // A damaged record is deleted all the same (that is what was asked); its texts, if
        // any, stay.
        let texts: Vec<(String, usize)> = bytes
            .and_then(|b| parse(&b).ok())
            .map(|p| {
                p.versions
                    .into_iter()
                    .map(|v| v.text)
                    .filter_map(|t| match t {
                        Text::Stored { hash, length } => Some((hash, length)),
                        Text::Inline(_) => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        remove_if_present(&record)?;
        remove_if_present(&view)?;
        for (hash, length) in texts {
            if !self.text_in_use(&hash) {
                remove_if_present(&self.text_path(&hash, length))?;
            }
        }
        Ok(())
    }

    /// Whether a session file of the store mentions `hash` (whatever its schema: a file that
    /// cannot be read counts as using it).
    fn text_in_use(&self, hash: &str) -> bool {
        let Ok(entries) = fs::read_dir(&self.sessions) else {
            return true;
        };
        entries.flatten().any(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.ends_with(".json") || name.ends_with(".view.json") {
                return false;
            }
            fs::read(entry.path()).map_or(true, |bytes| {
                memchr::memmem::find(&bytes, hash.as_bytes()).is_some()
            })
        })
    }
}
