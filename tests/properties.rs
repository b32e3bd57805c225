//! Properties that must hold for any input: sentences tile the text, every sentence lands in
//! exactly one row, rows keep reading order, and a text compared with itself is identical.

use std::sync::Arc;

use proptest::prelude::*;
use redline::compare::segment::segment;
use redline::compare::{Comparison, Kind, Options};
use redline::load::Document;

/// Text made of news-like pieces, including the characters the splitter reacts to.
fn article() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("The council voted".to_string()),
        Just("Sen. Smith, D-N.M., said".to_string()),
        Just("at 3:35 p.m.".to_string()),
        Just("“We will act,” he said.".to_string()),
        Just("U.S.".to_string()),
        Just("2.5%".to_string()),
        Just("1.".to_string()),
        Just("• ".to_string()),
        Just("a.".to_string()),
        Just("...".to_string()),
        Just(". . .".to_string()),
        Just("…".to_string()),
        Just("?!".to_string()),
        Just("(Ok.)".to_string()),
        Just("am 3. Januar".to_string()),
        Just("z. B.".to_string()),
        Just("„3.".to_string()),
        Just("«A.".to_string()),
        Just("\u{a0}3.".to_string()),
        Just("…. . . .".to_string()),
        Just("「你好。」".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("  ".to_string()),
        Just("\u{a0}".to_string()),
        "[A-Za-z]{1,8}",
        "[.!?,;:'\"()]",
        "\\PC{1,3}",
    ];
    // Pieces are joined with and without spaces, so that openers, spaces and dots meet
    // numbers and letters directly.
    let joiner = prop_oneof![Just(" "), Just(""), Just("\n")];
    prop::collection::vec((piece, joiner), 0..60)
        .prop_map(|pieces| pieces.into_iter().map(|(p, j)| p + j).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn sentences_tile_the_text(text in article()) {
        let sentences = segment(&text);
        let mut covered = vec![false; text.len()];
        let mut previous_end = 0;
        for s in &sentences {
            prop_assert!(s.start >= previous_end && s.start < s.end && s.end <= text.len());
            let slice = &text[s.range()];
            prop_assert_eq!(slice.trim(), slice, "sentences are trimmed");
            covered[s.range()].iter_mut().for_each(|c| *c = true);
            previous_end = s.end;
        }
        for (i, c) in text.char_indices() {
            prop_assert!(c.is_whitespace() || covered[i], "{:?} at {} belongs to no sentence", c, i);
        }
        let paragraphs: Vec<usize> = sentences.iter().map(|s| s.paragraph).collect();
        prop_assert!(paragraphs.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn every_sentence_is_in_exactly_one_row(
        left in prop::collection::vec(0usize..12, 0..30),
        right in prop::collection::vec(0usize..12, 0..30),
        ignore_case in any::<bool>(),
    ) {
        const POOL: [&str; 12] = [
            "The council approved the barrier on Tuesday.",
            "The council approved the flood barrier late on Tuesday.",
            "Opponents said the cost was too high.",
            "Opponents argued that the price was far too high.",
            "The vote was 7-4.",
            "THE VOTE WAS 7-4.",
            "Construction begins in the spring.",
            "“This matters,” she said.",
            "Mayor Chen will sign the measure Thursday.",
            "Residents lined up to speak for nine hours.",
            "Harbor City Council Approves Flood Barrier",
            "It does not buy forever.",
        ];
        let text = |ids: &[usize]| ids.iter().map(|&i| POOL[i]).collect::<Vec<_>>().join(" ");
        let options = Options { ignore_case, ..Options::default() };
        let c = Comparison::new(
            Arc::new(Document::from_text("left", &text(&left))),
            Arc::new(Document::from_text("right", &text(&right))),
            &options,
        );
        let mut left_seen = vec![0; c.left.sentences.len()];
        let mut right_seen = vec![0; c.right.sentences.len()];
        for row in &c.rows {
            match row.kind {
                Kind::Removed => prop_assert!(row.left.is_some() && row.right.is_none()),
                Kind::Added => prop_assert!(row.left.is_none() && row.right.is_some()),
                _ => prop_assert!(row.left.is_some() && row.right.is_some()),
            }
            if let Some(l) = row.left { left_seen[l] += 1; }
            if let Some(r) = row.right { right_seen[r] += 1; }
        }
        prop_assert!(left_seen.iter().all(|&n| n == 1));
        prop_assert!(right_seen.iter().all(|&n| n == 1));
        // Reading order: left sentences in order; right sentences of in-place rows in order.
        let lefts: Vec<usize> = c.rows.iter().filter_map(|r| r.left).collect();
        prop_assert!(lefts.windows(2).all(|w| w[0] < w[1]));
        let rights: Vec<usize> = c.rows.iter().filter(|r| r.kind != Kind::Moved).filter_map(|r| r.right).collect();
        prop_assert!(rights.windows(2).all(|w| w[0] < w[1]));
        let total = c.summary.shared + c.summary.modified + c.summary.moved + c.summary.removed + c.summary.added;
        prop_assert_eq!(total, c.rows.len());
    }

    #[test]
    fn a_text_compared_with_itself_is_identical(text in article()) {
        let doc = Arc::new(Document::from_text("same", &text));
        let c = Comparison::new(doc.clone(), doc, &Options::default());
        prop_assert!(c.is_identical());
        prop_assert!(c.rows.iter().all(|r| r.kind == Kind::Shared));
    }
}
