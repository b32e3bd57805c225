//! Finding paragraphs: blocks between blank lines, with hard-wrapped lines joined and other
//! line breaks (headlines, datelines, list items, one-paragraph-per-line files) kept.

use std::ops::Range;

/// Line lengths (in characters) that hard-wrapped prose uses: wrappers break at 60–100 columns.
const WRAP_MIN: usize = 50;
const WRAP_MAX: usize = 100;
/// The narrowest and widest columns wrapping to one width is recognised at.
const WRAP_NARROWEST: usize = 32;
const WRAP_WIDEST: usize = 160;

/// The byte ranges of the paragraphs of `text`, trimmed of surrounding whitespace, in order.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut block: Vec<Range<usize>> = Vec::new();
    let mut line_start = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    for line_end in ends {
        let line = line_start..line_end;
        line_start = line_end + 1;
        if text[line.clone()].trim().is_empty() {
            flush(text, &mut block, &mut out);
        } else {
            block.push(line);
        }
        if line_start > text.len() {
            break;
        }
    }
    flush(text, &mut block, &mut out);
    out
}

/// Turns one block of consecutive non-blank lines into one or more paragraphs.
fn flush(text: &str, block: &mut Vec<Range<usize>>, out: &mut Vec<Range<usize>>) {
    if block.is_empty() {
        return;
    }
    let wrapped = is_hard_wrapped(text, block) || is_wrapped_to_width(text, block);
    let mut para_start = trim_start(text, block[0].start, block[0].end);
    // Brackets still open at a line end: a wrapped link or aside ("[Statement …\n…](url)").
    let mut depth = 0usize;
    for pair in block.windows(2) {
        let (line, next) = (&text[pair[0].clone()], &text[pair[1].clone()]);
        depth = bracket_depth(depth, line);
        // A headline is a line of its own: a line that continues a paragraph is no headline,
        // however many names it holds ("…Dale Whitcomb and Priya Natarajan, who said the
        // Harbor View Tenants Union").
        let headline = para_start >= pair[0].start && is_headline(line);
        let soft = (depth > 0 && !opens_item(next))
            || ((wrapped || continues(line, next))
                && !opens_item(next)
                && !is_credit(next)
                && !is_heading(line)
                && !headline);
        if !soft {
            out.push(para_start..trim_end(text, pair[0].start, pair[0].end));
            para_start = trim_start(text, pair[1].start, pair[1].end);
        }
    }
    let last = block.last().cloned().unwrap_or(0..0);
    out.push(para_start..trim_end(text, last.start, last.end));
    block.clear();
}

/// A block is hard-wrapped prose when its lines (all but the last) have the lengths a text
/// wrapper produces and mostly do not end a sentence at the line end.
fn is_hard_wrapped(text: &str, block: &[Range<usize>]) -> bool {
    if block.len() < 2 {
        return false;
    }
    let lines: Vec<&str> = block[..block.len() - 1]
        .iter()
        .map(|r| text[r.clone()].trim_end())
        .collect();
    let lengths: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
    let longest = lengths.iter().copied().max().unwrap_or(0);
    let wrapper_like = lengths
        .iter()
        .filter(|&&n| (WRAP_MIN..=WRAP_MAX).contains(&n) && n * 10 >= longest * 7)
        .count();
    let ending = lines
        .iter()
        .filter(|l| l.ends_with(['.', '?', '!', '"', '”', ':']) && !ends_with_title(l))
        .count();
    // Two lines are weak evidence: a dek above a short credit line looks wrapped by length,
    // so the second line must look like the rest of a paragraph too, and not open a sentence
    // after a first line without final punctuation (a headline in sentence case).
    let second = block.get(1).map_or("", |r| text[r.clone()].trim());
    let opens = second.split_whitespace().next().is_some_and(opens_sentence);
    let two_lines_ok = block.len() > 2 || (second.chars().count() >= 40 && (ending > 0 || !opens));
    // The last line of a wrapped paragraph is no longer than the others may be: a short line
    // above a long one is a headline above a paragraph written on one line.
    let last_fits = block
        .last()
        .is_some_and(|r| text[r.clone()].trim().chars().count() <= WRAP_MAX);
    let by_length = wrapper_like * 5 >= lines.len() * 4
        && last_fits
        && (ending * 2 < lines.len() || lines.len() == 1)
        && two_lines_ok;
    // Narrow columns (text copied from a PDF page) wrap short lines; their breaks mostly fall
    // mid-sentence.
    let continuing = block
        .windows(2)
        .filter(|pair| continues(&text[pair[0].clone()], &text[pair[1].clone()]))
        .count();
    by_length || (block.len() >= 3 && continuing * 2 >= block.len() - 1)
}

