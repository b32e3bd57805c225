//! A [`Lexicon`] compiled into hash lookups, built once per language on first use.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::kind::FactKind;
use super::lexicon::{ENGLISH, Lexicon, Phrase, Rule};

/// One-word roles, as bit flags.
pub(super) const VAGUE: u32 = 1;
pub(super) const WEEKDAY: u32 = 1 << 1;
pub(super) const DATE_WORD: u32 = 1 << 2;
pub(super) const YEAR_CUE: u32 = 1 << 3;
pub(super) const NAME_STOP: u32 = 1 << 4;
pub(super) const TITLE: u32 = 1 << 5;
pub(super) const CONNECTOR: u32 = 1 << 6;
pub(super) const SOURCE_STOP: u32 = 1 << 7;
pub(super) const SOURCE_OPENER: u32 = 1 << 8;
pub(super) const BE: u32 = 1 << 9;
pub(super) const DETERMINER: u32 = 1 << 10;
pub(super) const AMBIGUOUS_MONTH: u32 = 1 << 11;
pub(super) const PERIOD: u32 = 1 << 12;
pub(super) const NOT_COUNT_AFTER: u32 = 1 << 13;
pub(super) const NOT_COUNT_BEFORE: u32 = 1 << 14;
pub(super) const PERCENT_START: u32 = 1 << 15;
pub(super) const PERIOD_LEAD_START: u32 = 1 << 16;
pub(super) const NOT_NEGATION_START: u32 = 1 << 17;
/// The first word of an attribution phrase.
pub(super) const ATTRIBUTION_START: u32 = 1 << 19;
/// A piece of a time suffix ("p" and "m" of "p.m.", "pm").
pub(super) const TIME_PIECE: u32 = 1 << 18;

/// Everything the tables say about one word, found with one lookup per token.
#[derive(Default)]
pub(super) struct Info {
    pub flags: u32,
    pub number: Option<f64>,
    pub scale: Option<f64>,
    pub month: Option<&'static str>,
    /// Phrases starting with the word, longest first.
    pub phrases: Vec<Entry>,
    /// Whether a lowercase form of the word can start a date, number or phrase (set once
    /// the tables are read): a word that cannot is passed over at once.
    pub starts: bool,
    /// Whether changing the word can change a fact's canonical form: it starts one, or
    /// scales, dates or times one ("million", "week", "p.m."). "is" of "is likely to" or a
    /// stop word cannot.
    pub relevant: bool,
}

/// A phrase of a table, split into words, with the kind of fact it signals.
pub(super) struct Entry {
    pub words: Vec<&'static str>,
    pub canonical: &'static str,
    pub rule: Rule,
    pub kind: FactKind,
}

/// The lookups of one lexicon.
pub(super) struct Index {
    pub lexicon: &'static Lexicon,
    pub info_from_word: FxHashMap<&'static str, Info>,
    /// First words of phrases that take a source along.
    pub source_leads: Vec<&'static str>,
    /// The distinct first bytes of the quotation marks.
    pub quote_leads: Vec<u8>,
    pub percent_phrases: Vec<Vec<&'static str>>,
    pub period_leads: Vec<Vec<&'static str>>,
    pub not_negations: Vec<Vec<&'static str>>,
}

