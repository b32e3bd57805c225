//! The in-app path field (Ctrl+L, or when no file dialog can be shown): type a path, with
//! completion from the folder's entries, and open it as the original or the revision.

use std::path::{Path, PathBuf};

use egui::{Key, Ui};

use crate::app::App;
use crate::command::Command;
use crate::compare::Side;

/// At most this many completions are offered.
const MAX_COMPLETIONS: usize = 8;

/// The path field's state.
#[derive(Debug, Default)]
pub struct PathField {
    /// The text typed.
    pub text: String,
    /// Where a single file goes (`None`: ask with two buttons).
    pub target: Option<Side>,
    /// Why the field is shown, if not asked for.
    pub note: Option<String>,
    focus: bool,
    cursor_to_end: bool,
}

impl PathField {
    /// A field for `target`.
    pub fn new(target: Option<Side>) -> PathField {
        // Empty, so that typing an absolute path is not appended to a suggestion; relative
        // paths are taken from the current folder (shown as the hint).
        PathField {
            text: String::new(),
            target,
            note: None,
            focus: true,
            cursor_to_end: false,
        }
    }

    /// A field shown because a dialog could not be.
    pub fn with_note(target: Option<Side>, note: &str) -> PathField {
        PathField {
            note: Some(note.to_string()),
            ..PathField::new(target)
        }
    }
}

/// The entries of the typed path's folder that start with its last part, as full paths
/// (folders end with a separator).
pub fn completions(text: &str) -> Vec<String> {
    let (dir, prefix) = match text.rfind('/') {
        Some(i) => (&text[..=i], &text[i + 1..]),
        None => ("./", text),
    };
    let Ok(entries) = std::fs::read_dir(Path::new(dir)) else {
        return Vec::new();
    };
    let mut out: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            if !name.starts_with(prefix) || (name.starts_with('.') && !prefix.starts_with('.')) {
                return None;
            }
            let folder = e.file_type().is_ok_and(|t| t.is_dir());
            let base = if text.contains('/') { dir } else { "" };
            Some(format!("{base}{name}{}", if folder { "/" } else { "" }))
        })
        .collect();
    out.sort();
    out.truncate(MAX_COMPLETIONS);
    out
}

/// Puts the text cursor of field `id` after its last character (after a completion).
fn cursor_to_end(ctx: &egui::Context, id: egui::Id, text: &str) {
    if let Some(mut state) = egui::text_edit::TextEditState::load(ctx, id) {
        let end = egui::text::CCursor::new(text.chars().count());
        state
            .cursor
            .set_char_range(Some(egui::text::CCursorRange::one(end)));
        state.store(ctx, id);
    }
}

/// The longest common beginning of `options` (what Tab completes to).
fn common_prefix(options: &[String]) -> Option<String> {
    let first = options.first()?;
    let mut end = first.len();
    for other in &options[1..] {
        end = first
            .bytes()
            .zip(other.bytes())
            .take(end)
            .take_while(|(a, b)| a == b)
            .count();
    }
    while !first.is_char_boundary(end) {
        end -= 1;
    }
    Some(first[..end].to_string())
}

/// Draws the path field.
pub fn path_field_ui(app: &mut App, ui: &mut Ui) {
    let Some(field) = app.path_field.as_mut() else {
        return;
    };
    let mut open: Option<Option<Side>> = None;
    if let Some(note) = &field.note {
        ui.label(note.as_str());
    }
    ui.horizontal(|ui| {
        let label = ui.label("Path:");
        let hint = std::env::current_dir()
            .map_or_else(|_| "a path".into(), |d| format!("{}/…", d.display()));
        let edit = egui::TextEdit::singleline(&mut field.text)
            .hint_text(hint)
            .desired_width(ui.available_width() - 330.0)
            .lock_focus(true);
        let response = ui.add(edit).labelled_by(label.id);
        if std::mem::take(&mut field.focus) {
            response.request_focus();
        }
        if std::mem::take(&mut field.cursor_to_end) {
            cursor_to_end(ui.ctx(), response.id, &field.text);
        }
        if response.has_focus()
            && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Tab))
            && let Some(prefix) = common_prefix(&completions(&field.text))
            && prefix.len() > field.text.len()
        {
            field.text = prefix;
            cursor_to_end(ui.ctx(), response.id, &field.text);
        }
        if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            open = Some(field.target);
        }
        for side in [Side::Left, Side::Right] {
            let label = format!("Open as {}", side.role());
            // Enter opens as the field's target (the revision unless asked otherwise).
            let default = field.target.unwrap_or(Side::Right) == side;
            let button = if default {
                egui::Button::new(egui::RichText::new(label).strong())
            } else {
                egui::Button::new(label)
            };
            if ui.add(button).clicked() {
                open = Some(Some(side));
            }
        }
        if ui.button("Cancel").clicked() {
            app.commands.push(Command::Dismiss);
        }
    });
    let options = completions(&field.text);
    if !options.is_empty() && !Path::new(&field.text).is_file() {
        ui.horizontal_wrapped(|ui| {
            ui.weak("Tab completes:");
            for option in options {
                let name = option
                    .trim_end_matches('/')
                    .rsplit('/')
                    .next()
                    .unwrap_or(&option)
                    .to_string();
                let shown = if option.ends_with('/') {
                    format!("{name}/")
                } else {
                    name
                };
                if ui.small_button(shown).on_hover_text(&option).clicked() {
                    field.text = option;
                    field.focus = true;
                    field.cursor_to_end = true;
                }
            }
        });
    }
    if let Some(side) = open {
        let path = PathBuf::from(field.text.trim());
        app.commands.push(Command::LoadFiles(
            vec![path],
            Some(side.unwrap_or(Side::Right)),
        ));
        app.path_field = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completes_from_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("draft-1.txt"), "a").unwrap();
        std::fs::write(dir.path().join("draft-2.txt"), "b").unwrap();
        std::fs::create_dir(dir.path().join("drafts")).unwrap();
        let base = format!("{}/", dir.path().display());
        let found = completions(&format!("{base}dra"));
        assert_eq!(
            found,
            vec![
                format!("{base}draft-1.txt"),
                format!("{base}draft-2.txt"),
                format!("{base}drafts/")
            ]
        );
        assert_eq!(common_prefix(&found), Some(format!("{base}draft")));
        assert!(completions(&format!("{base}zzz")).is_empty());
    }
}
