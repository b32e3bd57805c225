//! A story's versions in the viewer: opened from a drop, a folder or the command line; the
//! version rail (click, Shift+click, Ctrl+PgUp/PgDn, reorder); the sentence history; review
//! marks per pair of versions; the session reopened with its versions.

mod common;

use std::path::{Path, PathBuf};

use common::{
    drop_files, harness, has_label, press, set_modified, settle, started, started_in, write,
};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use redline::compare::Side;

const V1: &str = "Harbor City Council Approves Flood Barrier\n\nThe council voted 7-4 on Tuesday to build a $412 million flood barrier. The mayor said she would sign the measure this week. Critics said the cost was too high.";
const V2: &str = "Harbor City Council Approves Flood Barrier\n\nThe council voted 7-4 on Tuesday to build a $412 million flood barrier. The mayor said she would sign the measure on Friday. Critics said the cost was too high.";
const V3: &str = "Harbor City Council Approves $412 Million Flood Barrier\n\nThe council voted 7-4 on Tuesday to build a $412 million flood barrier. The mayor said she would sign the measure on Friday. A lawsuit is expected.";
const V4: &str = "Harbor City Council Approves $412 Million Flood Barrier\n\nThe council voted 7-5 on Tuesday to build a $412 million flood barrier. The mayor said she would sign the measure on Friday. A lawsuit is expected.";

/// Four versions, written newest first, their times in story order.
fn versions(dir: &Path) -> Vec<PathBuf> {
    let texts = [
        ("d.txt", V4, 100),
        ("c.txt", V3, 200),
        ("b.txt", V2, 300),
        ("a.txt", V1, 400),
    ];
    texts
        .iter()
        .map(|&(name, text, age)| {
            let path = write(dir, name, text);
            set_modified(&path, age);
            path
        })
        .collect()
}

fn names(harness: &egui_kittest::Harness<'_, redline::ui::app::App>) -> (String, String) {
    let viewer = harness.state().viewer();
    (
        viewer.document(Side::Left).name.clone(),
        viewer.document(Side::Right).name.clone(),
    )
}

fn pair(harness: &egui_kittest::Harness<'_, redline::ui::app::App>) -> [usize; 2] {
    harness.state().viewer().session().pair()
}

fn shift_click(harness: &mut egui_kittest::Harness<'_, redline::ui::app::App>, label: &str) {
    harness.key_down(Key::Num0);
    harness.key_up(Key::Num0);
    harness
        .get_by_label_contains(label)
        .click_modifiers(Modifiers::SHIFT);
    settle(harness);
}

