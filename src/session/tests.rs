//! Sessions: ids, marks that follow their sentences, merging; and the helpers of the file
//! and store tests (in `tests/`).

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::*;
use crate::compare::{Comparison, Kind, Options};
use crate::load::Document;

mod damage;
mod file;
mod store;
mod versions;

pub(super) const DRAFT: &str = "The council approved the budget on Tuesday. The vote was 7-4. \
    The mayor will sign it. Critics said the process was rushed.";
pub(super) const FINAL: &str = "The council approved the budget on Tuesday. The vote was 7-4. \
    The mayor will sign it on Friday. A lawsuit is likely, lawyers said.";

pub(super) fn documents() -> (Arc<Document>, Arc<Document>) {
    (
        Arc::new(Document::from_text("draft.txt", DRAFT)),
        Arc::new(Document::from_text("final.txt", FINAL)),
    )
}

pub(super) fn compare(session: &Session) -> Comparison {
    Comparison::new(
        session.left().document.clone(),
        session.right().document.clone(),
        &Options::default(),
    )
}

/// The key of the first row of `kind`.
pub(super) fn key_of(comparison: &Comparison, kind: Kind) -> MarkKey {
    let row = comparison.rows.iter().find(|r| r.kind == kind).unwrap();
    MarkKey::for_row([0, 1], comparison, row)
}

/// A session with every field away from its default.
pub(super) fn full_session() -> Session {
    let (left, right) = documents();
    let mut session = Session::new(left, right);
    let comparison = compare(&session);
    session.options.ignore_case = true;
    session.options.threshold = 0.55;
    session.view = SavedView {
        top_line: 3,
        current_change: Some(1),
        sync: false,
        zoom: 1.3,
        dark: true,
    };
    let modified = key_of(&comparison, Kind::Modified);
    session.set_review(modified.clone(), Review::Flagged);
    session.set_note(modified, "Check the date with the mayor’s office.");
    session.set_review(key_of(&comparison, Kind::Added), Review::Accepted);
    // A tombstone, which must survive too.
    session.set_review(key_of(&comparison, Kind::Removed), Review::Accepted);
    session.set_review(key_of(&comparison, Kind::Removed), Review::Unreviewed);
    session.progress = (2, 3);
    session
}

fn mark(left: &str, review: Review, note: &str, changed: u64) -> Mark {
    Mark {
        key: MarkKey {
            left: Some(left.to_string()),
            right: None,
            ..MarkKey::default()
        },
        review,
        note: note.to_string(),
        changed,
    }
}

#[test]
fn ids_are_letters_digits_and_dashes_only() {
    let too_long = "a".repeat(65);
    for bad in [
        "../../x/package",
        "/abs/path",
        "a/b",
        "a\\b",
        "..",
        ".",
        "",
        "a.b",
        "C:x",
        "a b",
        "é",
        "résumé",
        "x\0",
        too_long.as_str(),
    ] {
        assert_eq!(SessionId::parse(bad), None, "{bad:?} accepted");
    }
    for good in ["a", "A-1", "19a3f2c1d2e-3f0a-0", &"z".repeat(64)] {
        assert_eq!(SessionId::parse(good).unwrap().as_str(), good);
    }
    let ids: std::collections::HashSet<SessionId> =
        (0..1000).map(|_| SessionId::generate()).collect();
    assert_eq!(ids.len(), 1000, "generated ids repeat");
    for id in ids.iter().take(5) {
        assert_eq!(SessionId::parse(id.as_str()).as_ref(), Some(id));
        assert_eq!(id.to_string(), id.as_str());
    }
}

