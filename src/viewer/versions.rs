//! A story's versions in the viewer: which pair the panes show, stepping through consecutive
//! pairs, putting versions in another order, opening several versions, and the story (its
//! history) computed on a worker whenever the versions or the options change.

use std::path::PathBuf;
use std::sync::Arc;

use super::action::Tone;
use super::jobs::Done;
use super::model::Viewer;
use super::nav::Reveal;
use super::open::Source;
use super::schedule::OPTIONS_DELAY;
use super::story::{self, Story, VersionsOpened};
use crate::compare::Side;
use crate::compare::history::Order;
use crate::session::SavedDocument;

impl Viewer {
    /// Computes the story of the session's versions on a worker (a session of two versions
    /// has none: the panes are its whole story).
    pub(super) fn compute_history(&mut self) {
        self.history_generation += 1;
        // The story of other versions (or another order) must not show meanwhile.
        self.story = None;
        if !self.session.is_history() {
            return;
        }
        let generation = self.history_generation;
        let documents = (self.session.versions.iter())
            .map(|v| v.document.clone())
            .collect();
        let options = self.session.options.clone();
        self.jobs.spawn(move || Done::History {
            generation,
            story: Box::new(Story::compute(documents, &options)),
        });
    }

    /// Takes a computed story, unless the versions or options changed since it was asked for.
    pub(super) fn take_story(&mut self, generation: u64, story: Story) {
        if generation == self.history_generation {
            self.story = Some(story);
        }
    }

    /// Shows versions `pair` (left, right) in the panes.
    pub(super) fn show_pair(&mut self, pair: [usize; 2]) {
        let count = self.session.versions.len();
        let [left, right] = pair;
        if left == right || left >= count || right >= count || pair == self.session.pair() {
            self.pending_sentence = None;
            return;
        }
        if !self.may_change_versions() {
            self.pending_sentence = None;
            return;
        }
        self.session.pair = pair;
        self.session.view.current_change = None;
        self.session.view.top_line = 0;
        self.missing = [None, None];
        self.compare_pair();
        // The pair is part of the record (it depends on the versions' order).
        self.saver.touch_record(super::schedule::MARK_DELAY);
    }

    /// Rail click on `version`: it against the previous one (the first against the second).
    /// With `extend` (Shift+click), the pair from the version clicked before to this one.
    pub(super) fn click_version(&mut self, version: usize, extend: bool) {
        let anchor = self.rail_anchor.unwrap_or(self.session.pair()[1]);
        let pair = if extend && anchor != version {
            [anchor.min(version), anchor.max(version)]
        } else {
            self.rail_anchor = Some(version);
            match version {
                0 => [0, 1],
                v => [v - 1, v],
            }
        };
        self.show_pair(pair);
    }

    /// Steps to the next (or previous) consecutive pair of versions (Ctrl+PgDn / Ctrl+PgUp).
    pub(super) fn step_versions(&mut self, forward: bool) {
        let count = self.session.versions.len();
        if count < 3 {
            self.say(
                Tone::Info,
                "Open three or more versions of a story to step through them (File > Open versions…).",
            );
            return;
        }
        let later = self.session.pair().into_iter().max().unwrap_or(1);
        let next = if forward {
            later + 1
        } else {
            later.saturating_sub(1)
        };
        if next == 0 || next >= count {
            let end = if forward { "last" } else { "first" };
            self.say(Tone::Info, format!("This is the {end} step of the story."));
            return;
        }
        self.rail_anchor = Some(next);
        self.show_pair([next - 1, next]);
    }

    /// Moves version `from` one place earlier or later in the story.
    pub(super) fn move_version(&mut self, from: usize, earlier: bool) {
        if !self.may_change_versions() {
            return;
        }
        let to = if earlier {
            from.checked_sub(1)
        } else {
            Some(from + 1)
        };
        if let Some(to) = to
            && self.session.move_version(from, to)
        {
            self.rail_anchor = None;
            self.selected = None;
            self.recompare();
        }
    }

    /// Whether the versions shown may change now: not while files are being opened into the
    /// panes (they are meant for the versions shown when they were asked for).
    pub(super) fn may_change_versions(&mut self) -> bool {
        if self.opening {
            self.say(
                Tone::Info,
                "Opening… choose other versions when the files are shown.",
            );
        }
        !self.opening
    }

    /// Reads every version from a file or an address again (Reload in a story), on a worker;
    /// the review continues.
    pub(super) fn reload_versions(&mut self) {
        let sources: Vec<(usize, PathBuf)> = (self.session.versions.iter().enumerate())
            .filter_map(|(index, version)| {
                let document = &version.document;
                let url = || document.meta.url.as_ref().map(PathBuf::from);
                Some((index, document.path.clone().or_else(url)?))
            })
            .collect();
        if sources.is_empty() {
            self.recompare();
            return;
        }
        self.opening = true;
        let generation = self.next_generation();
        self.jobs.spawn(move || Done::VersionsReloaded {
            generation,
            reloaded: sources
                .into_iter()
                .map(|(index, path)| {
                    let loaded = Source::Path(path).load();
                    let loaded = loaded.map(|d| SavedDocument::new(Arc::new(d)));
                    (index, loaded.map_err(|e| format!("Could not open {e}.")))
                })
                .collect(),
        });
    }

