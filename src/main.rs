//! The `redline` binary: the command line, and with no subcommand the viewer.

use std::path::PathBuf;
use std::process::ExitCode;

/// A long comparison allocates and frees tens of MB in steps: mimalloc reuses freed memory
/// where the system allocator hands it back and faults in fresh zeroed pages (see the
/// README's dependency list).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    redline::cli::main(viewer)
}

/// Opens the viewer on the given files (none: the last review, or the bundled sample).
fn viewer(paths: Vec<PathBuf>) -> ExitCode {
    let icon = eframe::icon_data::from_png_bytes(include_bytes!("../assets/icon.png")).ok();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Redline")
        .with_app_id("redline")
        .with_inner_size([1280.0, 820.0])
        .with_min_inner_size([640.0, 400.0]);
    if let Some(icon) = icon {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    // The data folder is found before the window opens; everything else is read and compared
    // on workers, so the window never waits for a disk.
    let store = redline::session::Store::from_env();
    let result = eframe::run_native(
        "Redline",
        options,
        Box::new(move |_cc| {
            let viewer = redline::viewer::Viewer::start(store, paths);
            Ok(Box::new(redline::ui::App::new(viewer)))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("redline: cannot open the window: {error}");
            ExitCode::from(redline::cli::EXIT_ERROR)
        }
    }
}
