//! Find (Ctrl+F): matches of a text in either version, highlighted in the panes, stepped
//! through in reading order with next/previous.

use std::ops::Range;

use super::nav::Reveal;
use super::shown::Shown;
use crate::compare::Side;

/// One match: a side, a sentence and the byte range in that side's text.
#[derive(Clone, Debug, PartialEq)]
pub struct Match {
    /// The side.
    pub side: Side,
    /// The sentence.
    pub sentence: usize,
    /// The matched text, as a document range.
    pub range: Range<usize>,
}

/// The find bar's state.
#[derive(Default)]
pub struct Find {
    /// Whether the bar is shown.
    pub open: bool,
    /// The text searched for.
    pub query: String,
    /// Matches in reading order: left side first, then right.
    pub matches: Vec<Match>,
    /// The current match, as a position in reading order (see `order`).
    pub current: Option<usize>,
    /// The matches in reading order: by aligned line, left before right.
    order: Vec<usize>,
    /// Raised each time the field should take the keyboard focus.
    pub focus_requests: u64,
    /// Ranges per (side, sentence) for highlighting, in `matches` order.
    ranges: Vec<Range<usize>>,
}

impl Find {
    /// Opens the bar and focuses its field.
    pub fn open(&mut self) {
        self.open = true;
        self.focus_requests += 1;
    }

    /// Recomputes the matches (after the query or the comparison changed).
    pub fn refresh(&mut self, view: &Shown) {
        self.matches.clear();
        self.current = None;
        let needle = self.query.to_lowercase();
        if needle.is_empty() {
            self.ranges.clear();
            return;
        }
        for (side, doc_side) in [
            (Side::Left, &view.comparison.left),
            (Side::Right, &view.comparison.right),
        ] {
            for (index, sentence) in doc_side.sentences.iter().enumerate() {
                let text = &doc_side.document.text[sentence.range()];
                // Lowercasing can change byte lengths; search case-sensitively then too.
                let lower = text.to_lowercase();
                let (haystack, query) = if lower.len() == text.len() {
                    (lower.as_str(), needle.as_str())
                } else {
                    (text, self.query.as_str())
                };
                for (at, found) in haystack.match_indices(query) {
                    let start = sentence.start + at;
                    self.matches.push(Match {
                        side,
                        sentence: index,
                        range: start..start + found.len(),
                    });
                }
            }
        }
        self.ranges = self.matches.iter().map(|m| m.range.clone()).collect();
        let line = |m: &Match| match m.side {
            Side::Left => (view.lines.line_from_left[m.sentence], 0),
            Side::Right => (view.lines.line_from_right[m.sentence], 1),
        };
        self.order = (0..self.matches.len()).collect();
        self.order
            .sort_by_key(|&i| (line(&self.matches[i]), self.matches[i].range.start));
    }

    /// The current match, for its stronger highlight.
    pub fn current_match(&self) -> Option<&Match> {
        let index = *self.order.get(self.current?)?;
        self.open.then(|| &self.matches[index])
    }

    /// The match ranges inside sentence `index` of `side` (for highlighting).
    pub fn matches_in(&self, side: Side, index: usize) -> &[Range<usize>] {
        if !self.open {
            return &[];
        }
        let start = self.matches.partition_point(|m| {
            (m.side == Side::Right, m.sentence) < (side == Side::Right, index)
        });
        let end = self.matches.partition_point(|m| {
            (m.side == Side::Right, m.sentence) <= (side == Side::Right, index)
        });
        &self.ranges[start..end]
    }

    /// Moves to the next or previous match; returns where to scroll (`sync`: panes linked).
    pub fn step(&mut self, forward: bool, view: &Shown, sync: bool) -> Option<Reveal> {
        if self.matches.is_empty() {
            return None;
        }
        let n = self.matches.len();
        let next = match (self.current, forward) {
            (Some(c), true) => (c + 1) % n,
            (Some(c), false) => (c + n - 1) % n,
            (None, true) => 0,
            (None, false) => n - 1,
        };
        self.current = Some(next);
        let m = &self.matches[*self.order.get(next)?];
        let lines = &view.lines;
        let line = match m.side {
            Side::Left => lines.line_from_left[m.sentence],
            Side::Right => lines.line_from_right[m.sentence],
        };
        Some(if sync {
            Reveal::Aligned(line, 0.5)
        } else {
            Reveal::Pane(m.side, m.sentence, 0.5)
        })
    }

    /// The line under the field: "3 of 12", "no matches".
    pub fn status(&self) -> String {
        match (self.current, self.matches.len()) {
            (_, 0) if self.query.is_empty() => String::new(),
            (_, 0) => "no matches".to_string(),
            (Some(c), n) => format!("{} of {n}", c + 1),
            (None, n) => format!("{n} match{}", if n == 1 { "" } else { "es" }),
        }
    }
}
