//! The terminal report: one line per row with a gutter symbol, optionally coloured.

use std::io::{self, Write};

use super::{ParagraphBreaks, fact_change, fact_texts, pieces, terminal_safe};
use crate::compare::{Comparison, Kind, Row, Segmented};

/// Gutter symbols, the non-colour cue for each kind.
pub fn symbol(kind: Kind) -> &'static str {
    match kind {
        Kind::Shared => " ",
        Kind::Modified => "~",
        Kind::Moved => "↕",
        Kind::Removed => "-",
        Kind::Added => "+",
    }
}

struct Style {
    color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color && !text.is_empty() {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// The kind's colour from the one palette (as the viewer's dark look, which reads on the
    /// usual dark terminal and on a light one), as a 24-bit terminal colour.
    fn code(kind: Kind) -> String {
        match kind {
            Kind::Shared => "0".to_string(),
            _ => super::palette::DARK.mark(kind).ansi_foreground(),
        }
    }

    /// A sentence with its changed words marked: in colour by inverse video, without colour
    /// by `[-…-]` on the left and `{+…+}` on the right (as `git diff --word-diff` does).
    fn sentence(
        &self,
        kind: Kind,
        side: &Segmented,
        index: usize,
        changes: &[std::ops::Range<usize>],
        left: bool,
    ) -> String {
        let sentence = side.sentences[index];
        let text = &side.document.text[sentence.range()];
        let base = Self::code(kind);
        let mut out = String::with_capacity(text.len() + 16);
        for (piece, changed) in pieces(text, sentence.start, changes) {
            let piece = fold_lines(piece);
            match (changed, self.color) {
                (false, _) => out.push_str(&self.paint(&base, &piece)),
                (true, true) => out.push_str(&self.paint(&format!("{base};1;7"), &piece)),
                (true, false) if left => out.push_str(&format!("[-{piece}-]")),
                (true, false) => out.push_str(&format!("{{+{piece}+}}")),
            }
        }
        out
    }
}

/// Sentence `index` of `side` on one line, coloured as `kind` when `color` is set, with its
/// changed words marked as [`write`] marks them (`left`: as words of the original).
pub fn marked_sentence(
    kind: Kind,
    side: &Segmented,
    index: usize,
    changes: &[std::ops::Range<usize>],
    left: bool,
    color: bool,
) -> String {
    Style { color }.sentence(kind, side, index, changes, left)
}

/// `text` in the colour of `kind` when `color` is set (as the gutter symbols are).
pub fn paint(kind: Kind, text: &str, color: bool) -> String {
    Style { color }.paint(&Style::code(kind), text)
}

/// Hard-wrapped sentences print on one line: every run of whitespace becomes one space.
fn fold_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in terminal_safe(text).chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// Writes `comparison` as text to `out`, with ANSI colours when `color` is set.
pub fn write(comparison: &Comparison, out: &mut dyn Write, color: bool) -> io::Result<()> {
    let style = Style { color };
    let (left, right) = (&comparison.left, &comparison.right);
    for (mark, side) in [("---", left), ("+++", right)] {
        let count = side.sentences.len();
        let header = format!(
            "{mark} {} ({}, {count} sentence{})",
            terminal_safe(&side.document.name),
            side.document.encoding,
            if count == 1 { "" } else { "s" }
        );
        writeln!(out, "{}", style.paint("1", &header))?;
    }
    let mut breaks = ParagraphBreaks::default();
    for (index, row) in comparison.rows.iter().enumerate() {
        if breaks.starts_paragraph(comparison, row) {
            writeln!(out)?;
        }
        if comparison.is_ignored(index) {
            write_ignored(&style, comparison, row, out)?;
        } else {
            write_row(&style, comparison, row, out)?;
            write_facts(&style, comparison, index, out)?;
        }
    }
    let s = &comparison.summary;
    writeln!(out)?;
    let ignored = if s.ignored > 0 {
        format!(", {} ignored", s.ignored)
    } else {
        String::new()
    };
    writeln!(
        out,
        "{} shared, {} modified, {} moved, {} removed, {} added{ignored}; {:.0}% similar",
        s.shared,
        s.modified,
        s.moved,
        s.removed,
        s.added,
        s.similarity * 100.0
    )?;
    if !comparison.facts.is_empty() {
        writeln!(out, "facts changed: {}", comparison.facts.describe())?;
    }
    Ok(())
}

/// A line under a row naming its changed facts: "  ▸ number 12 → 15; date Tuesday → Wednesday".
fn write_facts(
    style: &Style,
    comparison: &Comparison,
    row: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let facts = comparison.facts.of_row(row);
    if facts.is_empty() {
        return Ok(());
    }
    let named: Vec<String> = facts
        .iter()
        .map(|fact| {
            let (left, right) = fact_texts(comparison, fact, fold_lines);
            let change = fact_change(left.as_deref(), right.as_deref());
            format!("{} {change}", fact.kind.name())
        })
        .collect();
    writeln!(
        out,
        "  {}",
        style.paint("1", &format!("▸ {}", named.join("; ")))
    )
}

/// An ignored row (its sentences match the ignore list): each sentence on its own line
/// behind `·`, dimmed, without changed words; a shared one once.
fn write_ignored(
    style: &Style,
    comparison: &Comparison,
    row: &Row,
    out: &mut dyn Write,
) -> io::Result<()> {
    let gutter = style.paint("2", "·");
    let sides = [(&comparison.left, row.left), (&comparison.right, row.right)];
    for (side, index) in sides {
        if let Some(index) = index {
            let text = fold_lines(side.sentence_text(index));
            writeln!(out, "{gutter} {}", style.paint("2", &text))?;
        }
        if row.kind == Kind::Shared {
            break;
        }
    }
    Ok(())
}

fn write_row(
    style: &Style,
    comparison: &Comparison,
    row: &Row,
    out: &mut dyn Write,
) -> io::Result<()> {
    let (left, right) = (&comparison.left, &comparison.right);
    let gutter = style.paint(&Style::code(row.kind), symbol(row.kind));
    match (row.kind, row.left, row.right) {
        (Kind::Shared, Some(l), _) => writeln!(
            out,
            "{gutter} {}",
            style.sentence(row.kind, left, l, &[], true)
        ),
        (Kind::Removed, Some(l), _) => writeln!(
            out,
            "{gutter} {}",
            style.sentence(row.kind, left, l, &[], true)
        ),
        (Kind::Added, _, Some(r)) => writeln!(
            out,
            "{gutter} {}",
            style.sentence(row.kind, right, r, &[], false)
        ),
        (Kind::Modified | Kind::Moved, Some(l), Some(r)) => {
            let note = if row.kind == Kind::Moved {
                style.paint(
                    "2",
                    &format!(
                        "  (moved: original sentence {} is revised sentence {})",
                        l + 1,
                        r + 1
                    ),
                )
            } else {
                String::new()
            };
            writeln!(
                out,
                "{gutter} {}{note}",
                style.sentence(row.kind, left, l, &row.left_changes, true)
            )?;
            writeln!(
                out,
                "{gutter} {}",
                style.sentence(row.kind, right, r, &row.right_changes, false)
            )
        }
        _ => Ok(()),
    }
}