/// Lines broken by a wrapper of one width, greedily (as editors and `fold -s` wrap): every
/// line but the last stopped only because its next word would not fit, so the widest line is
/// no wider than any line plus the word after it. Catches the narrow (40 columns), wide (120)
/// and two-line cases the length rule leaves out, and breaks before a name or an opening
/// quote. The block must end a sentence, and no line may end without punctuation right
/// before a word that opens a sentence ("The", "He"): that is a headline above a paragraph.
fn is_wrapped_to_width(text: &str, block: &[Range<usize>]) -> bool {
    if block.len() < 2 {
        return false;
    }
    let lines: Vec<&str> = block.iter().map(|r| text[r.clone()].trim()).collect();
    let lengths: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
    let widest = lengths.iter().copied().max().unwrap_or(0);
    if !(WRAP_NARROWEST..=WRAP_WIDEST).contains(&widest) {
        return false;
    }
    let mut ending = 0;
    for (k, pair) in lines.windows(2).enumerate() {
        let (line, next) = (pair[0], pair[1]);
        let first_word = next.split_whitespace().next().unwrap_or("");
        if widest > lengths[k] + 1 + first_word.chars().count() {
            return false;
        }
        if ends_sentence(line) {
            ending += 1;
        } else if opens_sentence(first_word) {
            return false;
        }
    }
    // Wrapping breaks lines mostly mid-sentence; lines that each end a sentence are a file
    // with one paragraph a line.
    let breaks = lines.len() - 1;
    let mostly_mid_sentence = if breaks == 1 {
        ending == 0
    } else {
        ending * 2 <= breaks
    };
    mostly_mid_sentence && lines.last().is_some_and(|l| ends_sentence(l))
}

/// A capitalised word that commonly opens a sentence ("The", "“We" does not count: quotes
/// open sentences and clauses alike).
fn opens_sentence(word: &str) -> bool {
    let word = word
        .find(|c: char| !c.is_alphanumeric())
        .map_or(word, |end| &word[..end]);
    word.starts_with(char::is_uppercase) && super::lexicon::is_starter(word)
}

/// The line ends with terminal punctuation, possibly inside closing quotes or brackets, and
/// not with a title ("Gov.", which a name follows).
fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')', ']', '»'])
        .ends_with(['.', '?', '!', '…'])
        && !ends_with_title(line)
}

/// The line's last word is a title and its period ("… Gov."): the sentence goes on.
fn ends_with_title(line: &str) -> bool {
    line.trim_end()
        .strip_suffix('.')
        .and_then(|l| l.rsplit(char::is_whitespace).next())
        .is_some_and(super::lexicon::is_title)
}

/// A line break in the middle of a sentence: the next line starts in lowercase, or the line
/// ends with a comma or a hyphen.
fn continues(line: &str, next: &str) -> bool {
    let next_lower = next.trim_start().starts_with(char::is_lowercase);
    let line = line.trim_end();
    let last = line.rsplit(char::is_whitespace).next().unwrap_or("");
    next_lower
        || line.ends_with([',', '-', '–', '—', ';'])
        || (line.contains(char::is_whitespace) && NEVER_LAST.contains(&last))
}

/// The number of brackets open after `line`, starting with `depth` open. Deep nesting is
/// not prose: past a few levels the count stops, so a stray bracket cannot join a whole file.
fn bracket_depth(depth: usize, line: &str) -> usize {
    const MAX_DEPTH: usize = 3;
    line.bytes().fold(depth, |d, b| match b {
        b'[' | b'(' => (d + 1).min(MAX_DEPTH),
        b']' | b')' => d.saturating_sub(1),
        _ => d,
    })
}

/// Words that never end a sentence: a line ending with one breaks mid-sentence, whatever
/// the next line starts with (a name, an opening quote).
const NEVER_LAST: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "by", "for", "with", "from",
    "to", "into", "that", "said", "says", "as", "than", "their", "its", "his", "her", "our", "is",
    "are", "was", "were", "be", "has", "have", "had", "will", "would", "der", "die", "das", "und",
    "le", "la", "les", "et",
];

