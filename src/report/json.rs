//! The JSON report: a stable, documented document (see the README's "JSON format"), streamed
//! straight from the comparison without intermediate copies.

use std::io::{self, Write};
use std::ops::Range;

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, SerializeStruct, Serializer};

use crate::compare::facts::Fact;
use crate::compare::{Comparison, Row, Segmented, Side, Summary};

/// Version of the JSON layout; bumped on any incompatible change.
pub const FORMAT_VERSION: u32 = 1;

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

/// Writes `comparison` as JSON to `out`.
pub fn write(comparison: &Comparison, out: &mut dyn Write) -> io::Result<()> {
    let mut buffered = io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer(&mut buffered, &Report(comparison)).map_err(io::Error::other)?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}
