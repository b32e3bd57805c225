//! The HTML report: one self-contained side-by-side page (inline CSS, no scripts), with every
//! piece of article text escaped.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::text::symbol;
use super::{ParagraphBreaks, fact_texts, pieces};
use crate::compare::{Comparison, Kind, Row, Segmented};
use crate::session::Review;

/// The page's style sheet, in the viewer's colours (the one palette, light look).
fn style() -> String {
    use super::palette::LIGHT as P;
    let tint = |k| P.tint(k).css();
    let strong = |k| P.strong(k).css();
    let mark = |k| P.mark(k).css();
    format!(
        "\
body{{font:15px/1.5 system-ui,sans-serif;margin:0;color:{text};background:#fff}}
header{{padding:16px 24px;border-bottom:1px solid #ddd}}
h1{{font-size:18px;margin:0 0 6px}}
tr.ignored td{{opacity:.45;background:none}}
.legend span{{display:inline-block;margin-right:14px;padding:0 6px;border-radius:3px}}
table{{border-collapse:collapse;width:100%;table-layout:fixed}}
th{{position:sticky;top:0;background:#f4f4f6;text-align:left;padding:8px 12px;border-bottom:1px solid #ddd}}
td{{vertical-align:top;padding:4px 12px;border-bottom:1px solid #f0f0f0;overflow-wrap:anywhere}}
.g{{width:28px;text-align:center;font-weight:bold;color:{muted};padding:4px 2px}}
tr.para td{{border-top:10px solid #fff}}
.removed .l,.legend .removed{{background:{removed}}}.added .r,.legend .added{{background:{added}}}
.modified .l,.modified .r,.legend .modified{{background:{modified}}}
.moved .l,.moved .r,.legend .moved{{background:{moved}}}
.removed .g{{color:{removed_mark}}}.added .g{{color:{added_mark}}}
.modified .g{{color:{modified_mark}}}.moved .g{{color:{moved_mark}}}
.gap{{background:repeating-linear-gradient(135deg,#fff 0 6px,{hatch} 6px 7px)}}
mark{{color:inherit;border-radius:2px}}
.modified mark{{background:{modified_strong}}}.moved mark{{background:{moved_strong}}}
.removed mark{{background:{removed_strong}}}.added mark{{background:{added_strong}}}
.note{{display:block;font-size:12px;color:{moved_mark}}}
.facts{{padding:12px 24px;border-bottom:1px solid #ddd}}.facts h2{{font-size:16px;margin:0 0 6px}}
.facts table{{width:auto;table-layout:auto}}.facts td{{border:0;padding:2px 8px}}
.facts del{{background:{removed_strong};text-decoration:line-through}}.facts ins{{background:{added_strong};text-decoration:none}}
.facts .k{{color:{muted};font-size:13px}}
.v{{width:130px;font-size:13px}}.accepted{{color:{added_mark}}}.flagged{{color:{removed_mark};font-weight:bold}}
",
        text = P.text.css(),
        muted = P.muted.css(),
        hatch = P.hatch.css(),
        removed = tint(Kind::Removed),
        added = tint(Kind::Added),
        modified = tint(Kind::Modified),
        moved = tint(Kind::Moved),
        removed_strong = strong(Kind::Removed),
        added_strong = strong(Kind::Added),
        modified_strong = strong(Kind::Modified),
        moved_strong = strong(Kind::Moved),
        removed_mark = mark(Kind::Removed),
        added_mark = mark(Kind::Added),
        modified_mark = mark(Kind::Modified),
        moved_mark = mark(Kind::Moved),
    )
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn cell(side: &Segmented, index: usize, changes: &[std::ops::Range<usize>]) -> String {
    let sentence = side.sentences[index];
    let text = &side.document.text[sentence.range()];
    let mut out = String::new();
    for (piece, changed) in pieces(text, sentence.start, changes) {
        if changed {
            let _ = write!(out, "<mark>{}</mark>", escape(piece));
        } else {
            out.push_str(&escape(piece));
        }
    }
    out
}

/// The review mark and note of a row, for reports of a review session.
pub type Marks<'a> = &'a dyn Fn(usize) -> Option<(Review, String)>;

fn review_cell(mark: Option<(Review, String)>) -> String {
    match mark {
        None => "<td class=\"v\"></td>".to_string(),
        Some((review, note)) => {
            let (class, label) = match review {
                Review::Accepted => ("accepted", "✓ accepted"),
                Review::Flagged => ("flagged", "⚑ flagged"),
                Review::Unreviewed => ("", ""),
            };
            format!(
                "<td class=\"v {class}\">{label}<span class=\"note\">{}</span></td>",
                escape(&note)
            )
        }
    }
}

/// The "What changed in the facts" section: the counts, then each fact as before → after,
/// linked to its row.
fn facts_section(comparison: &Comparison) -> String {
    let facts = &comparison.facts;
    let mut out = String::from("<section class=\"facts\"><h2>What changed in the facts</h2>");
    if facts.is_empty() {
        out.push_str("<p>No changed numbers, dates, names, quotes, attributions, negations or hedges.</p></section>\n");
        return out;
    }
    let _ = write!(out, "<p>{}</p><table>", escape(&facts.describe()));
    for row_facts in facts.rows() {
        for fact in &row_facts.facts {
            let (left, right) = fact_texts(comparison, fact, escape);
            let before = left.map_or_else(
                || "<span class=\"k\">(none)</span>".to_string(),
                |l| format!("<del>{l}</del>"),
            );
            let after = right.map_or_else(
                || "<span class=\"k\">(none)</span>".to_string(),
                |r| format!("<ins>{r}</ins>"),
            );
            let _ = write!(
                out,
                "<tr><td class=\"k\">{}</td><td>{before}</td><td>→</td><td>{after}</td>\
                 <td><a href=\"#row-{}\">row {}</a></td></tr>",
                fact.kind.name(),
                row_facts.row,
                row_facts.row + 1,
            );
        }
    }
    out.push_str("</table></section>\n");
    out
}

fn row_html(
    comparison: &Comparison,
    index: usize,
    row: &Row,
    new_paragraph: bool,
    review: Option<String>,
) -> String {
    let (left, right) = (&comparison.left, &comparison.right);
    let left_cell = row.left.map(|l| cell(left, l, &row.left_changes));
    let mut right_cell = row.right.map(|r| cell(right, r, &row.right_changes));
    if let (Kind::Moved, Some(l), Some(r), Some(cell)) =
        (row.kind, row.left, row.right, right_cell.as_mut())
    {
        let _ = write!(
            cell,
            "<span class=\"note\">moved: original sentence {} is revised sentence {}</span>",
            l + 1,
            r + 1
        );
    }
    let td = |class: &str, content: Option<String>| match content {
        Some(c) => format!("<td class=\"{class}\">{c}</td>"),
        None => format!("<td class=\"{class} gap\"></td>"),
    };
    format!(
        "<tr id=\"row-{index}\" class=\"{}{}\"><td class=\"g\">{}</td>{}{}{}</tr>\n",
        row.kind.name(),
        if new_paragraph { " para" } else { "" },
        symbol(row.kind),
        td("l", left_cell),
        td("r", right_cell),
        review.unwrap_or_default(),
    )
}

/// Writes `comparison` as a self-contained HTML page to `out`.
pub fn write(comparison: &Comparison, out: &mut dyn Write) -> io::Result<()> {
    write_page(comparison, out, None)
}

/// Writes the page with a column of review marks and notes.
pub fn write_reviewed(
    comparison: &Comparison,
    out: &mut dyn Write,
    marks: Marks<'_>,
) -> io::Result<()> {
    write_page(comparison, out, Some(marks))
}

fn write_page(
    comparison: &Comparison,
    out: &mut dyn Write,
    marks: Option<Marks<'_>>,
) -> io::Result<()> {
    let (left, right) = (&comparison.left, &comparison.right);
    let title = format!("{} → {}", left.document.name, right.document.name);
    let s = &comparison.summary;
    let mut page = String::with_capacity(left.document.text.len() * 3 + 4096);
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>Redline: {}</title><style>{}</style></head><body>\n<header><h1>{}</h1>\
         <div>{} shared · {} modified · {} moved · {} removed · {} added · {:.0}% similar</div>\
         <div class=\"legend\"><span class=\"modified\">~ modified</span><span class=\"moved\">↕ moved</span>\
         <span class=\"removed\">− removed</span><span class=\"added\">+ added</span></div></header>\n\
         {}<table><thead><tr><th class=\"g\"></th><th title=\"{}\">{} <small>({})</small></th>\
         <th title=\"{}\">{} <small>({})</small></th>{}</tr></thead><tbody>\n",
        escape(&title),
        style(),
        escape(&title),
        s.shared,
        s.modified,
        s.moved,
        s.removed,
        s.added,
        s.similarity * 100.0,
        facts_section(comparison),
        escape(&path_of(left)),
        escape(&left.document.name),
        escape(&left.document.encoding),
        escape(&path_of(right)),
        escape(&right.document.name),
        escape(&right.document.encoding),
        if marks.is_some() {
            "<th class=\"v\">Review</th>"
        } else {
            ""
        },
    );
    let mut breaks = ParagraphBreaks::default();
    for (index, row) in comparison.rows.iter().enumerate() {
        let new_paragraph = breaks.starts_paragraph(comparison, row);
        let review = marks.map(|marks| review_cell(marks(index)));
        let html = row_html(comparison, index, row, new_paragraph, review);
        // An ignored row (its sentences match the ignore list) is shown dimmed.
        match comparison.is_ignored(index) {
            true => page.push_str(&html.replacen("\">", " ignored\">", 1)),
            false => page.push_str(&html),
        }
    }
    page.push_str("</tbody></table>\n</body></html>\n");
    out.write_all(page.as_bytes())
}

fn path_of(side: &Segmented) -> String {
    side.document
        .path
        .as_ref()
        .map_or_else(|| side.document.name.clone(), |p| p.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_marks_and_notes_are_shown_escaped() {
        use std::sync::Arc;
        let c = Comparison::new(
            Arc::new(crate::load::Document::from_text("a", "One here. Two here.")),
            Arc::new(crate::load::Document::from_text(
                "b",
                "One here. Three here.",
            )),
            &crate::compare::Options::default(),
        );
        let marks = |row: usize| (row == 1).then(|| (Review::Flagged, "<b>check</b>".to_string()));
        let mut out = Vec::new();
        write_reviewed(&c, &mut out, &marks).unwrap();
        let html = String::from_utf8(out).unwrap();
        assert!(html.contains("⚑ flagged") && html.contains("&lt;b&gt;check&lt;/b&gt;"));
        assert!(html.contains("<th class=\"v\">Review</th>"));
    }

    #[test]
    fn the_page_uses_the_viewers_colours() {
        let c = Comparison::new(
            std::sync::Arc::new(crate::load::Document::from_text("a", "One here.")),
            std::sync::Arc::new(crate::load::Document::from_text("b", "Two here.")),
            &crate::compare::Options::default(),
        );
        let mut out = Vec::new();
        write(&c, &mut out).unwrap();
        let html = String::from_utf8(out).unwrap();
        let removed = super::super::palette::LIGHT.tint(Kind::Removed).css();
        assert!(html.contains(&format!(
            ".removed .l,.legend .removed{{background:{removed}}}"
        )));
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
    }
}
