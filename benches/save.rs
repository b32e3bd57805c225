//! How long a review mark takes to reach the disk on a 25 MB session (the 100,000-sentence
//! generated pair): the record save a mark triggers, texts already stored; and the first save,
//! which writes the texts once.

use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use redline::compare::Comparison;
use redline::load::Document;
use redline::session::{MarkKey, Parts, Review, Session, Store};

fn bench(c: &mut Criterion) {
    let (left, right) = redline::synth::article_pair(100_000, 42);
    let left = Arc::new(Document::from_text("original.txt", &left));
    let right = Arc::new(Document::from_text("revised.txt", &right));
    let comparison = Comparison::new(left.clone(), right.clone(), &Default::default());
    let mut session = Session::new(left, right);
    let data = tempfile::tempdir().expect("temporary folder");
    let store = Store::at(data.path()).expect("store");
    let mut group = c.benchmark_group("save_25mb_session");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(8));
    group.bench_function("first_save_with_texts", |b| {
        b.iter(|| {
            // A fresh folder each time, so the texts are written.
            let fresh = tempfile::tempdir().expect("temporary folder");
            let store = Store::at(fresh.path()).expect("store");
            store.save(&session, Parts::ALL).expect("saved")
        })
    });
    store.save(&session, Parts::ALL).expect("saved");
    let changes: Vec<MarkKey> = comparison
        .rows
        .iter()
        .filter(|r| r.kind != redline::compare::Kind::Shared)
        .take(200)
        .map(|r| MarkKey::for_row([0, 1], &comparison, r))
        .collect();
    let mut next = 0;
    group.bench_function("mark", |b| {
        b.iter(|| {
            let key = changes[next % changes.len()].clone();
            next += 1;
            session.set_review(key, Review::Accepted);
            store.save(&session, Parts::RECORD).expect("saved")
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
