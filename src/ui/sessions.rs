//! The sessions panel: saved reviews, most recent first, with their files and progress; open,
//! rename, delete (confirmed), and sharing a review as a file.

use egui::Ui;

use crate::app::App;
use crate::command::Command;
use crate::session::{Store, Summary, now};

/// The panel's state.
#[derive(Debug, Default)]
pub struct SessionsPanel {
    /// Whether it is shown.
    pub open: bool,
    /// The sessions listed.
    pub list: Vec<Summary>,
    /// The session being renamed, with the new name typed so far.
    pub renaming: Option<(String, String)>,
    /// The session whose deletion waits for confirmation.
    pub confirm_delete: Option<String>,
}

impl SessionsPanel {
    /// Shows or hides the panel (reading the list when shown).
    pub fn toggle(&mut self, store: Option<&Store>) {
        self.open = !self.open;
        if self.open {
            self.refresh(store);
        }
    }

    /// Reads the list again.
    pub fn refresh(&mut self, store: Option<&Store>) {
        self.list = store.map(|s| s.list().0).unwrap_or_default();
    }
}

/// "3 minutes ago" and the like.
fn ago(then: u64) -> String {
    let seconds = now().saturating_sub(then);
    match seconds {
        0..=59 => "just now".into(),
        60..=3599 => format!("{} min ago", seconds / 60),
        3600..=86_399 => format!("{} h ago", seconds / 3600),
        _ => format!("{} days ago", seconds / 86_400),
    }
}

/// Draws the panel.
pub fn sessions_ui(app: &mut App, ui: &mut Ui) {
    ui.heading("Review sessions");
    if app.store.is_none() {
        ui.label("Sessions are not being saved on this system.");
    }
    ui.horizontal_wrapped(|ui| {
        for command in [
            Command::SaveSessionAs,
            Command::OpenSessionFile,
            Command::ExportHtml,
        ] {
            let hint = command.hint(ui.ctx());
            if ui.button(command.label()).on_hover_text(hint).clicked() {
                app.commands.push(command);
            }
        }
    });
    ui.separator();
    let current = app.session.id.clone();
    let panel = &mut app.sessions;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for summary in &panel.list {
            ui.group(|ui| {
                ui.set_width(ui.available_width());
                let mut title = egui::RichText::new(&summary.name).strong();
                if summary.id == current {
                    title = title.underline();
                }
                ui.label(title);
                ui.label(format!("{} — {}", summary.left, summary.right));
                let (reviewed, total) = summary.progress;
                ui.weak(format!(
                    "{reviewed} / {total} changes reviewed · {}",
                    ago(summary.updated)
                ));
                match &mut panel.renaming {
                    Some((id, name)) if *id == summary.id => {
                        ui.horizontal(|ui| {
                            let label = ui.label("Name:");
                            ui.text_edit_singleline(name).labelled_by(label.id);
                            if ui.button("Save").clicked() {
                                app.commands
                                    .push(Command::RenameSession(id.clone(), name.clone()));
                            }
                        });
                    }
                    _ => {
                        ui.horizontal(|ui| {
                            if summary.id != current && ui.button("Open").clicked() {
                                app.commands.push(Command::OpenSession(summary.id.clone()));
                            }
                            if ui.button("Rename").clicked() {
                                panel.renaming = Some((summary.id.clone(), summary.name.clone()));
                            }
                            if panel.confirm_delete.as_deref() == Some(summary.id.as_str()) {
                                if ui.button("Really delete").clicked() {
                                    app.commands
                                        .push(Command::DeleteSession(summary.id.clone()));
                                    panel.confirm_delete = None;
                                }
                                if ui.button("Keep").clicked() {
                                    panel.confirm_delete = None;
                                }
                            } else if ui.button("Delete").clicked() {
                                panel.confirm_delete = Some(summary.id.clone());
                            }
                        });
                    }
                }
            });
        }
    });
    if app
        .commands
        .iter()
        .any(|c| matches!(c, Command::RenameSession(..)))
    {
        app.sessions.renaming = None;
    }
}
