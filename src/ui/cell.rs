//! One side of one line: a sentence laid out with its kind's colours (changed words and find
//! matches stronger), or the hatched gap / moved-elsewhere note facing a one-sided sentence.

use std::ops::Range;
use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Galley, Painter, Rect, Shape, Stroke, Ui, Vec2};

use super::theme::{Theme, paint_symbol};
use crate::compare::{Comparison, Kind, Row, Side};

/// Space between a sentence and the line below, and inside the tinted box.
pub const PADDING: f32 = 3.0;
/// Extra space above the first line of a paragraph.
pub const PARAGRAPH_GAP: f32 = 10.0;
/// Width of the gutter that carries the kind symbol.
pub const GUTTER: f32 = 18.0;

/// The text of one sentence, formatted for display.
pub struct SentenceText<'a> {
    /// The sentence.
    pub text: &'a str,
    /// Its byte offset in the document (change and match ranges are document offsets).
    pub start: usize,
    /// Changed words, as document ranges.
    pub changes: &'a [Range<usize>],
    /// Find matches, as document ranges.
    pub matches: &'a [Range<usize>],
    /// The current find match, if it is in this sentence's document.
    pub current: Option<&'a Range<usize>>,
    /// Changed facts, as document ranges (underlined).
    pub facts: Vec<Range<usize>>,
    /// The row is ignored (dimmed, never a change).
    pub ignored: bool,
    /// Its row's kind.
    pub kind: Kind,
}

impl SentenceText<'_> {
    /// The layout job: plain text, changed words on the kind's strong colour, matches on the
    /// find colour. Hard-wrapped line breaks inside the sentence are shown as spaces.
    pub fn job(&self, theme: &Theme, font: &FontId, wrap_width: f32) -> LayoutJob {
        let mut job = LayoutJob::default();
        job.wrap.max_width = wrap_width;
        let mut cuts: Vec<usize> = vec![0, self.text.len()];
        for r in self.changes.iter().chain(self.matches).chain(&self.facts) {
            for edge in [r.start, r.end] {
                let at = edge.saturating_sub(self.start).min(self.text.len());
                if self.text.is_char_boundary(at) {
                    cuts.push(at);
                }
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        let inside = |ranges: &[Range<usize>], at: usize| {
            let abs = at + self.start;
            ranges.iter().any(|r| r.start <= abs && abs < r.end)
        };
        for pair in cuts.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let background = if self
                .current
                .is_some_and(|r| inside(std::slice::from_ref(r), a))
            {
                theme.find_current
            } else if inside(self.matches, a) {
                theme.find_match
            } else if inside(self.changes, a) {
                theme.strong(self.kind)
            } else {
                Color32::TRANSPARENT
            };
            let piece: String = self.text[a..b]
                .chars()
                .map(|c| if c == '\n' { ' ' } else { c })
                .collect();
            let underline = if inside(&self.facts, a) {
                Stroke::new(2.0, theme.mark(self.kind))
            } else {
                Stroke::NONE
            };
            job.append(
                &piece,
                0.0,
                TextFormat {
                    font_id: font.clone(),
                    color: if self.ignored {
                        theme.muted
                    } else {
                        theme.text
                    },
                    background,
                    underline,
                    ..Default::default()
                },
            );
        }
        job
    }
}

/// The text description of `range` (a sentence or a part of one) on one side of row
/// `row_index` (which is `row`).
pub fn sentence_text<'a>(
    comparison: &'a Comparison,
    (row_index, row): (usize, &'a Row),
    side: Side,
    range: Range<usize>,
    matches: &'a [Range<usize>],
    current: Option<&'a Range<usize>>,
) -> SentenceText<'a> {
    let left = side == Side::Left;
    let segmented = if left {
        &comparison.left
    } else {
        &comparison.right
    };
    let facts = comparison
        .facts
        .of_row(row_index)
        .iter()
        .filter_map(|f| {
            if left {
                f.left.clone()
            } else {
                f.right.clone()
            }
        })
        .collect();
    // An ignored row (it matches the ignore list) reads as unchanged, its text dimmed.
    let ignored = comparison.is_ignored(row_index);
    SentenceText {
        ignored,
        facts,
        text: segmented.document.text.get(range.clone()).unwrap_or(""),
        start: range.start,
        current,
        changes: match (ignored, left) {
            (true, _) => &[],
            (false, true) => &row.left_changes,
            (false, false) => &row.right_changes,
        },
        matches,
        kind: if ignored { Kind::Shared } else { row.kind },
    }
}

