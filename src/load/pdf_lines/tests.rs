//! Lines to paragraphs: running headers and page numbers, wrapped headlines, hyphens.

use super::*;

/// A page of lines: `(text, size)` set from the top with the line spacing of their size,
/// a blank line's worth of gap where the text is empty.
fn page(lines: &[(&str, f64)]) -> Vec<Line> {
    let mut y = 40.0;
    let mut out = Vec::new();
    for &(text, size) in lines {
        y += size * 1.2;
        if text.is_empty() {
            y += size;
            continue;
        }
        let indent = if text.starts_with('\t') { 20.0 } else { 0.0 };
        out.push(Line {
            text: text.trim().to_string(),
            x: 72.0 + indent,
            y,
            end: 72.0 + indent + text.len() as f64 * size * 0.5,
            size,
            block: 0,
        });
    }
    out
}

#[test]
fn running_headers_footers_and_page_numbers_are_removed() {
    let pages = (1..=4)
        .map(|n| {
            let number = n.to_string();
            let words = ["library", "council", "garden", "budget"];
            let body = format!("The {} story goes on here and ends here.", words[n - 1]);
            let footer = format!("Page {n} of 4");
            page(&[
                ("THE RIVERSIDE LEDGER — March 8, 2025", 9.0),
                ("", 9.0),
                (body.as_str(), 11.0),
                ("", 9.0),
                (footer.as_str(), 9.0),
                (number.as_str(), 9.0),
            ])
        })
        .collect();
    let text = paragraphs(pages);
    assert!(!text.contains("LEDGER"), "{text}");
    assert!(!text.contains("of 4"), "{text}");
    assert_eq!(text.matches(" story goes on here").count(), 4, "{text}");
    assert!(
        !text.lines().any(|l| l.trim().parse::<u32>().is_ok()),
        "{text}"
    );
}

#[test]
fn a_headline_wrapped_over_two_lines_is_one_paragraph() {
    let text = paragraphs(vec![page(&[
        ("Riverside Library Reopens After", 24.0),
        ("Two-Year Renovation", 24.0),
        (
            "The project ran eight months over schedule and cost more than",
            11.0,
        ),
        (
            "planned. Hundreds of residents lined up before the doors opened.",
            11.0,
        ),
    ])]);
    assert_eq!(
        text,
        "Riverside Library Reopens After Two-Year Renovation\n\n\
         The project ran eight months over schedule and cost more than planned. \
         Hundreds of residents lined up before the doors opened."
    );
}

#[test]
fn hyphenated_line_ends_are_joined_and_real_hyphens_kept() {
    let text = paragraphs(vec![page(&[
        ("The council approved the recon-", 11.0),
        ("struction of the Franco-", 11.0),
        ("German bridge after a long debate that went on.", 11.0),
    ])]);
    assert_eq!(
        text,
        "The council approved the reconstruction of the Franco-German bridge after a long debate that went on."
    );
}

#[test]
fn paragraphs_break_at_gaps_indents_and_across_pages_mid_sentence() {
    let first = page(&[
        (
            "First paragraph runs across the whole width of the column here.",
            11.0,
        ),
        ("It ends.", 11.0),
        (
            "\tAn indented line starts the second paragraph of the text, which",
            11.0,
        ),
    ]);
    let second = page(&[
        (
            "continues on the next page and ends here after all this text.",
            11.0,
        ),
        ("", 11.0),
        ("After a gap, a third paragraph.", 11.0),
    ]);
    let text = paragraphs(vec![first, second]);
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(paragraphs.len(), 3, "{text}");
    assert!(paragraphs[1].starts_with("An indented line"));
    assert!(paragraphs[1].ends_with("ends here after all this text."));
    assert_eq!(paragraphs[2], "After a gap, a third paragraph.");
}

#[test]
fn page_number_keys() {
    for number in ["#", "- # -", "page #", "page # of #", "# / #", "iv"] {
        assert!(is_page_number(number), "{number}");
    }
    assert!(!is_page_number("# people died"));
    assert_eq!(key("Page 12  of 30"), "page # of #");
}
