//! Cost of the fact digest against the whole comparison on the generated 100,000-sentence
//! pair: `compare` is `Comparison::new` (which computes the digest), `facts` the digest alone
//! on the finished rows. The target: `facts` under 10% of `compare` minus `facts`.

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use redline::compare::facts::Facts;
use redline::compare::{Comparison, Options};
use redline::load::Document;

fn bench(c: &mut Criterion) {
    let (left, right) = redline::synth::article_pair(100_000, 42);
    let left = Arc::new(Document::from_text("original.txt", &left));
    let right = Arc::new(Document::from_text("revised.txt", &right));
    let options = Options::default();
    let comparison = Comparison::new(left.clone(), right.clone(), &options);
    let mut group = c.benchmark_group("facts_100000_sentences");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("compare", |b| {
        b.iter(|| black_box(Comparison::new(left.clone(), right.clone(), &options)))
    });
    group.bench_function("facts", |b| {
        b.iter(|| {
            black_box(Facts::new(
                &comparison.left,
                &comparison.right,
                &comparison.rows,
            ))
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
