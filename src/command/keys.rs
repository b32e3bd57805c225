//! The keyboard side of the command table: each command's shortcuts, when they may fire,
//! and finding the command of a key.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::Command;

const NONE: Modifiers = Modifiers::NONE;
const CTRL: Modifiers = Modifiers::COMMAND;
const SHIFT: Modifiers = Modifiers::SHIFT;
const ALT: Modifiers = Modifiers::ALT;

impl Command {
    /// Its keyboard shortcuts, the first one shown in menus and tooltips.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
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
            Command::OpenUrl => keys!((CTRL, Key::U)),
            Command::Reload => keys!((CTRL, Key::R), (NONE, Key::F5)),
            Command::ToggleSessions => keys!((CTRL.plus(SHIFT), Key::O)),
            Command::SaveSessionAs => keys!((CTRL.plus(SHIFT), Key::E)),
            Command::ExportHtml => keys!((CTRL, Key::E)),
            Command::Quit => keys!((CTRL, Key::Q)),
            Command::Find => keys!((CTRL, Key::F)),
            Command::FindNext => keys!((NONE, Key::F3)),
            Command::FindPrevious => keys!((SHIFT, Key::F3)),
            Command::PasteRevised => keys!((CTRL.plus(SHIFT), Key::V)),
            Command::SwapSides => keys!((CTRL.plus(SHIFT), Key::S)),
            Command::Dismiss => keys!((NONE, Key::Escape)),
            Command::NextChange => keys!((NONE, Key::F7), (ALT, Key::ArrowDown)),
            Command::PreviousChange => keys!((SHIFT, Key::F7), (ALT, Key::ArrowUp)),
            Command::ToggleSync => keys!((CTRL, Key::K)),
            Command::ToggleFacts => keys!((CTRL.plus(SHIFT), Key::F)),
            Command::ToggleTheme => keys!((CTRL.plus(SHIFT), Key::T)),
            Command::PreviousVersions => keys!((CTRL, Key::PageUp)),
            Command::NextVersions => keys!((CTRL, Key::PageDown)),
            Command::ToggleSentenceHistory => keys!((CTRL, Key::H)),
            Command::ZoomIn => keys!((CTRL, Key::Plus), (CTRL, Key::Equals)),
            Command::ZoomOut => keys!((CTRL, Key::Minus)),
            Command::ZoomReset => keys!((CTRL, Key::Num0)),
            Command::Accept => keys!((NONE, Key::A)),
            Command::Flag => keys!((NONE, Key::F)),
            Command::EditNote => keys!((NONE, Key::N)),
            Command::NextUnreviewed => keys!((NONE, Key::F8)),
            Command::ShowShortcuts => keys!((NONE, Key::F1)),
            Command::OpenOriginal
            | Command::OpenRevised
            | Command::OpenVersions
            | Command::ReloadChangedSources
            | Command::OpenSessionFile
            | Command::PasteOriginal
            | Command::ToggleFactsOnly
            | Command::ToggleIgnoreCase
            | Command::ToggleIgnorePunctuation
            | Command::TogglePlainTypography
            | Command::ToggleIgnoreFurniture
            | Command::EditIgnoreList
            | Command::About => &[],
        }
    }

    /// Whether its shortcut may fire while a text field has focus (or just had it): those with
    /// Ctrl, the function keys and Escape. A plain letter is typing, never a command.
    pub fn fires_while_typing(shortcut: &KeyboardShortcut) -> bool {
        let function_key = matches!(
            shortcut.logical_key,
            Key::F1 | Key::F3 | Key::F5 | Key::F7 | Key::F8 | Key::Escape
        );
        shortcut.modifiers.command || shortcut.modifiers.ctrl || function_key
    }

    /// The command whose shortcut is `key` with `modifiers`, matched exactly (F7 is not
    /// Shift+F7); Shift is ignored for `+`, which needs it on many keyboards.
    pub fn for_key(key: Key, modifiers: Modifiers) -> Option<(Command, &'static KeyboardShortcut)> {
        let ctrl = modifiers.command || modifiers.ctrl || modifiers.mac_cmd;
        Command::ALL.into_iter().find_map(|command| {
            command
                .shortcuts()
                .iter()
                .find(|s| {
                    let want = s.modifiers;
                    s.logical_key == key
                        && ctrl == (want.command || want.ctrl)
                        && modifiers.alt == want.alt
                        && (modifiers.shift == want.shift || key == Key::Plus)
                })
                .map(|s| (command, s))
        })
    }

    /// The tooltip followed by the first shortcut, e.g. "Go to the next change (F7)".
    pub fn hint(self, ctx: &egui::Context) -> String {
        match self.shortcuts().first() {
            Some(shortcut) => format!("{} ({})", self.tooltip(), ctx.format_shortcut(shortcut)),
            None => self.tooltip().to_string(),
        }
    }
}
