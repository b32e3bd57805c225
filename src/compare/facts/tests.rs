//! The fact digest on sentence pairs: each kind found, and the negatives that must stay quiet.

use std::sync::Arc;

use super::FactKind::{self, *};
use crate::compare::{Comparison, Options, Side};
use crate::load::Document;

type Triple = (FactKind, Option<String>, Option<String>);

fn compare(left: &str, right: &str) -> Comparison {
    Comparison::new(
        Arc::new(Document::from_text("a", left)),
        Arc::new(Document::from_text("b", right)),
        &Options::default(),
    )
}

fn facts(left: &str, right: &str) -> Vec<Triple> {
    let c = compare(left, right);
    let text = |f: &super::Fact, side| f.text(&c, side).map(str::to_string);
    c.facts
        .rows()
        .iter()
        .flat_map(|r| &r.facts)
        .map(|f| (f.kind, text(f, Side::Left), text(f, Side::Right)))
        .collect()
}

fn t(kind: FactKind, left: &str, right: &str) -> Triple {
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    (kind, some(left), some(right))
}

#[test]
fn numbers_in_digits_words_and_money() {
    assert_eq!(
        facts(
            "The storm killed 12 people in the county.",
            "The storm killed 15 people in the county."
        ),
        vec![t(Number, "12", "15")]
    );
    assert_eq!(
        facts(
            "Nine firefighters were hurt in the blaze.",
            "Eleven firefighters were hurt in the blaze."
        ),
        vec![t(Number, "Nine", "Eleven")]
    );
    assert_eq!(
        facts(
            "The council approved $3 million for the repairs.",
            "The council approved $3.4 million for the repairs."
        ),
        vec![t(Number, "$3 million", "$3.4 million")]
    );
    assert_eq!(
        facts(
            "Turnout rose 12% in the district.",
            "Turnout rose 2.5 percent in the district."
        ),
        vec![t(Number, "12%", "2.5 percent")]
    );
}

#[test]
fn dates_days_and_times() {
    assert_eq!(
        facts(
            "The vote is set for Tuesday in the council chamber.",
            "The vote is set for Wednesday in the council chamber."
        ),
        vec![t(Date, "Tuesday", "Wednesday")]
    );
    assert_eq!(
        facts(
            "The trial opens June 4 in the county court.",
            "The trial opens June 14 in the county court."
        ),
        vec![t(Date, "June 4", "June 14")]
    );
    assert_eq!(
        facts(
            "The rally begins at 7 p.m. outside city hall.",
            "The rally begins at 8 p.m. outside city hall."
        ),
        vec![t(Date, "7 p.m.", "8 p.m.")]
    );
    assert_eq!(
        facts(
            "The plant closed in 2019 after a fire.",
            "The plant closed in 2021 after a fire."
        ),
        vec![t(Date, "2019", "2021")]
    );
}

#[test]
fn names_of_people_and_places() {
    assert_eq!(
        facts(
            "The report was written by Karen Smith for the board.",
            "The report was written by Karen Smyth for the board."
        ),
        vec![t(Name, "Karen Smith", "Karen Smyth")]
    );
    assert_eq!(
        facts(
            "The company will move its offices to Portland next year.",
            "The company will move its offices to Salem next year."
        ),
        vec![t(Name, "Portland", "Salem")]
    );
}

#[test]
fn quotes_attribution_negation_and_hedges() {
    assert_eq!(
        facts(
            "“We will rebuild the bridge,” the mayor said.",
            "“We will rebuild the old bridge,” the mayor said."
        ),
        vec![t(
            Quote,
            "We will rebuild the bridge",
            "We will rebuild the old bridge"
        )]
    );
    assert_eq!(
        facts(
            "The mayor said the bridge would reopen.",
            "The mayor told reporters the bridge would reopen."
        ),
        vec![t(Attribution, "said", "told reporters")]
    );
    assert_eq!(
        facts(
            "The bridge is safe for heavy trucks.",
            "The bridge is not safe for heavy trucks."
        ),
        vec![t(Negation, "", "not")]
    );
    assert_eq!(
        facts(
            "The bridge will reopen in the spring.",
            "The bridge may reopen in the spring."
        ),
        vec![t(Hedge, "will", "may")]
    );
    assert_eq!(
        facts(
            "The levy is likely to pass easily.",
            "The levy might pass easily."
        ),
        vec![t(Hedge, "is likely to", "might")]
    );
    assert_eq!(
        facts(
            "The suspect fled the scene in a stolen car.",
            "The suspect reportedly fled the scene in a stolen car."
        ),
        vec![t(Hedge, "", "reportedly")]
    );
}

