//! The desktop app: owns the two documents, the comparison and the view state; draws the
//! panels each frame and applies the frame's [`Command`]s at its end, in one place.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::command::Command;
use crate::compare::Options;
use crate::compare::Side;
use crate::load::{Document, LoadError};
use crate::session::{Session, Store};
use crate::ui::find::Find;
use crate::ui::path_field::PathField;
use crate::ui::theme::Theme;
use crate::ui::view_state::ViewState;
use crate::ui::work::{self, Done, View, Workers};
use crate::ui::{drop, note, panes, sessions, status, toolbar};

mod review;

pub use review::{AUTOSAVE_DELAY, Reviews};

/// The bundled sample pair, shown when there is nothing else to open.
const SAMPLE_ORIGINAL: &str = include_str!("../assets/samples/original.txt");
const SAMPLE_REVISED: &str = include_str!("../assets/samples/revised.txt");

/// A file dialog that answers "cancelled" faster than this had no dialog to show.
const INSTANT_ANSWER: Duration = Duration::from_millis(150);

/// The viewer.
pub struct App {
    /// The original.
    pub left: Arc<Document>,
    /// The revision.
    pub right: Arc<Document>,
    /// Comparison options.
    pub options: Options,
    /// The comparison shown (the previous one stays until a new one is ready).
    pub view: Option<View>,
    /// Scrolling, current change, theme, zoom.
    pub state: ViewState,
    /// The find bar.
    pub find: Find,
    /// The in-app path field, when open.
    pub path_field: Option<PathField>,
    /// The message banner (errors), shown once until dismissed.
    pub banner: Option<String>,
    /// Commands gathered during the frame.
    pub(crate) commands: Vec<Command>,
    /// The review session shown.
    pub session: Session,
    /// Where sessions are saved (`None`: not saved).
    pub store: Option<Store>,
    /// Review marks by row (derived from the session).
    pub reviews: Reviews,
    /// The note being edited.
    pub note: Option<note::NoteField>,
    /// The sessions list.
    pub sessions: sessions::SessionsPanel,
    /// A source file changed on disk since the session was saved.
    pub changed_sources: bool,
    dirty_since: Option<std::time::Instant>,
    saving: bool,
    save_failed: bool,
    pub(crate) workers: Workers,
    /// Numbers requests so that a late answer to an old one is ignored.
    generation: u64,
    title: String,
}

impl App {
    /// The app on the bundled sample pair.
    pub fn new() -> App {
        let left = Arc::new(Document::from_text("original.txt", SAMPLE_ORIGINAL));
        let right = Arc::new(Document::from_text("revised.txt", SAMPLE_REVISED));
        let mut app = App {
            left,
            right,
            options: Options::default(),
            view: None,
            state: ViewState::default(),
            find: Find::default(),
            path_field: None,
            banner: None,
            commands: Vec::new(),
            session: Session::default(),
            store: None,
            reviews: Reviews::default(),
            note: None,
            sessions: sessions::SessionsPanel::default(),
            changed_sources: false,
            dirty_since: None,
            saving: false,
            save_failed: false,
            workers: Workers::default(),
            generation: 0,
            title: String::new(),
        };
        app.recompute();
        app
    }

    /// The app on two documents already in memory, compared before it returns.
    pub fn with_documents(left: Document, right: Document) -> App {
        let mut app = App::new();
        app.left = Arc::new(left);
        app.right = Arc::new(right);
        let view = View::compute(app.left.clone(), app.right.clone(), &app.options);
        app.set_view(view);
        app
    }

    /// The app opening `left` and `right` (either may be missing: the sample fills in).
    pub fn with_files(left: Option<PathBuf>, right: Option<PathBuf>) -> App {
        let mut app = App::new();
        app.open_files(left, right);
        app
    }

