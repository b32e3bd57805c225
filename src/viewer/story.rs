//! A story's versions opened together, as jobs run off the UI thread: the files (a folder's
//! too) read and put in order, the history computed, and each version's time for the rail.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use super::open::Source;
use super::shown::Shown;
use crate::compare::Options;
use crate::compare::history::{History, Order, order};
use crate::load::Document;
use crate::session::Session;

/// At most this many versions are opened at once (a folder of thousands of files is a
/// mistake, and would take minutes to compare).
pub const MAX_VERSIONS: usize = 200;

/// A story's history ready to show: the steps and threads, and each version's time.
#[derive(Clone)]
pub struct Story {
    /// The steps and threads of the versions, in the session's order.
    pub history: Arc<History>,
    /// Each version's time as shown in the rail: the page's updated or published time, else
    /// the file's modification time.
    pub times: Vec<Option<String>>,
}

impl Story {
    /// Compares every consecutive pair of `documents` and follows their sentences.
    pub fn compute(documents: Vec<Arc<Document>>, options: &Options) -> Story {
        let times = documents.iter().map(|d| version_time(d)).collect();
        Story {
            history: Arc::new(History::new(documents, options)),
            times,
        }
    }
}

/// Versions opened: a new session on them, its last step compared, and its story.
pub struct VersionsOpened {
    /// The new session (its options are the ones it was computed with).
    pub session: Session,
    /// The comparison of the pair shown.
    pub shown: Shown,
    /// The history.
    pub story: Story,
    /// Files that could not be opened, as messages (the others are shown).
    pub problems: Vec<String>,
}

/// Opens `paths` as a story's versions: folders give their files (hidden ones left out),
/// everything is put in `order`, and what cannot be read is named in `problems`. Fewer than
/// two readable versions is an error (nothing changes).
pub fn open_versions(
    paths: Vec<PathBuf>,
    order_by: Order,
    options: Options,
) -> Result<VersionsOpened, String> {
    let mut problems = Vec::new();
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            match crate::load::versions_in(&path) {
                Ok(found) => {
                    let ordered = order(&found, Order::ModificationTime);
                    files.extend(
                        ordered
                            .into_iter()
                            .filter_map(|i| found.get(i))
                            .map(|f| f.0.clone()),
                    );
                }
                Err(error) => problems.push(format!("Could not read the folder {error}.")),
            }
        } else {
            files.push(path);
        }
    }
    if files.len() > MAX_VERSIONS {
        return Err(format!(
            "Cannot open {} files as versions of one story: at most {MAX_VERSIONS}.",
            files.len()
        ));
    }
    // Read first: a page's own updated or published time orders it before its file's time.
    let mut loaded: Vec<(PathBuf, Option<SystemTime>, Arc<Document>)> = Vec::new();
    for path in files {
        match Source::Path(path.clone()).load() {
            Ok(document) => {
                let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
                let time = document.meta.time().or(modified);
                loaded.push((path, time, Arc::new(document)));
            }
            Err(error) => problems.push(format!("Could not open {error}.")),
        }
    }
    let timed: Vec<(&PathBuf, Option<SystemTime>)> =
        loaded.iter().map(|(path, time, _)| (path, *time)).collect();
    let documents: Vec<Arc<Document>> = order(&timed, order_by)
        .into_iter()
        .filter_map(|index| loaded.get(index).map(|(_, _, d)| d.clone()))
        .collect();
    if documents.len() < 2 {
        let mut message = String::from("A story's versions need at least two readable files.");
        for problem in &problems {
            message.push(' ');
            message.push_str(problem);
        }
        return Err(message);
    }
    let story = Story::compute(documents.clone(), &options);
    let mut session = Session::with_versions(documents);
    session.options = options;
    let shown = Shown::of_session(&session);
    Ok(VersionsOpened {
        session,
        shown,
        story,
        problems,
    })
}

/// The time a version shows in the rail: its page's updated or published time, else its
/// file's modification time (UTC).
fn version_time(document: &Document) -> Option<String> {
    let meta = &document.meta;
    if let Some(time) = meta.updated.as_ref().or(meta.published.as_ref()) {
        return Some(time.clone());
    }
    let modified = std::fs::metadata(document.path.as_ref()?)
        .and_then(|m| m.modified())
        .ok()?;
    Some(crate::report::history::time::utc(modified))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_opens_as_versions_in_time_order_and_a_bad_file_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str, age: u64| {
            let path = dir.path().join(name);
            std::fs::write(&path, text).unwrap();
            let time = SystemTime::now() - std::time::Duration::from_secs(age);
            std::fs::File::options()
                .write(true)
                .open(&path)
                .unwrap()
                .set_modified(time)
                .unwrap();
        };
        write("b.txt", "The council met. The vote was 7-5.", 200);
        write("a.txt", "The council met. The vote was 7-4.", 300);
        write(
            "c.txt",
            "The council met on Tuesday. The vote was 7-5.",
            100,
        );
        write(".hidden.txt", "Not a version.", 50);
        std::fs::write(dir.path().join("d.bin"), [0u8, 159, 146, 150, 0, 1]).unwrap();
        let opened = match open_versions(
            vec![dir.path().to_path_buf()],
            Order::ModificationTime,
            Options::default(),
        ) {
            Ok(opened) => opened,
            Err(message) => panic!("{message}"),
        };
        let names: Vec<&str> = (opened.session.versions.iter())
            .map(|v| v.document.name.as_str())
            .collect();
        assert_eq!(names, ["a.txt", "b.txt", "c.txt"]);
        assert_eq!(opened.problems.len(), 1);
        assert!(
            opened.problems[0].contains("d.bin"),
            "{:?}",
            opened.problems
        );
        assert_eq!(opened.session.pair(), [1, 2]);
        assert_eq!(opened.story.history.steps().len(), 2);
    }

    #[test]
    fn pages_are_put_in_order_by_their_own_times_before_their_files_times() {
        let dir = tempfile::tempdir().unwrap();
        let pages = [
            (
                "early.html",
                include_str!("../../tests/data/inputs/story-v1.html"),
                10,
            ),
            (
                "late.html",
                include_str!("../../tests/data/inputs/story-v2.html"),
                500,
            ),
        ];
        let mut paths = Vec::new();
        for (name, html, age) in pages {
            let path = dir.path().join(name);
            std::fs::write(&path, html).unwrap();
            // The file of the earlier page was saved last.
            let time = SystemTime::now() - std::time::Duration::from_secs(age);
            let file = std::fs::File::options().write(true).open(&path).unwrap();
            file.set_modified(time).unwrap();
            paths.push(path);
        }
        let opened = open_versions(paths, Order::ModificationTime, Options::default());
        let Ok(opened) = opened else {
            panic!("the pages open")
        };
        let names: Vec<&str> = (opened.session.versions.iter())
            .map(|v| v.document.name.as_str())
            .collect();
        assert_eq!(names, ["early.html", "late.html"]);
    }

    #[test]
    fn fewer_than_two_readable_versions_change_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let one = dir.path().join("one.txt");
        std::fs::write(&one, "Only one version.").unwrap();
        let missing = dir.path().join("gone.txt");
        let result = open_versions(vec![one, missing], Order::Given, Options::default());
        let Err(message) = result else {
            panic!("two readable versions are needed")
        };
        assert!(message.contains("at least two"), "{message}");
        assert!(message.contains("gone.txt"), "{message}");
    }
}
