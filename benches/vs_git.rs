//! The whole `redline compare --format json` of the 100k-sentence pair (reading, comparing
//! and writing the report, as a user runs it) against `git diff --no-index --word-diff` on
//! the same files, side by side in one run: the goal is at most 0.8 times git's time.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};

/// Runs `program` with `args`, its output thrown away, and checks it ran.
fn run(program: &str, args: &[&Path]) {
    let status = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("starts");
    // Both exit 1: the files differ.
    assert_eq!(status.code(), Some(1), "{program} failed");
}

fn bench(c: &mut Criterion) {
    if Command::new("git").arg("--version").output().is_err() {
        eprintln!("vs_git: git is not installed; nothing to compare with");
        return;
    }
    let dir = tempfile::tempdir().expect("temporary folder");
    let (left, right) = redline::synth::article_pair(100_000, 42);
    let (a, b) = (
        dir.path().join("original.txt"),
        dir.path().join("revised.txt"),
    );
    std::fs::write(&a, left).expect("write the original");
    std::fs::write(&b, right).expect("write the revision");
    let redline = env!("CARGO_BIN_EXE_redline");
    let compare = [
        Path::new("compare"),
        Path::new("--format"),
        Path::new("json"),
    ];
    let diff = [
        Path::new("diff"),
        Path::new("--no-index"),
        Path::new("--word-diff"),
    ];
    let mut group = c.benchmark_group("100000_sentences_vs_git");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("redline_compare_json", |bench| {
        bench.iter(|| {
            run(
                redline,
                &[&compare[..], &[a.as_path(), b.as_path()]].concat(),
            )
        })
    });
    group.bench_function("git_diff_word_diff", |bench| {
        bench.iter(|| run("git", &[&diff[..], &[a.as_path(), b.as_path()]].concat()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
