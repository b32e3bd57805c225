//! The overview strip at the right edge: every change as a coloured tick over the whole
//! document's height, the visible part marked; clicking or dragging scrolls there.

use egui::{Color32, Rect, Sense, Stroke, Ui, pos2};

use super::paint::{Paint, PanesCache};
use crate::compare::Kind;
use crate::session::Review;
use crate::viewer::Action;
use crate::viewer::heights::ScrollPos;
use crate::viewer::nav::Reveal;

/// Where the strip goes and what it shows.
pub struct Strip {
    /// Its rectangle.
    pub rect: Rect,
    /// The panes' height.
    pub view_height: f32,
    /// The aligned position (linked scrolling), to outline the visible part.
    pub top: Option<ScrollPos>,
}

/// Draws the strip; a click or drag asks to scroll there.
pub fn overview_ui(
    ui: &mut Ui,
    paint: &Paint<'_>,
    strip: Strip,
    cache: &mut PanesCache,
) -> Option<Action> {
    let Strip {
        rect,
        view_height,
        top,
    } = strip;
    let theme = paint.theme;
    let painter = ui.painter_at(rect);
    let base = if theme.dark {
        Color32::from_gray(40)
    } else {
        Color32::from_gray(232)
    };
    painter.rect_filled(rect, 0.0, base);
    if cache.aligned_heights.is_empty() {
        return None;
    }
    let shown = paint.shown;
    cache
        .ticks
        .update(shown, &mut cache.aligned_heights, rect.height());
    for &(top, bottom, kind) in &cache.ticks.ticks {
        let tick = Rect::from_min_max(
            pos2(rect.left() + 2.0, rect.top() + top),
            pos2(rect.right() - 2.0, rect.top() + bottom),
        );
        painter.rect_filled(tick, 0.0, theme.mark(kind));
    }
    let heights = &mut cache.aligned_heights;
    let scale = rect.height() / heights.total().max(1.0);
    let lines = &shown.lines;
    // Review marks: a dot at the strip's left edge, green accepted, red flagged.
    for (&row, mark) in paint.reviews {
        let color = match mark.review {
            Review::Accepted => theme.mark(Kind::Added),
            Review::Flagged => theme.mark(Kind::Removed),
            Review::Unreviewed => continue,
        };
        let Some(&line) = lines.line_from_row.get(row) else {
            continue;
        };
        let y = rect.top() + heights.start(line) * scale;
        painter.circle_filled(pos2(rect.left() + 3.0, y + 2.0), 3.0, color);
    }
    if let Some(line) = paint
        .current_row
        .and_then(|row| lines.line_from_row.get(row).copied())
    {
        let y = rect.top() + heights.start(line) * scale;
        painter.line_segment(
            [pos2(rect.left(), y), pos2(rect.right(), y)],
            Stroke::new(2.0, theme.current),
        );
    }
    if let Some(pos) = top {
        let top = rect.top() + heights.y_of(pos) * scale;
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
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::ScrollBar, true, "Overview of all changes")
    });
    let pointer = response.interact_pointer_pos()?;
    if !(response.clicked() || response.dragged()) {
        return None;
    }
    let line = heights.line_at((pointer.y - rect.top()) / scale);
    Some(Action::Reveal(Reveal::Aligned(line, 0.5)))
}
