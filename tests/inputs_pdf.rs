//! PDF inputs written here: an article over several pages with running headers, page
//! numbers, a wrapped headline and a hyphenated line; encrypted, scanned and damaged files.

mod builders;

use builders::{PdfLine, pdf, pdf_from_text};
use redline::load::{Document, Format, LoadError};

fn load(name: &str, bytes: Vec<u8>) -> Result<Document, LoadError> {
    Document::from_bytes(name, bytes, Format::Pdf)
}

fn line(y: f64, size: f64, text: &str) -> PdfLine {
    PdfLine {
        x: 72.0,
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