#[test]
fn marks_follow_their_sentences_and_orphans_are_listed() {
    let (left, right) = documents();
    let mut session = Session::new(left.clone(), right);
    assert_eq!(session.name, "draft.txt vs final.txt");
    let comparison = compare(&session);
    for row in comparison.rows.iter().filter(|r| r.kind != Kind::Shared) {
        session.set_review(MarkKey::for_row([0, 1], &comparison, row), Review::Accepted);
        assert!(
            session
                .marks
                .last()
                .unwrap()
                .key
                .fits([0, 1], &comparison, row)
        );
    }
    assert_eq!(session.reviewed([0, 1], &comparison), 3);
    assert!(session.orphan_marks([0, 1], &comparison).is_empty());
    // The revision changes one sentence: its mark no longer applies, the others still do.
    let changed = Arc::new(Document::from_text(
        "final.txt",
        &FINAL.replace("on Friday", "on Monday"),
    ));
    let again = Comparison::new(left, changed, &Options::default());
    assert_eq!(session.reviewed([0, 1], &again), 2);
    let orphans = session.orphan_marks([0, 1], &again);
    assert_eq!(orphans.len(), 1);
    assert_eq!(
        orphans[0].key.right.as_deref(),
        Some("The mayor will sign it on Friday.")
    );
    // A row of another kind with one of the same texts does not fit.
    let shared = comparison
        .rows
        .iter()
        .find(|r| r.kind == Kind::Shared)
        .unwrap();
    assert!(!orphans[0].key.fits([0, 1], &comparison, shared));
}

#[test]
fn clearing_a_mark_leaves_a_tombstone_and_stamps_are_ordered() {
    let (left, right) = documents();
    let mut session = Session::new(left, right);
    let comparison = compare(&session);
    let key = key_of(&comparison, Kind::Added);
    // Clearing a mark this window never had leaves nothing.
    session.set_review(key.clone(), Review::Unreviewed);
    assert!(session.marks.is_empty());
    session.set_review(key.clone(), Review::Flagged);
    session.set_note(key.clone(), "Source?");
    let first = session.marks[0].changed;
    assert!(first > 1_600_000_000_000, "stamped in ms: {first}");
    session.set_review(key.clone(), Review::Unreviewed);
    // The note keeps it alive.
    assert_eq!(session.mark(&key).unwrap().note, "Source?");
    session.set_note(key.clone(), "");
    assert_eq!(session.mark(&key), None);
    assert_eq!(session.live_marks().count(), 0);
    assert_eq!(session.marks.len(), 1);
    assert!(session.marks[0].is_cleared());
    assert!(
        session.marks[0].changed >= first + 2,
        "each change is later"
    );
    assert_eq!(session.reviewed([0, 1], &comparison), 0);
    assert!(session.orphan_marks([0, 1], &comparison).is_empty());
}

#[test]
fn merging_keeps_the_newest_of_each_mark() {
    let mut mine = full_session();
    mine.marks = vec![
        mark("A.", Review::Accepted, "", 100),
        mark("B.", Review::Flagged, "old", 100),
        mark("C.", Review::Unreviewed, "", 300), // cleared here
        mark("D.", Review::Unreviewed, "", 100), // cleared here, long ago
        mark("E.", Review::Accepted, "", 100),
    ];
    let theirs = vec![
        mark("A.", Review::Flagged, "newer", 200),  // newest wins
        mark("B.", Review::Unreviewed, "", 200),    // a newer tombstone beats a mark
        mark("C.", Review::Accepted, "", 200),      // an older mark loses to a tombstone
        mark("D.", Review::Accepted, "back", 200),  // a newer mark beats an older tombstone
        mark("E.", Review::Flagged, "older", 50),   // older loses
        mark("F.", Review::Accepted, "theirs", 10), // disjoint: union
    ];
    assert!(mine.merge_marks(&theirs));
    let get = |s: &Session, left: &str| {
        s.marks
            .iter()
            .find(|m| m.key.left.as_deref() == Some(left))
            .cloned()
            .unwrap()
    };
    assert_eq!(get(&mine, "A."), theirs[0]);
    assert!(get(&mine, "B.").is_cleared());
    assert!(get(&mine, "C.").is_cleared());
    assert_eq!(get(&mine, "D.").note, "back");
    assert_eq!(get(&mine, "E.").review, Review::Accepted);
    assert_eq!(get(&mine, "F.").note, "theirs");
    assert_eq!(mine.marks.len(), 6);
    // Merging again changes nothing; merging the other way ends the same.
    assert!(!mine.merge_marks(&theirs));
    let mut other = full_session();
    other.marks = theirs;
    other.merge_marks(&[
        mark("A.", Review::Accepted, "", 100),
        mark("B.", Review::Flagged, "old", 100),
        mark("C.", Review::Unreviewed, "", 300),
        mark("D.", Review::Unreviewed, "", 100),
        mark("E.", Review::Accepted, "", 100),
    ]);
    for left in ["A.", "B.", "C.", "D.", "E.", "F."] {
        assert_eq!(get(&mine, left), get(&other, left), "{left}");
    }
    // Equal stamps: both windows pick the same one.
    let (x, y) = (
        mark("G.", Review::Accepted, "x", 5),
        mark("G.", Review::Flagged, "y", 5),
    );
    let (mut one, mut two) = (vec![x.clone()], vec![y.clone()]);
    marks::merge(&mut one, &[y]);
    marks::merge(&mut two, &[x]);
    assert_eq!(one, two);
}

