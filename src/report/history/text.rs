//! The history as text: one line per version with its changes against the previous one, then
//! every thread that changed, with each version's wording.

use std::io::{self, Write};

use super::{changed_threads, label, life, thread_name};
use crate::compare::Kind;
use crate::compare::history::{Event, History};
use crate::report::terminal_safe;
use crate::report::text::{marked_sentence, paint};

/// Writes `history` as text to `out`, with ANSI colours when `color` is set.
pub fn write(history: &History, out: &mut dyn Write, color: bool) -> io::Result<()> {
    for (k, version) in history.versions().iter().enumerate() {
        let count = version.sentences.len();
        write!(
            out,
            "{} {} ({}, {count} sentence{})",
            label(k),
            terminal_safe(&version.document.name),
            version.document.encoding,
            if count == 1 { "" } else { "s" }
        )?;
        match history.step_into(k) {
            Some(step) => {
                let s = &step.summary;
                writeln!(
                    out,
                    ": {} shared, {} modified, {} moved, {} removed, {} added; {:.0}% similar",
                    s.shared,
                    s.modified,
                    s.moved,
                    s.removed,
                    s.added,
                    s.similarity * 100.0
                )?;
            }
            None => writeln!(out)?,
        }
    }
    let changed = changed_threads(history).count();
    writeln!(
        out,
        "\n{changed} of {} thread{} changed",
        history.threads().len(),
        if history.threads().len() == 1 {
            ""
        } else {
            "s"
        }
    )?;
    for (index, thread) in changed_threads(history) {
        writeln!(out, "\n{}: {}", thread_name(thread), life(thread))?;
        for entry in thread.entries() {
            // An unchanged version says nothing new.
            if entry.kind == Event::Shared {
                continue;
            }
            let kind = entry.kind.kind();
            let gutter = paint(kind, crate::report::text::symbol(kind), color);
            let wording = match entry.sentence {
                Some(sentence) => {
                    let changes = history
                        .row_of(index, entry)
                        .filter(|row| matches!(row.kind, Kind::Modified | Kind::Moved))
                        .map_or(&[][..], |row| &row.right_changes[..]);
                    let side = &history.versions()[entry.version];
                    marked_sentence(kind, side, sentence, changes, false, color)
                }
                None => paint(kind, "(removed)", color),
            };
            writeln!(out, "  {:<4}{gutter} {wording}", label(entry.version))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::compare::Options;
    use crate::load::Document;

    #[test]
    fn summaries_then_the_changed_threads_with_their_wording() {
        let texts = [
            "The bridge reopened on Friday. Traffic was light.",
            "The bridge reopened on Friday. Traffic was light. Tolls return in May.",
            "The bridge reopened on Saturday. Traffic was light. Tolls return in May.",
        ];
        let documents = texts
            .iter()
            .enumerate()
            .map(|(k, t)| Arc::new(Document::from_text(format!("bridge-{k}.txt"), t)))
            .collect();
        let history = History::new(documents, &Options::default());
        let mut out = Vec::new();
        write(&history, &mut out, false).unwrap();
        let text = String::from_utf8(out).unwrap();
        let expected = "\
v1 bridge-0.txt (UTF-8, 2 sentences)
v2 bridge-1.txt (UTF-8, 3 sentences): 2 shared, 0 modified, 0 moved, 0 removed, 1 added; 83% similar
v3 bridge-2.txt (UTF-8, 3 sentences): 2 shared, 1 modified, 0 moved, 0 removed, 0 added; 90% similar

2 of 3 threads changed

v1 sentence 1: in v1, modified in v3
  v1    The bridge reopened on Friday.
  v3  ~ The bridge reopened on {+Saturday+}.

v2 sentence 3: added in v2
  v2  + Tolls return in May.
";
        assert_eq!(text, expected);
    }
}
