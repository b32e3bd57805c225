//! Numbers: "12", "12,000", "nine", "twenty-five", "$3.4 million", "15%", "2.5 percent",
//! "dozens of", each compared by its value ("nine" and "9" are the same fact).

use super::index::{NOT_COUNT_AFTER, NOT_COUNT_BEFORE, PERCENT_START, VAGUE};
use super::scan::{Found, Scanner, Shape};

impl Scanner<'_> {
    /// A number starting at token `i`.
    pub fn number(&self, i: usize) -> Option<Found> {
        let token = &self.tokens[i];
        let mut at = i;
        let mut currency = String::new();
        if token.shape == Shape::Mark
            && self
                .index
                .lexicon
                .currency_signs
                .iter()
                .any(|c| token.text.starts_with(*c))
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.shape == Shape::Number)
        {
            currency.push_str(token.text);
            at += 1;
        }
        let (mut value, mut end) = self.value(at)?;
        let mut end_byte = self.tokens[end - 1].end;
        let mut canonical = String::new();
        if let Value::Vague(word) = &value {
            canonical.push_str(word);
            return Some(self.found(end, end_byte, canonical));
        }
        while let Some(scale) = self.word(end).and(self.info(end)).and_then(|i| i.scale) {
            if let Value::Exact(v, _) = &mut value {
                *v *= scale;
            }
            end_byte = self.tokens[end].end;
            end += 1;
        }
        let mut percent = "";
        if self.is_mark(end, '%') && self.tokens[end].start == end_byte {
            end_byte = self.tokens[end].end;
            end += 1;
            percent = "%";
        } else if let Some(after) = self
            .index
            .percent_phrases
            .iter()
            .filter(|_| self.has(end, PERCENT_START))
            .find_map(|words| self.words_at(end, words))
        {
            end_byte = self.tokens[after - 1].end;
            end = after;
            percent = "%";
        }
        if let Value::Exact(v, ending) = value {
            // Rounded so that "$3.4 million" and "$3,400,000" read the same.
            let rounded = format!("{v:.4}");
            canonical = format!("{currency}{rounded}{percent}{ending}");
        }
        Some(self.found(end, end_byte, canonical))
    }

    /// The value of the number at token `i` (digits or number words) and the token after it.
    fn value(&self, i: usize) -> Option<(Value, usize)> {
        let token = self.tokens.get(i)?;
        if self.taken[i] {
            return None;
        }
        if token.shape == Shape::Number {
            let digits = token.text.trim_end_matches(char::is_alphabetic);
            if digits.contains(':') {
                return None;
            }
            let ending = token.lower[digits.len()..].to_string();
            let plain: String = digits.chars().filter(|c| *c != ',').collect();
            let value = plain.parse::<f64>().ok()?;
            return Some((Value::Exact(value, ending), i + 1));
        }
        let word = self.word(i)?;
        if token.capital && !self.at_start(i) {
            return None;
        }
        let previous = i.checked_sub(1).filter(|p| self.word(*p).is_some());
        let next = i + 1;
        if self.has(i, VAGUE) {
            let counted = word == "several" || self.word(next) == Some("of");
            return counted.then(|| (Value::Vague(word.to_string()), i + 1));
        }
        let mut value = self.info(i)?.number?;
        let not_count = previous.is_some_and(|p| self.has(p, NOT_COUNT_AFTER))
            || (self.word(next).is_some() && self.has(next, NOT_COUNT_BEFORE));
        if not_count {
            return None;
        }
        let mut end = i + 1;
        // "twenty-five", "twenty five"
        let hyphen = usize::from(self.is_mark(end, '-'));
        if value >= 20.0
            && let Some(unit) = self
                .word(end + hyphen)
                .and(self.info(end + hyphen))
                .and_then(|info| info.number)
                .filter(|u| *u < 10.0)
        {
            value += unit;
            end += hyphen + 1;
        }
        Some((Value::Exact(value, String::new()), end))
    }
}

/// What a number is worth.
enum Value {
    /// A value, with any ending glued to the digits ("th" of "14th").
    Exact(f64, String),
    /// A quantity without a value ("dozens").
    Vague(String),
}
