//! The changed words of a sentence pair, as byte ranges, for highlighting.

use std::borrow::Cow;
use std::ops::Range;

use std::time::{Duration, Instant};

use similar::{Algorithm, DiffOp, capture_diff_slices, capture_diff_slices_deadline};

use super::Options;
use super::key::{fold_into, is_punctuation, plain_char};

/// Pairs up to this many (left × right) tokens are diffed exactly; ordinary sentences are far
/// below it.
const EXACT_TOKEN_CELLS: usize = 1 << 20;
/// Time allowed for the word diff of one giant pair before it settles for a coarser result.
const LARGE_PAIR_DEADLINE: Duration = Duration::from_millis(50);

/// A word or a punctuation mark of a sentence.
struct Token<'a> {
    range: Range<usize>,
    /// The token as compared: the text itself unless an option folds it.
    key: Cow<'a, str>,
}

/// The changed words of `left` against `right`, as ranges into the texts the two slices
/// were taken from (`left_offset` and `right_offset` are where they start). Whitespace never
/// counts; case, punctuation and typography count as the options say.
pub fn changes(
    left: &str,
    left_offset: usize,
    right: &str,
    right_offset: usize,
    options: &Options,
) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let left_tokens = tokens(left, options);
    let right_tokens = tokens(right, options);
    let left_keys: Vec<&str> = left_tokens.iter().map(|t| t.key.as_ref()).collect();
    let right_keys: Vec<&str> = right_tokens.iter().map(|t| t.key.as_ref()).collect();
    // A "sentence" can be a whole unpunctuated transcript; bound the word diff on such giants.
    let ops = if left_keys.len() * right_keys.len() <= EXACT_TOKEN_CELLS {
        capture_diff_slices(Algorithm::Myers, &left_keys, &right_keys)
    } else {
        let deadline = Instant::now() + LARGE_PAIR_DEADLINE;
        capture_diff_slices_deadline(
            Algorithm::Histogram,
            &left_keys,
            &right_keys,
            Some(deadline),
        )
    };
    let mut left_changed = vec![false; left_tokens.len()];
    let mut right_changed = vec![false; right_tokens.len()];
    for (k, op) in ops.iter().enumerate() {
        let (_, old, new) = op.as_tag_tuple();
        match op {
            DiffOp::Equal { len, .. } => {
                // A lone short word between two changes ("the", ",") reads better as part of
                // one changed phrase than as a one-word island.
                let between = k > 0 && k + 1 < ops.len();
                if *len == 1 && between && left_keys[old.start].len() <= 3 {
                    left_changed[old.start] = true;
                    right_changed[new.start] = true;
                }
            }
            _ => {
                left_changed[old].iter_mut().for_each(|c| *c = true);
                right_changed[new].iter_mut().for_each(|c| *c = true);
            }
        }
    }
    (
        ranges(&left_tokens, &left_changed, left_offset),
        ranges(&right_tokens, &right_changed, right_offset),
    )
}

/// Joins runs of changed tokens into byte ranges (the whitespace between them included).
fn ranges(tokens: &[Token<'_>], changed: &[bool], offset: usize) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut previous_changed = false;
    for (token, &is_changed) in tokens.iter().zip(changed) {
        if is_changed {
            let range = token.range.start + offset..token.range.end + offset;
            match out.last_mut() {
                Some(last) if previous_changed => last.end = range.end,
                _ => out.push(range),
            }
        }
        previous_changed = is_changed;
    }
    out
}

/// Splits a sentence into words (letters and digits, with inner apostrophes) and single
/// punctuation marks, each with its comparison key.
fn tokens<'a>(text: &'a str, options: &Options) -> Vec<Token<'a>> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut word_start: Option<usize> = None;
    let folds = options.ignore_case || options.plain_typography;
    let flush = |out: &mut Vec<Token<'a>>, start: usize, end: usize| {
        let raw = &text[start..end];
        let key = if folds {
            let mut key = String::with_capacity(raw.len());
            for c in raw.chars() {
                let c = if options.plain_typography {
                    plain_char(c)
                } else {
                    c
                };
                fold_into(c, options, &mut key);
            }
            Cow::Owned(key)
        } else {
            Cow::Borrowed(raw)
        };
        out.push(Token {
            range: start..end,
            key,
        });
    };
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            word_start.get_or_insert(i);
            continue;
        }
        let inner_apostrophe = matches!(c, '\'' | '’')
            && word_start.is_some()
            && text[i + c.len_utf8()..].starts_with(char::is_alphanumeric);
        if inner_apostrophe {
            continue;
        }
        if let Some(start) = word_start.take() {
            flush(&mut out, start, i);
        }
        if is_punctuation(c) && !options.ignore_punctuation {
            flush(&mut out, i, i + c.len_utf8());
        }
    }
    if let Some(start) = word_start {
        flush(&mut out, start, text.len());
    }
    merge_dot_runs(out)
}

/// Joins adjacent periods into one token, so that "..." and "…" (folded to "...") compare as
/// one mark each.
fn merge_dot_runs(tokens: Vec<Token<'_>>) -> Vec<Token<'_>> {
    let is_dots = |t: &Token<'_>| !t.key.is_empty() && t.key.bytes().all(|b| b == b'.');
    let mut out: Vec<Token<'_>> = Vec::with_capacity(tokens.len());
    for token in tokens {
        match out.last_mut() {
            Some(last)
                if is_dots(last) && is_dots(&token) && last.range.end == token.range.start =>
            {
                last.range.end = token.range.end;
                last.key = Cow::Owned(format!("{}{}", last.key, token.key));
            }
            _ => out.push(token),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn changed_words_are_marked_on_both_sides() {
        let left = "“But we are prepared to retaliate if Russia continues its invasion of Ukraine,” Biden would tell Putin.";
        let right = "“But we are prepared to retaliate if Russia moves on with a new invasion of Ukraine,” Biden planned to tell Putin.";
        let (l, r) = changes(left, 0, right, 0, &Options::default());
        assert_eq!(marked(left, &l), vec!["continues its", "would"]);
        assert_eq!(marked(right, &r), vec!["moves on with a new", "planned to"]);
    }

    #[test]
    fn offsets_are_added_and_whitespace_never_counts() {
        let (l, r) = changes(
            "rose 5%  today",
            100,
            "rose 6%\ntoday",
            200,
            &Options::default(),
        );
        assert_eq!(l, vec![105..106]);
        assert_eq!(r, vec![205..206]);
        let (l, r) = changes("A  b", 0, "A b", 0, &Options::default());
        assert!(l.is_empty() && r.is_empty());
    }

    #[test]
    fn options_fold_case_and_punctuation() {
        let options = Options {
            ignore_case: true,
            ignore_punctuation: true,
            ..Options::default()
        };
        let (l, r) = changes("The Vote, finally.", 0, "the vote finally", 0, &options);
        assert!(l.is_empty() && r.is_empty(), "{l:?} {r:?}");
        let typography = Options {
            plain_typography: true,
            ..Options::default()
        };
        let (l, r) = changes(
            "He paused… then “left.”",
            0,
            "He paused... then \"left.\"",
            0,
            &typography,
        );
        assert!(l.is_empty() && r.is_empty(), "{l:?} {r:?}");
        let (l, _) = changes("The Vote.", 0, "the vote", 0, &Options::default());
        assert_eq!(marked("The Vote.", &l), vec!["The Vote."]);
    }
}
