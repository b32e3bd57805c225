//! The fact digest: what changed in the facts (numbers, dates, names, quotes, sources,
//! negations, hedges), each as before → after; a click goes to its change.

use egui::{RichText, Ui};

use super::theme::Theme;
use crate::compare::facts::Fact;
use crate::compare::{Kind, Side};
use crate::viewer::{Action, FactsView, Shown};

/// Longest piece of a fact shown in the list; the rest is elided.
const SHOWN_CHARS: usize = 60;

/// A fact's text before and after (elided), `None` on the side it is missing from.
fn texts(shown: &Shown, fact: &Fact) -> (Option<String>, Option<String>) {
    let c = &shown.comparison;
    let cut = |text: &str| {
        let mut chars = text.chars();
        let head: String = chars.by_ref().take(SHOWN_CHARS).collect();
        if chars.next().is_some() {
            format!("{head}…")
        } else {
            head
        }
    };
    (
        fact.text(c, Side::Left).map(cut),
        fact.text(c, Side::Right).map(cut),
    )
}

/// "before → after", "added: …" or "removed: …" for one fact (what a screen reader says).
pub fn before_after(shown: &Shown, fact: &Fact) -> String {
    match texts(shown, fact) {
        (Some(before), Some(after)) => format!("{before} → {after}"),
        (Some(before), None) => format!("removed: {before}"),
        (None, Some(after)) => format!("added: {after}"),
        (None, None) => String::new(),
    }
}

/// A small arrow pointing right, drawn (the default fonts have no arrows).
fn arrow_ui(ui: &mut Ui, color: egui::Color32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(16.0, 12.0), egui::Sense::hover());
    let stroke = egui::Stroke::new(1.5, color);
    let (left, right) = (
        rect.left_center() + egui::vec2(2.0, 0.0),
        rect.right_center(),
    );
    ui.painter().line_segment([left, right], stroke);
    ui.painter()
        .line_segment([right, right + egui::vec2(-4.0, -4.0)], stroke);
    ui.painter()
        .line_segment([right, right + egui::vec2(-4.0, 4.0)], stroke);
}

/// Draws the digest panel.
pub fn facts_ui(ui: &mut Ui, shown: &Shown, facts: FactsView, theme: &Theme) -> Vec<Action> {
    let mut actions = Vec::new();
    let digest = &shown.comparison.facts;
    ui.heading("What changed in the facts");
    ui.label(digest.describe());
    let mut only = facts.only;
    let hint = crate::command::Command::ToggleFactsOnly.tooltip();
    if ui
        .checkbox(&mut only, "Next change: facts only")
        .on_hover_text(hint)
        .changed()
    {
        actions.push(Action::Command(crate::command::Command::ToggleFactsOnly));
    }
    ui.separator();
    egui::ScrollArea::vertical().show(ui, |ui| {
        for row_facts in digest.rows() {
            let kind = shown
                .comparison
                .rows
                .get(row_facts.row)
                .map_or(Kind::Shared, |r| r.kind);
            for (index, fact) in row_facts.facts.iter().enumerate() {
                let line = ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(fact.kind.name())
                            .color(theme.mark(kind))
                            .strong(),
                    );
                    match texts(shown, fact) {
                        (Some(before), Some(after)) => {
                            ui.label(before);
                            arrow_ui(ui, theme.muted);
                            ui.label(after);
                        }
                        (Some(before), None) => {
                            ui.label(format!("removed: {before}"));
                        }
                        (None, Some(after)) => {
                            ui.label(format!("added: {after}"));
                        }
                        (None, None) => {}
                    }
                });
                // The whole line is one button: a click goes to the change.
                let id = ui.scope_id().with(("fact", row_facts.row, index));
                let response = ui
                    .interact(line.response.rect, id, egui::Sense::click())
                    .on_hover_text("Go to this change");
                let spoken = format!("{}: {}", fact.kind.name(), before_after(shown, fact));
                response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &spoken));
                if response.clicked() {
                    actions.push(Action::GoToRow(row_facts.row));
                }
            }
        }
        if digest.is_empty() {
            ui.weak("No number, date, name, quote, source, negation or hedge changed.");
        }
    });
    actions
}

/// The status bar's words for the digest: "5 facts".
pub fn count_label(shown: &Shown) -> Option<(String, String)> {
    let digest = &shown.comparison.facts;
    let total = digest.len();
    (total > 0).then(|| {
        let noun = if total == 1 { "fact" } else { "facts" };
        (format!("{total} {noun}"), digest.describe())
    })
}
