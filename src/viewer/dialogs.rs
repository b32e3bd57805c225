//! Native file dialogs (blocking; always run on a worker) and whether the system can show any.

use std::time::Instant;

use super::jobs::{Done, SaveKind};
use crate::compare::Side;

/// Whether a native file dialog can be shown: on Linux, rfd needs a desktop portal (over the
/// session bus) or `zenity`; without either it answers "cancelled" at once.
pub fn available() -> bool {
    // Looked up once: the answer does not change while the window is open, and it stats files.
    static AVAILABLE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *AVAILABLE.get_or_init(look_up)
}

fn look_up() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty());
    let zenity = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file()));
    bus || zenity
}

/// Asks for one file for `side`, or several for "both" (`None`).
pub fn pick(side: Option<Side>) -> Done {
    let started = Instant::now();
    let title = match side {
        Some(side) => format!("Open the {} version", side.role()),
        None => "Open both versions (the older file goes on the left)".to_string(),
    };
    let dialog = rfd::FileDialog::new()
        .set_title(title)
        .add_filter("Text and Markdown", &["txt", "text", "md", "markdown"])
        .add_filter("All files", &["*"]);
    let paths = match side {
        Some(_) => dialog.pick_file().into_iter().collect(),
        None => dialog.pick_files().unwrap_or_default(),
    };
    Done::Picked {
        side,
        paths,
        open_for: started.elapsed(),
    }
}

/// Asks for a story's versions (several files; they are put in order by time).
pub fn pick_versions() -> Done {
    let started = Instant::now();
    let paths = rfd::FileDialog::new()
        .set_title("Open a story's versions (put in order by time)")
        .add_filter(
            "Articles",
            &[
                "txt", "text", "md", "markdown", "html", "htm", "docx", "odt", "pdf",
            ],
        )
        .add_filter("All files", &["*"])
        .pick_files()
        .unwrap_or_default();
    Done::Picked {
        side: None,
        paths,
        open_for: started.elapsed(),
    }
}

/// Asks where to save a session file or an HTML export, suggesting `file_name`.
pub fn pick_save(kind: SaveKind, file_name: String) -> Done {
    let (filter, extensions): (&str, &[&str]) = match kind {
        SaveKind::Session => ("Redline review", &["json"]),
        SaveKind::Html => ("Web page", &["html", "htm"]),
    };
    let path = rfd::FileDialog::new()
        .set_file_name(file_name)
        .add_filter(filter, extensions)
        .save_file();
    Done::PickedSave(kind, path)
}

/// Asks for a session file to open.
pub fn pick_session() -> Done {
    Done::PickedSession(
        rfd::FileDialog::new()
            .set_title("Open a review session")
            .add_filter("Redline review", &["json"])
            .pick_file(),
    )
}
