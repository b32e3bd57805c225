//! Where the reader is: the aligned scroll position (kept in the session's view, the one
//! place it lives), each pane's own position when unlinked, the current change, and requests to
//! bring a line into view that the panes carry out when next drawn (they know the heights).

use super::heights::ScrollPos;
use super::layout::Lines;
use crate::compare::Side;
use crate::session::SavedView;

/// Where a reveal request wants a line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reveal {
    /// An aligned line, at `fraction` of the view height (0.5 = middle).
    Aligned(usize, f32),
    /// A sentence of one pane (unlinked mode), at `fraction` of the view height.
    Pane(Side, usize, f32),
}

/// Scroll state that is not saved.
#[derive(Clone, Debug, PartialEq)]
pub struct Nav {
    /// Pixels of the top aligned line above the view (the line itself is in the saved view).
    pub offset: f32,
    /// Left pane position when unlinked (in left sentences).
    pub left: ScrollPos,
    /// Right pane position when unlinked (in right sentences).
    pub right: ScrollPos,
    /// The pane scrolled last while unlinked (re-linking aligns on its top sentence).
    pub last_scrolled: Side,
    /// The latest reveal request, numbered so that the panes carry out each one once.
    pub reveal: Option<(u64, Reveal)>,
}

impl Default for Nav {
    fn default() -> Self {
        Nav {
            offset: 0.0,
            left: ScrollPos::default(),
            right: ScrollPos::default(),
            last_scrolled: Side::Left,
            reveal: None,
        }
    }
}

/// Where the panes scrolled to in a frame (reported back by them).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scrolled {
    /// The aligned position.
    pub aligned: ScrollPos,
    /// The left pane's own position.
    pub left: ScrollPos,
    /// The right pane's own position.
    pub right: ScrollPos,
    /// The pane scrolled last.
    pub last_scrolled: Side,
}

impl Nav {
    /// Asks the panes to show `reveal`.
    pub fn request(&mut self, reveal: Reveal) {
        let serial = self.reveal.map_or(1, |(n, _)| n + 1);
        self.reveal = Some((serial, reveal));
    }

    /// Takes the panes' report of where they are.
    pub fn scrolled(&mut self, view: &mut SavedView, scrolled: Scrolled) {
        view.top_line = scrolled.aligned.line;
        self.offset = scrolled.aligned.offset;
        self.left = scrolled.left;
        self.right = scrolled.right;
        self.last_scrolled = scrolled.last_scrolled;
    }

    /// The aligned position.
    pub fn aligned(&self, view: &SavedView) -> ScrollPos {
        ScrollPos {
            line: view.top_line,
            offset: self.offset,
        }
    }

    /// Adapts to a new layout: new documents start at the top; new options on the same
    /// documents keep the reading position (clamped to the new layout).
    pub fn new_layout(&mut self, view: &mut SavedView, lines: &Lines, same_documents: bool) {
        let last = |n: usize| n.saturating_sub(1);
        if same_documents {
            view.top_line = view.top_line.min(last(lines.aligned.len()));
            self.left.line = self.left.line.min(last(lines.line_from_left.len()));
            self.right.line = self.right.line.min(last(lines.line_from_right.len()));
            view.current_change = view.current_change.filter(|&c| c < lines.stops.len());
        } else {
            view.top_line = 0;
            self.left = ScrollPos::default();
            self.right = ScrollPos::default();
            view.current_change = None;
        }
        self.offset = 0.0;
    }

    /// Moves to the next or previous change, from the current one or from the view's top.
    pub fn step_change(&mut self, view: &mut SavedView, lines: &Lines, forward: bool) {
        let Some(last) = lines.stops.len().checked_sub(1) else {
            return;
        };
        let next = match (view.current_change, forward) {
            (Some(c), true) => (c + 1).min(last),
            (Some(c), false) => c.saturating_sub(1),
            (None, true) => match lines.stop_at(view.top_line) {
                Ok(at) | Err(at) => at.min(last),
            },
            (None, false) => last,
        };
        self.go_to_stop(view, lines, next);
    }

    /// Moves to the next or previous of `stops` (a sorted subset of the stops, such as those
    /// with changed facts), from the current change or from the view's top.
    pub fn step_among(
        &mut self,
        view: &mut SavedView,
        lines: &Lines,
        forward: bool,
        stops: &[usize],
    ) {
        let next = match (view.current_change, forward) {
            (Some(c), true) => stops.iter().find(|&&s| s > c).or(stops.last()),
            (Some(c), false) => stops.iter().rev().find(|&&s| s < c).or(stops.first()),
            (None, true) => {
                let (Ok(at) | Err(at)) = lines.stop_at(view.top_line);
                stops.iter().find(|&&s| s >= at).or(stops.last())
            }
            (None, false) => stops.last(),
        };
        if let Some(&stop) = next {
            self.go_to_stop(view, lines, stop);
        }
    }

