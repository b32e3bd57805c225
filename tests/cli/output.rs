//! Where the report goes: never over an input, files replaced atomically, and a closed or
//! failing standard output reported instead of lost.

use std::fs;
use std::os::unix::fs::FileTypeExt;
use std::path::PathBuf;
use std::process::{Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use super::{mkfifo, redline, write};

/// The binary, for runs through a shell or with standard output set by hand.
const REDLINE: &str = env!("CARGO_BIN_EXE_redline");

/// Standard error, checked to be exactly one line.
fn one_line(output: &Output) -> String {
    let stderr = String::from_utf8(output.stderr.clone()).unwrap();
    assert!(stderr.ends_with('\n'), "{stderr:?}");
    assert_eq!(stderr.lines().count(), 1, "{stderr:?}");
    stderr
}

/// The names in a folder, sorted.
fn names(dir: &tempfile::TempDir) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn output_through_a_link_to_an_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(&dir, "a.txt", b"One. Two.");
    let b = write(&dir, "b.txt", b"One. Three.");
    let hard = dir.path().join("hard.txt");
    fs::hard_link(&a, &hard).unwrap();
    let soft = dir.path().join("soft.txt");
    std::os::unix::fs::symlink(&b, &soft).unwrap();
    for output in [&hard, &soft] {
        let assert = redline()
            .args(["compare", "--output"])
            .arg(output)
            .arg(&a)
            .arg(&b)
            .assert()
            .code(2);
        assert_eq!(
            one_line(assert.get_output()),
            format!(
                "redline: {}: refusing to overwrite an input file\n",
                output.display()
            )
        );
    }
    assert_eq!(fs::read(&a).unwrap(), b"One. Two.");
    assert_eq!(fs::read(&b).unwrap(), b"One. Three.");
}

#[test]
fn a_report_file_is_replaced_whole_and_links_are_followed() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(&dir, "a.txt", b"One. Two.");
    let b = write(&dir, "b.txt", b"One. Three.");
    let older = b"an older, much longer report\n".repeat(100);
    let report = write(&dir, "report.txt", &older);
    redline()
        .args(["compare", "--output"])
        .arg(&report)
        .arg(&a)
        .arg(&b)
        .assert()
        .code(1);
    let text = fs::read_to_string(&report).unwrap();
    assert!(
        text.starts_with("--- a.txt") && text.contains("+ Three."),
        "{text}"
    );
    assert!(!text.contains("older"), "{text}");
    // Through a symbolic link the file it points to is updated and the link stays a link.
    let link = dir.path().join("latest.txt");
    std::os::unix::fs::symlink(&report, &link).unwrap();
    redline()
        .args(["compare", "--format", "json", "--output"])
        .arg(&link)
        .arg(&a)
        .arg(&b)
        .assert()
        .code(1);
    assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
    assert!(fs::read_to_string(&report).unwrap().starts_with('{'));
    // No temporary file is left behind.
    assert_eq!(names(&dir), ["a.txt", "b.txt", "latest.txt", "report.txt"]);
}

#[test]
fn a_failed_output_exits_2_with_one_line_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(&dir, "a.txt", b"One. Two.");
    let b = write(&dir, "b.txt", b"One. Three.");
    let taken = dir.path().join("taken");
    fs::create_dir(&taken).unwrap();
    for output in [
        PathBuf::from("/dev/full/report.txt"),
        dir.path().join("missing/report.txt"),
        // The temporary file is written, then cannot be renamed over a folder.
        taken,
    ] {
        let assert = redline()
            .args(["compare", "--output"])
            .arg(&output)
            .arg(&a)
            .arg(&b)
            .assert()
            .code(2);
        let stderr = one_line(assert.get_output());
        let expected = format!("redline: {}: cannot write (", output.display());
        assert!(stderr.starts_with(&expected), "{stderr}");
        assert!(assert.get_output().stdout.is_empty());
    }
    assert_eq!(names(&dir), ["a.txt", "b.txt", "taken"]);
}

