//! The store against bad input: ids that would escape the folder, damaged, misnamed and
//! too-new files (moved aside, reported once), missing texts, temporary files of killed saves.

use std::fs;

use super::*;

#[test]
fn no_id_reaches_outside_the_sessions_folder() {
    let (root, store) = store();
    // An old file naming another place as its id: the file name is the key.
    let id = SessionId::parse("old-review").unwrap();
    fs::write(record(&store, &id), v2_json().to_string()).unwrap();
    let loaded = store.load(&id).unwrap();
    assert_eq!(loaded.id, id);
    store.save(&loaded, Parts::ALL).unwrap();
    store.rename(&id, "Renamed").unwrap();
    for file in files_under(root.path()) {
        let inside = file.starts_with(store.sessions_dir()) || file.starts_with(texts_dir(&store));
        assert!(inside, "{} written outside the store", file.display());
    }
    assert_eq!(store.list().0[0].name, "Renamed");
    // A last-session naming a path is no session.
    for bad in ["../x", "../../x/package", "/abs/path", "a.b", ""] {
        fs::write(store.sessions_dir().join("last-session"), bad).unwrap();
        assert_eq!(store.last(), None, "{bad}");
    }
    // Record files whose name is no id are moved aside and reported.
    for bad in ["a.b.json", "résumé.json", "x y.view.json"] {
        fs::write(store.sessions_dir().join(bad), v2_json().to_string()).unwrap();
    }
    let (list, problems) = store.list();
    assert_eq!(list.len(), 1);
    assert_eq!(problems.len(), 3, "{problems:?}");
    for problem in &problems {
        let moved = problem.moved_to().unwrap();
        assert_eq!(fs::read_to_string(moved).unwrap(), v2_json().to_string());
        assert!(
            problem.to_string().contains("not a session id"),
            "{problem}"
        );
    }
    assert!(store.list().1.is_empty(), "reported once");
}

#[test]
fn a_bad_schema_version_in_the_store_is_moved_aside_never_migrated() {
    let (_root, store) = store();
    for (n, version) in [
        None,
        Some(serde_json::json!("2")),
        Some((-1).into()),
        Some(0.into()),
        Some(1.5.into()),
    ]
    .into_iter()
    .enumerate()
    {
        let mut json = v2_json();
        let object = json.as_object_mut().unwrap();
        object.remove("schema_version");
        if let Some(v) = &version {
            object.insert("schema_version".into(), v.clone());
        }
        let content = json.to_string();
        let id = SessionId::parse(&format!("bad-{n}")).unwrap();
        let path = record(&store, &id);
        fs::write(&path, &content).unwrap();
        let error = store.load(&id).unwrap_err();
        assert!(
            matches!(error, SessionError::Corrupt { .. }),
            "{version:?}: {error}"
        );
        assert!(error.to_string().contains("moved aside"), "{error}");
        assert!(error.to_string().contains("schema_version"), "{error}");
        assert!(!path.exists(), "{version:?} still there");
        assert_eq!(
            fs::read_to_string(error.moved_to().unwrap()).unwrap(),
            content
        );
    }
    let mut future = v2_json();
    future["schema_version"] = 7.into();
    fs::write(store.sessions_dir().join("future.json"), future.to_string()).unwrap();
    let (list, problems) = store.list();
    assert!(list.is_empty());
    assert!(
        matches!(problems[..], [SessionError::TooNew { version: 7, .. }]),
        "{problems:?}"
    );
    assert!(store.list().1.is_empty());
}

#[test]
fn random_bytes_are_reported_once_and_kept_aside() {
    let (_root, store) = store();
    store.save(&full_session(), Parts::ALL).unwrap();
    let bytes = [0x89u8, b'P', b'N', b'G', 0xff, 0x00, 0xc3, 0x28];
    let path = store.sessions_dir().join("x.json");
    fs::write(&path, bytes).unwrap();
    let (list, problems) = store.list();
    assert_eq!(list.len(), 1);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].to_string().contains("not UTF-8"),
        "{}",
        problems[0]
    );
    assert!(!path.exists());
    assert_eq!(fs::read(problems[0].moved_to().unwrap()).unwrap(), bytes);
    let (list, problems) = store.list();
    assert_eq!((list.len(), problems.len()), (1, 0), "reported once");
}

