//! What the user is looking at: scroll positions (aligned, or each pane on its own), the
//! current change, the hovered row, zoom and theme. Changed by commands and by the panes.

use super::heights::{Heights, ScrollPos};
use super::lines::Lines;
use super::overview::Ticks;
use crate::compare::Side;

/// Where a reveal request wants a line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reveal {
    /// An aligned line, at `fraction` of the view height (0.5 = middle).
    Aligned(usize, f32),
    /// A sentence of one pane (unlinked mode), at `fraction` of the view height.
    Pane(Side, usize, f32),
}

/// The view state.
#[derive(Debug)]
pub struct ViewState {
    /// Panes scroll together, aligned line by line.
    pub sync: bool,
    /// Aligned scroll position.
    pub aligned: ScrollPos,
    /// Left pane position when unlinked (in left sentences).
    pub left: ScrollPos,
    /// Right pane position when unlinked (in right sentences).
    pub right: ScrollPos,
    /// The pane scrolled last while unlinked (re-linking aligns on its top sentence).
    pub last_scrolled: Side,
    /// Index into [`Lines::changes`] of the current change.
    pub current: Option<usize>,
    /// The row under the pointer, with the side it is on.
    pub hover: Option<(usize, Side)>,
    /// A scroll the panes should make when next drawn (they know the view height).
    pub reveal: Option<Reveal>,
    /// Text zoom factor.
    pub zoom: f32,
    /// Dark theme.
    pub dark: bool,
    /// Heights of the aligned lines.
    pub aligned_heights: Heights,
    /// Heights of the left sentences (unlinked mode).
    pub left_heights: Heights,
    /// Heights of the right sentences (unlinked mode).
    pub right_heights: Heights,
    /// The overview strip's ticks.
    pub ticks: Ticks,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            sync: true,
            aligned: ScrollPos::default(),
            left: ScrollPos::default(),
            right: ScrollPos::default(),
            last_scrolled: Side::Left,
            current: None,
            hover: None,
            reveal: None,
            zoom: 1.0,
            dark: false,
            aligned_heights: Heights::default(),
            left_heights: Heights::default(),
            right_heights: Heights::default(),
            ticks: Ticks::default(),
        }
    }
}

impl ViewState {
    /// Adapts to a new comparison: a new pair of documents starts at the top; new options on
    /// the same documents keep the reading position.
    pub fn new_view(&mut self, lines: &Lines, same_documents: bool) {
        self.aligned_heights = Heights::default();
        self.left_heights = Heights::default();
        self.right_heights = Heights::default();
        self.hover = None;
        if same_documents {
            let line = self.aligned.line.min(lines.aligned.len().saturating_sub(1));
            self.aligned = ScrollPos { line, offset: 0.0 };
            self.left.line = self
                .left
                .line
                .min(lines.line_from_left.len().saturating_sub(1));
            self.right.line = self
                .right
                .line
                .min(lines.line_from_right.len().saturating_sub(1));
            self.current = self.current.filter(|&c| c < lines.changes.len());
        } else {
            self.aligned = ScrollPos::default();
            self.left = ScrollPos::default();
            self.right = ScrollPos::default();
            self.current = None;
        }
    }

    /// Moves to the next or previous change, from the current one or from the view's top.
    pub fn step_change(&mut self, lines: &Lines, forward: bool) {
        if lines.changes.is_empty() {
            return;
        }
        let last = lines.changes.len() - 1;
        let next = match (self.current, forward) {
            (Some(c), true) => (c + 1).min(last),
            (Some(c), false) => c.saturating_sub(1),
            (None, true) => {
                let top_row = lines.aligned.get(self.aligned.line).map_or(0, |l| l.row);
                lines.change_index(top_row).unwrap_or_else(|i| i).min(last)
            }
            (None, false) => last,
        };
        self.current = Some(next);
        self.reveal_row(lines, lines.changes[next]);
    }

    /// Makes the change of `row` current (if it is one) and scrolls to it.
    pub fn go_to_row(&mut self, lines: &Lines, row: usize) {
        if let Ok(index) = lines.change_index(row) {
            self.current = Some(index);
        }
        self.reveal_row(lines, row);
    }

    /// Scrolls so that `row` is in the middle of the view(s).
    pub fn reveal_row(&mut self, lines: &Lines, row: usize) {
        // Unlinked panes each move to their sentence nearest that line.
        self.reveal = Some(Reveal::Aligned(lines.line_from_row[row], 0.5));
    }

    /// Links or unlinks the panes. Linking realigns on the sentence at the top of the pane
    /// scrolled last; unlinking starts each pane where the aligned view was.
    pub fn toggle_sync(&mut self, lines: Option<&Lines>) {
        self.sync = !self.sync;
        let Some(lines) = lines else { return };
        if self.sync {
            let line = match self.last_scrolled {
                Side::Left => lines.line_from_left.get(self.left.line),
                Side::Right => lines.line_from_right.get(self.right.line),
            };
            if let Some(&line) = line {
                self.reveal = Some(Reveal::Aligned(line, 0.0));
            }
        } else {
            let top = self.aligned.line;
            let first = |from: &[usize]| from.partition_point(|&l| l < top);
            self.left = ScrollPos {
                line: first(&lines.line_from_left)
                    .min(lines.line_from_left.len().saturating_sub(1)),
                offset: 0.0,
            };
            self.right = ScrollPos {
                line: first(&lines.line_from_right)
                    .min(lines.line_from_right.len().saturating_sub(1)),
                offset: 0.0,
            };
        }
    }

    /// The row of the current change.
    pub fn current_row(&self, lines: &Lines) -> Option<usize> {
        self.current.and_then(|c| lines.changes.get(c).copied())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::compare::{Comparison, Options};
    use crate::load::Document;

    fn lines() -> Lines {
        let c = Comparison::new(
            Arc::new(Document::from_text("l", "A one. B two. C three. D four.")),
            Arc::new(Document::from_text(
                "r",
                "A one. X new. C three. D four changed here.",
            )),
            &Options::default(),
        );
        Lines::new(&c)
    }

    #[test]
    fn stepping_through_changes_stops_at_the_ends() {
        let lines = lines();
        let mut state = ViewState::default();
        state.step_change(&lines, true);
        assert_eq!(state.current, Some(0));
        for _ in 0..10 {
            state.step_change(&lines, true);
        }
        assert_eq!(state.current, Some(lines.changes.len() - 1));
        state.step_change(&lines, false);
        assert_eq!(state.current, Some(lines.changes.len() - 2));
        assert!(matches!(state.reveal, Some(Reveal::Aligned(_, f)) if f == 0.5));
    }

    #[test]
    fn relinking_aligns_on_the_pane_scrolled_last() {
        let lines = lines();
        let mut state = ViewState::default();
        state.toggle_sync(Some(&lines));
        assert!(!state.sync);
        state.right = ScrollPos {
            line: 2,
            offset: 0.0,
        };
        state.last_scrolled = Side::Right;
        state.toggle_sync(Some(&lines));
        assert!(state.sync);
        assert_eq!(
            state.reveal,
            Some(Reveal::Aligned(lines.line_from_right[2], 0.0))
        );
    }
}
