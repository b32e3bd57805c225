//! The segmentation case table: inputs and the sentences an editor expects.

use super::segment;

pub(super) fn split(text: &str) -> Vec<&str> {
    segment(text).iter().map(|s| &text[s.range()]).collect()
}

/// Runs a table and reports every failing case at once.
pub(super) fn check(cases: &[(&str, &[&str])]) {
    let failures: Vec<String> = cases
        .iter()
        .filter(|(text, expected)| split(text) != *expected)
        .map(|(text, expected)| {
            format!(
                "{text:?}\n  expected {expected:?}\n  got      {:?}",
                split(text)
            )
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn news_prose() {
    check(&[
        // Titles, initials and states in AP style.
        (
            "Sen. Tom Udall, D-N.M., said Tuesday the vote was 52-48. He left at 3:35 p.m. The bill passed.",
            &[
                "Sen. Tom Udall, D-N.M., said Tuesday the vote was 52-48.",
                "He left at 3:35 p.m.",
                "The bill passed.",
            ],
        ),
        (
            "Lt. Col. Jane Smith arrived at 10 a.m. on Jan. 5. She met Gen. Mark Milley.",
            &[
                "Lt. Col. Jane Smith arrived at 10 a.m. on Jan. 5.",
                "She met Gen. Mark Milley.",
            ],
        ),
        (
            "The bill was sponsored by Rep. Ana Ruiz, D-Calif. It passed 52-48.",
            &[
                "The bill was sponsored by Rep. Ana Ruiz, D-Calif.",
                "It passed 52-48.",
            ],
        ),
        (
            "The talks took place in Washington, D.C. The next round is in Geneva.",
            &[
                "The talks took place in Washington, D.C.",
                "The next round is in Geneva.",
            ],
        ),
        (
            "Shares of Apple Inc. rose 2.5% to $191.20 on Friday. Analysts were surprised.",
            &[
                "Shares of Apple Inc. rose 2.5% to $191.20 on Friday.",
                "Analysts were surprised.",
            ],
        ),
        (
            "He lives at No. 10 Downing St. in London.",
            &["He lives at No. 10 Downing St. in London."],
        ),
        (
            "The first bell would move from 7:25 a.m. to 8:30 a.m. Supporters cite research on sleep.",
            &[
                "The first bell would move from 7:25 a.m. to 8:30 a.m.",
                "Supporters cite research on sleep.",
            ],
        ),
        (
            "The polls close at 8 p.m. EST on Tuesday. Results follow at 9 p.m. Wednesday.",
            &[
                "The polls close at 8 p.m. EST on Tuesday.",
                "Results follow at 9 p.m. Wednesday.",
            ],
        ),
        (
            "The call began at 3:35 pm (2035 GMT). It lasted 50 minutes.",
            &[
                "The call began at 3:35 pm (2035 GMT).",
                "It lasted 50 minutes.",
            ],
        ),
        // Quotations and attribution.
        (
            "“We will not back down,” he said. “Never.”",
            &["“We will not back down,” he said.", "“Never.”"],
        ),
        (
            "“Only through do we believe that.” The Washington Newsday is a daily newspaper published in Washington, D.C.",
            &[
                "“Only through do we believe that.”",
                "The Washington Newsday is a daily newspaper published in Washington, D.C.",
            ],
        ),
        (
            "“Why now?” Smith asked. Nobody answered.",
            &["“Why now?” Smith asked.", "Nobody answered."],
        ),
        (
            "“Are you coming?” she asked.",
            &["“Are you coming?” she asked."],
        ),
        (
            "He said the plan was “dead on arrival.” Others disagreed.",
            &[
                "He said the plan was “dead on arrival.”",
                "Others disagreed.",
            ],
        ),
        (
            "The mayor (who spoke last) said little. (The vote follows.) Then they left.",
            &[
                "The mayor (who spoke last) said little.",
                "(The vote follows.)",
                "Then they left.",
            ],
        ),
        // Numbers, decimals and percentages.
        (
            "Inflation rose 2.5% in March. The bank raised rates by 0.25 points.",
            &[
                "Inflation rose 2.5% in March.",
                "The bank raised rates by 0.25 points.",
            ],
        ),
        (
            "Putin seized Crimea in 2014. Around 100,000 troops are stationed there.",
            &[
                "Putin seized Crimea in 2014.",
                "Around 100,000 troops are stationed there.",
            ],
        ),
        (
            "He scored in 2014. 15 people were hurt.",
            &["He scored in 2014.", "15 people were hurt."],
        ),
        // Multi-byte openers and spaces right before a number or an initial.
        (
            "Er sagte „3. Dann ging er.",
            &["Er sagte „3.", "Dann ging er."],
        ),
        (
            "Choose «12. Then go home.",
            &["Choose «12.", "Then go home."],
        ),
        (
            "Hello “A. The end is near.",
            &["Hello “A. The end is near."],
        ),
        (
            "Er kam am\u{a0}3. Januar an. Dann ging er.",
            &["Er kam am\u{a0}3. Januar an.", "Dann ging er."],
        ),
        // Ellipses in quotations.
        (
            "He paused... Then he left.",
            &["He paused...", "Then he left."],
        ),
        ("He paused… then he left.", &["He paused… then he left."]),
        (
            "It was, he said, “a mistake … one we regret.”",
            &["It was, he said, “a mistake … one we regret.”"],
        ),
        // Dotted forms inside tokens.
        (
            "Visit example.com. It is free.",
            &["Visit example.com.", "It is free."],
        ),
        (
            "The Ph.D. candidate spoke. She was brief.",
            &["The Ph.D. candidate spoke.", "She was brief."],
        ),
        (
            "Version 2.0.1 shipped. It fixed 3 bugs.",
            &["Version 2.0.1 shipped.", "It fixed 3 bugs."],
        ),
    ]);
}

#[test]
fn paragraphs_and_headlines() {
    check(&[
        (
            "Biden and Putin discuss Ukraine\n\nThe leaders spoke on Thursday. They agreed to talk again.",
            &[
                "Biden and Putin discuss Ukraine",
                "The leaders spoke on Thursday.",
                "They agreed to talk again.",
            ],
        ),
        (
            "First paragraph without a period\n\nSecond paragraph",
            &["First paragraph without a period", "Second paragraph"],
        ),
        (
            "WASHINGTON (AP) — The Senate voted on Tuesday. The House follows.",
            &[
                "WASHINGTON (AP) — The Senate voted on Tuesday.",
                "The House follows.",
            ],
        ),
        (
            "# Council approves barrier\n\nThe vote was 5-2.",
            &["# Council approves barrier", "The vote was 5-2."],
        ),
        (
            "Key facts:\n- Cost: $412 million\n- Homes protected: 14,000\n",
            &[
                "Key facts:",
                "- Cost: $412 million",
                "- Homes protected: 14,000",
            ],
        ),
        (
            "他说：「今天先这样。」然后离开。好！",
            &["他说：「今天先这样。」", "然后离开。", "好！"],
        ),
        ("", &[]),
        ("  \n\n \n", &[]),
    ]);
}

#[test]
fn german_and_french() {
    check(&[
        (
            "Das Treffen findet am 3. Januar statt. Es kamen ca. 20 Personen.",
            &[
                "Das Treffen findet am 3. Januar statt.",
                "Es kamen ca. 20 Personen.",
            ],
        ),
        (
            "Er nannte z. B. Berlin und Hamburg. Dr. Müller widersprach.",
            &[
                "Er nannte z. B. Berlin und Hamburg.",
                "Dr. Müller widersprach.",
            ],
        ),
        (
            "Im 19. Jahrhundert wuchs die Stadt stark. Heute leben hier ca. 2 Mio. Menschen.",
            &[
                "Im 19. Jahrhundert wuchs die Stadt stark.",
                "Heute leben hier ca. 2 Mio. Menschen.",
            ],
        ),
        (
            "Die Sitzung ist am 12. Februar. Das Haus Nr. 5 bleibt geschlossen.",
            &[
                "Die Sitzung ist am 12. Februar.",
                "Das Haus Nr. 5 bleibt geschlossen.",
            ],
        ),
        (
            "Betroffen sind u. a. Schulen und Kitas. Der Senat entscheidet am Freitag.",
            &[
                "Betroffen sind u. a. Schulen und Kitas.",
                "Der Senat entscheidet am Freitag.",
            ],
        ),
        (
            "Der 2. Weltkrieg endete 1945. Die Stadt lag in Trümmern.",
            &[
                "Der 2. Weltkrieg endete 1945.",
                "Die Stadt lag in Trümmern.",
            ],
        ),
        (
            "„Wir machen weiter“, sagte sie. „Das ist klar.“",
            &["„Wir machen weiter“, sagte sie.", "„Das ist klar.“"],
        ),
        (
            "M. Dupont est arrivé à 9 h. Il a parlé aux journalistes.",
            &[
                "M. Dupont est arrivé à 9 h.",
                "Il a parlé aux journalistes.",
            ],
        ),
        (
            "Le projet coûte env. 3 millions d’euros, etc. Mais il est financé.",
            &[
                "Le projet coûte env. 3 millions d’euros, etc.",
                "Mais il est financé.",
            ],
        ),
    ]);
}

#[test]
fn an_ellipsis_character_before_spaced_dots_is_split_cleanly() {
    let text = "Hmm…. . . . Then he left.";
    let sentences = split(text);
    assert_eq!(sentences.first(), Some(&"Hmm…"));
    assert_eq!(sentences.last(), Some(&"Then he left."));
}
