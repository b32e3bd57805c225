//! Review sessions as a user lives them: marks reach the disk at once and survive closing the
//! app, scrolling never rewrites the session, two windows on one review merge their marks,
//! damaged files are reported once and never lose a mark, changed sources offer a reload.

mod common;

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use redline::compare::Side;
use redline::session::{Review, Store};
use redline::ui::App;

fn start(data: &Path) -> Harness<'static, App> {
    harness(started_in(data, &[]))
}

fn start_with(data: &Path, paths: &[&Path]) -> Harness<'static, App> {
    harness(started_in(data, paths))
}

/// Closes the window as eframe does: what is not saved yet is saved.
fn close(mut harness: Harness<'static, App>) {
    eframe::App::on_exit(harness.state_mut(), None);
}

fn key(harness: &mut Harness<'_, App>, key: Key) {
    press(harness, Modifiers::NONE, key);
}

/// The session files in the data folder's sessions folder.
fn session_files(data: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(data.join("sessions"))
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn record_of(data: &Path) -> std::path::PathBuf {
    let name = session_files(data)
        .into_iter()
        .find(|n| n.ends_with(".json") && !n.ends_with(".view.json"))
        .expect("a session record");
    data.join("sessions").join(name)
}

#[test]
fn a_review_mark_is_on_disk_at_once_and_survives_closing_the_app() {
    let data = tempfile::tempdir().unwrap();
    let mut first = start(data.path());
    let total = first.state().viewer().progress().1;
    key(&mut first, Key::F7);
    key(&mut first, Key::A);
    key(&mut first, Key::F7);
    key(&mut first, Key::F);
    assert!(has_label(&first, &format!("2 / {total} reviewed")));
    // Without closing the window: another reader of the store sees both marks already.
    let id = first.state().viewer().session().id.clone();
    let on_disk = Store::at(data.path()).unwrap().load(&id).unwrap();
    let reviews: Vec<Review> = on_disk.live_marks().map(|m| m.review).collect();
    assert_eq!(reviews, vec![Review::Accepted, Review::Flagged]);
    close(first);

    let mut second = start(data.path());
    assert!(has_label(&second, &format!("2 / {total} reviewed")));
    // The current change is restored too; accepting the first change again unmarks it.
    assert_eq!(second.state().viewer().view().current_change, Some(1));
    press(&mut second, Modifiers::SHIFT, Key::F7);
    key(&mut second, Key::A);
    assert!(has_label(&second, &format!("1 / {total} reviewed")));
}

#[test]
fn scrolling_never_rewrites_the_session() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = start(data.path());
    key(&mut harness, Key::F7);
    key(&mut harness, Key::A);
    let record = record_of(data.path());
    let before = (
        fs::read(&record).unwrap(),
        fs::metadata(&record).unwrap().modified().unwrap(),
    );
    for _ in 0..5 {
        key(&mut harness, Key::PageDown);
    }
    harness.get_by_label("Zoom in").click();
    settle(&mut harness);
    let after = (
        fs::read(&record).unwrap(),
        fs::metadata(&record).unwrap().modified().unwrap(),
    );
    assert_eq!(
        before, after,
        "the record (marks, texts) was not written again"
    );
    assert!(harness.state().viewer().view().top_line > 0);
    // The position is kept apart, written on close.
    close(harness);
    let second = start(data.path());
    assert!(second.state().viewer().view().top_line > 0);
    assert!((second.state().viewer().view().zoom - 1.1).abs() < 0.01);
}

#[test]
fn notes_and_options_are_saved_with_the_session() {
    let data = tempfile::tempdir().unwrap();
    let mut first = start(data.path());
    key(&mut first, Key::F7);
    key(&mut first, Key::N);
    first
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text("Check the vote count");
    settle(&mut first);
    first.get_by_label("Save note").click();
    settle(&mut first);
    first.get_by_label("Edit").click();
    settle(&mut first);
    first.get_by_label("Ignore case").click();
    settle(&mut first);
    press(&mut first, Modifiers::COMMAND | Modifiers::SHIFT, Key::T);
    close(first);
    let second = start(data.path());
    let viewer = second.state().viewer();
    let notes: Vec<&str> = viewer
        .session()
        .live_marks()
        .map(|m| m.note.as_str())
        .collect();
    assert_eq!(notes, vec!["Check the vote count"]);
    assert!(viewer.options().ignore_case);
    assert!(viewer.view().dark);
}

