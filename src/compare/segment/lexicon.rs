//! Word lists the sentence splitter consults: abbreviations, titles, sentence starters, months.
//!
//! All entries are lowercase and without their final period. English news usage comes first;
//! German and French entries keep the splitter from breaking those texts on abbreviations.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

/// Titles written before a name. A sentence never ends on one ("Gen. Milley", "Dr. Müller").
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "adm", "atty", "brig", "capt", "cmdr", "col", "cpl", "dr", "fr", "gen", "gov", "hon", "hr",
    "lt", "maj", "messrs", "mmes", "mr", "mrs", "ms", "msgr", "prof", "pvt", "rep", "reps", "rev",
    "sen", "sens", "sgt", "supt", "dipl", "mme", "mlle",
];

/// Abbreviations that usually sit inside a sentence but may end one ("Apple Inc. It said…").
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    // Companies, addresses, references.
    "inc", "co", "corp", "ltd", "bros", "plc", "jr", "sr", "st", "mt", "ft", "ave", "blvd", "rd",
    "no", "nos", "nr", "n°", "nº", "p", "pp", "vol", "vols", "fig", "figs", "ed", "eds", "est",
    "etc", "vs", "v", "approx", "dept", "univ", "assn", "assoc", "min", "max", "hrs", "sec", "ch",
    "chap", "art", "al", "cf", "ibid", "op", "cit", "ca", "gov't", "govt", "mfg", "intl",
    // Months and weekdays.
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    // U.S. states in AP style.
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nebr", "nev", "okla",
    "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wisc", "wyo",
    // German.
    "bzw", "usw", "vgl", "ggf", "evtl", "inkl", "zzgl", "bspw", "sog", "ggü", "abs", "kap", "str",
    "tel", "mio", "mrd", "jh", "jhd", "dt", "gegr", "geb", "gest", "bd", "hrsg",
    // French.
    "env", "av", "apr", "mm", "ex", "éd", "cie", "boul",
];

/// Capitalised words that commonly open a sentence. After an ambiguous abbreviation
/// ("U.S.", "a.m.", "Co.") a boundary is only taken when the next word is one of these,
/// so "the U.S. Government" stays whole while "in the U.S. How about you?" splits.
#[rustfmt::skip]
const STARTERS: &[&str] = &[
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
    "our", "my", "your", "this", "that", "these", "those", "there", "here", "but", "and", "or",
    "so", "yet", "in", "on", "at", "by", "with", "from", "after", "before", "when", "while",
    "where", "what", "why", "how", "who", "which", "if", "as", "although", "though", "because",
    "since", "then", "now", "still", "also", "however", "meanwhile", "some", "many", "most", "all",
    "both", "each", "every", "no", "not", "one", "two", "three", "did", "do", "does", "is", "are",
    "was", "were", "will", "would", "can", "could", "should", "has", "have", "had", "for", "to",
    // Titles open sentences too ("…at 6 P.M. Mr. Smith then went…").
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
    // German.
    "der", "die", "das", "ein", "eine", "er", "es", "wir", "ich", "ihr", "man", "auch", "aber",
    "und", "doch", "denn", "dann", "nun", "im", "am", "auf", "mit", "nach", "bei", "vor", "seit",
    "als", "wenn", "weil", "dass", "da", "zudem", "dies", "diese", "dieser", "dieses", "jedoch",
    "laut",
    // French.
    "le", "la", "les", "un", "une", "il", "elle", "ils", "elles", "nous", "je", "on", "ce",
    "cette", "ces", "mais", "et", "donc", "puis", "alors", "en", "dans", "pour", "selon",
];

/// Month names after which "3." is a German ordinal date ("am 3. Januar"), not an ending.
#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember",
];

/// German words that precede an ordinal number ("am 3.", "im 19. Jahrhundert", "der 2. Weltkrieg").
#[rustfmt::skip]
const ORDINAL_LEADS: &[&str] = &[
    "am", "im", "vom", "zum", "zur", "beim", "ab", "seit", "dem", "den", "der", "des", "die",
    "das", "ein", "eine", "einem", "einen", "einer", "jeden", "jedem", "ihrem", "seinem", "ihren",
    "seinen", "ihres", "seines", "bis", "zum",
];

/// Abbreviations that usually end a sentence when a capitalised word follows, unless that word
/// continues the time or date ("3:35 p.m. Supporters said…" ends; "3:35 p.m. EST" does not).
#[rustfmt::skip]
const CLOSING: &[&str] = &[
    "a.m", "p.m", "etc", "usw", "bzw",
];

