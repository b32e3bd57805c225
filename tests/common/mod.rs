//! Helpers shared by the viewer tests: a headless window on the real app, waiting for its
//! background work, dropping files, writing fixtures.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use redline::ui::App;
use redline::viewer::Viewer;

/// A file dropped onto the window.
#[derive(Debug)]
pub struct Dropped(pub PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// The app in a 1280×800 headless window, settled.
pub fn harness(viewer: Viewer) -> Harness<'static, App> {
    sized(viewer, 1280.0, 800.0)
}

/// The app in a headless window of the given size, settled.
pub fn sized(viewer: Viewer, width: f32, height: f32) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size([width, height])
        .build_ui_state(|ui, app: &mut App| app.show(ui), App::new(viewer));
    settle(&mut harness);
    harness
}

/// A viewer started as a user starts it, without saving (no store).
pub fn started(paths: &[&Path]) -> Viewer {
    Viewer::start(
        Err(redline::session::SessionError::NotFound { id: "none".into() }),
        paths.iter().map(|p| p.to_path_buf()).collect(),
    )
}

/// A viewer started on the data folder `data` (sessions saved there).
pub fn started_in(data: &Path, paths: &[&Path]) -> Viewer {
    Viewer::start(
        redline::session::Store::at(data),
        paths.iter().map(|p| p.to_path_buf()).collect(),
    )
}

/// Runs frames until background work is done and the window is still.
pub fn settle(harness: &mut Harness<'_, App>) {
    // Opening a menu or a window takes a few frames to settle: more than `run` allows.
    for _ in 0..500 {
        let settled = harness.try_run().is_ok();
        if settled && !harness.state().viewer().is_busy() {
            break;
        }
        harness.state_mut().wait_idle(Duration::from_millis(20));
    }
}

/// Drops `paths` onto the window (the pointer where it last was).
pub fn drop_files(harness: &mut Harness<'_, App>, paths: &[&Path]) {
    for path in paths {
        harness
            .input_mut()
            .dropped_files
            .push(Arc::new(Dropped(path.to_path_buf())));
    }
    settle(harness);
}

/// Writes a fixture.
pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).expect("write fixture");
    path
}

/// Makes `path` look `seconds_ago` old.
pub fn set_modified(path: &Path, seconds_ago: u64) {
    let file = fs::File::options()
        .write(true)
        .open(path)
        .expect("open fixture");
    file.set_modified(SystemTime::now() - Duration::from_secs(seconds_ago))
        .expect("set time");
}

/// Whether some widget's accessible label contains `text`.
pub fn has_label(harness: &Harness<'_, App>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

/// Presses a key (with modifiers) and settles.
pub fn press(harness: &mut Harness<'_, App>, modifiers: egui::Modifiers, key: egui::Key) {
    harness.key_press_modifiers(modifiers, key);
    settle(harness);
}

/// The bundled-sample-like pair used by many tests: a short news story and its rewrite with
/// every kind of change.
pub const STORY_V1: &str = "Harbor City Council Approves Flood Barrier\n\nThe council voted 7-4 on Tuesday to build a $412 million flood barrier. The mayor said she would sign the measure this week. Critics said the cost was too high.\n\nConstruction will take six years. Storms have flooded the harbor three times since 2019.";
/// The revision of [`STORY_V1`].
pub const STORY_V2: &str = "Harbor City Council Approves $412 Million Flood Barrier\n\nThe council voted 7-4 on Tuesday to build a $412 million flood barrier. The mayor said she would sign the measure on Friday. A lawsuit is expected.\n\nStorms have flooded the harbor three times since 2019. Construction will take six years.";
