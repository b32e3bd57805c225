//! The fact digest: which changes of a comparison alter facts — numbers, dates, names,
//! quotes, attribution, negation and hedging — each with its text before and after.
//!
//! For a modified or moved pair, each sentence is [`scan`]ned for fact-bearing spans with a
//! canonical form ("nine" and "9" are both 9; "said" and "says" are both "say"). A span is a
//! fact only when a changed word touches it and the other side has no span of the same kind
//! and form: precision first, so unchanged numbers in a reworded sentence, or the same facts
//! reworded, give nothing. What is left pairs up in order, kind by kind; the rest is a fact on
//! one side only. Added and removed sentences give their quotes and attributions. The word
//! lists live in [`lexicon`], one table per role, to extend without touching the rules.

mod amount;
mod changes;
mod index;
mod kind;
pub mod lexicon;
mod names;
mod quotes;
mod scan;
mod swaps;
#[cfg(test)]
mod tests;
mod when;

use std::ops::Range;

use super::{Comparison, Kind, Row, Segmented, Side};
use kind::Entity;
pub use kind::FactKind;
use scan::{Scope, scan};

/// One changed fact: its span before (in the left text) and after (in the right text), as
/// byte ranges into each side's document text; `None` on the side it is missing from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    /// What the fact is about.
    pub kind: FactKind,
    /// The span in the original, if there.
    pub left: Option<Range<usize>>,
    /// The span in the revision, if there.
    pub right: Option<Range<usize>>,
}

impl Fact {
    /// The text of the fact on `side`, if it has one there.
    pub fn text<'a>(&self, comparison: &'a Comparison, side: Side) -> Option<&'a str> {
        let (range, segmented) = match side {
            Side::Left => (self.left.as_ref(), &comparison.left),
            Side::Right => (self.right.as_ref(), &comparison.right),
        };
        segmented.document.text.get(range?.clone())
    }
}

/// The facts of one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowFacts {
    /// Index of the row in [`Comparison::rows`].
    pub row: usize,
    /// Its facts, in reading order.
    pub facts: Vec<Fact>,
}

/// The facts of a whole comparison: computed once with it, then only read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    /// Rows that have facts, in row order.
    rows: Vec<RowFacts>,
    /// Facts per kind, in [`FactKind::ALL`] order.
    counts: [usize; 7],
}

impl Facts {
    /// Finds the facts of every row of a comparison of `left` and `right`; a long comparison
    /// is split in two halves found on two threads.
    pub fn new(left: &Segmented, right: &Segmented, rows: &[Row]) -> Facts {
        let index = index::english();
        let find = |first: usize, rows: &[Row]| -> Vec<RowFacts> {
            let mut out = Vec::new();
            for (offset, row) in rows.iter().enumerate() {
                let facts = row_facts(left, right, row, index);
                if !facts.is_empty() {
                    out.push(RowFacts {
                        row: first + offset,
                        facts,
                    });
                }
            }
            out
        };
        let rows_with_facts = if rows.len() > PARALLEL_ROWS {
            let (head, tail) = rows.split_at(rows.len() / 2);
            std::thread::scope(|scope| {
                let later = scope.spawn(|| find(head.len(), tail));
                let mut all = find(0, head);
                let rest = later
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                all.extend(rest);
                all
            })
        } else {
            find(0, rows)
        };
        let mut counts = [0; 7];
        for fact in rows_with_facts.iter().flat_map(|r| &r.facts) {
            counts[fact.kind.index()] += 1;
        }
        Facts {
            rows: rows_with_facts,
            counts,
        }
    }

    /// The rows that have facts, in row order.
    pub fn rows(&self) -> &[RowFacts] {
        &self.rows
    }

    /// The facts of row `row` (none for a row without).
    pub fn of_row(&self, row: usize) -> &[Fact] {
        match self.rows.binary_search_by_key(&row, |r| r.row) {
            Ok(found) => &self.rows[found].facts,
            Err(_) => &[],
        }
    }

    /// How many facts of `kind`.
    pub fn count(&self, kind: FactKind) -> usize {
        self.counts[kind.index()]
    }

    /// How many facts in all.
    pub fn len(&self) -> usize {
        self.counts.iter().sum()
    }

    /// Whether no fact changed.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The counts in words, kinds without facts left out: "3 numbers, 1 date, 1 quote";
    /// "no facts" when there are none.
    pub fn describe(&self) -> String {
        let parts: Vec<String> = FactKind::ALL
            .iter()
            .filter(|k| self.count(**k) > 0)
            .map(|k| k.counted(self.count(*k)))
            .collect();
        if parts.is_empty() {
            "no facts".to_string()
        } else {
            parts.join(", ")
        }
    }
}

