//! Splitting an article into paragraphs and sentences, each a byte range of the original text.
//!
//! A rule-based splitter tuned for news prose: it scans each paragraph once, and at every
//! `.`, `?`, `!` or `…` decides from the word before and the word after whether a sentence
//! ends there (abbreviations, initials, numbers, ellipses, quotes, list items). Paragraph
//! breaks, and line breaks that are not soft wraps, always end a sentence.

mod evidence;
mod lexicon;
mod lists;
mod paragraphs;
#[cfg(test)]
mod rules_tests;
#[cfg(test)]
mod tests;

use std::ops::Range;

use evidence::Evidence;
pub(crate) use lists::BULLETS;
use lists::{List, list_marker, mid_marker};
pub use paragraphs::paragraphs;

/// One sentence: its byte range in the text (trimmed of surrounding whitespace) and the
/// index of the paragraph it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Index of the paragraph, counting from 0.
    pub paragraph: usize,
}

impl Sentence {
    /// The byte range of the sentence.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Splits `text` into sentences, in order. Every non-whitespace character of the text
/// belongs to exactly one sentence; whitespace between sentences belongs to none.
pub fn segment(text: &str) -> Vec<Sentence> {
    let mut sentences = Vec::with_capacity(text.len() / 96 + 1);
    let evidence = Evidence::new(text);
    for (paragraph, range) in paragraphs(text).into_iter().enumerate() {
        let mut splitter = Splitter {
            text,
            evidence: &evidence,
            paragraph,
            sentences: &mut sentences,
        };
        splitter.split(range);
    }
    sentences
}

/// What the splitter decided at a candidate ending.
enum Verdict {
    /// No boundary: resume scanning at this offset.
    Continue(usize),
    /// A sentence ends at this offset.
    Boundary(usize),
}

/// A run of terminal punctuation: `.`, `!!`, `?!`, `...`, `…`, `. . . .`.
struct Group {
    end: usize,
    dots: usize,
    /// Contains `?` or `!`.
    exclaims: bool,
    /// Dots separated by spaces (". . .").
    spaced: bool,
    /// Contains the `…` character.
    ellipsis: bool,
}

/// Bytes the scanner stops at: terminal punctuation, and the lead bytes of the non-ASCII
/// characters it acts on (…, ‽, bullets, CJK full stops).
const STOPS: [bool; 256] = stop_table(false);
/// The same plus whitespace, for lists whose next item may start after any space.
const STOPS_AND_SPACES: [bool; 256] = stop_table(true);

const fn stop_table(spaces: bool) -> [bool; 256] {
    let mut table = [false; 256];
    table[b'.' as usize] = true;
    table[b'?' as usize] = true;
    table[b'!' as usize] = true;
    table[0xE2] = true;
    table[0xE3] = true;
    table[0xEF] = true;
    if spaces {
        table[b' ' as usize] = true;
        table[b'\t' as usize] = true;
        table[b'\n' as usize] = true;
    }
    table
}

const OPENERS: &[char] = &[
    '(', '[', '{', '"', '\'', '“', '‘', '«', '‹', '„', '‚', '¿', '¡', '*', '_', '「', '『', '（',
    '【', '〈', '《',
];
const CLOSERS: &[char] = &[
    ')', ']', '}', '"', '\'', '”', '’', '»', '›', '“', '‘', '*', '_', '」', '』', '）', '】', '〉',
    '》',
];

struct Splitter<'a> {
    text: &'a str,
    evidence: &'a Evidence<'a>,
    paragraph: usize,
    sentences: &'a mut Vec<Sentence>,
}

