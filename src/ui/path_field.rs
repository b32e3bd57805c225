//! The in-app path field (Ctrl+L, or where no file dialog can be shown): type a path, with
//! completion from the folder's entries, to open a file or to choose where to save.

use egui::{Key, Ui};

use super::note::focus_when_asked;
use super::toolbar::dismiss_button;
use crate::compare::Side;
use crate::viewer::completion::common_prefix;
use crate::viewer::{Action, PathField, PathPurpose};

/// Puts the text cursor of field `id` after its last character (after a completion).
fn cursor_to_end(ctx: &egui::Context, id: egui::Id, text: &str) {
    if let Some(mut state) = egui::text_edit::TextEditState::load(ctx, id) {
        let end = egui::text::CCursor::new(text.chars().count());
        state
            .cursor
            .set_char_range(Some(egui::text::CCursorRange::one(end)));
        state.store(ctx, id);
    }
}

/// Draws the path field.
pub fn path_field_ui(ui: &mut Ui, field: &PathField) -> Vec<Action> {
    let mut actions = Vec::new();
    let mut text = field.text.clone();
    if let Some(note) = &field.note {
        ui.label(note.as_str());
    }
    let edit_id = ui
        .horizontal(|ui| {
            let label = ui.label("Path:");
            let hint = std::env::current_dir()
                .map_or_else(|_| "a path".into(), |d| format!("{}/…", d.display()));
            let edit = egui::TextEdit::singleline(&mut text)
                .hint_text(hint)
                .desired_width((ui.available_width() - 330.0).max(160.0))
                .lock_focus(true);
            let response = ui.add(edit).labelled_by(label.id);
            focus_when_asked(ui, &response, field.focus_requests);
            if response.has_focus()
                && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Tab))
                && let Some(prefix) = common_prefix(&field.completions)
                && prefix.len() > text.len()
            {
                text = prefix;
                cursor_to_end(ui.ctx(), response.id, &text);
            }
            if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                actions.push(Action::SubmitPath(None));
            }
            match field.purpose {
                PathPurpose::Open(target) => {
                    for side in [Side::Left, Side::Right] {
                        let label = format!("Open as {}", side.role());
                        // Enter opens as the field's target (the revision unless asked otherwise).
                        let default = target.unwrap_or(Side::Right) == side;
                        let text = if default {
                            egui::RichText::new(label).strong()
                        } else {
                            egui::RichText::new(label)
                        };
                        if ui.button(text).clicked() {
                            actions.push(Action::SubmitPath(Some(side)));
                        }
                    }
                }
                PathPurpose::ExportHtml | PathPurpose::SaveSession | PathPurpose::OpenSession => {
                    let verb = if field.purpose == PathPurpose::OpenSession {
                        "Open"
                    } else {
                        "Save"
                    };
                    if ui.button(egui::RichText::new(verb).strong()).clicked() {
                        actions.push(Action::SubmitPath(None));
                    }
                }
            }
            actions.extend(dismiss_button(ui, "Cancel"));
            // A completion chosen below puts the cursor at the end of the new text.
            if ui
                .ctx()
                .data_mut(|d| d.remove_temp::<bool>(response.id.with("to-end")))
                == Some(true)
            {
                cursor_to_end(ui.ctx(), response.id, &text);
            }
            response.id
        })
        .inner;
    let options = field.completions.clone();
    if !options.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.weak("Tab completes:");
            for option in options {
                let name = option
                    .trim_end_matches('/')
                    .rsplit('/')
                    .next()
                    .unwrap_or(&option)
                    .to_string();
                let shown = if option.ends_with('/') {
                    format!("{name}/")
                } else {
                    name
                };
                if ui.small_button(shown).on_hover_text(&option).clicked() {
                    text = option;
                    ui.ctx().memory_mut(|m| m.request_focus(edit_id));
                    ui.ctx()
                        .data_mut(|d| d.insert_temp(edit_id.with("to-end"), true));
                }
            }
        });
    }
    if text != field.text {
        // Actions apply in order: the new text first, then a submit from this frame.
        actions.insert(0, Action::SetPathText(text));
    }
    actions
}
