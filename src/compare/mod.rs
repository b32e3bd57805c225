//! The comparison engine: two documents' sentences aligned into rows of shared, modified,
//! moved, removed and added sentences, computed once. No UI code here.
//!
//! Pipeline: [`segment`] both texts; diff the sequences of normalised sentence keys
//! ([`align`]); link identical sentences that changed place ([`moves`]); pair reworded
//! sentences inside each changed region ([`pair`]); link near-identical sentences that moved
//! and changed; mark the changed words of every pair ([`inline`]); find the changed facts
//! ([`facts`]).

pub mod align;
pub mod bag;
pub mod diff;
pub mod facts;
pub mod filter;
pub mod gaps;
pub mod history;
pub mod index;
pub mod inline;
pub mod key;
pub mod moves;
pub mod pair;
pub mod parallel;
pub mod segment;

use std::ops::Range;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::load::Document;
pub use segment::Sentence;

/// How sentences are compared.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// Treat upper and lower case as the same.
    pub ignore_case: bool,
    /// Ignore punctuation and symbols.
    pub ignore_punctuation: bool,
    /// Treat typographic quotes, dashes and spaces as their plain forms (“ as ", — as -).
    pub plain_typography: bool,
    /// Minimum word similarity (0..=1) for two different sentences to be paired as modified.
    pub threshold: f32,
    /// Regular expressions: a sentence matching any is ignored (shown, never counted as a
    /// change; see [`filter`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ignore_sentences: Vec<String>,
}

/// The default pairing threshold: pairs paraphrases and rewritten headlines (typically
/// 0.5–0.8) while unrelated sentences of the same story stay below it (typically < 0.3).
pub const DEFAULT_THRESHOLD: f32 = 0.40;

impl Default for Options {
    fn default() -> Self {
        Options {
            ignore_case: false,
            ignore_punctuation: false,
            plain_typography: false,
            threshold: DEFAULT_THRESHOLD,
            ignore_sentences: Vec::new(),
        }
    }
}

/// Which side of the comparison: the one `Side` type of the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// The original, shown on the left.
    Left,
    /// The revision, shown on the right.
    Right,
}

impl Side {
    /// 0 for the left side, 1 for the right (an index into pairs of sides).
    pub fn index(self) -> usize {
        match self {
            Side::Left => 0,
            Side::Right => 1,
        }
    }

    /// "original" or "revised".
    pub fn role(self) -> &'static str {
        match self {
            Side::Left => "original",
            Side::Right => "revised",
        }
    }
}

/// What happened to a sentence between the two versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// The same on both sides, in the same place.
    Shared,
    /// Reworded: paired across with its changed words marked.
    Modified,
    /// Present on both sides (identical or nearly) in different places.
    Moved,
    /// Only in the original (left).
    Removed,
    /// Only in the revision (right).
    Added,
}

impl Kind {
    /// All kinds, in the order summaries list them.
    pub const ALL: [Kind; 5] = [
        Kind::Shared,
        Kind::Modified,
        Kind::Moved,
        Kind::Removed,
        Kind::Added,
    ];

    /// The lowercase name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Shared => "shared",
            Kind::Modified => "modified",
            Kind::Moved => "moved",
            Kind::Removed => "removed",
            Kind::Added => "added",
        }
    }
}

/// One row of the alignment: a sentence of one side, or a pair across.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// What kind of row.
    pub kind: Kind,
    /// Index of the left sentence, if any.
    pub left: Option<usize>,
    /// Index of the right sentence, if any.
    pub right: Option<usize>,
    /// Word similarity of the pair (1 for shared, 0 for one-sided rows).
    pub similarity: f32,
    /// Changed words in the left sentence, as byte ranges into the left text.
    pub left_changes: Vec<Range<usize>>,
    /// Changed words in the right sentence, as byte ranges into the right text.
    pub right_changes: Vec<Range<usize>>,
}

/// One side of a comparison: the document and its sentences.
#[derive(Clone, Debug)]
pub struct Segmented {
    /// The document as loaded.
    pub document: Arc<Document>,
    /// Its sentences, in order.
    pub sentences: Vec<Sentence>,
}

impl Segmented {
    /// The text of sentence `index`.
    pub fn sentence_text(&self, index: usize) -> &str {
        &self.document.text[self.sentences[index].range()]
    }
}

/// Counts per kind and the overall similarity.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Summary {
    /// Rows of kind shared.
    pub shared: usize,
    /// Rows of kind modified.
    pub modified: usize,
    /// Rows of kind moved.
    pub moved: usize,
    /// Rows of kind removed.
    pub removed: usize,
    /// Rows of kind added.
    pub added: usize,
    /// Rows left out of the counts above because their sentences match the ignore list.
    pub ignored: usize,
    /// Share of the text (in bytes of sentence text) that is unchanged, 0..=1; ignored
    /// sentences count for neither part.
    pub similarity: f32,
}

impl Summary {
    /// The count for one kind.
    pub fn count(&self, kind: Kind) -> usize {
        match kind {
            Kind::Shared => self.shared,
            Kind::Modified => self.modified,
            Kind::Moved => self.moved,
            Kind::Removed => self.removed,
            Kind::Added => self.added,
        }
    }

    /// Number of changes (every row that is not shared).
    pub fn changes(&self) -> usize {
        self.modified + self.moved + self.removed + self.added
    }
}