/// Lays out a sentence.
pub fn layout(
    ui: &Ui,
    text: &SentenceText<'_>,
    theme: &Theme,
    font: &FontId,
    width: f32,
) -> Arc<Galley> {
    ui.painter().layout_job(text.job(theme, font, width))
}

/// Paints the tinted box and (`symbol`: on a sentence's first part) the gutter symbol of a
/// sentence of `kind` in `rect` (gutter included).
pub fn paint_sentence_frame(
    painter: &Painter,
    rect: Rect,
    kind: Kind,
    theme: &Theme,
    font: &FontId,
    symbol: bool,
) {
    let body = Rect::from_min_max(rect.min + Vec2::new(GUTTER, 0.0), rect.max);
    if kind != Kind::Shared {
        painter.rect_filled(body, 3.0, theme.tint(kind));
    }
    if kind != Kind::Shared && symbol {
        let center = rect.left_top() + Vec2::new(GUTTER / 2.0, PADDING + font.size * 0.6);
        paint_symbol(painter, center, kind, theme.mark(kind), font.size);
    }
}

/// Paints the hatched gap facing a one-sided sentence.
pub fn paint_gap(painter: &Painter, rect: Rect, theme: &Theme) {
    let body = Rect::from_min_max(rect.min + Vec2::new(GUTTER, 0.0), rect.max)
        .shrink2(Vec2::new(0.0, 1.0));
    let painter = painter.with_clip_rect(body.intersect(painter.clip_rect()));
    let stroke = Stroke::new(1.0, theme.hatch);
    let step = 14.0;
    let mut x = body.left() - body.height();
    while x < body.right() {
        painter.add(Shape::line_segment(
            [
                egui::pos2(x, body.bottom()),
                egui::pos2(x + body.height(), body.top()),
            ],
            stroke,
        ));
        x += step;
    }
}

/// Paints the note where a moved sentence stands on the other side: on the left, where the
/// original was ("original further up"); on the right, where it went ("moved further down").
pub fn paint_moved_note(
    painter: &Painter,
    rect: Rect,
    below: bool,
    left: bool,
    theme: &Theme,
    font: &FontId,
) {
    paint_gap(painter, rect, theme);
    let note = moved_note(left, below);
    let galley = painter.layout_no_wrap(
        note.to_string(),
        FontId::new(font.size * 0.85, font.family.clone()),
        theme.mark(Kind::Moved),
    );
    // A backing plate so the note reads clearly over the hatching.
    let at = rect.left_top() + Vec2::new(GUTTER + 6.0, PADDING);
    painter.rect_filled(
        Rect::from_min_size(at, galley.size()).expand2(Vec2::new(4.0, 1.0)),
        3.0,
        theme.background,
    );
    painter.galley(at, galley, theme.mark(Kind::Moved));
}

/// The words of a moved note: where the sentence is on this side.
pub fn moved_note(left: bool, below: bool) -> &'static str {
    match (left, below) {
        (true, true) => "original further down",
        (true, false) => "original further up",
        (false, true) => "moved further down",
        (false, false) => "moved further up",
    }
}

/// Paints a change's review mark in the gutter, under the kind symbol: a check for accepted, a
/// flag for flagged, and a dot when it has a note.
pub fn paint_review(
    painter: &Painter,
    rect: Rect,
    review: crate::session::Review,
    note: bool,
    theme: &Theme,
) {
    use crate::session::Review;
    // In the cell's top-right corner: the gutter keeps the kind symbol alone.
    let center = egui::pos2(rect.right() - 10.0, rect.top() + PADDING + 7.0);
    let stroke = Stroke::new(2.0, theme.mark(Kind::Added));
    match review {
        Review::Accepted => {
            painter.line_segment(
                [center + Vec2::new(-5.0, 0.0), center + Vec2::new(-1.5, 4.0)],
                stroke,
            );
            painter.line_segment(
                [center + Vec2::new(-1.5, 4.0), center + Vec2::new(5.0, -5.0)],
                stroke,
            );
        }
        Review::Flagged => {
            let red = theme.mark(Kind::Removed);
            painter.line_segment(
                [
                    center + Vec2::new(-4.0, -6.0),
                    center + Vec2::new(-4.0, 6.0),
                ],
                Stroke::new(1.5, red),
            );
            painter.add(Shape::convex_polygon(
                vec![
                    center + Vec2::new(-4.0, -6.0),
                    center + Vec2::new(5.0, -3.0),
                    center + Vec2::new(-4.0, 0.0),
                ],
                red,
                Stroke::NONE,
            ));
        }
        Review::Unreviewed => {}
    }
    if note {
        painter.circle_filled(center + Vec2::new(-14.0, 0.0), 3.0, theme.muted);
    }
}