/// A store in a fresh folder; the root is returned too, to check nothing lands outside.
pub(super) fn store() -> (tempfile::TempDir, Store) {
    let root = tempfile::tempdir().unwrap();
    let store = Store::at(&root.path().join("data")).unwrap();
    (root, store)
}

/// Every file under `dir`, recursively.
pub(super) fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files_under(&path));
        } else {
            found.push(path);
        }
    }
    found.sort();
    found
}

pub(super) fn texts_dir(store: &Store) -> PathBuf {
    store.sessions_dir().parent().unwrap().join("texts")
}

pub(super) fn record(store: &Store, id: &SessionId) -> PathBuf {
    store.sessions_dir().join(format!("{id}.json"))
}

/// (inode or length, modified time) of a file: what a rewrite changes.
pub(super) fn fingerprint(path: &Path) -> (u64, std::time::SystemTime) {
    let meta = fs::metadata(path).unwrap();
    #[cfg(unix)]
    let file = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let file = meta.len();
    (file, meta.modified().unwrap())
}

/// A schema 2 file as Redline wrote it.
pub(super) fn v2_json() -> serde_json::Value {
    serde_json::json!({
        "schema_version": 2,
        "id": "../../x/package",
        "name": "An older review",
        "created": 1_700_000_000u64,
        "updated": 1_700_000_100u64,
        "revision": 4,
        "writer": "123-1700000000",
        "left": {"path": null, "name": "draft.txt", "text": DRAFT, "hash": "0", "encoding": "UTF-8"},
        "right": {"path": "/home/someone/final.md", "name": "final.md", "text": FINAL, "hash": "0", "encoding": "UTF-8"},
        "options": {"ignore_case": true},
        "view": {"top_line": 2, "zoom": 1.5},
        "marks": [
            {"left": "The mayor will sign it.", "right": "The mayor will sign it on Friday.", "review": "flagged", "note": "Date?"},
            {"left": null, "right": "A lawsuit is likely, lawyers said.", "review": "accepted", "note": ""},
            {"left": "A sentence since removed.", "right": null, "review": "accepted", "note": ""}
        ],
        "progress": [2, 3]
    })
}

/// A schema 1 file: marks by sentence indices, one of them (9) out of range.
pub(super) fn v1_json() -> serde_json::Value {
    serde_json::json!({
        "schema_version": 1,
        "name": "A first review",
        "left": {"name": "draft.txt", "text": DRAFT, "encoding": "UTF-8"},
        "right": {"name": "final.txt", "text": FINAL, "encoding": "UTF-8"},
        "marks": {"2:2": "accepted", "3:": "flagged", ":3": "accepted", "9:": "flagged"}
    })
}

/// The text hashes of a session's versions.
pub(super) fn hashes_of(session: &Session) -> Vec<String> {
    session.versions.iter().map(|v| v.hash.clone()).collect()
}
