//! Re-wrapping is no change: an article whose paragraphs are hard-wrapped at any width from 40
//! to 120 columns compares as all shared with the same article written one paragraph a line.

use std::sync::Arc;

use redline::compare::{Comparison, Kind, Options};
use redline::load::Document;

const HEADLINE: &str = "Council Approves Flood Barrier After Three-Year Fight";

/// The article, one paragraph per entry: names, titles, quotes, abbreviations and numbers
/// wherever a wrapper may break a line before them.
const PARAGRAPHS: &[&str] = &[
    "The Riverside city council voted 5-2 on Tuesday night to approve a $412 million flood \
     barrier along the east bank, ending three years of debate over how to protect about \
     14,000 homes from storm surges. Mayor Linda Okafor, who cast the deciding vote shortly \
     after midnight, called the new plan “the most important thing this council will do in a \
     generation.” Opponents, led by council member Dale Whitcomb, said the cost would fall \
     hardest on renters in the Harbor View and Millbrook neighborhoods. “We are being asked \
     to pay for a wall that protects someone else’s property,” Whitcomb told reporters \
     outside City Hall.",
    "Construction is expected to begin in the spring of 2026 and take four years, according \
     to the U.S. Army Corps of Engineers, which will oversee the work. Sen. Maria Ruiz, \
     D-Calif., said she would seek federal money to cover a third of the cost. The barrier \
     will be built from reinforced concrete walls ranging from 8 to 14 feet high, with gates \
     at each of the six street crossings. Residents can review the final design at 10 a.m. \
     on Jan. 5 in the main reading room of the Riverside Public Library.",
    "Voting against the plan were council members Dale Whitcomb and Priya Natarajan, who said \
     the Harbor View Tenants Union had never been consulted.",
    "Okafor said the city had already spent $3.5 million on engineering studies and could not \
     afford to start over, and that the state’s Department of Water Resources had signed off \
     on every stage of the design. “If we wait for a perfect plan, the river will not wait \
     with us,” she said. Whitcomb replied that he would ask the county to put the question to \
     voters in November.",
    "The next public hearing on the barrier’s route is scheduled for Thursday, March 12, at \
     7 p.m. at the Eastside Community Center.",
    "Residents who live within 500 feet of the planned wall will receive letters from the \
     city’s Office of Emergency Management explaining how construction will affect their \
     streets. Gov. Ellen Marsh has said the state will match any federal grant.",
    "Whitcomb, who has opposed the barrier since it was first proposed in the spring of 2022, \
     called it “a wall built on borrowed money.”",
];

/// The paragraph whose wrap at 100 columns puts its closing quote on a short line of its own.
const QUOTED: usize = 6;

