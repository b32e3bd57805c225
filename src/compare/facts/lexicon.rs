//! The word lists and phrase tables the fact digest recognises, one [`Lexicon`] per language.
//!
//! To teach the digest a word, add it to the right table below; nothing else changes. All
//! entries are lowercase; phrases are words separated by single spaces and match whole words,
//! case-insensitively (a phrase whose first word is capitalised mid-sentence, like "Will" or
//! "May", is left to the name and date rules). A new language is a new `Lexicon` constant
//! (`GERMAN`, `FRENCH`, …) with the same fields, added to [`Lexicon::ALL`].

/// A word or phrase with the canonical form that two versions are compared by ("says" and
/// "said" are both "say", so a change of tense is not a fact).
#[derive(Clone, Copy, Debug)]
pub struct Phrase {
    /// The words, lowercase, separated by single spaces.
    pub words: &'static str,
    /// What the phrase means, for comparing the two sides.
    pub canonical: &'static str,
    /// How the phrase is bounded.
    pub rule: Rule,
}

/// Extra conditions on a phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Matches wherever it stands.
    Plain,
    /// Takes its source along: lowercase words that follow ("according to police",
    /// "told reporters"); a capitalised source is a name of its own.
    Source,
    /// Only before punctuation, the end of the sentence or "that" ("…, she added.").
    ClauseEnd,
    /// May be preceded by a form of "to be", which joins the span ("is likely to").
    AfterBe,
    /// Not after a determiner ("the will of the people", "a can of paint").
    NotAfterDeterminer,
    /// Too common to be a fact when it merely appears or goes ("that would allow" →
    /// "allowing"); a fact only when another phrase of its table replaces it ("would" →
    /// "could").
    Weak,
}

const fn p(words: &'static str, canonical: &'static str, rule: Rule) -> Phrase {
    Phrase {
        words,
        canonical,
        rule,
    }
}

/// Everything the digest knows about one language.
#[derive(Debug)]
pub struct Lexicon {
    /// The language's name in English.
    pub language: &'static str,
    /// Quotation marks as (opening, closing) pairs; a mark that is both opens or closes by
    /// the spaces around it.
    pub quote_marks: &'static [(char, char)],
    /// Numbers written as words, with their values.
    pub number_words: &'static [(&'static str, f64)],
    /// Words that multiply the number before them ("3 million").
    pub scale_words: &'static [(&'static str, f64)],
    /// Quantities without a value ("dozens of people").
    pub vague_quantities: &'static [&'static str],
    /// Words after a number that make it a percentage ("12 percent").
    pub percent_words: &'static [&'static str],
    /// Currency signs before a number ("$3").
    pub currency_signs: &'static [char],
    /// Number words are not counts after these words ("no one", "every one").
    pub not_count_after: &'static [&'static str],
    /// Number words that are not counts before these words ("one another").
    pub not_count_before: &'static [&'static str],
    /// Month names and abbreviations (as written, lowercase, without the period), with the
    /// month they name.
    pub months: &'static [(&'static str, &'static str)],
    /// Month names that are also ordinary words: dates only beside a number or after a
    /// year cue ("in May", "May 4"; not "Theresa May").
    pub ambiguous_months: &'static [&'static str],
    /// Days of the week.
    pub weekdays: &'static [&'static str],
    /// Days and times named by one word ("yesterday", "noon").
    pub date_words: &'static [&'static str],
    /// A relative period is one of these …
    pub period_lead: &'static [&'static str],
    /// … followed by one of these ("last week", "next month").
    pub periods: &'static [&'static str],
    /// Marks after a number that make it a time of day ("7 p.m."), as written.
    pub time_suffixes: &'static [&'static str],
    /// Words before a four-digit number that make it a year ("in 2019").
    pub year_cues: &'static [&'static str],
    /// Capitalised words that do not start a name ("The", "But").
    pub name_stopwords: &'static [&'static str],
    /// Titles before a name, left out of it ("Mayor", "Dr").
    pub titles: &'static [&'static str],
    /// Lowercase words allowed inside a name ("University of Oregon", "van Gogh").
    pub name_connectors: &'static [&'static str],
    /// Who said it.
    pub attributions: &'static [Phrase],
    /// Words that end a source taken along by [`Rule::Source`].
    pub source_stops: &'static [&'static str],
    /// Determiners that may open a source ("according to the police").
    pub source_openers: &'static [&'static str],
    /// How sure the text is.
    pub hedges: &'static [Phrase],
    /// Forms of "to be" for [`Rule::AfterBe`].
    pub be_forms: &'static [&'static str],
    /// Words that block [`Rule::NotAfterDeterminer`].
    pub determiners: &'static [&'static str],
    /// Negations; a word ending in one of `negation_suffixes` is one too.
    pub negations: &'static [Phrase],
    /// Endings that make a word a negation ("didn't").
    pub negation_suffixes: &'static [&'static str],
    /// Phrases that start with a negation but do not negate ("not only").
    pub not_negations: &'static [&'static str],
}

