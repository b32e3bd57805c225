//! Threads on a small flood story edited version by version, and the invariants of any
//! history (every sentence in exactly one thread, one entry per version).

use std::sync::Arc;

use proptest::prelude::*;

use super::*;

const HEADLINE: &str = "Harbor Town Floods After Record Rain";
const RAIN: &str = "Heavy rain flooded the lower streets of Harbor Town on Monday night, \
                    forcing dozens of families from their homes.";
const RIVER: &str = "The river rose nearly two metres in six hours, according to the county's \
                     flood office.";
const PUMPS: &str = "Mayor Ellen Park said the town's pumps had failed shortly after midnight.";
const SANDBAGS: &str = "Volunteers filled sandbags at the fire station until dawn.";
const SHELTER: &str = "The county has opened an emergency shelter with two hundred beds in the \
                       gymnasium of Harbor Town High School.";
const RECEDE: &str = "Officials expect the water to recede by Thursday.";

/// The story as paragraphs of sentences.
fn story(paragraphs: &[&[&str]]) -> Arc<Document> {
    let text: Vec<String> = paragraphs.iter().map(|p| p.join(" ")).collect();
    Arc::new(Document::from_text("story.txt", &text.join("\n\n")))
}

fn base() -> Arc<Document> {
    story(&[
        &[HEADLINE],
        &[RAIN, RIVER, PUMPS, SANDBAGS],
        &[SHELTER, RECEDE],
    ])
}

fn history(documents: Vec<Arc<Document>>) -> History {
    History::new(documents, &Options::default())
}

/// The events of the thread holding `sentence` of `version`.
fn events(h: &History, version: usize, sentence: usize) -> Vec<(usize, Option<usize>, Event)> {
    let thread = h
        .thread_of(version, sentence)
        .expect("sentence has a thread");
    h.threads()[thread]
        .entries()
        .iter()
        .map(|e| (e.version, e.sentence, e.kind))
        .collect()
}

/// The index of the sentence of `version` whose text is `text`.
fn find(h: &History, version: usize, text: &str) -> usize {
    (0..h.versions()[version].sentences.len())
        .find(|&s| h.sentence_text(version, s) == Some(text))
        .unwrap_or_else(|| panic!("{text:?} not in version {version}"))
}

#[test]
fn an_added_sentence_starts_a_thread_and_the_others_continue() {
    const LIBRARY: &str = "A second shelter will open at the public library on Tuesday.";
    let added = story(&[
        &[HEADLINE],
        &[RAIN, RIVER, PUMPS, SANDBAGS],
        &[SHELTER, LIBRARY, RECEDE],
    ]);
    let h = history(vec![base(), added]);
    assert_eq!(h.threads().len(), 8);
    let library = find(&h, 1, LIBRARY);
    assert_eq!(events(&h, 1, library), [(1, Some(library), Event::Added)]);
    let recede = find(&h, 1, RECEDE);
    assert_eq!(
        events(&h, 1, recede),
        [(0, Some(6), Event::First), (1, Some(recede), Event::Shared)]
    );
    assert_eq!(h.threads().iter().filter(|t| t.is_changed()).count(), 1);
    assert!(!h.is_identical());
}

#[test]
fn a_reworded_sentence_continues_as_modified_with_its_changed_words() {
    const PUMPS_2: &str = "Mayor Ellen Park said two of the town's three pumps had failed \
                           shortly after midnight.";
    let h = history(vec![
        base(),
        story(&[
            &[HEADLINE],
            &[RAIN, RIVER, PUMPS_2, SANDBAGS],
            &[SHELTER, RECEDE],
        ]),
    ]);
    let pumps = find(&h, 1, PUMPS_2);
    assert_eq!(
        events(&h, 1, pumps),
        [
            (0, Some(3), Event::First),
            (1, Some(pumps), Event::Modified)
        ]
    );
    let thread = h.thread_of(1, pumps).unwrap();
    let entry = h.threads()[thread].at(1).unwrap();
    let row = h.row_of(thread, entry).expect("a modified row");
    let version = &h.versions()[1].document.text;
    let marked: Vec<&str> = row
        .right_changes
        .iter()
        .map(|r| &version[r.clone()])
        .collect();
    assert!(marked.concat().contains("two"), "{marked:?}");
}

#[test]
fn a_moved_sentence_continues_as_moved() {
    let moved = story(&[
        &[HEADLINE],
        &[RAIN, RIVER, PUMPS],
        &[SHELTER, RECEDE, SANDBAGS],
    ]);
    let h = history(vec![base(), moved]);
    let sandbags = find(&h, 1, SANDBAGS);
    assert_eq!(sandbags, 6);
    assert_eq!(
        events(&h, 1, sandbags),
        [(0, Some(4), Event::First), (1, Some(6), Event::Moved)]
    );
}

