//! The command line on real inputs: one story as a web page, a Word draft, a PDF (also in
//! two columns) and plain text compares the same; pages fetched from a local server
//! (127.0.0.1 only); the ignore list; and every bad input named in one line with status 2.

mod builders;
mod server;

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use redline::load::{self, LoadError};
use server::serve;

const V1: &str = include_str!("data/inputs/story-v1.txt");
const V2: &str = include_str!("data/inputs/story-v2.txt");

fn redline() -> Command {
    let mut cmd = Command::cargo_bin("redline").expect("binary builds");
    cmd.env("NO_COLOR", "1");
    cmd
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/inputs")
        .join(name)
}

/// Runs `compare --format json` and returns the status and the document.
fn compare_json(left: &str, right: &str, extra: &[&str]) -> (i32, serde_json::Value) {
    let output = redline()
        .args(["compare", left, right, "--format", "json"])
        .args(extra)
        .output()
        .expect("runs");
    let json = serde_json::from_slice(&output.stdout).unwrap_or(serde_json::Value::Null);
    (output.status.code().unwrap_or(-1), json)
}

fn sentences(json: &serde_json::Value, side: &str) -> Vec<String> {
    json[side]["sentences"]
        .as_array()
        .expect("sentences")
        .iter()
        .map(|s| s["text"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn one_story_in_every_format_compares_like_its_plain_text() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: Vec<u8>| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.display().to_string()
    };
    let txt = [data("story-v1.txt"), data("story-v2.txt")].map(|p| p.display().to_string());
    let html = [data("story-v1.html"), data("story-v2.html")].map(|p| p.display().to_string());
    let docx = [
        write("v1.docx", builders::docx_from_text(V1)),
        write("v2.docx", builders::docx_from_text(V2)),
    ];
    let pdf = [
        write("v1.pdf", builders::pdf_from_text(V1)),
        write("v2.pdf", builders::pdf_from_text(V2)),
    ];
    let columns = [
        write("v1-columns.pdf", builders::pdf_two_columns_from_text(V1)),
        write("v2-columns.pdf", builders::pdf_two_columns_from_text(V2)),
    ];
    let (status, plain) = compare_json(&txt[0], &txt[1], &[]);
    assert_eq!(status, 1);
    for format in [&html, &docx, &pdf, &columns] {
        // The same version in two formats: no difference at all.
        let (status, same) = compare_json(&txt[0], &format[0], &[]);
        assert_eq!(status, 0, "{} vs {}: {}", txt[0], format[0], same["rows"]);
        assert_eq!(sentences(&same, "right"), sentences(&plain, "left"));
    }
    // Two versions, mixed formats: the plain text's rows and summary.
    for (left, right) in [
        (&html[0], &docx[1]),
        (&pdf[0], &html[1]),
        (&docx[0], &pdf[1]),
        (&columns[0], &html[1]),
        (&pdf[0], &columns[1]),
    ] {
        let (status, mixed) = compare_json(left, right, &[]);
        assert_eq!(status, 1);
        // Byte offsets of facts differ where formats break paragraphs differently; their kinds
        // and texts may not.
        assert_eq!(
            without_fact_ranges(&mixed["rows"]),
            without_fact_ranges(&plain["rows"]),
            "{left} vs {right}"
        );
        assert_eq!(mixed["summary"], plain["summary"]);
    }
    let (_, json) = compare_json(&html[0], &pdf[1], &[]);
    assert_eq!(json["left"]["format"], "html");
    assert_eq!(json["right"]["format"], "pdf");
    assert_eq!(json["left"]["meta"]["byline"], "Jenna Morales");
    assert_eq!(json["left"]["meta"]["updated"], "2025-03-08T16:05:00Z");
    assert_eq!(json["left"]["meta"]["published"], "2025-03-08T14:00:00Z");
}

#[test]
fn ignored_sentences_never_count_as_changes() {
    let dir = tempfile::tempdir().unwrap();
    let left = dir.path().join("a.txt");
    let right = dir.path().join("b.txt");
    let body = "The ferry terminal will close on Monday.\n\nRepairs will take six weeks.\n";
    std::fs::write(
        &left,
        format!("Updated 11:05 a.m.\n\n{body}\nAdvertisement\n"),
    )
    .unwrap();
    std::fs::write(
        &right,
        format!("Updated 2:40 p.m.\n\n{body}\nSign up for The Harbor Briefing\n"),
    )
    .unwrap();
    let [left, right] = [&left, &right].map(|p| p.display().to_string());
    let (status, _) = compare_json(&left, &right, &[]);
    assert_eq!(status, 1);
    let (status, json) = compare_json(&left, &right, &["--ignore-preset", "newsroom"]);
    assert_eq!(status, 0, "{}", json["rows"]);
    assert_eq!(json["summary"]["ignored"], 3);
    assert_eq!(json["summary"]["shared"], 2);
    let ignored: Vec<bool> = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ignored"] == true)
        .collect();
    assert_eq!(ignored.iter().filter(|&&i| i).count(), 3);
    assert!(
        json["options"]["ignore_sentences"]
            .as_array()
            .is_some_and(|a| a.len() == 5)
    );
    // Only the ads: the timestamps and the prompt still differ.
    let (status, json) = compare_json(&left, &right, &["--ignore-sentences", "^Advertisement$"]);
    assert_eq!((status, json["summary"]["ignored"].as_u64()), (1, Some(1)));
    // The text report shows them apart.
    let output = redline()
        .args(["compare", &left, &right, "--ignore-preset", "timestamps"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("1 ignored"), "{text}");
    redline()
        .args(["compare", &left, &right, "--ignore-sentences", "(unclosed"])
        .assert()
        .code(2);
    redline()
        .args(["compare", &left, &right, "--ignore-preset", "weather"])
        .assert()
        .code(2);
}

#[test]
fn pages_are_fetched_by_address() {
    let base = serve(Duration::from_secs(20));
    let (status, json) = compare_json(&format!("{base}/story-v1"), &format!("{base}/moved"), &[]);
    assert_eq!(status, 1);
    assert_eq!(json["left"]["source"], format!("{base}/story-v1"));
    assert_eq!(json["left"]["format"], "html");
    assert_eq!(json["right"]["meta"]["updated"], "2025-03-08T19:40:00Z");
    assert_eq!(json["summary"]["added"], 2);
    let latin = load::fetch(&format!("{base}/latin1")).expect("fetches");
    assert_eq!(latin.text, "Café crème on the menu again.");
    assert_eq!(latin.encoding, "windows-1252");
    assert_eq!(
        latin.meta.url.as_deref(),
        Some(format!("{base}/latin1").as_str())
    );
}

#[test]
fn fetch_failures_are_named_with_status_2() {
    let base = serve(Duration::from_secs(20));
    let story = data("story-v1.txt").display().to_string();
    for (path, message) in [
        ("/missing", "HTTP 404 Not Found".to_string()),
        ("/loop", "too many redirects (more than 10)".to_string()),
    ] {
        let url = format!("{base}{path}");
        redline()
            .args(["compare", &url, &story])
            .assert()
            .code(2)
            .stderr(format!("redline: {url}: {message}\n"));
    }
    redline()
        .args(["compare", "ftp://127.0.0.1/story.txt", &story])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "ftp://127.0.0.1/story.txt: not a web address Redline opens",
        ));
}

#[test]
fn a_server_that_never_answers_times_out() {
    let base = serve(Duration::from_secs(15));
    let url = format!("{base}/hang");
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let options = load::fetch::FetchOptions {
            timeout: Duration::from_secs(1),
        };
        let _ = sender.send(load::fetch::fetch_with(&url, options));
    });
    let result = receiver
        .recv_timeout(Duration::from_secs(10))
        .expect("the fetch gives up instead of hanging");
    assert!(
        matches!(result, Err(LoadError::Timeout { seconds: 1, .. })),
        "{result:?}"
    );
}

/// `rows` with the byte ranges of their facts left out.
fn without_fact_ranges(rows: &serde_json::Value) -> serde_json::Value {
    let mut rows = rows.clone();
    for row in rows.as_array_mut().into_iter().flatten() {
        for fact in row["facts"].as_array_mut().into_iter().flatten() {
            if let Some(fact) = fact.as_object_mut() {
                fact.remove("left_range");
                fact.remove("right_range");
            }
        }
    }
    rows
}
