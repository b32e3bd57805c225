//! Reading order of pieces: columns drawn row by row, spanning headlines, tables, one column.

use super::*;

/// A piece of text at `x`, baseline `y`, as wide as its characters at half the font size.
fn piece(x: f64, y: f64, size: f64, text: &str) -> Line {
    Line {
        text: text.to_string(),
        x,
        y,
        end: x + text.chars().count() as f64 * size * 0.5,
        size,
        block: 0,
    }
}

fn texts(lines: &[Line]) -> Vec<&str> {
    lines.iter().map(|l| l.text.as_str()).collect()
}

/// Rows of two columns at x 72 and 330, drawn across (left, right, left, right …).
fn two_columns(rows: &[(&str, &str)], top: f64) -> Vec<Line> {
    let mut out = Vec::new();
    for (k, (left, right)) in rows.iter().enumerate() {
        let y = top + k as f64 * 13.0;
        if !left.is_empty() {
            out.push(piece(72.0, y, 11.0, left));
        }
        if !right.is_empty() {
            out.push(piece(330.0, y, 11.0, right));
        }
    }
    out
}

const ROWS: [(&str, &str); 4] = [
    (
        "The left column opens the story",
        "The right column goes on with it",
    ),
    (
        "and runs down the page line by",
        "after the left one has ended here",
    ),
    (
        "line until it reaches the foot of",
        "and it ends the story at the foot",
    ),
    (
        "the page, then turns to the right",
        "of the page with a last line too.",
    ),
];

#[test]
fn columns_drawn_across_read_down_then_across() {
    let mut pieces = vec![piece(72.0, 60.0, 24.0, "A Headline Over Both Columns Here")];
    pieces.extend(two_columns(&ROWS, 100.0));
    pieces.push(piece(280.0, 750.0, 9.0, "Page 1 of 2 of the paper"));
    let lines = reading_order(pieces);
    assert_eq!(
        texts(&lines),
        [
            "A Headline Over Both Columns Here",
            ROWS[0].0,
            ROWS[1].0,
            ROWS[2].0,
            ROWS[3].0,
            ROWS[0].1,
            ROWS[1].1,
            ROWS[2].1,
            ROWS[3].1,
            "Page 1 of 2 of the paper",
        ]
    );
    let blocks: Vec<usize> = lines.iter().map(|l| l.block).collect();
    assert_eq!(blocks, [0, 1, 1, 1, 1, 2, 2, 2, 2, 3]);
}

#[test]
fn three_columns_read_one_after_another() {
    let mut pieces = Vec::new();
    for row in 0..4 {
        let y = 100.0 + row as f64 * 13.0;
        for (column, x) in [72.0, 250.0, 428.0].into_iter().enumerate() {
            pieces.push(piece(
                x,
                y,
                9.0,
                &format!("column {column} row {row} text on"),
            ));
        }
    }
    let lines = reading_order(pieces);
    let order: Vec<String> = (0..3)
        .flat_map(|c| (0..4).map(move |r| format!("column {c} row {r} text on")))
        .collect();
    assert_eq!(texts(&lines), order);
}

#[test]
fn a_single_column_keeps_its_order_and_rejoins_a_row_split_at_a_wide_space() {
    let pieces = vec![
        piece(
            72.0,
            100.0,
            11.0,
            "One column of text that runs right across",
        ),
        piece(72.0, 113.0, 11.0, "the page, with a row drawn in"),
        piece(260.0, 113.0, 11.0, "two parts here."),
        piece(72.0, 126.0, 11.0, "And a last line of the column of text."),
    ];
    let lines = reading_order(pieces);
    assert_eq!(
        texts(&lines),
        [
            "One column of text that runs right across",
            "the page, with a row drawn in two parts here.",
            "And a last line of the column of text.",
        ]
    );
    assert!(lines.iter().all(|l| l.block == 0));
}

#[test]
fn a_table_reads_row_by_row() {
    let mut pieces = Vec::new();
    for (k, (name, votes)) in [
        ("Smith", "1,204"),
        ("Jones", "998"),
        ("Lee", "412"),
        ("Park", "77"),
    ]
    .into_iter()
    .enumerate()
    {
        let y = 100.0 + k as f64 * 13.0;
        pieces.push(piece(72.0, y, 11.0, name));
        pieces.push(piece(300.0, y, 11.0, votes));
    }
    let lines = reading_order(pieces);
    assert_eq!(
        texts(&lines),
        ["Smith 1,204", "Jones 998", "Lee 412", "Park 77"]
    );
}

#[test]
fn a_band_of_columns_under_a_spanning_paragraph_and_over_another() {
    let mut pieces = vec![piece(
        72.0,
        60.0,
        11.0,
        "An opening paragraph that spans the page width.",
    )];
    pieces.extend(two_columns(&ROWS, 100.0));
    pieces.push(piece(
        72.0,
        200.0,
        11.0,
        "A closing paragraph across the whole page again.",
    ));
    pieces.extend(two_columns(&ROWS[..3], 240.0));
    let lines = reading_order(pieces);
    let got = texts(&lines);
    assert_eq!(got[0], "An opening paragraph that spans the page width.");
    assert_eq!(&got[1..5], [ROWS[0].0, ROWS[1].0, ROWS[2].0, ROWS[3].0]);
    assert_eq!(&got[5..9], [ROWS[0].1, ROWS[1].1, ROWS[2].1, ROWS[3].1]);
    assert_eq!(got[9], "A closing paragraph across the whole page again.");
    assert_eq!(&got[10..13], [ROWS[0].0, ROWS[1].0, ROWS[2].0]);
    assert_eq!(&got[13..], [ROWS[0].1, ROWS[1].1, ROWS[2].1]);
}
