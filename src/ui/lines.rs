//! The display layout of a comparison, derived once when it is computed: the aligned lines
//! (counterparts side by side, a gap facing a one-sided sentence, a moved sentence shown at
//! both its places), and each side's own sequence for unlinked scrolling.

use crate::compare::{Comparison, Kind};
use crate::report::ParagraphBreaks;

/// What one side of an aligned line shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    /// A sentence of this side.
    Sentence(usize),
    /// Nothing: the other side's sentence is added or removed.
    Gap,
    /// The place where a moved sentence used to be or now is; it points at the line that
    /// shows the sentence on this side.
    MovedElsewhere(usize),
}

/// One aligned line: a row of the comparison, or the second place of a moved row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    /// The comparison row it shows.
    pub row: usize,
    /// The left side.
    pub left: Cell,
    /// The right side.
    pub right: Cell,
    /// Whether a paragraph starts here (extra space above).
    pub paragraph_start: bool,
}

/// All layouts of one comparison.
#[derive(Clone, Debug, Default)]
pub struct Lines {
    /// The aligned lines, top to bottom.
    pub aligned: Vec<Line>,
    /// For each row, its first aligned line.
    pub line_from_row: Vec<usize>,
    /// For each left sentence, its aligned line.
    pub line_from_left: Vec<usize>,
    /// For each right sentence, its aligned line.
    pub line_from_right: Vec<usize>,
    /// The rows that are changes (every row not shared), in reading order.
    pub changes: Vec<usize>,
    /// Left sentences that start a paragraph in the left pane's own layout.
    pub left_paragraph_start: Vec<bool>,
    /// Right sentences that start a paragraph in the right pane's own layout.
    pub right_paragraph_start: Vec<bool>,
}

impl Lines {
    /// Lays out `comparison`.
    pub fn new(comparison: &Comparison) -> Lines {
        let rows = &comparison.rows;
        let mut lines = Lines {
            aligned: Vec::with_capacity(rows.len() + comparison.summary.moved),
            line_from_row: vec![0; rows.len()],
            line_from_left: vec![0; comparison.left.sentences.len()],
            line_from_right: vec![0; comparison.right.sentences.len()],
            changes: (0..rows.len())
                .filter(|&r| rows[r].kind != Kind::Shared)
                .collect(),
            left_paragraph_start: paragraph_starts(&comparison.left.sentences),
            right_paragraph_start: paragraph_starts(&comparison.right.sentences),
        };
        // Moved right sentences are shown a second time at their own place, in right order:
        // before the first in-place right sentence that follows them.
        let mut moved_rights: Vec<(usize, usize)> = rows
            .iter()
            .enumerate()
            .filter(|(_, row)| row.kind == Kind::Moved)
            .filter_map(|(index, row)| Some((row.right?, index)))
            .collect();
        moved_rights.sort_unstable();
        let mut pending = moved_rights.into_iter().peekable();
        let mut breaks = ParagraphBreaks::default();
        let left_para = |l: usize| comparison.left.sentences[l].paragraph;
        let right_para = |r: usize| comparison.right.sentences[r].paragraph;

        for (index, row) in rows.iter().enumerate() {
            let in_place_right = if row.kind == Kind::Moved {
                None
            } else {
                row.right
            };
            if let Some(r) = in_place_right {
                while let Some((moved, moved_row)) = pending.next_if(|&(m, _)| m < r) {
                    lines.push_moved_right(
                        moved,
                        moved_row,
                        breaks.starts(None, Some(right_para(moved))),
                    );
                }
            }
            let left = row.left.map_or(Cell::Gap, Cell::Sentence);
            let right = match (row.kind, row.right) {
                (Kind::Moved, Some(_)) => Cell::MovedElsewhere(0), // fixed up below
                (_, Some(r)) => Cell::Sentence(r),
                (_, None) => Cell::Gap,
            };
            let paragraph_start =
                breaks.starts(row.left.map(left_para), in_place_right.map(right_para));
            lines.line_from_row[index] = lines.aligned.len();
            if let Some(l) = row.left {
                lines.line_from_left[l] = lines.aligned.len();
            }
            if let Some(r) = in_place_right {
                lines.line_from_right[r] = lines.aligned.len();
            }
            lines.aligned.push(Line {
                row: index,
                left,
                right,
                paragraph_start,
            });
        }
        for (moved, moved_row) in pending {
            let start = breaks.starts(None, Some(right_para(moved)));
            lines.push_moved_right(moved, moved_row, start);
        }
        // Point each moved pair's two lines at each other.
        let (line_from_row, line_from_right) = (&lines.line_from_row, &lines.line_from_right);
        for line in &mut lines.aligned {
            let row = &rows[line.row];
            match (row.kind, row.right, line.left) {
                (Kind::Moved, Some(r), Cell::Sentence(_)) => {
                    line.right = Cell::MovedElsewhere(line_from_right[r]);
                }
                (Kind::Moved, _, _) => line.left = Cell::MovedElsewhere(line_from_row[line.row]),
                _ => {}
            }
        }
        lines
    }

