//! A folder of a story's versions: its regular, visible files with their modification times
//! (put in order by `compare::history::order`).

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::error::LoadError;

/// The versions in `folder`: its regular files (hidden ones, sub-folders, pipes and devices
/// left out), each with its modification time when the system tells it, in no set order.
pub fn versions_in(folder: &Path) -> Result<Vec<(PathBuf, Option<SystemTime>)>, LoadError> {
    let unreadable = |source| LoadError::Unreadable {
        path: folder.to_path_buf(),
        source,
    };
    let entries = std::fs::read_dir(folder).map_err(unreadable)?;
    Ok(entries
        .flatten()
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
        .filter(|entry| !entry.file_name().to_string_lossy().starts_with('.'))
        .map(|entry| {
            let modified = entry.metadata().and_then(|m| m.modified()).ok();
            (entry.path(), modified)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_lists_its_visible_files_with_their_times() {
        let dir = tempfile::tempdir().unwrap();
        let now = SystemTime::now();
        for (name, age) in [
            ("v10.txt", 10),
            ("v2.txt", 30),
            ("v1.txt", 30),
            (".v0.txt", 99),
        ] {
            let path = dir.path().join(name);
            std::fs::write(&path, "Text.").unwrap();
            let file = std::fs::File::options().write(true).open(&path).unwrap();
            file.set_modified(now - std::time::Duration::from_secs(age))
                .unwrap();
        }
        std::fs::create_dir(dir.path().join("older")).unwrap();
        let mut found: Vec<(String, u64)> = versions_in(dir.path())
            .unwrap()
            .iter()
            .map(|(p, time)| {
                let age = now.duration_since(time.unwrap()).unwrap().as_secs();
                (p.file_name().unwrap().to_string_lossy().into_owned(), age)
            })
            .collect();
        found.sort();
        let expected = [("v1.txt", 30), ("v10.txt", 10), ("v2.txt", 30)];
        assert_eq!(found, expected.map(|(n, a)| (n.to_string(), a)));
        let missing = versions_in(&dir.path().join("gone")).unwrap_err();
        assert!(
            missing.to_string().contains("gone: cannot be read"),
            "{missing}"
        );
    }
}
