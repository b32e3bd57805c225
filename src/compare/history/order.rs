//! The order of a story's versions: as given, or by modification time.

use std::cmp::Ordering;
use std::path::Path;
use std::time::SystemTime;

/// How the versions of a story are put in order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    /// In the order given (on the command line, in a selection).
    #[default]
    Given,
    /// Oldest first, by the files' modification times (see [`order`]).
    ModificationTime,
}

/// Orders versions, each a path and its modification time (`None` when unknown), and returns
/// their indices in the new order (a permutation of `0..versions.len()`).
///
/// [`Order::Given`] keeps them as they are. [`Order::ModificationTime`] puts the oldest
/// first; versions with the same time (files copied or checked out in one go) are ordered by
/// path, with runs of digits compared as numbers (`v2.txt` before `v10.txt`); versions
/// whose time is unknown come last, by path too. Paths that are the same keep the order given.
pub fn order<P: AsRef<Path>>(versions: &[(P, Option<SystemTime>)], order: Order) -> Vec<usize> {
    let mut indices: Vec<usize> = (0..versions.len()).collect();
    if order == Order::ModificationTime {
        // A stable sort: equal keys keep the order given.
        indices.sort_by(|&a, &b| {
            let (path_a, time_a) = &versions[a];
            let (path_b, time_b) = &versions[b];
            let by_time = match (time_a, time_b) {
                (Some(x), Some(y)) => x.cmp(y),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            };
            by_time.then_with(|| {
                natural(
                    &path_a.as_ref().to_string_lossy(),
                    &path_b.as_ref().to_string_lossy(),
                )
            })
        });
    }
    indices
}

/// Compares two names as a person reads them: runs of digits by their value (`2` before
/// `10`), everything else character by character.
fn natural(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a, b);
    loop {
        match (a.chars().next(), b.chars().next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let (digits_a, rest_a) = split_digits(a);
                let (digits_b, rest_b) = split_digits(b);
                // Leading zeros do not change a number's value; then more digits is larger.
                let (value_a, value_b) = (
                    digits_a.trim_start_matches('0'),
                    digits_b.trim_start_matches('0'),
                );
                let by_value = value_a
                    .len()
                    .cmp(&value_b.len())
                    .then_with(|| value_a.cmp(value_b))
                    .then_with(|| digits_a.len().cmp(&digits_b.len()));
                if by_value != Ordering::Equal {
                    return by_value;
                }
                (a, b) = (rest_a, rest_b);
            }
            (Some(x), Some(y)) => {
                if x != y {
                    return x.cmp(&y);
                }
                (a, b) = (&a[x.len_utf8()..], &b[y.len_utf8()..]);
            }
        }
    }
}

fn split_digits(text: &str) -> (&str, &str) {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    text.split_at(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn at(seconds: u64) -> Option<SystemTime> {
        Some(SystemTime::UNIX_EPOCH + Duration::from_secs(seconds))
    }

    #[test]
    fn given_order_is_kept() {
        let versions = [("c.txt", at(1)), ("a.txt", at(3)), ("b.txt", at(2))];
        assert_eq!(order(&versions, Order::Given), vec![0, 1, 2]);
    }

    #[test]
    fn oldest_first_then_by_name_with_numbers_as_numbers_and_unknown_times_last() {
        let versions = [
            ("story-v10.txt", at(500)),
            ("story-v2.txt", at(500)),
            ("late.txt", at(900)),
            ("mystery-b.txt", None),
            ("early.txt", at(100)),
            ("mystery-a.txt", None),
        ];
        let ordered: Vec<&str> = order(&versions, Order::ModificationTime)
            .into_iter()
            .map(|i| versions[i].0)
            .collect();
        assert_eq!(
            ordered,
            [
                "early.txt",
                "story-v2.txt",
                "story-v10.txt",
                "late.txt",
                "mystery-a.txt",
                "mystery-b.txt"
            ]
        );
    }

    #[test]
    fn names_compare_naturally() {
        assert_eq!(natural("v2", "v10"), Ordering::Less);
        assert_eq!(natural("v010", "v9"), Ordering::Greater);
        assert_eq!(natural("v07", "v7"), Ordering::Greater);
        assert_eq!(natural("v7", "v7"), Ordering::Equal);
        assert_eq!(natural("draft", "draft 2"), Ordering::Less);
        assert_eq!(natural("ärger 1", "ärger 01"), Ordering::Less);
    }
}
