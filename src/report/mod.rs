//! Renderers of a [`Comparison`](crate::compare::Comparison): plain/coloured text, JSON and a
//! self-contained HTML page. All read the same rows.

pub mod history;
pub mod html;
pub mod json;
mod json_stream;
pub mod palette;
pub mod text;

use std::ops::Range;

use crate::compare::facts::Fact;
use crate::compare::{Comparison, Kind, Row, Side};

/// Finds where paragraphs start while walking the rows: a row starts one when, on a side it
/// shows in place, its sentence is in another paragraph than that side's previous sentence.
/// (An added sentence inside a paragraph does not split it; a moved row follows the left.)
#[derive(Default)]
pub struct ParagraphBreaks {
    left: Option<usize>,
    right: Option<usize>,
}

impl ParagraphBreaks {
    /// Whether `row` starts a new paragraph (never the first row).
    pub fn starts_paragraph(&mut self, comparison: &Comparison, row: &Row) -> bool {
        let left = row.left.map(|l| comparison.left.sentences[l].paragraph);
        let right = match row.kind {
            Kind::Moved => None,
            _ => row.right.map(|r| comparison.right.sentences[r].paragraph),
        };
        self.starts(left, right)
    }

    /// Whether a line showing a sentence of left paragraph `left` and/or right paragraph
    /// `right` starts a new paragraph.
    pub fn starts(&mut self, left: Option<usize>, right: Option<usize>) -> bool {
        let changed = |last: Option<usize>, now: Option<usize>| matches!((last, now), (Some(a), Some(b)) if a != b);
        let starts = changed(self.left, left) || changed(self.right, right);
        self.left = left.or(self.left);
        self.right = right.or(self.right);
        starts
    }
}

/// A fact as the reports word it, from its texts: "12 → 15", "added: “We will rebuild”",
/// "removed: never". Texts come as given (escape them for the output first).
pub fn fact_change(left: Option<&str>, right: Option<&str>) -> String {
    match (left, right) {
        (Some(l), Some(r)) => format!("{l} → {r}"),
        (None, Some(r)) => format!("added: {r}"),
        (Some(l), None) => format!("removed: {l}"),
        (None, None) => String::new(),
    }
}

/// The texts of a fact before and after, each passed through `map` (an escaper).
pub fn fact_texts(
    comparison: &Comparison,
    fact: &Fact,
    map: impl Fn(&str) -> String,
) -> (Option<String>, Option<String>) {
    let text = |side| fact.text(comparison, side).map(&map);
    (text(Side::Left), text(Side::Right))
}

/// Article text made safe for a terminal: control characters (other than tab) become U+FFFD,
/// so a file cannot send escape sequences through the report.
pub fn terminal_safe(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\t' && c != '\n' {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}

/// Splits `text` (which starts at byte `offset` of its document) into pieces, each flagged
/// whether it lies inside one of `changes` (ranges into the document, sorted).
pub fn pieces<'a>(text: &'a str, offset: usize, changes: &[Range<usize>]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::with_capacity(changes.len() * 2 + 1);
    let mut at = 0;
    for change in changes {
        let start = change.start.saturating_sub(offset).min(text.len());
        let end = change.end.saturating_sub(offset).min(text.len());
        if start < at || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        if start > at {
            out.push((&text[at..start], false));
        }
        if end > start {
            out.push((&text[start..end], true));
        }
        at = end;
    }
    if at < text.len() {
        out.push((&text[at..], false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_cover_the_text_and_flag_changes() {
        let text = "rose 6% today";
        let changed = [Range {
            start: 105,
            end: 107,
        }];
        let parts = pieces(text, 100, &changed);
        assert_eq!(
            parts,
            vec![("rose ", false), ("6%", true), (" today", false)]
        );
        assert_eq!(pieces(text, 0, &[]), vec![(text, false)]);
    }
}
