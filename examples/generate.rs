//! Writes a generated article pair for trying Redline on long texts:
//! `cargo run --release --example generate -- 100000 original.txt revised.txt`; a fourth
//! argument `unrelated` writes two unrelated articles of the same size instead.

fn main() {
    let mut args = std::env::args().skip(1);
    let sentences: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let left = args.next().unwrap_or_else(|| "original.txt".into());
    let right = args.next().unwrap_or_else(|| "revised.txt".into());
    let (a, b) = match args.next().as_deref() {
        Some("unrelated") => redline::synth::unrelated_pair(sentences, 42),
        _ => redline::synth::article_pair(sentences, 42),
    };
    if let Err(e) = std::fs::write(&left, a).and_then(|_| std::fs::write(&right, b)) {
        eprintln!("generate: {e}");
        std::process::exit(2);
    }
}
