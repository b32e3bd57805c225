//! A comparison ready to show: the comparison, its layout, and its changed rows by the texts
//! of their sentences (how review marks find their rows).

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHasher};

use super::layout::Lines;
use super::open_state::Missing;
use crate::compare::{Comparison, Options};
use crate::session::{MarkKey, Review, SavedDocument, Session, oriented};

/// A comparison ready to show: the rows, their layout, and the rows by mark key.
#[derive(Clone)]
pub struct Shown {
    /// The comparison.
    pub comparison: Arc<Comparison>,
    /// Its layout.
    pub lines: Arc<Lines>,
    /// The changed rows by the hash of their sentence texts, to find a mark's row quickly.
    rows_by_key: Arc<FxHashMap<u64, Vec<usize>>>,
    /// The stops (indices into `lines.stops`) whose change has a changed fact.
    pub fact_stops: Arc<Vec<usize>>,
    /// The versions compared (left, right), as indices into the session's versions.
    pub pair: [usize; 2],
}

impl Shown {
    /// Compares and lays out (run on a worker for big inputs). With a side missing, the layout
    /// has nothing to step through.
    pub fn compute(
        left: &SavedDocument,
        right: &SavedDocument,
        pair: [usize; 2],
        options: &Options,
        missing: &[Option<Missing>; 2],
    ) -> Shown {
        let comparison = Comparison::new(left.document.clone(), right.document.clone(), options);
        let lines = if missing.iter().any(Option::is_some) {
            Lines::one_sided(&comparison)
        } else {
            Lines::new(&comparison)
        };
        let rows_by_key = rows_by_key(&comparison, &lines, pair);
        let fact_stops = (0..lines.stops.len())
            .filter(|&stop| {
                let row = lines
                    .stops
                    .get(stop)
                    .and_then(|&l| lines.aligned.get(l))
                    .map(|l| l.row);
                row.is_some_and(|row| !comparison.facts.of_row(row).is_empty())
            })
            .collect();
        Shown {
            comparison: Arc::new(comparison),
            lines: Arc::new(lines),
            rows_by_key,
            fact_stops: Arc::new(fact_stops),
            pair,
        }
    }

    /// The pair `session` shows, compared with both sides present.
    pub fn of_session(session: &Session) -> Shown {
        Shown::compute(
            session.left(),
            session.right(),
            session.pair(),
            &session.options,
            &[None, None],
        )
    }

    /// The same comparison as versions `pair` of another session (a new review of the files
    /// shown): its marks are keyed for that pair.
    pub fn for_pair(self, pair: [usize; 2]) -> Shown {
        if pair == self.pair {
            return self;
        }
        Shown {
            rows_by_key: rows_by_key(&self.comparison, &self.lines, pair),
            pair,
            ..self
        }
    }

    /// The key of the review mark of `row`.
    pub fn key_of(&self, row: &crate::compare::Row) -> MarkKey {
        MarkKey::for_row(self.pair, &self.comparison, row)
    }

    /// The changed row that mark `key` belongs to.
    pub fn row_of(&self, key: &MarkKey) -> Option<usize> {
        let hash = key_hash(key.left.as_deref(), key.right.as_deref());
        let c = &self.comparison;
        self.rows_by_key
            .get(&hash)?
            .iter()
            .copied()
            .find(|&row| c.rows.get(row).is_some_and(|r| key.fits(self.pair, c, r)))
    }
}

/// The changed rows of `comparison` by the hash of their key's texts, for versions `pair`.
fn rows_by_key(
    comparison: &Comparison,
    lines: &Lines,
    pair: [usize; 2],
) -> Arc<FxHashMap<u64, Vec<usize>>> {
    let mut rows_by_key: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for &row in &lines.changes {
        let Some(r) = comparison.rows.get(row) else {
            continue;
        };
        let (_, left, right) = oriented(
            pair,
            r.left.map(|l| comparison.left.sentence_text(l)),
            r.right.map(|r| comparison.right.sentence_text(r)),
        );
        rows_by_key
            .entry(key_hash(left, right))
            .or_default()
            .push(row);
    }
    Arc::new(rows_by_key)
}

/// A row's review mark, for drawing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowMark {
    /// Accepted, flagged or (with a note only) unreviewed.
    pub review: Review,
    /// The note, empty if none.
    pub note: String,
}

impl RowMark {
    /// Accepted or flagged.
    pub fn is_reviewed(&self) -> bool {
        self.review != Review::Unreviewed
    }
}

/// The hash of a change's sentence texts, the same for a row and for its mark's key.
pub fn key_hash(left: Option<&str>, right: Option<&str>) -> u64 {
    let mut hasher = FxHasher::default();
    left.hash(&mut hasher);
    right.hash(&mut hasher);
    hasher.finish()
}
