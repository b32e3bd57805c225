//! What a loaded article is: [`Document`], its [`Format`] and its [`Meta`]data.

use std::path::{Path, PathBuf};

use encoding_rs::UTF_8;
use serde::{Deserialize, Serialize};

use super::text::{compose, normalize_newlines};

/// The format a document was read as, sniffed from its content (the extension is a hint).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown, compared as its source text.
    Markdown,
    /// A web page: its main article text, boilerplate left out.
    Html,
    /// A Word document (Office Open XML).
    Docx,
    /// An OpenDocument text.
    Odt,
    /// A PDF's text layer.
    Pdf,
}

impl Format {
    /// Picks the format a file name's extension suggests; unknown extensions are plain text.
    /// Only a hint: [`Document::from_bytes`] trusts the content over it.
    pub fn from_path(path: &Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown" | "mdown" | "mkd") => Format::Markdown,
            Some("html" | "htm" | "xhtml" | "shtml") => Format::Html,
            Some("docx") => Format::Docx,
            Some("odt") => Format::Odt,
            Some("pdf") => Format::Pdf,
            _ => Format::Text,
        }
    }

    /// The lowercase name used in reports (`text`, `markdown`, `html`, `docx`, `odt`, `pdf`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Pdf => "pdf",
        }
    }
}

/// What is known about an article besides its text: shown beside it, never compared.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Meta {
    /// The page's or file's title, when it has one apart from the text.
    pub title: Option<String>,
    /// Who wrote it ("By Ana Ruiz and Tom Lee").
    pub byline: Option<String>,
    /// When it was first published, as the source says it.
    pub published: Option<String>,
    /// When it was last updated, as the source says it ("Updated 11:05 a.m. EST").
    pub updated: Option<String>,
    /// The address it was fetched from, for a web page opened by URL.
    pub url: Option<String>,
}

impl Meta {
    /// True when nothing is known.
    pub fn is_empty(&self) -> bool {
        *self == Meta::default()
    }

    /// When this version was last updated (else published), when the page says so in the
    /// ISO 8601 form of its metadata ("2025-03-08T16:05:00Z", "2025-03-08T11:05:00-05:00",
    /// "2025-03-08"); `None` for a time written for readers ("Updated 11:05 a.m. EST").
    pub fn time(&self) -> Option<std::time::SystemTime> {
        let seconds = [&self.updated, &self.published]
            .into_iter()
            .flatten()
            .find_map(|text| iso_seconds(text.trim()))?;
        let seconds = u64::try_from(seconds).ok()?;
        std::time::SystemTime::UNIX_EPOCH.checked_add(std::time::Duration::from_secs(seconds))
    }
}

/// Seconds since 1970 of an ISO 8601 date or date-time (UTC unless an offset is given).
fn iso_seconds(text: &str) -> Option<i64> {
    let number = |range: std::ops::Range<usize>| -> Option<i64> {
        let digits = text.get(range)?;
        digits
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| digits.parse().ok())?
    };
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    if text.get(4..5)? != "-" || text.get(7..8)? != "-" || !(1..=12).contains(&month) {
        return None;
    }
    if !(1..=31).contains(&day) {
        return None;
    }
    // Days since 1970 of a civil date (Howard Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    let days = era * 146_097 + day_of_era - 719_468;
    let mut seconds = days * 86_400;
    let Some(rest) = text.get(10..).filter(|r| !r.is_empty()) else {
        return Some(seconds);
    };
    if !rest.starts_with(['T', ' ']) {
        return None;
    }
    let (hour, minute) = (number(11..13)?, number(14..16)?);
    let second = number(17..19).unwrap_or(0);
    seconds += hour * 3600 + minute * 60 + second;
    // The offset: after the seconds and any fraction.
    let zone = rest
        .get(1..)?
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ':' || c == '.');
    let offset = match zone.as_bytes().first() {
        Some(b'+' | b'-') => {
            let sign = if zone.starts_with('-') { -1 } else { 1 };
            let hours: i64 = zone.get(1..3)?.parse().ok()?;
            let minutes: i64 = zone.get(3..).map_or(Some(0), |m| {
                m.trim_start_matches(':')
                    .get(..2)
                    .map_or(Some(0), |m| m.parse().ok())
            })?;
            sign * (hours * 3600 + minutes * 60)
        }
        _ => 0,
    };
    Some(seconds - offset)
}

/// One version of an article, as loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Where it was read from, if it came from a file.
    pub path: Option<PathBuf>,
    /// A short name to show (the file name, or the address of a web page).
    pub name: String,
    /// The text that is compared, with line endings normalised to `\n`: for HTML, Word, ODT
    /// and PDF the extracted article, one paragraph per block separated by blank lines.
    pub text: String,
    /// The name of the encoding the bytes were decoded from (e.g. `UTF-8`, `windows-1252`).
    pub encoding: String,
    /// The format it was read as.
    pub format: Format,
    /// Byline, times and the like, kept out of the compared text.
    pub meta: Meta,
}

impl Document {
    /// Builds a document from text already in memory (tests, pasted text).
    pub fn from_text(name: impl Into<String>, text: &str) -> Document {
        Document {
            path: None,
            name: name.into(),
            text: compose(normalize_newlines(text.to_string())),
            encoding: UTF_8.name().to_string(),
            format: Format::Text,
            meta: Meta::default(),
        }
    }
}
