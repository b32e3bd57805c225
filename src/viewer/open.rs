//! Opening things, as jobs run off the UI thread: files into one or both panes (read, hashed
//! and compared on the worker), a saved session (its sources checked against the disk), and
//! the bundled sample.

use std::path::PathBuf;
use std::sync::Arc;

use super::open_state::{Missing, index, placeholder};
use super::shown::Shown;
use crate::compare::{Options, Side};
use crate::load::Document;
use crate::session::{SavedDocument, Session, Store, text_hash};

/// The bundled sample pair, shown on the very first start.
const SAMPLE_ORIGINAL: &str = include_str!("../../assets/samples/original.txt");
const SAMPLE_REVISED: &str = include_str!("../../assets/samples/revised.txt");

/// The result of opening files.
pub struct Opened {
    /// The original (an empty placeholder when missing).
    pub left: SavedDocument,
    /// The revision (an empty placeholder when missing).
    pub right: SavedDocument,
    /// Which panes hold no document, and why.
    pub missing: [Option<Missing>; 2],
    /// The comparison of the two.
    pub shown: Shown,
    /// Files that could not be opened, as messages.
    pub problems: Vec<String>,
    /// Nothing was taken: a file failed while a full comparison was shown, which stays.
    pub refused: bool,
}

/// What is in the panes when files are opened: the document of each side and why one is missing.
#[derive(Clone)]
pub struct Current {
    /// Both sides' documents (placeholders where missing).
    pub documents: [SavedDocument; 2],
    /// Why a side holds no document.
    pub missing: [Option<Missing>; 2],
    /// Which versions of the session they are.
    pub pair: [usize; 2],
}

/// Where a document to open comes from.
#[derive(Clone, Debug)]
pub enum Source {
    /// A file.
    Path(PathBuf),
    /// Text already in memory (pasted).
    Text(Document),
}

impl Source {
    pub(super) fn load(self) -> Result<Document, crate::load::LoadError> {
        match self {
            Source::Path(path) => crate::load::open(&path),
            Source::Text(document) => Ok(document),
        }
    }
}

/// Reads `requests` and compares the result with what stays. When the panes already show a
/// full comparison, a file that fails changes nothing (`refused`); otherwise what could be read
/// is shown and the failed pane says why.
pub fn open_files(requests: Vec<(Side, Source)>, current: Current, options: Options) -> Opened {
    let complete = current.missing.iter().all(Option::is_none);
    let Current {
        mut documents,
        mut missing,
        pair,
    } = current;
    let mut problems = Vec::new();
    let mut loaded = Vec::new();
    for (side, source) in requests {
        match source.load() {
            Ok(document) => loaded.push((side, SavedDocument::new(Arc::new(document)))),
            Err(error) => {
                problems.push(format!("Could not open {error}."));
                missing[index(side)] = Some(Missing::Failed(error.to_string()));
            }
        }
    }
    let refused = complete && !problems.is_empty();
    if refused {
        missing = [None, None];
    } else {
        for (side, document) in loaded {
            documents[index(side)] = document;
            missing[index(side)] = None;
        }
        for (slot, why) in missing.iter().enumerate() {
            if why.is_some() {
                documents[slot] = placeholder();
            }
        }
    }
    let [left, right] = documents;
    let shown = Shown::compute(&left, &right, pair, &options, &missing);
    Opened {
        left,
        right,
        missing,
        shown,
        problems,
        refused,
    }
}

/// A session opened: compared, with what changed on disk since it was saved.
pub struct Restored {
    /// The session.
    pub session: Session,
    /// Its comparison.
    pub shown: Shown,
    /// A source file changed on disk since the review was saved (a reload is offered).
    pub changed_sources: bool,
    /// What to tell the user (a source file gone, and so on).
    pub notes: Vec<String>,
    /// What went wrong on the way (damaged files moved aside), each said once.
    pub problems: Vec<String>,
}

