//! The viewer's chrome driven headlessly: menus with their shortcuts, the one-row toolbar and
//! one-line status bar, find, the path field, export without a dialog, linked scrolling, and
//! what a screen reader is told.

mod common;

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use redline::compare::{Kind, Side};
use redline::viewer::{Action, Tone};

fn story(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    (
        write(dir, "v1.txt", STORY_V1),
        write(dir, "v2.txt", STORY_V2),
    )
}

#[test]
fn options_in_the_edit_menu_recompute_the_comparison() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", "The Vote was close. Results follow.");
    let b = write(dir.path(), "b.txt", "the vote was close. Results follow.");
    let mut harness = harness(started(&[&a, &b]));
    assert_eq!(
        harness
            .state()
            .viewer()
            .shown()
            .unwrap()
            .comparison
            .summary
            .modified,
        1
    );
    harness.get_by_label("Edit").click();
    settle(&mut harness);
    harness.get_by_label("Ignore case").click();
    settle(&mut harness);
    assert!(harness.state().viewer().options().ignore_case);
    assert!(
        harness
            .state()
            .viewer()
            .shown()
            .unwrap()
            .comparison
            .is_identical()
    );
    assert!(has_label(&harness, "No differences"));
}

#[test]
fn every_menu_lists_its_commands_with_their_shortcuts() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = story(dir.path());
    let mut harness = harness(started(&[&a, &b]));
    for menu in redline::command::Menu::ALL {
        harness.get_by_label(menu.title()).click();
        settle(&mut harness);
        for command in redline::command::Command::ALL
            .iter()
            .filter(|c| c.menu() == menu)
        {
            assert!(
                has_label(&harness, command.label()),
                "{menu:?} lists {command:?}"
            );
        }
        harness.key_press(Key::Escape);
        settle(&mut harness);
    }
}

#[test]
fn find_highlights_and_steps_through_matches() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = story(dir.path());
    let mut harness = harness(started(&[&a, &b]));
    press(&mut harness, Modifiers::COMMAND, Key::F);
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text("barrier");
    settle(&mut harness);
    let found = harness.state().viewer().find().found.matches.len();
    assert_eq!(found, 4, "two headlines and two body sentences");
    press(&mut harness, Modifiers::NONE, Key::F3);
    assert_eq!(harness.state().viewer().find().current, Some(0));
    assert!(has_label(&harness, &format!("1 of {found}")));
}

#[test]
fn the_path_field_opens_a_typed_path() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = story(dir.path());
    let draft = write(
        dir.path(),
        "draft.txt",
        "The vote was 7-4. Critics objected.",
    );
    let mut harness = harness(started(&[&a, &b]));
    press(&mut harness, Modifiers::COMMAND, Key::L);
    assert!(harness.state().viewer().path_field().is_some());
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text(&draft.display().to_string());
    settle(&mut harness);
    harness.get_by_label("Open as original").click();
    settle(&mut harness);
    assert_eq!(
        harness.state().viewer().document(Side::Left).name,
        "draft.txt"
    );
    assert!(harness.state().viewer().path_field().is_none());
}

#[test]
fn a_screen_reader_hears_each_sentence_with_its_kind_and_place() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = story(dir.path());
    let harness = harness(started(&[&a, &b]));
    let shown = harness.state().viewer().shown().unwrap();
    let total = shown.lines.changes.len();
    let removed = shown
        .lines
        .changes
        .iter()
        .position(|&r| shown.comparison.rows[r].kind == Kind::Removed)
        .unwrap();
    assert!(has_label(
        &harness,
        &format!(
            "Removed sentence, change {} of {total}: Critics said the cost was too high.",
            removed + 1
        )
    ));
    assert!(has_label(
        &harness,
        "Unchanged sentence: The council voted 7-4"
    ));
    assert!(has_label(
        &harness,
        &format!(
            "Modified sentence, change 1 of {total}: Harbor City Council Approves Flood Barrier"
        )
    ));
    // Controls have names too.
    for name in [
        "Next change",
        "Accept",
        "Flag",
        "Zoom in",
        "Zoom out",
        "Overview of all changes",
    ] {
        assert!(has_label(&harness, name), "{name}");
    }
}

