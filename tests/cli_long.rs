//! A long comparison from the command line, where the JSON report's sentences are written
//! while the rows are computed: the bytes are the report the library writes, and the exit
//! status still tells whether the texts differ when the reader stops early.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Arc;

use redline::compare::{Comparison, Options};
use redline::report;

/// A generated article and its revision, long enough (about 700 KB together) for the
/// comparison to run on two threads.
fn long_pair(dir: &tempfile::TempDir) -> (PathBuf, PathBuf) {
    let (left, right) = redline::synth::article_pair(3_000, 7);
    assert!(
        left.len() + right.len() > 512 * 1024,
        "long enough to overlap"
    );
    let (left_path, right_path) = (dir.path().join("wire.txt"), dir.path().join("rewrite.txt"));
    std::fs::write(&left_path, left).expect("write the original");
    std::fs::write(&right_path, right).expect("write the revision");
    (left_path, right_path)
}

fn redline() -> Command {
    Command::new(env!("CARGO_BIN_EXE_redline"))
}

#[test]
fn json_written_while_comparing_is_the_library_report() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let (left, right) = long_pair(&dir);
    let output = redline()
        .args(["compare", "--format", "json"])
        .args([&left, &right])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1), "the texts differ");
    let documents = (
        Arc::new(redline::load::open(&left).expect("loads")),
        Arc::new(redline::load::open(&right).expect("loads")),
    );
    let comparison = Comparison::new(documents.0, documents.1, &Options::default());
    let mut expected = Vec::new();
    report::json::write(&comparison, &mut expected).expect("writes to memory");
    assert!(output.stdout == expected, "the same bytes");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let rows = json["rows"].as_array().map_or(0, Vec::len);
    assert_eq!(rows, comparison.rows.len());
    assert!(
        comparison.summary.modified > 100,
        "{:?}",
        comparison.summary
    );
}

#[test]
fn a_reader_that_stops_early_still_gets_the_status() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let (left, right) = long_pair(&dir);
    let mut child = redline()
        .args(["compare", "--format", "json"])
        .args([&left, &right])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut start = [0u8; 100];
    child
        .stdout
        .take()
        .expect("piped")
        .read_exact(&mut start)
        .expect("reads the start");
    // The pipe is closed here, with most of the report unread.
    assert!(start.starts_with(b"{\"format_version\":1,\"left\":"));
    let output = child.wait_with_output().expect("ends");
    assert_eq!(output.status.code(), Some(1), "the texts differ");
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
