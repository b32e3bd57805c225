//! Every user action as one [`Command`], with its label, tooltip and keyboard shortcuts. The
//! toolbar, the keyboard and the menus only produce commands; the app applies them in one
//! place at the end of the frame.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::compare::Side;

/// An action the user can take.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Pick the original with a file dialog.
    OpenOriginal,
    /// Pick the revision with a file dialog.
    OpenRevised,
    /// Pick both files with one file dialog.
    OpenBoth,
    /// Type a path instead of using a dialog.
    OpenPath,
    /// Load files: one into the given side, or two (older on the left) when `side` is `None`.
    LoadFiles(Vec<PathBuf>, Option<Side>),
    /// Exchange original and revision.
    SwapSides,
    /// Read both files again from disk.
    Reload,
    /// Compare with or without case.
    ToggleIgnoreCase,
    /// Compare with or without punctuation.
    ToggleIgnorePunctuation,
    /// Treat typographic quotes and dashes as plain ones, or not.
    TogglePlainTypography,
    /// Set the pairing threshold.
    SetThreshold(f32),
    /// Go to the next change.
    NextChange,
    /// Go to the previous change.
    PreviousChange,
    /// Go to the change of this row (clicked in the overview or a pane).
    GoToRow(usize),
    /// Link or unlink the two panes' scrolling.
    ToggleSync,
    /// Switch between light and dark.
    ToggleTheme,
    /// Larger text.
    ZoomIn,
    /// Smaller text.
    ZoomOut,
    /// Text at its normal size.
    ZoomReset,
    /// Open the find bar.
    Find,
    /// Next match of the find bar.
    FindNext,
    /// Previous match of the find bar.
    FindPrevious,
    /// Close the find bar, the path field or the message banner.
    Dismiss,
    /// Mark the current change as checked.
    Accept,
    /// Mark the current change as needing attention.
    Flag,
    /// Write a note on the current change.
    EditNote,
    /// Go to the next change not yet reviewed.
    NextUnreviewed,
    /// Show or hide the list of saved sessions.
    ToggleSessions,
    /// Open a saved session by id.
    OpenSession(String),
    /// Rename a saved session.
    RenameSession(String, String),
    /// Delete a saved session.
    DeleteSession(String),
    /// Save the session to a file of the user's choosing.
    SaveSessionAs,
    /// Open a session file.
    OpenSessionFile,
    /// Export the comparison with review marks as an HTML report.
    ExportHtml,
    /// Reload source files that changed on disk since the session was saved.
    ReloadChangedSources,
}

const NONE: Modifiers = Modifiers::NONE;
const CTRL: Modifiers = Modifiers::COMMAND;
const SHIFT: Modifiers = Modifiers::SHIFT;
const ALT: Modifiers = Modifiers::ALT;

impl Command {
    /// The commands that have a keyboard shortcut, checked every frame.
    pub const WITH_SHORTCUTS: [Command; 20] = [
        Command::OpenBoth,
        Command::OpenPath,
        Command::Reload,
        Command::NextChange,
        Command::PreviousChange,
        Command::ToggleSync,
        Command::ToggleTheme,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ZoomReset,
        Command::Find,
        Command::FindNext,
        Command::FindPrevious,
        Command::Dismiss,
        Command::SwapSides,
        Command::Accept,
        Command::Flag,
        Command::EditNote,
        Command::NextUnreviewed,
        Command::ToggleSessions,
    ];