#[test]
fn four_dropped_files_open_as_a_story_with_a_rail_to_step_through() {
    let dir = tempfile::tempdir().unwrap();
    let paths = versions(dir.path());
    let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    let mut harness = harness(started(&[]));
    drop_files(&mut harness, &refs);

    // Put in order by time; the last step is shown.
    let viewer = harness.state().viewer();
    assert_eq!(viewer.session().versions.len(), 4);
    assert_eq!(names(&harness), ("c.txt".into(), "d.txt".into()));
    for n in 1..=4 {
        assert!(has_label(
            &harness,
            &format!("Version {n}: Harbor City Council")
        ));
    }
    assert!(
        has_label(&harness, "v3: c.txt"),
        "the pane header names the version"
    );
    let rail = harness.state().viewer().rail().unwrap();
    assert!(!rail.computing);
    let last = rail.versions[3].summary.unwrap();
    assert_eq!((last.modified, last.added, last.removed), (1, 0, 0));
    assert!(rail.versions[0].summary.is_none());
    assert!(rail.versions[3].time.is_some());

    // A click shows that version against the previous one.
    harness.get_by_label_contains("Version 2:").click();
    settle(&mut harness);
    assert_eq!(pair(&harness), [0, 1]);
    assert_eq!(names(&harness), ("a.txt".into(), "b.txt".into()));
    // Shift+click: from the version clicked before to this one.
    shift_click(&mut harness, "Version 4:");
    assert_eq!(pair(&harness), [1, 3]);

    // Ctrl+PgDn / Ctrl+PgUp step through consecutive pairs; the ends say so.
    // From v2 against v4, the step before is the step into v3.
    press(&mut harness, Modifiers::COMMAND, Key::PageUp);
    assert_eq!(pair(&harness), [1, 2]);
    press(&mut harness, Modifiers::COMMAND, Key::PageUp);
    assert_eq!(pair(&harness), [0, 1]);
    press(&mut harness, Modifiers::COMMAND, Key::PageUp);
    assert_eq!(pair(&harness), [0, 1]);
    assert!(has_label(&harness, "This is the first step of the story"));
    press(&mut harness, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(pair(&harness), [1, 2]);
    let shown = harness.state().viewer().shown().unwrap();
    assert_eq!(shown.pair, [1, 2]);
    assert_eq!(
        shown.comparison.summary.changes(),
        3,
        "v2 to v3: headline, lawsuit"
    );

    // F7 and review work per pair.
    press(&mut harness, Modifiers::NONE, Key::F7);
    press(&mut harness, Modifiers::NONE, Key::A);
    assert_eq!(harness.state().viewer().progress().0, 1);
    press(&mut harness, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(
        harness.state().viewer().progress().0,
        0,
        "another pair, its own marks"
    );
    press(&mut harness, Modifiers::COMMAND, Key::PageUp);
    assert_eq!(harness.state().viewer().progress().0, 1);
}

#[test]
fn a_sentence_shows_its_life_across_the_versions_and_a_click_goes_there() {
    let dir = tempfile::tempdir().unwrap();
    let paths = versions(dir.path());
    // On the command line, the order given is the story's.
    let mut given: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    given.reverse();
    let mut harness = harness(started(&given));
    assert_eq!(names(&harness), ("c.txt".into(), "d.txt".into()));
    assert!(has_label(
        &harness,
        "Click a sentence to see its wording in every version"
    ));

    // The vote sentence, changed in v4 only.
    harness
        .get_by_label_contains("The council voted 7-5")
        .click();
    settle(&mut harness);
    let history = harness.state().viewer().sentence_history().unwrap();
    let events: Vec<&str> = history.entries.iter().map(|e| e.event.name()).collect();
    assert_eq!(events, ["first", "shared", "shared", "modified"]);
    let last = history.entries.last().unwrap();
    let changed: Vec<&str> = last.changes.iter().map(|r| &last.text[r.clone()]).collect();
    assert_eq!(changed, ["5"], "the changed part of 7-4 → 7-5");
    assert!(has_label(
        &harness,
        "Version 4, reworded: The council voted 7-5"
    ));
    // Versions where it stayed the same make one line.
    assert!(has_label(
        &harness,
        "Version 2–3, unchanged: The council voted 7-4"
    ));

    // The lawsuit sentence: added in v3.
    // In both panes (unchanged from v3 to v4): either one.
    let lawsuit = harness
        .query_all_by_label_contains("A lawsuit is expected.")
        .next();
    lawsuit.unwrap().click();
    settle(&mut harness);
    let history = harness.state().viewer().sentence_history().unwrap();
    let events: Vec<(usize, &str)> = (history.entries.iter())
        .map(|e| (e.version, e.event.name()))
        .collect();
    assert_eq!(events, [(2, "added"), (3, "shared")]);

    // Clicking its first entry shows v2 against v3 with it current.
    harness.get_by_label_contains("Version 3, added:").click();
    settle(&mut harness);
    assert_eq!(pair(&harness), [1, 2]);
    let viewer = harness.state().viewer();
    let shown = viewer.shown().unwrap();
    let row = redline::viewer::nav::current_row(viewer.view(), &shown.lines).unwrap();
    let sentence = shown.comparison.rows[row].right.unwrap();
    assert_eq!(
        shown.comparison.right.sentence_text(sentence),
        "A lawsuit is expected."
    );

    // Ctrl+H hides the panel.
    press(&mut harness, Modifiers::COMMAND, Key::H);
    assert!(!has_label(&harness, "Version 3, added:"));
}

#[test]
fn a_story_is_saved_with_its_versions_and_order_and_reopens_as_it_was() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let paths = versions(dir.path());
    let folder = dir.path();
    {
        let mut harness = harness(started_in(data.path(), &[folder]));
        assert_eq!(harness.state().viewer().session().versions.len(), 4);
        harness.get_by_label_contains("Version 3:").click();
        settle(&mut harness);
        // Put v4 before v3 (right-click > Move earlier).
        harness
            .get_by_label_contains("Version 4:")
            .click_secondary();
        settle(&mut harness);
        harness.get_by_label("Move earlier").click();
        settle(&mut harness);
        let names: Vec<String> = (harness.state().viewer().session().versions.iter())
            .map(|v| v.document.name.clone())
            .collect();
        assert_eq!(names, ["a.txt", "b.txt", "d.txt", "c.txt"]);
        assert_eq!(
            (names_of(&harness)),
            ("b.txt".into(), "c.txt".into()),
            "the panes keep showing the same versions"
        );
        eframe::App::on_exit(harness.state_mut(), None);
    }
    // The files are gone: the story reopens from the saved texts.
    for path in &paths {
        std::fs::remove_file(path).unwrap();
    }
    let mut harness = harness(started_in(data.path(), &[]));
    let viewer = harness.state().viewer();
    let names: Vec<&str> = (viewer.session().versions.iter())
        .map(|v| v.document.name.as_str())
        .collect();
    assert_eq!(names, ["a.txt", "b.txt", "d.txt", "c.txt"]);
    assert_eq!(names_of(&harness), ("b.txt".into(), "c.txt".into()));
    assert!(has_label(&harness, "Version 4: Harbor City Council"));
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::O);
    assert!(has_label(&harness, "a.txt … c.txt (4 versions)"));
}

