//! Sessions: round trips, marks that follow their sentences, damaged and future files,
//! migration, an unwritable folder and two writers.

use std::sync::Arc;

use super::*;
use crate::compare::Kind;

fn documents() -> (Document, Document) {
    (
        Document::from_text(
            "draft.txt",
            "The vote was 7-4. The mayor will sign it. Critics objected.",
        ),
        Document::from_text(
            "final.txt",
            "The vote was 7-4. The mayor will sign it on Friday. A lawsuit is likely.",
        ),
    )
}

fn compare(left: &Document, right: &Document) -> Comparison {
    Comparison::new(
        Arc::new(left.clone()),
        Arc::new(right.clone()),
        &Options::default(),
    )
}

fn full_session() -> Session {
    let (left, right) = documents();
    let comparison = compare(&left, &right);
    let mut session = Session::new(&left, &right);
    session.options.ignore_case = true;
    session.options.threshold = 0.55;
    session.view = SavedView {
        top_line: 3,
        current_change: Some(1),
        sync: false,
        zoom: 1.3,
        dark: true,
    };
    let modified = comparison
        .rows
        .iter()
        .find(|r| r.kind == Kind::Modified)
        .unwrap();
    session.set_review(&comparison, modified, Review::Flagged);
    session.set_note(
        &comparison,
        modified,
        "Check the date with the mayor’s office.",
    );
    session.progress = (1, 3);
    session
}

#[test]
fn every_field_survives_a_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path()).unwrap();
    let mut session = full_session();
    store.save(&mut session).unwrap();
    let loaded = store.load(&session.id).unwrap();
    assert_eq!(loaded, session);
    assert_eq!(
        loaded.marks[0].note,
        "Check the date with the mayor’s office."
    );
    assert_eq!(loaded.left.hash, text_hash(&loaded.left.text));
    assert_eq!(store.last().as_deref(), Some(session.id.as_str()));
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(&store.dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

#[test]
fn marks_follow_their_sentences_and_orphans_are_listed() {
    let (left, right) = documents();
    let comparison = compare(&left, &right);
    let mut session = Session::new(&left, &right);
    for row in comparison.rows.iter().filter(|r| r.kind != Kind::Shared) {
        session.set_review(&comparison, row, Review::Accepted);
    }
    assert_eq!(session.reviewed(&comparison), 3);
    // The revision changes one sentence: its mark no longer applies, the others still do.
    let changed = Document::from_text(
        "final.txt",
        "The vote was 7-4. The mayor will sign it on Monday. A lawsuit is likely.",
    );
    let again = compare(&left, &changed);
    assert_eq!(session.reviewed(&again), 2);
    let orphans = session.orphan_marks(&again);
    assert_eq!(orphans.len(), 1);
    assert_eq!(
        orphans[0].right.as_deref(),
        Some("The mayor will sign it on Friday.")
    );
    // Unmarking removes the mark entirely.
    let row = comparison
        .rows
        .iter()
        .find(|r| r.kind == Kind::Added)
        .unwrap();
    session.set_review(&comparison, row, Review::Unreviewed);
    assert_eq!(session.marks.len(), 2);
}

#[test]
fn damaged_empty_and_future_files_are_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path()).unwrap();
    let mut good = full_session();
    store.save(&mut good).unwrap();
    let json = std::fs::read_to_string(file_in(&store.dir, &good.id)).unwrap();
    let cases = [
        ("truncated", json[..json.len() / 2].to_string()),
        ("empty", String::new()),
        ("garbage", "not json at all".to_string()),
        ("array", "[1, 2, 3]".to_string()),
        (
            "future",
            json.replace("\"schema_version\": 2", "\"schema_version\": 99"),
        ),
    ];
    for (id, content) in &cases {
        std::fs::write(file_in(&store.dir, id), content).unwrap();
        let error = store.load(id).unwrap_err();
        let moved = match &error {
            SessionError::Corrupt { moved_to, .. } => moved_to.clone(),
            SessionError::TooNew {
                moved_to, version, ..
            } => {
                assert_eq!(*version, 99);
                moved_to.clone()
            }
            other => panic!("{id}: unexpected {other}"),
        };
        assert!(!file_in(&store.dir, id).exists(), "{id} moved away");
        assert_eq!(
            &std::fs::read_to_string(&moved).unwrap(),
            content,
            "{id} kept intact"
        );
        assert!(error.to_string().contains("moved aside"));
    }
    // The good session is still listed; the bad ones were already moved.
    let (list, problems) = store.list();
    assert_eq!(list.len(), 1);
    assert!(problems.is_empty());
}

#[test]
fn version_1_sessions_are_migrated() {
    let (left, right) = documents();
    let v1 = serde_json::json!({
        "schema_version": 1,
        "id": "old",
        "name": "An old review",
        "left": {"name": "draft.txt", "text": left.text, "encoding": "UTF-8"},
        "right": {"name": "final.txt", "text": right.text, "encoding": "UTF-8"},
        "marks": {"1:1": "accepted", "2:": "flagged"}
    });
    let session = parse(&v1.to_string()).unwrap();
    assert_eq!(session.schema_version, SCHEMA_VERSION);
    assert_eq!(session.name, "An old review");
    let comparison = compare(&left, &right);
    let modified = comparison
        .rows
        .iter()
        .find(|r| r.kind == Kind::Modified)
        .unwrap();
    let removed = comparison
        .rows
        .iter()
        .find(|r| r.kind == Kind::Removed)
        .unwrap();
    assert_eq!(
        session.mark(&comparison, modified).unwrap().review,
        Review::Accepted
    );
    assert_eq!(
        session.mark(&comparison, removed).unwrap().review,
        Review::Flagged
    );
    // Fields missing from old files take their defaults.
    assert!(session.view.sync);
}

#[test]
fn an_unwritable_data_folder_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, "x").unwrap();
    let error = Store::at(&file).unwrap_err();
    assert!(error.to_string().contains("not-a-folder"), "{error}");
}

#[test]
fn two_writers_never_corrupt_the_file_and_the_second_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let first = Store::at(dir.path()).unwrap();
    let mut second = Store::at(dir.path()).unwrap();
    second.instance.push_str("-other");
    let mut mine = full_session();
    first.save(&mut mine).unwrap();
    let mut theirs = second.load(&mine.id).unwrap();
    theirs.name = "Renamed elsewhere".into();
    assert!(!second.save(&mut theirs).unwrap().replaced_other);
    // This window saves again without having seen that save: it wins and is told.
    mine.name = "Mine".into();
    assert!(first.save(&mut mine).unwrap().replaced_other);
    assert_eq!(first.load(&mine.id).unwrap().name, "Mine");

    // Hammer the same file from two threads: every read in between parses.
    let id = mine.id.clone();
    std::thread::scope(|scope| {
        for store in [&first, &second] {
            let mut copy = mine.clone();
            scope.spawn(move || {
                for i in 0..40 {
                    copy.name = format!("save {i}");
                    store.save(&mut copy).unwrap();
                }
            });
        }
        for _ in 0..40 {
            if let Ok(text) = std::fs::read_to_string(file_in(&first.dir, &id)) {
                assert!(parse(&text).is_ok(), "a reader saw a half-written file");
            }
        }
    });
    assert!(first.load(&id).is_ok());
}
