//! Web pages: the article's headline, dek and body extracted like Mozilla Readability (with
//! `dom_smoothie`), then cleaned block by block; byline and times kept as metadata.

mod blocks;
mod charset;
mod noise;
mod prune;

use dom_query::Document as Page;
use dom_smoothie::{Config, Readability};

pub use charset::decode;

use super::document::Meta;
use super::error::LoadError;
use blocks::{blocks, is_furniture, strip_furniture};
use noise::{Line, classify};

/// Classes that mark a dek (standfirst, summary) under the headline.
const DEK_SELECTOR: &str = "[class*=dek], [class*=standfirst], [class*=subhead], [class*=deck], \
     [class*=summary], [class*=subtitle], [class*=description], [class*=lede]";

/// The longest dek taken: a longer "summary" is article text or a teaser list.
const MAX_DEK_CHARS: usize = 400;

/// The deepest nesting of elements handed to Readability.
const MAX_READABILITY_DEPTH: usize = 400;

/// Blocks from the top in which a byline is looked for.
const TOP_BLOCKS: usize = 8;

/// The article text (blocks separated by blank lines) and metadata of the page `html`.
pub fn extract(name: &str, html: &str) -> Result<(String, Meta), LoadError> {
    let html = &*prune::prune(html);
    let page = Page::from(html);
    let headline = headline(&page);
    let dek = dek(&page);
    let config = Config {
        // Pages of any size are read: the size limit on the input bounds the work.
        max_elements_to_parse: 0,
        // Classes let the block walk below leave out furniture Readability kept.
        keep_classes: true,
        ..Config::default()
    };
    let mut meta = Meta::default();
    let times = head_times(&page);
    // Readability's recursive scoring slows to minutes on pages nested thousands deep
    // (malformed or hostile); those get the plain block walk.
    let too_deep = depth(&page) > MAX_READABILITY_DEPTH;
    // One parse serves all: headline, dek and times were read above, before the furniture
    // goes; Readability then takes the page.
    strip_furniture(&page);
    let (readable, page) = if too_deep {
        (None, Some(page))
    } else {
        let parsed = Readability::with_document(page, None, Some(config))
            .and_then(|mut readability| readability.parse())
            .ok();
        (parsed, None)
    };
    let mut body = match readable {
        Some(article) => {
            meta.title = Some(article.title.trim().to_string()).filter(|t| !t.is_empty());
            meta.byline = article.byline.filter(|b| !b.trim().is_empty());
            meta.published = article.published_time;
            meta.updated = article.modified_time;
            blocks(&Page::from(article.content.as_ref()).root())
        }
        // Too little text for Readability to trust: take the page's text blocks, furniture
        // left out as everywhere.
        None => {
            // Readability failed (and took the page with it): parse again if need be.
            let page = page.unwrap_or_else(|| {
                let again = Page::from(html);
                strip_furniture(&again);
                again
            });
            page.body().map(|body| blocks(&body)).unwrap_or_default()
        }
    };
    meta.published = meta.published.or(times.0);
    meta.updated = meta.updated.or(times.1);
    let mut lead: Vec<String> = headline.into_iter().chain(dek).collect();
    body.retain(|block| !lead.contains(block));
    lead.extend(body);
    let mut kept = Vec::with_capacity(lead.len());
    for (index, block) in lead.into_iter().enumerate() {
        match classify(&block, index < TOP_BLOCKS) {
            Line::Text => kept.push(block),
            Line::Byline(byline) => {
                meta.byline.get_or_insert(byline);
            }
            Line::Published(time) => {
                meta.published.get_or_insert(time);
            }
            Line::Updated(time) => {
                meta.updated.get_or_insert(time);
            }
            Line::Noise => {}
        }
    }
    if kept.is_empty() {
        return Err(LoadError::NoArticleText {
            name: name.to_string(),
        });
    }
    Ok((kept.join("\n\n"), meta))
}

/// The page's headline: its first `<h1>` outside page furniture.
fn headline(page: &Page) -> Option<String> {
    page.select("h1")
        .nodes()
        .iter()
        .filter(|h1| !is_furniture(h1))
        .map(|h1| fold(&h1.text()))
        .find(|text| !text.is_empty())
}

/// The dek: the first element classed as one, of a dek's length.
fn dek(page: &Page) -> Option<String> {
    page.select(DEK_SELECTOR)
        .nodes()
        .iter()
        .filter(|node| !is_furniture(node))
        .map(|node| fold(&node.text()))
        .find(|text| text.len() >= 20 && text.chars().count() <= MAX_DEK_CHARS)
}

/// Publication and update times the page's head or `<time>` elements give in machine form.
fn head_times(page: &Page) -> (Option<String>, Option<String>) {
    let first = |selector: &str, attribute: &str| {
        page.select(selector)
            .nodes()
            .iter()
            .find_map(|node| node.attr(attribute))
            .map(|value| value.trim().to_string())
            .filter(|value| !value.is_empty())
    };
    let published = first(
        "meta[property='article:published_time'], meta[itemprop=datePublished], meta[name=date]",
        "content",
    )
    .or_else(|| {
        first(
            "time[itemprop=datePublished], time[class*=publish]",
            "datetime",
        )
    });
    let updated = first(
        "meta[property='article:modified_time'], meta[itemprop=dateModified], meta[property='og:updated_time']",
        "content",
    )
    .or_else(|| first("time[itemprop=dateModified], time[class*=updat], time[class*=modif]", "datetime"));
    (published, updated)
}

/// How deeply the page's elements nest, counted without recursion.
fn depth(page: &Page) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(page.root(), 0usize)];
    while let Some((node, level)) = stack.pop() {
        deepest = deepest.max(level);
        if deepest > MAX_READABILITY_DEPTH {
            break;
        }
        stack.extend(node.element_children().into_iter().map(|c| (c, level + 1)));
    }
    deepest
}

fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