    /// The text on its button or menu entry.
    pub fn label(&self) -> &'static str {
        match self {
            Command::OpenOriginal => "Open original…",
            Command::OpenRevised => "Open revised…",
            Command::OpenBoth => "Open both…",
            Command::OpenPath => "Open path…",
            Command::LoadFiles(..) => "Open files",
            Command::SwapSides => "Swap sides",
            Command::Reload => "Reload",
            Command::ToggleIgnoreCase => "Ignore case",
            Command::ToggleIgnorePunctuation => "Ignore punctuation",
            Command::TogglePlainTypography => "Plain quotes and dashes",
            Command::SetThreshold(_) => "Pairing threshold",
            Command::NextChange => "Next change",
            Command::PreviousChange => "Previous change",
            Command::GoToRow(_) => "Go to change",
            Command::ToggleSync => "Linked scrolling",
            Command::ToggleTheme => "Dark theme",
            Command::ZoomIn => "Zoom in",
            Command::ZoomOut => "Zoom out",
            Command::ZoomReset => "Actual size",
            Command::Find => "Find…",
            Command::FindNext => "Find next",
            Command::FindPrevious => "Find previous",
            Command::Dismiss => "Close",
            Command::Accept => "Accept",
            Command::Flag => "Flag",
            Command::EditNote => "Note…",
            Command::NextUnreviewed => "Next unreviewed",
            Command::ToggleSessions => "Sessions",
            Command::OpenSession(_) => "Open",
            Command::RenameSession(..) => "Rename",
            Command::DeleteSession(_) => "Delete",
            Command::SaveSessionAs => "Save session as…",
            Command::OpenSessionFile => "Open session file…",
            Command::ExportHtml => "Export HTML…",
            Command::ReloadChangedSources => "Reload changed files",
        }
    }

    /// The explanation shown on hover.
    pub fn tooltip(&self) -> &'static str {
        match self {
            Command::OpenOriginal => "Choose the original version (shown on the left)",
            Command::OpenRevised => "Choose the revised version (shown on the right)",
            Command::OpenBoth => "Choose both versions at once; the older file goes on the left",
            Command::OpenPath => "Type the path of a file to open",
            Command::LoadFiles(..) => "Open these files",
            Command::SwapSides => "Exchange the original and the revision",
            Command::Reload => "Read both files again from disk",
            Command::ToggleIgnoreCase => "Treat upper and lower case as the same",
            Command::ToggleIgnorePunctuation => "Ignore punctuation and symbols",
            Command::TogglePlainTypography => {
                "Treat “curly” quotes, apostrophes and dashes as plain ones"
            }
            Command::SetThreshold(_) => {
                "How alike two different sentences must be to be paired as reworded"
            }
            Command::NextChange => "Go to the next change",
            Command::PreviousChange => "Go to the previous change",
            Command::GoToRow(_) => "Go to this change",
            Command::ToggleSync => "Scroll both panes together, aligned sentence by sentence",
            Command::ToggleTheme => "Switch between the light and the dark theme",
            Command::ZoomIn => "Make the text larger",
            Command::ZoomOut => "Make the text smaller",
            Command::ZoomReset => "Show the text at its normal size",
            Command::Find => "Find text in either version",
            Command::FindNext => "Go to the next match",
            Command::FindPrevious => "Go to the previous match",
            Command::Dismiss => "Close the find bar, path field or message",
            Command::Accept => "Mark the current change as checked (again to unmark)",
            Command::Flag => "Flag the current change for attention (again to unmark)",
            Command::EditNote => "Write a note on the current change",
            Command::NextUnreviewed => "Go to the next change not yet accepted or flagged",
            Command::ToggleSessions => "Show the saved review sessions",
            Command::OpenSession(_) => "Open this review session",
            Command::RenameSession(..) => "Rename this session",
            Command::DeleteSession(_) => "Delete this session",
            Command::SaveSessionAs => "Save this review as a file to share",
            Command::OpenSessionFile => "Open a review saved as a file",
            Command::ExportHtml => "Save the comparison with review marks and notes as a web page",
            Command::ReloadChangedSources => {
                "Read the changed files again; review marks follow their sentences"
            }
        }
    }

    /// Its keyboard shortcuts, the first one shown in tooltips.
    pub fn shortcuts(&self) -> &'static [KeyboardShortcut] {
        // Each list is a constant so that a `&'static` slice can be returned.
        macro_rules! keys {
            ($(($m:expr, $k:expr)),*) => {{
                const KEYS: &[KeyboardShortcut] = &[$(KeyboardShortcut::new($m, $k)),*];
                KEYS
            }};
        }
        match self {
            Command::OpenBoth => keys!((CTRL, Key::O)),
            Command::OpenPath => keys!((CTRL, Key::L)),
            Command::Reload => keys!((CTRL, Key::R), (NONE, Key::F5)),
            Command::NextChange => keys!((NONE, Key::F7), (ALT, Key::ArrowDown)),
            Command::PreviousChange => keys!((SHIFT, Key::F7), (ALT, Key::ArrowUp)),
            Command::ToggleSync => keys!((CTRL, Key::K)),
            Command::ToggleTheme => keys!((CTRL.plus(SHIFT), Key::T)),
            Command::ZoomIn => keys!((CTRL, Key::Plus), (CTRL, Key::Equals)),
            Command::ZoomOut => keys!((CTRL, Key::Minus)),
            Command::ZoomReset => keys!((CTRL, Key::Num0)),
            Command::Find => keys!((CTRL, Key::F)),
            Command::FindNext => keys!((NONE, Key::F3)),
            Command::FindPrevious => keys!((SHIFT, Key::F3)),
            Command::Dismiss => keys!((NONE, Key::Escape)),
            Command::SwapSides => keys!((CTRL.plus(SHIFT), Key::S)),
            Command::Accept => keys!((NONE, Key::A)),
            Command::Flag => keys!((NONE, Key::F)),
            Command::EditNote => keys!((NONE, Key::N)),
            Command::NextUnreviewed => keys!((NONE, Key::F8)),
            Command::ToggleSessions => keys!((CTRL.plus(SHIFT), Key::O)),
            _ => &[],
        }
    }

    /// The tooltip followed by the first shortcut, e.g. "Go to the next change (F7)".
    pub fn hint(&self, ctx: &egui::Context) -> String {
        match self.shortcuts().first() {
            Some(shortcut) => format!("{} ({})", self.tooltip(), ctx.format_shortcut(shortcut)),
            None => self.tooltip().to_string(),
        }
    }

    /// The commands whose shortcut was pressed this frame (consuming the key presses).
    pub fn from_keyboard(ctx: &egui::Context) -> Vec<Command> {
        // egui matches shortcuts "logically" (F7 also matches Shift+F7), so the shortcuts
        // with more modifiers are tried first.
        let mut all: Vec<(&KeyboardShortcut, Command)> = Command::WITH_SHORTCUTS
            .into_iter()
            .flat_map(|c| c.shortcuts().iter().map(move |s| (s, c.clone())))
            .collect();
        let weight = |m: Modifiers| {
            [m.shift, m.ctrl, m.alt, m.command, m.mac_cmd]
                .iter()
                .filter(|b| **b)
                .count()
        };
        all.sort_by_key(|(s, _)| std::cmp::Reverse(weight(s.modifiers)));
        let mut out = Vec::new();
        ctx.input_mut(|input| {
            for (shortcut, command) in all {
                if input.consume_shortcut(shortcut) && !out.contains(&command) {
                    out.push(command);
                }
            }
        });
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shortcut_is_unique() {
        let mut seen = Vec::new();
        for command in Command::WITH_SHORTCUTS {
            assert!(
                !command.shortcuts().is_empty(),
                "{command:?} has no shortcut"
            );
            for shortcut in command.shortcuts() {
                assert!(!seen.contains(shortcut), "{shortcut:?} used twice");
                seen.push(*shortcut);
            }
        }
    }

    #[test]
    fn labels_and_tooltips_are_written() {
        for command in Command::WITH_SHORTCUTS {
            assert!(
                !command.label().is_empty() && command.tooltip().len() > command.label().len() / 2
            );
        }
    }
}
