//! The JSON report: a stable, documented document (see the README's "JSON format"), streamed
//! straight from the comparison without intermediate copies. The `Serialize` shapes here serve
//! the history report too; [`write`] writes the same bytes directly, for speed.

use std::io::{self, Write};
use std::ops::Range;

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, SerializeStruct, Serializer};

use crate::compare::facts::Fact;
use crate::compare::{Comparison, Options, Row, Segmented, Side, Summary, parallel};
use crate::report::json_stream::JsonOut;

/// Version of the JSON layout; bumped on any incompatible change.
pub const FORMAT_VERSION: u32 = 1;

/// The whole report as serde shapes: what [`write`] must match byte for byte.
#[cfg(test)]
struct Report<'a>(&'a Comparison);
/// One side of a comparison as the report writes it (`path`, `name`, `encoding`,
/// `sentences`): the shape of `left` and `right`, shared by other reports.
pub struct SideReport<'a>(pub &'a Segmented);
struct Sentences<'a>(&'a Segmented);
/// The rows of a comparison as the report writes them (`rows`, each with its facts).
pub struct Rows<'a>(pub &'a Comparison);
struct RowReport<'a>(&'a Comparison, usize, &'a Row);
struct FactReport<'a>(&'a Comparison, &'a Fact);
struct Changes<'a>(&'a [Range<usize>]);
/// Counts per kind, the similarity and whether the texts are identical (`summary`).
pub struct SummaryReport<'a>(pub &'a Summary, pub bool);

#[cfg(test)]
impl Serialize for Report<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.0;
        let mut map = s.serialize_struct("Report", 6)?;
        map.serialize_field("format_version", &FORMAT_VERSION)?;
        map.serialize_field("left", &SideReport(&c.left))?;
        map.serialize_field("right", &SideReport(&c.right))?;
        map.serialize_field("options", &c.options)?;
        map.serialize_field("rows", &Rows(c))?;
        map.serialize_field("summary", &SummaryReport(&c.summary, c.is_identical()))?;
        map.end()
    }
}

impl Serialize for SideReport<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let document = &self.0.document;
        let mut map = s.serialize_struct("Side", 7)?;
        map.serialize_field(
            "path",
            &document.path.as_ref().map(|p| p.display().to_string()),
        )?;
        map.serialize_field("name", &document.name)?;
        map.serialize_field("encoding", &document.encoding)?;
        map.serialize_field("format", document.format.name())?;
        let source = (document.path.as_ref().map(|p| p.display().to_string()))
            .or_else(|| document.meta.url.clone());
        map.serialize_field("source", &source)?;
        map.serialize_field("meta", &MetaReport(&document.meta))?;
        map.serialize_field("sentences", &Sentences(self.0))?;
        map.end()
    }
}

/// The known metadata only: absent fields are left out rather than written as null.
struct MetaReport<'a>(&'a crate::load::Meta);

impl Serialize for MetaReport<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let meta = self.0;
        let fields = [
            ("title", &meta.title),
            ("byline", &meta.byline),
            ("published", &meta.published),
            ("updated", &meta.updated),
        ];
        let mut map = s.serialize_map(None)?;
        for (key, value) in fields {
            if let Some(value) = value {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}

impl Serialize for Sentences<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let side = self.0;
        let mut seq = s.serialize_seq(Some(side.sentences.len()))?;
        for sentence in &side.sentences {
            seq.serialize_element(&SentenceReport {
                text: &side.document.text[sentence.range()],
                start: sentence.start,
                end: sentence.end,
                paragraph: sentence.paragraph,
            })?;
        }
        seq.end()
    }
}

#[derive(Serialize)]
struct SentenceReport<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    paragraph: usize,
}

impl Serialize for Rows<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.0;
        s.collect_seq(
            c.rows
                .iter()
                .enumerate()
                .map(|(index, row)| RowReport(c, index, row)),
        )
    }
}

impl Serialize for RowReport<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, index, row) = (self.0, self.1, self.2);
        let mut map = s.serialize_struct("Row", 9)?;
        map.serialize_field("kind", row.kind.name())?;
        map.serialize_field("left", &row.left)?;
        map.serialize_field("right", &row.right)?;
        // Three decimals are plenty for a similarity and keep the output stable and short.
        map.serialize_field("similarity", &((row.similarity * 1000.0).round() / 1000.0))?;
        map.serialize_field("left_changes", &Changes(&row.left_changes))?;
        map.serialize_field("right_changes", &Changes(&row.right_changes))?;
        map.serialize_field("ignored", &c.ignored.get(index).copied().unwrap_or(false))?;
        let facts = c.facts.of_row(index);
        map.serialize_field("facts", &FactsReport(c, facts))?;
        map.end()
    }
}

