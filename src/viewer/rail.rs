//! What the version rail and the sentence history draw, derived from the session and its
//! story on demand (nothing here is kept: it is a few entries per version).

use std::ops::Range;

use super::model::Viewer;
use crate::compare::Summary;
use crate::compare::history::Event;

/// One version in the rail.
#[derive(Clone, Debug, PartialEq)]
pub struct RailVersion {
    /// "v1", "v2", …
    pub label: String,
    /// The file name or address.
    pub name: String,
    /// The headline: the page's title, else the text's first line (shortened).
    pub headline: String,
    /// When it was published or updated, or the file's time, once known.
    pub time: Option<String>,
    /// Its changes against the previous version, once computed (none for the first).
    pub summary: Option<Summary>,
    /// How much changed against the previous version, 0 to 1 (share of text not unchanged).
    pub changed: f32,
}

/// The version rail: every version, and which two are shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Rail {
    /// The versions in story order.
    pub versions: Vec<RailVersion>,
    /// The versions shown (left, right).
    pub pair: [usize; 2],
    /// The story is being computed (counts come when it is done).
    pub computing: bool,
}

/// One version of a sentence's life.
#[derive(Clone, Debug, PartialEq)]
pub struct ThreadEntry {
    /// The version.
    pub version: usize,
    /// The sentence's index in it (`None` once removed).
    pub sentence: Option<usize>,
    /// What happened to it there.
    pub event: Event,
    /// Its wording there (empty once removed).
    pub text: String,
    /// The words changed since the previous version, as byte ranges into `text`.
    pub changes: Vec<Range<usize>>,
}

/// The life of the selected sentence across the versions.
#[derive(Clone, Debug, PartialEq)]
pub struct SentenceHistory {
    /// Its entries, from the version where it appears to the one where it is removed.
    pub entries: Vec<ThreadEntry>,
    /// The selected entry's version.
    pub selected_version: usize,
}

/// At most this many characters of a headline are shown in the rail.
const HEADLINE_CHARS: usize = 60;

impl Viewer {
    /// The version rail, for a session of three or more versions.
    pub fn rail(&self) -> Option<Rail> {
        if !self.session.is_history() {
            return None;
        }
        let history = self.history();
        let versions = (self.session.versions.iter().enumerate())
            .map(|(index, version)| {
                let document = &version.document;
                let summary = history
                    .and_then(|h| h.step_into(index))
                    .map(|step| step.summary);
                RailVersion {
                    label: format!("v{}", index + 1),
                    name: document.name.clone(),
                    headline: headline(document),
                    time: self
                        .story
                        .as_ref()
                        .and_then(|s| s.times.get(index).cloned().flatten()),
                    changed: summary.map_or(0.0, |s| (1.0 - s.similarity).clamp(0.0, 1.0)),
                    summary,
                }
            })
            .collect();
        Some(Rail {
            versions,
            pair: self.session.pair(),
            computing: history.is_none(),
        })
    }

    /// The history of the sentence last clicked, once the story is computed.
    pub fn sentence_history(&self) -> Option<SentenceHistory> {
        let history = self.history()?;
        let (version, sentence) = self.selected?;
        let thread_index = history.thread_of(version, sentence)?;
        let thread = history.threads().get(thread_index)?;
        let entries = thread
            .entries()
            .iter()
            .map(|entry| {
                let located = entry.sentence.and_then(|s| {
                    let side = history.versions().get(entry.version)?;
                    let range = side.sentences.get(s)?.range();
                    Some((range.start, history.sentence_text(entry.version, s)?))
                });
                let (start, text) = located.unwrap_or((0, ""));
                let changes = match (entry.kind.is_change(), entry.sentence) {
                    (true, Some(_)) => history
                        .row_of(thread_index, entry)
                        .map(|row| relative(&row.right_changes, start, text.len()))
                        .unwrap_or_default(),
                    _ => Vec::new(),
                };
                ThreadEntry {
                    version: entry.version,
                    sentence: entry.sentence,
                    event: entry.kind,
                    text: text.to_string(),
                    changes,
                }
            })
            .collect();
        Some(SentenceHistory {
            entries,
            selected_version: version,
        })
    }

    /// Whether the sentence history panel is open.
    pub fn sentence_history_open(&self) -> bool {
        self.sentence_history_open
    }
}

/// `ranges` (into a document's text) made relative to a sentence starting at `start`, of
/// `length` bytes; ranges outside it are dropped.
fn relative(ranges: &[Range<usize>], start: usize, length: usize) -> Vec<Range<usize>> {
    ranges
        .iter()
        .filter_map(|r| {
            let s = r.start.checked_sub(start)?;
            let e = r.end.checked_sub(start)?.min(length);
            (s < e).then_some(s..e)
        })
        .collect()
}

/// A version's headline: its page title, else its first non-empty line, shortened.
fn headline(document: &crate::load::Document) -> String {
    let line = document.meta.title.as_deref().unwrap_or_else(|| {
        document
            .text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("")
    });
    if line.chars().count() <= HEADLINE_CHARS {
        line.to_string()
    } else {
        let short: String = line.chars().take(HEADLINE_CHARS - 1).collect();
        format!("{}…", short.trim_end())
    }
}
