//! Extraction from pages written here: one per kind of page furniture, each of which must
//! be left out while every article paragraph stays.

use super::*;

const PARAGRAPHS: [&str; 4] = [
    "HARBOR CITY — The ferry terminal on Pier 9 will close for repairs on Monday, the port authority said on Thursday, after inspectors found corroded pilings under the main ramp.",
    "Commuters will be moved to a temporary landing at Pier 4, about a ten-minute walk to the north, for at least six weeks while divers replace the damaged supports.",
    "“We would rather inconvenience riders now than risk a failure in the middle of winter,” said Odile Marchetti, the authority's director of operations, at a news conference.",
    "The repairs are expected to cost about $2.3 million and will be paid for from the authority's capital reserve, which voters topped up in a ballot measure two years ago.",
];

/// A page with the article and `furniture` placed before, inside and after it.
fn page(before: &str, inside: &str, after: &str) -> String {
    let [p1, p2, p3, p4] = PARAGRAPHS;
    format!(
        "<!DOCTYPE html><html><head><title>Pier 9 Ferry Terminal to Close | Harbor Post</title></head>\
         <body>{before}<main><article><h1>Pier 9 Ferry Terminal to Close for Repairs</h1>\
         <p>{p1}</p><p>{p2}</p>{inside}<p>{p3}</p><p>{p4}</p></article></main>{after}</body></html>"
    )
}

fn text_of(html: &str) -> (String, Meta) {
    extract("page.html", html).expect("article found")
}

/// Extracts the page and checks that the article is whole and `absent` is gone.
fn assert_left_out(html: &str, absent: &[&str]) -> Meta {
    let (text, meta) = text_of(html);
    assert!(
        text.starts_with("Pier 9 Ferry Terminal to Close for Repairs\n\n"),
        "{text}"
    );
    for paragraph in PARAGRAPHS {
        assert!(text.contains(paragraph), "missing {paragraph:?} in {text}");
    }
    for furniture in absent {
        assert!(
            !text.contains(furniture),
            "{furniture:?} leaked into {text}"
        );
    }
    assert_eq!(text.split("\n\n").count(), 5, "{text}");
    meta
}

#[test]
fn navigation_and_cookie_banner() {
    let nav = "<nav><ul><li><a href=/>Home</a></li><li><a href=/news>Local news</a></li></ul></nav>\
               <div class=\"cookie-banner\">We use cookies to improve your experience. <button>Accept</button></div>";
    assert_left_out(&page(nav, "", ""), &["Local news", "cookies", "Accept"]);
}

#[test]
fn advertisements_labelled_or_classed() {
    let ads = "<div class=\"ad-container\"><p>Shop the spring sale now at Harbor Outfitters.</p></div>\
               <p>Advertisement</p><div>ADVERTISEMENT</div>";
    assert_left_out(
        &page("", ads, ""),
        &["Outfitters", "Advertisement", "ADVERTISEMENT"],
    );
}

#[test]
fn share_bar_and_newsletter_box() {
    let share = "<div class=\"share-tools\"><a>Share on Facebook</a> <a>Email this story</a></div>";
    let newsletter = "<div class=\"nl-box\"><h3>Sign up for The Harbor Briefing</h3>\
                      <p>Sign up for our newsletter to get the news every morning.</p></div>";
    assert_left_out(
        &page(share, newsletter, ""),
        &["Facebook", "Email this story", "Sign up", "Harbor Briefing"],
    );
}

#[test]
fn related_lists_comments_and_footer() {
    let after = "<section class=\"related-links\"><h2>More stories</h2><ul><li>Bridge tolls rise in May</li></ul></section>\
                 <div id=\"comments\"><p>reader99: About time they fixed it, the ramp has been shaky for years now.</p></div>\
                 <footer><p>© 2025 Harbor Post. All rights reserved.</p></footer>";
    assert_left_out(
        &page("", "", after),
        &["Bridge tolls", "reader99", "All rights reserved"],
    );
}

