//! The ignore list's editor (Edit > Ignore sentences matching…): the options' regular
//! expressions of sentences never counted as changes, a typed pattern checked before it is
//! added, and the newsroom presets as one switch.

use super::action::{IgnoreEditor, Tone};
use super::model::Viewer;
use crate::compare::Options;
use crate::compare::filter;

impl Viewer {
    /// The ignore list's editor, when open.
    pub fn ignore_editor(&self) -> Option<&IgnoreEditor> {
        self.ignore_editor.as_ref()
    }

    /// Opens the editor (or gives its field the focus again).
    pub(super) fn open_ignore_editor(&mut self) {
        let editor = self.ignore_editor.get_or_insert_with(IgnoreEditor::default);
        editor.focus_requests += 1;
    }

    /// The text typed in the editor; an edit clears the last refusal.
    pub(super) fn set_ignore_text(&mut self, text: String) {
        if let Some(editor) = &mut self.ignore_editor
            && editor.text != text
        {
            editor.text = text;
            editor.error = None;
        }
    }

    /// Adds the typed pattern and compares again; an invalid expression or one already
    /// listed is refused in the editor, the list unchanged.
    pub(super) fn add_ignore_pattern(&mut self) {
        let Some(editor) = &mut self.ignore_editor else {
            return;
        };
        let pattern = editor.text.trim().to_string();
        if pattern.is_empty() {
            return;
        }
        // A refusal gives the field the keyboard back, to correct the pattern.
        if let Err(reason) = filter::check(&pattern) {
            let reason = reason.trim_start_matches("error: ");
            editor.error = Some(format!("Not added: not a valid expression ({reason})."));
            editor.focus_requests += 1;
            return;
        }
        if self.session.options.ignore_sentences.contains(&pattern) {
            editor.error = Some("Not added: it is already in the list.".into());
            editor.focus_requests += 1;
            return;
        }
        editor.text.clear();
        editor.error = None;
        editor.focus_requests += 1;
        self.session.options.ignore_sentences.push(pattern);
        self.recompare();
    }

    /// Removes a pattern from the list and compares again.
    pub(super) fn remove_ignore_pattern(&mut self, pattern: &str) {
        let patterns = &mut self.session.options.ignore_sentences;
        let before = patterns.len();
        patterns.retain(|p| p != pattern);
        if patterns.len() != before {
            self.recompare();
        } else {
            self.say(Tone::Info, "That pattern is no longer in the ignore list.");
        }
    }
}

/// The patterns the editor lists one by one: all of them but the newsroom presets while
/// every one of those is on (one check box stands for them).
pub fn listed_patterns(options: &Options) -> Vec<&str> {
    let furniture = furniture();
    let presets_on = ignores_furniture(options);
    options
        .ignore_sentences
        .iter()
        .filter(|p| !(presets_on && furniture.contains(p)))
        .map(String::as_str)
        .collect()
}

/// The patterns of the newsroom presets (timestamps, credits, ads, newsletters, read more).
pub(super) fn furniture() -> Vec<String> {
    filter::preset(filter::ALL_PRESETS).unwrap_or_default()
}

/// Whether `options` ignore the newsroom furniture.
pub fn ignores_furniture(options: &Options) -> bool {
    let furniture = furniture();
    !furniture.is_empty()
        && furniture
            .iter()
            .all(|p| options.ignore_sentences.contains(p))
}
