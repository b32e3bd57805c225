//! The viewer driven headlessly as a user would: opening files from the command line and by
//! dropping them, bad input, reading the status bar, stepping through changes, reviewing with
//! the keyboard.

mod common;

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use redline::compare::{Kind, Side};
use redline::viewer::open_state::Missing;
use redline::viewer::{Action, Tone};

fn story(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    (
        write(dir, "v1.txt", STORY_V1),
        write(dir, "v2.txt", STORY_V2),
    )
}

#[test]
fn two_files_on_the_command_line_are_compared_with_counts_and_legend() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = story(dir.path());
    let harness = harness(started(&[&a, &b]));
    let viewer = harness.state().viewer();
    let summary = viewer.shown().expect("compared").comparison.summary;
    for kind in Kind::ALL {
        let label = format!("{} {}", summary.count(kind), kind.name());
        assert!(has_label(&harness, &label), "status shows {label}");
    }
    assert!(has_label(&harness, "original: v1.txt"));
    assert!(has_label(&harness, "% similar"));
    assert!(summary.modified > 0 && summary.moved > 0 && summary.added > 0 && summary.removed > 0);
}

#[test]
fn a_missing_argument_is_named_and_the_other_file_is_shown() {
    let dir = tempfile::tempdir().unwrap();
    let (_, b) = story(dir.path());
    let gone = dir.path().join("gone.txt");
    let harness = harness(started(&[&gone, &b]));
    let viewer = harness.state().viewer();
    assert!(
        matches!(viewer.missing(Side::Left), Some(Missing::Failed(m)) if m.contains("gone.txt"))
    );
    assert_eq!(viewer.document(Side::Right).name, "v2.txt");
    assert!(has_label(&harness, "gone.txt: no such file"));
    // Never the sample posing as the comparison, never "unchanged" of a comparison that was not.
    assert!(!has_label(&harness, "original.txt"));
    assert!(!has_label(&harness, "comparison is unchanged"));
    assert!(has_label(
        &harness,
        "Harbor City Council Approves $412 Million"
    ));
    assert!(has_label(&harness, "Open the original version to compare"));
}

#[test]
fn start_up_compares_once() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = story(dir.path());
    let harness = harness(started(&[&a, &b]));
    assert_eq!(harness.state().viewer().compare_requests(), 1);
    let data = tempfile::tempdir().unwrap();
    let harness = harness_in(data.path());
    assert_eq!(harness.state().viewer().compare_requests(), 1);
}

fn harness_in(data: &std::path::Path) -> egui_kittest::Harness<'static, redline::ui::App> {
    harness(started_in(data, &[]))
}

#[cfg(unix)]
#[test]
fn a_named_pipe_on_the_command_line_is_refused_without_freezing() {
    let dir = tempfile::tempdir().unwrap();
    let (a, _) = story(dir.path());
    let pipe = dir.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo here
    }
    let harness = harness(started(&[&a, &pipe]));
    let viewer = harness.state().viewer();
    assert!(
        matches!(viewer.missing(Side::Right), Some(Missing::Failed(m)) if m.contains("not a regular file"))
    );
    assert_eq!(viewer.document(Side::Left).name, "v1.txt");
}

#[test]
fn one_file_goes_to_the_revised_pane_and_the_original_invites_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = story(dir.path());
    let mut harness = harness(started(&[&b]));
    let viewer = harness.state().viewer();
    assert_eq!(viewer.missing(Side::Left), Some(&Missing::Empty));
    assert_eq!(viewer.document(Side::Right).name, "v2.txt");
    assert!(has_label(&harness, "Drop a file here"));
    // F7 has nothing to step through; nothing is marked as a change.
    press(&mut harness, Modifiers::NONE, Key::F7);
    assert_eq!(harness.state().viewer().current_row(), None);
    // Opening the original completes the comparison.
    harness
        .state_mut()
        .apply(Action::OpenFiles(vec![a], Some(Side::Left)));
    settle(&mut harness);
    let viewer = harness.state().viewer();
    assert!(viewer.missing(Side::Left).is_none());
    assert!(viewer.shown().unwrap().comparison.summary.changes() > 0);
}