    fn push_moved_right(&mut self, right: usize, row: usize, paragraph_start: bool) {
        self.line_from_right[right] = self.aligned.len();
        self.aligned.push(Line {
            row,
            left: Cell::MovedElsewhere(0),
            right: Cell::Sentence(right),
            paragraph_start,
        });
    }

    /// The position of `row` in [`Lines::changes`], or where it would be.
    pub fn change_index(&self, row: usize) -> Result<usize, usize> {
        self.changes.binary_search(&row)
    }
}

fn paragraph_starts(sentences: &[crate::compare::Sentence]) -> Vec<bool> {
    sentences
        .iter()
        .enumerate()
        .map(|(i, s)| i > 0 && sentences[i - 1].paragraph != s.paragraph)
        .collect()
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::compare::Options;
    use crate::load::Document;

    fn lines(left: &str, right: &str) -> (Comparison, Lines) {
        let c = Comparison::new(
            Arc::new(Document::from_text("l", left)),
            Arc::new(Document::from_text("r", right)),
            &Options::default(),
        );
        let lines = Lines::new(&c);
        (c, lines)
    }

    #[test]
    fn counterparts_share_a_line_and_gaps_face_one_sided_sentences() {
        let (c, l) = lines(
            "The vote was 7-4. The mayor will sign it. Critics objected.",
            "The vote was 7-4. A lawsuit is likely. The mayor will sign it on Friday.",
        );
        let kinds: Vec<Kind> = l.aligned.iter().map(|line| c.rows[line.row].kind).collect();
        assert_eq!(
            kinds,
            vec![Kind::Shared, Kind::Added, Kind::Modified, Kind::Removed]
        );
        assert_eq!(l.aligned[1].left, Cell::Gap);
        assert_eq!(l.aligned[3].right, Cell::Gap);
        assert_eq!(l.changes, vec![1, 2, 3]);
    }

    #[test]
    fn a_moved_sentence_appears_at_both_places_pointing_at_each_other() {
        let (c, l) = lines(
            "Storms are rare here. The vote was 7-4. The mayor will sign it. Critics objected.",
            "The vote was 7-4. The mayor will sign it. Critics objected. Storms are rare here.",
        );
        assert_eq!(c.summary.moved, 1);
        assert_eq!(l.aligned.len(), c.rows.len() + 1);
        let first = l.aligned[0];
        let last = *l.aligned.last().unwrap();
        assert_eq!(first.left, Cell::Sentence(0));
        assert_eq!(first.right, Cell::MovedElsewhere(l.aligned.len() - 1));
        assert_eq!(last.right, Cell::Sentence(3));
        assert_eq!(last.left, Cell::MovedElsewhere(0));
        // Every sentence of each side is on exactly one line.
        let lefts = l
            .aligned
            .iter()
            .filter(|x| matches!(x.left, Cell::Sentence(_)))
            .count();
        let rights = l
            .aligned
            .iter()
            .filter(|x| matches!(x.right, Cell::Sentence(_)))
            .count();
        assert_eq!((lefts, rights), (4, 4));
        assert_eq!(l.line_from_right[3], l.aligned.len() - 1);
    }

    #[test]
    fn paragraphs_start_where_either_side_starts_one() {
        let (_, l) = lines("One here.\n\nTwo here.", "One here.\n\nTwo here.");
        assert_eq!(
            l.aligned
                .iter()
                .map(|x| x.paragraph_start)
                .collect::<Vec<_>>(),
            vec![false, true]
        );
        assert_eq!(l.left_paragraph_start, vec![false, true]);
    }
}