#[test]
fn the_toolbar_is_one_row_at_900_pixels() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = story(dir.path());
    let harness = sized(started(&[&a, &b]), 900.0, 600.0);
    let next = harness.get_by_label("Next change").rect();
    let unreviewed = harness.get_by_label("Next unreviewed").rect();
    let zoom_in = harness.get_by_label("Zoom in").rect();
    assert!(
        (next.min.y - zoom_in.min.y).abs() < 2.0 && (next.min.y - unreviewed.min.y).abs() < 2.0
    );
    assert!(zoom_in.max.x <= 900.0, "{zoom_in:?}");
    // The status bar is one line: a count and the file names share a row.
    let count = harness
        .query_all_by_label_contains(" modified")
        .next()
        .unwrap()
        .rect();
    let files = harness
        .query_all_by_label_contains("original: v1.txt")
        .next()
        .unwrap()
        .rect();
    assert!((count.center().y - files.center().y).abs() < 2.0);
}

#[test]
fn export_without_a_dialog_asks_for_a_place_in_the_path_field() {
    if redline::viewer::dialogs::available() {
        return; // a real dialog would open; this case is for systems without one
    }
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = story(dir.path());
    let mut harness = harness(started(&[&a, &b]));
    press(&mut harness, Modifiers::COMMAND, Key::E);
    let out = dir.path().join("review.html");
    let field = harness
        .state()
        .viewer()
        .path_field()
        .expect("path field")
        .clone();
    assert_eq!(field.purpose, redline::viewer::PathPurpose::ExportHtml);
    harness
        .state_mut()
        .apply(Action::SetPathText(out.display().to_string()));
    harness.state_mut().apply(Action::SubmitPath(None));
    settle(&mut harness);
    let html = std::fs::read_to_string(&out).expect("exported");
    assert!(html.contains("Critics said the cost was too high."));
    assert_eq!(
        harness.state().viewer().message().map(|m| m.tone),
        Some(Tone::Success)
    );
    // Never over one of the compared files.
    harness
        .state_mut()
        .apply(redline::command::Command::ExportHtml.into());
    harness
        .state_mut()
        .apply(Action::SetPathText(a.display().to_string()));
    harness.state_mut().apply(Action::SubmitPath(None));
    settle(&mut harness);
    assert_eq!(std::fs::read_to_string(&a).unwrap(), STORY_V1);
    assert_eq!(
        harness.state().viewer().message().map(|m| m.tone),
        Some(Tone::Error)
    );
}

#[test]
fn linked_scrolling_can_be_turned_off_and_on() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = story(dir.path());
    let mut harness = harness(started(&[&a, &b]));
    assert!(harness.state().viewer().view().sync);
    harness.get_by_label("Linked").click();
    settle(&mut harness);
    assert!(!harness.state().viewer().view().sync);
    assert!(
        harness
            .query_all_by_label_contains("The council voted 7-4")
            .count()
            >= 2
    );
    press(&mut harness, Modifiers::COMMAND, Key::K);
    assert!(harness.state().viewer().view().sync);
}

#[test]
fn pasted_text_opens_as_a_version() {
    let dir = tempfile::tempdir().unwrap();
    let (_, b) = story(dir.path());
    // One file: the revision; the original comes from the clipboard.
    let mut harness = harness(started(&[&b]));
    harness.get_by_label("Edit").click();
    settle(&mut harness);
    harness.get_by_label("Paste as original").click();
    settle(&mut harness);
    // The window asked for the clipboard; its text arrives as a paste event.
    harness
        .input_mut()
        .events
        .push(egui::Event::Paste(STORY_V1.to_string()));
    settle(&mut harness);
    let viewer = harness.state().viewer();
    assert!(
        viewer
            .document(Side::Left)
            .name
            .starts_with("Pasted text (")
    );
    assert_eq!(viewer.document(Side::Right).name, "v2.txt");
    assert!(viewer.shown().unwrap().comparison.summary.changes() > 0);
    // Nothing on the clipboard: said, and nothing changes.
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::V);
    std::thread::sleep(std::time::Duration::from_millis(600));
    settle(&mut harness);
    assert!(has_label(&harness, "no text to paste"));
    assert_eq!(
        harness.state().viewer().document(Side::Right).name,
        "v2.txt"
    );
}

