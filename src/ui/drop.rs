//! Drag and drop: while files hover over the window the pane that would receive them is
//! highlighted ("Drop to open as original"); a drop becomes an [`Action::OpenFiles`].

use egui::{Align2, FontId, Rect, Ui, pos2};

use super::theme::Theme;
use crate::compare::Side;
use crate::viewer::Action;

/// The side of the window under `x`: left half original, right half revised.
fn side_at(rect: Rect, x: Option<f32>) -> Option<Side> {
    x.map(|x| {
        if x < rect.center().x {
            Side::Left
        } else {
            Side::Right
        }
    })
}

/// Highlights the drop target while hovering and turns a drop into an action.
pub fn drop_ui(ui: &mut Ui, theme: &Theme) -> Option<Action> {
    let rect = ui.max_rect();
    let (hovered, dropped, pointer) = ui.input(|i| {
        (
            i.raw.hovered_files.len(),
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect::<Vec<_>>(),
            i.pointer.hover_pos().map(|p| p.x),
        )
    });
    let side = side_at(rect, pointer);
    if hovered > 0 {
        let painter = ui.painter();
        let (target, text) = match (hovered, side) {
            (1, Some(Side::Left)) => (
                Rect::from_min_max(rect.min, pos2(rect.center().x, rect.bottom())),
                "Drop to open as original",
            ),
            (1, _) => (
                Rect::from_min_max(pos2(rect.center().x, rect.top()), rect.max),
                "Drop to open as revised",
            ),
            (2, _) => (
                rect,
                "Drop to compare these two files (the older one as original)",
            ),
            _ => (
                rect,
                "Drop to follow the story through these versions (oldest first)",
            ),
        };
        painter.rect_filled(target, 6.0, theme.drop_target);
        painter.text(
            target.center(),
            Align2::CENTER_CENTER,
            text,
            FontId::proportional(22.0),
            theme.text,
        );
    }
    if dropped.is_empty() {
        return None;
    }
    // One file goes where it was dropped (the revision if the pointer is unknown).
    let side = (dropped.len() == 1).then(|| side.unwrap_or(Side::Right));
    Some(Action::OpenFiles(dropped, side))
}
