//! The menu bar: every command of the table under its menu, with its shortcut; settings show
//! as check boxes, and the Edit menu also holds the pairing threshold.

use egui::Ui;

use crate::command::{Command, Menu};
use crate::viewer::{Action, Viewer};

/// Whether `command` begins a new group in its menu (a separator goes above it).
fn starts_group(command: Command) -> bool {
    matches!(
        command,
        Command::Reload
            | Command::ToggleSessions
            | Command::Quit
            | Command::PasteOriginal
            | Command::SwapSides
            | Command::ToggleIgnoreCase
            | Command::Dismiss
            | Command::ToggleSync
            | Command::ZoomIn
            | Command::NextUnreviewed
    )
}

/// The on/off state a setting command shows.
pub fn setting(command: Command, viewer: &Viewer) -> bool {
    let options = viewer.options();
    match command {
        Command::ToggleIgnoreCase => options.ignore_case,
        Command::ToggleIgnorePunctuation => options.ignore_punctuation,
        Command::TogglePlainTypography => options.plain_typography,
        Command::ToggleIgnoreFurniture => crate::viewer::ignores_furniture(options),
        Command::ToggleSync => viewer.view().sync,
        Command::ToggleTheme => viewer.view().dark,
        Command::ToggleSessions => viewer.sessions().open,
        Command::ToggleFacts => viewer.facts().open,
        Command::ToggleFactsOnly => viewer.facts().only,
        Command::ToggleSentenceHistory => viewer.sentence_history_open(),
        _ => false,
    }
}

/// Draws the menu bar.
pub fn menu_bar_ui(ui: &mut Ui, viewer: &Viewer) -> Vec<Action> {
    let mut actions = Vec::new();
    egui::MenuBar::new().ui(ui, |ui| {
        for menu in Menu::ALL {
            ui.menu_button(menu.title(), |ui| {
                for command in Command::ALL.into_iter().filter(|c| c.menu() == menu) {
                    if starts_group(command) {
                        ui.separator();
                    }
                    if entry_ui(ui, command, viewer) {
                        actions.push(Action::Command(command));
                        ui.close();
                    }
                }
                if menu == Menu::Edit {
                    actions.extend(threshold_ui(ui, viewer.options().threshold));
                }
            });
        }
    });
    actions
}

/// One menu entry; returns whether it was chosen.
fn entry_ui(ui: &mut Ui, command: Command, viewer: &Viewer) -> bool {
    let mut button = if command.is_toggle() {
        egui::Button::selectable(setting(command, viewer), command.label())
    } else {
        egui::Button::new(command.label())
    };
    if let Some(shortcut) = command.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    ui.add(button).on_hover_text(command.tooltip()).clicked()
}

/// The pairing threshold slider; the comparison is redone when a drag ends, not on every pixel.
pub fn threshold_ui(ui: &mut Ui, threshold: f32) -> Option<Action> {
    let mut value = threshold;
    let slider = egui::Slider::new(&mut value, 0.1..=0.9)
        .step_by(0.05)
        .text("Pairing threshold");
    let response = ui
        .add(slider)
        .on_hover_text("How alike two different sentences must be to be paired as reworded");
    let done = response.drag_stopped() || (response.changed() && !response.dragged());
    (done && (value - threshold).abs() > f32::EPSILON).then_some(Action::SetThreshold(value))
}