struct FactsReport<'a>(&'a Comparison, &'a [Fact]);

impl Serialize for FactsReport<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.1.iter().map(|fact| FactReport(self.0, fact)))
    }
}

impl Serialize for FactReport<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (c, fact) = (self.0, self.1);
        let range = |r: &Option<Range<usize>>| r.as_ref().map(|r| [r.start, r.end]);
        let mut map = s.serialize_struct("Fact", 5)?;
        map.serialize_field("kind", fact.kind.name())?;
        map.serialize_field("left", &fact.text(c, Side::Left))?;
        map.serialize_field("right", &fact.text(c, Side::Right))?;
        map.serialize_field("left_range", &range(&fact.left))?;
        map.serialize_field("right_range", &range(&fact.right))?;
        map.end()
    }
}

impl Serialize for Changes<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|r| [r.start, r.end]))
    }
}

impl Serialize for SummaryReport<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let summary = self.0;
        let mut map = s.serialize_map(Some(8))?;
        for kind in crate::compare::Kind::ALL {
            map.serialize_entry(kind.name(), &summary.count(kind))?;
        }
        map.serialize_entry("ignored", &summary.ignored)?;
        map.serialize_entry(
            "similarity",
            &((summary.similarity * 1000.0).round() / 1000.0),
        )?;
        map.serialize_entry("identical", &self.1)?;
        map.end()
    }
}

/// Writes `comparison` as JSON to `out`: the bytes `serde_json` writes for the shapes above,
/// with the sentences and rows (the bulk of a long comparison) written directly. The same as
/// [`write_head`] then [`write_rest`].
pub fn write(comparison: &Comparison, out: &mut dyn Write) -> io::Result<()> {
    let c = comparison;
    write_head(&c.left, &c.right, &c.options, out)?;
    write_rest(c, out)
}

/// Writes what comes before the rows: both sides with their sentences, and the options. It
/// needs only the segmented texts, so it can be written while the rows are computed (see
/// [`crate::compare::Comparison::aligned_with`]).
pub fn write_head(
    left: &Segmented,
    right: &Segmented,
    options: &Options,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut json = JsonOut::new(out);
    json.raw(b"{\"format_version\":");
    json.uint(FORMAT_VERSION as usize);
    json.raw(b",\"left\":");
    write_side(&mut json, left)?;
    json.raw(b",\"right\":");
    write_side(&mut json, right)?;
    json.raw(b",\"options\":");
    json.serde(options);
    json.raw(b",\"rows\":[");
    json.finish()
}

/// Writes the rest after [`write_head`]: the rows and the summary. Many rows are written by
/// two threads: a helper renders the second half into memory while this thread writes the
/// first.
pub fn write_rest(comparison: &Comparison, out: &mut dyn Write) -> io::Result<()> {
    let c = comparison;
    let mut json = JsonOut::new(out);
    if c.rows.len() < parallel::MIN_ITEMS {
        write_rows(&mut json, c, 0..c.rows.len())?;
    } else {
        let half = c.rows.len() / 2;
        std::thread::scope(|scope| -> io::Result<()> {
            // About 128 bytes a row.
            let second = scope.spawn(move || {
                render(128 * (c.rows.len() - half), |json| {
                    write_rows(json, c, half..c.rows.len())
                })
            });
            write_rows(&mut json, c, 0..half)?;
            let second = second
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
            json.block(&second)
        })?;
    }
    json.raw(b"],\"summary\":");
    json.serde(&SummaryReport(&c.summary, c.is_identical()));
    json.raw(b"}\n");
    json.finish()
}

/// What `write` writes, in memory (`size` bytes reserved).
fn render(size: usize, write: impl FnOnce(&mut JsonOut) -> io::Result<()>) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::with_capacity(size);
    let mut json = JsonOut::new(&mut bytes);
    write(&mut json)?;
    json.finish()?;
    Ok(bytes)
}

/// Rows `range` of the comparison, each after a comma but the very first.
fn write_rows(json: &mut JsonOut, c: &Comparison, range: Range<usize>) -> io::Result<()> {
    for index in range {
        if index > 0 {
            json.raw(b",");
        }
        write_row(json, c, index, &c.rows[index]);
        json.drain()?;
    }
    Ok(())
}