#[test]
fn two_windows_on_one_review_merge_their_marks() {
    let data = tempfile::tempdir().unwrap();
    close(start(data.path()));
    let mut one = start(data.path());
    let mut two = start(data.path());
    assert_eq!(
        one.state().viewer().session().id,
        two.state().viewer().session().id
    );
    key(&mut one, Key::F7);
    key(&mut one, Key::A);
    for _ in 0..2 {
        key(&mut two, Key::F7);
    }
    key(&mut two, Key::F);
    // Each window checks the disk every two seconds; both end up showing both marks.
    let deadline = Instant::now() + Duration::from_secs(12);
    while Instant::now() < deadline {
        for window in [&mut one, &mut two] {
            settle(window);
        }
        let both = |h: &Harness<'_, App>| h.state().viewer().progress().0 == 2;
        if both(&one) && both(&two) {
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    for window in [&one, &two] {
        let reviews: Vec<Review> = window
            .state()
            .viewer()
            .session()
            .live_marks()
            .map(|m| m.review)
            .collect();
        assert_eq!(reviews.len(), 2, "{reviews:?}");
        assert!(reviews.contains(&Review::Accepted) && reviews.contains(&Review::Flagged));
    }
    assert!(has_label(&one, "merged") || has_label(&two, "merged"));
}

#[test]
fn a_damaged_last_session_is_reported_once_and_the_app_starts() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut first = start(data.path());
        key(&mut first, Key::F7);
        key(&mut first, Key::A);
        close(first);
    }
    let record = record_of(data.path());
    let content = fs::read_to_string(&record).unwrap();
    fs::write(&record, &content[..content.len() / 3]).unwrap();
    let second = start(data.path());
    assert!(has_label(&second, "damaged"), "the problem is shown");
    assert!(
        second.state().viewer().shown().is_some(),
        "the app still compares"
    );
    let kept = session_files(data.path());
    assert!(kept.iter().any(|n| n.contains(".unreadable-")), "{kept:?}");
    close(second);
    // Reported once: the next start finds nothing to report.
    let third = start(data.path());
    assert!(!has_label(&third, "damaged"));
}

#[test]
fn a_session_without_a_schema_version_keeps_its_marks_aside() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut first = start(data.path());
        key(&mut first, Key::F7);
        key(&mut first, Key::A);
        close(first);
    }
    let record = record_of(data.path());
    let content = fs::read_to_string(&record).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&content).unwrap();
    value.as_object_mut().unwrap().remove("schema_version");
    fs::write(&record, serde_json::to_string(&value).unwrap()).unwrap();
    let second = start(data.path());
    assert!(has_label(&second, "damaged"));
    // The file with its mark is kept, untouched, beside the folder's sessions.
    let aside = session_files(data.path())
        .into_iter()
        .find(|n| n.contains(".unreadable-"))
        .expect("moved aside");
    let kept = fs::read_to_string(data.path().join("sessions").join(aside)).unwrap();
    assert!(kept.contains("\"accepted\""));
}

#[test]
fn random_bytes_in_the_sessions_folder_are_reported_in_the_sessions_panel() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = start(data.path());
    let junk: Vec<u8> = (0..4000u32).map(|i| (i * 7919 % 251) as u8).collect();
    fs::write(data.path().join("sessions").join("stray.json"), &junk).unwrap();
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::O);
    assert!(has_label(&harness, "stray.json"));
    assert!(has_label(&harness, "damaged"));
    let aside = session_files(data.path())
        .into_iter()
        .find(|n| n.starts_with("stray.json.unreadable-"))
        .expect("moved aside, not deleted");
    assert_eq!(
        fs::read(data.path().join("sessions").join(aside)).unwrap(),
        junk
    );
}