fn names_of(harness: &egui_kittest::Harness<'_, redline::ui::app::App>) -> (String, String) {
    names(harness)
}

#[test]
fn reload_swap_and_a_file_opened_into_a_pane_keep_the_review_straight() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let paths = versions(dir.path());
    let mut given: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    given.reverse();
    {
        let mut harness = harness(started_in(data.path(), &given));
        // Reload reads every version again, also those not shown.
        std::fs::write(&paths[3], V1.replace("Critics said", "Opponents said")).unwrap();
        press(&mut harness, Modifiers::COMMAND, Key::R);
        let first = &harness.state().viewer().session().versions[0].document;
        assert!(first.text.contains("Opponents said"), "v1 was read again");
        let rail = harness.state().viewer().rail().unwrap();
        assert!(!rail.computing);
        assert_eq!(rail.versions[1].summary.unwrap().modified, 2);
        // Swapping the sides is saved with the story.
        press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
        assert_eq!(pair(&harness), [3, 2]);
        eframe::App::on_exit(harness.state_mut(), None);
    }
    let mut harness = harness(started_in(data.path(), &[]));
    assert_eq!(pair(&harness), [3, 2]);
    assert_eq!(names(&harness), ("d.txt".into(), "c.txt".into()));

    // A file opened into a pane starts a plain review of the two files shown, whose marks
    // belong to its versions 1 and 2 (and so survive a recomparison).
    let other = write(dir.path(), "e.txt", V2);
    harness
        .state_mut()
        .apply(redline::viewer::Action::OpenFiles(
            vec![other],
            Some(Side::Left),
        ));
    settle(&mut harness);
    assert!(!harness.state().viewer().session().is_history());
    assert_eq!(names(&harness), ("e.txt".into(), "c.txt".into()));
    press(&mut harness, Modifiers::NONE, Key::F7);
    press(&mut harness, Modifiers::NONE, Key::A);
    let session = harness.state().viewer().session();
    assert_eq!(session.marks.len(), 1);
    assert_eq!(session.marks[0].key.versions, [0, 1]);
    let reviewed = harness.state().viewer().progress().0;
    assert_eq!(reviewed, 1);
    harness.get_by_label("Edit").click();
    settle(&mut harness);
    harness.get_by_label("Ignore case").click();
    settle(&mut harness);
    assert_eq!(
        harness.state().viewer().progress().0,
        1,
        "the mark still fits"
    );
}
