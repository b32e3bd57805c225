//! Dates and times: "June 4", "4 June 2024", "Tuesday", "7 p.m.", "in 2019", "last week".

use super::index::{AMBIGUOUS_MONTH, DATE_WORD, PERIOD, PERIOD_LEAD_START, WEEKDAY, YEAR_CUE};
use super::scan::{Found, Scanner, Shape};

impl Scanner<'_> {
    /// A date or time starting at token `i`.
    pub fn time_or_date(&self, i: usize) -> Option<Found> {
        self.time(i)
            .or_else(|| self.weekday(i))
            .or_else(|| self.month_date(i))
            .or_else(|| self.day_month(i))
            .or_else(|| self.year(i))
            .or_else(|| self.relative(i))
    }

    /// "7 p.m.", "7:30", "10am", "noon".
    fn time(&self, i: usize) -> Option<Found> {
        let token = &self.tokens[i];
        if let Some(word) = self.word(i) {
            let named = self.has(i, DATE_WORD) && (!token.capital || self.at_start(i));
            return named.then(|| self.found(i + 1, token.end, word.to_string()));
        }
        if token.shape != Shape::Number || self.taken[i] {
            return None;
        }
        let suffixes = self.index.lexicon.time_suffixes;
        let digits = token.text.trim_end_matches(char::is_alphabetic);
        let glued = &token.lower[digits.len()..];
        if !glued.is_empty() {
            let is_time = suffixes.contains(&glued) && hour(digits).is_some();
            return is_time.then(|| self.found(i + 1, token.end, format!("{digits} {glued}")));
        }
        let rest = &self.text[token.end..];
        let spaced = rest.trim_start();
        let gap = rest.len() - spaced.len();
        for suffix in suffixes {
            let Some(head) = spaced.get(..suffix.len()) else {
                continue;
            };
            let after = &spaced[suffix.len()..];
            if head.eq_ignore_ascii_case(suffix) && !after.starts_with(char::is_alphanumeric) {
                hour(digits)?;
                let end_byte = token.end + gap + suffix.len();
                let canonical = format!("{digits} {}", suffix.replace('.', "").to_lowercase());
                return Some(self.found(i + 1, end_byte, canonical));
            }
        }
        let clock = digits.contains(':') && hour(digits).is_some();
        clock.then(|| self.found(i + 1, token.end, digits.to_string()))
    }

    /// "Tuesday", "Tuesday's", "Tuesday, June 4".
    fn weekday(&self, i: usize) -> Option<Found> {
        let token = &self.tokens[i];
        let word = self.word(i)?;
        let day = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        if !token.capital || !self.index.is(day, WEEKDAY) {
            return None;
        }
        let end_byte = token.start + token.text.len() - (word.len() - day.len());
        if self.is_mark(i + 1, ',')
            && let Some(date) = self.month_date(i + 2)
        {
            return Some(self.found(
                date.end,
                date.end_byte,
                format!("{day}, {}", date.canonical),
            ));
        }
        Some(self.found(i + 1, end_byte, day.to_string()))
    }

    /// "June 4", "Jan. 5, 2024", "June 2024", "in May".
    fn month_date(&self, i: usize) -> Option<Found> {
        let token = self.tokens.get(i)?;
        let word = self.word(i)?;
        let month = self.info(i)?.month?;
        if !token.capital {
            return None;
        }
        let mut at = i + 1;
        let mut end_byte = token.end;
        if month != word && self.is_mark(at, '.') {
            end_byte = self.tokens[at].end;
            at += 1;
        }
        let mut canonical = month.to_string();
        let mut dated = false;
        if let Some(day) = self.day(at) {
            canonical.push_str(&format!(" {day}"));
            end_byte = self.tokens[at].end;
            at += 1;
            dated = true;
            if self.is_mark(at, ',') && self.year_digits(at + 1).is_some() {
                at += 1;
            }
        }
        if let Some(year) = self.year_digits(at) {
            canonical.push_str(&format!(" {year}"));
            end_byte = self.tokens[at].end;
            at += 1;
            dated = true;
        }
        let previous = i.checked_sub(1).filter(|p| self.word(*p).is_some());
        let cued = previous.is_some_and(|p| self.has(p, YEAR_CUE));
        let ambiguous = self.has(i, AMBIGUOUS_MONTH);
        (dated || cued || !ambiguous).then(|| self.found(at, end_byte, canonical))
    }

    /// "4 June", "14 March 2024".
    fn day_month(&self, i: usize) -> Option<Found> {
        let day = self.day(i)?;
        let token = self.tokens.get(i + 1)?;
        self.word(i + 1)?;
        let month = self.info(i + 1)?.month?;
        if !token.capital {
            return None;
        }
        let (mut at, mut end_byte) = (i + 2, token.end);
        let mut canonical = format!("{month} {day}");
        if let Some(year) = self.year_digits(at) {
            canonical.push_str(&format!(" {year}"));
            end_byte = self.tokens[at].end;
            at += 1;
        }
        Some(self.found(at, end_byte, canonical))
    }

    /// "in 2019", "the 1990s", "mid-2024": a four-digit year after a cue word, or a decade.
    fn year(&self, i: usize) -> Option<Found> {
        let token = &self.tokens[i];
        if token.shape != Shape::Number || self.taken[i] {
            return None;
        }
        let decade = token
            .lower
            .strip_suffix('s')
            .filter(|d| is_year(d) && d.ends_with('0'));
        if let Some(decade) = decade {
            return Some(self.found(i + 1, token.end, format!("{decade}s")));
        }
        let year = self.year_digits(i)?;
        let mut cue = i.checked_sub(1);
        if cue.is_some_and(|c| self.is_mark(c, '-')) {
            cue = i.checked_sub(2);
        }
        let cued = cue.and_then(|c| self.tokens.get(c)).is_some_and(|t| {
            t.shape == Shape::Word && t.info.is_some_and(|i| i.flags & YEAR_CUE != 0)
        });
        cued.then(|| self.found(i + 1, token.end, year.to_string()))
    }

    /// "last week", "this year", "earlier this month".
    fn relative(&self, i: usize) -> Option<Found> {
        if self.tokens[i].capital && !self.at_start(i) {
            return None;
        }
        if !self.has(i, PERIOD_LEAD_START) {
            return None;
        }
        for lead in &self.index.period_leads {
            let Some(at) = self.words_at(i, lead) else {
                continue;
            };
            let period = self.word(at)?;
            if self.has(at, PERIOD) {
                let canonical = format!("{} {period}", lead.join(" "));
                return Some(self.found(at + 1, self.tokens[at].end, canonical));
            }
        }
        None
    }

    /// A day of the month at token `i`: 1 to 31, maybe with an ordinal ending.
    fn day(&self, i: usize) -> Option<u32> {
        let token = self.tokens.get(i)?;
        if token.shape != Shape::Number || self.taken[i] {
            return None;
        }
        let digits = token.text.trim_end_matches(char::is_alphabetic);
        let ending = &token.lower[digits.len()..];
        if !matches!(ending, "" | "st" | "nd" | "rd" | "th") {
            return None;
        }
        digits.parse().ok().filter(|d| (1..=31).contains(d))
    }

    /// A four-digit year at token `i`.
    fn year_digits(&self, i: usize) -> Option<&str> {
        let token = self.tokens.get(i)?;
        (token.shape == Shape::Number && !self.taken[i] && is_year(token.text))
            .then_some(token.text)
    }
}

/// Four digits from 1700 to 2199.
fn is_year(text: &str) -> bool {
    text.len() == 4
        && text.bytes().all(|b| b.is_ascii_digit())
        && text.parse::<u32>().is_ok_and(|y| (1700..2200).contains(&y))
}

/// The hour of "7", "7:30" or "19:30", if it is one.
fn hour(text: &str) -> Option<u32> {
    let (hours, minutes) = text.split_once(':').unwrap_or((text, "00"));
    let valid_minutes = minutes.len() == 2 && minutes.parse::<u32>().is_ok_and(|m| m < 60);
    hours
        .parse::<u32>()
        .ok()
        .filter(|h| *h <= 24 && valid_minutes)
}
