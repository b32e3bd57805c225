//! The `redline compare` command as a user runs it: exit codes, formats and bad input.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

/// Where the report goes: `--output` files and standard output, and how each can fail.
#[cfg(unix)]
#[path = "cli/output.rs"]
mod output;

fn redline() -> Command {
    let mut cmd = Command::cargo_bin("redline").expect("binary builds");
    cmd.env_remove("NO_COLOR");
    cmd
}

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(name)
}

fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    fs::write(&path, bytes).expect("write fixture");
    path
}

/// Makes a named pipe with the `mkfifo` command.
#[cfg(unix)]
fn mkfifo(dir: &tempfile::TempDir, name: &str) -> PathBuf {
    let path = dir.path().join(name);
    let made = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo failed");
    path
}

#[test]
fn exit_status_is_0_for_same_and_1_for_different() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        &dir,
        "a.txt",
        b"The vote was 7-4. The mayor will sign it.\n",
    );
    let rewrapped = write(
        &dir,
        "b.txt",
        b"The vote  was 7-4.\nThe mayor will\nsign it.",
    );
    let changed = write(
        &dir,
        "c.txt",
        b"The vote was 7-5. The mayor will sign it.\n",
    );
    redline()
        .args(["compare"])
        .arg(&a)
        .arg(&rewrapped)
        .assert()
        .code(0);
    redline()
        .args(["compare"])
        .arg(&a)
        .arg(&changed)
        .assert()
        .code(1);
    redline()
        .arg("compare")
        .arg(sample("original.txt"))
        .arg(sample("revised.txt"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("~ ").and(predicate::str::contains("% similar")));
}

#[test]
fn options_change_what_counts_as_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(&dir, "a.txt", "“The Vote,” she said — today.".as_bytes());
    let b = write(&dir, "b.txt", "\"the vote\" she said - today".as_bytes());
    redline().arg("compare").arg(&a).arg(&b).assert().code(1);
    redline()
        .args(["compare", "--ignore-case", "--ignore-punctuation"])
        .arg(&a)
        .arg(&b)
        .assert()
        .code(0);
    let c = write(&dir, "c.txt", "\"The Vote,\" she said - today.".as_bytes());
    redline().arg("compare").arg(&a).arg(&c).assert().code(1);
    redline()
        .args(["compare", "--plain-typography"])
        .arg(&a)
        .arg(&c)
        .assert()
        .code(0);
}

#[test]
fn json_has_the_documented_shape() {
    let out = redline()
        .args(["compare", "--format", "json"])
        .arg(sample("original.txt"))
        .arg(sample("revised.txt"))
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let json: Value = serde_json::from_slice(&out).expect("valid JSON");
    assert_eq!(json["format_version"], 1);
    let left_text = fs::read_to_string(sample("original.txt")).unwrap();
    let left = &json["left"];
    assert_eq!(left["encoding"], "UTF-8");
    assert_eq!(left["name"], "original.txt");
    for sentence in left["sentences"].as_array().unwrap() {
        let (start, end) = (
            sentence["start"].as_u64().unwrap() as usize,
            sentence["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(sentence["text"].as_str().unwrap(), &left_text[start..end]);
        assert!(sentence["paragraph"].is_u64());
    }
    let rows = json["rows"].as_array().unwrap();
    let kinds: Vec<&str> = rows.iter().map(|r| r["kind"].as_str().unwrap()).collect();
    for kind in ["shared", "modified", "moved", "removed", "added"] {
        assert!(kinds.contains(&kind), "sample has a {kind} row");
    }
    for row in rows {
        assert!(row["left"].is_u64() || row["left"].is_null());
        assert!(row["right"].is_u64() || row["right"].is_null());
        assert!(row["similarity"].is_f64() || row["similarity"].is_u64());
        for change in row["left_changes"].as_array().unwrap() {
            let (s, e) = (
                change[0].as_u64().unwrap() as usize,
                change[1].as_u64().unwrap() as usize,
            );
            assert!(s < e && e <= left_text.len());
        }
        assert!(row["right_changes"].is_array());
    }
    let summary = &json["summary"];
    assert_eq!(summary["identical"], false);
    let counted: u64 = ["shared", "modified", "moved", "removed", "added"]
        .iter()
        .map(|k| summary[k].as_u64().unwrap())
        .sum();
    assert_eq!(counted as usize, rows.len());
    assert!(summary["similarity"].as_f64().unwrap() > 0.5);
}

#[test]
fn html_report_escapes_article_text() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        &dir,
        "a.txt",
        b"The page said <script>alert('x')</script> & more.\n",
    );
    let b = write(&dir, "b.txt", b"The page said <b>nothing</b> & more.\n");
    let out = dir.path().join("report.html");
    redline()
        .args(["compare", "--format", "html", "--output"])
        .arg(&out)
        .arg(&a)
        .arg(&b)
        .assert()
        .code(1);
    let html = fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("<script>") && !html.contains("<b>nothing"));
    // Changed words are wrapped in <mark>; the text inside and around them is escaped.
    let text = html.replace("<mark>", "").replace("</mark>", "");
    for escaped in [
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
        "&lt;b&gt;nothing&lt;/b&gt;",
    ] {
        assert!(text.contains(escaped), "{escaped} missing");
    }
    assert!(html.contains("&amp; more."));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let args = |extra: &[&str]| {
        let mut cmd = redline();
        cmd.arg("compare")
            .args(extra)
            .arg(sample("original.txt"))
            .arg(sample("revised.txt"));
        cmd.assert().code(1).get_output().stdout.clone()
    };
    assert!(
        !String::from_utf8(args(&[])).unwrap().contains('\x1b'),
        "piped output is plain"
    );
    assert!(
        String::from_utf8(args(&["--color", "always"]))
            .unwrap()
            .contains("\x1b[")
    );
    let plain = String::from_utf8(args(&["--color", "never"])).unwrap();
    assert!(
        plain.contains("[-") && plain.contains("{+"),
        "changed words marked without colour"
    );
}

