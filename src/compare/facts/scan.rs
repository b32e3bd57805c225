//! Finds the fact-bearing spans of one sentence: quotes, dates and times, numbers, phrases of
//! attribution, hedging and negation, and names, each with a canonical form to compare by.

use std::borrow::Cow;

use super::index::{BE, DETERMINER, Index, Info, NOT_NEGATION_START, SOURCE_OPENER, SOURCE_STOP};
use super::kind::{Entity, FactKind};
use super::lexicon::Rule;
use super::quotes;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    /// Letters (with inner apostrophes).
    Word,
    /// Digits (with inner `.` `,` `:`), with any letters glued after them ("14th", "1990s").
    Number,
    /// One other character.
    Mark,
}

/// A token of the sentence, as byte offsets into the sentence.
pub(super) struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub shape: Shape,
    pub text: &'a str,
    pub lower: Cow<'a, str>,
    /// Starts with an upper-case letter.
    pub capital: bool,
    /// What the tables say about the word, if anything.
    pub info: Option<&'static Info>,
}

/// Which kinds to look for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Scope {
    /// Every kind (modified and moved pairs).
    All,
    /// Quotes and attributions only (added and removed sentences).
    QuotesAndAttributions,
}

/// The character at byte `i` of `text` (which must be a character boundary).
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => text.get(i..)?.chars().next(),
        None => None,
    }
}

/// The end of the run of characters from byte `i` on that `keep` accepts.
fn run_end(text: &str, mut i: usize, keep: impl Fn(char, usize) -> bool) -> usize {
    while let Some(c) = char_at(text, i) {
        if !keep(c, i) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// Splits a sentence into words, numbers and single marks; whitespace is dropped. Works on
/// bytes for ASCII (most of any news text) and decodes only other characters.
pub(super) fn tokenize<'a>(text: &'a str, index: &'static Index) -> Vec<Token<'a>> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let starts_with_digit = |i: usize| text.as_bytes().get(i).is_some_and(u8::is_ascii_digit);
    let mut start = 0;
    while let Some(c) = char_at(text, start) {
        if c.is_whitespace() {
            start += c.len_utf8();
            continue;
        }
        let (end, shape) = if c.is_ascii_digit() {
            let digits = run_end(text, start, |d, i| {
                d.is_ascii_digit() || (matches!(d, '.' | ',' | ':') && starts_with_digit(i + 1))
            });
            (
                run_end(text, digits, |d, _| d.is_alphabetic()),
                Shape::Number,
            )
        } else if c.is_alphabetic() {
            let end = run_end(text, start, |d, i| {
                let inner_apostrophe = matches!(d, '\'' | '’')
                    && char_at(text, i + d.len_utf8()).is_some_and(char::is_alphabetic);
                d.is_alphanumeric() || inner_apostrophe
            });
            (end, Shape::Word)
        } else {
            (start + c.len_utf8(), Shape::Mark)
        };
        let word = &text[start..end];
        let lower = if word.bytes().any(|b| b.is_ascii_uppercase()) || !word.is_ascii() {
            Cow::Owned(word.to_lowercase())
        } else {
            Cow::Borrowed(word)
        };
        let info = match shape {
            Shape::Word => index.info_from_word.get(lower.as_ref()),
            _ => None,
        };
        out.push(Token {
            start,
            end,
            shape,
            text: word,
            lower,
            capital: c.is_uppercase(),
            info,
        });
        start = end;
    }
    out
}

/// A recognised span: tokens `first..end` (and bytes up to `end_byte`, which may reach past
/// the last token, as "p.m." does), with its canonical form.
pub(super) struct Found {
    /// Where the span starts, when not at its first token.
    pub start: Option<usize>,
    /// A fact only when replaced by another of its kind.
    pub weak: bool,
    pub end: usize,
    pub end_byte: usize,
    pub canonical: Cow<'static, str>,
}

/// The state of scanning one sentence.
pub(super) struct Scanner<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token<'a>>,
    pub index: &'static Index,
    /// Tokens inside quotation marks (left to the quote) or already part of an entity.
    pub taken: Vec<bool>,
    pub entities: Vec<Entity>,
    /// The first token that is not a mark.
    pub first_word: usize,
}