#[test]
fn the_fact_digest_lists_changed_facts_and_steps_through_them() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a.txt",
        "The council approved 12 new rules on Tuesday. Critics objected strongly to the plan. The mayor will sign it.",
    );
    let b = write(
        dir.path(),
        "b.txt",
        "The council approved 15 new rules on Tuesday. Critics strongly objected to the plan. The mayor may sign it.",
    );
    let mut harness = harness(started(&[&a, &b]));
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    assert!(harness.state().viewer().facts().open);
    assert!(has_label(&harness, "What changed in the facts"));
    assert!(has_label(&harness, "12 → 15"));
    assert!(has_label(&harness, "will → may"));
    assert!(has_label(&harness, "2 facts"));
    // With "facts only", F7 skips the reworded sentence whose facts did not change.
    harness.get_by_label("Next change: facts only").click();
    settle(&mut harness);
    let text = |h: &egui_kittest::Harness<'_, redline::ui::App>| {
        let viewer = h.state().viewer();
        let shown = viewer.shown().unwrap();
        let row = &shown.comparison.rows[viewer.current_row().unwrap()];
        shown
            .comparison
            .right
            .sentence_text(row.right.unwrap())
            .to_string()
    };
    press(&mut harness, Modifiers::NONE, Key::F7);
    assert_eq!(
        text(&harness),
        "The council approved 15 new rules on Tuesday."
    );
    press(&mut harness, Modifiers::NONE, Key::F7);
    assert_eq!(text(&harness), "The mayor may sign it.");
    // Clicking a fact goes to its change.
    harness.get_by_label("number: 12 → 15").click();
    settle(&mut harness);
    assert_eq!(
        text(&harness),
        "The council approved 15 new rules on Tuesday."
    );
    assert!(has_label(&harness, "(facts: number 12 → 15)"));
}

#[test]
fn newsroom_furniture_can_be_ignored_from_the_edit_menu() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a.txt",
        "Updated 11:05 a.m. EST\n\nThe council voted 7-4 on Tuesday. The mayor will sign it.",
    );
    let b = write(
        dir.path(),
        "b.txt",
        "Updated 2:40 p.m. EST\n\nThe council voted 7-4 on Tuesday. The mayor signed it.",
    );
    let mut harness = harness(started(&[&a, &b]));
    assert_eq!(harness.state().viewer().progress().1, 2);
    harness.get_by_label("Edit").click();
    settle(&mut harness);
    harness.get_by_label("Ignore newsroom furniture").click();
    settle(&mut harness);
    // The timestamp is still shown (dimmed) but is no longer a change.
    let viewer = harness.state().viewer();
    assert!(redline::viewer::ignores_furniture(viewer.options()));
    assert_eq!(viewer.progress().1, 1);
    assert!(has_label(&harness, "Updated 2:40 p.m. EST"));
    assert!(
        has_label(&harness, "1 ignored") || viewer.shown().unwrap().comparison.summary.ignored == 1
    );
}

#[test]
fn saved_web_pages_open_as_articles_with_their_byline_in_the_header() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/inputs");
    let (a, b) = (data.join("story-v1.html"), data.join("story-v2.html"));
    let harness = harness(started(&[&a, &b]));
    let viewer = harness.state().viewer();
    assert_eq!(
        viewer.document(Side::Left).format,
        redline::load::Format::Html
    );
    assert!(has_label(&harness, "original: story-v1.html · "));
    // Menus and scripts of the page are not sentences.
    assert!(!has_label(&harness, "<script"));
    assert!(viewer.shown().unwrap().comparison.summary.changes() > 0);
}
