//! The note field: a reviewer's note on the current change (N), kept with the session.

use egui::{Key, Ui};

use super::toolbar::dismiss_button;
use crate::viewer::{Action, NoteField};

/// Draws the note field; Enter or "Save note" keeps it, Escape closes it.
pub fn note_ui(ui: &mut Ui, field: &NoteField) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.horizontal(|ui| {
        let label = ui.label("Note on this change:");
        let mut text = field.text.clone();
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .desired_width((ui.available_width() - 200.0).max(120.0)),
            )
            .labelled_by(label.id);
        focus_when_asked(ui, &response, field.focus_requests);
        if text != field.text {
            actions.push(Action::SetNoteText(text));
        }
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if ui.button("Save note").clicked() || enter {
            actions.push(Action::SaveNote);
        }
        actions.extend(dismiss_button(ui, "Cancel"));
    });
    actions
}

/// Gives `response` the keyboard focus once for each new request (a counter kept in the
/// model; the last one served, and the frame the field was last drawn in, are remembered in
/// egui's memory under the widget's id). A field that was not drawn in the previous frame is
/// a new one (the path field opened again): its counter starts again, so it takes the focus.
pub fn focus_when_asked(ui: &Ui, response: &egui::Response, requests: u64) {
    let id = response.id.with("focus-served");
    let frame = ui.ctx().cumulative_frame_nr();
    let (served, drawn) = ui
        .ctx()
        .data(|d| d.get_temp::<(u64, u64)>(id))
        .unwrap_or((0, 0));
    let served = if frame > drawn + 1 { 0 } else { served };
    if requests > served {
        response.request_focus();
    }
    ui.ctx()
        .data_mut(|d| d.insert_temp(id, (served.max(requests), frame)));
}
