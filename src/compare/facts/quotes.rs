//! Quotations in a sentence: the spans between quotation marks, including a quote that
//! began in an earlier sentence or runs on into the next one.

use std::ops::Range;

/// The quotations of `text` as (with the marks, the words inside), byte ranges into `text`.
/// `marks` are (opening, closing) pairs; a mark that is both opens after a space or at the
/// start, and closes otherwise.
pub(super) fn regions(text: &str, marks: &[(char, char)]) -> Vec<(Range<usize>, Range<usize>)> {
    let mut out = Vec::new();
    // The opening mark's offset and the closing mark awaited.
    let mut open: Option<(usize, char)> = None;
    let mut previous: Option<char> = None;
    for (i, c) in text.char_indices() {
        let after = i + c.len_utf8();
        let closes = open.is_some_and(|(_, close)| close == c);
        let pair = marks.iter().find(|(o, _)| *o == c);
        let closer_only = marks.iter().any(|(o, cl)| *cl == c && *o != c);
        if closes {
            if let Some((start, _)) = open.take() {
                push(text, start..after, &mut out);
            }
        } else if let Some(&(_, close)) = pair.filter(|_| open.is_none()) {
            let symmetric = close == c;
            let opening_place = previous.is_none_or(|p| p.is_whitespace() || "([{—–-".contains(p));
            if !symmetric || opening_place {
                open = Some((i, close));
            } else if out.is_empty() {
                // A closing mark with no opening one: the quote began before this sentence.
                push(text, 0..after, &mut out);
            }
        } else if closer_only && open.is_none() && out.is_empty() {
            push(text, 0..after, &mut out);
        }
        previous = Some(c);
    }
    if let Some((start, _)) = open {
        // The quote runs on past this sentence.
        push(text, start..text.len(), &mut out);
    }
    out
}

/// Adds a quotation whose span with the marks is `outer`, if it has words inside.
fn push(text: &str, outer: Range<usize>, out: &mut Vec<(Range<usize>, Range<usize>)>) {
    let slice = &text[outer.clone()];
    let is_edge = |c: char| !c.is_alphanumeric() && !"$€£¥%".contains(c);
    let trimmed_start = slice.trim_start_matches(is_edge);
    let start = outer.start + (slice.len() - trimmed_start.len());
    let trimmed = trimmed_start.trim_end_matches(|c: char| is_edge(c) && !"?!".contains(c));
    let end = start + trimmed.len();
    if trimmed.chars().any(char::is_alphanumeric) {
        out.push((outer, start..end));
    }
}

/// The words of a quotation, lowercase, for comparing two versions of it (punctuation and
/// spacing do not count).
pub(super) fn canonical(quote: &str) -> String {
    let mut out = String::with_capacity(quote.len());
    for word in quote.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
        let word = word.trim_matches(|c| c == '\'' || c == '’');
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const MARKS: &[(char, char)] = &[('“', '”'), ('"', '"')];

    fn quoted(text: &str) -> Vec<&str> {
        regions(text, MARKS)
            .into_iter()
            .map(|(_, inner)| &text[inner])
            .collect()
    }

    #[test]
    fn quotes_inside_marks_without_edge_punctuation() {
        assert_eq!(
            quoted("“We will rebuild,” Smith said, “and soon.”"),
            vec!["We will rebuild", "and soon"]
        );
        assert_eq!(
            quoted("He called it \"a disgrace\" and left."),
            vec!["a disgrace"]
        );
    }

    #[test]
    fn quotes_that_begin_or_end_outside_the_sentence() {
        assert_eq!(
            quoted("It will take years,” she said."),
            vec!["It will take years"]
        );
        assert_eq!(
            quoted("She said: “We are not done."),
            vec!["We are not done"]
        );
        assert!(quoted("No quotes at all.").is_empty());
    }

    #[test]
    fn canonical_ignores_case_and_punctuation() {
        assert_eq!(canonical("We will, rebuild!"), canonical("we will rebuild"));
        assert_ne!(canonical("we will rebuild"), canonical("we may rebuild"));
    }
}
