//! The overview strip at the right edge: every change as a coloured tick over the whole
//! document's height, the visible part marked; clicking or dragging scrolls there.

use egui::{Color32, Rect, Sense, Stroke, Ui, pos2};

use super::theme::Theme;
use super::view_state::{Reveal, ViewState};
use super::work::View;

/// Draws the strip in `rect`; `view_height` is the panes' height.
pub fn overview_ui(
    state: &mut ViewState,
    ui: &mut Ui,
    view: &View,
    theme: &Theme,
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
    let heights = &mut state.aligned_heights;
    let total = heights.total().max(1.0);
    if heights.is_empty() {
        return;
    }
    let scale = rect.height() / total;
    let lines = &view.lines;
    // One tick per pixel row at most: a long document has far more changes than pixels.
    let mut last: Option<(i32, crate::compare::Kind)> = None;
    for &row in &lines.changes {
        let line = lines.line_from_row[row];
        let kind = view.comparison.rows[row].kind;
        let top = rect.top() + heights.start(line) * scale;
        let pixel = top as i32;
        if last == Some((pixel, kind)) {
            continue;
        }
        last = Some((pixel, kind));
        let height = (heights.height(line) * scale).max(2.0);
        let tick = Rect::from_min_max(
            pos2(rect.left() + 2.0, top),
            pos2(rect.right() - 2.0, top + height),
        );
        painter.rect_filled(tick, 0.0, theme.mark(kind));
    }
    let current = state.current.and_then(|c| lines.changes.get(c).copied());
    if let Some(current) = current {
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
            pos2(rect.right(), top + view_height * scale),
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
        let y = (pointer.y - rect.top()) / scale;
        let line = heights.line_at(y);
        state.reveal = Some(Reveal::Aligned(line, 0.5));
    }
}
