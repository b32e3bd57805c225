//! List items inside paragraphs: bullets and item numbers ("• 9.", "1.)", "a.", "(2)") that
//! open a sentence, and the next item of a list that runs on without final punctuation.

/// Bullet characters that open a list item anywhere in a paragraph.
pub const BULLETS: &[char] = &['•', '◦', '▪', '‣', '⁃', '●', '∙'];

/// The numbering of a list whose items may run on without final punctuation
/// ("1. The first item 2. The second item").
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum List {
    /// Not in a list.
    None,
    /// Numbered items; the last number seen.
    Numbered(u32),
    /// Lettered items; the last letter seen.
    Lettered(u8),
}

/// At a sentence start in `text`, skips a bullet and/or an item number ("• 9.", "1.)", "a.",
/// "(2)").
pub(super) fn list_marker(text: &str, start: usize, end: usize) -> (usize, List) {
    match marker_at(text, start, end) {
        Some((after, list)) => (after, list),
        None => (start, List::None),
    }
}

/// Mid-sentence, an item starts at `i` when it is a bullet or the next number of the list.
pub(super) fn mid_marker(text: &str, i: usize, end: usize, list: List) -> Option<(usize, List)> {
    let (after, found) = marker_at(text, i, end)?;
    let bullet = text[i..]
        .chars()
        .next()
        .is_some_and(|c| BULLETS.contains(&c));
    let follows = match (list, found) {
        (List::Numbered(n), List::Numbered(m)) => m == n + 1,
        (List::Lettered(a), List::Lettered(b)) => b == a + 1,
        _ => false,
    };
    (bullet || follows).then_some((after, found))
}

fn marker_at(text: &str, start: usize, end: usize) -> Option<(usize, List)> {
    let rest = &text[start..end];
    let mut body = rest;
    let mut bulleted = false;
    if let Some(c) = body.chars().next() {
        // Dash-like bullets need a space after them; "-5" or "*emphasis*" are not items.
        let dash = matches!(c, '-' | '*' | '+' | '–') && body[c.len_utf8()..].starts_with(' ');
        if BULLETS.contains(&c) || dash {
            body = body[c.len_utf8()..].trim_start();
            bulleted = true;
        }
    }
    let inner = body.strip_prefix('(').unwrap_or(body);
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    let (list, tail) = if (1..=3).contains(&digits) {
        let n = inner[..digits].parse().unwrap_or(0);
        (List::Numbered(n), &inner[digits..])
    } else if inner.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
        && !inner
            .as_bytes()
            .get(1)
            .is_some_and(u8::is_ascii_alphanumeric)
    {
        (List::Lettered(inner.as_bytes()[0]), &inner[1..])
    } else {
        (List::None, inner)
    };
    let tail = if list == List::None {
        tail
    } else if let Some(t) = [".)", ".", ")"].iter().find_map(|p| tail.strip_prefix(p)) {
        t
    } else {
        return bulleted.then(|| (start + (rest.len() - body.len()), List::None));
    };
    if list != List::None && !tail.starts_with(char::is_whitespace) {
        return bulleted.then(|| (start + (rest.len() - body.len()), List::None));
    }
    if list == List::None && !bulleted {
        return None;
    }
    let consumed = rest.len() - tail.len();
    let after = start + consumed;
    let spaces = text[after..end].len() - text[after..end].trim_start().len();
    Some((after + spaces, list))
}
