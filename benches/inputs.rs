//! Extraction speed: a 2 MB news page (main content found among furniture) and a 200-page
//! PDF with running headers (lines joined into paragraphs).

#[path = "../tests/builders/mod.rs"]
mod builders;

use criterion::{Criterion, criterion_group, criterion_main};
use redline::load::{Document, Format};

/// The test story page with its body repeated until the page weighs about 2 MB.
fn big_page() -> Vec<u8> {
    let page = include_str!("../tests/data/inputs/story-v1.html");
    let (start, end) = (
        page.find("<div class=\"story-body\">").expect("body"),
        page.find("</article>").expect("article end"),
    );
    let body = &page[start..end];
    let mut out = String::from(&page[..start]);
    let mut n = 0;
    while out.len() < 2 * 1024 * 1024 {
        // Vary each copy so that no two paragraphs are the same.
        out.push_str(&body.replace("RIVERSIDE", &format!("RIVERSIDE {n}")));
        n += 1;
    }
    out.push_str(&page[end..]);
    out.into_bytes()
}

/// An article long enough for 200 pages in the builder's layout.
fn long_pdf() -> Vec<u8> {
    let story = include_str!("../tests/data/inputs/story-v1.txt");
    let mut text = String::new();
    let mut n = 0;
    while text.lines().count() < 200 * 11 {
        text.push_str(&story.replace("RIVERSIDE", &format!("RIVERSIDE {n}")));
        text.push('\n');
        n += 1;
    }
    builders::pdf_from_text(&text)
}

fn inputs(c: &mut Criterion) {
    let page = big_page();
    let pdf = long_pdf();
    let mut group = c.benchmark_group("inputs");
    group.sample_size(10);
    group.bench_function("html_2mb", |b| {
        b.iter(|| Document::from_bytes("page.html", page.clone(), Format::Html).expect("extracts"))
    });
    group.bench_function("pdf_200_pages", |b| {
        b.iter(|| Document::from_bytes("long.pdf", pdf.clone(), Format::Pdf).expect("extracts"))
    });
    group.finish();
}

criterion_group!(benches, inputs);
criterion_main!(benches);
