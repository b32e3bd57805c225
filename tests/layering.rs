//! The shape of the code, checked: no two source files import each other (directly or in a
//! circle), the viewer's model has no egui in it, and no panel imports the window.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("read src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file: `src/viewer/mod.rs` is `viewer`, `src/ui/app.rs` is `ui::app`.
fn module_of(root: &Path, file: &Path) -> Vec<String> {
    let relative = file
        .strip_prefix(root)
        .expect("under src")
        .with_extension("");
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The paths named by one `use` tree: `a::{b, c::d}` gives `a::b` and `a::c::d`.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        return vec![tree.split(" as ").next().unwrap_or("").trim().to_string()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut items, mut depth, mut current) = (Vec::new(), 0, String::new());
    for c in inner.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if c == ',' && depth == 0 {
            items.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    items.push(current);
    items
        .iter()
        .filter(|i| !i.trim().is_empty())
        .flat_map(|i| expand(i))
        .map(|p| format!("{prefix}{p}"))
        .collect()
}

/// The `use` trees of a file, one per statement (`pub use` too), joined across lines.
fn use_statements(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in code.lines() {
        let line = line.trim();
        if current.is_none() {
            let rest = ["use ", "pub use ", "pub(crate) use ", "pub(super) use "]
                .iter()
                .find_map(|p| line.strip_prefix(p));
            current = rest.map(str::to_string);
        } else if let Some(tree) = &mut current {
            tree.push(' ');
            tree.push_str(line);
        }
        if let Some(tree) = current.take_if(|t| t.contains(';')) {
            out.push(tree.trim_end().trim_end_matches(';').to_string());
        }
    }
    out
}

/// The code of a file without its inline `#[cfg(test)] mod tests { … }`.
fn without_tests(code: &str) -> &str {
    code.find("#[cfg(test)]\nmod tests {")
        .map_or(code, |at| &code[..at])
}

struct Tree {
    files: BTreeMap<Vec<String>, PathBuf>,
    edges: BTreeMap<PathBuf, BTreeSet<PathBuf>>,
}

fn tree() -> Tree {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    sources(&root, &mut paths);
    let files: BTreeMap<Vec<String>, PathBuf> = paths
        .iter()
        .map(|p| (module_of(&root, p), p.clone()))
        .collect();
    let resolve = |mut path: Vec<String>| loop {
        if let Some(file) = files.get(&path) {
            return Some(file.clone());
        }
        path.pop()?;
    };
    let mut edges = BTreeMap::new();
    for path in &paths {
        let me = module_of(&root, path);
        let code = fs::read_to_string(path).expect("read source");
        let mut deps = BTreeSet::new();
        for statement in use_statements(without_tests(&code)) {
            for named in expand(&statement) {
                let segments: Vec<String> =
                    named.split("::").map(|s| s.trim().to_string()).collect();
                let (mut base, mut rest) = match segments.first().map(String::as_str) {
                    Some("crate") => (Vec::new(), segments[1..].to_vec()),
                    Some("super") => (
                        me[..me.len().saturating_sub(1)].to_vec(),
                        segments[1..].to_vec(),
                    ),
                    Some("self") => (me.clone(), segments[1..].to_vec()),
                    Some(first)
                        if files.contains_key(&[me.clone(), vec![first.to_string()]].concat()) =>
                    {
                        (me.clone(), segments.clone())
                    }
                    _ => continue,
                };
                while rest.first().map(String::as_str) == Some("super") {
                    base.pop();
                    rest.remove(0);
                }
                if let Some(target) = resolve([base, rest].concat())
                    && target != *path
                {
                    deps.insert(target);
                }
            }
        }
        edges.insert(path.clone(), deps);
    }
    Tree { files, edges }
}

#[test]
fn no_two_files_import_each_other_in_a_circle() {
    let tree = tree();
    assert!(tree.files.len() > 50);
    // Every file from which a file can be reached again is in a circle.
    let mut circles = Vec::new();
    for start in tree.edges.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&PathBuf> = tree.edges[start].iter().collect();
        while let Some(file) = stack.pop() {
            if file == start {
                circles.push(start.display().to_string());
                break;
            }
            if seen.insert(file) {
                stack.extend(tree.edges.get(file).into_iter().flatten());
            }
        }
    }
    assert!(
        circles.is_empty(),
        "files in an import circle: {circles:#?}"
    );
}

#[test]
fn the_model_has_no_egui_and_no_panel_imports_the_window() {
    let tree = tree();
    for (module, file) in &tree.files {
        let code = fs::read_to_string(file).expect("read source");
        if module.first().map(String::as_str) == Some("viewer") {
            let uses = code.contains("egui::") || code.contains("use egui");
            assert!(!uses, "{} uses egui", file.display());
        }
        let window = tree.files.get(&vec!["ui".to_string(), "app".to_string()]);
        // The module file may re-export the window; no panel may use it.
        let panel = module.len() > 1 && module[1] != "app";
        if module.first().map(String::as_str) == Some("ui") && panel {
            assert!(
                !tree.edges[file].iter().any(|d| Some(d) == window),
                "{} imports the window",
                file.display()
            );
        }
    }
}

#[test]
fn use_trees_are_expanded() {
    let edges = expand("super::{a, b::{c, d as e}}");
    assert_eq!(edges, vec!["super::a", "super::b::c", "super::b::d"]);
}
