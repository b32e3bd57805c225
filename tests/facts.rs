//! The fact digest on hand-labelled article pairs (tests/data/facts_*.facts.json, each with
//! its `.left.txt` and `.right.txt`): recall and precision of (kind, before, after) over all of
//! them must both reach 0.9.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use redline::compare::facts::Fact;
use redline::compare::{Comparison, Options, Side};
use redline::load::Document;
use serde::Deserialize;

#[derive(Deserialize)]
struct Labels {
    facts: Vec<Label>,
}

#[derive(Deserialize, Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Label {
    kind: String,
    left: Option<String>,
    right: Option<String>,
}

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// The names of the labelled pairs.
fn pairs() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(data())
        .expect("tests/data")
        .flatten()
        .filter_map(|e| {
            let file = e.file_name().to_string_lossy().into_owned();
            file.strip_suffix(".facts.json").map(str::to_string)
        })
        .collect();
    names.sort();
    names
}

fn label(comparison: &Comparison, fact: &Fact) -> Label {
    let text = |side| fact.text(comparison, side).map(str::to_string);
    Label {
        kind: fact.kind.name().to_string(),
        left: text(Side::Left),
        right: text(Side::Right),
    }
}

/// What the digest found and what the labels say, for one pair.
fn found_and_wanted(name: &str) -> (Vec<Label>, Vec<Label>) {
    let load = |side: &str| {
        Arc::new(Document::load(&data().join(format!("{name}.{side}.txt"))).expect("loads"))
    };
    let comparison = Comparison::new(load("left"), load("right"), &Options::default());
    let labels: Labels = serde_json::from_str(
        &std::fs::read_to_string(data().join(format!("{name}.facts.json"))).expect("labels"),
    )
    .expect("labels parse");
    let found = comparison
        .facts
        .rows()
        .iter()
        .flat_map(|r| &r.facts)
        .map(|f| label(&comparison, f))
        .collect();
    (found, labels.facts)
}

/// Counts as a multiset.
fn counts(labels: &[Label]) -> BTreeMap<&Label, usize> {
    let mut out = BTreeMap::new();
    for label in labels {
        *out.entry(label).or_insert(0) += 1;
    }
    out
}

#[test]
fn recall_and_precision_on_labelled_pairs() {
    let names = pairs();
    assert!(names.len() >= 3, "labelled pairs: {names:?}");
    let (mut hits, mut found_total, mut wanted_total) = (0, 0, 0);
    let mut report = String::new();
    let mut kinds_labelled = std::collections::BTreeSet::new();
    for name in &names {
        let (found, wanted) = found_and_wanted(name);
        let (found_counts, wanted_counts) = (counts(&found), counts(&wanted));
        for (label, &n) in &wanted_counts {
            kinds_labelled.insert(label.kind.clone());
            let got = found_counts.get(label).copied().unwrap_or(0);
            hits += got.min(n);
            if got < n {
                report.push_str(&format!("{name}: missed {label:?}\n"));
            }
        }
        for (label, &n) in &found_counts {
            if n > wanted_counts.get(label).copied().unwrap_or(0) {
                report.push_str(&format!("{name}: extra {label:?}\n"));
            }
        }
        found_total += found.len();
        wanted_total += wanted.len();
    }
    let recall = hits as f64 / wanted_total as f64;
    let precision = hits as f64 / found_total.max(1) as f64;
    eprintln!("recall {recall:.3}, precision {precision:.3}\n{report}");
    assert_eq!(
        kinds_labelled.len(),
        7,
        "every kind labelled: {kinds_labelled:?}"
    );
    assert!(recall >= 0.9, "recall {recall:.3}\n{report}");
    assert!(precision >= 0.9, "precision {precision:.3}\n{report}");
}

#[test]
fn a_reworded_sentence_with_the_same_facts_has_none() {
    let compare = |left: &str, right: &str| {
        Comparison::new(
            Arc::new(Document::from_text("a", left)),
            Arc::new(Document::from_text("b", right)),
            &Options::default(),
        )
    };
    let c = compare(
        "On June 4, Mayor Karen Smith said the city will hire 40 officers.",
        "The city will hire 40 officers, Mayor Karen Smith said on June 4.",
    );
    assert!(c.facts.is_empty(), "{:?}", c.facts);
    let c = compare(
        "On June 4, Mayor Karen Smith said the city will hire 40 officers.",
        "On June 4, Mayor Karen Smith said the city will hire 45 officers.",
    );
    assert_eq!(c.facts.describe(), "1 number");
}

fn report_pair() -> Comparison {
    Comparison::new(
        Arc::new(Document::from_text(
            "a",
            "The storm killed 12 people on Tuesday. Crews worked all night.",
        )),
        Arc::new(Document::from_text(
            "b",
            "The storm killed 15 people on Tuesday. Crews worked all night. \
             \"It was <b>awful</b> & loud,\" a neighbour said.",
        )),
        &Options::default(),
    )
}

#[test]
fn json_rows_carry_their_facts() {
    let c = report_pair();
    let mut out = Vec::new();
    redline::report::json::write(&c, &mut out).expect("writes");
    let json: serde_json::Value = serde_json::from_slice(&out).expect("parses");
    assert_eq!(json["format_version"], 1);
    let rows = json["rows"].as_array().expect("rows");
    let number = &rows[0]["facts"][0];
    assert_eq!(number["kind"], "number");
    assert_eq!(
        (number["left"].as_str(), number["right"].as_str()),
        (Some("12"), Some("15"))
    );
    assert_eq!(number["left_range"], serde_json::json!([17, 19]));
    assert_eq!(number["right_range"], serde_json::json!([17, 19]));
    assert_eq!(rows[1]["facts"], serde_json::json!([]));
    let quote = &rows[2]["facts"][0];
    assert_eq!(quote["kind"], "quote");
    assert!(quote["left"].is_null() && quote["left_range"].is_null());
    assert_eq!(quote["right"], "It was <b>awful</b> & loud");
    assert_eq!(rows[2]["facts"][1]["kind"], "attribution");
}

#[test]
fn text_report_names_the_facts_under_their_row() {
    let mut out = Vec::new();
    redline::report::text::write(&report_pair(), &mut out, false).expect("writes");
    let text = String::from_utf8(out).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("{+15+}"))
        .expect("the revised sentence");
    assert_eq!(lines[at + 1], "  ▸ number 12 → 15");
    assert!(text.contains("▸ quote added: It was <b>awful</b> & loud; attribution added: said"));
    assert!(text.ends_with("facts changed: 1 number, 1 quote, 1 attribution\n"));
}

#[test]
fn html_report_opens_with_the_facts_escaped_and_linked() {
    let mut out = Vec::new();
    redline::report::html::write(&report_pair(), &mut out).expect("writes");
    let html = String::from_utf8(out).expect("utf-8");
    let section = html
        .find("<h2>What changed in the facts</h2>")
        .expect("section");
    assert!(section < html.find("<thead>").expect("rows table"));
    assert!(html.contains("<del>12</del><"));
    assert!(html.contains("<ins>It was &lt;b&gt;awful&lt;/b&gt; &amp; loud</ins>"));
    assert!(!html.contains("<b>awful"));
    assert!(html.contains("<a href=\"#row-0\">row 1</a>") && html.contains("id=\"row-0\""));
}
