//! The status bar: both files with encoding and sentence count, counts per kind, overall
//! similarity, a colour legend, and a spinner while work runs in the background.

use egui::{Sense, Ui, vec2};

use super::theme::paint_symbol;
use crate::app::App;
use crate::compare::Kind;

/// Draws the status bar.
pub fn status_ui(app: &mut App, ui: &mut Ui) {
    let theme = app.theme();
    ui.horizontal_wrapped(|ui| {
        if app.is_busy() {
            ui.spinner();
            ui.label("Comparing…");
            ui.separator();
        }
        let Some(view) = &app.view else { return };
        let c = &view.comparison;
        for (side, role) in [(&c.left, "original"), (&c.right, "revised")] {
            let count = side.sentences.len();
            ui.label(format!(
                "{role}: {} ({}, {count} sentence{})",
                side.document.name,
                side.document.encoding,
                if count == 1 { "" } else { "s" }
            ))
            .on_hover_text(
                side.document
                    .path
                    .as_ref()
                    .map_or("bundled sample".into(), |p| p.display().to_string()),
            );
            ui.separator();
        }
        for kind in Kind::ALL {
            let (rect, _) = ui.allocate_exact_size(vec2(16.0, 16.0), Sense::hover());
            ui.painter().rect_filled(
                rect,
                3.0,
                if kind == Kind::Shared {
                    theme.background
                } else {
                    theme.tint(kind)
                },
            );
            paint_symbol(ui.painter(), rect.center(), kind, theme.mark(kind), 14.0);
            ui.label(format!("{} {}", c.summary.count(kind), kind.name()));
        }
        ui.separator();
        if c.is_identical() {
            ui.label(egui::RichText::new("No differences").strong());
        }
        ui.label(format!("{:.0}% similar", c.summary.similarity * 100.0));
        ui.separator();
        let reviewed = app
            .reviews
            .values()
            .filter(|(r, _)| *r != crate::session::Review::Unreviewed)
            .count();
        ui.label(format!(
            "{reviewed} / {} changes reviewed",
            view.lines.changes.len()
        ));
        if let Some(current) = app.state.current {
            ui.separator();
            ui.label(format!(
                "change {} of {}",
                current + 1,
                view.lines.changes.len()
            ));
        }
    });
}
