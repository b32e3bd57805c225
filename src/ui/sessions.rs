//! The sessions panel: saved reviews, most recent first, with their files and progress; open,
//! rename, delete (confirmed), and sharing a review as a file.

use egui::Ui;

use super::toolbar::command_button;
use crate::command::Command;
use crate::session::{SessionId, now};
use crate::viewer::{Action, SessionsList};

/// What only the panel needs: the name being typed, the deletion waiting for confirmation.
#[derive(Debug, Default)]
pub struct SessionsUi {
    /// The session being renamed, with the new name typed so far.
    pub renaming: Option<(SessionId, String)>,
    /// The session whose deletion waits for confirmation.
    pub confirm_delete: Option<SessionId>,
    /// The name field was just shown and takes the keyboard focus.
    focus_name: bool,
}

/// "3 min ago" and the like.
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
pub fn sessions_ui(
    ui: &mut Ui,
    sessions: &SessionsList,
    current: &SessionId,
    saving: bool,
    state: &mut SessionsUi,
) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.heading("Review sessions");
    if !saving {
        ui.label("Sessions are not being saved on this system.");
    }
    ui.horizontal_wrapped(|ui| {
        for command in [
            Command::SaveSessionAs,
            Command::OpenSessionFile,
            Command::ExportHtml,
        ] {
            actions.extend(command_button(ui, command));
        }
    });
    ui.separator();
    egui::ScrollArea::vertical().show(ui, |ui| {
        for summary in &sessions.list {
            ui.group(|ui| {
                ui.set_width(ui.available_width());
                let mut title = egui::RichText::new(&summary.name).strong();
                if summary.id == *current {
                    title = title.underline();
                }
                ui.label(title);
                if summary.versions > 2 {
                    ui.label(format!(
                        "{} … {} ({} versions)",
                        summary.left, summary.right, summary.versions
                    ));
                } else {
                    ui.label(format!("{} — {}", summary.left, summary.right));
                }
                let (reviewed, total) = summary.progress;
                ui.weak(format!(
                    "{reviewed} / {total} changes reviewed · {}",
                    ago(summary.updated)
                ));
                match &mut state.renaming {
                    Some((id, name)) if *id == summary.id => {
                        let mut done = false;
                        let focus = std::mem::take(&mut state.focus_name);
                        ui.horizontal(|ui| {
                            let label = ui.label("Name:");
                            let field = ui.text_edit_singleline(name).labelled_by(label.id);
                            if focus {
                                field.request_focus();
                            }
                            let enter =
                                field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                            if ui.button("Save").clicked() || enter {
                                actions.push(Action::RenameSession(id.clone(), name.clone()));
                                done = true;
                            }
                        });
                        if done {
                            state.renaming = None;
                        }
                    }
                    _ => entry_buttons_ui(ui, summary, current, state, &mut actions),
                }
            });
        }
    });
    actions
}

fn entry_buttons_ui(
    ui: &mut Ui,
    summary: &crate::session::Summary,
    current: &SessionId,
    state: &mut SessionsUi,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        if summary.id != *current && ui.button("Open").clicked() {
            actions.push(Action::OpenSession(summary.id.clone()));
        }
        if ui.button("Rename").clicked() {
            state.renaming = Some((summary.id.clone(), summary.name.clone()));
            state.focus_name = true;
        }
        if state.confirm_delete.as_ref() == Some(&summary.id) {
            if ui.button("Really delete").clicked() {
                actions.push(Action::DeleteSession(summary.id.clone()));
                state.confirm_delete = None;
            }
            if ui.button("Keep").clicked() {
                state.confirm_delete = None;
            }
        } else if ui.button("Delete").clicked() {
            state.confirm_delete = Some(summary.id.clone());
        }
    });
}
