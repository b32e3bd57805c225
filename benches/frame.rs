//! UI time per frame of the real app on a 100,000-sentence comparison, headless: building
//! the frame (`App::show`) and tessellating it, while idle, while scrolling line by line, and
//! while jumping from change to change (F7); and on a story of 50 versions of 5,000 sentences
//! with the version rail and a sentence's history shown. No GPU: painting is the renderer's
//! job.

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Event, Key, Modifiers, RawInput, Rect, pos2, vec2};
use redline::load::Document;
use redline::ui::App;
use redline::viewer::{Action, Viewer};

fn key(key: Key) -> [Event; 2] {
    let event = |pressed| Event::Key {
        key,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers: Modifiers::NONE,
    };
    [event(true), event(false)]
}

fn frame(ctx: &egui::Context, app: &mut App, events: Vec<Event>) -> usize {
    let input = RawInput {
        screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(1280.0, 800.0))),
        events,
        ..Default::default()
    };
    let output = ctx.run_ui(input, |ui| app.show(ui));
    let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
    primitives.len()
}

fn bench(c: &mut Criterion) {
    let (left, right) = redline::synth::article_pair(100_000, 42);
    let mut app = App::new(Viewer::with_documents(
        Document::from_text("original.txt", &left),
        Document::from_text("revised.txt", &right),
    ));
    let ctx = egui::Context::default();
    for _ in 0..3 {
        frame(&ctx, &mut app, Vec::new());
    }
    let mut group = c.benchmark_group("frame_100k_sentences");
    group
        .sample_size(50)
        .measurement_time(Duration::from_secs(6));
    group.bench_function("idle", |b| b.iter(|| frame(&ctx, &mut app, Vec::new())));
    group.bench_function("scroll_down", |b| {
        b.iter(|| frame(&ctx, &mut app, key(Key::ArrowDown).to_vec()))
    });
    group.bench_function("page_down", |b| {
        b.iter(|| frame(&ctx, &mut app, key(Key::PageDown).to_vec()))
    });
    group.bench_function("next_change", |b| {
        b.iter(|| frame(&ctx, &mut app, key(Key::F7).to_vec()))
    });
    group.finish();
}

fn story(c: &mut Criterion) {
    let documents = redline::synth::story_versions(5_000, 50, 42)
        .iter()
        .enumerate()
        .map(|(k, text)| Document::from_text(format!("v{}.txt", k + 1), text))
        .collect();
    let mut app = App::new(Viewer::with_versions(documents));
    let ctx = egui::Context::default();
    let rows = app.viewer().shown().map_or(0, |s| s.comparison.rows.len());
    for _ in 0..3 {
        frame(&ctx, &mut app, Vec::new());
    }
    let mut group = c.benchmark_group("frame_story_50_versions_5000_sentences");
    group
        .sample_size(50)
        .measurement_time(Duration::from_secs(6));
    app.apply(Action::GoToRow(rows / 2));
    group.bench_function("idle_with_sentence_history", |b| {
        b.iter(|| frame(&ctx, &mut app, Vec::new()))
    });
    let mut row = 0;
    group.bench_function("select_another_sentence", |b| {
        b.iter(|| {
            row = (row + 997) % rows.max(1);
            app.apply(Action::GoToRow(row));
            frame(&ctx, &mut app, Vec::new())
        })
    });
    group.finish();
}

criterion_group!(benches, bench, story);
criterion_main!(benches);
