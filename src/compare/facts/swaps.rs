//! Numbers and dates that traded places: "from 12,400 to 11,900" → "from 11,900 to 12,400"
//! holds the same values on both sides, so matching values alone finds no change. Each
//! value keeps the words on either side of its place, though: paired by those, both are facts.

use std::ops::Range;

use super::kind::Entity;

/// Pairs of values (indices into `left` and `right`, entities of one kind) that traded
/// places: each stands between the same two words as the other did, and each value is found
/// on the other side. A reordered sentence whose values moved with their words ("12 teachers
/// and 15 aides" → "15 aides and 12 teachers") gives no pair.
pub(super) fn swapped(
    left_text: &str,
    left: &[&Entity],
    right_text: &str,
    right: &[&Entity],
) -> Vec<(usize, usize)> {
    let left_keys: Vec<Key> = left.iter().map(|e| key(left_text, &e.range)).collect();
    let right_keys: Vec<Key> = right.iter().map(|e| key(right_text, &e.range)).collect();
    let has =
        |entities: &[&Entity], canonical: &str| entities.iter().any(|e| e.canonical == canonical);
    let mut pairs = Vec::new();
    for (i, wanted) in left_keys.iter().enumerate() {
        // Words that surround two values on one side pair nothing.
        let unique = |keys: &[Key]| {
            let mut found = keys.iter().enumerate().filter(|(_, k)| same_key(k, wanted));
            match (found.next(), found.next()) {
                (Some((at, _)), None) => Some(at),
                _ => None,
            }
        };
        let (Some(_), Some(j)) = (unique(&left_keys), unique(&right_keys)) else {
            continue;
        };
        let (a, b) = (left[i], right[j]);
        if a.canonical != b.canonical && has(left, &b.canonical) && has(right, &a.canonical) {
            pairs.push((i, j));
        }
    }
    pairs
}

/// The words either side of a value.
type Key<'a> = (&'a str, &'a str);

fn same_key(a: &Key<'_>, b: &Key<'_>) -> bool {
    a.0.eq_ignore_ascii_case(b.0) && a.1.eq_ignore_ascii_case(b.1)
}

/// The word (or mark) just before `range` in `text` and the one just after it; "" at either
/// end of the sentence.
fn key<'a>(text: &'a str, range: &Range<usize>) -> Key<'a> {
    let before = text.get(..range.start).unwrap_or("").trim_end();
    let after = text.get(range.end..).unwrap_or("").trim_start();
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map(|(at, _)| at);
    let previous = match word_start {
        Some(at) => &before[at..],
        None => before
            .char_indices()
            .next_back()
            .map_or("", |(at, _)| &before[at..]),
    };
    let word_end = after
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(after.len(), |(at, _)| at);
    let next = if word_end > 0 {
        &after[..word_end]
    } else {
        after.chars().next().map_or("", |c| &after[..c.len_utf8()])
    };
    (previous, next)
}