/// One side, as [`SideReport`] serialises it.
fn write_side(json: &mut JsonOut, side: &Segmented) -> io::Result<()> {
    let document = &side.document;
    let path = document.path.as_ref().map(|p| p.display().to_string());
    json.raw(b"{\"path\":");
    json.serde(&path);
    json.raw(b",\"name\":");
    json.string(&document.name);
    json.raw(b",\"encoding\":");
    json.string(&document.encoding);
    json.raw(b",\"format\":");
    json.string(document.format.name());
    json.raw(b",\"source\":");
    json.serde(&path.or_else(|| document.meta.url.clone()));
    json.raw(b",\"meta\":");
    json.serde(&MetaReport(&document.meta));
    json.raw(b",\"sentences\":[");
    for (index, sentence) in side.sentences.iter().enumerate() {
        if index > 0 {
            json.raw(b",");
        }
        json.raw(b"{\"text\":");
        json.string(&document.text[sentence.range()]);
        json.raw(b",\"start\":");
        json.uint(sentence.start);
        json.raw(b",\"end\":");
        json.uint(sentence.end);
        json.raw(b",\"paragraph\":");
        json.uint(sentence.paragraph);
        json.raw(b"}");
        json.drain()?;
    }
    json.raw(b"]}");
    Ok(())
}

/// One row, as [`RowReport`] serialises it.
fn write_row(json: &mut JsonOut, c: &Comparison, index: usize, row: &Row) {
    json.raw(b"{\"kind\":\"");
    json.raw(row.kind.name().as_bytes());
    json.raw(b"\",\"left\":");
    json.opt_uint(row.left);
    json.raw(b",\"right\":");
    json.opt_uint(row.right);
    json.raw(b",\"similarity\":");
    json.thousandths(row.similarity);
    json.raw(b",\"left_changes\":");
    write_changes(json, &row.left_changes);
    json.raw(b",\"right_changes\":");
    write_changes(json, &row.right_changes);
    json.raw(if c.is_ignored(index) {
        b",\"ignored\":true,\"facts\":"
    } else {
        b",\"ignored\":false,\"facts\":"
    });
    match c.facts.of_row(index) {
        [] => json.raw(b"[]"),
        facts => json.serde(&FactsReport(c, facts)),
    }
    json.raw(b"}");
}

fn write_changes(json: &mut JsonOut, changes: &[Range<usize>]) {
    json.raw(b"[");
    for (k, r) in changes.iter().enumerate() {
        json.raw(if k == 0 { b"[" } else { b",[" });
        json.uint(r.start);
        json.raw(b",");
        json.uint(r.end);
        json.raw(b"]");
    }
    json.raw(b"]");
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::compare::Options;
    use crate::load::Document;

    /// Checks both writers agree on a comparison; returns its number of rows.
    fn both_ways(left: &str, right: &str, options: &Options) -> usize {
        let c = Comparison::new(
            Arc::new(Document::from_text("original.txt", left)),
            Arc::new(Document::from_text("revised \"draft\".txt", right)),
            options,
        );
        let mut fast = Vec::new();
        write(&c, &mut fast).expect("writes to memory");
        let mut reference = serde_json::to_vec(&Report(&c)).expect("serialises");
        reference.push(b'\n');
        assert_eq!(
            String::from_utf8_lossy(&fast),
            String::from_utf8_lossy(&reference)
        );
        c.rows.len()
    }

    #[test]
    fn the_direct_writer_matches_the_serde_shapes_byte_for_byte() {
        let original = include_str!("../../assets/samples/original.txt");
        let revised = include_str!("../../assets/samples/revised.txt");
        assert!(both_ways(original, revised, &Options::default()) > 0);
        let options = Options {
            ignore_sentences: vec!["^Harbor".into(), "council".into()],
            threshold: 0.55,
            ..Options::default()
        };
        both_ways(revised, original, &options);
        // Control characters, quotes and backslashes in the text, and nothing at all.
        both_ways(
            "Tab\there \"quoted\" back\\slash.\u{1}\u{1f} Bell\u{7}.",
            "Tab\there \"quoted\" back\\slash.\u{1} Bell.",
            &Options::default(),
        );
        both_ways("", "", &Options::default());
        // Long enough to be written by two threads.
        let (long_left, long_right) = crate::synth::article_pair(5_000, 11);
        let rows = both_ways(&long_left, &long_right, &Options::default());
        assert!(rows >= parallel::MIN_ITEMS, "{rows} rows");
    }
}
