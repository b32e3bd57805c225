//! One pane on its own (unlinked scrolling): that side's sentences in order, with its own
//! scroll position; reports where its visible sentences are for the link map.

use egui::{Rect, Sense, Stroke, Ui, UiBuilder, Vec2, pos2, vec2};

use super::cell::{self, GUTTER, PADDING, PARAGRAPH_GAP};
use super::panes::{Paint, scroll, scroll_input};
use super::view_state::{Reveal, ViewState};
use crate::command::Command;
use crate::compare::Side;

/// A sentence drawn in a pane: its index and its rectangle on screen.
pub type Visible = Vec<(usize, Rect)>;

/// Draws `side`'s pane in `rect`.
pub fn pane_ui(
    state: &mut ViewState,
    ui: &mut Ui,
    paint: &Paint<'_>,
    side: Side,
    rect: Rect,
    commands: &mut Vec<Command>,
) -> Visible {
    let comparison = &paint.view.comparison;
    let lines = &paint.view.lines;
    let (count, row_from, paragraph_start, line_from) = match side {
        Side::Left => (
            comparison.left.sentences.len(),
            &comparison.row_from_left,
            &lines.left_paragraph_start,
            &lines.line_from_left,
        ),
        Side::Right => (
            comparison.right.sentences.len(),
            &comparison.row_from_right,
            &lines.right_paragraph_start,
            &lines.line_from_right,
        ),
    };
    let view_height = rect.height();
    let heights = match side {
        Side::Left => &mut state.left_heights,
        Side::Right => &mut state.right_heights,
    };
    if !heights.is_for(paint.text_width, paint.font.size, count) {
        let estimates: Vec<f32> = (0..count)
            .map(|i| {
                paint.estimate_sentence(side, i)
                    + if paragraph_start[i] {
                        PARAGRAPH_GAP
                    } else {
                        0.0
                    }
            })
            .collect();
        heights.reset(paint.text_width, paint.font.size, estimates.into_iter());
    }
    // An aligned reveal (next change, overview click) moves both panes to that line's
    // sentences; each pane clears its half of it.
    let target = match state.reveal {
        Some(Reveal::Aligned(line, fraction)) => {
            if side == Side::Right {
                state.reveal = None;
            }
            Some((
                line_from
                    .partition_point(|&l| l < line)
                    .min(count.saturating_sub(1)),
                fraction,
            ))
        }
        Some(Reveal::Pane(s, sentence, fraction)) if s == side => {
            state.reveal = None;
            Some((sentence, fraction))
        }
        _ => None,
    };
    let row_height = paint.row_height;
    // The keyboard scrolls the pane the user is on: the one scrolled or pointed at last.
    if ui.rect_contains_pointer(rect) {
        state.last_scrolled = side;
    }
    let keyboard = state.last_scrolled == side;
    let delta = scroll_input(ui, rect, view_height, row_height, keyboard);
    let pos = match side {
        Side::Left => &mut state.left,
        Side::Right => &mut state.right,
    };
    if delta != 0.0 {
        state.last_scrolled = side;
    }
    let heights = match side {
        Side::Left => &mut state.left_heights,
        Side::Right => &mut state.right_heights,
    };
    scroll(heights, pos, target, delta, view_height);

    let mut child = ui.new_child(UiBuilder::new().max_rect(rect));
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    let current_row = state.current.and_then(|c| lines.changes.get(c).copied());
    let mut visible = Vec::new();
    let mut y = rect.top() - pos.offset;
    let mut index = pos.line;
    while index < count && y < rect.bottom() {
        let row = row_from[index];
        let gap = if paragraph_start[index] {
            PARAGRAPH_GAP
        } else {
            0.0
        };
        let galley = paint.galley(&child, side, index, row);
        let height = galley.size().y.max(row_height) + 2.0 * PADDING;
        heights.set(index, gap + height);
        let cell_rect = Rect::from_min_size(pos2(rect.left(), y + gap), vec2(rect.width(), height));
        let kind = comparison.rows[row].kind;
        cell::paint_sentence_frame(child.painter(), cell_rect, kind, &paint.theme, &paint.font);
        if let Some(&(review, note)) = paint.reviews.get(&row) {
            cell::paint_review(child.painter(), cell_rect, review, note, &paint.theme);
        }
        let at = cell_rect.min + Vec2::new(GUTTER + PADDING, PADDING);
        let label = egui::Label::new(galley.clone())
            .selectable(true)
            .sense(Sense::click());
        let response = child.put(Rect::from_min_size(at, galley.size()), label);
        if response.hovered() {
            state.hover = Some((row, side));
        }
        if response.clicked() {
            commands.push(Command::GoToRow(row));
        }
        if current_row == Some(row) {
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
        visible.push((index, cell_rect));
        y += gap + height;
        index += 1;
    }
    visible
}
