//! The status bar, one line: counts per kind with their colour legend, overall similarity,
//! review progress, the current change, then both files (elided to fit). A count never wraps
//! apart from its label.

use egui::{Label, RichText, Sense, Ui, vec2};

use super::theme::{Theme, paint_symbol};
use crate::compare::{Kind, Side};
use crate::viewer::Viewer;

/// Draws the status bar.
pub fn status_ui(ui: &mut Ui, viewer: &Viewer, theme: &Theme) {
    ui.horizontal(|ui| {
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        if viewer.is_comparing() {
            ui.spinner();
            ui.label("Comparing…");
            ui.separator();
        }
        let Some(shown) = viewer.shown() else { return };
        let waiting = [Side::Left, Side::Right]
            .into_iter()
            .find(|&side| viewer.missing(side).is_some());
        if let Some(side) = waiting {
            ui.label(format!("Open the {} version to compare.", side.role()));
            return;
        }
        let c = &shown.comparison;
        for kind in Kind::ALL {
            let (rect, _) = ui.allocate_exact_size(vec2(16.0, 16.0), Sense::hover());
            let fill = if kind == Kind::Shared {
                theme.background
            } else {
                theme.tint(kind)
            };
            ui.painter().rect_filled(rect, 3.0, fill);
            paint_symbol(ui.painter(), rect.center(), kind, theme.mark(kind), 14.0);
            ui.label(format!("{} {}", c.summary.count(kind), kind.name()));
        }
        ui.separator();
        if c.is_identical() {
            ui.label(RichText::new("No differences").strong());
        } else {
            ui.label(format!("{:.0}% similar", c.summary.similarity * 100.0));
        }
        if let Some((count, kinds)) = super::facts::count_label(shown) {
            ui.separator();
            ui.label(count).on_hover_text(kinds);
        }
        ui.separator();
        let (reviewed, total) = viewer.progress();
        ui.label(format!("{reviewed} / {total} reviewed"))
            .on_hover_text(format!("{reviewed} of {total} changes accepted or flagged"));
        if let Some(number) = viewer
            .current_row()
            .and_then(|row| shown.lines.change_number(row))
        {
            ui.separator();
            ui.label(format!(
                "change {} of {}",
                number + 1,
                shown.lines.changes.len()
            ));
        }
        ui.separator();
        let files: Vec<String> = [Side::Left, Side::Right]
            .into_iter()
            .map(|side| {
                let document = viewer.document(side);
                let count = match side {
                    Side::Left => c.left.sentences.len(),
                    Side::Right => c.right.sentences.len(),
                };
                format!(
                    "{}: {} ({}, {count} sentence{})",
                    side.role(),
                    document.name,
                    document.encoding,
                    if count == 1 { "" } else { "s" }
                )
            })
            .collect();
        ui.add(Label::new(files.join(" · ")).truncate())
            .on_hover_text(files.join("\n"));
    });
}