impl Lexicon {
    /// The lexicons, by language; the first is the default.
    pub const ALL: [&'static Lexicon; 1] = [&ENGLISH];
}

use Rule::{AfterBe, ClauseEnd, NotAfterDeterminer, Plain, Source, Weak};

/// English.
#[rustfmt::skip]
pub const ENGLISH: Lexicon = Lexicon {
    language: "English",
    quote_marks: &[('“', '”'), ('"', '"'), ('«', '»')],
    number_words: &[
        ("one", 1.0), ("two", 2.0), ("three", 3.0), ("four", 4.0), ("five", 5.0),
        ("six", 6.0), ("seven", 7.0), ("eight", 8.0), ("nine", 9.0), ("ten", 10.0),
        ("eleven", 11.0), ("twelve", 12.0), ("thirteen", 13.0), ("fourteen", 14.0),
        ("fifteen", 15.0), ("sixteen", 16.0), ("seventeen", 17.0), ("eighteen", 18.0),
        ("nineteen", 19.0), ("twenty", 20.0), ("thirty", 30.0), ("forty", 40.0),
        ("fifty", 50.0), ("sixty", 60.0), ("seventy", 70.0), ("eighty", 80.0),
        ("ninety", 90.0), ("dozen", 12.0), ("half", 0.5),
    ],
    scale_words: &[
        ("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9),
        ("trillion", 1e12),
    ],
    vague_quantities: &[
        "dozens", "hundreds", "thousands", "millions", "billions", "scores", "several",
    ],
    percent_words: &["percent", "per cent", "percentage points", "percentage point"],
    currency_signs: &['$', '€', '£', '¥'],
    not_count_after: &["no", "any", "every", "some", "each"],
    not_count_before: &["another", "day"],
    months: &[
        ("january", "january"), ("jan", "january"), ("february", "february"),
        ("feb", "february"), ("march", "march"), ("mar", "march"), ("april", "april"),
        ("apr", "april"), ("may", "may"), ("june", "june"), ("july", "july"),
        ("august", "august"), ("aug", "august"), ("september", "september"),
        ("sept", "september"), ("sep", "september"), ("october", "october"),
        ("oct", "october"), ("november", "november"), ("nov", "november"),
        ("december", "december"), ("dec", "december"),
    ],
    ambiguous_months: &["may", "march", "jan", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "feb"],
    weekdays: &[
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ],
    date_words: &["today", "yesterday", "tomorrow", "tonight", "noon", "midnight"],
    period_lead: &["last", "next", "this", "earlier this", "later this", "early next"],
    periods: &[
        "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night",
        "spring", "summer", "fall", "autumn", "winter", "decade",
    ],
    time_suffixes: &["a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock", "o’clock"],
    year_cues: &[
        "in", "since", "by", "until", "till", "of", "from", "before", "after", "during",
        "early", "late", "mid", "the", "through", "fiscal", "spring", "summer", "fall",
        "autumn", "winter", "year",
    ],
    name_stopwords: &[
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we",
        "i", "you", "his", "her", "their", "its", "our", "my", "your", "but", "and", "or",
        "in", "on", "at", "for", "with", "by", "from", "to", "of", "as", "after", "before",
        "when", "while", "if", "although", "though", "despite", "during", "since", "until",
        "because", "so", "yet", "there", "here", "then", "now", "also", "still", "some",
        "many", "most", "all", "both", "each", "every", "no", "not", "what", "who", "why",
        "how", "where", "which", "one", "officials", "police", "according", "under", "over",
        "about", "meanwhile", "however", "separately", "instead", "overall",
    ],
    titles: &[
        "mr", "mrs", "ms", "dr", "prof", "professor", "mayor", "gov", "governor", "sen",
        "senator", "rep", "representative", "president", "judge", "justice", "chief",
        "officer", "sgt", "sergeant", "lt", "lieutenant", "capt", "captain", "gen", "general",
        "col", "director", "councilwoman", "councilman", "councilmember", "commissioner",
        "rev", "sheriff", "superintendent", "secretary", "minister", "chancellor", "coach",
        "spokesperson", "spokesman", "spokeswoman", "detective", "deputy", "inspector",
    ],
    name_connectors: &["of", "de", "van", "von", "da", "del", "della", "la", "le", "du", "bin", "al"],
    attributions: &[
        p("said", "say", Plain), p("says", "say", Plain), p("say", "say", Plain),
        p("saying", "say", Plain), p("told", "tell", Source), p("tells", "tell", Source),
        p("according to", "according to", Source), p("stated", "state", Plain),
        p("announced", "announce", Plain), p("confirmed", "confirm", Plain),
        p("claimed", "claim", Plain), p("claims", "claim", Plain),
        p("insisted", "insist", Plain), p("argued", "argue", Plain),
        p("acknowledged", "acknowledge", Plain), p("asserted", "assert", Plain),
        p("testified", "testify", Plain), p("tweeted", "tweet", Plain),
        p("wrote", "write", ClauseEnd), p("added", "add", ClauseEnd),
        p("noted", "note", ClauseEnd), p("explained", "explain", ClauseEnd),
        p("in a statement", "statement", Plain), p("in an interview", "interview", Plain),
        p("in an email", "email", Plain), p("in a post", "post", Plain),
        p("spokesperson", "spokesperson", Plain), p("spokesman", "spokesperson", Plain),
        p("spokeswoman", "spokesperson", Plain), p("declined to comment", "no comment", Plain),
        p("countered", "counter", Plain), p("replied", "reply", Plain),
        p("responded", "respond", Plain), p("warned", "warn", Plain),
        p("denied", "deny", Plain), p("contended", "contend", Plain),
        p("maintained", "maintain", ClauseEnd), p("recalled", "recall", ClauseEnd),
    ],
    source_stops: &[
        "that", "on", "in", "at", "by", "during", "after", "before", "when", "while", "for",
        "with", "from", "who", "which", "as", "and", "or", "but", "last", "this", "released",
        "published", "is", "was", "are", "were", "will", "would", "has", "had", "have", "it",
        "he", "she", "they", "we", "there", "to", "about", "not", "no", "outside", "inside",
        "near", "over", "into", "across", "under", "following", "since", "despite", "because",
        "if", "though", "amid", "ahead", "late", "early", "earlier", "later", "yesterday",
        "today", "tonight", "tomorrow",
    ],
    source_openers: &["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"],
    hedges: &[
        p("will", "will", NotAfterDeterminer), p("would", "would", Weak),
        p("may", "may", Plain), p("might", "might", Plain), p("could", "could", Plain),
        p("can", "can", NotAfterDeterminer), p("should", "should", Plain),
        p("must", "must", Plain), p("likely to", "likely", AfterBe),
        p("likely", "likely", AfterBe), p("unlikely to", "unlikely", AfterBe),
        p("unlikely", "unlikely", AfterBe), p("expected to", "expected", AfterBe),
        p("set to", "set to", AfterBe), p("certain to", "certain", AfterBe),
        p("believed to", "believed", AfterBe), p("thought to", "believed", AfterBe),
        p("appears to", "appears", Plain), p("appeared to", "appears", Plain),
        p("seems to", "appears", Plain), p("seemed to", "appears", Plain),
        p("reportedly", "reportedly", Plain), p("allegedly", "allegedly", Plain),
        p("alleged", "allegedly", Plain), p("apparently", "apparently", Plain),
        p("possibly", "possibly", Plain), p("probably", "probably", Plain),
        p("perhaps", "perhaps", Plain), p("presumably", "presumably", Plain),
        p("purportedly", "allegedly", Plain), p("suspected", "suspected", Plain),
        p("certainly", "certainly", Plain), p("definitely", "certainly", Plain),
    ],
    be_forms: &["is", "are", "was", "were", "be", "been", "being", "am"],
    determiners: &["a", "an", "the", "his", "her", "their", "its", "of", "our", "my", "political", "good", "free"],
    negations: &[
        p("not", "not", Plain), p("cannot", "not", Plain), p("never", "never", Plain),
        p("no", "no", Plain), p("none", "none", Plain), p("nobody", "nobody", Plain),
        p("nothing", "nothing", Plain), p("neither", "neither", Plain), p("nor", "nor", Plain),
        p("no longer", "no longer", Plain), p("no one", "nobody", Plain),
    ],
    negation_suffixes: &["n't", "n’t"],
    not_negations: &[
        "not only", "not just", "no doubt", "no less than", "no more than", "no matter",
        "not least", "nothing but",
    ],
};
