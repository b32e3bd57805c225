//! Extraction speed: a 2 MB news page whose weight is scripts, state blobs, styles, icons and
//! link lists around a normal-length story (the common case), a 2 MB page that is all
//! article text (the worst case for Readability's scoring), and a 200-page PDF with running
//! headers (lines joined into paragraphs).

#[path = "../tests/builders/mod.rs"]
mod builders;

use criterion::{Criterion, criterion_group, criterion_main};
use redline::load::{Document, Format};

/// The size both pages are padded to.
const PAGE_BYTES: usize = 2 * 1024 * 1024;

/// The test story page with its body repeated until the page weighs about 2 MB.
fn all_article_text() -> Vec<u8> {
    let page = include_str!("../tests/data/inputs/story-v1.html");
    let (start, end) = (
        page.find("<div class=\"story-body\">").expect("body"),
        page.find("</article>").expect("article end"),
    );
    let body = &page[start..end];
    let mut out = String::from(&page[..start]);
    let mut n = 0;
    while out.len() < PAGE_BYTES {
        // Vary each copy so that no two paragraphs are the same.
        out.push_str(&body.replace("RIVERSIDE", &format!("RIVERSIDE {n}")));
        n += 1;
    }
    out.push_str(&page[end..]);
    out.into_bytes()
}

/// The test story page padded to about 2 MB the way news sites weigh: script bundles and a
/// JSON state blob (about half the weight), style sheets, inline SVG icons, a mega menu and
/// long lists of related stories, some in sections no class marks as furniture. The story
/// itself keeps its length.
fn news_page() -> Vec<u8> {
    let page = include_str!("../tests/data/inputs/story-v1.html");
    let head_end = page.find("</head>").expect("head end");
    let body_start = page.find("<body>").expect("body") + "<body>".len();
    let main_end = page.find("</main>").expect("main end");
    let mut out = String::from(&page[..head_end]);
    // Style sheets: a tenth of the page.
    out.push_str("<style>");
    for n in 0..2_800 {
        out.push_str(&format!(
            ".c{n}{{margin:0 {m}px;padding:{m}px;color:#{n:06x}}}\n.c{n}:hover{{color:#fff}}\n",
            m = n % 17
        ));
    }
    out.push_str("</style>");
    // Script bundles and a state blob: about half the page.
    for bundle in 0..4 {
        out.push_str("<script>");
        for n in 0..1_750 {
            out.push_str(&format!(
                "function f{bundle}_{n}(a,b){{var s=\"<div class=\\\"x{n}\\\">\"+a;\
                 if(a<{n}&&b>0){{return s+b*{n};}}return document.createElement(\"p\");}}\n"
            ));
        }
        out.push_str("</script>");
    }
    out.push_str("<script id=\"__STATE__\" type=\"application/json\">{\"stories\":[");
    for n in 0..1_750 {
        out.push_str(&format!(
            "{{\"id\":{n},\"title\":\"Council weighs plan number {n} for the riverfront\",\
             \"url\":\"/news/story-{n}\",\"image\":\"/img/{n}.jpg\",\"tags\":[\"city\",\"news\"]}},"
        ));
    }
    out.push_str("{}]}</script>");
    out.push_str(&page[head_end..body_start]);
    // A mega menu with an icon on every entry.
    let icon = "<svg class=\"icon\" viewBox=\"0 0 24 24\" width=\"16\" height=\"16\">\
        <path d=\"M12 2L2 7l10 5 10-5-10-5zM2 17l10 5 10-5M2 12l10 5 10-5\"/>\
        <circle cx=\"12\" cy=\"12\" r=\"3\"/></svg>";
    out.push_str("<nav class=\"mega-menu\"><ul>");
    for n in 0..1_050 {
        out.push_str(&format!(
            "<li><a href=\"/section/{n}\">{icon}<span>Section {n}</span></a></li>"
        ));
    }
    out.push_str("</ul></nav>");
    out.push_str(&page[body_start..main_end]);
    // Related stories: half in lists classed as such, half in a "stream" no word marks.
    for (class, first) in [("related-stories", 0), ("latest-stream", 1_000)] {
        out.push_str(&format!(
            "<section class=\"{class}\"><h2>More news</h2><ul>"
        ));
        for n in first..first + 700 {
            out.push_str(&format!(
                "<li class=\"card\"><a href=\"/news/story-{n}\"><img src=\"/img/{n}.jpg\" \
                 alt=\"\">{icon}<h3>Council weighs plan number {n} for the riverfront</h3>\
                 <p>Residents asked questions about parking.</p></a></li>"
            ));
        }
        out.push_str("</ul></section>");
    }
    out.push_str(&page[main_end..]);
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
    let news = news_page();
    let text = all_article_text();
    // The padding must not reach the extracted story.
    let story = Document::from_bytes("page.html", news.clone(), Format::Html).expect("extracts");
    assert!(
        story.text.starts_with("Riverside Library Reopens") && !story.text.contains("plan number"),
        "{}",
        story.text
    );
    assert_eq!(story.meta.byline.as_deref(), Some("Jenna Morales"));
    println!(
        "news page {} bytes, article text page {} bytes",
        news.len(),
        text.len()
    );
    let pdf = long_pdf();
    let mut group = c.benchmark_group("inputs");
    group.sample_size(10);
    group.bench_function("page_2mb_news", |b| {
        b.iter(|| Document::from_bytes("page.html", news.clone(), Format::Html).expect("extracts"))
    });
    group.bench_function("page_2mb_all_article_text", |b| {
        b.iter(|| Document::from_bytes("page.html", text.clone(), Format::Html).expect("extracts"))
    });
    group.bench_function("pdf_200_pages", |b| {
        b.iter(|| Document::from_bytes("long.pdf", pdf.clone(), Format::Pdf).expect("extracts"))
    });
    group.finish();
}

criterion_group!(benches, inputs);
criterion_main!(benches);
