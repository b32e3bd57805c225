//! The find bar (Ctrl+F): the text to find, previous / next, and how many matches.

use egui::{Key, Ui};

use super::note::focus_when_asked;
use super::toolbar::{command_button, dismiss_button};
use crate::command::Command;
use crate::viewer::Action;
use crate::viewer::find::Find;

/// Draws the find bar.
pub fn find_bar_ui(ui: &mut Ui, find: &Find) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.horizontal(|ui| {
        let label = ui.label("Find:");
        let mut query = find.query.clone();
        let response = ui
            .add(egui::TextEdit::singleline(&mut query).desired_width(260.0))
            .labelled_by(label.id);
        focus_when_asked(ui, &response, find.focus_requests);
        if query != find.query {
            actions.push(Action::SetFindQuery(query));
        }
        if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            actions.push(Action::Command(Command::FindNext));
            response.request_focus();
        }
        for command in [Command::FindPrevious, Command::FindNext] {
            actions.extend(command_button(ui, command));
        }
        ui.label(find.status());
        actions.extend(dismiss_button(ui, "Close"));
    });
    actions
}
