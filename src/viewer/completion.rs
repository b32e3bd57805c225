//! Completion of a typed path from its folder's entries (read on a worker: a slow or hung
//! disk never stops the window).

use std::path::Path;

/// At most this many completions are offered.
const MAX_COMPLETIONS: usize = 8;

/// The entries of the typed path's folder that start with its last part, as full paths
/// (folders end with a separator).
pub fn completions(text: &str) -> Vec<String> {
    if Path::new(text).is_file() {
        return Vec::new();
    }
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

/// The longest common beginning of `options` (what Tab completes to).
pub fn common_prefix(options: &[String]) -> Option<String> {
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