impl Splitter<'_> {
    fn split(&mut self, range: Range<usize>) {
        let bytes = self.text.as_bytes();
        let end = range.end;
        let mut start = range.start;
        let (mut i, mut list) = list_marker(self.text, start, end);
        loop {
            // Skip to the next byte that can matter; most bytes are plain letters.
            let stops = if list == List::None {
                &STOPS
            } else {
                &STOPS_AND_SPACES
            };
            while i < end && !stops[bytes[i] as usize] {
                i += 1;
            }
            if i >= end {
                break;
            }
            let verdict = match bytes[i] {
                b'.' | b'?' | b'!' => self.terminal(start, i, end),
                b' ' | b'\t' | b'\n' => match mid_marker(self.text, i + 1, end, list) {
                    Some(_) => Verdict::Boundary(i),
                    None => Verdict::Continue(i + 1),
                },
                _ => {
                    let c = self.char_at(i);
                    match c {
                        '…' | '‽' => self.terminal(start, i, end),
                        '。' | '！' | '？' => {
                            Verdict::Boundary(self.skip_closers(i + c.len_utf8(), end))
                        }
                        // A bullet after a space starts a new item ("• 9. … • 10. …").
                        c if BULLETS.contains(&c)
                            && i > start
                            && self.char_before(i).is_some_and(char::is_whitespace) =>
                        {
                            Verdict::Boundary(i)
                        }
                        _ => Verdict::Continue(i + c.len_utf8()),
                    }
                }
            };
            match verdict {
                Verdict::Continue(next) => i = next,
                Verdict::Boundary(stop) => {
                    self.push(start, stop);
                    start = self.skip_space(stop, end);
                    (i, list) = list_marker(self.text, start, end);
                }
            }
        }
        self.push(start, end);
    }

    fn push(&mut self, start: usize, stop: usize) {
        let slice = &self.text[start..stop];
        let trimmed = slice.trim_start();
        let start = start + (slice.len() - trimmed.len());
        let stop = start + trimmed.trim_end().len();
        if start < stop {
            self.sentences.push(Sentence {
                start,
                end: stop,
                paragraph: self.paragraph,
            });
        }
    }

    fn char_at(&self, i: usize) -> char {
        self.text[i..].chars().next().unwrap_or(' ')
    }

    fn char_before(&self, i: usize) -> Option<char> {
        self.text[..i].chars().next_back()
    }

    fn skip_space(&self, mut i: usize, end: usize) -> usize {
        while i < end {
            let c = self.char_at(i);
            if !c.is_whitespace() {
                break;
            }
            i += c.len_utf8();
        }
        i
    }

    fn skip_closers(&self, mut i: usize, end: usize) -> usize {
        while i < end {
            let c = self.char_at(i);
            if !CLOSERS.contains(&c) {
                break;
            }
            i += c.len_utf8();
        }
        i
    }

    /// Reads the run of terminal punctuation that starts at `i`.
    fn group(&self, i: usize, end: usize) -> Group {
        let bytes = self.text.as_bytes();
        let mut g = Group {
            end: i,
            dots: 0,
            exclaims: false,
            spaced: false,
            ellipsis: false,
        };
        while g.end < end {
            match bytes[g.end] {
                b'.' => g.dots += 1,
                b'?' | b'!' => g.exclaims = true,
                b' ' if g.dots > 0 && !g.exclaims && bytes.get(g.end + 1) == Some(&b'.') => {
                    g.spaced = true
                }
                _ => match self.char_at(g.end) {
                    '…' => g.ellipsis = true,
                    '‽' => g.exclaims = true,
                    _ => break,
                },
            }
            g.end += self.char_at(g.end).len_utf8();
        }
        g
    }

    /// Decides whether a sentence ends at the terminal punctuation starting at `i`.
    fn terminal(&self, start: usize, i: usize, end: usize) -> Verdict {
        let g = self.group(i, end);
        let after = self.skip_closers(g.end, end);
        if after >= end {
            return Verdict::Continue(end);
        }
        if !self.char_at(after).is_whitespace() {
            // Inside a token: "U.S.A", "example.com", "3.5", "mean...see", "Jr.'s".
            return Verdict::Continue(g.end.max(i + 1));
        }
        if after > g.end && self.opens_attribution(after, end) {
            // A pull quote and its source are one sentence: "“…technology.” — Gov Tech".
            return Verdict::Continue(after);
        }
        let next = self.next_word(after, end);
        let upper = next.first.is_some_and(|c| !c.is_lowercase());
        let attached = i > start && self.char_before(i).is_some_and(|c| !c.is_whitespace());
        if g.spaced {
            // ". . ." elides within a sentence; four dots end one. A period attached to the
            // word ends the sentence and the spaced ellipsis opens the next ("words. . . . The").
            return match (g.dots >= 4 && upper, attached) {
                (true, true) => Verdict::Boundary(i + self.char_at(i).len_utf8()),
                (true, false) => Verdict::Boundary(after),
                _ => Verdict::Continue(g.end),
            };
        }
        if (g.dots >= 2 || g.ellipsis) && !g.exclaims {
            let bracketed = matches!(self.char_before(i), Some('[' | '('));
            return if upper && !bracketed {
                Verdict::Boundary(after)
            } else {
                Verdict::Continue(after)
            };
        }
        if g.exclaims {
            let quoted = after > g.end;
            if !upper || (quoted && next.capitalised && next.then_speech_verb) {
                return Verdict::Continue(after);
            }
            return Verdict::Boundary(after);
        }
        self.period(start, i, after, &next)
    }

    /// Decides at a single period followed by whitespace.
    fn period(&self, start: usize, i: usize, after: usize, next: &NextWord) -> Verdict {
        let word = self.word_before(start, i);
        let Some(first) = next.first else {
            return Verdict::Boundary(after);
        };
        if first.is_lowercase() {
            return Verdict::Continue(after);
        }
        let abbreviated = lexicon::is_abbreviation(word)
            || lexicon::is_dotted_abbreviation(word)
            || lexicon::is_single_letter(word);
        if first.is_numeric() {
            // "p. 55", "No. 10", "Jan. 5" continue; "in 2014. 15 people died" ends.
            return if abbreviated {
                Verdict::Continue(after)
            } else {
                Verdict::Boundary(after)
            };
        }
        if word.is_empty() {
            return Verdict::Boundary(after);
        }
        if lexicon::is_title(word) {
            return Verdict::Continue(after);
        }
        if word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit()) {
            // German ordinals: "am 3. Januar", "im 19. Jahrhundert".
            let lead = self.previous_token(start, i - word.len());
            let ordinal = lexicon::is_month(next.word) || lexicon::is_ordinal_lead(lead);
            return if ordinal {
                Verdict::Continue(after)
            } else {
                Verdict::Boundary(after)
            };
        }
        if abbreviated {
            if lexicon::is_single_letter(word) {
                // "z. B.", "u. a.", "E. B. White": a letter after a letter is mid-abbreviation.
                let prev = self.previous_token(start, i - word.len());
                if prev.ends_with('.') && lexicon::is_single_letter(prev.trim_end_matches('.')) {
                    return Verdict::Continue(after);
                }
            }
            // A sentence of three words or fewer does not end on an abbreviation ("At 5 a.m.
            // Mr. Smith went…"); counting lazily keeps long sentences linear.
            let long_enough = self.text[start..i].split_whitespace().nth(3).is_some();
            let ends = if lexicon::is_closing(word) {
                !lexicon::is_time_continuation(next.word)
            } else {
                // The document decides when the lists do not: a word it writes in lower case
                // elsewhere starts a sentence here ("in the U.S. Agile teams…").
                lexicon::is_starter(next.word)
                    || (next.capitalised && self.evidence.is_ordinary(next.word))
            };
            return if ends && long_enough {
                Verdict::Boundary(after)
            } else {
                Verdict::Continue(after)
            };
        }
        Verdict::Boundary(after)
    }

    /// After a closing quote: the text goes on with a dash and a space ("— Source, 2014").
    fn opens_attribution(&self, after: usize, end: usize) -> bool {
        let rest = &self.text[self.skip_space(after, end)..end];
        ["— ", "– ", "-- "]
            .iter()
            .any(|dash| rest.starts_with(dash))
    }

    /// The token before the one that contains byte `within` (both inside the sentence that
    /// starts at `start`), without opening punctuation.
    fn previous_token(&self, start: usize, within: usize) -> &str {
        let head = &self.text[start..within];
        // Whitespace may be wider than a byte (a no-break space): step by characters.
        let token_start = head.rfind(char::is_whitespace).map_or(0, |p| {
            p + head[p..].chars().next().map_or(1, char::len_utf8)
        });
        let end = start + head[..token_start].trim_end().len();
        self.word_before(start, end)
    }

    /// The token that ends at `i` (from the previous whitespace), without opening punctuation.
    fn word_before(&self, start: usize, i: usize) -> &str {
        if i <= start {
            return "";
        }
        let head = &self.text[start..i];
        let from = head
            .rfind(char::is_whitespace)
            .map(|p| p + head[p..].chars().next().map_or(1, char::len_utf8))
            .unwrap_or(0);
        head[from..].trim_start_matches(OPENERS)
    }

    fn next_word(&self, after: usize, end: usize) -> NextWord<'_> {
        let rest = &self.text[self.skip_space(after, end)..end];
        let rest = rest.trim_start_matches(OPENERS);
        let first = rest.chars().next();
        let word_len = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        let word = &rest[..word_len];
        let then = rest[word_len..]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_matches(|c: char| !c.is_alphanumeric());
        NextWord {
            first,
            word,
            capitalised: first.is_some_and(char::is_uppercase),
            then_speech_verb: !then.is_empty() && lexicon::is_speech_verb(then),
        }
    }
}

/// The word after a candidate ending.
struct NextWord<'a> {
    first: Option<char>,
    word: &'a str,
    capitalised: bool,
    then_speech_verb: bool,
}
