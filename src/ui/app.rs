//! The window: draws the panels from the model, gathers the actions they return (and the
//! keyboard's), and applies them in order at the end of the frame.

use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::Ui;

use super::paint::PanesCache;
use super::sessions;
use super::sessions::SessionsUi;
use super::theme::Theme;
use super::{drop, facts, find_bar, help, ignore, keys, menu, message, note, panes, path_field};
use super::{sentence_history, status, toolbar, versions};
use crate::viewer::{Action, Viewer};

/// How long the clipboard's text may take to arrive after it was asked for.
const PASTE_WAIT: Duration = Duration::from_millis(500);

/// The window: the model and what only drawing needs (measured heights, hover, edit buffers).
pub struct App {
    viewer: Viewer,
    panes: PanesCache,
    sessions: SessionsUi,
    typed_last_frame: bool,
    /// When the clipboard was asked for (its text arrives as a paste event in a later frame).
    paste_asked: Option<Instant>,
    waker_set: bool,
    title: String,
}

impl App {
    /// The window on `viewer`.
    pub fn new(viewer: Viewer) -> App {
        App {
            viewer,
            panes: PanesCache::default(),
            sessions: SessionsUi::default(),
            typed_last_frame: false,
            paste_asked: None,
            waker_set: false,
            title: String::new(),
        }
    }

    /// The model, to read (tests).
    pub fn viewer(&self) -> &Viewer {
        &self.viewer
    }

    /// Waits up to `timeout` for background work and takes its results (tests).
    pub fn wait_idle(&mut self, timeout: Duration) {
        self.viewer.wait_idle(timeout);
    }

    /// Applies an action as if a panel had returned it (tests, benchmarks).
    pub fn apply(&mut self, action: Action) {
        self.viewer.apply(action);
    }

    /// Draws one frame and applies its actions.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if !self.waker_set {
            let waker = ctx.clone();
            self.viewer
                .set_waker(Arc::new(move || waker.request_repaint()));
            self.waker_set = true;
        }
        if let Some(wait) = self.viewer.poll(Instant::now()) {
            ctx.request_repaint_after(wait);
        }
        let dark = self.viewer.view().dark;
        let egui_theme = if dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        };
        ui.set_style(ctx.style_of(egui_theme));
        let theme = Theme::for_dark(dark);
        let mut actions = keys::shortcut_actions(&ctx, self.typed_last_frame);
        if let Some(asked) = self.paste_asked {
            // No text within half a second: the clipboard holds none.
            let answer = match keys::pasted(&ctx) {
                Some(text) => Some(Action::Paste(text)),
                None if asked.elapsed() > PASTE_WAIT => Some(Action::PasteEmpty),
                None => {
                    ctx.request_repaint_after(PASTE_WAIT);
                    None
                }
            };
            if let Some(answer) = answer {
                actions.push(answer);
                self.paste_asked = None;
            }
        }
        let viewer = &self.viewer;

        egui::Panel::top("menu").show(ui, |ui| actions.extend(menu::menu_bar_ui(ui, viewer)));
        egui::Panel::top("toolbar").show(ui, |ui| {
            actions.extend(toolbar::toolbar_ui(ui, viewer));
        });
        if let Some(shown) = viewer.message() {
            egui::Panel::top("message")
                .frame(
                    egui::Frame::new()
                        .fill(theme.message(shown.tone))
                        .inner_margin(6.0),
                )
                .show(ui, |ui| {
                    let reload = viewer.changed_sources();
                    actions.extend(message::message_ui(ui, shown, reload));
                });
        }
        if let Some(field) = viewer.note() {
            egui::Panel::top("note").show(ui, |ui| actions.extend(note::note_ui(ui, field)));
        }
        if let Some(field) = viewer.path_field() {
            egui::Panel::top("path").show(ui, |ui| {
                actions.extend(path_field::path_field_ui(ui, field));
            });
        }
        if viewer.find().open {
            egui::Panel::top("find").show(ui, |ui| {
                actions.extend(find_bar::find_bar_ui(ui, viewer.find()));
            });
        }
        if viewer.sessions().open {
            egui::Panel::left("sessions")
                .default_size(300.0)
                .show(ui, |ui| {
                    let current = &viewer.session().id;
                    let list = viewer.sessions();
                    actions.extend(sessions::sessions_ui(
                        ui,
                        list,
                        current,
                        viewer.has_store(),
                        &mut self.sessions,
                    ));
                });
        }
        if let Some(rail) = viewer.rail() {
            egui::Panel::left("versions")
                .default_size(240.0)
                .show(ui, |ui| {
                    actions.extend(versions::versions_ui(ui, &rail, &theme));
                });
        }
        if let Some(shown) = viewer.shown().filter(|_| viewer.facts().open) {
            egui::Panel::right("facts")
                .default_size(320.0)
                .show(ui, |ui| {
                    actions.extend(facts::facts_ui(ui, shown, viewer.facts(), &theme));
                });
        }
        egui::Panel::bottom("status").show(ui, |ui| status::status_ui(ui, viewer, &theme));
        if let Some(rail) = viewer.rail().filter(|_| viewer.sentence_history_open()) {
            egui::Panel::bottom("sentence history")
                .default_size(190.0)
                .min_size(120.0)
                .resizable(true)
                .show(ui, |ui| {
                    let history = viewer.sentence_history();
                    actions.extend(sentence_history::sentence_history_ui(
                        ui,
                        history.as_ref(),
                        rail.computing,
                        &theme,
                    ));
                });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            actions.extend(panes::panes_ui(ui, viewer, &theme, &mut self.panes));
            actions.extend(drop::drop_ui(ui, &theme));
        });
        if let Some(which) = viewer.help() {
            actions.extend(help::help_ui(&ctx, which));
        }
        if let Some(editor) = viewer.ignore_editor() {
            actions.extend(ignore::ignore_ui(&ctx, editor, viewer.options()));
        }

        if !actions.is_empty() {
            // The frame was drawn before the actions took effect: draw the result.
            ctx.request_repaint();
        }
        for action in actions {
            self.viewer.apply(action);
        }
        if let Some(wait) = self.viewer.poll(Instant::now()) {
            ctx.request_repaint_after(wait);
        }
        // The spinner turns while a comparison is awaited; other jobs wake the window when done.
        if self.viewer.is_comparing() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        if self.viewer.paste_target().is_some() && self.paste_asked.is_none() {
            // The clipboard's text comes back as a paste event in the next frame.
            ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste);
            self.paste_asked = Some(Instant::now());
        }
        if self.viewer.wants_quit() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.typed_last_frame = ctx.text_edit_focused();
        // Panels and popups take the context's theme when the next frame begins.
        ctx.set_theme(egui_theme);
        self.update_title(&ctx);
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let name = |side| {
            let document = self.viewer.document(side);
            if self.viewer.missing(side).is_some() {
                "…".to_string()
            } else {
                document.name.clone()
            }
        };
        let title = format!(
            "Redline — {} ↔ {}",
            name(crate::compare::Side::Left),
            name(crate::compare::Side::Right)
        );
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Closing the window never loses a review mark.
        self.viewer.finish();
    }
}
