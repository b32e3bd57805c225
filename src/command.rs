//! The command table: every user command with its label, tooltip, keyboard shortcuts and menu,
//! in one place. Menus, toolbar, tooltips and the keyboard handler all read this table, so
//! nothing can drift between them. Actions that carry data (paths, names) are separate
//! ([`crate::viewer::Action`]).

/// A command the user can give from a menu, a button or the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    /// Pick the original with a file dialog.
    OpenOriginal,
    /// Pick the revision with a file dialog.
    OpenRevised,
    /// Pick both files with one file dialog.
    OpenBoth,
    /// Pick a story's versions (three or more files, or a folder).
    OpenVersions,
    /// Type a path instead of using a dialog.
    OpenPath,
    /// Type a web address to compare the page.
    OpenUrl,
    /// Read both files again from disk.
    Reload,
    /// Reload source files that changed on disk since the session was saved.
    ReloadChangedSources,
    /// Save the session to a file of the user's choosing.
    SaveSessionAs,
    /// Open a session file.
    OpenSessionFile,
    /// Export the comparison with review marks as an HTML report.
    ExportHtml,
    /// Show or hide the list of saved sessions.
    ToggleSessions,
    /// Close the window.
    Quit,
    /// Open the find bar.
    Find,
    /// Next match of the find bar.
    FindNext,
    /// Previous match of the find bar.
    FindPrevious,
    /// Open the clipboard's text as the original.
    PasteOriginal,
    /// Open the clipboard's text as the revision.
    PasteRevised,
    /// Exchange original and revision.
    SwapSides,
    /// Compare with or without case.
    ToggleIgnoreCase,
    /// Compare with or without punctuation.
    ToggleIgnorePunctuation,
    /// Treat typographic quotes and dashes as plain ones, or not.
    TogglePlainTypography,
    /// Ignore newsroom furniture (timestamps, credits, ads, newsletter and read-more lines).
    ToggleIgnoreFurniture,
    /// Edit the list of sentence patterns that never count as changes.
    EditIgnoreList,
    /// Close the note, find bar, path field or message.
    Dismiss,
    /// Go to the next change.
    NextChange,
    /// Go to the previous change.
    PreviousChange,
    /// Link or unlink the two panes' scrolling.
    ToggleSync,
    /// Show or hide the digest of changed facts.
    ToggleFacts,
    /// Step only through changes whose facts changed.
    ToggleFactsOnly,
    /// Show the previous pair of consecutive versions.
    PreviousVersions,
    /// Show the next pair of consecutive versions.
    NextVersions,
    /// Show or hide the history of the selected sentence across the versions.
    ToggleSentenceHistory,
    /// Switch between light and dark.
    ToggleTheme,
    /// Larger text.
    ZoomIn,
    /// Smaller text.
    ZoomOut,
    /// Text at its normal size.
    ZoomReset,
    /// Mark the current change as checked.
    Accept,
    /// Mark the current change as needing attention.
    Flag,
    /// Write a note on the current change.
    EditNote,
    /// Go to the next change not yet reviewed.
    NextUnreviewed,
    /// Show the list of keyboard shortcuts.
    ShowShortcuts,
    /// Show what Redline is.
    About,
}

/// The menus of the menu bar, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    /// Files, sessions, export.
    File,
    /// Find, options of the comparison.
    Edit,
    /// Scrolling, navigation, theme, zoom.
    View,
    /// Review marks and notes.
    Review,
    /// Shortcuts, about.
    Help,
}

impl Menu {
    /// Every menu, left to right.
    pub const ALL: [Menu; 5] = [Menu::File, Menu::Edit, Menu::View, Menu::Review, Menu::Help];

    /// The menu's title.
    pub fn title(self) -> &'static str {
        match self {
            Menu::File => "File",
            Menu::Edit => "Edit",
            Menu::View => "View",
            Menu::Review => "Review",
            Menu::Help => "Help",
        }
    }
}

