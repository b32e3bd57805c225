//! Speed of the full comparison (segmentation, alignment, moves, pairing, word changes) on
//! generated article pairs of 10,000 and 100,000 sentences, with and without JSON output, and
//! the worst case: two unrelated articles against a revised pair of the same size (the goal:
//! at most 2.5 times as long).

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use redline::compare::{Comparison, Options};
use redline::load::Document;
use redline::report;

/// The allocator the `redline` binary runs with.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn documents(sentences: usize) -> (Arc<Document>, Arc<Document>) {
    let (left, right) = redline::synth::article_pair(sentences, 42);
    (
        Arc::new(Document::from_text("original.txt", &left)),
        Arc::new(Document::from_text("revised.txt", &right)),
    )
}

fn bench(c: &mut Criterion) {
    let options = Options::default();
    for (sentences, samples) in [(10_000, 30), (100_000, 10)] {
        let (left, right) = documents(sentences);
        let mut group = c.benchmark_group(format!("{sentences}_sentences"));
        group
            .sample_size(samples)
            .measurement_time(Duration::from_secs(8));
        group.throughput(Throughput::Bytes(
            (left.text.len() + right.text.len()) as u64,
        ));
        group.bench_function("compare", |b| {
            b.iter(|| black_box(Comparison::new(left.clone(), right.clone(), &options)))
        });
        // As the command line does it: the sentences written while the rows are computed.
        group.bench_function("compare_and_json", |b| {
            let mut out = Vec::with_capacity(64 << 20);
            b.iter(|| {
                out.clear();
                let (l, r) = Comparison::segment(left.clone(), right.clone());
                let (comparison, head) = Comparison::aligned_with(l, r, &options, |l, r| {
                    report::json::write_head(l, r, &options, &mut out)
                });
                head.and_then(|()| report::json::write_rest(&comparison, &mut out))
                    .expect("writes to memory");
                black_box(out.len())
            })
        });
        group.finish();
    }
}

/// Two unrelated articles against an article and its revision, 10,000 sentences a side.
fn worst_case(c: &mut Criterion) {
    let options = Options::default();
    let similar = documents(10_000);
    let (left, right) = redline::synth::unrelated_pair(10_000, 42);
    let unrelated = (
        Arc::new(Document::from_text("first.txt", &left)),
        Arc::new(Document::from_text("second.txt", &right)),
    );
    let mut group = c.benchmark_group("10000_sentences_worst_case");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(8));
    for (name, (left, right)) in [("similar", similar), ("unrelated", unrelated)] {
        group.bench_function(name, |b| {
            b.iter(|| black_box(Comparison::new(left.clone(), right.clone(), &options)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench, worst_case);
criterion_main!(benches);
