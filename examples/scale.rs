//! Prints timing, peak memory and counts for one comparison of a generated pair:
//! `cargo run --release --example scale -- 100000`.

use std::sync::Arc;
use std::time::Instant;

use redline::compare::{Comparison, Options};
use redline::load::Document;

/// Peak resident memory of this process in bytes (Linux), if known.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn main() {
    let sentences: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let (left, right) = redline::synth::article_pair(sentences, 42);
    let left = Arc::new(Document::from_text("original.txt", &left));
    let right = Arc::new(Document::from_text("revised.txt", &right));
    let input = (left.text.len() + right.text.len()) as u64;
    let before = peak_rss().unwrap_or(0);
    let start = Instant::now();
    let comparison = Comparison::new(left, right, &Options::default());
    let compared = start.elapsed();
    let mut out = Vec::new();
    redline::report::json::write(&comparison, &mut out).expect("writes to memory");
    let total = start.elapsed();
    let after = peak_rss().unwrap_or(0);
    let s = comparison.summary;
    println!(
        "input: {:.1} MB ({} + {} sentences)",
        input as f64 / 1e6,
        comparison.left.sentences.len(),
        comparison.right.sentences.len()
    );
    println!(
        "compare: {:.1} ms; with JSON ({:.1} MB): {:.1} ms",
        compared.as_secs_f64() * 1e3,
        out.len() as f64 / 1e6,
        total.as_secs_f64() * 1e3
    );
    println!(
        "peak memory: {:.1} MB before, {:.1} MB after ({:.1}x input)",
        before as f64 / 1e6,
        after as f64 / 1e6,
        after as f64 / input as f64
    );
    println!(
        "rows: {} shared, {} modified, {} moved, {} removed, {} added; similarity {:.3}",
        s.shared, s.modified, s.moved, s.removed, s.added, s.similarity
    );
}