#[test]
fn an_unwritable_data_folder_leaves_the_app_working() {
    let dir = tempfile::tempdir().unwrap();
    let blocked = write(dir.path(), "blocked", "a file where the folder should be");
    let mut harness = start(&blocked);
    assert!(has_label(&harness, "cannot be saved"));
    let total = harness.state().viewer().progress().1;
    key(&mut harness, Key::F7);
    key(&mut harness, Key::A);
    assert!(has_label(&harness, &format!("1 / {total} reviewed")));
}

#[test]
fn a_changed_source_offers_a_reload_and_marks_follow_their_sentences() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let left = write(
        files.path(),
        "draft.txt",
        "The vote was 7-4. The mayor will sign it. Critics objected.",
    );
    let right = write(
        files.path(),
        "final.txt",
        "The vote was 7-4. The mayor will sign it on Friday. A lawsuit is likely.",
    );
    {
        let mut first = start_with(data.path(), &[&left, &right]);
        for _ in 0..3 {
            key(&mut first, Key::F8);
            key(&mut first, Key::A);
        }
        assert!(has_label(&first, "3 / 3 reviewed"));
        close(first);
    }
    write(
        files.path(),
        "final.txt",
        "The vote was 7-4. The mayor will sign it on Monday. A lawsuit is likely.",
    );
    let mut second = start(data.path());
    assert!(has_label(&second, "changed on disk"));
    // The saved text is shown until the user reloads.
    assert!(has_label(&second, "3 / 3 reviewed"));
    second.get_by_label("Reload changed files").click();
    settle(&mut second);
    assert!(has_label(&second, "2 / 3 reviewed"));
    assert!(has_label(&second, "no longer match"));
    assert!(has_label(&second, "The mayor will sign it on Friday."));
}

#[test]
fn a_missing_source_opens_from_the_saved_text() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let left = write(
        files.path(),
        "draft.txt",
        "The vote was 7-4. Critics objected.",
    );
    let right = write(
        files.path(),
        "final.txt",
        "The vote was 7-5. Critics objected.",
    );
    close(start_with(data.path(), &[&left, &right]));
    fs::remove_file(&left).unwrap();
    let second = start(data.path());
    assert!(has_label(&second, "no longer at"));
    let viewer = second.state().viewer();
    assert_eq!(viewer.document(Side::Left).name, "draft.txt");
    assert_eq!(viewer.shown().unwrap().comparison.summary.modified, 1);
}

#[test]
fn the_sessions_panel_lists_renames_and_deletes() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let a = write(files.path(), "a.txt", "One here. Two here.");
    let b = write(files.path(), "b.txt", "One here. Three here.");
    let mut harness = start(data.path());
    let total = harness.state().viewer().progress().1;
    key(&mut harness, Key::F7);
    key(&mut harness, Key::A);
    harness
        .state_mut()
        .apply(redline::viewer::Action::OpenFiles(vec![a, b], None));
    settle(&mut harness);
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::O);
    assert!(has_label(&harness, "original.txt vs revised.txt"));
    assert!(has_label(
        &harness,
        &format!("1 / {total} changes reviewed ·")
    ));
    // Open the older review again.
    harness.get_by_label("Open").click();
    settle(&mut harness);
    assert_eq!(
        harness.state().viewer().document(Side::Left).name,
        "original.txt"
    );
    assert_eq!(harness.state().viewer().session().live_marks().count(), 1);
    // Rename it.
    harness.query_all_by_label("Rename").next().unwrap().click();
    settle(&mut harness);
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text(" (desk)");
    settle(&mut harness);
    harness.get_by_label("Save").click();
    settle(&mut harness);
    assert!(has_label(&harness, "original.txt vs revised.txt (desk)"));
    // Delete the other one, with confirmation.
    assert_eq!(harness.query_all_by_label("Delete").count(), 2);
    harness.query_all_by_label("Delete").last().unwrap().click();
    settle(&mut harness);
    harness.get_by_label("Really delete").click();
    settle(&mut harness);
    assert_eq!(harness.state().viewer().sessions().list.len(), 1);
}
