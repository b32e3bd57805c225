//! The JSON history: `format_version`, the `versions` (each shaped like a comparison's
//! `left`), the consecutive `steps` (rows and summary) and the `threads` (see the README's
//! "The `history` command").

use std::io::{self, Write};

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use crate::compare::Comparison;
use crate::compare::history::{Entry, History, Thread};
use crate::report::json::{FORMAT_VERSION, Rows, SideReport, SummaryReport};

struct Report<'a>(&'a History);
struct Step<'a>(usize, &'a Comparison);
struct ThreadReport<'a>(&'a Thread);
struct EntryReport<'a>(&'a Entry);

impl Serialize for Report<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let h = self.0;
        let mut map = s.serialize_struct("History", 4)?;
        map.serialize_field("format_version", &FORMAT_VERSION)?;
        map.serialize_field("versions", &Seq(|| h.versions().iter().map(SideReport)))?;
        map.serialize_field(
            "steps",
            &Seq(|| h.steps().iter().enumerate().map(|(k, c)| Step(k, c))),
        )?;
        map.serialize_field("threads", &Seq(|| h.threads().iter().map(ThreadReport)))?;
        map.end()
    }
}

/// A sequence serialised straight from an iterator, without collecting it.
struct Seq<F>(F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

impl Serialize for Step<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let Step(k, c) = *self;
        let mut map = s.serialize_struct("Step", 4)?;
        map.serialize_field("from", &k)?;
        map.serialize_field("to", &(k + 1))?;
        map.serialize_field("rows", &Rows(c))?;
        map.serialize_field("summary", &SummaryReport(&c.summary, c.is_identical()))?;
        map.end()
    }
}

impl Serialize for ThreadReport<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.entries().iter().map(EntryReport))
    }
}

impl Serialize for EntryReport<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let e = self.0;
        let mut map = s.serialize_struct("Entry", 3)?;
        map.serialize_field("version", &e.version)?;
        map.serialize_field("sentence", &e.sentence)?;
        map.serialize_field("kind", e.kind.name())?;
        map.end()
    }
}

/// Writes `history` as JSON to `out`.
pub fn write(history: &History, out: &mut dyn Write) -> io::Result<()> {
    let mut buffered = io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer(&mut buffered, &Report(history)).map_err(io::Error::other)?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::compare::Options;
    use crate::load::Document;

    #[test]
    fn threads_and_steps_have_the_documented_shape() {
        let texts = [
            "Ferry service resumed at noon. Tickets cost four dollars.",
            "Ferry service resumed at noon. Tickets now cost five dollars.",
            "Tickets now cost five dollars.",
        ];
        let documents = texts
            .iter()
            .map(|t| Arc::new(Document::from_text("v.txt", t)))
            .collect();
        let history = History::new(documents, &Options::default());
        let mut out = Vec::new();
        write(&history, &mut out).unwrap();
        let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(value["format_version"], 1);
        assert_eq!(value["versions"].as_array().unwrap().len(), 3);
        assert_eq!(
            value["versions"][1]["sentences"][1]["text"],
            "Tickets now cost five dollars."
        );
        assert_eq!(value["steps"][1]["from"], 1);
        assert_eq!(value["steps"][1]["to"], 2);
        assert_eq!(value["steps"][0]["summary"]["modified"], 1);
        assert_eq!(
            value["threads"],
            serde_json::json!([
                [
                    {"version": 0, "sentence": 0, "kind": "first"},
                    {"version": 1, "sentence": 0, "kind": "shared"},
                    {"version": 2, "sentence": null, "kind": "removed"}
                ],
                [
                    {"version": 0, "sentence": 1, "kind": "first"},
                    {"version": 1, "sentence": 1, "kind": "modified"},
                    {"version": 2, "sentence": 0, "kind": "shared"}
                ]
            ])
        );
    }
}