/// The fact-bearing spans of `text`, in order of kind then position.
pub(super) fn scan(text: &str, index: &'static Index, scope: Scope) -> Vec<Entity> {
    let tokens = tokenize(text, index);
    let first_word = tokens
        .iter()
        .position(|t| t.shape != Shape::Mark)
        .unwrap_or(tokens.len());
    let mut scanner = Scanner {
        first_word,
        text,
        taken: vec![false; tokens.len()],
        tokens,
        index,
        entities: Vec::new(),
    };
    let quotations = if index.has_quote_mark(text) {
        quotes::regions(text, index.lexicon.quote_marks)
    } else {
        Vec::new()
    };
    for (outer, inner) in quotations {
        for (token, taken) in scanner.tokens.iter().zip(scanner.taken.iter_mut()) {
            if token.start >= outer.start && token.end <= outer.end {
                *taken = true;
            }
        }
        scanner.entities.push(Entity {
            kind: FactKind::Quote,
            canonical: quotes::canonical(&text[inner.clone()]).into(),
            weak: false,
            tentative: false,
            range: inner,
            reach: outer,
        });
    }
    let mut i = 0;
    while i < scanner.tokens.len() {
        let token = &scanner.tokens[i];
        // Most words are in no table and start nothing: only names, found later.
        let plain = token.shape == Shape::Word
            && !token.capital
            && !token.info.is_some_and(|info| info.starts)
            && !token.text.ends_with('t');
        if scanner.taken[i] || plain {
            i += 1;
            continue;
        }
        let found = match scope {
            Scope::All => scanner
                .time_or_date(i)
                .map(|f| (FactKind::Date, f))
                .or_else(|| scanner.number(i).map(|f| (FactKind::Number, f)))
                .or_else(|| scanner.phrase(i, None)),
            Scope::QuotesAndAttributions => scanner.phrase(i, Some(FactKind::Attribution)),
        };
        match found {
            Some((kind, found)) => i = scanner.take(i, kind, found),
            None => i += 1,
        }
    }
    if scope == Scope::All {
        scanner.names();
    }
    scanner.entities
}

impl<'a> Scanner<'a> {
    /// Records an entity starting at token `first` and returns the token after it.
    pub fn take(&mut self, first: usize, kind: FactKind, found: Found) -> usize {
        let start = found.start.unwrap_or(self.tokens[first].start);
        let mut next = found.end;
        while next < self.tokens.len() && self.tokens[next].start < found.end_byte {
            next += 1;
        }
        for taken in &mut self.taken[first..next] {
            *taken = true;
        }
        self.entities.push(Entity {
            kind,
            range: start..found.end_byte,
            reach: start..found.end_byte,
            canonical: found.canonical,
            weak: found.weak,
            tentative: false,
        });
        next
    }

    /// Whether token `i` is a word with role `flag` (taken or not).
    pub fn has(&self, i: usize, flag: u32) -> bool {
        self.info(i).is_some_and(|info| info.flags & flag != 0)
    }

