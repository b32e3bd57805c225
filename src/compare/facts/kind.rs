//! The kinds of fact the digest reports, and the spans of a sentence that bear them.

use std::borrow::Cow;
use std::ops::Range;

use serde::Serialize;

/// What a fact is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    /// A quantity, sum of money, percentage or count ("12" → "15", "nine" → "eleven").
    Number,
    /// A date, day or time ("Tuesday" → "Wednesday", "June 4" → "June 14", "7 p.m.").
    Date,
    /// A person, place or organisation ("Karen Smith" → "Karen Smyth").
    Name,
    /// The words inside quotation marks, or a quote added or removed.
    Quote,
    /// Who said it ("said" → "told reporters", "according to police").
    Attribution,
    /// A "not", "no" or "never" appearing or disappearing.
    Negation,
    /// How certain the text is ("will" → "may", "reportedly").
    Hedge,
}

impl FactKind {
    /// All kinds, in the order digests list them.
    pub const ALL: [FactKind; 7] = [
        FactKind::Number,
        FactKind::Date,
        FactKind::Name,
        FactKind::Quote,
        FactKind::Attribution,
        FactKind::Negation,
        FactKind::Hedge,
    ];

    /// The lowercase name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            FactKind::Number => "number",
            FactKind::Date => "date",
            FactKind::Name => "name",
            FactKind::Quote => "quote",
            FactKind::Attribution => "attribution",
            FactKind::Negation => "negation",
            FactKind::Hedge => "hedge",
        }
    }

    /// The name with a count: "1 number", "3 dates".
    pub fn counted(self, count: usize) -> String {
        let plural = if count == 1 { "" } else { "s" };
        format!("{count} {}{plural}", self.name())
    }

    pub(super) fn index(self) -> usize {
        self as usize
    }
}

/// A fact-bearing span of a sentence.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Entity {
    pub kind: FactKind,
    /// The span shown, as byte offsets into the sentence.
    pub range: Range<usize>,
    /// The span a change must touch for the entity to count as changed (a quote's marks too).
    pub reach: Range<usize>,
    /// What the two versions are compared by.
    pub canonical: Cow<'static, str>,
    /// A fact only when replaced by another of its kind ([`super::lexicon::Rule::Weak`]).
    pub weak: bool,
    /// A lone capitalised word opening the sentence ("Greene said …"): as likely an ordinary
    /// word ("Parents said …"), so a name only where the document names it so elsewhere.
    pub tentative: bool,
}