/// Words that continue a time or date after "a.m."/"p.m.".
#[rustfmt::skip]
const TIME_CONTINUATIONS: &[&str] = &[
    "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc",
    "bst", "cet", "cest", "eastern", "central", "mountain", "pacific", "local", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "today", "tomorrow", "tonight",
];

/// Verbs of attribution: "“Why now?” Smith asked." is one sentence.
#[rustfmt::skip]
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes",
    "replied", "replies", "shouted", "recalled", "recalls", "explained", "continued", "sagte",
    "fragte", "erklärte",
];

const TITLE: u8 = 1;
const ABBREVIATION: u8 = 2;
const STARTER: u8 = 4;
const MONTH: u8 = 8;
const ORDINAL_LEAD: u8 = 16;
const SPEECH_VERB: u8 = 32;
const CLOSING_ABBREVIATION: u8 = 64;
const TIME_CONTINUATION: u8 = 128;

/// Every listed word with the lists it is on, as bit flags: one hash lookup per question.
static LEXICON: LazyLock<FxHashMap<&'static str, u8>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    let lists: [(&[&str], u8); 8] = [
        (TITLES, TITLE | ABBREVIATION),
        (ABBREVIATIONS, ABBREVIATION),
        (STARTERS, STARTER),
        (MONTHS, MONTH),
        (ORDINAL_LEADS, ORDINAL_LEAD),
        (SPEECH_VERBS, SPEECH_VERB),
        (CLOSING, CLOSING_ABBREVIATION),
        (TIME_CONTINUATIONS, TIME_CONTINUATION),
    ];
    for (list, flag) in lists {
        for word in list {
            *map.entry(*word).or_insert(0) |= flag;
        }
    }
    map
});

/// The flags of `word`, looked up case-insensitively.
fn flags(word: &str) -> u8 {
    let mut buf = [0u8; 24];
    match ascii_lower(word, &mut buf) {
        Some(lower) => LEXICON.get(lower).copied().unwrap_or(0),
        None if word.len() <= 48 => LEXICON
            .get(word.to_lowercase().as_str())
            .copied()
            .unwrap_or(0),
        None => 0,
    }
}

/// Lowercases an ASCII word into `buf`; `None` for non-ASCII or long words.
fn ascii_lower<'a>(word: &str, buf: &'a mut [u8; 24]) -> Option<&'a str> {
    if !word.is_ascii() || word.len() > buf.len() {
        return None;
    }
    for (dst, src) in buf.iter_mut().zip(word.bytes()) {
        *dst = src.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..word.len()]).ok()
}

/// A title written before a name ("Sen.", "Dr.").
pub fn is_title(word: &str) -> bool {
    flags(word) & TITLE != 0
}

/// A known abbreviation (titles included).
pub fn is_abbreviation(word: &str) -> bool {
    flags(word) & ABBREVIATION != 0
}

/// A word that commonly opens a sentence.
pub fn is_starter(word: &str) -> bool {
    flags(word) & STARTER != 0
}

/// A German month name.
pub fn is_month(word: &str) -> bool {
    flags(word) & MONTH != 0
}

/// A German word that introduces an ordinal number.
pub fn is_ordinal_lead(word: &str) -> bool {
    flags(word) & ORDINAL_LEAD != 0
}

/// An abbreviation that usually ends a sentence before a capitalised word.
pub fn is_closing(word: &str) -> bool {
    flags(word) & CLOSING_ABBREVIATION != 0
}

/// A word that continues a time or date ("EST", "Monday").
pub fn is_time_continuation(word: &str) -> bool {
    flags(word) & TIME_CONTINUATION != 0
}

/// A verb of attribution.
pub fn is_speech_verb(word: &str) -> bool {
    flags(word) & SPEECH_VERB != 0
}

/// "U.S", "a.m", "D-N.M", "Ph.D", "z.B": groups of one to three letters joined by periods.
pub fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word.split(['.', '-']).all(|part| {
            (1..=3).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
        })
}

/// A lone letter: an initial ("Jonas E. Smith") or a page reference ("p. 55").
pub fn is_single_letter(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_case() {
        assert!(is_title("Gen"));
        assert!(is_abbreviation("CO"));
        assert!(is_starter("How"));
        assert!(!is_starter("Government"));
        assert!(is_month("Januar"));
        assert!(is_month("MÄRZ"));
    }

    #[test]
    fn dotted_abbreviations() {
        for word in ["U.S", "a.m", "D-N.M", "Ph.D", "z.B", "U.S.A"] {
            assert!(is_dotted_abbreviation(word), "{word}");
        }
        for word in ["Jane.Doe@example", "1026.253.553", "example.com", "Mr"] {
            assert!(!is_dotted_abbreviation(word), "{word}");
        }
    }
}
