//! The store: round trips, texts written once, the view apart, old files becoming records,
//! two windows, delete.

use std::fs;

use super::*;

#[test]
fn every_field_survives_the_store_and_the_record_is_small() {
    let (root, store) = store();
    let session = full_session();
    let saved = store.save(&session, Parts::ALL).unwrap();
    assert_eq!(saved.marks, session.marks);
    assert!(!saved.merged_other);
    assert_eq!(saved.stamp, store.stamp(&session.id));
    assert!(saved.stamp.is_some());
    let loaded = store.load(&session.id).unwrap();
    assert!(loaded.updated >= session.updated);
    assert_eq!(
        Session {
            updated: session.updated,
            ..loaded
        },
        session
    );
    assert_eq!(store.last(), Some(session.id.clone()));
    let json: serde_json::Value =
        serde_json::from_slice(&fs::read(record(&store, &session.id)).unwrap()).unwrap();
    assert_eq!(json["schema_version"], 4);
    assert_eq!(json["texts"], "stored");
    assert!(json.get("id").is_none() && json.get("view").is_none());
    assert!(json["versions"][0].get("text").is_none());
    assert_eq!(
        json["versions"][0]["length"],
        session.left().document.text.len()
    );
    let text_file = texts_dir(&store).join(format!(
        "{}-{}.txt",
        session.left().hash,
        session.left().document.text.len()
    ));
    assert_eq!(
        fs::read_to_string(&text_file).unwrap(),
        session.left().document.text
    );
    let names: Vec<String> = files_under(root.path())
        .iter()
        .map(|p| {
            p.strip_prefix(root.path())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    let id = session.id.as_str();
    let mut expected = vec![
        "data/sessions/last-session".to_string(),
        format!("data/sessions/{id}.json"),
        format!("data/sessions/{id}.view.json"),
        format!(
            "data/texts/{}-{}.txt",
            session.left().hash,
            session.left().document.text.len()
        ),
        format!(
            "data/texts/{}-{}.txt",
            session.right().hash,
            session.right().document.text.len()
        ),
    ];
    expected.sort();
    assert_eq!(names, expected, "exactly these files, no temporary file");
}

#[test]
fn texts_are_written_once_and_a_mark_touches_only_the_record() {
    let (_root, store) = store();
    let mut session = full_session();
    store.save(&session, Parts::ALL).unwrap();
    let text = texts_dir(&store).join(format!(
        "{}-{}.txt",
        session.right().hash,
        session.right().document.text.len()
    ));
    let view = store
        .sessions_dir()
        .join(format!("{}.view.json", session.id));
    let (text_before, view_before) = (fingerprint(&text), fingerprint(&view));
    let record_before = fingerprint(&record(&store, &session.id));
    std::thread::sleep(std::time::Duration::from_millis(20));
    let comparison = compare(&session);
    session.set_note(key_of(&comparison, Kind::Added), "Who said so?");
    let saved = store.save(&session, Parts::RECORD).unwrap();
    assert_eq!(fingerprint(&text), text_before, "the text was rewritten");
    assert_eq!(fingerprint(&view), view_before, "the view was rewritten");
    assert_ne!(fingerprint(&record(&store, &session.id)), record_before);
    assert_ne!(saved.stamp, None);
    let loaded = store.load(&session.id).unwrap();
    assert_eq!(
        loaded.mark(&key_of(&comparison, Kind::Added)).unwrap().note,
        "Who said so?"
    );
}

#[test]
fn the_view_is_saved_only_with_the_view_part() {
    let (_root, store) = store();
    let mut session = full_session();
    store.save(&session, Parts::ALL).unwrap();
    let record_before = fingerprint(&record(&store, &session.id));
    session.view.top_line = 40;
    store.save(&session, Parts::RECORD).unwrap();
    assert_eq!(store.load(&session.id).unwrap().view.top_line, 3);
    let record_now = fingerprint(&record(&store, &session.id));
    std::thread::sleep(std::time::Duration::from_millis(20));
    store.save(&session, Parts::VIEW).unwrap();
    assert_eq!(store.load(&session.id).unwrap().view.top_line, 40);
    assert_eq!(
        fingerprint(&record(&store, &session.id)),
        record_now,
        "VIEW rewrote the record"
    );
    assert_ne!(record_now, record_before);
}

#[test]
fn old_files_in_the_store_keep_their_marks_and_become_records() {
    let (_root, store) = store();
    for (name, json) in [("v2", v2_json()), ("v1", v1_json())] {
        let id = SessionId::parse(name).unwrap();
        fs::write(record(&store, &id), json.to_string()).unwrap();
        let (list, problems) = store.list();
        assert!(problems.is_empty(), "{problems:?}");
        assert!(list.iter().any(|s| s.id == id));
        let session = store.load(&id).unwrap();
        let count = session.marks.len();
        assert!(count >= 3, "{name}: {count}");
        assert_eq!(
            store.load_marks(&id, &hashes_of(&session)).unwrap().0,
            session.marks
        );
        store.save(&session, Parts::RECORD).unwrap();
        let json: serde_json::Value =
            serde_json::from_slice(&fs::read(record(&store, &id)).unwrap()).unwrap();
        assert_eq!(json["texts"], "stored", "{name}");
        assert!(json["versions"][1].get("text").is_none());
        assert!(
            store
                .sessions_dir()
                .join(format!("{id}.view.json"))
                .exists(),
            "{name}"
        );
        let again = store.load(&id).unwrap();
        assert_eq!(again.marks, session.marks, "{name}");
        assert_eq!(again.view, session.view, "{name}");
        assert_eq!(again.left(), session.left(), "{name}");
    }
}

#[test]
fn two_windows_keep_each_others_marks() {
    let (_root, store) = store();
    let other_store = Store::at(store.sessions_dir().parent().unwrap()).unwrap();
    let mut mine = full_session();
    store.save(&mine, Parts::ALL).unwrap();
    let mut theirs = other_store.load(&mine.id).unwrap();
    let comparison = compare(&mine);
    let (added, modified) = (
        key_of(&comparison, Kind::Added),
        key_of(&comparison, Kind::Modified),
    );
    let removed = key_of(&comparison, Kind::Removed);
    // Each window changes a different mark and saves, without seeing the other's save.
    mine.set_note(added.clone(), "Mine.");
    theirs.set_review(modified.clone(), Review::Accepted);
    theirs.set_review(removed.clone(), Review::Flagged);
    let first = store.save(&mine, Parts::RECORD).unwrap();
    assert!(!first.merged_other);
    let second = other_store.save(&theirs, Parts::RECORD).unwrap();
    assert!(second.merged_other, "the other window's note was merged in");
    theirs.marks = second.marks;
    assert_ne!(
        store.stamp(&mine.id),
        first.stamp,
        "the other save is noticed"
    );
    let (marks, stamp) = store.load_marks(&mine.id, &hashes_of(&mine)).unwrap();
    assert_eq!(stamp, store.stamp(&mine.id));
    assert!(mine.merge_marks(&marks));
    let third = store.save(&mine, Parts::RECORD).unwrap();
    mine.marks = third.marks;
    for session in [&mine, &theirs, &store.load(&mine.id).unwrap()] {
        assert_eq!(session.mark(&added).unwrap().note, "Mine.");
        assert_eq!(session.mark(&modified).unwrap().review, Review::Accepted);
        assert_eq!(
            session.mark(&modified).unwrap().note,
            "Check the date with the mayor’s office."
        );
        assert_eq!(session.mark(&removed).unwrap().review, Review::Flagged);
    }
    // Clearing in one window wins over the older mark in the other.
    theirs.set_review(removed.clone(), Review::Unreviewed);
    other_store.save(&theirs, Parts::RECORD).unwrap();
    let saved = store.save(&mine, Parts::RECORD).unwrap();
    assert!(saved.merged_other);
    assert!(
        saved
            .marks
            .iter()
            .any(|m| m.key == removed && m.is_cleared())
    );
}

#[test]
fn saves_from_two_threads_never_leave_a_half_written_file() {
    let (_root, store) = store();
    let session = full_session();
    store.save(&session, Parts::ALL).unwrap();
    let path = record(&store, &session.id);
    std::thread::scope(|scope| {
        for n in 0..2 {
            let (store, mut copy) = (store.clone(), session.clone());
            scope.spawn(move || {
                for i in 0..15 {
                    copy.set_note(
                        MarkKey {
                            left: Some(format!("T{n}.")),
                            right: None,
                            ..MarkKey::default()
                        },
                        &i.to_string(),
                    );
                    store.save(&copy, Parts::RECORD).unwrap();
                }
            });
        }
        for _ in 0..30 {
            let bytes = fs::read(&path).unwrap();
            assert!(
                schema::parse(&bytes).is_ok(),
                "a reader saw a half-written file"
            );
        }
    });
    assert!(store.load(&session.id).is_ok());
    assert!(store.list().1.is_empty());
}

#[test]
fn delete_removes_texts_no_other_session_uses() {
    let (_root, store) = store();
    let first = full_session();
    let (left, _) = documents();
    let other = Arc::new(Document::from_text(
        "other.txt",
        "A different text entirely.",
    ));
    let second = Session::new(left, other);
    store.save(&first, Parts::ALL).unwrap();
    store.save(&second, Parts::ALL).unwrap();
    let text = |s: &SavedDocument| {
        texts_dir(&store).join(format!("{}-{}.txt", s.hash, s.document.text.len()))
    };
    assert_eq!(
        files_under(&texts_dir(&store)).len(),
        3,
        "the shared text is stored once"
    );
    store.delete(&first.id).unwrap();
    assert!(
        text(first.left()).exists(),
        "a text the second session uses was removed"
    );
    assert!(!text(first.right()).exists());
    assert!(!record(&store, &first.id).exists());
    assert!(
        !store
            .sessions_dir()
            .join(format!("{}.view.json", first.id))
            .exists()
    );
    assert!(matches!(
        store.load(&first.id),
        Err(SessionError::NotFound { .. })
    ));
    assert!(matches!(
        store.delete(&first.id),
        Err(SessionError::NotFound { .. })
    ));
    store.delete(&second.id).unwrap();
    assert!(files_under(&texts_dir(&store)).is_empty());
    assert!(store.list().0.is_empty());
    assert_eq!(store.last(), None);
}

#[test]
fn an_unwritable_data_folder_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-folder");
    fs::write(&file, "x").unwrap();
    let error = Store::at(&file).unwrap_err();
    assert!(error.to_string().contains("not-a-folder"), "{error}");
}