    /// Makes stop `stop` current and centres it.
    pub fn go_to_stop(&mut self, view: &mut SavedView, lines: &Lines, stop: usize) {
        let Some(&line) = lines.stops.get(stop) else {
            return;
        };
        view.current_change = Some(stop);
        self.request(Reveal::Aligned(line, 0.5));
    }

    /// Goes to aligned line `line`: the change there becomes current (if it is one).
    pub fn go_to_line(&mut self, view: &mut SavedView, lines: &Lines, line: usize) {
        if line >= lines.aligned.len() {
            return;
        }
        if let Ok(stop) = lines.stop_at(line) {
            view.current_change = Some(stop);
        }
        self.request(Reveal::Aligned(line, 0.5));
    }

    /// Links or unlinks the panes. Linking realigns on the sentence at the top of the pane
    /// scrolled last; unlinking starts each pane where the aligned view was.
    pub fn toggle_sync(&mut self, view: &mut SavedView, lines: &Lines) {
        view.sync = !view.sync;
        if view.sync {
            let line = match self.last_scrolled {
                Side::Left => lines.line_from_left.get(self.left.line),
                Side::Right => lines.line_from_right.get(self.right.line),
            };
            if let Some(&line) = line {
                self.request(Reveal::Aligned(line, 0.0));
            }
        } else {
            let top = view.top_line;
            let first = |from: &[usize]| {
                from.partition_point(|&l| l < top)
                    .min(from.len().saturating_sub(1))
            };
            self.left = ScrollPos {
                line: first(&lines.line_from_left),
                offset: 0.0,
            };
            self.right = ScrollPos {
                line: first(&lines.line_from_right),
                offset: 0.0,
            };
        }
    }
}

/// The row of the current change.
pub fn current_row(view: &SavedView, lines: &Lines) -> Option<usize> {
    let stop = *lines.stops.get(view.current_change?)?;
    lines.aligned.get(stop).map(|line| line.row)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::compare::{Comparison, Options};
    use crate::load::Document;

    fn lines(left: &str, right: &str) -> Lines {
        let c = Comparison::new(
            Arc::new(Document::from_text("l", left)),
            Arc::new(Document::from_text("r", right)),
            &Options::default(),
        );
        Lines::new(&c)
    }

    #[test]
    fn stepping_through_changes_stops_at_the_ends() {
        let lines = lines(
            "A one. B two. C three. D four.",
            "A one. X new. C three. D four changed here.",
        );
        let (mut nav, mut view) = (Nav::default(), SavedView::default());
        nav.step_change(&mut view, &lines, true);
        assert_eq!(view.current_change, Some(0));
        for _ in 0..10 {
            nav.step_change(&mut view, &lines, true);
        }
        let last = lines.stops.len() - 1;
        assert_eq!(view.current_change, Some(last));
        nav.step_change(&mut view, &lines, false);
        assert_eq!(view.current_change, Some(last - 1));
        assert!(matches!(nav.reveal, Some((_, Reveal::Aligned(_, f))) if f == 0.5));
    }

    #[test]
    fn a_moved_sentence_is_visited_where_it_landed() {
        let lines = lines(
            "Storms are rare here. The vote was 7-4. The mayor will sign it. Critics objected.",
            "The vote was 7-4. The mayor will sign it. Critics objected. Storms are rare here.",
        );
        let (mut nav, mut view) = (Nav::default(), SavedView::default());
        nav.step_change(&mut view, &lines, true);
        assert_eq!(nav.reveal.map(|r| r.1), Some(Reveal::Aligned(0, 0.5)));
        nav.step_change(&mut view, &lines, true);
        let landed = lines.aligned.len() - 1;
        assert_eq!(nav.reveal.map(|r| r.1), Some(Reveal::Aligned(landed, 0.5)));
        // Both places belong to the same change.
        assert_eq!(current_row(&view, &lines), Some(lines.aligned[0].row));
    }

    #[test]
    fn relinking_aligns_on_the_pane_scrolled_last() {
        let lines = lines(
            "A one. B two. C three. D four.",
            "A one. X new. C three. D four changed here.",
        );
        let (mut nav, mut view) = (Nav::default(), SavedView::default());
        nav.toggle_sync(&mut view, &lines);
        assert!(!view.sync);
        nav.right = ScrollPos {
            line: 2,
            offset: 0.0,
        };
        nav.last_scrolled = Side::Right;
        nav.toggle_sync(&mut view, &lines);
        assert!(view.sync);
        assert_eq!(
            nav.reveal.map(|r| r.1),
            Some(Reveal::Aligned(lines.line_from_right[2], 0.0))
        );
    }
}