#[test]
fn a_damaged_view_gives_the_default_view_and_is_reported() {
    let (_root, store) = store();
    let session = full_session();
    store.save(&session, Parts::ALL).unwrap();
    let view = store
        .sessions_dir()
        .join(format!("{}.view.json", session.id));
    fs::write(&view, "{\"zoom\": \"big\"}").unwrap();
    let loaded = store.load(&session.id).unwrap();
    assert_eq!(loaded.view, SavedView::default());
    assert_eq!(loaded.marks, session.marks);
    assert!(!view.exists());
    let (_, problems) = store.list();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        fs::read_to_string(problems[0].moved_to().unwrap()).unwrap(),
        "{\"zoom\": \"big\"}"
    );
    assert!(store.list().1.is_empty());
}

#[test]
fn a_missing_or_altered_text_is_reported_and_the_record_kept() {
    let (_root, store) = store();
    let session = full_session();
    store.save(&session, Parts::ALL).unwrap();
    let text = texts_dir(&store).join(format!(
        "{}-{}.txt",
        session.right().hash,
        session.right().document.text.len()
    ));
    let original = fs::read(&text).unwrap();
    let mut altered = original.clone();
    altered[0] = b'X';
    for content in [None, Some(altered), Some(original[1..].to_vec())] {
        match &content {
            None => fs::remove_file(&text).unwrap(),
            Some(bytes) => fs::write(&text, bytes).unwrap(),
        }
        let error = store.load(&session.id).unwrap_err();
        match &error {
            SessionError::MissingText { path, name } => {
                assert_eq!(path, &text);
                assert_eq!(name, "final.txt");
            }
            other => panic!("unexpected {other}"),
        }
        assert!(error.to_string().contains("final.txt"));
        assert!(record(&store, &session.id).exists(), "the record was moved");
        assert_eq!(error.moved_to(), None);
    }
    // The next save of the open session writes the text again.
    store.save(&session, Parts::RECORD).unwrap();
    assert_eq!(store.load(&session.id).unwrap().right(), session.right());
}

#[test]
fn stale_temps_of_dead_writers_are_removed_and_live_ones_kept() {
    let root = tempfile::tempdir().unwrap();
    let sessions = root.path().join("sessions");
    let texts = root.path().join("texts");
    fs::create_dir_all(&sessions).unwrap();
    fs::create_dir_all(&texts).unwrap();
    // No process has a pid this high (Linux caps them at 2^22).
    let dead = sessions.join(".a.json.4294000000.0.tmp");
    let dead_text = texts.join(".0123456789abcdef-10.txt.4294000000.3.tmp");
    let mine = sessions.join(format!(".a.json.{}.7.tmp", std::process::id()));
    let unknown_old = sessions.join(".a.json.nopid.tmp");
    let unknown_new = sessions.join(".b.json.nopid.tmp");
    let not_a_temp = sessions.join("notes.tmp");
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    for path in [
        &dead,
        &dead_text,
        &mine,
        &unknown_old,
        &unknown_new,
        &not_a_temp,
    ] {
        fs::write(path, "half a save").unwrap();
    }
    for path in [&dead, &dead_text, &mine, &unknown_old, &not_a_temp] {
        fs::File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(hour_ago)
            .unwrap();
    }
    // Where the system tells which processes run, a dead writer's temp goes after a short
    // grace (a writer in another pid namespace looks dead), without waiting an hour.
    let dead_fresh = sessions.join(".c.json.4294000000.1.tmp");
    let dead_recent = sessions.join(".d.json.4294000000.2.tmp");
    let unknown_recent = sessions.join(".e.json.nopid.tmp");
    let minutes_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(600);
    for path in [&dead_fresh, &dead_recent, &unknown_recent] {
        fs::write(path, "half").unwrap();
    }
    for path in [&dead_recent, &unknown_recent] {
        fs::File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(minutes_ago)
            .unwrap();
    }
    Store::at(root.path()).unwrap();
    assert!(dead_fresh.exists(), "a temp being written was removed");
    assert!(unknown_recent.exists());
    assert_eq!(dead_recent.exists(), !cfg!(target_os = "linux"));
    assert!(!dead.exists() && !dead_text.exists() && !unknown_old.exists());
    assert!(mine.exists(), "the temp of a live writer was removed");
    assert!(unknown_new.exists() && not_a_temp.exists());
}
