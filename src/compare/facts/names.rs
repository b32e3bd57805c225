//! Names of people, places and organisations: runs of capitalised words ("Karen Smith",
//! "University of Oregon", "Robert F. Kennedy"), without titles or a possessive ending.

use super::index::{CONNECTOR, NAME_STOP, TITLE};
use super::kind::{Entity, FactKind};
use super::scan::{Scanner, Shape};

impl Scanner<'_> {
    /// Adds the names of the sentence, among the tokens no other entity took. A headline in
    /// title case has none (every word is capitalised there).
    pub fn names(&mut self) {
        if self.title_case() {
            return;
        }
        let mut i = 0;
        while i < self.tokens.len() {
            if !self.capital_word(i) || self.has(i, NAME_STOP) {
                i += 1;
                continue;
            }
            let first = i;
            let mut end = i + 1;
            loop {
                let joined = (self.word(end).is_some() && self.has(end, CONNECTOR))
                    || self.is_mark(end, '-');
                if self.is_initial(end) || (joined && self.capital_word(end + 1)) {
                    end += 2;
                } else if self.capital_word(end) {
                    end += 1;
                } else {
                    break;
                }
            }
            i = end;
            self.push_name(first, end);
        }
    }

    /// Adds the name in tokens `first..end`, trimmed of titles and a possessive ending.
    fn push_name(&mut self, first: usize, end: usize) {
        let after_title = (first..end)
            .rev()
            .find(|&k| self.has(k, TITLE))
            .map_or(first, |k| k + 1 + usize::from(self.is_mark(k + 1, '.')));
        if after_title >= end {
            return;
        }
        let words = (after_title..end)
            .filter(|&k| self.tokens[k].shape == Shape::Word)
            .count();
        // A lone capitalised word opening a sentence is as likely an ordinary word: the
        // document decides (see [`named_elsewhere`]).
        let tentative = words < 2 && self.at_start(after_title);
        let last = &self.tokens[end - 1];
        let possessive = ["'s", "’s"]
            .iter()
            .find(|s| last.text.ends_with(**s))
            .map_or(0, |s| s.len());
        let range = self.tokens[after_title].start..last.end - possessive;
        let mut canonical = String::with_capacity(range.len());
        for token in &self.tokens[after_title..end] {
            if token.shape == Shape::Word {
                if !canonical.is_empty() {
                    canonical.push(' ');
                }
                canonical.push_str(&token.lower);
            }
        }
        if possessive > 0 {
            canonical.truncate(canonical.len() - possessive);
        }
        for taken in &mut self.taken[first..end] {
            *taken = true;
        }
        self.entities.push(Entity {
            kind: FactKind::Name,
            range: range.clone(),
            reach: range,
            canonical: canonical.into(),
            weak: false,
            tentative,
        });
    }

    /// Whether token `i` is a free capitalised word.
    fn capital_word(&self, i: usize) -> bool {
        self.word(i).is_some() && self.tokens[i].capital
    }

    /// Whether tokens `i` and `i + 1` are an initial: one capital letter and a period.
    fn is_initial(&self, i: usize) -> bool {
        self.capital_word(i)
            && self.tokens[i].text.chars().count() == 1
            && self.is_mark(i + 1, '.')
            && self.capital_word(i + 2)
    }

    /// Whether most longer words of the sentence are capitalised, as in a headline.
    fn title_case(&self) -> bool {
        let (mut long, mut capital) = (0, 0);
        for token in &self.tokens {
            if token.shape == Shape::Word && token.text.len() > 3 {
                long += 1;
                capital += usize::from(token.capital);
            }
        }
        long >= 4 && capital * 10 >= long * 7
    }
}

/// How far around a sentence the document is searched for a name's other mentions, in bytes
/// each way: a news story names a person in full a few paragraphs before calling them by
/// surname, and the search stays cheap in a long text.
const NAME_CONTEXT: usize = 16 * 1024;

/// Whether the document `text` writes `word` as a name near `around` (the sentence's range):
/// mid-sentence, after a lowercase word ("chair Greene") or after a first name that follows
/// one ("chair Thomas Greene"). A capital after a sentence end or in a title-case headline
/// ("School Board Picks …") proves nothing.
pub(super) fn named_elsewhere(text: &str, word: &str, around: std::ops::Range<usize>) -> bool {
    let mut from = around.start.saturating_sub(NAME_CONTEXT);
    let mut to = (around.end + NAME_CONTEXT).min(text.len());
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let window = &text[from..to];
    memchr::memmem::find_iter(window.as_bytes(), word.as_bytes()).any(|at| {
        // A whole word: not the end of "McGreene" nor the start of "Greenes".
        let after = window[at + word.len()..].chars().next();
        let before = window[..at].chars().next_back();
        if after.is_some_and(char::is_alphanumeric) || before.is_some_and(char::is_alphanumeric) {
            return false;
        }
        let mut before = previous_words(&window[..at]);
        match before.next() {
            Some(first) if starts_lower(first) => true,
            Some(first) if starts_upper(first) => before.next().is_some_and(starts_lower),
            _ => false,
        }
    })
}

/// The words before the end of `text`, nearest first, up to a mark other than a space or an
/// inner hyphen or apostrophe (a sentence end, a comma, a line break).
fn previous_words(text: &str) -> impl Iterator<Item = &str> {
    let clause = text
        .rfind(|c: char| !(c.is_alphanumeric() || c == ' ' || c == '-' || c == '\'' || c == '’'))
        .map_or(text, |at| &text[at..]);
    // The mark itself (if any) is not a word; an empty `text` has none either.
    clause
        .rsplit(' ')
        .filter(|w| !w.is_empty() && w.chars().next().is_some_and(char::is_alphanumeric))
}

fn starts_lower(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}