#[test]
fn unchanged_facts_in_a_changed_sentence_are_not_facts() {
    assert_eq!(
        facts(
            "Karen Smith said on Tuesday that 12 homes flooded.",
            "Karen Smith said on Tuesday that 12 houses flooded."
        ),
        vec![]
    );
    // "would" appearing or going is grammar, not certainty.
    assert_eq!(
        facts(
            "He objected to a provision that would allow the gates to close.",
            "He objected to a provision allowing the gates to close."
        ),
        vec![]
    );
    // Reworded, the same facts.
    assert_eq!(
        facts(
            "On Tuesday, the council approved $3 million for the park.",
            "The council approved $3 million for the park on Tuesday."
        ),
        vec![]
    );
    assert_eq!(
        facts(
            "Nine people were hurt, police said.",
            "Police said 9 people were hurt."
        ),
        vec![]
    );
    // "not only" is not a negation; a name said again shorter is the same name.
    assert_eq!(
        facts(
            "The plan cuts costs and also saves time.",
            "The plan not only cuts costs but also saves time."
        ),
        vec![]
    );
    assert_eq!(
        facts(
            "Karen Smith opposed the plan at the meeting.",
            "Smith opposed the plan at the hearing."
        ),
        vec![]
    );
}

#[test]
fn added_and_removed_sentences_give_quotes_and_attributions() {
    let c = compare(
        "The park opens today.",
        "The park opens today. “It is long overdue,” Lee said.",
    );
    let all: Vec<_> = c.facts.rows().iter().flat_map(|r| &r.facts).collect();
    let kinds: Vec<_> = all.iter().map(|f| f.kind).collect();
    assert_eq!(kinds, vec![Quote, Attribution]);
    assert_eq!(all[0].text(&c, Side::Right), Some("It is long overdue"));
    assert!(all.iter().all(|f| f.left.is_none()));
    assert_eq!(c.facts.describe(), "1 quote, 1 attribution");
    assert_eq!(c.facts.of_row(0), &[]);
    assert_eq!(c.facts.of_row(1).len(), 2);
}

#[test]
fn long_comparisons_split_across_threads_find_the_same_facts() {
    let (left, right) = crate::synth::article_pair(21_000, 7);
    let c = compare(&left, &right);
    assert!(c.rows.len() > super::PARALLEL_ROWS);
    let index = super::index::english();
    let one_by_one: Vec<super::RowFacts> = c
        .rows
        .iter()
        .enumerate()
        .map(|(row, r)| super::RowFacts {
            row,
            facts: super::row_facts(&c.left, &c.right, r, index),
        })
        .filter(|r| !r.facts.is_empty())
        .collect();
    assert!(one_by_one.len() > 100);
    assert_eq!(c.facts.rows(), one_by_one.as_slice());
    assert_eq!(
        c.facts.len(),
        one_by_one.iter().map(|r| r.facts.len()).sum::<usize>()
    );
}

#[test]
fn a_name_opening_a_sentence_counts_where_the_story_names_it_elsewhere() {
    let story = |speaker: &str| {
        format!(
            "Board chair Thomas Greene and union president Maria Okafor met on Monday.\n\n\
             {speaker} said the district received 40 applications."
        )
    };
    assert_eq!(
        facts(&story("Greene"), &story("Okafor")),
        vec![t(Name, "Greene", "Okafor")]
    );
    // Ordinary words opening a sentence are not names, nor is a capital after a sentence
    // end or in a headline proof of one.
    assert_eq!(
        facts(
            "Parents Rally at Board Meeting\n\nParents said the board moved too quickly.",
            "Parents Rally at Board Meeting\n\nResidents said the board moved too quickly."
        ),
        vec![]
    );
    // Unchanged, a name opening the sentence is no fact.
    assert_eq!(
        facts(
            "Thomas Greene spoke first.\n\nGreene said the vote was close.",
            "Thomas Greene spoke first.\n\nGreene said the vote was very close."
        ),
        vec![]
    );
}

#[test]
fn values_that_traded_places_are_facts_and_values_moved_with_their_words_are_not() {
    assert_eq!(
        facts(
            "Enrollment has fallen from 12,400 to 11,900 students since 2020.",
            "Enrollment has fallen from 11,900 to 12,400 students since 2020."
        ),
        vec![t(Number, "12,400", "11,900"), t(Number, "11,900", "12,400")]
    );
    assert_eq!(
        facts(
            "The filing period opens March 2 and closes March 16.",
            "The filing period opens March 16 and closes March 2."
        ),
        vec![
            t(Date, "March 2", "March 16"),
            t(Date, "March 16", "March 2")
        ]
    );
    assert_eq!(
        facts(
            "The board also hired 12 teachers and 15 aides for the fall.",
            "The board also hired 15 aides and 12 teachers for the fall."
        ),
        vec![]
    );
}
