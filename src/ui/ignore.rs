//! The "Ignore sentences matching…" window: the ignore list's regular expressions, one per
//! row with a button to remove it, a field to add one (an invalid one is refused with the
//! reason under the field), and the newsroom presets as one check box.

use egui::{Key, RichText};

use super::note::focus_when_asked;
use crate::command::Command;
use crate::compare::{Options, filter};
use crate::viewer::ignore::listed_patterns;
use crate::viewer::{Action, IgnoreEditor, ignores_furniture};

/// The window's title.
pub const TITLE: &str = "Ignore sentences";

/// Draws the window; returns what the user did in it.
pub fn ignore_ui(ctx: &egui::Context, editor: &IgnoreEditor, options: &Options) -> Vec<Action> {
    let mut actions = Vec::new();
    let mut open = true;
    egui::Window::new(TITLE)
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_width(460.0)
        .show(ctx, |ui| {
            ui.label(
                "Sentences matching any of these regular expressions are shown dimmed and \
                 never count as changes.",
            );
            ui.add_space(4.0);
            let mut presets = ignores_furniture(options);
            let examples: Vec<String> = filter::PRESETS
                .iter()
                .map(|(name, example, _)| format!("{name}: {example}"))
                .collect();
            if ui
                .checkbox(&mut presets, "Newsroom furniture")
                .on_hover_text(examples.join("\n"))
                .clicked()
            {
                actions.push(Action::Command(Command::ToggleIgnoreFurniture));
            }
            let patterns = listed_patterns(options);
            if patterns.is_empty() {
                ui.weak("No patterns of your own yet.");
            }
            egui::Grid::new("ignore-patterns")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for pattern in patterns {
                        ui.label(RichText::new(pattern).monospace());
                        if ui
                            .button("Remove")
                            .on_hover_text(format!("Count sentences matching {pattern} again"))
                            .clicked()
                        {
                            actions.push(Action::RemoveIgnorePattern(pattern.to_string()));
                        }
                        ui.end_row();
                    }
                });
            ui.separator();
            actions.extend(add_row_ui(ui, editor));
        });
    if !open {
        actions.push(Action::CloseIgnoreEditor);
    }
    actions
}

/// The field for a new pattern with its Add button, and the reason the last one was refused.
fn add_row_ui(ui: &mut egui::Ui, editor: &IgnoreEditor) -> Vec<Action> {
    let mut actions = Vec::new();
    let mut text = editor.text.clone();
    ui.horizontal(|ui| {
        let label = ui.label("Pattern:");
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .hint_text("^Watch the video")
                    .desired_width(300.0),
            )
            .labelled_by(label.id)
            .on_hover_text("A regular expression searched in each sentence; ^ and $ anchor it");
        focus_when_asked(ui, &response, editor.focus_requests);
        if text != editor.text {
            actions.push(Action::SetIgnoreText(text.clone()));
        }
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if ui.button("Add").clicked() || enter {
            actions.push(Action::AddIgnorePattern);
        }
    });
    if let Some(error) = &editor.error {
        ui.colored_label(ui.visuals().error_fg_color, error.as_str());
    }
    actions
}