#[test]
fn dropping_two_files_compares_them_older_on_the_left() {
    let dir = tempfile::tempdir().unwrap();
    let newer = write(
        dir.path(),
        "newer.txt",
        "The vote was 7-4. The mayor will sign it on Friday. A lawsuit is likely.",
    );
    let older = write(
        dir.path(),
        "older.txt",
        "The vote was 7-4. The mayor will sign it. Critics objected.",
    );
    set_modified(&older, 3600);
    let (a, b) = story(dir.path());
    let mut harness = harness(started(&[&a, &b]));
    drop_files(&mut harness, &[&newer, &older]);
    let viewer = harness.state().viewer();
    assert_eq!(viewer.document(Side::Left).name, "older.txt");
    assert_eq!(viewer.document(Side::Right).name, "newer.txt");
    let s = viewer.shown().unwrap().comparison.summary;
    assert_eq!((s.shared, s.modified, s.removed, s.added), (1, 1, 1, 1));
    assert!(has_label(&harness, "1 modified"));
}

#[test]
fn dropping_one_file_on_a_pane_replaces_that_side() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = story(dir.path());
    let draft = write(
        dir.path(),
        "draft.txt",
        "Harbor City Council Approves Flood Barrier\n\nThe vote was 7-4.",
    );
    let mut harness = harness(started(&[&a, &b]));
    harness.hover_at(egui::pos2(200.0, 400.0));
    harness.run();
    drop_files(&mut harness, &[&draft]);
    assert_eq!(
        harness.state().viewer().document(Side::Left).name,
        "draft.txt"
    );
    assert_eq!(
        harness.state().viewer().document(Side::Right).name,
        "v2.txt"
    );
}

#[test]
fn f7_steps_through_changes_and_visits_a_moved_sentence_where_it_landed() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = story(dir.path());
    let mut harness = harness(started(&[&a, &b]));
    let (total, stops) = {
        let shown = harness.state().viewer().shown().unwrap();
        (shown.lines.changes.len(), shown.lines.stops.len())
    };
    assert!(
        stops > total,
        "a moved sentence is a stop at both its places"
    );
    press(&mut harness, Modifiers::NONE, Key::F7);
    assert_eq!(harness.state().viewer().view().current_change, Some(0));
    assert!(has_label(&harness, &format!("change 1 of {total}")));
    let mut moved_rows = Vec::new();
    for _ in 1..stops {
        press(&mut harness, Modifiers::NONE, Key::F7);
        let viewer = harness.state().viewer();
        let row = viewer.current_row().unwrap();
        if viewer.shown().unwrap().comparison.rows[row].kind == Kind::Moved {
            moved_rows.push(row);
        }
    }
    // Each moved change was visited twice: where it was and where it went.
    assert!(!moved_rows.is_empty());
    for row in &moved_rows {
        assert_eq!(moved_rows.iter().filter(|r| *r == row).count(), 2);
    }
    press(&mut harness, Modifiers::SHIFT, Key::F7);
    assert_eq!(
        harness.state().viewer().view().current_change,
        Some(stops - 2)
    );
    harness.get_by_label("Next change").click();
    settle(&mut harness);
    assert_eq!(
        harness.state().viewer().view().current_change,
        Some(stops - 1)
    );
}

#[test]
fn keys_typed_quickly_apply_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = story(dir.path());
    let mut harness = harness(started(&[&a, &b]));
    // F7 A F7 F in one frame: accept the first change, flag the second.
    for key in [Key::F7, Key::A, Key::F7, Key::F] {
        harness.key_press(key);
    }
    settle(&mut harness);
    let viewer = harness.state().viewer();
    let changes = &viewer.shown().unwrap().lines.changes;
    let review = |row: usize| viewer.reviews().get(&row).map(|m| m.review);
    assert_eq!(review(changes[0]), Some(redline::session::Review::Accepted));
    assert_eq!(review(changes[1]), Some(redline::session::Review::Flagged));
    assert_eq!(viewer.progress(), (2, changes.len()));
}

