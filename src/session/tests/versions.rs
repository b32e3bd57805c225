//! Sessions of a story's versions (schema 4): saved and read back, marks per pair of
//! versions, versions put in another order, and files of schema 3 read as two versions.

use std::sync::Arc;

use super::{store, v2_json};
use crate::load::{Document, Meta};
use crate::session::{MarkKey, Parts, Review, Session, load_file, save_file};

fn doc(name: &str, text: &str) -> Arc<Document> {
    Arc::new(Document::from_text(name, text))
}

fn story() -> Session {
    let mut page = Document::from_text("v3.html", "The council met on Tuesday. The vote was 7-5.");
    page.meta = Meta {
        byline: Some("By Ana Ruiz".into()),
        url: Some("https://example.org/council".into()),
        ..Meta::default()
    };
    let mut session = Session::with_versions(vec![
        doc("v1.txt", "The council met. The vote was 7-4."),
        doc("v2.txt", "The council met. The vote was 7-5."),
        Arc::new(page),
    ]);
    session.set_review(
        MarkKey {
            versions: [0, 1],
            left: Some("The vote was 7-4.".into()),
            right: Some("The vote was 7-5.".into()),
        },
        Review::Flagged,
    );
    session.set_review(
        MarkKey {
            versions: [1, 2],
            left: Some("The council met.".into()),
            right: Some("The council met on Tuesday.".into()),
        },
        Review::Accepted,
    );
    session
}

#[test]
fn moving_a_version_keeps_marks_on_their_versions() {
    let doc = |name: &str, text: &str| Arc::new(Document::from_text(name, text));
    let mut session = Session::with_versions(vec![
        doc("v1.txt", "The council met. The vote was 7-4."),
        doc("v2.txt", "The council met. The vote was 7-5."),
        doc("v3.txt", "The council met on Tuesday. The vote was 7-5."),
    ]);
    assert_eq!(session.pair(), [1, 2], "a history shows its last step");
    session.set_review(
        MarkKey {
            versions: [1, 2],
            left: Some("The council met.".into()),
            right: Some("The council met on Tuesday.".into()),
        },
        Review::Accepted,
    );
    // v3 becomes the first version: the mark's pair is now [0, 2], and the key still runs
    // from the earlier version (now v3's text) to the later one.
    assert!(session.move_version(2, 0));
    assert_eq!(session.versions[0].document.name, "v3.txt");
    let key = &session.marks[0].key;
    assert_eq!(key.versions, [0, 2]);
    assert_eq!(key.left.as_deref(), Some("The council met on Tuesday."));
    assert_eq!(key.right.as_deref(), Some("The council met."));
    assert_eq!(
        session.pair(),
        [2, 0],
        "the panes still show v2 left, v3 right"
    );
    assert_eq!(session.left().document.name, "v2.txt");
    assert!(!session.move_version(1, 1));
    assert!(!session.move_version(0, 3));
}

#[test]
fn a_story_survives_the_store_and_a_file_with_its_pair_marks_and_page_metadata() {
    let mut session = story();
    assert_eq!(session.name, "v1.txt … v3.html (3 versions)");
    session.pair = [2, 0];
    let (_root, store) = store();
    store.save(&session, Parts::ALL).unwrap();
    let loaded = store.load(&session.id).unwrap();
    assert_eq!(loaded, session);
    assert_eq!(loaded.pair(), [2, 0]);
    assert_eq!(loaded.left().document.name, "v3.html");
    assert_eq!(
        loaded.versions[2].document.meta.url.as_deref(),
        Some("https://example.org/council"),
        "a page reloads from its address"
    );

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("story.redline.json");
    save_file(&path, &session).unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(json["schema_version"], 4);
    assert_eq!(json["versions"].as_array().map(Vec::len), Some(3));
    assert_eq!(json["versions"][2]["meta"]["byline"], "By Ana Ruiz");
    assert!(
        json["versions"][0].get("meta").is_none(),
        "empty metadata is left out"
    );
    assert_eq!(json["marks"][1]["versions"], serde_json::json!([1, 2]));
    assert!(
        json["marks"][0].get("versions").is_none(),
        "the first pair is the default"
    );
    let read = load_file(&path).unwrap();
    assert_eq!(read.versions, session.versions);
    assert_eq!(read.marks, session.marks);
    assert_eq!(read.pair, [2, 0]);
}

