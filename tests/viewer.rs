//! The viewer's model on its own (no window): what happens when the user acts while background
//! work is still running, and what a recomparison keeps.

use std::path::Path;
use std::time::Duration;

use redline::command::Command;
use redline::compare::Side;
use redline::session::SessionError;
use redline::viewer::{Action, Viewer};

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write fixture");
    path
}

fn start(paths: &[&Path]) -> Viewer {
    Viewer::start(
        Err(SessionError::NotFound { id: "none".into() }),
        paths.iter().map(|p| p.to_path_buf()).collect(),
    )
}

fn wait(viewer: &mut Viewer) {
    viewer.wait_idle(Duration::from_secs(20));
}

const V1: &str =
    "The Vote was close on Tuesday. The mayor will sign the measure. Critics objected.";
const V2: &str =
    "the vote was close on Tuesday. The mayor will sign the measure on Friday. Critics objected.";

#[test]
fn an_option_changed_while_files_open_does_not_drop_them() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (
        write(dir.path(), "a.txt", V1),
        write(dir.path(), "b.txt", V2),
    );
    let mut viewer = start(&[&a, &b]);
    // Before the files have been taken in.
    viewer.apply(Action::Command(Command::ToggleIgnoreCase));
    wait(&mut viewer);
    assert_eq!(viewer.document(Side::Left).name, "a.txt");
    assert!(viewer.missing(Side::Left).is_none());
    let shown = viewer.shown().expect("compared");
    assert!(shown.comparison.options.ignore_case);
    assert_eq!(
        shown.comparison.summary.modified, 1,
        "only the mayor's sentence"
    );
}

#[test]
fn the_current_change_stays_the_same_change_after_a_recomparison() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (
        write(dir.path(), "a.txt", V1),
        write(dir.path(), "b.txt", V2),
    );
    let mut viewer = start(&[&a, &b]);
    wait(&mut viewer);
    viewer.apply(Action::Command(Command::NextChange));
    viewer.apply(Action::Command(Command::NextChange));
    let text = |v: &Viewer| {
        let shown = v.shown().unwrap();
        let row = &shown.comparison.rows[v.current_row().unwrap()];
        shown
            .comparison
            .right
            .sentence_text(row.right.unwrap())
            .to_string()
    };
    assert_eq!(text(&viewer), "The mayor will sign the measure on Friday.");
    // Ignoring case removes the change before it: the number changes, the change does not.
    viewer.apply(Action::Command(Command::ToggleIgnoreCase));
    wait(&mut viewer);
    assert_eq!(viewer.view().current_change, Some(0));
    assert_eq!(text(&viewer), "The mayor will sign the measure on Friday.");
}

#[test]
fn marks_follow_their_sentences_when_the_sides_are_swapped() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (
        write(dir.path(), "a.txt", V1),
        write(dir.path(), "b.txt", V2),
    );
    let mut viewer = start(&[&a, &b]);
    wait(&mut viewer);
    viewer.apply(Action::Command(Command::NextChange));
    viewer.apply(Action::Command(Command::Accept));
    assert_eq!(viewer.progress(), (1, 2));
    viewer.apply(Action::Command(Command::SwapSides));
    // While the sides are being compared again, a mark could land on the wrong change.
    viewer.apply(Action::Command(Command::Flag));
    wait(&mut viewer);
    assert_eq!(viewer.document(Side::Left).name, "b.txt");
    assert_eq!(viewer.progress(), (1, 2));
    assert!(
        viewer
            .message()
            .is_some_and(|m| m.text.contains("Comparing"))
    );
}