/// Two documents compared: computed once, then only read.
#[derive(Clone, Debug)]
pub struct Comparison {
    /// The original.
    pub left: Segmented,
    /// The revision.
    pub right: Segmented,
    /// The options it was computed with.
    pub options: Options,
    /// The rows, in reading order: ordered by the original's sentences, with added sentences
    /// where they stand among them. A moved row stands at the original sentence's place.
    pub rows: Vec<Row>,
    /// For each row, whether it is ignored: its sentences match the options'
    /// `ignore_sentences`, so it never counts as a change (reports show it dimmed).
    pub ignored: Vec<bool>,
    /// Counts and similarity.
    pub summary: Summary,
    /// For each left sentence, the index of its row.
    pub row_from_left: Vec<usize>,
    /// For each right sentence, the index of its row.
    pub row_from_right: Vec<usize>,
    /// The changed facts of the rows (numbers, dates, names, quotes, …).
    pub facts: facts::Facts,
}

/// Texts above this size are segmented on two threads.
const PARALLEL_BYTES: usize = 256 * 1024;

impl Comparison {
    /// Compares `left` (the original) with `right` (the revision).
    pub fn new(left: Arc<Document>, right: Arc<Document>, options: &Options) -> Comparison {
        let (left, right) = Comparison::segment(left, right);
        Comparison::aligned_with(left, right, options, |_, _| ()).0
    }

    /// Splits both documents into sentences: the first step of [`Comparison::new`], on two
    /// threads when the texts are long.
    pub fn segment(left: Arc<Document>, right: Arc<Document>) -> (Segmented, Segmented) {
        let (left_sentences, right_sentences) = parallel::join(
            left.text.len() + right.text.len() > PARALLEL_BYTES,
            || segment::segment(&left.text),
            || segment::segment(&right.text),
        );
        (
            Segmented {
                document: left,
                sentences: left_sentences,
            },
            Segmented {
                document: right,
                sentences: right_sentences,
            },
        )
    }

    /// Compares two segmented documents (the rest of [`Comparison::new`]). `meanwhile` runs
    /// on this thread with both sides while the rows are computed on another when the texts
    /// are long (a report writes the sentences meanwhile); its result comes back with the
    /// comparison.
    pub fn aligned_with<T>(
        left: Segmented,
        right: Segmented,
        options: &Options,
        meanwhile: impl FnOnce(&Segmented, &Segmented) -> T,
    ) -> (Comparison, T) {
        let long = left.document.text.len() + right.document.text.len() > PARALLEL_BYTES;
        let (analysis, value) = if long {
            // Not `parallel::join`: `meanwhile` may hold what cannot cross threads (a locked
            // standard output), so it stays here.
            std::thread::scope(|scope| {
                let rows = scope.spawn(|| Analysis::new(&left, &right, options));
                let value = meanwhile(&left, &right);
                let analysis = rows
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                (analysis, value)
            })
        } else {
            let value = meanwhile(&left, &right);
            (Analysis::new(&left, &right, options), value)
        };
        let comparison = Comparison {
            left,
            right,
            options: options.clone(),
            rows: analysis.rows,
            ignored: analysis.ignored,
            summary: analysis.summary,
            row_from_left: analysis.row_from_left,
            row_from_right: analysis.row_from_right,
            facts: analysis.facts,
        };
        (comparison, value)
    }

    /// True when row `index` is ignored (see [`Comparison::ignored`]).
    pub fn is_ignored(&self, index: usize) -> bool {
        self.ignored.get(index).copied().unwrap_or(false)
    }

    /// True when the texts are the same under the options (whitespace never counts,
    /// ignored sentences neither).
    pub fn is_identical(&self) -> bool {
        self.summary.changes() == 0
    }
}

/// What a comparison computes from the two segmented sides.
struct Analysis {
    rows: Vec<Row>,
    ignored: Vec<bool>,
    summary: Summary,
    row_from_left: Vec<usize>,
    row_from_right: Vec<usize>,
    facts: facts::Facts,
}

impl Analysis {
    fn new(left: &Segmented, right: &Segmented, options: &Options) -> Analysis {
        let rows = align::align(left, right, options);
        let ignored = filter::Filter::new(&options.ignore_sentences).mark(left, right, &rows);
        let summary = summarize(left, right, &rows, &ignored);
        let facts = facts::Facts::new(left, right, &rows);
        let mut row_from_left = vec![0; left.sentences.len()];
        let mut row_from_right = vec![0; right.sentences.len()];
        for (index, row) in rows.iter().enumerate() {
            if let Some(l) = row.left {
                row_from_left[l] = index;
            }
            if let Some(r) = row.right {
                row_from_right[r] = index;
            }
        }
        Analysis {
            rows,
            ignored,
            summary,
            row_from_left,
            row_from_right,
            facts,
        }
    }
}

fn summarize(left: &Segmented, right: &Segmented, rows: &[Row], ignored: &[bool]) -> Summary {
    let mut summary = Summary::default();
    let (mut total, mut kept) = (0usize, 0usize);
    let span = |r: &Range<usize>| r.end - r.start;
    for (row, &ignored) in rows.iter().zip(ignored) {
        if ignored {
            summary.ignored += 1;
            continue;
        }
        match row.kind {
            Kind::Shared => summary.shared += 1,
            Kind::Modified => summary.modified += 1,
            Kind::Moved => summary.moved += 1,
            Kind::Removed => summary.removed += 1,
            Kind::Added => summary.added += 1,
        }
        let left_len = row.left.map_or(0, |l| span(&left.sentences[l].range()));
        let right_len = row.right.map_or(0, |r| span(&right.sentences[r].range()));
        total += left_len + right_len;
        if row.left.is_some() && row.right.is_some() {
            let changed: usize = row
                .left_changes
                .iter()
                .chain(&row.right_changes)
                .map(span)
                .sum();
            kept += (left_len + right_len).saturating_sub(changed);
        }
    }
    summary.similarity = if total == 0 {
        1.0
    } else {
        kept as f32 / total as f32
    };
    summary
}
