//! Renderers of a [`Comparison`](crate::compare::Comparison): plain/coloured text, JSON and a
//! self-contained HTML page. All read the same rows.

pub mod html;
pub mod json;
pub mod text;

use std::ops::Range;

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
