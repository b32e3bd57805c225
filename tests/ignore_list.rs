//! Edit > Ignore sentences matching…: patterns of one's own added (an invalid one refused in
//! the window), counted out of the changes at once, removed again; the newsroom presets as
//! one check box.

mod common;

use common::*;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use redline::ui::App;

const BEFORE: &str = "Updated 11:05 a.m. EST\n\nThe council voted 7-4 on Tuesday to close the pier. \
    Watch the video of the vote on our channel. The mayor will sign the order.";
const AFTER: &str = "Updated 2:40 p.m. EST\n\nThe council voted 7-4 on Tuesday to close the pier. \
    Watch a video of the meeting on our channel. The mayor signed the order.";

fn open_editor(harness: &mut Harness<'_, App>) {
    harness.get_by_label("Edit").click();
    settle(harness);
    harness.get_by_label("Ignore sentences matching…").click();
    settle(harness);
}

fn typed(harness: &mut Harness<'_, App>, text: &str) {
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text(text);
    settle(harness);
}

fn modified(harness: &Harness<'_, App>) -> usize {
    harness
        .state()
        .viewer()
        .shown()
        .expect("compared")
        .comparison
        .summary
        .modified
}

#[test]
fn a_pattern_added_in_the_window_stops_counting_and_removing_it_counts_again() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", BEFORE);
    let b = write(dir.path(), "b.txt", AFTER);
    let mut harness = harness(started(&[&a, &b]));
    // The timestamp, the video prompt and the mayor's sentence.
    assert_eq!(modified(&harness), 3);
    assert!(has_label(&harness, "3 modified"));
    open_editor(&mut harness);
    assert!(has_label(&harness, "No patterns of your own yet."));

    // An unclosed group is refused with the reason, and nothing is compared again.
    let requests = harness.state().viewer().compare_requests();
    typed(&mut harness, "^Watch (the|a");
    harness.get_by_label("Add").click();
    settle(&mut harness);
    assert!(has_label(&harness, "Not added: not a valid expression"));
    assert!(
        harness
            .state()
            .viewer()
            .options()
            .ignore_sentences
            .is_empty()
    );
    assert_eq!(harness.state().viewer().compare_requests(), requests);

    // Closed, it is added and the prompt is no longer a change (still shown, dimmed).
    typed(&mut harness, ")");
    assert!(!has_label(&harness, "Not added"));
    harness.get_by_label("Add").click();
    settle(&mut harness);
    let viewer = harness.state().viewer();
    assert_eq!(viewer.options().ignore_sentences, ["^Watch (the|a)"]);
    assert_eq!(modified(&harness), 2);
    assert_eq!(viewer.shown().unwrap().comparison.summary.ignored, 1);
    assert!(has_label(&harness, "2 modified"));
    assert!(has_label(
        &harness,
        "Watch a video of the meeting on our channel."
    ));
    assert!(has_label(&harness, "^Watch (the|a)"));

    // The same pattern twice is refused.
    typed(&mut harness, "^Watch (the|a)");
    harness.get_by_label("Add").click();
    settle(&mut harness);
    assert!(has_label(&harness, "already in the list"));
    assert_eq!(harness.state().viewer().options().ignore_sentences.len(), 1);

    // Removed, the prompt counts again.
    harness.get_by_label("Remove").click();
    settle(&mut harness);
    assert!(
        harness
            .state()
            .viewer()
            .options()
            .ignore_sentences
            .is_empty()
    );
    assert_eq!(modified(&harness), 3);
    assert!(has_label(&harness, "3 modified"));
}

#[test]
fn the_newsroom_presets_are_one_check_box_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", BEFORE);
    let b = write(dir.path(), "b.txt", AFTER);
    let mut harness = harness(started(&[&a, &b]));
    open_editor(&mut harness);
    harness.get_by_label("Newsroom furniture").click();
    settle(&mut harness);
    let viewer = harness.state().viewer();
    assert!(redline::viewer::ignores_furniture(viewer.options()));
    // The timestamp no longer counts; the presets' expressions are not listed one by one.
    assert_eq!(modified(&harness), 2);
    assert!(has_label(&harness, "No patterns of your own yet."));
    harness.get_by_label("Newsroom furniture").click();
    settle(&mut harness);
    assert!(
        harness
            .state()
            .viewer()
            .options()
            .ignore_sentences
            .is_empty()
    );
    assert_eq!(modified(&harness), 3);
    // Escape closes the window.
    press(&mut harness, egui::Modifiers::NONE, egui::Key::Escape);
    assert!(harness.state().viewer().ignore_editor().is_none());
}
