//! The aligned layout (linked scrolling): counterpart sentences side by side on one line, a
//! hatched gap facing a one-sided sentence, a moved sentence at both its places with a note
//! pointing to the other. One scroll position for both panes.

use std::sync::Arc;

use egui::{Galley, Rect, Sense, Stroke, Ui, UiBuilder, Vec2, pos2, vec2};

use super::cell::{self, GUTTER, PADDING, PARAGRAPH_GAP};
use super::paint::{self, Paint, PanesCache, aligned_target, scroll, scroll_input};
use crate::compare::{Kind, Side};
use crate::viewer::Action;
use crate::viewer::heights::ScrollPos;
use crate::viewer::layout::{Cell, Line};
use crate::viewer::nav::Reveal;

/// Where the aligned panes are and what moves them this frame.
pub struct AlignedInput {
    /// The left pane.
    pub left: Rect,
    /// The right pane.
    pub right: Rect,
    /// A reveal request not yet carried out.
    pub reveal: Option<Reveal>,
    /// Whether the keyboard scrolls (no text field has focus).
    pub keyboard: bool,
}

/// Draws the aligned lines from `pos`, scrolled by this frame's input.
pub fn aligned_ui(
    ui: &mut Ui,
    paint: &Paint<'_>,
    input: AlignedInput,
    cache: &mut PanesCache,
    pos: &mut ScrollPos,
    actions: &mut Vec<Action>,
) {
    let AlignedInput {
        left: left_rect,
        right: right_rect,
        reveal,
        keyboard,
    } = input;
    let lines = &paint.shown.lines.aligned;
    let view_height = left_rect.height();
    let heights = &mut cache.aligned_heights;
    if !heights.is_for(paint.text_width, paint.font.size, lines.len()) {
        let estimates: Vec<f32> = lines
            .iter()
            .map(|line| estimate_line(paint, line))
            .collect();
        heights.reset(paint.text_width, paint.font.size, estimates.into_iter());
    }
    let both = left_rect.union(right_rect);
    let delta = scroll_input(ui, both, view_height, paint.row_height, keyboard);
    scroll(heights, pos, aligned_target(reveal), delta, view_height);

    let mut child = ui.new_child(UiBuilder::new().max_rect(both));
    child.set_clip_rect(both.intersect(ui.clip_rect()));
    let mut y = left_rect.top() - pos.offset;
    let mut index = pos.line;
    while let Some(&line) = lines.get(index) {
        if y >= left_rect.bottom() {
            break;
        }
        let gap = if line.paragraph_start {
            PARAGRAPH_GAP
        } else {
            0.0
        };
        let left = cell_galley(&child, paint, &line, line.left, Side::Left);
        let right = cell_galley(&child, paint, &line, line.right, Side::Right);
        let text_height = left
            .iter()
            .chain(&right)
            .map(|g| g.size().y)
            .fold(paint.row_height, f32::max);
        let height = text_height + 2.0 * PADDING;
        heights.set(index, gap + height);
        let top = y + gap;
        let left_cell =
            Rect::from_min_size(pos2(left_rect.left(), top), vec2(left_rect.width(), height));
        let right_cell = Rect::from_min_size(
            pos2(right_rect.left(), top),
            vec2(right_rect.width(), height),
        );
        let hovered_row = paint.hover.map(|(row, _)| row) == Some(line.row);
        for (cell, rect, galley, side) in [
            (line.left, left_cell, left, Side::Left),
            (line.right, right_cell, right, Side::Right),
        ] {
            if let Some(response) =
                draw_cell(&mut child, paint, &line, cell, rect, galley, index, side)
            {
                if response.hovered() {
                    cache.hover = Some((line.row, side));
                }
                if response.clicked() {
                    actions.push(match cell {
                        Cell::MovedElsewhere(target) => Action::GoToLine(target),
                        _ => Action::GoToLine(index),
                    });
                }
            }
            if hovered_row && paint.hover.map(|(_, s)| s) != Some(side) {
                child.painter().rect_stroke(
                    rect.shrink(1.0),
                    3.0,
                    Stroke::new(1.0, paint.theme.hover),
                    egui::StrokeKind::Inside,
                );
            }
        }
        if paint.current_row == Some(line.row) {
            child.painter().rect_stroke(
                left_cell.union(right_cell).expand(1.0),
                4.0,
                Stroke::new(2.0, paint.theme.current),
                egui::StrokeKind::Inside,
            );
        }
        y = top + height;
        index += 1;
    }
}

fn estimate_line(paint: &Paint<'_>, line: &Line) -> f32 {
    let side = |cell: Cell, side: Side| match cell {
        Cell::Sentence(i) => paint.estimate_sentence(side, i, line.part),
        _ => 0.0,
    };
    let gap = if line.paragraph_start {
        PARAGRAPH_GAP
    } else {
        0.0
    };
    gap + side(line.left, Side::Left).max(side(line.right, Side::Right))
}

fn cell_galley(
    ui: &Ui,
    paint: &Paint<'_>,
    line: &Line,
    cell: Cell,
    side: Side,
) -> Option<Arc<Galley>> {
    match cell {
        Cell::Sentence(i) => Some(paint.galley(ui, side, i, line.row, line.part)),
        _ => None,
    }
}

/// Draws one cell; returns the response of a sentence's text or a moved note.
#[expect(clippy::too_many_arguments)]
fn draw_cell(
    ui: &mut Ui,
    paint: &Paint<'_>,
    line: &Line,
    cell: Cell,
    rect: Rect,
    galley: Option<Arc<Galley>>,
    index: usize,
    side: Side,
) -> Option<egui::Response> {
    let c = &paint.shown.comparison;
    let kind = match c.rows.get(line.row)?.kind {
        _ if c.is_ignored(line.row) => Kind::Shared,
        kind => kind,
    };
    match (cell, galley) {
        (Cell::Sentence(sentence), Some(galley)) => {
            let symbol = line.part == 0;
            cell::paint_sentence_frame(ui.painter(), rect, kind, paint.theme, &paint.font, symbol);
            let at = rect.min + Vec2::new(GUTTER + PADDING, PADDING);
            let response =
                paint::sentence_ui(ui, paint, galley, at, side, (sentence, line.part), line.row);
            if symbol {
                paint::review_mark_ui(ui, paint, rect, line.row);
            }
            Some(response)
        }
        (Cell::Continued, _) => None,
        (Cell::MovedElsewhere(target), _) => {
            let below = target > index;
            cell::paint_moved_note(
                ui.painter(),
                rect,
                below,
                side == Side::Left,
                paint.theme,
                &paint.font,
            );
            let id = ui.scope_id().with(("moved", index, side == Side::Left));
            let response = ui
                .interact(rect, id, Sense::click())
                .on_hover_text("Go to where this sentence is on this side");
            let spoken = format!(
                "Moved sentence: {}",
                cell::moved_note(side == Side::Left, below)
            );
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &spoken));
            Some(response)
        }
        _ => {
            cell::paint_gap(ui.painter(), rect, paint.theme);
            None
        }
    }
}
