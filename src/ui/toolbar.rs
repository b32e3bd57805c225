//! The top bar: opening files, options, navigation and view settings, each a [`Command`]; and
//! the message banner.

use egui::Ui;

use crate::app::App;
use crate::command::Command;

/// A button that issues `command`, with its tooltip and shortcut.
fn button(ui: &mut Ui, command: Command, commands: &mut Vec<Command>) {
    let hint = command.hint(ui.ctx());
    if ui.button(command.label()).on_hover_text(hint).clicked() {
        commands.push(command);
    }
}

/// A checkbox showing `value` that issues `command` when flipped.
fn toggle(ui: &mut Ui, value: bool, command: Command, commands: &mut Vec<Command>) {
    let mut shown = value;
    let hint = command.hint(ui.ctx());
    if ui
        .checkbox(&mut shown, command.label())
        .on_hover_text(hint)
        .changed()
    {
        commands.push(command);
    }
}

/// Draws the toolbar.
pub fn toolbar_ui(app: &mut App, ui: &mut Ui) {
    let commands = &mut app.commands;
    ui.horizontal_wrapped(|ui| {
        button(ui, Command::OpenOriginal, commands);
        button(ui, Command::OpenRevised, commands);
        button(ui, Command::OpenBoth, commands);
        button(ui, Command::SwapSides, commands);
        button(ui, Command::Reload, commands);
        ui.separator();
        button(ui, Command::PreviousChange, commands);
        button(ui, Command::NextChange, commands);
        toggle(ui, app.state.sync, Command::ToggleSync, commands);
        button(ui, Command::Find, commands);
        ui.separator();
        button(ui, Command::Accept, commands);
        button(ui, Command::Flag, commands);
        button(ui, Command::EditNote, commands);
        button(ui, Command::NextUnreviewed, commands);
        toggle(ui, app.sessions.open, Command::ToggleSessions, commands);
        ui.separator();
        toggle(
            ui,
            app.options.ignore_case,
            Command::ToggleIgnoreCase,
            commands,
        );
        toggle(
            ui,
            app.options.ignore_punctuation,
            Command::ToggleIgnorePunctuation,
            commands,
        );
        toggle(
            ui,
            app.options.plain_typography,
            Command::TogglePlainTypography,
            commands,
        );
        let mut threshold = app.options.threshold;
        let slider = egui::Slider::new(&mut threshold, 0.1..=0.9)
            .step_by(0.05)
            .text("pairing");
        let response = ui
            .add(slider)
            .on_hover_text(Command::SetThreshold(0.0).tooltip());
        // Recompute when the drag ends (or on a click or typed value), not on every pixel.
        if response.drag_stopped() || (response.changed() && !response.dragged()) {
            commands.push(Command::SetThreshold(threshold));
        }
        ui.separator();
        toggle(ui, app.state.dark, Command::ToggleTheme, commands);
        button(ui, Command::ZoomOut, commands);
        ui.label(format!("{:.0}%", app.state.zoom * 100.0));
        button(ui, Command::ZoomIn, commands);
    });
}

/// Draws the message banner with its close button (and a reload button when sources changed).
pub fn banner_ui(ui: &mut Ui, message: &str, reload: bool, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(message).strong());
        if reload {
            button(ui, Command::ReloadChangedSources, commands);
        }
        if ui
            .button("Dismiss")
            .on_hover_text(Command::Dismiss.hint(ui.ctx()))
            .clicked()
        {
            commands.push(Command::Dismiss);
        }
    });
}