/// Breaks `paragraph` into lines of at most `width` characters, greedily, at spaces (as
/// `fmt`, `fold -s` or an editor's fill command do).
fn wrap(paragraph: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line_len = 0;
    for word in paragraph.split(' ') {
        let len = word.chars().count();
        if line_len > 0 && line_len + 1 + len > width {
            out.push('\n');
            line_len = 0;
        } else if line_len > 0 {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(word);
        line_len += len;
    }
    out
}

/// The article with a headline line, a blank line, and its paragraphs separated by blank
/// lines, each paragraph wrapped at `width` (or on one line).
fn article(paragraphs: &[&str], width: Option<usize>) -> String {
    let body: Vec<String> = paragraphs
        .iter()
        .map(|p| width.map_or_else(|| p.to_string(), |w| wrap(p, w)))
        .collect();
    format!("{HEADLINE}\n\n{}\n", body.join("\n\n"))
}

fn compare(left: &str, right: &str) -> Comparison {
    Comparison::new(
        Arc::new(Document::from_text("one-line.txt", left)),
        Arc::new(Document::from_text("wrapped.txt", right)),
        &Options::default(),
    )
}

/// Every width from 40 to 120 columns at which comparing `unwrapped` with its re-wrapped form
/// gives anything but shared rows, with the rows that differ.
fn failures(paragraphs: &[&str], headline: bool) -> Vec<String> {
    let build = |width| {
        if headline {
            article(paragraphs, width)
        } else {
            paragraphs
                .iter()
                .map(|p| width.map_or_else(|| p.to_string(), |w| wrap(p, w)))
                .collect::<Vec<_>>()
                .join("\n\n")
        }
    };
    let unwrapped = build(None);
    let mut out = Vec::new();
    for width in 40..=120 {
        let wrapped = build(Some(width));
        assert!(
            wrapped.lines().count() > unwrapped.lines().count(),
            "width {width} wraps nothing"
        );
        let c = compare(&unwrapped, &wrapped);
        let differing: Vec<String> = c
            .rows
            .iter()
            .filter(|row| row.kind != Kind::Shared)
            .map(|row| {
                let text = |side: &redline::compare::Segmented, i: Option<usize>| {
                    i.map_or(String::new(), |i| side.sentence_text(i).replace('\n', "⏎"))
                };
                format!(
                    "  {:?} {:?} | {:?}",
                    row.kind,
                    text(&c.left, row.left),
                    text(&c.right, row.right)
                )
            })
            .collect();
        if !differing.is_empty() || c.left.sentences.len() != c.right.sentences.len() {
            out.push(format!("width {width}:\n{}", differing.join("\n")));
        }
    }
    out
}

#[test]
fn a_rewrapped_article_is_unchanged_at_every_width() {
    let failed = failures(PARAGRAPHS, true);
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn each_paragraph_rewrapped_alone_is_unchanged_at_every_width() {
    for paragraph in PARAGRAPHS {
        let failed = failures(&[paragraph], false);
        assert!(failed.is_empty(), "{paragraph}\n{}", failed.join("\n"));
    }
}

#[test]
fn a_one_sentence_paragraph_wrapped_at_60_to_80_columns_stays_one_sentence() {
    for paragraph in [PARAGRAPHS[2], PARAGRAPHS[4]] {
        for width in 60..=80 {
            let text = wrap(paragraph, width);
            assert!(text.contains('\n'), "width {width} wraps nothing");
            let c = compare(paragraph, &text);
            assert_eq!(c.right.sentences.len(), 1, "width {width}:\n{text}");
            assert!(c.is_identical(), "width {width}:\n{text}");
        }
    }
}

#[test]
fn a_line_break_before_an_opening_quote_at_100_columns_is_no_boundary() {
    // "…called it⏎“a wall built on borrowed money.”": a short second line opening a quote.
    let paragraph = PARAGRAPHS[QUOTED];
    let text = wrap(paragraph, 100);
    assert!(text.contains(" it\n“a wall"), "{text}");
    let c = compare(paragraph, &text);
    assert_eq!(c.right.sentences.len(), 1, "{text}");
    assert!(c.is_identical());
    // In the article, the wrap breaks a sentence right before an opening quote too ("…called
    // the new plan⏎“the most important thing…").
    let text = article(PARAGRAPHS, Some(100));
    assert!(text.contains(" plan\n“the most"), "{text}");
    let c = compare(&article(PARAGRAPHS, None), &text);
    assert!(c.is_identical());
    assert_eq!(c.left.sentences.len(), c.right.sentences.len());
}

#[test]
fn one_paragraph_per_line_is_not_mistaken_for_wrapping() {
    // A file with one paragraph a line keeps every line a paragraph of its own.
    let lines = PARAGRAPHS.join("\n");
    let c = compare(&lines, &lines);
    let last = c.left.sentences.last().map(|s| s.paragraph);
    assert_eq!(last, Some(PARAGRAPHS.len() - 1));
    // A headline in sentence case on the line above a paragraph stays its own sentence, and
    // so does a headline above a one-sentence paragraph.
    for paragraph in [PARAGRAPHS[0], PARAGRAPHS[2], PARAGRAPHS[4]] {
        let headed = format!("Council approves flood barrier after three-year fight\n{paragraph}");
        let c = compare(&headed, &headed);
        assert_eq!(
            c.left.sentence_text(0),
            "Council approves flood barrier after three-year fight"
        );
    }
}
