//! The display layout of a comparison, derived once when it is computed: the aligned lines
//! (counterparts side by side, a gap facing a one-sided sentence, a moved sentence shown at
//! both its places), each side's own sequence for unlinked scrolling, and the stops of
//! next/previous change. A sentence longer than [`PART_BYTES`] is shown in parts, each laid
//! out on its own line, so that a giant "sentence" (a text without punctuation) is never one
//! giant layout.

use super::parts::items;
pub use super::parts::{Item, PART_BYTES, part_count, part_range};
use crate::compare::{Comparison, Kind, Side};
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
    /// Nothing: the sentence on the other side continues in more parts than this one has.
    Continued,
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
    /// Which part of its sentences it shows (0 for the first, and for every short sentence).
    pub part: u32,
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
    /// The aligned lines that next/previous change stop at, top to bottom: every line of a
    /// change, so a moved sentence is visited where it was and where it landed.
    pub stops: Vec<usize>,
    /// Left sentences that start a paragraph in the left pane's own layout.
    pub left_paragraph_start: Vec<bool>,
    /// Right sentences that start a paragraph in the right pane's own layout.
    pub right_paragraph_start: Vec<bool>,
    /// The left pane's own sequence (unlinked): sentences, long ones in parts.
    pub left_items: Vec<Item>,
    /// The right pane's own sequence.
    pub right_items: Vec<Item>,
    /// For each left sentence, its first item.
    pub item_from_left: Vec<usize>,
    /// For each right sentence, its first item.
    pub item_from_right: Vec<usize>,
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
            // Ignored rows (their sentences match the ignore list) are never changes.
            changes: (0..rows.len())
                .filter(|&r| rows[r].kind != Kind::Shared && !comparison.is_ignored(r))
                .collect(),
            stops: Vec::new(),
            left_paragraph_start: paragraph_starts(&comparison.left.sentences),
            right_paragraph_start: paragraph_starts(&comparison.right.sentences),
            left_items: Vec::new(),
            right_items: Vec::new(),
            item_from_left: Vec::new(),
            item_from_right: Vec::new(),
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
                part: 0,
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
        lines.split_long_sentences(comparison);
        lines.stops = (0..lines.aligned.len())
            .filter(|&l| {
                let row = lines.aligned[l].row;
                lines.aligned[l].part == 0
                    && rows[row].kind != Kind::Shared
                    && !comparison.is_ignored(row)
            })
            .collect();
        (lines.left_items, lines.item_from_left) = items(&comparison.left.sentences);
        (lines.right_items, lines.item_from_right) = items(&comparison.right.sentences);
        lines
    }

    /// Gives every line whose sentences are long one more line per extra part, and renumbers
    /// what points at lines.
    fn split_long_sentences(&mut self, comparison: &Comparison) {
        let parts = |side: Side, cell: Cell| match cell {
            Cell::Sentence(i) => part_count(sentence_len(comparison, side, i)),
            _ => 1,
        };
        if self
            .aligned
            .iter()
            .all(|l| parts(Side::Left, l.left) == 1 && parts(Side::Right, l.right) == 1)
        {
            return;
        }
        let mut new_start = Vec::with_capacity(self.aligned.len());
        let mut expanded = Vec::with_capacity(self.aligned.len());
        for line in &self.aligned {
            new_start.push(expanded.len());
            let (left, right) = (parts(Side::Left, line.left), parts(Side::Right, line.right));
            for part in 0..left.max(right) {
                let cell = |cell: Cell, count: u32| match cell {
                    _ if part == 0 => cell,
                    Cell::Sentence(_) if part < count => cell,
                    _ => Cell::Continued,
                };
                expanded.push(Line {
                    left: cell(line.left, left),
                    right: cell(line.right, right),
                    paragraph_start: line.paragraph_start && part == 0,
                    part,
                    ..*line
                });
            }
        }
        for line in &mut expanded {
            for cell in [&mut line.left, &mut line.right] {
                if let Cell::MovedElsewhere(target) = cell {
                    *target = new_start.get(*target).copied().unwrap_or(0);
                }
            }
        }
        for index in self
            .line_from_row
            .iter_mut()
            .chain(&mut self.line_from_left)
            .chain(&mut self.line_from_right)
        {
            *index = new_start.get(*index).copied().unwrap_or(0);
        }
        self.aligned = expanded;
    }

    /// Lays out `comparison` with one side missing (a pane waiting for a file): its lines show
    /// the present side only, and there is nothing to step through.
    pub fn one_sided(comparison: &Comparison) -> Lines {
        let mut lines = Lines::new(comparison);
        lines.changes.clear();
        lines.stops.clear();
        lines
    }

    fn push_moved_right(&mut self, right: usize, row: usize, paragraph_start: bool) {
        self.line_from_right[right] = self.aligned.len();
        self.aligned.push(Line {
            row,
            left: Cell::MovedElsewhere(0),
            right: Cell::Sentence(right),
            paragraph_start,
            part: 0,
        });
    }

    /// The position of `row` in [`Lines::changes`] (its number among the changes, from 0).
    pub fn change_number(&self, row: usize) -> Option<usize> {
        self.changes.binary_search(&row).ok()
    }

    /// The stop at aligned line `line`, or where it would be among the stops.
    pub fn stop_at(&self, line: usize) -> Result<usize, usize> {
        self.stops.binary_search(&line)
    }
}

