//! Which fact-bearing spans of two versions of a sentence are changed facts: the same fact
//! on both sides is none, wherever it stands; values that traded places are; what is left
//! pairs up in order, kind by kind, where a changed word touches it.

use std::ops::Range;

use super::Fact;
use super::kind::{Entity, FactKind};
use super::swaps;

/// One version of a sentence: its text, its entities and its changed spans (relative).
pub(super) type Version<'a> = (&'a str, &'a [Entity], &'a [Range<usize>]);

/// The facts between two versions of a sentence.
pub(super) fn changed(left: Version<'_>, right: Version<'_>) -> Vec<Fact> {
    let (left_text, left_entities, left_changes) = left;
    let (right_text, right_entities, right_changes) = right;
    let mut facts: Vec<(usize, Fact)> = Vec::new();
    let present = |entities: &[Entity], kind| entities.iter().any(|e| e.kind == kind);
    for kind in FactKind::ALL {
        if !present(left_entities, kind) && !present(right_entities, kind) {
            continue;
        }
        let mut l: Vec<&Entity> = left_entities.iter().filter(|e| e.kind == kind).collect();
        let mut r: Vec<&Entity> = right_entities.iter().filter(|e| e.kind == kind).collect();
        if l.is_empty() && r.is_empty() {
            continue;
        }
        if matches!(kind, FactKind::Number | FactKind::Date) {
            // Values that traded places are facts though both sides hold them all.
            let pairs: Vec<(usize, usize)> = swaps::swapped(left_text, &l, right_text, &r)
                .into_iter()
                .filter(|&(i, j)| {
                    touches(&l[i].reach, left_changes) || touches(&r[j].reach, right_changes)
                })
                .collect();
            for &(i, j) in &pairs {
                let fact = Fact {
                    kind,
                    left: Some(l[i].range.clone()),
                    right: Some(r[j].range.clone()),
                };
                facts.push((l[i].range.start, fact));
            }
            let (mut l_paired, mut r_paired): (Vec<usize>, Vec<usize>) = pairs.into_iter().unzip();
            l_paired.sort_unstable();
            r_paired.sort_unstable();
            remove_at(&mut l, &l_paired);
            remove_at(&mut r, &r_paired);
        }
        // The same fact on both sides, wherever it stands, is no change.
        let mut r_kept = vec![true; r.len()];
        l.retain(|e| {
            let twin = r.iter().enumerate().find(|(k, o)| r_kept[*k] && same(e, o));
            match twin {
                Some((k, _)) => {
                    r_kept[k] = false;
                    false
                }
                None => true,
            }
        });
        let mut kept = r_kept.iter();
        r.retain(|_| kept.next().copied().unwrap_or(false));
        if kind == FactKind::Name {
            // A name the other side still mentions by its last word is the same person
            // ("Karen Smith" and a sentence opening "Smith …").
            l.retain(|e| !mentions(right_text, &left_text[e.range.clone()]));
            r.retain(|e| !mentions(left_text, &right_text[e.range.clone()]));
        }
        // Left over, the spans pair in order; a pair counts when a changed word touches
        // either (an insertion leaves the other side untouched), a single span when one
        // touches it.
        for k in 0..l.len().max(r.len()) {
            let (a, b) = (l.get(k), r.get(k));
            let a_touched = a.is_some_and(|e| touches(&e.reach, left_changes));
            let b_touched = b.is_some_and(|e| touches(&e.reach, right_changes));
            let (a, b) = match (a_touched, b_touched) {
                (false, false) => continue,
                _ if a.is_some() && b.is_some() => (a, b),
                _ => (a.filter(|_| a_touched), b.filter(|_| b_touched)),
            };
            let alone = |e: Option<&&Entity>| e.is_some_and(|e| e.weak);
            if (a.is_none() && alone(b)) || (b.is_none() && alone(a)) {
                continue;
            }
            let position = a.or(b).map_or(0, |e| e.range.start);
            facts.push((
                position,
                Fact {
                    kind,
                    left: a.map(|e| e.range.clone()),
                    right: b.map(|e| e.range.clone()),
                },
            ));
        }
    }
    facts.sort_by_key(|(position, fact)| (*position, fact.kind));
    facts.into_iter().map(|(_, fact)| fact).collect()
}

/// Removes the items at `sorted` (ascending indices) from `items`.
fn remove_at<T>(items: &mut Vec<T>, sorted: &[usize]) {
    for &i in sorted.iter().rev() {
        items.remove(i);
    }
}

/// Whether `text` has the last word of `name` as a whole word.
fn mentions(text: &str, name: &str) -> bool {
    let Some(last) = name
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
    else {
        return false;
    };
    text.match_indices(last).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + last.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether two entities of one kind state the same fact. A name matches a longer or shorter
/// form of itself ("Karen Smith" and "Smith").
fn same(a: &Entity, b: &Entity) -> bool {
    if a.canonical == b.canonical {
        return true;
    }
    if a.kind != FactKind::Name {
        return false;
    }
    let words =
        |e: &Entity| -> Vec<String> { e.canonical.split(' ').map(str::to_string).collect() };
    let (a, b) = (words(a), words(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.iter().all(|w| long.contains(w))
}

/// Whether `range` overlaps any of `changes`.
pub(super) fn touches(range: &Range<usize>, changes: &[Range<usize>]) -> bool {
    changes
        .iter()
        .any(|c| c.start < range.end && range.start < c.end)
}
