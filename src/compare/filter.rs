//! Noise filters: sentences matching the options' regular expressions (a newsroom's
//! timestamps, photo credits, ad labels, newsletter and "Read more" prompts) are ignored:
//! aligned and shown like any other, but never counted as changes.

use regex::RegexSet;

use super::{Row, Segmented};

/// A named set of patterns for common newsroom furniture: (name, what it matches, regex).
pub const PRESETS: [(&str, &str, &str); 5] = [
    (
        "timestamps",
        "“Updated 11:05 a.m. EST”, “Published March 8, 2025”",
        concat!(
            r"(?i)^(last\s+)?(updated|published|posted|modified|first published)(\s+(on|at))?\s*:?\s*",
            r"(\d{1,2}(:\d{2})?\s*(a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}:\d{2}|(mon|tues|wednes|thurs|fri|satur|sun)day",
            r"|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b",
            r"|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*",
            r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d+\s+(minutes?|hours?|days?)\s+ago)[^!?]{0,50}$"
        ),
    ),
    (
        "credits",
        "“Photo: Lena Park/Riverside Ledger”, “(AP Photo/Jane Doe)”",
        r"(?i)^((photo|photograph|image|picture|illustration|graphic|video)s?(\s+credit)?\s*[:|]|\(?(ap|afp|reuters) photo\b)|/\s*(getty images|ap|ap photo|reuters|afp|shutterstock)\s*\)?\.?$",
    ),
    (
        "ads",
        "“Advertisement”, “Story continues below advertisement”",
        r"(?i)^(advertisement|advertising|sponsored( content)?|paid content|story continues below( advertisement)?)\.?$",
    ),
    (
        "newsletters",
        "“Sign up for our morning briefing”",
        r"(?i)^(sign up|subscribe)( now)? (for|to)\b",
    ),
    (
        "read-more",
        "“Read more: …”, “Related: …”",
        r"(?i)^(read more|see more|more on this|related)\b\s*[:»›>]?",
    ),
];

/// The name that selects every preset.
pub const ALL_PRESETS: &str = "newsroom";

/// The patterns of the preset `name` (or of all, for [`ALL_PRESETS`]); `None` if unknown.
pub fn preset(name: &str) -> Option<Vec<String>> {
    if name == ALL_PRESETS {
        return Some(PRESETS.iter().map(|p| p.2.to_string()).collect());
    }
    PRESETS
        .iter()
        .find(|p| p.0 == name)
        .map(|p| vec![p.2.to_string()])
}

/// Checks one pattern: the regex error, in one line, when it is not a valid expression.
pub fn check(pattern: &str) -> Result<(), String> {
    regex::Regex::new(pattern).map(|_| ()).map_err(|e| {
        e.to_string()
            .lines()
            .last()
            .unwrap_or("invalid")
            .trim()
            .to_string()
    })
}

/// The compiled patterns. Invalid patterns are skipped (check them with [`check`] where
/// they are typed in).
pub struct Filter(Option<RegexSet>);

impl Filter {
    /// Compiles `patterns`.
    pub fn new(patterns: &[String]) -> Filter {
        let valid: Vec<&String> = patterns.iter().filter(|p| check(p).is_ok()).collect();
        Filter(
            (!valid.is_empty())
                .then(|| RegexSet::new(valid).ok())
                .flatten(),
        )
    }

    /// True when the sentence (trimmed) matches any pattern.
    pub fn matches(&self, sentence: &str) -> bool {
        self.0
            .as_ref()
            .is_some_and(|set| set.is_match(sentence.trim()))
    }

    /// For each row, whether it is ignored: every sentence it holds matches. A row pairing
    /// an ignored sentence with one that is not stays a change.
    pub fn mark(&self, left: &Segmented, right: &Segmented, rows: &[Row]) -> Vec<bool> {
        if self.0.is_none() {
            return vec![false; rows.len()];
        }
        let left_ignored: Vec<bool> = (0..left.sentences.len())
            .map(|i| self.matches(left.sentence_text(i)))
            .collect();
        let right_ignored: Vec<bool> = (0..right.sentences.len())
            .map(|i| self.matches(right.sentence_text(i)))
            .collect();
        rows.iter()
            .map(|row| {
                let l = row
                    .left
                    .map(|i| left_ignored.get(i).copied().unwrap_or(false));
                let r = row
                    .right
                    .map(|i| right_ignored.get(i).copied().unwrap_or(false));
                match (l, r) {
                    (Some(l), Some(r)) => l && r,
                    (Some(one), None) | (None, Some(one)) => one,
                    (None, None) => false,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn newsroom() -> Filter {
        Filter::new(&preset(ALL_PRESETS).unwrap())
    }

    #[test]
    fn presets_match_furniture_and_spare_article_sentences() {
        let filter = newsroom();
        for furniture in [
            "Updated 11:05 a.m. EST",
            "Updated 2:40 p.m.",
            "Published March 8, 2025",
            "Last updated 3 hours ago",
            "Photo: Lena Park/Riverside Ledger",
            "Readers in the reading room. (Mike Stone/Getty Images)",
            "Advertisement",
            "ADVERTISEMENT",
            "Story continues below advertisement",
            "Sign up for The Morning Ledger newsletter.",
            "Read more: How the library bond passed",
            "Related: Council delays vote",
        ] {
            assert!(filter.matches(furniture), "{furniture}");
        }
        for sentence in [
            "Updated figures show the project ran over budget.",
            "The library published its first catalogue in 1921 and it sold out.",
            "Published reports said the council would vote in May 2025.",
            "Updated rules take effect on March 8.",
            "The photo shows the mayor at the opening.",
            "Advertisement revenue fell by a third last year.",
            "Residents can sign up for library cards on Saturday.",
            "Readers said they would read more now that the library is open.",
        ] {
            assert!(!filter.matches(sentence), "{sentence}");
        }
    }

    #[test]
    fn invalid_patterns_are_reported_and_skipped() {
        assert!(check("(unclosed").is_err());
        assert!(check(r"^Updated\b").is_ok());
        let filter = Filter::new(&["(unclosed".to_string(), "^Ad$".to_string()]);
        assert!(filter.matches("Ad"));
        assert!(!Filter::new(&[]).matches("Ad"));
        assert!(preset("nonsense").is_none());
        assert_eq!(preset("ads").unwrap().len(), 1);
    }
}
