//! The viewer driven headlessly as a user would: opening files by dropping them, reading the
//! status bar, stepping through changes, toggling linked scrolling, and bad drops.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use redline::app::App;
use redline::compare::Kind;

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn harness(app: App) -> Harness<'static, App> {
    Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, app: &mut App| app.show(ui), app)
}

fn drop_files(harness: &mut Harness<'_, App>, paths: &[&Path]) {
    for path in paths {
        harness
            .input_mut()
            .dropped_files
            .push(Arc::new(Dropped(path.to_path_buf())));
    }
    harness.run();
}

fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> PathBuf {
    let path = dir.path().join(name);
    fs::write(&path, text).expect("write fixture");
    path
}

fn set_modified(path: &Path, seconds_ago: u64) {
    let file = fs::File::options()
        .write(true)
        .open(path)
        .expect("open fixture");
    file.set_modified(SystemTime::now() - Duration::from_secs(seconds_ago))
        .expect("set time");
}

fn has_label(harness: &Harness<'_, App>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

#[test]
fn opens_on_the_sample_with_counts_and_legend() {
    let mut harness = harness(App::new());
    harness.run();
    let summary = harness
        .state()
        .view
        .as_ref()
        .expect("sample compared")
        .comparison
        .summary;
    for kind in Kind::ALL {
        let label = format!("{} {}", summary.count(kind), kind.name());
        assert!(has_label(&harness, &label), "status shows {label}");
    }
    assert!(has_label(&harness, "original: original.txt"));
    assert!(has_label(&harness, "% similar"));
    assert!(summary.modified > 0 && summary.moved > 0 && summary.added > 0 && summary.removed > 0);
}

#[test]
fn dropping_two_files_compares_them_older_on_the_left() {
    let dir = tempfile::tempdir().unwrap();
    let newer = write(
        &dir,
        "newer.txt",
        "The vote was 7-4. The mayor will sign it on Friday. A lawsuit is likely.",
    );
    let older = write(
        &dir,
        "older.txt",
        "The vote was 7-4. The mayor will sign it. Critics objected.",
    );
    set_modified(&older, 3600);
    let mut harness = harness(App::new());
    harness.run();
    drop_files(&mut harness, &[&newer, &older]);
    let app = harness.state();
    assert_eq!(app.left.name, "older.txt");
    assert_eq!(app.right.name, "newer.txt");
    let summary = app.view.as_ref().unwrap().comparison.summary;
    assert_eq!(
        (
            summary.shared,
            summary.modified,
            summary.removed,
            summary.added
        ),
        (1, 1, 1, 1)
    );
    assert!(has_label(&harness, "1 modified"));
    assert!(has_label(&harness, "original: older.txt"));
}

#[test]
fn dropping_one_file_on_a_pane_replaces_that_side() {
    let dir = tempfile::tempdir().unwrap();
    let draft = write(
        &dir,
        "draft.txt",
        "Harbor City Council Approves Flood Barrier\n\nThe vote was 7-4.",
    );
    let mut harness = harness(App::new());
    harness.run();
    harness.hover_at(egui::pos2(200.0, 400.0));
    harness.run();
    drop_files(&mut harness, &[&draft]);
    assert_eq!(harness.state().left.name, "draft.txt");
    assert_eq!(harness.state().right.name, "revised.txt");
}

#[test]
fn f7_steps_through_changes_and_back() {
    let mut harness = harness(App::new());
    harness.run();
    let total = harness.state().view.as_ref().unwrap().lines.changes.len();
    harness.key_press(Key::F7);
    harness.run();
    assert_eq!(harness.state().state.current, Some(0));
    assert!(has_label(&harness, &format!("change 1 of {total}")));
    harness.key_press(Key::F7);
    harness.run();
    assert!(has_label(&harness, &format!("change 2 of {total}")));
    harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::F7);
    harness.run();
    assert_eq!(harness.state().state.current, Some(0));
    // The toolbar buttons do the same.
    harness.get_by_label("Next change").click();
    harness.run();
    assert_eq!(harness.state().state.current, Some(1));
}

#[test]
fn linked_scrolling_can_be_turned_off_and_on() {
    let mut harness = harness(App::new());
    harness.run();
    assert!(harness.state().state.sync);
    harness.get_by_label("Linked scrolling").click();
    harness.run();
    assert!(!harness.state().state.sync);
    // Both panes still show the text on their own.
    assert!(
        harness
            .query_all_by_label_contains("Harbor City Council")
            .count()
            >= 2
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::K);
    harness.run();
    assert!(harness.state().state.sync);
}

#[test]
fn bad_drops_show_a_message_and_keep_the_comparison() {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("photo.png");
    fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xff, 0]).unwrap();
    let a = write(&dir, "a.txt", "One.");
    let b = write(&dir, "b.txt", "Two.");
    let c = write(&dir, "c.txt", "Three.");
    let mut harness = harness(App::new());
    harness.run();
    let before = harness.state().view.as_ref().unwrap().comparison.summary;

    drop_files(&mut harness, &[&binary]);
    assert!(has_label(&harness, "looks like a binary file"));
    assert!(has_label(&harness, "The comparison is unchanged"));
    assert_eq!(
        harness.state().view.as_ref().unwrap().comparison.summary,
        before
    );

    harness.get_by_label("Dismiss").click();
    harness.run();
    assert!(harness.state().banner.is_none());

    drop_files(&mut harness, &[&a, &b, &c]);
    assert!(has_label(&harness, "Cannot open 3 files at once"));
    drop_files(&mut harness, &[dir.path()]);
    assert!(has_label(&harness, "is a folder"));
    assert_eq!(harness.state().left.name, "original.txt");
    assert_eq!(
        harness.state().view.as_ref().unwrap().comparison.summary,
        before
    );
}

#[test]
fn options_recompute_the_comparison() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(&dir, "a.txt", "The Vote was close. Results follow.");
    let b = write(&dir, "b.txt", "the vote was close. Results follow.");
    let mut harness = harness(App::with_files(Some(a), Some(b)));
    harness.run();
    assert_eq!(
        harness
            .state()
            .view
            .as_ref()
            .unwrap()
            .comparison
            .summary
            .modified,
        1
    );
    harness.get_by_label("Ignore case").click();
    harness.run();
    assert!(
        harness
            .state()
            .view
            .as_ref()
            .unwrap()
            .comparison
            .is_identical()
    );
}

#[test]
fn find_highlights_and_steps_through_matches() {
    let mut harness = harness(App::new());
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::F);
    harness.run();
    harness.get_by_label("Find:").focus();
    harness.run();
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text("barrier");
    harness.run();
    let found = harness.state().find.matches.len();
    assert!(found >= 4, "{found} matches");
    harness.key_press(Key::F3);
    harness.run();
    assert_eq!(harness.state().find.current, Some(0));
    assert!(has_label(&harness, &format!("1 of {found}")));
}

#[test]
fn the_path_field_opens_a_typed_path() {
    let dir = tempfile::tempdir().unwrap();
    let draft = write(&dir, "draft.txt", "The vote was 7-4. Critics objected.");
    let mut harness = harness(App::new());
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::L);
    harness.run();
    assert!(harness.state().path_field.is_some());
    let field = harness.get_by_role(egui::accesskit::Role::TextInput);
    field.focus();
    harness.run();
    // Replace the suggested folder with the file's path.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text(&draft.display().to_string());
    harness.run();
    harness.get_by_label("Open as original").click();
    harness.run();
    assert_eq!(harness.state().left.name, "draft.txt");
    assert!(harness.state().path_field.is_none());
}
