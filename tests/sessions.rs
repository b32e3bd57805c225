//! Review sessions as a user lives them: marks survive closing the app, options are
//! autosaved, damaged sessions do not stop the app, changed sources offer a reload.

use std::fs;
use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use redline::app::{AUTOSAVE_DELAY, App};
use redline::session::{Review, Store};

fn harness(app: App) -> Harness<'static, App> {
    Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, app: &mut App| app.show(ui), app)
}

fn start(data: &Path) -> Harness<'static, App> {
    let mut harness = harness(App::restore(Store::at(data)));
    harness.run();
    harness
}

fn has_label(harness: &Harness<'_, App>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

fn press(harness: &mut Harness<'_, App>, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).expect("write fixture");
    path
}

#[test]
fn a_review_mark_survives_closing_the_app() {
    let data = tempfile::tempdir().unwrap();
    let mut first = start(data.path());
    press(&mut first, Key::F7);
    press(&mut first, Key::A);
    press(&mut first, Key::F7);
    press(&mut first, Key::F);
    assert!(has_label(&first, "2 / 25 changes reviewed"));
    drop(first);

    let second = start(data.path());
    let app = second.state();
    let reviews: Vec<Review> = app.session.marks.iter().map(|m| m.review).collect();
    assert_eq!(reviews, vec![Review::Accepted, Review::Flagged]);
    assert!(has_label(&second, "2 / 25 changes reviewed"));
    // The current change is restored too; accepting the first change again unmarks it.
    assert_eq!(second.state().state.current, Some(1));
    let mut second = second;
    second.key_press_modifiers(Modifiers::SHIFT, Key::F7);
    second.run();
    press(&mut second, Key::A);
    assert!(has_label(&second, "1 / 25 changes reviewed"));
}

#[test]
fn notes_are_saved_with_the_session() {
    let data = tempfile::tempdir().unwrap();
    let mut first = start(data.path());
    press(&mut first, Key::F7);
    press(&mut first, Key::N);
    first
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text("Check the vote count");
    first.run();
    first.get_by_label("Save note").click();
    first.run();
    drop(first);
    let second = start(data.path());
    assert_eq!(second.state().session.marks[0].note, "Check the vote count");
}

#[test]
fn options_and_view_are_autosaved() {
    let data = tempfile::tempdir().unwrap();
    let mut first = start(data.path());
    first.get_by_label("Ignore case").click();
    first.run();
    first.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::T);
    first.run();
    std::thread::sleep(AUTOSAVE_DELAY + std::time::Duration::from_millis(300));
    first.run();
    drop(first);
    let second = start(data.path());
    assert!(second.state().options.ignore_case);
    assert!(second.state().state.dark);
}

#[test]
fn a_damaged_last_session_is_reported_and_the_app_starts() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut first = start(data.path());
        press(&mut first, Key::F7);
        press(&mut first, Key::A);
    }
    let sessions = data.path().join("sessions");
    let file = fs::read_dir(&sessions)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    let content = fs::read_to_string(&file).unwrap();
    fs::write(&file, &content[..content.len() / 3]).unwrap();
    let second = start(data.path());
    assert!(has_label(&second, "damaged"), "the problem is shown");
    assert!(second.state().view.is_some(), "the app still compares");
    let kept: Vec<_> = fs::read_dir(&sessions)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        kept.iter()
            .any(|n| n.to_string_lossy().contains(".unreadable-")),
        "{kept:?}"
    );
}

#[test]
fn an_unwritable_data_folder_leaves_the_app_working() {
    let dir = tempfile::tempdir().unwrap();
    let blocked = write(dir.path(), "blocked", "a file where the folder should be");
    let mut harness = start(&blocked);
    assert!(has_label(&harness, "Sessions cannot be saved"));
    press(&mut harness, Key::F7);
    press(&mut harness, Key::A);
    assert!(has_label(&harness, "1 / 25 changes reviewed"));
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
        let mut first = start(data.path());
        first
            .state_mut()
            .open_files(Some(left.clone()), Some(right.clone()));
        first.run();
        // Review all three changes.
        for _ in 0..3 {
            press(&mut first, Key::F8);
            press(&mut first, Key::A);
        }
        assert!(has_label(&first, "3 / 3 changes reviewed"));
    }
    write(
        files.path(),
        "final.txt",
        "The vote was 7-4. The mayor will sign it on Monday. A lawsuit is likely.",
    );
    let mut second = start(data.path());
    assert!(has_label(&second, "changed on disk"));
    // The saved text is shown until the user reloads.
    assert!(has_label(&second, "3 / 3 changes reviewed"));
    second.get_by_label("Reload changed files").click();
    second.run();
    assert!(has_label(&second, "2 / 3 changes reviewed"));
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
    {
        let mut first = start(data.path());
        first
            .state_mut()
            .open_files(Some(left.clone()), Some(right));
        first.run();
        std::thread::sleep(AUTOSAVE_DELAY + std::time::Duration::from_millis(300));
        first.run();
    }
    fs::remove_file(&left).unwrap();
    let second = start(data.path());
    assert!(has_label(&second, "no longer at"));
    assert_eq!(second.state().left.name, "draft.txt");
    assert_eq!(
        second
            .state()
            .view
            .as_ref()
            .unwrap()
            .comparison
            .summary
            .modified,
        1
    );
}

#[test]
fn the_sessions_panel_lists_renames_and_deletes() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let a = write(files.path(), "a.txt", "One here. Two here.");
    let b = write(files.path(), "b.txt", "One here. Three here.");
    let mut harness = start(data.path());
    press(&mut harness, Key::F7);
    press(&mut harness, Key::A);
    harness.state_mut().open_files(Some(a), Some(b));
    harness.run();
    std::thread::sleep(AUTOSAVE_DELAY + std::time::Duration::from_millis(300));
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::O);
    harness.run();
    assert!(has_label(&harness, "original.txt vs revised.txt"));
    assert!(has_label(&harness, "1 / 25 changes reviewed ·"));
    // Open the older review again.
    harness.get_by_label("Open").click();
    harness.run();
    assert_eq!(harness.state().left.name, "original.txt");
    assert_eq!(harness.state().session.marks.len(), 1);
    // Delete the other one, with confirmation.
    let deletes = harness.query_all_by_label("Delete").count();
    assert_eq!(deletes, 2);
    harness.query_all_by_label("Delete").last().unwrap().click();
    harness.run();
    harness.get_by_label("Really delete").click();
    harness.run();
    assert_eq!(harness.state().sessions.list.len(), 1);
}