/// Comparisons with more rows than this find their facts on two threads.
const PARALLEL_ROWS: usize = 20_000;

/// The facts of one row.
fn row_facts(
    left: &Segmented,
    right: &Segmented,
    row: &Row,
    index: &'static index::Index,
) -> Vec<Fact> {
    match (row.kind, row.left, row.right) {
        (Kind::Modified | Kind::Moved, Some(l), Some(r)) => {
            if row.left_changes.is_empty() && row.right_changes.is_empty() {
                return Vec::new();
            }
            let (Some((l_start, l_text)), Some((r_start, r_text))) =
                (sentence(left, l), sentence(right, r))
            else {
                return Vec::new();
            };
            let may_matter = |text: &str, start: usize, changes: &[Range<usize>]| {
                index.has_quote_mark(text)
                    || index.has_source_lead(text)
                    || changes.iter().any(|c| {
                        let range = c.start.saturating_sub(start)..c.end.saturating_sub(start);
                        text.get(range)
                            .is_some_and(|changed| index.may_matter(changed))
                    })
            };
            // Most changes touch no fact; checking the changed words first spares the scan.
            if !may_matter(l_text, l_start, &row.left_changes)
                && !may_matter(r_text, r_start, &row.right_changes)
            {
                return Vec::new();
            }
            let shift = |changes: &[Range<usize>], start: usize| -> Vec<Range<usize>> {
                changes
                    .iter()
                    .map(|c| c.start.saturating_sub(start)..c.end.saturating_sub(start))
                    .collect()
            };
            let (l_changes, r_changes) = (
                shift(&row.left_changes, l_start),
                shift(&row.right_changes, r_start),
            );
            let mut left_entities = scan(l_text, index, Scope::All);
            let mut right_entities = scan(r_text, index, Scope::All);
            let l_sentence = l_start..l_start + l_text.len();
            let r_sentence = r_start..r_start + r_text.len();
            confirm_names(
                &mut left_entities,
                l_text,
                &l_changes,
                &left.document.text,
                l_sentence,
            );
            confirm_names(
                &mut right_entities,
                r_text,
                &r_changes,
                &right.document.text,
                r_sentence,
            );
            let mut facts = changes::changed(
                (l_text, &left_entities, &l_changes),
                (r_text, &right_entities, &r_changes),
            );
            for fact in &mut facts {
                fact.left = fact.left.take().map(|s| s.start + l_start..s.end + l_start);
                fact.right = fact
                    .right
                    .take()
                    .map(|s| s.start + r_start..s.end + r_start);
            }
            facts
        }
        (Kind::Removed, Some(l), _) => one_sided(sentence(left, l), index, Side::Left),
        (Kind::Added, _, Some(r)) => one_sided(sentence(right, r), index, Side::Right),
        _ => Vec::new(),
    }
}

/// Keeps a lone capitalised word opening the sentence as a name only where a change touches
/// it and the document names it so near `sentence` (its range in `document`); the search
/// runs for those few words only.
fn confirm_names(
    entities: &mut Vec<Entity>,
    text: &str,
    changes: &[Range<usize>],
    document: &str,
    sentence: Range<usize>,
) {
    entities.retain(|e| {
        !e.tentative
            || (changes::touches(&e.reach, changes)
                && text
                    .get(e.range.clone())
                    .is_some_and(|word| names::named_elsewhere(document, word, sentence.clone())))
    });
}

/// Where sentence `i` of `side` starts, and its text.
fn sentence(side: &Segmented, i: usize) -> Option<(usize, &str)> {
    let range = side.sentences.get(i)?.range();
    Some((range.start, side.document.text.get(range)?))
}

/// The quotes and attributions of a sentence only on `side`.
fn one_sided(
    sentence: Option<(usize, &str)>,
    index: &'static index::Index,
    side: Side,
) -> Vec<Fact> {
    let Some((start, text)) = sentence else {
        return Vec::new();
    };
    if !index.has_quote_mark(text) && !index.has_attribution_word(text) {
        return Vec::new();
    }
    let mut entities = scan(text, index, Scope::QuotesAndAttributions);
    entities.sort_by_key(|e| e.range.start);
    entities
        .into_iter()
        .map(|e| {
            let range = Some(e.range.start + start..e.range.end + start);
            let (left, right) = match side {
                Side::Left => (range, None),
                Side::Right => (None, range),
            };
            Fact {
                kind: e.kind,
                left,
                right,
            }
        })
        .collect()
}
