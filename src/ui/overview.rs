//! The overview strip at the right edge: every change as a coloured tick over the whole
//! document's height, the visible part marked; clicking or dragging scrolls there.

use std::sync::Arc;

use egui::{Color32, Rect, Sense, Stroke, Ui, pos2};

use super::heights::Heights;
use super::theme::Theme;
use super::view_state::{Reveal, ViewState};
use super::work::View;
use crate::compare::Kind;

/// The strip's ticks, merged per pixel row and kind, for one strip height and layout: a long
/// document has far more changes than pixels, so they are computed once, not every frame.
#[derive(Debug, Default)]
pub struct Ticks {
    key: (usize, u32, u32),
    ticks: Vec<(f32, f32, Kind)>,
}

impl Ticks {
    fn update(&mut self, view: &View, heights: &mut Heights, strip: f32) {
        let total = heights.total().max(1.0);
        // Measuring lines while scrolling nudges the total; ticks move by less than a pixel
        // until it changes by about 0.1%, so only then are they recomputed.
        let key = (
            Arc::as_ptr(&view.lines) as usize,
            strip as u32,
            (total.log2() * 1000.0) as u32,
        );
        if key == self.key {
            return;
        }
        self.key = key;
        self.ticks.clear();
        let scale = strip / total;
        for &row in &view.lines.changes {
            let line = view.lines.line_from_row[row];
            let kind = view.comparison.rows[row].kind;
            let top = heights.start(line) * scale;
            let bottom = top + (heights.height(line) * scale).max(2.0);
            match self.ticks.last_mut() {
                Some(last) if last.2 == kind && top <= last.1 + 0.5 => last.1 = last.1.max(bottom),
                _ => self.ticks.push((top, bottom, kind)),
            }
        }
    }
}

/// Draws the strip in `rect`; `view_height` is the panes' height.
pub fn overview_ui(
    state: &mut ViewState,
    ui: &mut Ui,
    view: &View,
    theme: &Theme,
    reviews: &crate::app::Reviews,
    rect: Rect,
    view_height: f32,
) {
    let painter = ui.painter_at(rect);
    painter.rect_filled(
        rect,
        0.0,
        if theme.dark {
            Color32::from_gray(40)
        } else {
            Color32::from_gray(232)
        },
    );
    if state.aligned_heights.is_empty() {
        return;
    }
    state
        .ticks
        .update(view, &mut state.aligned_heights, rect.height());
    for &(top, bottom, kind) in &state.ticks.ticks {
        let tick = Rect::from_min_max(
            pos2(rect.left() + 2.0, rect.top() + top),
            pos2(rect.right() - 2.0, rect.top() + bottom),
        );
        painter.rect_filled(tick, 0.0, theme.mark(kind));
    }
    let heights = &mut state.aligned_heights;
    let scale = rect.height() / heights.total().max(1.0);
    let lines = &view.lines;
    // Review marks: a dot at the strip's left edge, green accepted, red flagged.
    for (&row, &(review, _)) in reviews {
        let color = match review {
            crate::session::Review::Accepted => theme.mark(Kind::Added),
            crate::session::Review::Flagged => theme.mark(Kind::Removed),
            crate::session::Review::Unreviewed => continue,
        };
        let y = rect.top() + heights.start(lines.line_from_row[row]) * scale;
        painter.circle_filled(pos2(rect.left() + 3.0, y + 2.0), 3.0, color);
    }
    if let Some(current) = state.current.and_then(|c| lines.changes.get(c).copied()) {
        let y = rect.top() + heights.start(lines.line_from_row[current]) * scale;
        painter.line_segment(
            [pos2(rect.left(), y), pos2(rect.right(), y)],
            Stroke::new(2.0, theme.current),
        );
    }
    if state.sync {
        let top = rect.top() + heights.y_of(state.aligned) * scale;
        let region = Rect::from_min_max(
            pos2(rect.left(), top),
            pos2(rect.right(), top + (view_height * scale).max(6.0)),
        );
        painter.rect_stroke(
            region,
            2.0,
            Stroke::new(1.5, theme.muted),
            egui::StrokeKind::Inside,
        );
    }
    let response = ui
        .interact(
            rect,
            ui.scope_id().with("overview"),
            Sense::click_and_drag(),
        )
        .on_hover_text("Overview of all changes: click or drag to scroll");
    if let Some(pointer) = response.interact_pointer_pos()
        && (response.clicked() || response.dragged())
    {
        let line = heights.line_at((pointer.y - rect.top()) / scale);
        state.reveal = Some(Reveal::Aligned(line, 0.5));
    }
}