/// A line that starts a list item, a quotation or a table row.
fn opens_item(line: &str) -> bool {
    let line = line.trim_start();
    let mut chars = line.chars();
    let first = chars.next().unwrap_or(' ');
    if super::BULLETS.contains(&first) || matches!(first, '>' | '|' | '#') {
        return true;
    }
    if matches!(first, '-' | '*' | '+' | '–') && chars.next() == Some(' ') {
        return true;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && matches!(line.as_bytes().get(digits), Some(b'.' | b')'))
        && line.as_bytes().get(digits + 1) == Some(&b' ')
}

/// A byline, credit or time stamp line ("By Marcus Hale", "Updated March 4, 2025").
fn is_credit(line: &str) -> bool {
    const LEADS: [&str; 9] = [
        "By ",
        "BY ",
        "Updated ",
        "Published ",
        "Posted ",
        "Von ",
        "Par ",
        "Aktualisiert ",
        "Photo",
    ];
    let line = line.trim_start();
    LEADS.iter().any(|lead| line.starts_with(lead))
}

/// A Markdown heading line.
fn is_heading(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

/// A title-case line with no final punctuation ("Council Approves Flood Barrier"): a headline
/// that happens to sit on the line above the first paragraph.
fn is_headline(line: &str) -> bool {
    let line = line.trim();
    if line.ends_with(['.', ',', ';', ':', '?', '!']) {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.len() >= 3 && capitalised * 10 >= words.len() * 6
}

fn trim_start(text: &str, start: usize, end: usize) -> usize {
    let slice = &text[start..end];
    start + (slice.len() - slice.trim_start().len())
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        paragraphs(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        assert_eq!(
            texts("One.\n\n  \nTwo. Three.\n"),
            vec!["One.", "Two. Three."]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let text = "The council voted on Tuesday to approve the barrier, which will\n\
                    protect about 14,000 homes along the river from storm surges\n\
                    and flooding.\n";
        assert_eq!(texts(text).len(), 1);
    }

    #[test]
    fn narrow_columns_are_joined() {
        let text = "The council voted on\nTuesday to approve the\nbarrier, which will protect\nabout 14,000 homes.\nOpponents said it costs\ntoo much.\n";
        assert_eq!(texts(text).len(), 1);
        assert_eq!(texts("The mayor will\nsign it.").len(), 1);
    }

    #[test]
    fn one_paragraph_per_line_files_keep_their_lines() {
        let text = "The council voted on Tuesday to approve the barrier, which will protect about 14,000 homes along the river.\n\
                    Opponents said the cost was too high and the benefits were uncertain at best, given the forecasts.\n\
                    The vote was 5-2.\n";
        assert_eq!(texts(text).len(), 3);
    }

    #[test]
    fn a_line_full_of_names_inside_a_paragraph_is_no_headline() {
        let text = "Voting against the plan were council members Dale Whitcomb\n\
                    and Priya Natarajan, who said the Harbor View Tenants Union\n\
                    had never been consulted.";
        assert_eq!(texts(text).len(), 1);
    }

    #[test]
    fn lines_wrapped_to_one_width_are_joined_at_any_width() {
        // 40 columns, every break before a capital; 120 columns; a sentence on two lines
        // whose second line opens a quote.
        let narrow = "Voting against the plan were council\nmembers Dale Whitcomb and Priya\n\
                      Natarajan, who said the Harbor View\nTenants Union had never been consulted.";
        assert_eq!(texts(narrow).len(), 1);
        let wide = "Voting against the plan were council members Dale Whitcomb and Priya Natarajan, who said the Harbor\n\
                    View Tenants Union had never been consulted.";
        assert_eq!(texts(wide).len(), 1);
        let quote = "Whitcomb, who has opposed the barrier since it was first proposed in the spring of 2022, called it\n\
                     “a wall built on borrowed money.”";
        assert_eq!(texts(quote).len(), 1);
        // A headline in sentence case above a paragraph on one line, and lines that each end
        // a sentence, stay apart.
        let headed = "Council approves flood barrier after three-year fight\n\
                      The Riverside city council voted 5-2 on Tuesday night to approve the barrier.";
        assert_eq!(texts(headed).len(), 2);
        let lines = "The council voted on Tuesday to approve the flood barrier for the east bank.\n\
                     Opponents said the cost would fall hardest on the renters of Harbor View.\n\
                     The vote was 5-2.";
        assert_eq!(texts(lines).len(), 3);
    }

    #[test]
    fn headline_and_dek_lines_stay_apart() {
        let text = "Council Approves $412 Million Flood Barrier After Long Debate\n\
                    The seven-member council split along familiar lines over the plan\n";
        assert_eq!(texts(text).len(), 2);
        let credit = "Vote clears way for 30-acre green space on the east side\nBy Marcus Hale\n";
        assert_eq!(texts(credit).len(), 2);
        let long_dek = "Unanimous council vote sets stage for east side green space now\nBy Marcus Hale and Jenna Ruiz\n";
        assert_eq!(texts(long_dek).len(), 2);
        let list = "Key points:\n- first point here\n- second point here\n";
        assert_eq!(texts(list).len(), 3);
    }
}
