//! The self-contained session file: round trip, schemas 1 and 2 (every mark kept), damaged
//! files reported and left in place, serde.

use super::*;

#[test]
fn a_self_contained_file_keeps_every_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.redline.json");
    let session = full_session();
    save_file(&path, &session).unwrap();
    let loaded = load_file(&path).unwrap();
    assert_ne!(loaded.id, session.id, "an imported session gets a fresh id");
    assert_eq!(
        Session {
            id: session.id.clone(),
            ..loaded
        },
        session
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(json["schema_version"], 4);
    assert_eq!(
        json["versions"][0]["text"],
        session.left().document.text.as_str()
    );
    assert_eq!(
        json["versions"][0]["hash"],
        text_hash(&session.left().document.text)
    );
    assert_eq!(json["versions"][1]["format"], "text");
    assert_eq!(json["view"]["zoom"].as_f64().map(|z| z as f32), Some(1.3));
    assert!(json.get("id").is_none(), "the id is not saved");
    assert!(json.get("texts").is_none());
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no temporary file left");
}

#[test]
fn a_schema_2_file_loads_with_every_mark() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.json");
    std::fs::write(&path, v2_json().to_string()).unwrap();
    let session = load_file(&path).unwrap();
    assert_eq!(session.name, "An older review");
    assert_eq!(session.marks.len(), 3);
    assert!(session.marks.iter().all(|m| m.changed == 0));
    assert_eq!(session.marks[0].note, "Date?");
    assert_eq!(
        session.right().document.format,
        crate::load::Format::Markdown
    );
    assert_eq!(
        session.left().hash,
        text_hash(&session.left().document.text)
    );
    assert_eq!(session.view.zoom, 1.5);
    assert!(session.view.sync, "missing fields take their defaults");
    assert!(session.options.ignore_case);
    let comparison = compare(&session);
    assert_eq!(session.reviewed([0, 1], &comparison), 2);
    assert_eq!(session.orphan_marks([0, 1], &comparison).len(), 1);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        v2_json().to_string()
    );
}

#[test]
fn a_schema_1_file_keeps_every_mark_even_unresolved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("first.json");
    std::fs::write(&path, v1_json().to_string()).unwrap();
    let session = load_file(&path).unwrap();
    assert_eq!(session.marks.len(), 4, "{:#?}", session.marks);
    let comparison = compare(&session);
    let modified = key_of(&comparison, Kind::Modified);
    assert_eq!(session.mark(&modified).unwrap().review, Review::Accepted);
    let removed = key_of(&comparison, Kind::Removed);
    assert_eq!(session.mark(&removed).unwrap().review, Review::Flagged);
    let added = key_of(&comparison, Kind::Added);
    assert_eq!(session.mark(&added).unwrap().review, Review::Accepted);
    // Sentence 9 does not exist: kept, without its side, as an orphan.
    let orphans = session.orphan_marks([0, 1], &comparison);
    assert_eq!(orphans.len(), 1);
    assert_eq!(orphans[0].key, MarkKey::default());
    assert_eq!(orphans[0].review, Review::Flagged);
}

#[test]
fn a_bad_schema_version_is_damage_and_a_user_file_is_left_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.json");
    let mut cases: Vec<(String, Vec<u8>)> = Vec::new();
    for version in [
        None,
        Some(serde_json::json!("2")),
        Some((-1).into()),
        Some(0.into()),
        Some(1.5.into()),
    ] {
        let mut json = v2_json();
        match &version {
            None => json.as_object_mut().unwrap().remove("schema_version"),
            Some(v) => json
                .as_object_mut()
                .unwrap()
                .insert("schema_version".into(), v.clone()),
        };
        cases.push((
            format!("version {version:?}"),
            json.to_string().into_bytes(),
        ));
    }
    let mut wrong_type = v2_json();
    wrong_type["marks"][0]["review"] = 3.into();
    cases.push((
        "a mark of the wrong type".into(),
        wrong_type.to_string().into_bytes(),
    ));
    let text = v2_json().to_string();
    cases.push((
        "truncated".into(),
        text.as_bytes()[..text.len() / 2].to_vec(),
    ));
    cases.push((
        "random bytes".into(),
        vec![0xff, 0xfe, 0x00, 0x9c, 0x80, 0x41],
    ));
    cases.push(("an array".into(), b"[1, 2]".to_vec()));
    cases.push(("empty".into(), Vec::new()));
    for (what, bytes) in &cases {
        std::fs::write(&path, bytes).unwrap();
        let error = load_file(&path).unwrap_err();
        assert!(
            matches!(error, SessionError::Corrupt { .. }),
            "{what}: {error}"
        );
        assert_eq!(error.moved_to(), None, "{what}");
        if what.starts_with("version") {
            assert!(
                error.to_string().contains("schema_version"),
                "{what}: {error}"
            );
        }
        assert!(
            error.to_string().contains("left where it is"),
            "{what}: {error}"
        );
        assert_eq!(&std::fs::read(&path).unwrap(), bytes, "{what}: untouched");
    }
    let mut future = v2_json();
    future["schema_version"] = 5.into();
    std::fs::write(&path, future.to_string()).unwrap();
    let error = load_file(&path).unwrap_err();
    assert!(
        matches!(
            error,
            SessionError::TooNew {
                version: 5,
                moved_to: None,
                ..
            }
        ),
        "{error}"
    );
    assert!(path.exists());
}

#[test]
fn serde_of_a_session_is_the_self_contained_form() {
    let session = full_session();
    let json = serde_json::to_string(&session).unwrap();
    let back: Session = serde_json::from_str(&json).unwrap();
    assert_eq!(
        Session {
            id: session.id.clone(),
            ..back
        },
        session
    );
    let document: SavedDocument =
        serde_json::from_value(serde_json::to_value(session.left()).unwrap()).unwrap();
    assert_eq!(&document, session.left());
    let mut record = serde_json::to_value(&session).unwrap();
    record["texts"] = "stored".into();
    assert!(serde_json::from_value::<Session>(record).is_err());
}
