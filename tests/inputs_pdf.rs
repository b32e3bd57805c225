//! PDF inputs written here: an article over several pages with running headers, page
//! numbers, a wrapped headline and a hyphenated line; a two-column paper; encrypted,
//! scanned and damaged files, and one that makes the PDF crate panic.

mod builders;

use assert_cmd::Command;
use builders::{PdfLine, pdf, pdf_from_text, pdf_two_columns_from_text};
use redline::load::{Document, Format, LoadError};

fn load(name: &str, bytes: Vec<u8>) -> Result<Document, LoadError> {
    Document::from_bytes(name, bytes, Format::Pdf)
}

fn line(y: f64, size: f64, text: &str) -> PdfLine {
    at(72.0, y, size, text)
}

fn at(x: f64, y: f64, size: f64, text: &str) -> PdfLine {
    PdfLine {
        x,
        y,
        size,
        text: text.into(),
    }
}

#[test]
fn an_article_over_pages_reads_as_its_paragraphs() {
    let story = include_str!("data/inputs/story-v1.txt");
    let document = load("story.pdf", pdf_from_text(story)).expect("reads");
    assert_eq!(document.format, Format::Pdf);
    let expected: Vec<&str> = story.lines().filter(|l| !l.trim().is_empty()).collect();
    let paragraphs: Vec<&str> = document.text.split("\n\n").collect();
    assert_eq!(paragraphs, expected, "{}", document.text);
}

#[test]
fn wrapped_headline_hyphenated_line_and_running_lines() {
    let page = |n: usize, body: [&str; 2]| {
        vec![
            line(40.0, 9.0, "HARBOR POST · Thursday, March 6, 2025"),
            line(
                100.0,
                if n == 1 { 24.0 } else { 11.0 },
                if n == 1 {
                    "Pier 9 Ferry Terminal to"
                } else {
                    body[0]
                },
            ),
            // A headline's line spacing, then a body text's.
            if n == 1 {
                line(130.0, 24.0, "Close for Repairs")
            } else {
                line(113.2, 11.0, body[1])
            },
            line(760.0, 9.0, &format!("- {n} -")),
        ]
    };
    let pages = vec![
        page(1, ["", ""]),
        page(
            2,
            [
                "Divers will replace the corroded sup-",
                "ports under the main ramp this spring.",
            ],
        ),
        page(
            3,
            [
                "The authority said the work would cost",
                "about $2.3 million in all, paid from reserves.",
            ],
        ),
    ];
    let document = load("pier.pdf", pdf(&pages, "")).expect("reads");
    assert_eq!(
        document.text,
        "Pier 9 Ferry Terminal to Close for Repairs\n\n\
         Divers will replace the corroded supports under the main ramp this spring.\n\n\
         The authority said the work would cost about $2.3 million in all, paid from reserves."
    );
}

#[test]
fn an_encrypted_pdf_is_named_as_such() {
    let encrypt = "/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 \
        /O <0011223344556677889900112233445566778899001122334455667788990011> \
        /U <FFEEDDCCBBAA99887766554433221100FFEEDDCCBBAA99887766554433221100> >> \
        /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]";
    let locked = pdf(&[vec![line(100.0, 11.0, "Secret text.")]], encrypt);
    let error = load("locked.pdf", locked).unwrap_err();
    assert_eq!(
        error.to_string(),
        "locked.pdf: is encrypted (password-protected)"
    );
}

#[test]
fn a_pdf_without_text_is_a_scan() {
    let scanned = pdf(&[Vec::new(), Vec::new()], "");
    let error = load("scan.pdf", scanned).unwrap_err();
    assert_eq!(
        error.to_string(),
        "scan.pdf: has no text layer (a scanned image?)"
    );
}

#[test]
fn damaged_pdfs_get_a_clear_error() {
    let whole = pdf(&[vec![line(100.0, 11.0, "One sentence here.")]], "");
    for (name, bytes) in [
        ("junk.pdf", b"%PDF-1.4\nthis is not a PDF at all".to_vec()),
        ("cut.pdf", whole[..whole.len() / 3].to_vec()),
    ] {
        let error = load(name, bytes).unwrap_err().to_string();
        assert!(
            error.starts_with(&format!("{name}: is not a readable PDF file (")),
            "{error}"
        );
    }
}

#[test]
fn a_two_column_paper_reads_column_by_column() {
    let story = include_str!("data/inputs/story-v1.txt");
    let document = load("columns.pdf", pdf_two_columns_from_text(story)).expect("reads");
    let expected: Vec<&str> = story.lines().filter(|l| !l.trim().is_empty()).collect();
    let paragraphs: Vec<&str> = document.text.split("\n\n").collect();
    assert_eq!(paragraphs, expected, "{}", document.text);
}

#[test]
fn a_sentence_runs_on_from_the_foot_of_one_column_to_the_top_of_the_next() {
    // Drawn row by row: each left line, then the right line beside it.
    let rows = [
        (
            "The ferry authority voted on Monday to",
            "four weeks, the authority said, and",
        ),
        (
            "close the Pier 9 terminal while divers",
            "commuters will ride buses while the",
        ),
        (
            "replace the piles under its ramp for",
            "terminal is closed to all traffic.",
        ),
    ];
    let mut page = vec![at(
        72.0,
        60.0,
        20.0,
        "Pier 9 Ferry Terminal to Close for Repairs",
    )];
    for (k, (left, right)) in rows.iter().enumerate() {
        let y = 100.0 + k as f64 * 13.0;
        page.push(at(72.0, y, 11.0, left));
        page.push(at(330.0, y, 11.0, right));
    }
    let document = load("pier.pdf", pdf(&[page], "")).expect("reads");
    assert_eq!(
        document.text,
        "Pier 9 Ferry Terminal to Close for Repairs\n\n\
         The ferry authority voted on Monday to close the Pier 9 terminal while divers \
         replace the piles under its ramp for four weeks, the authority said, and commuters \
         will ride buses while the terminal is closed to all traffic."
    );
}

/// A PDF that pdf-extract panics on (it knows no "WinAnsiEncodinX"), same length as the
/// valid one so that its cross-reference table still points right.
fn panicking_pdf() -> Vec<u8> {
    let valid = pdf(&[vec![line(100.0, 11.0, "One sentence here.")]], "");
    let text = String::from_utf8(valid).expect("the writer writes ASCII");
    text.replace("/WinAnsiEncoding", "/WinAnsiEncodinX")
        .into_bytes()
}

#[test]
fn a_pdf_the_crate_panics_on_is_a_damaged_file() {
    let error = load("bad.pdf", panicking_pdf()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "bad.pdf: is not a readable PDF file (its content cannot be read)"
    );
    // The same file, read again on this thread, fails the same way: nothing is left over.
    assert!(load("bad.pdf", panicking_pdf()).is_err());
    assert!(load("good.pdf", pdf_from_text("A headline\n\nOne sentence.")).is_ok());
}

#[test]
fn the_command_line_names_a_pdf_the_crate_panics_on_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.pdf");
    let good = dir.path().join("good.txt");
    std::fs::write(&bad, panicking_pdf()).unwrap();
    std::fs::write(&good, "One sentence here.\n").unwrap();
    let output = Command::cargo_bin("redline")
        .expect("binary builds")
        .args(["compare"])
        .args([&bad, &good])
        .env("RUST_BACKTRACE", "1")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "redline: {}: is not a readable PDF file (its content cannot be read)\n",
            bad.display()
        )
    );
    assert!(output.stdout.is_empty());
}