/// The length in bytes of sentence `index` of `side`.
fn sentence_len(comparison: &Comparison, side: Side, index: usize) -> usize {
    let sentences = match side {
        Side::Left => &comparison.left.sentences,
        Side::Right => &comparison.right.sentences,
    };
    sentences.get(index).map_or(0, |s| s.end - s.start)
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
        // Next change visits it at both places.
        assert_eq!(l.stops, vec![0, l.aligned.len() - 1]);
        assert_eq!(l.changes, vec![0]);
    }

    #[test]
    fn a_giant_sentence_is_shown_in_parts_that_tile_it() {
        // 15,000 bytes without a sentence end, and the same with a word more.
        let giant = format!("Words {}", "word ".repeat(2999));
        let (c, l) = lines(
            &format!("Intro here. {giant}"),
            &format!("Intro here. {giant}more"),
        );
        let row = c.row_from_left[1];
        let first = l.line_from_row[row];
        let parts: Vec<&Line> = l.aligned.iter().filter(|x| x.row == row).collect();
        let longest = c.right.sentences[1]
            .range()
            .len()
            .max(c.left.sentences[1].range().len());
        assert!(parts.len() >= 7);
        assert_eq!(parts.len() as u32, part_count(longest));
        assert!(parts.iter().enumerate().all(|(k, x)| x.part == k as u32));
        assert_eq!(
            l.stops,
            vec![first],
            "one stop per change, at its first part"
        );
        let text = &c.right.document.text;
        let range = c.right.sentences[1].range();
        let mut at = range.start;
        for part in 0..part_count(range.len()) {
            let piece = part_range(text, range.clone(), part);
            assert_eq!(piece.start, at);
            assert!(piece.len() <= PART_BYTES + 64);
            at = piece.end;
        }
        assert_eq!(at, range.end);
        assert_eq!(l.right_items.len(), part_count(range.len()) as usize + 1);
        // Parts end after a space of any width, never inside a character.
        let french = "mot\u{a0}: ".repeat(1000);
        let whole = 0..french.len();
        for part in 0..part_count(french.len()) {
            let piece = part_range(&french, whole.clone(), part);
            assert!(
                french.get(piece.clone()).is_some_and(|t| !t.is_empty()),
                "{piece:?}"
            );
        }
        assert_eq!(l.item_from_right, vec![0, 1]);
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