    /// What the tables say about token `i`.
    pub fn info(&self, i: usize) -> Option<&'static Info> {
        self.tokens.get(i)?.info
    }

    /// The lowercase word at token `i`, if it is a word not yet taken.
    pub fn word(&self, i: usize) -> Option<&str> {
        let token = self.tokens.get(i)?;
        (token.shape == Shape::Word && !self.taken[i]).then_some(token.lower.as_ref())
    }

    /// Whether token `i` is the mark `c`.
    pub fn is_mark(&self, i: usize, c: char) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.shape == Shape::Mark && t.text.starts_with(c))
    }

    /// The token after `words` matched from token `i` on, if they do.
    pub fn words_at(&self, i: usize, words: &[&str]) -> Option<usize> {
        words
            .iter()
            .enumerate()
            .all(|(k, w)| self.word(i + k) == Some(*w))
            .then_some(i + words.len())
    }

    /// Whether token `i` opens a sentence or clause: only marks before it, or a colon or dash
    /// just before it.
    pub fn at_start(&self, i: usize) -> bool {
        let Some(previous) = i.checked_sub(1).and_then(|p| self.tokens.get(p)) else {
            return true;
        };
        let opens = matches!(previous.text, ":" | "—" | "–" | "(");
        opens || i <= self.first_word
    }

    /// A phrase of the attribution, hedge and negation tables at token `i` (of kind `only`,
    /// if given).
    fn phrase(&self, i: usize, only: Option<FactKind>) -> Option<(FactKind, Found)> {
        let token = &self.tokens[i];
        let word = self.word(i)?;
        if token.capital && !self.at_start(i) {
            return None;
        }
        let index = self.index;
        let negations_wanted = only.is_none_or(|k| k == FactKind::Negation);
        if negations_wanted {
            let is_exception = self.has(i, NOT_NEGATION_START)
                && index
                    .not_negations
                    .iter()
                    .any(|words| self.words_at(i, words).is_some());
            // "No. 10" is a number, not a negation.
            let numbered = word == "no" && self.is_mark(i + 1, '.');
            if is_exception || numbered {
                return None;
            }
            let suffixes = index.lexicon.negation_suffixes;
            if suffixes.iter().any(|s| word.ends_with(s)) {
                let found = self.found(i + 1, token.end, "not".to_string());
                return Some((FactKind::Negation, found));
            }
        }
        let entries = &self.info(i)?.phrases;
        for entry in entries {
            if only.is_some_and(|k| k != entry.kind) {
                continue;
            }
            let Some(end) = self.words_at(i, &entry.words) else {
                continue;
            };
            let mut canonical = Cow::Borrowed(entry.canonical);
            let mut end_byte = self.tokens[end - 1].end;
            let previous = i.checked_sub(1).filter(|p| self.word(*p).is_some());
            match entry.rule {
                Rule::Plain | Rule::AfterBe | Rule::Weak => {}
                Rule::NotAfterDeterminer => {
                    if previous.is_some_and(|p| self.has(p, DETERMINER)) {
                        continue;
                    }
                }
                Rule::ClauseEnd => {
                    let clause_ends = self.tokens.get(end).is_none_or(|t| {
                        (t.shape == Shape::Mark && t.text != "-") || t.lower == "that"
                    });
                    if !clause_ends {
                        continue;
                    }
                }
                Rule::Source => {
                    let (source_end, source) = self.source(end);
                    if source_end > end {
                        end_byte = self.tokens[source_end - 1].end;
                        canonical = format!("{canonical} {source}").into();
                    }
                    return Some((entry.kind, self.found(source_end, end_byte, canonical)));
                }
            }
            let mut found = self.found(end, end_byte, canonical);
            found.weak = entry.rule == Rule::Weak;
            if entry.rule == Rule::AfterBe && previous.is_some_and(|p| self.has(p, BE)) {
                // "is likely to": the form of "to be" joins the span.
                found.start = Some(self.tokens[i - 1].start);
            }
            return Some((entry.kind, found));
        }
        None
    }

    pub fn found(
        &self,
        end: usize,
        end_byte: usize,
        canonical: impl Into<Cow<'static, str>>,
    ) -> Found {
        Found {
            start: None,
            weak: false,
            end,
            end_byte,
            canonical: canonical.into(),
        }
    }

    /// The source after an attribution verb: an optional opener ("the") and up to three
    /// lowercase words, up to a stop word or a mark. Returns the token after it and its words.
    fn source(&self, from: usize) -> (usize, String) {
        let mut at = from;
        let mut words: Vec<&str> = Vec::new();
        if self.word(at).is_some() && self.has(at, SOURCE_OPENER) && !self.tokens[at].capital {
            at += 1;
        }
        while words.len() < 3 {
            match (self.word(at), self.tokens.get(at)) {
                (Some(word), Some(token))
                    if !token.capital
                        && !self.has(at, SOURCE_STOP)
                        && !self.has(at, SOURCE_OPENER) =>
                {
                    words.push(word);
                    at += 1;
                }
                _ => break,
            }
        }
        if words.is_empty() {
            (from, String::new())
        } else {
            (at, words.join(" "))
        }
    }
}