    /// Opens files named on the command line: one replaces the revision, two are compared in
    /// the order given.
    pub fn open_files(&mut self, left: Option<PathBuf>, right: Option<PathBuf>) {
        match (left, right) {
            (Some(left), Some(right)) => {
                self.request_load(vec![(Side::Left, left), (Side::Right, right)])
            }
            (Some(one), None) | (None, Some(one)) => self.load(vec![one], Some(Side::Right)),
            (None, None) => {}
        }
    }

    /// Whether a comparison or load is running in the background.
    pub fn is_busy(&self) -> bool {
        self.workers.running > 0
    }

    /// The theme in use.
    pub fn theme(&self) -> Theme {
        Theme::for_dark(self.state.dark)
    }

    fn egui_theme(&self) -> egui::Theme {
        if self.state.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        }
    }

    /// Draws one frame and applies its commands.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.workers.set_context(&ctx);
        while let Some(done) = self.workers.try_recv() {
            self.receive(done);
        }
        ui.set_style(ctx.style_of(self.egui_theme()));
        let typing = ctx.memory(|m| m.focused().is_some());
        for command in Command::from_keyboard(&ctx) {
            // In a text field only the shortcuts that make sense there apply.
            let allowed = !typing
                || matches!(
                    command,
                    Command::Dismiss
                        | Command::FindNext
                        | Command::FindPrevious
                        | Command::Find
                        | Command::OpenPath
                );
            if allowed {
                self.commands.push(command);
            }
        }

        egui::Panel::top("toolbar").show(ui, |ui| toolbar::toolbar_ui(self, ui));
        if let Some(message) = self.banner.clone() {
            egui::Panel::top("banner")
                .frame(
                    egui::Frame::new()
                        .fill(self.theme().banner)
                        .inner_margin(6.0),
                )
                .show(ui, |ui| {
                    let reload = self.changed_sources;
                    toolbar::banner_ui(ui, &message, reload, &mut self.commands)
                });
        }
        if self.note.is_some() {
            egui::Panel::top("note").show(ui, |ui| note::note_ui(self, ui));
        }
        if self.sessions.open {
            egui::Panel::left("sessions")
                .default_size(300.0)
                .show(ui, |ui| sessions::sessions_ui(self, ui));
        }
        if self.path_field.is_some() {
            egui::Panel::top("path").show(ui, |ui| crate::ui::path_field::path_field_ui(self, ui));
        }
        if self.find.open {
            egui::Panel::top("find").show(ui, |ui| crate::ui::find::find_ui(self, ui));
        }
        egui::Panel::bottom("status").show(ui, |ui| status::status_ui(self, ui));
        egui::CentralPanel::default().show(ui, |ui| {
            panes::panes_ui(self, ui);
            drop::drop_ui(self, ui);
        });

        let commands = std::mem::take(&mut self.commands);
        if !commands.is_empty() {
            // The frame was drawn before the commands took effect: draw the result.
            ctx.request_repaint();
            // Options, view and files are part of the session.
            self.touch();
        }
        for command in commands {
            self.apply(command);
        }
        if self.view.is_some() && self.state.aligned.line != self.session.view.top_line {
            self.session.view.top_line = self.state.aligned.line;
            self.touch();
        }
        self.autosave(&ctx);
        // Panels and popups take the context's theme when the next frame begins.
        ctx.set_theme(self.egui_theme());
        self.update_title(&ctx);
        if self.is_busy() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
    }

    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::OpenOriginal => self.pick(Some(Side::Left)),
            Command::OpenRevised => self.pick(Some(Side::Right)),
            Command::OpenBoth => self.pick(None),
            Command::OpenPath => self.path_field = Some(PathField::new(None)),
            Command::LoadFiles(paths, side) => self.load(paths, side),
            Command::SwapSides => {
                std::mem::swap(&mut self.left, &mut self.right);
                self.recompute();
            }
            Command::Reload => self.reload(),
            Command::ToggleIgnoreCase => {
                self.options.ignore_case ^= true;
                self.recompute();
            }
            Command::ToggleIgnorePunctuation => {
                self.options.ignore_punctuation ^= true;
                self.recompute();
            }
            Command::TogglePlainTypography => {
                self.options.plain_typography ^= true;
                self.recompute();
            }
            Command::SetThreshold(x) => {
                if (self.options.threshold - x).abs() > f32::EPSILON {
                    self.options.threshold = x.clamp(0.0, 1.0);
                    self.recompute();
                }
            }
            Command::NextChange => self.step_change(true),
            Command::PreviousChange => self.step_change(false),
            Command::GoToRow(row) => {
                if let Some(view) = &self.view {
                    self.state.go_to_row(&view.lines, row);
                }
            }
            Command::ToggleSync => self
                .state
                .toggle_sync(self.view.as_ref().map(|v| &*v.lines)),
            Command::ToggleTheme => self.state.dark ^= true,
            Command::ZoomIn => self.state.zoom = (self.state.zoom + 0.1).min(3.0),
            Command::ZoomOut => self.state.zoom = (self.state.zoom - 0.1).max(0.5),
            Command::ZoomReset => self.state.zoom = 1.0,
            Command::Find => self.find.open(),
            Command::FindNext | Command::FindPrevious => {
                if let Some(view) = &self.view {
                    self.find
                        .step(command == Command::FindNext, view, &mut self.state);
                }
            }
            Command::Dismiss => {
                if self.note.is_some() {
                    self.note = None;
                } else if self.find.open {
                    self.find.open = false;
                } else if self.path_field.is_some() {
                    self.path_field = None;
                } else {
                    self.banner = None;
                }
            }
            other => self.apply_review(other),
        }
    }

    fn step_change(&mut self, forward: bool) {
        if let Some(view) = &self.view {
            self.state.step_change(&view.lines, forward);
        }
    }

    fn pick(&mut self, side: Option<Side>) {
        if !work::dialogs_available() {
            self.path_field = Some(PathField::with_note(
                side,
                "No file dialog is available on this system: type a path instead.",
            ));
            return;
        }
        self.workers.spawn(move || work::pick(side));
    }

    /// Opens `paths`: one file into `side` (the revision when `None`), or two files (the
    /// older on the left). Anything else is refused with a message, keeping what is shown.
    pub fn load(&mut self, paths: Vec<PathBuf>, side: Option<Side>) {
        match (paths.len(), side) {
            (0, _) => {}
            (1, side) => self.request_load(vec![(side.unwrap_or(Side::Right), paths[0].clone())]),
            (2, _) => self.load_in_order(paths),
            (n, _) => {
                self.banner = Some(format!(
                    "Cannot open {n} files at once: drop one file onto a pane, or two files to compare them."
                ));
            }
        }
    }

    /// Opens two files, the one modified earlier as the original.
    fn load_in_order(&mut self, mut paths: Vec<PathBuf>) {
        let modified = |p: &PathBuf| std::fs::metadata(p).and_then(|m| m.modified()).ok();
        if let (Some(a), Some(b)) = (modified(&paths[0]), modified(&paths[1]))
            && b < a
        {
            paths.swap(0, 1);
        }
        let right = paths.pop();
        let left = paths.pop();
        if let (Some(left), Some(right)) = (left, right) {
            self.request_load(vec![(Side::Left, left), (Side::Right, right)]);
        }
    }

    fn request_load(&mut self, requests: Vec<(Side, PathBuf)>) {
        self.generation += 1;
        let generation = self.generation;
        let small = requests.iter().all(|(_, p)| {
            std::fs::metadata(p)
                .map(|m| (m.len() as usize) < work::INLINE_BYTES / 2)
                .unwrap_or(true)
        });
        if small {
            self.loaded(work::load_all(requests));
        } else {
            self.workers.spawn(move || Done::Loaded {
                generation,
                files: work::load_all(requests),
            });
        }
    }

    pub(crate) fn reload(&mut self) {
        let requests: Vec<(Side, PathBuf)> = [(Side::Left, &self.left), (Side::Right, &self.right)]
            .into_iter()
            .filter_map(|(side, doc)| Some((side, doc.path.clone()?)))
            .collect();
        if requests.is_empty() {
            self.recompute();
        } else {
            self.request_load(requests);
        }
    }

    /// Takes loaded files: all or nothing, so a bad file leaves the comparison as it was.
    fn loaded(&mut self, files: Vec<(Side, Result<Document, LoadError>)>) {
        let mut accepted = Vec::new();
        for (side, result) in files {
            match result {
                Ok(document) => accepted.push((side, Arc::new(document))),
                Err(error) => {
                    self.banner = Some(format!(
                        "Could not open {error}. The comparison is unchanged."
                    ));
                    return;
                }
            }
        }
        let reload = accepted.iter().all(|(side, document)| {
            let shown = match side {
                Side::Left => &self.left,
                Side::Right => &self.right,
            };
            shown.path.is_some() && shown.path == document.path
        });
        for (side, document) in accepted {
            match side {
                Side::Left => self.left = document,
                Side::Right => self.right = document,
            }
        }
        self.banner = None;
        // Other files are another review; reloading the same files continues this one.
        if reload {
            self.session.left = crate::session::SavedDocument::from_document(&self.left);
            self.session.right = crate::session::SavedDocument::from_document(&self.right);
            self.touch();
        } else {
            self.new_session();
        }
        self.recompute();
    }

    /// Compares the current documents with the current options: at once when small, on a
    /// worker otherwise (the previous comparison stays on screen meanwhile).
    pub fn recompute(&mut self) {
        self.generation += 1;
        let generation = self.generation;
        let (left, right, options) = (self.left.clone(), self.right.clone(), self.options);
        if left.text.len() + right.text.len() < work::INLINE_BYTES {
            self.set_view(View::compute(left, right, &options));
        } else {
            self.workers.spawn(move || Done::Compared {
                generation,
                view: View::compute(left, right, &options),
            });
        }
    }

    pub(crate) fn set_view(&mut self, view: View) {
        let same_documents = self.view.as_ref().is_some_and(|old| {
            Arc::ptr_eq(
                &old.comparison.left.document,
                &view.comparison.left.document,
            ) && Arc::ptr_eq(
                &old.comparison.right.document,
                &view.comparison.right.document,
            )
        });
        self.state.new_view(&view.lines, same_documents);
        self.find.refresh(&view);
        self.view = Some(view);
        self.refresh_reviews();
        self.report_orphans();
    }

    fn receive(&mut self, done: Done) {
        match done {
            Done::Loaded { generation, files } if generation == self.generation => {
                self.loaded(files)
            }
            Done::Compared { generation, view } if generation == self.generation => {
                self.set_view(view)
            }
            Done::Picked {
                side,
                paths,
                open_for,
            } => {
                if !paths.is_empty() {
                    self.load(paths, side);
                } else if open_for < INSTANT_ANSWER {
                    self.path_field = Some(PathField::with_note(
                        side,
                        "The file dialog could not be shown here: type a path instead.",
                    ));
                }
            }
            Done::Saved(result) => self.saved(result),
            Done::PickedSave(Some(path)) => self.save_to(path),
            Done::PickedSession(Some(path)) => self.open_session_file(path),
            Done::PickedSave(None) | Done::PickedSession(None) => {}
            Done::Loaded { .. } | Done::Compared { .. } => {} // superseded
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = format!("Redline — {} ↔ {}", self.left.name, self.right.name);
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

impl Default for App {
    fn default() -> Self {
        App::new()
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Closing the window never loses a review mark.
        self.touch();
        self.save_now();
        while self.saving {
            match self.workers.try_recv() {
                Some(Done::Saved(result)) => self.saved(result),
                Some(_) => {}
                None => std::thread::sleep(Duration::from_millis(10)),
            }
        }
    }
}
