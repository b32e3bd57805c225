//! The history as one self-contained page (inline CSS, no scripts): the timeline of versions
//! with their changes against the previous one, then every thread that changed. All article
//! text and file names are escaped.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::time::SystemTime;

use super::{changed_threads, label, life, thread_name, time};
use crate::compare::history::{Event, History, Thread};
use crate::compare::{Kind, Segmented, Summary};
use crate::report::html::escape;
use crate::report::palette::LIGHT as P;
use crate::report::pieces;
use crate::report::text::symbol;

/// The kinds a step changes, in the order the timeline shows them.
const CHANGES: [Kind; 4] = [Kind::Modified, Kind::Moved, Kind::Removed, Kind::Added];

fn style() -> String {
    let mut css = format!(
        "\
body{{font:15px/1.5 system-ui,sans-serif;margin:0;color:{text};background:#fff}}
header{{padding:16px 24px;border-bottom:1px solid #ddd}}
h1{{font-size:18px;margin:0 0 6px}}h2{{font-size:16px;margin:24px 24px 8px}}
table{{border-collapse:collapse;margin:0 24px}}
th{{text-align:left;padding:6px 12px;border-bottom:1px solid #ddd;background:#f4f4f6}}
td{{padding:4px 12px;border-bottom:1px solid #f0f0f0;vertical-align:middle}}
.n{{text-align:right;font-variant-numeric:tabular-nums}}.muted{{color:{muted}}}
.bar{{display:flex;width:160px;height:10px;background:#f0f0f2;border-radius:3px;overflow:hidden}}
.bar span{{display:block;height:100%}}
.count{{display:inline-block;min-width:3.2em;font-variant-numeric:tabular-nums}}
section{{margin:0 24px 14px;padding:8px 12px;border:1px solid #e4e4e8;border-radius:4px}}
section h3{{font-size:14px;margin:0 0 4px}}section h3 small{{font-weight:normal;color:{muted}}}
ol{{list-style:none;margin:0;padding:0}}
li{{display:flex;gap:8px;padding:2px 6px;border-radius:3px;overflow-wrap:anywhere}}
li .v{{flex:0 0 3em;color:{muted}}}li .g{{flex:0 0 1em;font-weight:bold;text-align:center}}
mark{{color:inherit;border-radius:2px}}
",
        text = P.text.css(),
        muted = P.muted.css(),
    );
    for kind in CHANGES {
        let _ = writeln!(
            css,
            "li.{k}{{background:{tint}}}li.{k} .g,.count.{k}{{color:{mark}}}\
             li.{k} mark{{background:{strong}}}.bar .{k}{{background:{mark}}}",
            k = kind.name(),
            tint = P.tint(kind).css(),
            mark = P.mark(kind).css(),
            strong = P.strong(kind).css(),
        );
    }
    css
}

/// A sentence with its changed words in `<mark>`, escaped.
fn wording(side: &Segmented, sentence: usize, changes: &[std::ops::Range<usize>]) -> String {
    let Some(s) = side.sentences.get(sentence) else {
        return String::new();
    };
    let text = side.document.text.get(s.range()).unwrap_or_default();
    let mut out = String::with_capacity(text.len() + 16);
    for (piece, changed) in pieces(text, s.start, changes) {
        if changed {
            let _ = write!(out, "<mark>{}</mark>", escape(piece));
        } else {
            out.push_str(&escape(piece));
        }
    }
    out
}

/// The bar of how much changed: as long as the share of text that changed, split by kind in
/// proportion to the counts.
fn bar(summary: &Summary) -> String {
    let changed = (1.0 - summary.similarity).clamp(0.0, 1.0) * 100.0;
    let total = summary.changes().max(1) as f32;
    let mut out = String::from("<div class=\"bar\">");
    for kind in CHANGES {
        let width = changed * summary.count(kind) as f32 / total;
        if width > 0.0 {
            let _ = write!(
                out,
                "<span class=\"{}\" style=\"width:{width:.1}%\"></span>",
                kind.name()
            );
        }
    }
    out.push_str("</div>");
    out
}

fn timeline(history: &History, times: &[Option<SystemTime>], page: &mut String) {
    page.push_str(
        "<h2>Versions</h2>\n<table><thead><tr><th>Version</th><th>File</th><th>Time</th>\
         <th class=\"n\">Sentences</th><th>Changes against the previous version</th>\
         <th class=\"n\">Similar</th><th></th></tr></thead><tbody>\n",
    );
    for (k, version) in history.versions().iter().enumerate() {
        let document = &version.document;
        let path = document
            .path
            .as_ref()
            .map_or_else(|| document.name.clone(), |p| p.display().to_string());
        let when = times
            .get(k)
            .copied()
            .flatten()
            .map_or_else(String::new, time::utc);
        let _ = write!(
            page,
            "<tr><td>{}</td><td title=\"{}\">{}</td><td class=\"muted\">{}</td>\
             <td class=\"n\">{}</td>",
            label(k),
            escape(&path),
            escape(&document.name),
            escape(&when),
            version.sentences.len(),
        );
        match history.step_into(k) {
            Some(step) => {
                let s = &step.summary;
                page.push_str("<td>");
                for kind in CHANGES {
                    let _ = write!(
                        page,
                        "<span class=\"count {}\" title=\"{}\">{} {}</span>",
                        kind.name(),
                        kind.name(),
                        symbol(kind),
                        s.count(kind)
                    );
                }
                let _ = writeln!(
                    page,
                    "</td><td class=\"n\">{:.0}%</td><td>{}</td></tr>",
                    s.similarity * 100.0,
                    bar(s)
                );
            }
            None => {
                page.push_str("<td class=\"muted\">first version</td><td></td><td></td></tr>\n")
            }
        }
    }
    page.push_str("</tbody></table>\n");
}

fn thread_html(history: &History, index: usize, thread: &Thread, page: &mut String) {
    let _ = writeln!(
        page,
        "<section><h3>{} <small>{}</small></h3><ol>",
        escape(&thread_name(thread)),
        escape(&life(thread))
    );
    let entries = thread.entries();
    let mut at = 0;
    while let Some(entry) = entries.get(at) {
        // A run of unchanged versions shows as one line.
        if entry.kind == Event::Shared {
            let run = entries[at..]
                .iter()
                .take_while(|e| e.kind == Event::Shared)
                .count();
            let last = entries[at + run - 1].version;
            let span = if run == 1 {
                label(entry.version)
            } else {
                format!("{}–{}", label(entry.version), label(last))
            };
            let _ = writeln!(
                page,
                "<li class=\"shared muted\"><span class=\"v\"></span><span class=\"g\"></span>\
                 unchanged in {span}</li>"
            );
            at += run;
            continue;
        }
        let kind = entry.kind.kind();
        let text = match (entry.sentence, history.versions().get(entry.version)) {
            (Some(sentence), Some(side)) => {
                let changes = history
                    .row_of(index, entry)
                    .filter(|row| matches!(row.kind, Kind::Modified | Kind::Moved))
                    .map_or(&[][..], |row| &row.right_changes[..]);
                wording(side, sentence, changes)
            }
            _ => "<span class=\"muted\">removed</span>".to_string(),
        };
        let _ = writeln!(
            page,
            "<li class=\"{}\" title=\"{}\"><span class=\"v\">{}</span>\
             <span class=\"g\">{}</span><span>{text}</span></li>",
            kind.name(),
            entry.kind.name(),
            label(entry.version),
            symbol(kind),
        );
        at += 1;
    }
    page.push_str("</ol></section>\n");
}

/// Writes `history` as a self-contained HTML page to `out`. `times` are the versions'
/// modification times, where known (shown in the timeline).
pub fn write(
    history: &History,
    times: &[Option<SystemTime>],
    out: &mut dyn Write,
) -> io::Result<()> {
    let count = history.versions().len();
    let names: Vec<&str> = history
        .versions()
        .iter()
        .map(|v| v.document.name.as_str())
        .collect();
    let title = match (names.first(), names.last()) {
        (Some(first), Some(last)) if count > 1 => format!("{first} … {last}"),
        (Some(first), _) => first.to_string(),
        _ => String::new(),
    };
    let changed = changed_threads(history).count();
    let mut page = String::with_capacity(1 << 16);
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>Redline history: {title}</title><style>{}</style></head><body>\n\
         <header><h1>History of {count} version{}: {title}</h1>\
         <div>{changed} of {} sentence threads changed</div></header>\n",
        style(),
        if count == 1 { "" } else { "s" },
        history.threads().len(),
        title = escape(&title),
    );
    timeline(history, times, &mut page);
    page.push_str("<h2>Sentences that changed</h2>\n");
    for (index, thread) in changed_threads(history) {
        thread_html(history, index, thread, &mut page);
    }
    page.push_str("</body></html>\n");
    out.write_all(page.as_bytes())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use super::*;
    use crate::compare::Options;
    use crate::load::Document;

    fn page(texts: &[&str]) -> String {
        let documents = texts
            .iter()
            .enumerate()
            .map(|(k, t)| Arc::new(Document::from_text(format!("<v{k}>.txt"), t)))
            .collect();
        let history = History::new(documents, &Options::default());
        let times = [
            Some(SystemTime::UNIX_EPOCH + Duration::from_secs(1_735_648_200)),
            None,
        ];
        let mut out = Vec::new();
        write(&history, &times, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn timeline_and_threads_with_everything_escaped() {
        let html = page(&[
            "The <b>mayor</b> spoke at noon. Crowds gathered.",
            "The <b>mayor</b> spoke at one. Crowds gathered.",
            "The <b>mayor</b> spoke at one. Crowds gathered. Police closed Main St. & Elm.",
        ]);
        assert!(!html.contains("<b>") && !html.contains("<v0>"));
        assert!(html.contains("&lt;b&gt;mayor&lt;/b&gt; spoke at <mark>one</mark>."));
        assert!(html.contains("Police closed Main St. &amp; Elm."));
        assert!(html.contains("&lt;v0&gt;.txt"));
        assert!(html.contains("2024-12-31 12:30 UTC"));
        assert!(html.contains("v1 sentence 1 <small>in v1, modified in v2</small>"));
        assert!(html.contains("unchanged in v3"));
        let modified = P.tint(Kind::Modified).css();
        assert!(html.contains(&format!("li.modified{{background:{modified}}}")));
        assert_eq!(html.matches("<section>").count(), 2);
    }

    #[test]
    fn the_bar_is_as_long_as_the_share_that_changed() {
        let summary = Summary {
            shared: 6,
            modified: 1,
            added: 3,
            similarity: 0.6,
            ..Summary::default()
        };
        let bar = bar(&summary);
        assert!(
            bar.contains("class=\"modified\" style=\"width:10.0%\""),
            "{bar}"
        );
        assert!(
            bar.contains("class=\"added\" style=\"width:30.0%\""),
            "{bar}"
        );
        assert!(!bar.contains("removed"));
    }
}
