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

/// The matches of a query in one comparison (searched on a worker: a book-length text takes a
/// while to search).
#[derive(Clone, Debug, Default)]
pub struct Found {
    /// Matches by side and sentence: left side first, then right.
    pub matches: Vec<Match>,
    /// The matches in reading order: by aligned line, left before right.
    order: Vec<usize>,
    /// The match ranges, in `matches` order (for highlighting).
    ranges: Vec<Range<usize>>,
}

/// The find bar's state.
#[derive(Default)]
pub struct Find {
    /// Whether the bar is shown.
    pub open: bool,
    /// The text searched for.
    pub query: String,
    /// The matches of `query` (empty while the search runs).
    pub found: Found,
    /// The current match, as a position in reading order.
    pub current: Option<usize>,
    /// Raised each time the field should take the keyboard focus.
    pub focus_requests: u64,
}

impl Find {
    /// Opens the bar and focuses its field.
    pub fn open(&mut self) {
        self.open = true;
        self.focus_requests += 1;
    }

    /// Takes the matches found for `query` (ignored if the query changed since).
    pub fn take(&mut self, query: &str, found: Found) {
        if query == self.query {
            self.found = found;
            self.current = None;
        }
    }

    /// The current match, for its stronger highlight.
    pub fn current_match(&self) -> Option<&Match> {
        let index = *self.found.order.get(self.current?)?;
        self.open.then(|| self.found.matches.get(index)).flatten()
    }

    /// The match ranges inside sentence `index` of `side` (for highlighting).
    pub fn matches_in(&self, side: Side, index: usize) -> &[Range<usize>] {
        if !self.open {
            return &[];
        }
        let matches = &self.found.matches;
        let start = matches.partition_point(|m| {
            (m.side == Side::Right, m.sentence) < (side == Side::Right, index)
        });
        let end = matches.partition_point(|m| {
            (m.side == Side::Right, m.sentence) <= (side == Side::Right, index)
        });
        self.found.ranges.get(start..end).unwrap_or(&[])
    }

    /// Moves to the next or previous match; returns where to scroll (`sync`: panes linked).
    pub fn step(&mut self, forward: bool, view: &Shown, sync: bool) -> Option<Reveal> {
        if self.found.matches.is_empty() {
            return None;
        }
        let n = self.found.matches.len();
        let next = match (self.current, forward) {
            (Some(c), true) => (c + 1) % n,
            (Some(c), false) => (c + n - 1) % n,
            (None, true) => 0,
            (None, false) => n - 1,
        };
        self.current = Some(next);
        let m = self.found.matches.get(*self.found.order.get(next)?)?;
        let lines = &view.lines;
        let line = match m.side {
            Side::Left => lines.line_from_left.get(m.sentence),
            Side::Right => lines.line_from_right.get(m.sentence),
        };
        let line = *line?;
        Some(if sync {
            Reveal::Aligned(line, 0.5)
        } else {
            Reveal::Pane(m.side, m.sentence, 0.5)
        })
    }

    /// The line under the field: "3 of 12", "no matches".
    pub fn status(&self) -> String {
        match (self.current, self.found.matches.len()) {
            (_, 0) if self.query.is_empty() => String::new(),
            (_, 0) => "no matches".to_string(),
            (Some(c), n) => format!("{} of {n}", c + 1),
            (None, n) => format!("{n} match{}", if n == 1 { "" } else { "es" }),
        }
    }
}

/// The matches of `query` in `view`, case-insensitive.
pub fn search(query: &str, view: &Shown) -> Found {
    let mut found = Found::default();
    let needle = query.to_lowercase();
    if needle.is_empty() {
        return found;
    }
    for (side, doc_side) in [
        (Side::Left, &view.comparison.left),
        (Side::Right, &view.comparison.right),
    ] {
        for (index, sentence) in doc_side.sentences.iter().enumerate() {
            let Some(text) = doc_side.document.text.get(sentence.range()) else {
                continue;
            };
            // Lowercasing can change byte lengths; search case-sensitively then too.
            let lower = text.to_lowercase();
            let (haystack, query) = if lower.len() == text.len() {
                (lower.as_str(), needle.as_str())
            } else {
                (text, query)
            };
            for (at, matched) in haystack.match_indices(query) {
                let start = sentence.start + at;
                found.matches.push(Match {
                    side,
                    sentence: index,
                    range: start..start + matched.len(),
                });
            }
        }
    }
    found.ranges = found.matches.iter().map(|m| m.range.clone()).collect();
    let line = |m: &Match| match m.side {
        Side::Left => (view.lines.line_from_left.get(m.sentence).copied(), 0),
        Side::Right => (view.lines.line_from_right.get(m.sentence).copied(), 1),
    };
    let mut order: Vec<usize> = (0..found.matches.len()).collect();
    order.sort_by_key(|&i| (line(&found.matches[i]), found.matches[i].range.start));
    found.order = order;
    found
}
