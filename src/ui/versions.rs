//! The version rail: a story's versions down the left edge, each with its time, headline and
//! changes against the previous one; a click shows that step, Shift+click a chosen pair.

use egui::{Color32, RichText, Sense, Ui, vec2};

use super::theme::Theme;
use crate::compare::Kind;
use crate::viewer::{Action, Rail, RailVersion};

/// Width of the bar of how much changed.
const BAR_WIDTH: f32 = 120.0;

/// Draws the rail.
pub fn versions_ui(ui: &mut Ui, rail: &Rail, theme: &Theme) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.heading("Versions");
    let hint = if rail.computing {
        "Comparing the versions…"
    } else {
        "Click: this version against the previous one. Shift+click: against the one clicked before."
    };
    ui.label(RichText::new(hint).small().color(theme.muted));
    ui.separator();
    let last = rail.versions.len().saturating_sub(1);
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (index, version) in rail.versions.iter().enumerate() {
            let role = if rail.pair[0] == index {
                Some("left")
            } else if rail.pair[1] == index {
                Some("right")
            } else {
                None
            };
            // The versions shown are outlined on a faint tint, so their text stays readable.
            let (fill, stroke) = match role {
                Some(_) => (
                    theme.current.gamma_multiply(0.12),
                    egui::Stroke::new(1.5, theme.current),
                ),
                None => (Color32::TRANSPARENT, egui::Stroke::NONE),
            };
            let frame = egui::Frame::new()
                .inner_margin(6.0)
                .corner_radius(4.0)
                .fill(fill)
                .stroke(stroke);
            let response = frame
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    version_ui(ui, version, role, theme);
                })
                .response;
            let response = ui.interact(
                response.rect,
                ui.scope_id().with(("version", index)),
                Sense::click(),
            );
            let response = response.on_hover_text(&version.name);
            response.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    format!("Version {}: {}", index + 1, version.headline),
                )
            });
            if response.clicked() {
                let extend = ui.input(|i| i.modifiers.shift);
                actions.push(Action::ClickVersion {
                    version: index,
                    extend,
                });
            }
            response.context_menu(|ui| {
                if ui
                    .add_enabled(index > 0, egui::Button::new("Move earlier"))
                    .clicked()
                {
                    actions.push(Action::MoveVersion {
                        version: index,
                        earlier: true,
                    });
                }
                if ui
                    .add_enabled(index < last, egui::Button::new("Move later"))
                    .clicked()
                {
                    actions.push(Action::MoveVersion {
                        version: index,
                        earlier: false,
                    });
                }
            });
        }
    });
    actions
}

/// One version's lines: label and time, headline, counts and a bar.
fn version_ui(ui: &mut Ui, version: &RailVersion, role: Option<&str>, theme: &Theme) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(&version.label).strong());
        if let Some(time) = &version.time {
            ui.label(RichText::new(time).small().color(theme.muted));
        }
        if let Some(role) = role {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new(role).small().strong());
            });
        }
    });
    ui.add(egui::Label::new(&version.headline).truncate());
    let Some(summary) = &version.summary else {
        let first = RichText::new("first version").small().color(theme.muted);
        ui.label(first);
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 6.0;
        for (kind, sign) in [
            (Kind::Added, "+"),
            (Kind::Removed, "−"),
            (Kind::Modified, "~"),
            (Kind::Moved, "moved "),
        ] {
            let count = summary.count(kind);
            if count > 0 {
                ui.label(RichText::new(format!("{sign}{count}")).color(theme.strong(kind)));
            }
        }
        if summary.changes() == 0 {
            ui.label(RichText::new("no change").small().color(theme.muted));
        }
    });
    // How much changed, as a share of the text.
    let (rect, _) = ui.allocate_exact_size(vec2(BAR_WIDTH, 4.0), Sense::hover());
    ui.painter().rect_filled(rect, 2.0, theme.hatch);
    let mut filled = rect;
    filled.set_width(BAR_WIDTH * version.changed.clamp(0.0, 1.0));
    ui.painter()
        .rect_filled(filled, 2.0, theme.strong(Kind::Modified));
}