    /// Takes versions read again: each replaces its version (a file that failed keeps the
    /// text shown, and is named), then the story is compared again.
    pub(super) fn versions_reloaded(
        &mut self,
        reloaded: Vec<(usize, Result<SavedDocument, String>)>,
    ) {
        let mut problems = Vec::new();
        for (index, result) in reloaded {
            match (result, self.session.versions.get_mut(index)) {
                (Ok(document), Some(slot)) => *slot = document,
                (Err(problem), _) => problems.push(problem),
                (Ok(_), None) => {}
            }
        }
        self.changed_sources = false;
        self.message = None;
        if !problems.is_empty() {
            self.say(Tone::Error, problems.join(" "));
        }
        self.recompare();
    }

    /// Opens `paths` as a story's versions (folders give their files), on a worker.
    pub(super) fn open_versions(&mut self, paths: Vec<PathBuf>, order: Order) {
        self.opening = true;
        let options = self.session.options.clone();
        let generation = self.next_generation();
        self.jobs.spawn(move || Done::VersionsOpened {
            generation,
            result: story::open_versions(paths, order, options).map(Box::new),
        });
    }

    /// Shows versions opened: a new review of them, from its last step.
    pub(super) fn versions_opened(&mut self, opened: VersionsOpened) {
        let VersionsOpened {
            mut session,
            shown,
            story,
            problems,
        } = opened;
        self.save_before_switch();
        // The look stays as the reviewer set it; the position is the new story's.
        let previous = &self.session.view;
        session.view.sync = previous.sync;
        session.view.zoom = previous.zoom;
        session.view.dark = previous.dark;
        // Options changed while the files were read: they apply to the new story too.
        let options_changed = session.options != self.session.options;
        session.options = self.session.options.clone();
        self.session = session;
        self.pending_sentence = None;
        self.missing = [None, None];
        self.changed_sources = false;
        self.rail_anchor = None;
        self.selected = None;
        self.message = None;
        self.history_generation += 1;
        self.story = Some(story);
        self.set_shown(shown, false);
        self.nav.request(Reveal::Aligned(0, 0.0));
        if !problems.is_empty() {
            self.say(Tone::Error, problems.join(" "));
        }
        if options_changed {
            self.recompare();
        }
        self.saver.touch_record(OPTIONS_DELAY);
    }

    /// The sentence whose history is shown: the one clicked, as (version, sentence).
    pub(super) fn select_row(&mut self, row: usize) {
        let Some(shown) = &self.shown else { return };
        let Some(r) = shown.comparison.rows.get(row) else {
            return;
        };
        let [left, right] = shown.pair;
        self.selected = match (r.right, r.left) {
            (Some(sentence), _) => Some((right, sentence)),
            (None, Some(sentence)) => Some((left, sentence)),
            (None, None) => None,
        };
    }

    /// Shows `sentence` of `version` against the previous version and goes to it (a click in
    /// the sentence history).
    pub(super) fn go_to_version_sentence(&mut self, version: usize, sentence: usize) {
        self.selected = Some((version, sentence));
        let pair = match version {
            0 => [0, 1],
            v => [v - 1, v],
        };
        if pair == self.session.pair() {
            self.reveal_selected();
        } else {
            self.pending_sentence = Some((version, sentence));
            self.show_pair(pair);
        }
    }

    /// Makes the selected sentence's row current (after the comparison showing it arrived).
    pub(super) fn reveal_selected(&mut self) {
        let Some((version, sentence)) = self.selected else {
            return;
        };
        let Some(shown) = &self.shown else { return };
        let comparison = &shown.comparison;
        let row = if shown.pair[1] == version {
            comparison.row_from_right.get(sentence)
        } else if shown.pair[0] == version {
            comparison.row_from_left.get(sentence)
        } else {
            None
        };
        if let Some(&line) = row.and_then(|&row| shown.lines.line_from_row.get(row)) {
            self.nav
                .go_to_line(&mut self.session.view, &shown.lines, line);
        }
    }

    /// A viewer on a story's versions already in memory (in story order), its last step
    /// shown and its story computed before it returns, with no store (benchmarks, tests).
    pub fn with_versions(documents: Vec<crate::load::Document>) -> Viewer {
        let mut viewer = Viewer::blank(None);
        let documents: Vec<Arc<crate::load::Document>> =
            documents.into_iter().map(Arc::new).collect();
        let story = Story::compute(documents.clone(), &crate::compare::Options::default());
        let session = crate::session::Session::with_versions(documents);
        let shown = super::shown::Shown::of_session(&session);
        viewer.missing = [None, None];
        viewer.session = session;
        viewer.story = Some(story);
        viewer.set_shown(shown, false);
        viewer
    }

    /// Which side shows `version`, if either does.
    pub fn side_of_version(&self, version: usize) -> Option<Side> {
        let [left, right] = self.session.pair();
        if version == left {
            Some(Side::Left)
        } else if version == right {
            Some(Side::Right)
        } else {
            None
        }
    }

    /// The story of the versions, once computed (sessions of three or more versions).
    pub fn story(&self) -> Option<&Story> {
        self.story.as_ref()
    }

    /// The history of the story, when computed with the options shown.
    pub(super) fn history(&self) -> Option<&Arc<crate::compare::history::History>> {
        let story = self.story.as_ref()?;
        (story.history.options() == &self.session.options).then_some(&story.history)
    }
}
