//! A PDF's positioned lines made into article paragraphs: running headers, footers and page
//! numbers (lines repeated at the top or bottom of most pages) removed, lines joined into
//! paragraphs at gaps, indents and size changes, hyphenated line ends joined.

/// One line of text on a page.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Its text.
    pub text: String,
    /// Left edge, in points.
    pub x: f64,
    /// Baseline, in points from the top of the page.
    pub y: f64,
    /// Right edge, in points.
    pub end: f64,
    /// Font size as drawn, in points.
    pub size: f64,
    /// Which block of its page it belongs to, in reading order: a column, or a piece that
    /// spans columns (see [`super::pdf_columns`]).
    pub block: usize,
}

/// Lines at each end of a page looked at for running headers and footers.
const EDGE_LINES: usize = 3;

/// The article text of the pages' lines: paragraphs separated by blank lines.
pub fn paragraphs(mut pages: Vec<Vec<Line>>) -> String {
    for lines in &mut pages {
        lines.retain(|line| !line.text.trim().is_empty());
    }
    remove_running_lines(&mut pages);
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut previous: Option<Line> = None;
    for block in pages
        .iter()
        .flat_map(|lines| lines.chunk_by(|a, b| a.block == b.block))
    {
        let right = block.iter().map(|l| l.end).fold(f64::MIN, f64::max);
        for line in block {
            let breaks = previous
                .as_ref()
                .is_some_and(|prev| starts_paragraph(prev, line, right));
            if breaks && !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            join_line(&mut current, line.text.trim());
            previous = Some(line.clone());
        }
        // A page or column turn keeps the paragraph only when the sentence runs on; the next
        // block's first line is then judged against the last line of this one, positions aside.
        if let Some(prev) = previous.as_mut() {
            prev.y = f64::MIN;
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out.join("\n\n")
}

/// True when `line` starts a new paragraph after `prev`; `right` is the page's right edge.
fn starts_paragraph(prev: &Line, line: &Line, right: f64) -> bool {
    let size = prev.size.max(line.size);
    let ends_sentence = prev
        .text
        .trim_end()
        .trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['.', '!', '?', ':']);
    let size_changed = (line.size - prev.size).abs() > prev.size.min(line.size) * 0.15;
    if prev.y == f64::MIN {
        // Across a page or column turn.
        return ends_sentence || size_changed;
    }
    let gap = line.y - prev.y;
    let wide_gap = gap > size * 1.8 || gap < -size;
    let indented = line.x > prev.x + size && line.x - prev.x < size * 6.0;
    let short_before = ends_sentence && prev.end < right - size * 8.0;
    size_changed || wide_gap || indented || short_before
}

/// Appends a line to a paragraph: a word hyphenated across the line end is joined.
fn join_line(paragraph: &mut String, line: &str) {
    if paragraph.is_empty() {
        paragraph.push_str(line);
        return;
    }
    if paragraph.ends_with('\u{ad}') {
        paragraph.pop();
        paragraph.push_str(line);
        return;
    }
    let next_lower = line.chars().next().is_some_and(char::is_lowercase);
    let mut ending = paragraph.chars().rev();
    let hyphenated = ending.next() == Some('-') && ending.next().is_some_and(char::is_alphabetic);
    if hyphenated && next_lower {
        // "recon-" + "struction": one word broken by the layout.
        paragraph.pop();
    } else if !(hyphenated || paragraph.ends_with(['—', '/'])) {
        // "Franco-" + "German" and "word—" + "word" stay joined as written; else a space.
        paragraph.push(' ');
    }
    paragraph.push_str(line);
}

/// Removes lines that repeat at the top or bottom of most pages (digits count as one, so
/// "Page 3" and "Page 4" are the same line), and bare page numbers there.
fn remove_running_lines(pages: &mut [Vec<Line>]) {
    use std::collections::HashMap;
    // The top and bottom lines by position: the reading order of columns puts a footer
    // under the first column in the middle of the page's lines.
    let edges = |lines: &[Line]| -> Vec<usize> {
        let mut by_height: Vec<usize> = (0..lines.len()).collect();
        by_height.sort_by(|&a, &b| lines[a].y.total_cmp(&lines[b].y));
        let n = by_height.len();
        let mut edges: Vec<usize> = by_height[..n.min(EDGE_LINES)]
            .iter()
            .chain(&by_height[n.saturating_sub(EDGE_LINES)..])
            .copied()
            .collect();
        edges.sort_unstable();
        edges.dedup();
        edges
    };
    let mut pages_from_key: HashMap<String, usize> = HashMap::new();
    for lines in pages.iter() {
        let mut keys: Vec<String> = edges(lines)
            .into_iter()
            .map(|i| key(&lines[i].text))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            *pages_from_key.entry(key).or_default() += 1;
        }
    }
    let most = (pages.len() / 2 + 1).max(2);
    for lines in pages.iter_mut() {
        let drop: Vec<usize> = edges(lines)
            .into_iter()
            .filter(|&i| {
                let key = key(&lines[i].text);
                is_page_number(&key) || pages_from_key.get(&key).is_some_and(|&n| n >= most)
            })
            .collect();
        let mut index = 0;
        lines.retain(|_| {
            index += 1;
            !drop.contains(&(index - 1))
        });
    }
}

/// A line with its digits folded to `#` and spacing to single spaces, lowercased.
fn key(text: &str) -> String {
    let folded: String = text
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect::<String>()
        .to_lowercase();
    let mut key = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    while key.contains("##") {
        key = key.replace("##", "#");
    }
    key
}

/// "3", "- 3 -", "Page 3", "Page 3 of 9", "3 / 9", "iv" (after [`key`]).
fn is_page_number(key: &str) -> bool {
    let core = key.trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    let core = core.strip_prefix("page").map_or(core, str::trim_start);
    let roman = !core.is_empty() && core.len() <= 6 && core.chars().all(|c| "ivxlc".contains(c));
    roman || matches!(core, "#" | "# of #" | "# / #" | "#/#")
}

#[cfg(test)]
mod tests;
