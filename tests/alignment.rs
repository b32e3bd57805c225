//! Alignment on hand-labelled article pairs (tests/data/*.gold.json): segmentation, pairs,
//! kinds and one-sided sentences must match what an editor marked.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use redline::compare::{Comparison, Kind, Options};
use redline::load::Document;
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    left_sentences: Vec<String>,
    right_sentences: Vec<String>,
    pairs: Vec<GoldPair>,
    removed: Vec<usize>,
    added: Vec<usize>,
}

#[derive(Deserialize)]
struct GoldPair {
    left: usize,
    right: usize,
    kind: String,
}

fn compare(name: &str) -> (Comparison, Gold) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let load = |side: &str| {
        Arc::new(Document::load(&dir.join(format!("{name}.{side}.txt"))).expect("fixture loads"))
    };
    let gold: Gold = serde_json::from_str(
        &std::fs::read_to_string(dir.join(format!("{name}.gold.json"))).expect("gold file"),
    )
    .expect("gold parses");
    (
        Comparison::new(load("left"), load("right"), &Options::default()),
        gold,
    )
}

fn check(name: &str) {
    let (c, gold) = compare(name);
    let left: Vec<&str> = (0..c.left.sentences.len())
        .map(|i| c.left.sentence_text(i))
        .collect();
    let right: Vec<&str> = (0..c.right.sentences.len())
        .map(|i| c.right.sentence_text(i))
        .collect();
    assert_eq!(left, gold.left_sentences, "{name}: left segmentation");
    assert_eq!(right, gold.right_sentences, "{name}: right segmentation");

    let got_pairs: BTreeSet<(usize, usize, &str)> = c
        .rows
        .iter()
        .filter_map(|r| Some((r.left?, r.right?, r.kind.name())))
        .collect();
    let want_pairs: BTreeSet<(usize, usize, &str)> = gold
        .pairs
        .iter()
        .map(|p| (p.left, p.right, p.kind.as_str()))
        .collect();
    assert_eq!(got_pairs, want_pairs, "{name}: pairs and kinds");

    let one_sided = |kind: Kind| -> BTreeSet<usize> {
        c.rows
            .iter()
            .filter(|r| r.kind == kind)
            .filter_map(|r| r.left.or(r.right))
            .collect()
    };
    assert_eq!(
        one_sided(Kind::Removed),
        gold.removed.iter().copied().collect(),
        "{name}: removed"
    );
    assert_eq!(
        one_sided(Kind::Added),
        gold.added.iter().copied().collect(),
        "{name}: added"
    );
}

#[test]
fn paraphrases_pair_and_unrelated_sentences_do_not() {
    check("paraphrase");
}

#[test]
fn splits_and_merges_pair_with_the_larger_piece() {
    check("split_merge");
}

#[test]
fn moved_paragraphs_and_moved_edited_sentences() {
    check("moves");
}

#[test]
fn german_text() {
    check("german");
}

#[test]
fn whitespace_and_wrapping_alone_are_no_change() {
    check("identical_ws");
    let (c, _) = compare("identical_ws");
    assert!(c.is_identical());
    assert_eq!(c.summary.similarity, 1.0);
}

#[test]
fn headline_dek_and_byline_lines() {
    check("headline_block");
}

#[test]
fn unrelated_replacements_in_the_same_place_stay_apart() {
    check("unrelated_same_place");
}

#[test]
fn numbered_and_bulleted_lists() {
    check("lists");
}

#[test]
fn several_splits_and_merges() {
    check("splits_merges");
}

#[test]
fn two_paragraphs_swap_places() {
    check("swapped_paragraphs");
}

#[test]
fn an_updated_web_page() {
    check("web_update");
}

#[test]
fn french_text() {
    check("french");
}

#[test]
fn a_wire_story_and_its_rewrite() {
    check("wire_rewrite");
}

#[test]
fn copy_edits_only() {
    check("copy_edits");
    let (c, _) = compare("copy_edits");
    // Spelling fixes score high but never as high as an identical sentence.
    assert!(
        c.rows
            .iter()
            .filter(|r| r.kind == Kind::Modified)
            .all(|r| r.similarity < 1.0)
    );
}

#[test]
fn position_pairs_rewrites_left_alone_in_their_gap() {
    // A low-scoring rewrite that is the clear mutual best of its gap, a kept opening frame
    // with a new name in it, and a split paired with the piece carrying most of the sentence.
    check("gap_rewrites");
}

#[test]
fn the_document_decides_abbreviations_links_quotes_and_wrapping() {
    // "U.S. Agile" ends a sentence where the text writes "agile" in lower case elsewhere; a
    // wrapped Markdown link, a quote with its "— Source" and a re-wrapped sentence stay whole.
    check("document_cues");
}

#[test]
fn swapping_the_sides_mirrors_the_pairs() {
    for name in [
        "gap_rewrites",
        "splits_merges",
        "paraphrase",
        "unrelated_same_place",
    ] {
        let (c, _) = compare(name);
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let load = |side: &str| {
            Arc::new(Document::load(&dir.join(format!("{name}.{side}.txt"))).expect("fixture"))
        };
        let swapped = Comparison::new(load("right"), load("left"), &Options::default());
        let pairs = |c: &Comparison, flip: bool| -> BTreeSet<(usize, usize, &'static str)> {
            c.rows
                .iter()
                .filter_map(|r| {
                    let (l, r2) = (r.left?, r.right?);
                    Some(if flip {
                        (r2, l, r.kind.name())
                    } else {
                        (l, r2, r.kind.name())
                    })
                })
                .collect()
        };
        assert_eq!(pairs(&c, false), pairs(&swapped, true), "{name}");
    }
}