#[test]
fn scripts_styles_and_image_credits() {
    let inside = "<script>var tracking = {page: 'pier-9'};</script><style>p { color: red }</style>\
                  <figure><img src=ramp.jpg><figcaption>The corroded ramp on Thursday. Photo: Ines Duarte/Harbor Post</figcaption></figure>\
                  <p>Photo: Ines Duarte/Harbor Post</p><p class=\"credit\">Ines Duarte / Harbor Post</p>\
                  <p>Divers inspect the pilings. (Kai Lund/Getty Images)</p>";
    assert_left_out(
        &page("", inside, ""),
        &[
            "tracking",
            "color: red",
            "corroded ramp on Thursday",
            "Ines Duarte",
            "Getty",
        ],
    );
}

#[test]
fn byline_and_times_are_metadata_not_text() {
    let inside = "<p>By Noor Haddad</p><p>Updated 11:05 a.m. EST</p><p>Published 9:12 a.m. EST March 6, 2025</p>";
    let html = page("", "", "").replace("</h1>", &format!("</h1>{inside}"));
    let meta = assert_left_out(&html, &["Noor Haddad", "11:05", "9:12"]);
    assert_eq!(meta.byline.as_deref(), Some("By Noor Haddad"));
    assert_eq!(meta.updated.as_deref(), Some("Updated 11:05 a.m. EST"));
    assert_eq!(
        meta.published.as_deref(),
        Some("Published 9:12 a.m. EST March 6, 2025")
    );
}

#[test]
fn machine_readable_times_and_author_are_taken_from_the_head() {
    let html = page("", "", "").replace(
        "</head>",
        "<meta property=\"article:published_time\" content=\"2025-03-06T14:12:00Z\">\
         <meta property=\"article:modified_time\" content=\"2025-03-06T16:05:00Z\">\
         <meta name=\"author\" content=\"Noor Haddad\"></head>",
    );
    let meta = assert_left_out(&html, &[]);
    assert_eq!(meta.published.as_deref(), Some("2025-03-06T14:12:00Z"));
    assert_eq!(meta.updated.as_deref(), Some("2025-03-06T16:05:00Z"));
    assert_eq!(meta.byline.as_deref(), Some("Noor Haddad"));
}

#[test]
fn dek_lists_and_quotes_are_paragraphs() {
    let html = page("", "", "")
        .replace(
            "</h1>",
            "</h1><p class=\"article-dek\">Riders will use a temporary landing for six weeks.</p>",
        )
        .replace(
            "</article>",
            "<ul><li>Pier 4 landing opens at 5 a.m.</li><li>Fares stay the same.</li></ul>\
             <blockquote>Safety comes first.</blockquote></article>",
        );
    let (text, _) = text_of(&html);
    let blocks: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(
        blocks[1], "Riders will use a temporary landing for six weeks.",
        "{text}"
    );
    assert!(
        blocks.ends_with(&[
            "Pier 4 landing opens at 5 a.m.",
            "Fares stay the same.",
            "Safety comes first."
        ]),
        "{text}"
    );
}

#[test]
fn a_short_page_and_an_empty_one() {
    let (text, _) =
        text_of("<html><body><nav>Home</nav><p>Just one short paragraph.</p></body></html>");
    assert_eq!(text, "Just one short paragraph.");
    let empty = extract(
        "empty.html",
        "<html><body><nav><a>Home</a></nav><script>x()</script></body></html>",
    );
    assert_eq!(
        empty.unwrap_err().to_string(),
        "empty.html: no article text found"
    );
}

#[test]
fn a_deeply_nested_page_does_not_overflow_the_stack() {
    let depth = 5_000;
    let html = format!(
        "<html><body>{}<p>Deep inside the page.</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let result = std::thread::Builder::new()
        .stack_size(8 * 1024 * 1024)
        .spawn(move || extract("deep.html", &html).map(|(text, _)| text))
        .expect("thread starts")
        .join()
        .expect("no stack overflow");
    assert!(result.is_ok_and(|t| t.contains("Deep inside the page.")));
}
