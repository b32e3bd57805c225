//! The JSON report: a stable, documented document (see the README's "JSON format").

use std::io::{self, Write};

use serde::Serialize;

use crate::compare::{Comparison, Options, Side, Summary};

/// Version of the JSON layout; bumped on any incompatible change.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Report<'a> {
    format_version: u32,
    left: SideReport<'a>,
    right: SideReport<'a>,
    options: &'a Options,
    rows: Vec<RowReport>,
    summary: SummaryReport<'a>,
}

#[derive(Serialize)]
struct SideReport<'a> {
    path: Option<String>,
    name: &'a str,
    encoding: &'a str,
    sentences: Vec<SentenceReport<'a>>,
}

#[derive(Serialize)]
struct SentenceReport<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    paragraph: usize,
}

#[derive(Serialize)]
struct RowReport {
    kind: &'static str,
    left: Option<usize>,
    right: Option<usize>,
    similarity: f32,
    left_changes: Vec<[usize; 2]>,
    right_changes: Vec<[usize; 2]>,
}

#[derive(Serialize)]
struct SummaryReport<'a> {
    #[serde(flatten)]
    counts: &'a Summary,
    identical: bool,
}

fn side(side: &Side) -> SideReport<'_> {
    let text = &side.document.text;
    SideReport {
        path: side.document.path.as_ref().map(|p| p.display().to_string()),
        name: &side.document.name,
        encoding: &side.document.encoding,
        sentences: side
            .sentences
            .iter()
            .map(|s| SentenceReport {
                text: &text[s.range()],
                start: s.start,
                end: s.end,
                paragraph: s.paragraph,
            })
            .collect(),
    }
}

/// Writes `comparison` as JSON to `out`.
pub fn write(comparison: &Comparison, out: &mut dyn Write) -> io::Result<()> {
    let ranges = |rs: &[std::ops::Range<usize>]| rs.iter().map(|r| [r.start, r.end]).collect();
    let report = Report {
        format_version: FORMAT_VERSION,
        left: side(&comparison.left),
        right: side(&comparison.right),
        options: &comparison.options,
        rows: comparison
            .rows
            .iter()
            .map(|row| RowReport {
                kind: row.kind.name(),
                left: row.left,
                right: row.right,
                similarity: (row.similarity * 1000.0).round() / 1000.0,
                left_changes: ranges(&row.left_changes),
                right_changes: ranges(&row.right_changes),
            })
            .collect(),
        summary: SummaryReport {
            counts: &comparison.summary,
            identical: comparison.is_identical(),
        },
    };
    serde_json::to_writer(&mut *out, &report).map_err(io::Error::other)?;
    out.write_all(b"\n")
}
