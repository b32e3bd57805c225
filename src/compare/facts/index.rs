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
    pub number_from_word: FxHashMap<&'static str, f64>,
    pub scale_from_word: FxHashMap<&'static str, f64>,
    pub month_from_word: FxHashMap<&'static str, &'static str>,
    pub flags_from_word: FxHashMap<&'static str, u32>,
    /// Phrases by their first word, longest first.
    pub phrases_from_word: FxHashMap<&'static str, Vec<Entry>>,
    pub percent_phrases: Vec<Vec<&'static str>>,
    pub period_leads: Vec<Vec<&'static str>>,
    pub not_negations: Vec<Vec<&'static str>>,
}

impl Index {
    fn new(lexicon: &'static Lexicon) -> Index {
        let mut flags_from_word: FxHashMap<&'static str, u32> = FxHashMap::default();
        let mut flag = |words: &[&'static str], bit: u32| {
            for word in words {
                *flags_from_word.entry(word).or_default() |= bit;
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
        let mut phrases_from_word: FxHashMap<&'static str, Vec<Entry>> = FxHashMap::default();
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
                phrases_from_word.entry(first).or_default().push(Entry {
                    words,
                    canonical: phrase.canonical,
                    rule: phrase.rule,
                    kind,
                });
            }
        }
        for entries in phrases_from_word.values_mut() {
            entries.sort_by_key(|e| std::cmp::Reverse(e.words.len()));
        }
        let split = |list: &[&'static str]| -> Vec<Vec<&'static str>> {
            let mut out: Vec<Vec<&'static str>> =
                list.iter().map(|p| p.split(' ').collect()).collect();
            out.sort_by_key(|words| std::cmp::Reverse(words.len()));
            out
        };
        Index {
            lexicon,
            number_from_word: lexicon.number_words.iter().copied().collect(),
            scale_from_word: lexicon.scale_words.iter().copied().collect(),
            month_from_word: lexicon.months.iter().copied().collect(),
            flags_from_word,
            phrases_from_word,
            percent_phrases: split(lexicon.percent_words),
            period_leads: split(lexicon.period_lead),
            not_negations: split(lexicon.not_negations),
        }
    }

    /// Whether `word` (lowercase) has role `flag`.
    pub fn is(&self, word: &str, flag: u32) -> bool {
        self.flags_from_word
            .get(word)
            .is_some_and(|flags| flags & flag != 0)
    }
}

/// The English lookups.
pub(super) fn english() -> &'static Index {
    static ENGLISH_INDEX: LazyLock<Index> = LazyLock::new(|| Index::new(&ENGLISH));
    &ENGLISH_INDEX
}
