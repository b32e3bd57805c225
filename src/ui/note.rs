//! The note field: a reviewer's note on the current change (N), saved with the session.

use egui::{Key, Ui};

use crate::app::App;
use crate::command::Command;

/// The note being edited.
#[derive(Debug)]
pub struct NoteField {
    /// The row it belongs to.
    pub row: usize,
    /// Its text.
    pub text: String,
    focus: bool,
}

impl NoteField {
    /// A field on `row` starting with `text`.
    pub fn new(row: usize, text: String) -> NoteField {
        NoteField {
            row,
            text,
            focus: true,
        }
    }
}

/// Draws the note field; Enter or "Save note" keeps it, Escape closes it.
pub fn note_ui(app: &mut App, ui: &mut Ui) {
    let Some(field) = app.note.as_mut() else {
        return;
    };
    let mut save = false;
    ui.horizontal(|ui| {
        let label = ui.label("Note on this change:");
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut field.text)
                    .desired_width(ui.available_width() - 200.0),
            )
            .labelled_by(label.id);
        if std::mem::take(&mut field.focus) {
            response.request_focus();
        }
        save |= response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        save |= ui.button("Save note").clicked();
        if ui
            .button("Cancel")
            .on_hover_text(Command::Dismiss.hint(ui.ctx()))
            .clicked()
        {
            app.commands.push(Command::Dismiss);
        }
    });
    if save {
        let (row, text) = (field.row, field.text.trim().to_string());
        app.note = None;
        app.set_note(row, &text);
    }
}
