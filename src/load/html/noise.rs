//! Lines of page furniture that survive the DOM filters, recognised by their words: bylines
//! and "Updated …" times (kept as metadata), and ad labels, photo credits, newsletter and
//! "Read more" prompts, share links (dropped).

use std::sync::LazyLock;

use regex::Regex;

/// What a block of a page is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Line {
    /// Article text.
    Text,
    /// "By Ana Ruiz": the byline.
    Byline(String),
    /// "Published 9:00 a.m. March 8": the publication time.
    Published(String),
    /// "Updated 11:05 a.m. EST": the update time.
    Updated(String),
    /// Furniture: left out.
    Noise,
}

/// The longest line taken for furniture: article sentences are longer, or end differently.
const SHORT: usize = 160;

static UPDATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(last\s+)?(updated|modified|revised)\b").expect("valid regex")
});
static PUBLISHED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(first\s+)?(published|posted)\b").expect("valid regex"));
/// A clock time, a date or "… ago": what a timestamp line holds.
static TIME_OR_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\d{1,2}:\d{2}|\b\d{1,2}\s*(a\.m\.|p\.m\.|am\b|pm\b)",
        r"|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b",
        r"|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
        r"|\d{4}-\d{2}-\d{2}|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\bago$"
    ))
    .expect("valid regex")
});
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(By|BY|by)\s+\p{Lu}[\p{L}.'’-]*(\s+[\p{L}.'’-]+){0,10}(,\s*[\p{L} .'’-]+)?$")
        .expect("valid regex")
});
static NOISE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(",
        r"advertisement|advertising|ad|sponsored( content)?|paid content",
        r"|story continues below( advertisement)?|continue reading( below)?",
        r"|skip to (main )?content|share( this (article|story|page))?|print|email",
        r"|(photo|photograph|image|picture|illustration|graphic|video)s?( credit)?\s*[:|].*",
        r"|sign up( now)? for .*|subscribe( now)?( to .*)?|(read|see) more\b.*|related\s*:.*",
        r"|(more|most) (read|popular)|comments?( \(\d+\))?|listen to this article.*",
        r")[.!]?$"
    ))
    .expect("valid regex")
});
static CREDIT_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(getty images|associated press|ap photo|reuters|afp|shutterstock)\s*\)?$")
        .expect("valid regex")
});

/// Classifies one block; `near_top` allows a byline (only before the story's text starts).
pub fn classify(block: &str, near_top: bool) -> Line {
    if block.chars().count() > SHORT {
        return Line::Text;
    }
    let timestamp = TIME_OR_DATE.is_match(block)
        && block.split_whitespace().count() <= 14
        && (!ends_sentence(block) || block.ends_with("a.m.") || block.ends_with("p.m."));
    if timestamp && UPDATED.is_match(block) {
        return Line::Updated(block.to_string());
    }
    if timestamp && PUBLISHED.is_match(block) {
        return Line::Published(block.to_string());
    }
    if near_top && BYLINE.is_match(block) && !block.ends_with('.') {
        return Line::Byline(block.to_string());
    }
    if NOISE.is_match(block) || (CREDIT_AGENCY.is_match(block) && !ends_sentence(block)) {
        return Line::Noise;
    }
    Line::Text
}

/// True when a line ends like a sentence.
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['.', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_lines_are_told_from_article_text() {
        let cases = [
            (
                "Updated 11:05 a.m. EST",
                Line::Updated("Updated 11:05 a.m. EST".into()),
            ),
            (
                "Last updated: March 8, 2025",
                Line::Updated("Last updated: March 8, 2025".into()),
            ),
            (
                "Published 9:00 a.m. EST March 8, 2025",
                Line::Published("Published 9:00 a.m. EST March 8, 2025".into()),
            ),
            (
                "Updated 11:05 a.m.",
                Line::Updated("Updated 11:05 a.m.".into()),
            ),
            (
                "Posted 3 hours ago",
                Line::Published("Posted 3 hours ago".into()),
            ),
            ("By Jenna Morales", Line::Byline("By Jenna Morales".into())),
            (
                "By Ana Ruiz and Tom O’Neil, Staff Writers",
                Line::Byline("By Ana Ruiz and Tom O’Neil, Staff Writers".into()),
            ),
            ("ADVERTISEMENT", Line::Noise),
            ("Advertisement", Line::Noise),
            ("Photo: Lena Park/Riverside Ledger", Line::Noise),
            (
                "Crowds gather outside the library. (Mike Stone/Getty Images)",
                Line::Noise,
            ),
            ("Sign up for The Morning Ledger", Line::Noise),
            ("Read more: How the library bond passed", Line::Noise),
            ("Share this article", Line::Noise),
            // Article sentences that merely start alike stay.
            (
                "Updated figures show the project ran over budget.",
                Line::Text,
            ),
            (
                "By the end of the day, 4,000 people had visited.",
                Line::Text,
            ),
            (
                "Published reports said the council would vote in May 2025.",
                Line::Text,
            ),
            ("The photo agency Reuters said it would appeal.", Line::Text),
            (
                "Advertisement revenue fell by a third last year.",
                Line::Text,
            ),
        ];
        for (line, expected) in cases {
            assert_eq!(classify(line, true), expected, "{line}");
        }
        assert_eq!(classify("By Jenna Morales", false), Line::Text);
    }
}
