//! One pane on its own (unlinked scrolling, or the only version opened): that side's sentences
//! in order, with its own scroll position; reports where its visible sentences are for the
//! link map.

use egui::{Rect, Stroke, Ui, UiBuilder, Vec2, pos2, vec2};

use super::cell::{self, GUTTER, PADDING, PARAGRAPH_GAP};
use super::paint::{self, Paint, PanesCache, scroll, scroll_input};
use crate::compare::{Kind, Side};
use crate::viewer::Action;
use crate::viewer::heights::ScrollPos;
use crate::viewer::layout::Item;
use crate::viewer::nav::Reveal;

/// A sentence (or part of one) drawn in a pane: the sentence and its rectangle on screen.
pub type Visible = Vec<(usize, Rect)>;

/// Which pane and what moves it this frame.
pub struct PaneInput {
    /// The side shown.
    pub side: Side,
    /// Where.
    pub rect: Rect,
    /// A reveal request not yet carried out.
    pub reveal: Option<Reveal>,
    /// Whether the keyboard scrolls this pane.
    pub keyboard: bool,
    /// The only version opened: sentences are shown plain, with nothing to compare.
    pub one_sided: bool,
}

/// Draws a pane from `pos`; returns its visible sentences and whether it scrolled.
pub fn pane_ui(
    ui: &mut Ui,
    paint: &Paint<'_>,
    input: PaneInput,
    cache: &mut PanesCache,
    pos: &mut ScrollPos,
    actions: &mut Vec<Action>,
) -> (Visible, bool) {
    let PaneInput {
        side,
        rect,
        reveal,
        keyboard,
        one_sided,
    } = input;
    let comparison = &paint.shown.comparison;
    let lines = &paint.shown.lines;
    let (items, item_from, row_from, paragraph_start, line_from) = match side {
        Side::Left => (
            &lines.left_items,
            &lines.item_from_left,
            &comparison.row_from_left,
            &lines.left_paragraph_start,
            &lines.line_from_left,
        ),
        Side::Right => (
            &lines.right_items,
            &lines.item_from_right,
            &comparison.row_from_right,
            &lines.right_paragraph_start,
            &lines.line_from_right,
        ),
    };
    let count = items.len();
    let view_height = rect.height();
    let heights = match side {
        Side::Left => &mut cache.left_heights,
        Side::Right => &mut cache.right_heights,
    };
    // A paragraph's first sentence has space above its first part.
    let gap_above = |item: Item| {
        if item.part == 0 && paragraph_start.get(item.sentence).copied().unwrap_or(false) {
            PARAGRAPH_GAP
        } else {
            0.0
        }
    };
    if !heights.is_for(paint.text_width, paint.font.size, count) {
        let estimates: Vec<f32> = items
            .iter()
            .map(|&item| paint.estimate_sentence(side, item.sentence, item.part) + gap_above(item))
            .collect();
        heights.reset(paint.text_width, paint.font.size, estimates.into_iter());
    }
    // An aligned reveal (next change, overview click) moves both panes to that line's sentences.
    let first_item = |sentence: usize| item_from.get(sentence).copied().unwrap_or(0);
    let target = match reveal {
        Some(Reveal::Aligned(line, fraction)) => {
            let sentence = line_from.partition_point(|&l| l < line);
            Some((
                first_item(sentence.min(line_from.len().saturating_sub(1))),
                fraction,
            ))
        }
        Some(Reveal::Pane(s, sentence, fraction)) if s == side => {
            Some((first_item(sentence), fraction))
        }
        _ => None,
    };
    let delta = scroll_input(ui, rect, view_height, paint.row_height, keyboard);
    scroll(heights, pos, target, delta, view_height);

    let mut child = ui.new_child(UiBuilder::new().max_rect(rect));
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    let mut visible = Vec::new();
    let mut y = rect.top() - pos.offset;
    let mut index = pos.line;
    while let Some(&item) = items.get(index) {
        if y >= rect.bottom() {
            break;
        }
        let Some(&row) = row_from.get(item.sentence) else {
            break;
        };
        let gap = gap_above(item);
        let galley = paint.galley(&child, side, item.sentence, row, item.part);
        let height = galley.size().y.max(paint.row_height) + 2.0 * PADDING;
        heights.set(index, gap + height);
        let cell_rect = Rect::from_min_size(pos2(rect.left(), y + gap), vec2(rect.width(), height));
        let kind = if one_sided || comparison.is_ignored(row) {
            Kind::Shared
        } else {
            comparison.rows.get(row).map_or(Kind::Shared, |r| r.kind)
        };
        let first = item.part == 0;
        cell::paint_sentence_frame(
            child.painter(),
            cell_rect,
            kind,
            paint.theme,
            &paint.font,
            first,
        );
        let at = cell_rect.min + Vec2::new(GUTTER + PADDING, PADDING);
        let response = paint::sentence_ui(
            &mut child,
            paint,
            galley,
            at,
            side,
            (item.sentence, item.part),
            row,
        );
        if !one_sided {
            if first {
                paint::review_mark_ui(&mut child, paint, cell_rect, row);
            }
            if response.hovered() {
                cache.hover = Some((row, side));
            }
            if response.clicked() {
                actions.push(Action::GoToRow(row));
            }
        }
        if paint.current_row == Some(row) {
            child.painter().rect_stroke(
                cell_rect.expand(1.0),
                4.0,
                Stroke::new(2.0, paint.theme.current),
                egui::StrokeKind::Inside,
            );
        } else if paint.hover.is_some_and(|(r, s)| r == row && s != side) {
            child.painter().rect_stroke(
                cell_rect.shrink(1.0),
                3.0,
                Stroke::new(1.0, paint.theme.hover),
                egui::StrokeKind::Inside,
            );
        }
        visible.push((item.sentence, cell_rect));
        y += gap + height;
        index += 1;
    }
    (visible, delta != 0.0)
}