mod keys;
#[cfg(test)]
mod tests;

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Command; 43] = [
        Command::OpenOriginal,
        Command::OpenRevised,
        Command::OpenBoth,
        Command::OpenVersions,
        Command::OpenPath,
        Command::OpenUrl,
        Command::Reload,
        Command::ReloadChangedSources,
        Command::ToggleSessions,
        Command::SaveSessionAs,
        Command::OpenSessionFile,
        Command::ExportHtml,
        Command::Quit,
        Command::Find,
        Command::FindNext,
        Command::FindPrevious,
        Command::PasteOriginal,
        Command::PasteRevised,
        Command::SwapSides,
        Command::ToggleIgnoreCase,
        Command::ToggleIgnorePunctuation,
        Command::TogglePlainTypography,
        Command::ToggleIgnoreFurniture,
        Command::EditIgnoreList,
        Command::Dismiss,
        Command::NextChange,
        Command::PreviousChange,
        Command::ToggleSync,
        Command::ToggleFacts,
        Command::ToggleFactsOnly,
        Command::PreviousVersions,
        Command::NextVersions,
        Command::ToggleSentenceHistory,
        Command::ToggleTheme,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ZoomReset,
        Command::Accept,
        Command::Flag,
        Command::EditNote,
        Command::NextUnreviewed,
        Command::ShowShortcuts,
        Command::About,
    ];

    /// The text on its button or menu entry.
    pub fn label(self) -> &'static str {
        match self {
            Command::OpenOriginal => "Open original…",
            Command::OpenRevised => "Open revised…",
            Command::OpenBoth => "Open both…",
            Command::OpenVersions => "Open versions…",
            Command::OpenPath => "Open path…",
            Command::OpenUrl => "Open URL…",
            Command::Reload => "Reload",
            Command::ReloadChangedSources => "Reload changed files",
            Command::SaveSessionAs => "Save session as…",
            Command::OpenSessionFile => "Open session file…",
            Command::ExportHtml => "Export HTML…",
            Command::ToggleSessions => "Sessions",
            Command::Quit => "Quit",
            Command::Find => "Find…",
            Command::FindNext => "Find next",
            Command::FindPrevious => "Find previous",
            Command::PasteOriginal => "Paste as original",
            Command::PasteRevised => "Paste as revised",
            Command::SwapSides => "Swap sides",
            Command::ToggleIgnoreCase => "Ignore case",
            Command::ToggleIgnorePunctuation => "Ignore punctuation",
            Command::TogglePlainTypography => "Plain quotes and dashes",
            Command::ToggleIgnoreFurniture => "Ignore newsroom furniture",
            Command::EditIgnoreList => "Ignore sentences matching…",
            Command::Dismiss => "Close",
            Command::NextChange => "Next change",
            Command::PreviousChange => "Previous change",
            Command::ToggleSync => "Linked scrolling",
            Command::ToggleFacts => "Fact digest",
            Command::ToggleFactsOnly => "Facts only",
            Command::PreviousVersions => "Previous versions",
            Command::NextVersions => "Next versions",
            Command::ToggleSentenceHistory => "Sentence history",
            Command::ToggleTheme => "Dark theme",
            Command::ZoomIn => "Zoom in",
            Command::ZoomOut => "Zoom out",
            Command::ZoomReset => "Actual size",
            Command::Accept => "Accept",
            Command::Flag => "Flag",
            Command::EditNote => "Note…",
            Command::NextUnreviewed => "Next unreviewed",
            Command::ShowShortcuts => "Keyboard shortcuts",
            Command::About => "About Redline",
        }
    }

    /// The explanation shown on hover.
    pub fn tooltip(self) -> &'static str {
        match self {
            Command::OpenOriginal => "Choose the original version (shown on the left)",
            Command::OpenRevised => "Choose the revised version (shown on the right)",
            Command::OpenBoth => "Choose both versions at once; the older file goes on the left",
            Command::OpenVersions => {
                "Choose a story's versions (several files, oldest first by time) to follow it through them"
            }
            Command::OpenPath => "Type the path of a file to open",
            Command::OpenUrl => "Type the address of a web page to compare (http or https)",
            Command::Reload => "Read both files again from disk",
            Command::ReloadChangedSources => {
                "Read the changed files again; review marks follow their sentences"
            }
            Command::SaveSessionAs => "Save this review, with both texts, as a file to share",
            Command::OpenSessionFile => "Open a review saved as a file",
            Command::ExportHtml => "Save the comparison with review marks and notes as a web page",
            Command::ToggleSessions => "Show the saved review sessions",
            Command::Quit => "Close Redline (the review is saved)",
            Command::Find => "Find text in either version",
            Command::FindNext => "Go to the next match",
            Command::FindPrevious => "Go to the previous match",
            Command::PasteOriginal => "Compare the text on the clipboard, as the original",
            Command::PasteRevised => "Compare the text on the clipboard, as the revision",
            Command::SwapSides => "Exchange the original and the revision",
            Command::ToggleIgnoreCase => "Treat upper and lower case as the same",
            Command::ToggleIgnorePunctuation => "Ignore punctuation and symbols",
            Command::ToggleIgnoreFurniture => {
                "Never count timestamps, photo credits, ads, newsletter and read-more lines as changes"
            }
            Command::TogglePlainTypography => {
                "Treat “curly” quotes, apostrophes and dashes as plain ones"
            }
            Command::EditIgnoreList => {
                "List, add and remove regular expressions of sentences that never count as changes"
            }
            Command::Dismiss => "Close the note, find bar, path field or message",
            Command::NextChange => "Go to the next change",
            Command::PreviousChange => "Go to the previous change",
            Command::ToggleSync => "Scroll both panes together, aligned sentence by sentence",
            Command::ToggleFacts => {
                "List the numbers, dates, names, quotes, sources, negations and hedges that changed"
            }
            Command::ToggleFactsOnly => "Next and previous change visit only changes of facts",
            Command::PreviousVersions => "Show the previous version against the one before it",
            Command::NextVersions => "Show the next version against the one before it",
            Command::ToggleSentenceHistory => {
                "Show the clicked sentence's wording in every version: where it was added, reworded, moved or cut"
            }
            Command::ToggleTheme => "Switch between the light and the dark theme",
            Command::ZoomIn => "Make the text larger",
            Command::ZoomOut => "Make the text smaller",
            Command::ZoomReset => "Show the text at its normal size",
            Command::Accept => "Mark the current change as checked (again to unmark)",
            Command::Flag => "Flag the current change for attention (again to unmark)",
            Command::EditNote => "Write a note on the current change",
            Command::NextUnreviewed => "Go to the next change not yet accepted or flagged",
            Command::ShowShortcuts => "List every keyboard shortcut",
            Command::About => "What Redline is and which version this is",
        }
    }

    /// The menu it is listed in.
    pub fn menu(self) -> Menu {
        use Command::*;
        match self {
            OpenOriginal | OpenRevised | OpenBoth | OpenVersions | OpenPath | OpenUrl | Reload
            | ReloadChangedSources | SaveSessionAs | OpenSessionFile | ExportHtml
            | ToggleSessions | Quit => Menu::File,
            Find
            | FindNext
            | FindPrevious
            | PasteOriginal
            | PasteRevised
            | SwapSides
            | ToggleIgnoreCase
            | ToggleIgnorePunctuation
            | TogglePlainTypography
            | ToggleIgnoreFurniture
            | EditIgnoreList
            | Dismiss => Menu::Edit,
            NextChange
            | PreviousChange
            | ToggleSync
            | ToggleFacts
            | ToggleFactsOnly
            | PreviousVersions
            | NextVersions
            | ToggleSentenceHistory
            | ToggleTheme
            | ZoomIn
            | ZoomOut
            | ZoomReset => Menu::View,
            Accept | Flag | EditNote | NextUnreviewed => Menu::Review,
            ShowShortcuts | About => Menu::Help,
        }
    }

    /// Whether the menu shows it with a check box (an on/off setting).
    pub fn is_toggle(self) -> bool {
        matches!(
            self,
            Command::ToggleIgnoreCase
                | Command::ToggleIgnorePunctuation
                | Command::TogglePlainTypography
                | Command::ToggleIgnoreFurniture
                | Command::ToggleSync
                | Command::ToggleFacts
                | Command::ToggleFactsOnly
                | Command::ToggleSentenceHistory
                | Command::ToggleTheme
                | Command::ToggleSessions
        )
    }
}