#[test]
fn a_removed_sentence_ends_its_thread_and_nothing_follows() {
    let without = story(&[&[HEADLINE], &[RAIN, RIVER, PUMPS], &[SHELTER, RECEDE]]);
    let h = history(vec![base(), base(), without.clone(), without]);
    assert_eq!(
        events(&h, 0, 4),
        [
            (0, Some(4), Event::First),
            (1, Some(4), Event::Shared),
            (2, None, Event::Removed),
        ]
    );
    let thread = &h.threads()[h.thread_of(0, 4).unwrap()];
    assert_eq!(thread.removed_in(), Some(2));
    assert_eq!(thread.at(3), None);
    assert_eq!(h.threads().len(), 7);
    let removal = thread.at(2).unwrap();
    let row = h.row_of(h.thread_of(0, 4).unwrap(), removal).unwrap();
    assert_eq!(
        (row.kind, row.left),
        (crate::compare::Kind::Removed, Some(4))
    );
}

#[test]
fn a_split_continues_with_the_piece_carrying_most_of_the_text() {
    const RAIN_A: &str = "Heavy rain flooded the lower streets of Harbor Town on Monday night.";
    const RAIN_B: &str = "Dozens of families fled.";
    let split = story(&[
        &[HEADLINE],
        &[RAIN_A, RAIN_B, RIVER, PUMPS, SANDBAGS],
        &[SHELTER, RECEDE],
    ]);
    let h = history(vec![base(), split]);
    let (a, b) = (find(&h, 1, RAIN_A), find(&h, 1, RAIN_B));
    assert_eq!(
        events(&h, 1, a),
        [(0, Some(1), Event::First), (1, Some(a), Event::Modified)]
    );
    assert_eq!(events(&h, 1, b), [(1, Some(b), Event::Added)]);
}

#[test]
fn a_merge_continues_the_part_carrying_most_of_the_text_and_ends_the_other() {
    const MERGED: &str = "The county has opened an emergency shelter with two hundred beds in \
                          the gymnasium of Harbor Town High School and expects the water to \
                          recede by Thursday.";
    let merged = story(&[&[HEADLINE], &[RAIN, RIVER, PUMPS, SANDBAGS], &[MERGED]]);
    let h = history(vec![base(), merged]);
    let m = find(&h, 1, MERGED);
    assert_eq!(
        events(&h, 1, m),
        [(0, Some(5), Event::First), (1, Some(m), Event::Modified)]
    );
    assert_eq!(
        events(&h, 0, 6),
        [(0, Some(6), Event::First), (1, None, Event::Removed)]
    );
}

#[test]
fn a_life_across_five_versions() {
    const RIVER_2: &str = "The river rose more than two metres in six hours, according to the \
                           county's flood office.";
    let v1 = story(&[
        &[HEADLINE],
        &[RAIN, RIVER, PUMPS, SANDBAGS],
        &[SHELTER, RECEDE],
    ]);
    let v2 = story(&[
        &[HEADLINE],
        &[RAIN, RIVER_2, PUMPS, SANDBAGS],
        &[SHELTER, RECEDE],
    ]);
    let v3 = story(&[
        &[HEADLINE],
        &[RAIN, PUMPS, SANDBAGS],
        &[SHELTER, RECEDE, RIVER_2],
    ]);
    let v4 = story(&[&[HEADLINE], &[RAIN, PUMPS, SANDBAGS], &[SHELTER, RECEDE]]);
    let h = history(vec![base(), v1, v2, v3, v4]);
    assert_eq!(
        events(&h, 0, 2),
        [
            (0, Some(2), Event::First),
            (1, Some(2), Event::Shared),
            (2, Some(2), Event::Modified),
            (3, Some(6), Event::Moved),
            (4, None, Event::Removed),
        ]
    );
    assert_eq!(h.thread_of(3, 6), h.thread_of(0, 2));
    assert_eq!(h.thread_of(4, 6), None);
    assert_eq!(h.steps().len(), 4);
}

#[test]
fn identical_versions_one_version_and_none() {
    let h = history(vec![base(), base(), base()]);
    assert!(h.is_identical());
    assert!(h.threads().iter().all(|t| !t.is_changed()));
    let one = history(vec![base()]);
    assert!(one.steps().is_empty());
    assert_eq!(one.threads().len(), 7);
    assert_eq!(one.thread_of(0, 6), Some(6));
    let none = history(Vec::new());
    assert!(none.versions().is_empty() && none.threads().is_empty() && none.is_identical());
}