#[test]
fn review_letters_never_act_while_typing() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = story(dir.path());
    let mut harness = harness(started(&[&a, &b]));
    press(&mut harness, Modifiers::NONE, Key::F7);
    press(&mut harness, Modifiers::COMMAND, Key::F);
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text("fan");
    settle(&mut harness);
    // Typing "f", "a", "n" in the find field neither flagged, accepted nor opened a note.
    let viewer = harness.state().viewer();
    assert!(viewer.reviews().is_empty());
    assert!(viewer.note().is_none());
    assert_eq!(viewer.find().query, "fan");
}

#[test]
fn a_note_survives_a_recomparison_and_lands_on_its_change() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = story(dir.path());
    let mut harness = harness(started(&[&a, &b]));
    press(&mut harness, Modifiers::NONE, Key::F7);
    let row = harness.state().viewer().current_row().unwrap();
    let key = {
        let shown = harness.state().viewer().shown().unwrap();
        redline::session::MarkKey::for_row([0, 1], &shown.comparison, &shown.comparison.rows[row])
    };
    press(&mut harness, Modifiers::NONE, Key::N);
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text("check the cost");
    settle(&mut harness);
    // The comparison changes under the open note (another threshold, then case).
    harness.state_mut().apply(Action::SetThreshold(0.85));
    settle(&mut harness);
    harness.get_by_label("Save note").click();
    settle(&mut harness);
    let viewer = harness.state().viewer();
    let mark = viewer
        .session()
        .mark(&key)
        .expect("the note is on its change");
    assert_eq!(mark.note, "check the cost");
    // And a screen reader hears it with the sentence.
    assert!(has_label(&harness, "(note: check the cost)"));
}

#[test]
fn bad_drops_show_one_message_and_keep_the_comparison() {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("photo.png");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xff, 0]).unwrap();
    let (a, b) = story(dir.path());
    let c = write(dir.path(), "c.txt", "Three.");
    let mut harness = harness(started(&[&a, &b]));
    let before = harness.state().viewer().shown().unwrap().comparison.summary;

    drop_files(&mut harness, &[&binary]);
    assert!(has_label(&harness, "looks like a binary file"));
    assert!(has_label(&harness, "The comparison is unchanged"));
    assert_eq!(
        harness.state().viewer().message().map(|m| m.tone),
        Some(Tone::Error)
    );
    assert_eq!(
        harness.state().viewer().shown().unwrap().comparison.summary,
        before
    );

    harness.get_by_label("Dismiss").click();
    settle(&mut harness);
    assert!(harness.state().viewer().message().is_none());

    // A folder of versions with one readable file is not a story: nothing changes.
    let folder = dir.path().join("versions");
    std::fs::create_dir(&folder).unwrap();
    write(&folder, "only.txt", "Only one version.");
    std::fs::copy(&binary, folder.join("photo.png")).unwrap();
    drop_files(&mut harness, &[&folder]);
    assert!(has_label(&harness, "at least two readable files"));
    assert!(has_label(&harness, "photo.png: looks like a binary file"));
    // Three files, one of them missing: the same.
    let gone = dir.path().join("gone.txt");
    drop_files(&mut harness, &[&c, &gone, &binary]);
    assert!(has_label(&harness, "gone.txt: no such file"));
    assert!(has_label(&harness, "The comparison is unchanged"));
    assert_eq!(harness.state().viewer().document(Side::Left).name, "v1.txt");
    assert_eq!(
        harness.state().viewer().shown().unwrap().comparison.summary,
        before
    );
}
