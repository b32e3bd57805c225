//! The message bar: the one message (an error, a success or a note), with Dismiss, and a
//! reload button when the sources changed on disk.

use egui::Ui;

use super::toolbar::{command_button, dismiss_button};
use crate::command::Command;
use crate::viewer::{Action, Message, Tone};

/// Draws the message.
pub fn message_ui(ui: &mut Ui, message: &Message, reload: bool) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.horizontal_wrapped(|ui| {
        // The tone shows in the bar's colour, and errors are set in bold.
        let text = egui::RichText::new(&message.text);
        ui.label(if message.tone == Tone::Error {
            text.strong()
        } else {
            text
        });
        if reload {
            actions.extend(command_button(ui, Command::ReloadChangedSources));
        }
        actions.extend(dismiss_button(ui, "Dismiss"));
    });
    actions
}