/// Compares `session` and checks its source files against the disk.
pub fn restore(mut session: Session) -> Restored {
    // Values read from a file are kept within what the viewer can show and compare with.
    let view = &mut session.view;
    view.zoom = if view.zoom.is_finite() {
        view.zoom.clamp(0.5, 3.0)
    } else {
        1.0
    };
    let options = &mut session.options;
    options.threshold = if options.threshold.is_finite() {
        options.threshold.clamp(0.0, 1.0)
    } else {
        crate::compare::DEFAULT_THRESHOLD
    };
    let mut notes = Vec::new();
    let mut changed_sources = false;
    for saved in &session.versions {
        let Some(path) = &saved.document.path else {
            continue;
        };
        match Document::load(path) {
            Ok(current) if text_hash(&current.text) != saved.hash => changed_sources = true,
            Ok(_) => {}
            Err(_) => notes.push(format!(
                "{} is no longer at {}; showing the text saved with the review.",
                saved.document.name,
                path.display()
            )),
        }
    }
    if changed_sources {
        notes.push("A source file changed on disk since this review was saved.".into());
    }
    let shown = Shown::of_session(&session);
    Restored {
        session,
        shown,
        changed_sources,
        notes,
        problems: Vec::new(),
    }
}

/// The session to show at start-up: the last one from the store, else the bundled sample. A
/// last session that cannot be read is reported (and, if damaged, was moved aside).
pub fn start(store: Option<Store>) -> Result<Restored, (String, Box<Restored>)> {
    let last = store.as_ref().and_then(|s| Some((s, s.last()?)));
    let result = match last.map(|(store, id)| store.load(&id)) {
        None => Ok(restore(sample())),
        Some(Ok(session)) => Ok(restore(session)),
        Some(Err(error)) => Err((
            format!("Could not reopen the last session: {error}."),
            Box::new(restore(sample())),
        )),
    };
    let problems = store.as_ref().map(Store::take_problems).unwrap_or_default();
    result
        .map(|mut restored| {
            restored
                .problems
                .extend(problems.iter().map(|p| format!("{p}.")));
            restored
        })
        .map_err(|(message, mut sample)| {
            sample
                .problems
                .extend(problems.iter().map(|p| format!("{p}.")));
            (message, sample)
        })
}

/// A new session on the bundled sample pair.
pub fn sample() -> Session {
    Session::new(
        Arc::new(Document::from_text("original.txt", SAMPLE_ORIGINAL)),
        Arc::new(Document::from_text("revised.txt", SAMPLE_REVISED)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn current(missing: [Option<Missing>; 2]) -> Current {
        let doc =
            |name: &str, text: &str| SavedDocument::new(Arc::new(Document::from_text(name, text)));
        Current {
            documents: [
                doc("a.txt", "One here. Two here."),
                doc("b.txt", "One here. Three."),
            ],
            missing,
            pair: [0, 1],
        }
    }

    #[test]
    fn values_read_from_a_file_are_kept_in_range() {
        let mut session = sample();
        session.view.zoom = -4.0;
        session.options.threshold = f32::NAN;
        let restored = restore(session);
        assert_eq!(restored.session.view.zoom, 0.5);
        assert_eq!(
            restored.session.options.threshold,
            crate::compare::DEFAULT_THRESHOLD
        );
    }

    #[test]
    fn a_failed_file_keeps_a_full_comparison() {
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("gone.txt");
        let opened = open_files(
            vec![(Side::Left, Source::Path(gone))],
            current([None, None]),
            Options::default(),
        );
        assert!(opened.refused);
        assert_eq!(opened.left.document.name, "a.txt");
        assert!(opened.problems[0].contains("gone.txt: no such file"));
    }

    #[test]
    fn with_nothing_shown_the_good_file_opens_and_the_bad_one_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("good.txt");
        std::fs::write(&good, "The vote was 7-4. The mayor will sign it.").unwrap();
        let empty = [Some(Missing::Empty), Some(Missing::Empty)];
        let opened = open_files(
            vec![
                (Side::Left, Source::Path(dir.path().join("missing.txt"))),
                (Side::Right, Source::Path(good)),
            ],
            current(empty),
            Options::default(),
        );
        assert!(!opened.refused);
        assert_eq!(opened.right.document.name, "good.txt");
        assert!(
            matches!(&opened.missing[0], Some(Missing::Failed(m)) if m.contains("missing.txt"))
        );
        assert_eq!(opened.left.document.text, "");
        assert!(
            opened.shown.lines.stops.is_empty(),
            "nothing to step through"
        );
    }
}
