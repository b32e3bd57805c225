//! The rules at a candidate ending: whether a run of terminal punctuation ends the sentence,
//! from the word before it (abbreviations, initials, numbers, titles) and the word after it
//! (case, quotes, what the document writes in lower case).

use super::lexicon;
use super::splitter::{OPENERS, Splitter, Verdict};

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

impl Splitter<'_> {
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
    pub(super) fn terminal(&self, start: usize, i: usize, end: usize) -> Verdict {
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
                // elsewhere starts a sentence here ("in the U.S. Agile teams…"). Asked last,
                // as it is the dearest question.
                long_enough
                    && (lexicon::is_starter(next.word)
                        || (next.capitalised && self.evidence.is_ordinary(next.word)))
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
