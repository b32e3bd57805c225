//! The help windows: every keyboard shortcut (read from the command table), and about Redline.

use crate::command::{Command, Menu};
use crate::viewer::{Action, Help};

/// Draws the open help window; returns an action when it is closed.
pub fn help_ui(ctx: &egui::Context, which: Help) -> Option<Action> {
    let mut open = true;
    let title = match which {
        Help::Shortcuts => "Keyboard shortcuts",
        Help::About => "About Redline",
    };
    egui::Window::new(title)
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| match which {
            Help::Shortcuts => {
                egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                    for menu in Menu::ALL {
                        for command in Command::ALL.iter().filter(|c| c.menu() == menu) {
                            let keys: Vec<String> = command
                                .shortcuts()
                                .iter()
                                .map(|s| ctx.format_shortcut(s))
                                .collect();
                            if keys.is_empty() {
                                continue;
                            }
                            ui.label(command.label());
                            ui.label(keys.join("  or  "));
                            ui.end_row();
                        }
                    }
                });
            }
            Help::About => {
                ui.label(format!("Redline {}", env!("CARGO_PKG_VERSION")));
                ui.label(
                    "Shows how an article changed between two versions, sentence by sentence.",
                );
            }
        });
    (!open).then_some(Action::CloseHelp)
}
