//! The toolbar: one compact row for navigation and review. Files, options and sessions are in
//! the menus, so the row never wraps, down to a 900-pixel-wide window.

use egui::Ui;

use crate::command::Command;
use crate::viewer::{Action, Viewer};

/// A button that issues `command`, with its tooltip and shortcut.
pub fn command_button(ui: &mut Ui, command: Command) -> Option<Action> {
    let hint = command.hint(ui.ctx());
    ui.button(command.label())
        .on_hover_text(hint)
        .clicked()
        .then_some(Action::Command(command))
}

/// A button that closes what it stands in (Escape does the same), labelled `label`.
pub fn dismiss_button(ui: &mut Ui, label: &str) -> Option<Action> {
    let hint = Command::Dismiss.hint(ui.ctx());
    ui.button(label)
        .on_hover_text(hint)
        .clicked()
        .then_some(Action::Command(Command::Dismiss))
}

/// A narrow button showing `text` that issues `command` (its label is the tooltip, and the
/// accessible name).
fn small_button(ui: &mut Ui, text: &str, command: Command) -> Option<Action> {
    let hint = format!("{}: {}", command.label(), command.hint(ui.ctx()));
    let response = ui.button(text).on_hover_text(hint);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, command.label()));
    response.clicked().then_some(Action::Command(command))
}

/// Draws the toolbar.
pub fn toolbar_ui(ui: &mut Ui, viewer: &Viewer) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.horizontal(|ui| {
        for command in [Command::PreviousChange, Command::NextChange] {
            actions.extend(command_button(ui, command));
        }
        let mut sync = viewer.view().sync;
        let hint = Command::ToggleSync.hint(ui.ctx());
        if ui
            .checkbox(&mut sync, "Linked")
            .on_hover_text(hint)
            .changed()
        {
            actions.push(Action::Command(Command::ToggleSync));
        }
        actions.extend(command_button(ui, Command::Find));
        ui.separator();
        for command in [
            Command::Accept,
            Command::Flag,
            Command::EditNote,
            Command::NextUnreviewed,
        ] {
            actions.extend(command_button(ui, command));
        }
        ui.separator();
        let zoom = viewer.view().zoom;
        actions.extend(small_button(ui, "−", Command::ZoomOut));
        ui.label(format!("{:.0}%", zoom * 100.0))
            .on_hover_text("Text size");
        actions.extend(small_button(ui, "+", Command::ZoomIn));
    });
    actions
}