#[test]
fn a_schema_3_file_reads_as_two_versions_with_its_marks_on_them() {
    let mut old = v2_json();
    old["schema_version"] = 3.into();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.json");
    std::fs::write(&path, old.to_string()).unwrap();
    let session = load_file(&path).unwrap();
    assert_eq!(session.versions.len(), 2);
    assert_eq!(session.pair(), [0, 1]);
    assert!(!session.is_history());
    assert!(!session.marks.is_empty());
    assert!(session.marks.iter().all(|m| m.key.versions == [0, 1]));
}

#[test]
fn a_file_with_fewer_than_two_versions_is_damage() {
    let session = story();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("story.json");
    save_file(&path, &session).unwrap();
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    json["versions"] = serde_json::json!([json["versions"][0].clone()]);
    std::fs::write(&path, json.to_string()).unwrap();
    let error = load_file(&path).unwrap_err().to_string();
    assert!(error.contains("fewer than two versions"), "{error}");
    json.as_object_mut().unwrap().remove("versions");
    std::fs::write(&path, json.to_string()).unwrap();
    let error = load_file(&path).unwrap_err().to_string();
    assert!(error.contains("no versions"), "{error}");
}

#[test]
fn marks_of_one_pair_are_not_counted_or_orphaned_in_another() {
    let session = story();
    let compare = |pair: [usize; 2]| {
        let [a, b] = pair;
        crate::compare::Comparison::new(
            session.versions[a].document.clone(),
            session.versions[b].document.clone(),
            &session.options,
        )
    };
    let last_step = compare([1, 2]);
    assert_eq!(session.reviewed([1, 2], &last_step), 1);
    assert!(session.orphan_marks([1, 2], &last_step).is_empty());
    // The same step shown the other way round finds the same mark.
    let swapped = compare([2, 1]);
    assert_eq!(session.reviewed([2, 1], &swapped), 1);
    let first_step = compare([0, 1]);
    assert_eq!(session.reviewed([0, 1], &first_step), 1);
    let across = compare([0, 2]);
    assert_eq!(session.reviewed([0, 2], &across), 0);
    assert!(session.orphan_marks([0, 2], &across).is_empty());
}

#[test]
fn marks_saved_before_a_reorder_stay_on_their_versions_in_the_store() {
    let (_root, store) = store();
    let mut session = story();
    store.save(&session, Parts::ALL).unwrap();
    // Another window, still in the old order, flags the first step's change again later.
    let mut other = store.load(&session.id).unwrap();
    // v1 goes last: the marks of [0, 1] are now on [2, 0] -> [0, 2] and [1, 2] on [0, 1].
    assert!(session.move_version(0, 2));
    let saved = store.save(&session, Parts::RECORD).unwrap();
    assert_eq!(
        saved.marks, session.marks,
        "the disk's old numbers were renumbered"
    );
    let reread = store.load(&session.id).unwrap();
    let tuesday = |s: &Session| {
        s.marks
            .iter()
            .find(|m| m.key.right.as_deref() == Some("The council met on Tuesday."))
            .map(|m| m.key.versions)
    };
    assert_eq!(tuesday(&reread), Some([0, 1]));
    assert_eq!(reread.versions[2].document.name, "v1.txt");
    // The other window's marks, read in its order, land on the same texts.
    let hashes: Vec<String> = other.versions.iter().map(|v| v.hash.clone()).collect();
    let (marks, _) = store.load_marks(&session.id, &hashes).unwrap();
    other.merge_marks(&marks);
    assert_eq!(
        tuesday(&other),
        Some([1, 2]),
        "the other window's own order"
    );
}