#[test]
fn bad_inputs_exit_2_with_one_readable_line() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(&dir, "good.txt", b"Fine.");
    let binary = write(
        &dir,
        "image.png",
        &[0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xff],
    );
    let huge = dir.path().join("huge.txt");
    fs::File::create(&huge)
        .unwrap()
        .set_len(redline::load::MAX_FILE_BYTES + 1)
        .unwrap();
    let cases: [(&Path, &str); 5] = [
        (&dir.path().join("missing.txt"), "no such file"),
        (dir.path(), "is a folder"),
        (&binary, "binary"),
        (&huge, "limit"),
        (Path::new("/dev/null"), "is not a regular file"),
    ];
    for (path, message) in cases {
        let assert = redline()
            .arg("compare")
            .arg(&good)
            .arg(path)
            .assert()
            .code(2);
        let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
        assert!(stderr.contains(message), "{stderr}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        assert!(assert.get_output().stdout.is_empty());
    }
}

#[test]
fn empty_and_legacy_files_are_valid_input() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write(&dir, "empty.txt", b"");
    let also_empty = write(&dir, "blank.txt", b"\n \n");
    let (latin, _, _) =
        encoding_rs::WINDOWS_1252.encode("Le café a fermé. Les prix ont augmenté de 5 %.");
    let legacy = write(&dir, "legacy.txt", &latin);
    redline()
        .arg("compare")
        .arg(&empty)
        .arg(&also_empty)
        .assert()
        .code(0);
    let out = redline()
        .args(["compare", "--format", "json"])
        .arg(&empty)
        .arg(&legacy)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let json: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(json["right"]["encoding"], "windows-1252");
    assert_eq!(json["right"]["sentences"][0]["text"], "Le café a fermé.");
    assert_eq!(json["summary"]["added"], 2);
}

#[test]
fn output_never_overwrites_an_article_and_bad_flags_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(&dir, "a.txt", b"One. Two.");
    let b = write(&dir, "b.txt", b"One. Three.");
    redline()
        .args(["compare", "--output"])
        .arg(&a)
        .arg(&a)
        .arg(&b)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("refusing to overwrite"));
    assert_eq!(fs::read_to_string(&a).unwrap(), "One. Two.");
    redline()
        .args(["compare", "--threshold", "1.5"])
        .arg(&a)
        .arg(&b)
        .assert()
        .code(2);
    redline()
        .args(["compare", "--format", "pdf"])
        .arg(&a)
        .arg(&b)
        .assert()
        .code(2);
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(&dir, "a.txt", b"The vote was close. Results follow.\n");
    let b = write(
        &dir,
        "b.txt",
        b"The vote was close.\x1b]0;pwned\x07\x1b[2J Results follow now.\n",
    );
    let out = redline()
        .args(["compare", "--color", "never"])
        .arg(&a)
        .arg(&b)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(!text.contains('\x1b') && !text.contains('\x07'), "{text:?}");
    assert!(text.contains("Results follow now."));
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_at_once_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(&dir, "good.txt", b"Fine.");
    let fifo = mkfifo(&dir, "pipe.txt");
    // Opening the pipe used to wait forever for a writer: the timeout turns that into a failure.
    let assert = redline()
        .arg("compare")
        .arg(&fifo)
        .arg(&good)
        .timeout(std::time::Duration::from_secs(5))
        .assert()
        .code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert_eq!(
        stderr,
        format!(
            "redline: {}: is not a regular file (a named pipe, device or socket)\n",
            fifo.display()
        )
    );
}

#[test]
fn compare_takes_two_files_only() {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<PathBuf> = ["x.txt", "y.txt", "z.txt"]
        .iter()
        .map(|name| write(&dir, name, b"Text."))
        .collect();
    redline()
        .arg("compare")
        .args(&paths)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unexpected argument")
                .and(predicate::str::contains("Usage: redline compare")),
        );
}