/// Checks that every sentence of every version is in exactly one thread, that a thread has
/// one entry per version without gaps, starts with `first` (version 0) or `added` (later), and
/// ends at the last version or with its only `removed`.
fn check_invariants(h: &History) {
    let last = h.versions().len().saturating_sub(1);
    let mut seen: Vec<Vec<usize>> = h
        .versions()
        .iter()
        .map(|v| vec![0; v.sentences.len()])
        .collect();
    for (index, thread) in h.threads().iter().enumerate() {
        let entries = thread.entries();
        let start = entries[0].version;
        let expected_start = if start == 0 {
            Event::First
        } else {
            Event::Added
        };
        assert_eq!(entries[0].kind, expected_start);
        for (offset, entry) in entries.iter().enumerate() {
            assert_eq!(entry.version, start + offset, "thread {index} has a gap");
            if offset > 0 {
                assert!(!matches!(entry.kind, Event::First | Event::Added));
            }
            match entry.sentence {
                Some(s) => {
                    seen[entry.version][s] += 1;
                    assert_eq!(h.thread_of(entry.version, s), Some(index));
                }
                None => {
                    assert_eq!(entry.kind, Event::Removed);
                    assert_eq!(offset, entries.len() - 1, "removed must end the thread");
                }
            }
        }
        assert!(thread.removed_in().is_some() || thread.last_version() == last);
    }
    for (version, counts) in seen.iter().enumerate() {
        for (sentence, &count) in counts.iter().enumerate() {
            assert_eq!(count, 1, "version {version} sentence {sentence}");
        }
    }
}

#[test]
fn the_story_histories_keep_the_invariants() {
    let moved = story(&[
        &[HEADLINE],
        &[RAIN, RIVER, PUMPS],
        &[SHELTER, RECEDE, SANDBAGS],
    ]);
    let cut = story(&[&[HEADLINE, RAIN], &[SHELTER]]);
    check_invariants(&history(vec![base(), moved, cut.clone(), base(), cut]));
}

/// One edit of a list of sentences.
#[derive(Clone, Debug)]
enum Edit {
    Remove(usize),
    Insert(usize, usize),
    Reword(usize),
    Move(usize, usize),
    Split(usize),
    Merge(usize),
}

const POOL: [&str; 8] = [
    HEADLINE,
    RAIN,
    RIVER,
    PUMPS,
    SANDBAGS,
    SHELTER,
    RECEDE,
    "Schools \
     stayed closed on Tuesday.",
];

fn apply(sentences: &mut Vec<String>, edit: &Edit, counter: &mut usize) {
    let n = sentences.len();
    if n == 0 {
        sentences.push(POOL[*counter % POOL.len()].to_string());
        return;
    }
    *counter += 1;
    match *edit {
        Edit::Remove(i) => {
            sentences.remove(i % n);
        }
        Edit::Insert(i, p) => sentences.insert(i % (n + 1), POOL[p % POOL.len()].to_string()),
        Edit::Reword(i) => {
            let s = &mut sentences[i % n];
            *s = s.replacen(' ', &format!(" reportedly ({counter}) "), 1);
        }
        Edit::Move(i, j) => {
            let s = sentences.remove(i % n);
            sentences.insert(j % n, s);
        }
        Edit::Split(i) => {
            let s = sentences[i % n].trim_end_matches('.').to_string();
            if let Some(at) = s.find(" on ").or_else(|| s.find(", ")) {
                sentences[i % n] = format!("{}.", &s[..at]);
                sentences.insert(i % n + 1, format!("It was {}.", s[at..].trim()));
            }
        }
        Edit::Merge(i) if n > 1 => {
            let next = sentences.remove(i % (n - 1) + 1);
            let s = &mut sentences[i % (n - 1)];
            *s = format!("{}, and {}", s.trim_end_matches('.'), next);
        }
        Edit::Merge(_) => {}
    }
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::Remove),
        (any::<usize>(), any::<usize>()).prop_map(|(i, p)| Edit::Insert(i, p)),
        any::<usize>().prop_map(Edit::Reword),
        (any::<usize>(), any::<usize>()).prop_map(|(i, j)| Edit::Move(i, j)),
        any::<usize>().prop_map(Edit::Split),
        any::<usize>().prop_map(Edit::Merge),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_sentence_is_in_exactly_one_thread(
        versions in prop::collection::vec(prop::collection::vec(edit(), 0..4), 0..7)
    ) {
        let mut sentences: Vec<String> = POOL.iter().map(|s| s.to_string()).collect();
        let mut documents = vec![Arc::new(Document::from_text("v0", &sentences.join(" ")))];
        let mut counter = 0;
        for (k, edits) in versions.iter().enumerate() {
            for e in edits {
                apply(&mut sentences, e, &mut counter);
            }
            let text = sentences.join(if k % 2 == 0 { " " } else { "\n\n" });
            documents.push(Arc::new(Document::from_text(format!("v{}", k + 1), &text)));
        }
        let h = History::new(documents, &Options::default());
        check_invariants(&h);
    }
}