#[test]
fn a_full_disk_keeps_the_previous_report() {
    let dir = tempfile::tempdir().unwrap();
    let long: String = (0..5000)
        .map(|i| format!("Sentence {i} is here.\n"))
        .collect();
    let long = write(&dir, "long.txt", long.as_bytes());
    let short = write(&dir, "short.txt", b"Sentence 1 is here.");
    let report = write(&dir, "report.txt", b"the previous report\n");
    // A file size limit of a few kilobytes stands in for a full disk: writing past it fails
    // with EFBIG (the signal it would raise is ignored).
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(r#"trap '' XFSZ; ulimit -f 8; exec "$0" compare --output "$1" "$2" "$3""#)
        .arg(REDLINE)
        .arg(&report)
        .arg(&long)
        .arg(&short)
        .output()
        .expect("sh runs");
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = one_line(&output);
    let expected = format!("redline: {}: cannot write (", report.display());
    assert!(stderr.starts_with(&expected), "{stderr}");
    assert_eq!(
        fs::read_to_string(&report).unwrap(),
        "the previous report\n"
    );
    assert_eq!(names(&dir), ["long.txt", "report.txt", "short.txt"]);
}

#[test]
fn a_named_pipe_as_output_is_written_into() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(&dir, "a.txt", b"One. Two.");
    let b = write(&dir, "b.txt", b"One. Three.");
    let fifo = mkfifo(&dir, "report.fifo");
    let (sender, received) = mpsc::channel();
    let reader = fifo.clone();
    // If the pipe were replaced instead of written into, this thread would wait forever: it
    // is left behind and the timeout below fails the test.
    std::thread::spawn(move || {
        let _ = sender.send(fs::read_to_string(reader));
    });
    redline()
        .args(["compare", "--output"])
        .arg(&fifo)
        .arg(&a)
        .arg(&b)
        .timeout(Duration::from_secs(5))
        .assert()
        .code(1);
    let text = received
        .recv_timeout(Duration::from_secs(5))
        .expect("the report arrives through the pipe")
        .unwrap();
    assert!(text.contains("+ Three."), "{text}");
    assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn a_closed_standard_output_is_an_error_not_silence() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(&dir, "a.txt", b"One. Two.");
    let b = write(&dir, "b.txt", b"One. Three.");
    let report = dir.path().join("report.txt");
    // The shell closes descriptor 1, then becomes redline.
    let closed = |script: &str| {
        std::process::Command::new("sh")
            .arg("-c")
            .arg(script)
            .arg(REDLINE)
            .arg(&a)
            .arg(&b)
            .arg(&report)
            .output()
            .expect("sh runs")
    };
    let output = closed(r#"exec "$0" compare "$1" "$2" >&-"#);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert_eq!(
        one_line(&output),
        "redline: cannot write to standard output (it is closed)\n"
    );
    // Standard output is not needed with --output.
    let output = closed(r#"exec "$0" compare --output "$3" "$1" "$2" >&-"#);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(fs::read_to_string(&report).unwrap().contains("+ Three."));
}

#[test]
fn a_full_standard_output_exits_2_and_a_broken_pipe_stays_silent() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(&dir, "a.txt", b"One. Two.");
    let b = write(&dir, "b.txt", b"One. Three.");
    let full = fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let output = std::process::Command::new(REDLINE)
        .arg("compare")
        .arg(&a)
        .arg(&b)
        .stdout(Stdio::from(full))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = one_line(&output);
    assert!(
        stderr.starts_with("redline: standard output: cannot write ("),
        "{stderr}"
    );
    // A report larger than a pipe's buffer, so that writing surely meets the closed end.
    let long: String = (0..5000)
        .map(|i| format!("Sentence {i} is here.\n"))
        .collect();
    let long = write(&dir, "long.txt", long.as_bytes());
    let mut child = std::process::Command::new(REDLINE)
        .arg("compare")
        .arg(&long)
        .arg(&a)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away, as `| head` does.
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(output.stderr.is_empty(), "{output:?}");
}
