//! The segmentation case table: inputs and the sentences an editor expects.

use super::segment;

fn split(text: &str) -> Vec<&str> {
    segment(text).iter().map(|s| &text[s.range()]).collect()
}

/// Runs a table and reports every failing case at once.
fn check(cases: &[(&str, &[&str])]) {
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
fn standard_english_rules() {
    check(&[
        (
            "Hello World. My name is Jonas.",
            &["Hello World.", "My name is Jonas."],
        ),
        (
            "What is your name? My name is Jonas.",
            &["What is your name?", "My name is Jonas."],
        ),
        ("There it is! I found it.", &["There it is!", "I found it."]),
        (
            "My name is Jonas E. Smith.",
            &["My name is Jonas E. Smith."],
        ),
        ("Please turn to p. 55.", &["Please turn to p. 55."]),
        (
            "Were Jane and co. at the party?",
            &["Were Jane and co. at the party?"],
        ),
        (
            "They closed the deal with Pitt, Briggs & Co. at noon.",
            &["They closed the deal with Pitt, Briggs & Co. at noon."],
        ),
        (
            "Let's ask Jane and co. They should know.",
            &["Let's ask Jane and co.", "They should know."],
        ),
        (
            "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
            &[
                "They closed the deal with Pitt, Briggs & Co.",
                "It closed yesterday.",
            ],
        ),
        (
            "I can see Mt. Fuji from here.",
            &["I can see Mt. Fuji from here."],
        ),
        (
            "St. Michael's Church is on 5th st. near the light.",
            &["St. Michael's Church is on 5th st. near the light."],
        ),
        ("That is JFK Jr.'s book.", &["That is JFK Jr.'s book."]),
        (
            "I visited the U.S.A. last year.",
            &["I visited the U.S.A. last year."],
        ),
        (
            "I live in the E.U. How about you?",
            &["I live in the E.U.", "How about you?"],
        ),
        (
            "I live in the U.S. How about you?",
            &["I live in the U.S.", "How about you?"],
        ),
        (
            "I work for the U.S. Government in Virginia.",
            &["I work for the U.S. Government in Virginia."],
        ),
        (
            "I have lived in the U.S. for 20 years.",
            &["I have lived in the U.S. for 20 years."],
        ),
        (
            "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
            &[
                "At 5 a.m. Mr. Smith went to the bank.",
                "He left the bank at 6 P.M.",
                "Mr. Smith then went to the store.",
            ],
        ),
        (
            "She has $100.00 in her bag.",
            &["She has $100.00 in her bag."],
        ),
        (
            "She has $100.00. It is in her bag.",
            &["She has $100.00.", "It is in her bag."],
        ),
        (
            "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
            &[
                "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
            ],
        ),
        (
            "Her email is Jane.Doe@example.com. I sent her an email.",
            &["Her email is Jane.Doe@example.com.", "I sent her an email."],
        ),
        (
            "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
            &[
                "The site is: https://www.example.50.com/new-site/awesome_content.html.",
                "Please check it out.",
            ],
        ),
        (
            "She turned to him, 'This is great.' she said.",
            &["She turned to him, 'This is great.' she said."],
        ),
        (
            "She turned to him, \"This is great.\" she said.",
            &["She turned to him, \"This is great.\" she said."],
        ),
        (
            "She turned to him, \"This is great.\" She held the book out to show him.",
            &[
                "She turned to him, \"This is great.\"",
                "She held the book out to show him.",
            ],
        ),
        (
            "Hello!! Long time no see.",
            &["Hello!!", "Long time no see."],
        ),
        ("Hello?? Who is there?", &["Hello??", "Who is there?"]),
        ("Hello!? Is that you?", &["Hello!?", "Is that you?"]),
        ("Hello?! Is that you?", &["Hello?!", "Is that you?"]),
        (
            "1.) The first item 2.) The second item",
            &["1.) The first item", "2.) The second item"],
        ),
        (
            "1.) The first item. 2.) The second item.",
            &["1.) The first item.", "2.) The second item."],
        ),
        (
            "1) The first item 2) The second item",
            &["1) The first item", "2) The second item"],
        ),
        (
            "1) The first item. 2) The second item.",
            &["1) The first item.", "2) The second item."],
        ),
        (
            "1. The first item 2. The second item",
            &["1. The first item", "2. The second item"],
        ),
        (
            "1. The first item. 2. The second item.",
            &["1. The first item.", "2. The second item."],
        ),
        (
            "• 9. The first item • 10. The second item",
            &["• 9. The first item", "• 10. The second item"],
        ),
        (
            "⁃9. The first item ⁃10. The second item",
            &["⁃9. The first item", "⁃10. The second item"],
        ),
        (
            "a. The first item b. The second item c. The third list item",
            &[
                "a. The first item",
                "b. The second item",
                "c. The third list item",
            ],
        ),
        (
            "You can find it at N°. 1026.253.553. That is where the treasure is.",
            &[
                "You can find it at N°. 1026.253.553.",
                "That is where the treasure is.",
            ],
        ),
        (
            "She works at Yahoo! in the accounting department.",
            &["She works at Yahoo! in the accounting department."],
        ),
        (
            "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
            &[
                "We make a good team, you and I.",
                "Did you see Albert I. Jones yesterday?",
            ],
        ),
        (
            "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
            &[
                "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
            ],
        ),
        (
            "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
            &["\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."],
        ),
        (
            "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.",
            &[
                "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .",
                "Next sentence.",
            ],
        ),
        (
            "I never meant that.... She left the store.",
            &["I never meant that....", "She left the store."],
        ),
        (
            "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
            &[
                "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
            ],
        ),
        (
            "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .",
            &[
                "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.",
                ". . . The practice was not abandoned. . . .",
            ],
        ),
    ]);
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
