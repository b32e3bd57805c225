//! The viewer on inputs from outside: web pages opened by address (File > Open URL, Ctrl+U)
//! from a server on 127.0.0.1, a page that is not there, and a PDF the PDF crate panics on.

mod builders;
mod common;
mod server;

use std::time::Duration;

use common::*;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use redline::compare::{Kind, Side};
use redline::load::Format;
use redline::ui::App;
use redline::viewer::Tone;

/// Opens `url` through Ctrl+U: types it into the path field and presses `button`.
fn open_url(harness: &mut Harness<'_, App>, url: &str, button: &str) {
    press(harness, Modifiers::COMMAND, Key::U);
    assert!(has_label(harness, "Type the address of a web page"));
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text(url);
    settle(harness);
    harness.get_by_label(button).click();
    settle(harness);
}

#[test]
fn pages_opened_by_address_are_compared_with_their_bylines_in_the_headers() {
    let base = server::serve(Duration::from_secs(120));
    let mut harness = harness(started(&[]));
    open_url(
        &mut harness,
        &format!("{base}/story-v1"),
        "Open as original",
    );
    open_url(&mut harness, &format!("{base}/story-v2"), "Open as revised");
    let viewer = harness.state().viewer();
    for side in [Side::Left, Side::Right] {
        assert!(viewer.missing(side).is_none(), "{side:?} opened");
        assert_eq!(viewer.document(side).format, Format::Html);
    }
    assert!(has_label(
        &harness,
        &format!("original: {base}/story-v1 · Jenna Morales")
    ));
    assert!(has_label(
        &harness,
        &format!("revised: {base}/story-v2 · Jenna Morales")
    ));
    // "… approved the bond in 2021." became "… the bond three years ago.": one reworded
    // sentence, heard as such, with the rest of the article compared around it.
    let reworded: Vec<String> = harness
        .query_all_by_label_contains("approved the bond three years ago")
        .filter_map(|node| node.accesskit_node().value())
        .collect();
    assert!(
        reworded
            .iter()
            .any(|l| l.starts_with("Modified sentence, change")),
        "{reworded:?}"
    );
    let summary = viewer.shown().expect("compared").comparison.summary;
    assert!(summary.shared > 5 && summary.modified >= 1, "{summary:?}");
    assert!(has_label(
        &harness,
        &format!("{} modified", summary.modified)
    ));
    // The page furniture (newsletter box, comments) is not part of either text.
    assert!(!has_label(&harness, "Sign up for The Morning Ledger"));
    assert!(!has_label(&harness, "reader42"));
}

#[test]
fn a_missing_page_is_named_with_its_http_status_and_the_comparison_stays() {
    let base = server::serve(Duration::from_secs(120));
    let mut harness = harness(started(&[]));
    open_url(
        &mut harness,
        &format!("{base}/story-v1"),
        "Open as original",
    );
    open_url(&mut harness, &format!("{base}/story-v2"), "Open as revised");
    let before = harness.state().viewer().shown().unwrap().comparison.summary;
    let missing = format!("{base}/no-such-story");
    open_url(&mut harness, &missing, "Open as revised");
    let viewer = harness.state().viewer();
    assert!(has_label(
        &harness,
        &format!("{missing}: HTTP 404 Not Found")
    ));
    assert_eq!(viewer.message().map(|m| m.tone), Some(Tone::Error));
    assert_eq!(viewer.shown().unwrap().comparison.summary, before);
    assert_eq!(
        viewer.document(Side::Right).name,
        format!("{base}/story-v2")
    );
}

#[test]
fn a_pdf_the_crate_panics_on_shows_one_message() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (
        write(dir.path(), "v1.txt", STORY_V1),
        write(dir.path(), "v2.txt", STORY_V2),
    );
    let valid = builders::pdf(
        &[vec![builders::PdfLine {
            x: 72.0,
            y: 100.0,
            size: 11.0,
            text: "One sentence here.".into(),
        }]],
        "",
    );
    // A font encoding pdf-extract does not know makes it panic; the length is kept so that
    // the cross-reference table still points right.
    let broken = String::from_utf8(valid)
        .unwrap()
        .replace("/WinAnsiEncoding", "/WinAnsiEncodinX");
    let bad = dir.path().join("bad.pdf");
    std::fs::write(&bad, broken).unwrap();
    let mut harness = harness(started(&[&a, &b]));
    let before = harness.state().viewer().shown().unwrap().comparison.summary;
    drop_files(&mut harness, &[&bad]);
    let viewer = harness.state().viewer();
    assert_eq!(viewer.message().map(|m| m.tone), Some(Tone::Error));
    assert!(
        viewer
            .message()
            .is_some_and(|m| m.text.contains("bad.pdf: is not a readable PDF file")),
        "{:?}",
        viewer.message()
    );
    assert!(has_label(&harness, "The comparison is unchanged"));
    assert_eq!(viewer.shown().unwrap().comparison.summary, before);
    assert!(
        viewer
            .shown()
            .unwrap()
            .comparison
            .rows
            .iter()
            .any(|r| r.kind == Kind::Modified)
    );
}