impl Index {
    fn new(lexicon: &'static Lexicon) -> Index {
        let mut info_from_word: FxHashMap<&'static str, Info> = FxHashMap::default();
        let mut flag = |words: &[&'static str], bit: u32| {
            for word in words {
                info_from_word.entry(word).or_default().flags |= bit;
            }
        };
        flag(lexicon.vague_quantities, VAGUE);
        flag(lexicon.weekdays, WEEKDAY);
        flag(lexicon.date_words, DATE_WORD);
        flag(lexicon.year_cues, YEAR_CUE);
        flag(lexicon.name_stopwords, NAME_STOP);
        flag(lexicon.titles, TITLE);
        flag(lexicon.name_connectors, CONNECTOR);
        flag(lexicon.source_stops, SOURCE_STOP);
        flag(lexicon.source_openers, SOURCE_OPENER);
        flag(lexicon.be_forms, BE);
        flag(lexicon.determiners, DETERMINER);
        flag(lexicon.ambiguous_months, AMBIGUOUS_MONTH);
        flag(lexicon.periods, PERIOD);
        flag(lexicon.not_count_after, NOT_COUNT_AFTER);
        flag(lexicon.not_count_before, NOT_COUNT_BEFORE);
        let firsts = |list: &[&'static str]| -> Vec<&'static str> {
            list.iter().filter_map(|p| p.split(' ').next()).collect()
        };
        flag(&firsts(lexicon.percent_words), PERCENT_START);
        flag(&firsts(lexicon.period_lead), PERIOD_LEAD_START);
        flag(&firsts(lexicon.not_negations), NOT_NEGATION_START);
        let pieces: Vec<&'static str> = lexicon
            .time_suffixes
            .iter()
            .flat_map(|s| s.split('.'))
            .filter(|p| !p.is_empty())
            .collect();
        flag(&pieces, TIME_PIECE);
        for (word, value) in lexicon.number_words {
            info_from_word.entry(word).or_default().number = Some(*value);
        }
        for (word, value) in lexicon.scale_words {
            info_from_word.entry(word).or_default().scale = Some(*value);
        }
        for (word, month) in lexicon.months {
            info_from_word.entry(word).or_default().month = Some(month);
        }
        let tables: [(&[Phrase], FactKind); 3] = [
            (lexicon.attributions, FactKind::Attribution),
            (lexicon.hedges, FactKind::Hedge),
            (lexicon.negations, FactKind::Negation),
        ];
        for (table, kind) in tables {
            for phrase in table {
                let words: Vec<&'static str> = phrase.words.split(' ').collect();
                let Some(first) = words.first().copied() else {
                    continue;
                };
                info_from_word
                    .entry(first)
                    .or_default()
                    .phrases
                    .push(Entry {
                        words,
                        canonical: phrase.canonical,
                        rule: phrase.rule,
                        kind,
                    });
            }
        }
        let starters = DATE_WORD | PERIOD_LEAD_START | VAGUE | NOT_NEGATION_START;
        for info in info_from_word.values_mut() {
            if info.phrases.iter().any(|e| e.kind == FactKind::Attribution) {
                info.flags |= ATTRIBUTION_START;
            }
            info.phrases
                .sort_by_key(|e| std::cmp::Reverse(e.words.len()));
            info.starts =
                info.flags & starters != 0 || info.number.is_some() || !info.phrases.is_empty();
            info.relevant = info.starts
                || info.scale.is_some()
                || info.flags & (PERIOD | TIME_PIECE | PERCENT_START) != 0;
        }
        let split = |list: &[&'static str]| -> Vec<Vec<&'static str>> {
            let mut out: Vec<Vec<&'static str>> =
                list.iter().map(|p| p.split(' ').collect()).collect();
            out.sort_by_key(|words| std::cmp::Reverse(words.len()));
            out
        };
        let mut quote_leads: Vec<u8> = lexicon
            .quote_marks
            .iter()
            .flat_map(|(open, close)| [*open, *close])
            .map(|c| c.encode_utf8(&mut [0; 4]).as_bytes()[0])
            .collect();
        quote_leads.sort_unstable();
        quote_leads.dedup();
        let source_leads = lexicon
            .attributions
            .iter()
            .filter(|p| p.rule == Rule::Source)
            .filter_map(|p| p.words.split(' ').next())
            .collect();
        Index {
            lexicon,
            info_from_word,
            source_leads,
            quote_leads,
            percent_phrases: split(lexicon.percent_words),
            period_leads: split(lexicon.period_lead),
            not_negations: split(lexicon.not_negations),
        }
    }

    /// Whether a change to `changed` (words of a sentence) can touch a fact: it has a digit,
    /// a capital, a currency sign or a word of the tables. Sentences with quotation marks are
    /// checked whole by the caller.
    pub fn may_matter(&self, changed: &str) -> bool {
        let signs = self.lexicon.currency_signs;
        let marks = |c: char| c.is_ascii_digit() || c.is_uppercase() || c == '%';
        if changed.chars().any(|c| marks(c) || signs.contains(&c)) {
            return true;
        }
        let suffixes = self.lexicon.negation_suffixes;
        changed
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .any(|word| {
                let relevant = self.info_from_word.get(word).is_some_and(|i| i.relevant);
                relevant || suffixes.iter().any(|s| word.ends_with(s))
            })
    }

    /// Whether a word of `text` may start an attribution: a quick pass over the words, so
    /// that most added or removed sentences are never tokenised.
    pub fn has_attribution_word(&self, text: &str) -> bool {
        let mut lower = [0u8; 24];
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && w.len() <= 24)
            .any(|word| {
                let key = if word.bytes().any(|b| b.is_ascii_uppercase()) {
                    let buffer = &mut lower[..word.len()];
                    buffer.copy_from_slice(word.as_bytes());
                    buffer.make_ascii_lowercase();
                    std::str::from_utf8(buffer).unwrap_or(word)
                } else {
                    word
                };
                self.info_from_word
                    .get(key)
                    .is_some_and(|info| info.flags & ATTRIBUTION_START != 0)
            })
    }

    /// Whether `text` may take a source along after an attribution ("told reporters"), where
    /// any changed word can change the fact.
    pub fn has_source_lead(&self, text: &str) -> bool {
        self.source_leads.iter().any(|lead| text.contains(lead))
    }

    /// Whether `text` has a quotation mark. A fast byte search for the marks' first bytes
    /// rules out most sentences before any character is decoded.
    pub fn has_quote_mark(&self, text: &str) -> bool {
        let leads = &self.quote_leads;
        let maybe = match leads.as_slice() {
            [a] => memchr::memchr(*a, text.as_bytes()).is_some(),
            [a, b] => memchr::memchr2(*a, *b, text.as_bytes()).is_some(),
            [a, b, c] => memchr::memchr3(*a, *b, *c, text.as_bytes()).is_some(),
            _ => true,
        };
        let marks = self.lexicon.quote_marks;
        maybe
            && text
                .chars()
                .any(|c| marks.iter().any(|(open, close)| c == *open || c == *close))
    }

    /// Whether `word` (lowercase) has role `flag`.
    pub fn is(&self, word: &str, flag: u32) -> bool {
        self.info_from_word
            .get(word)
            .is_some_and(|info| info.flags & flag != 0)
    }
}

/// The English lookups.
pub(super) fn english() -> &'static Index {
    static ENGLISH_INDEX: LazyLock<Index> = LazyLock::new(|| Index::new(&ENGLISH));
    &ENGLISH_INDEX
}
