//! A page's DOM walked into text blocks: each heading, paragraph, list item, quote and
//! table cell one block; scripts, forms, navigation, figures and elements whose class or id
//! names page furniture (share bars, ads, newsletter boxes, captions…) left out.

use dom_query::NodeRef;

/// Elements left out with everything inside them.
const SKIPPED_TAGS: [&str; 22] = [
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "nav",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "picture",
    "video",
    "audio",
    "object",
    "dialog",
];

/// Elements that start and end a block of text.
const BLOCK_TAGS: [&str; 29] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "hr",
    "address",
    "details",
    "summary",
    "body",
];

/// Words in a class or id (split at `-` and `_`) that name page furniture, not article text.
const FURNITURE_WORDS: [&str; 36] = [
    "ad",
    "ads",
    "adslot",
    "advert",
    "advertisement",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "byline",
    "caption",
    "comment",
    "comments",
    "consent",
    "cookie",
    "cookies",
    "credit",
    "credits",
    "footer",
    "menu",
    "mostread",
    "nav",
    "navigation",
    "newsletter",
    "popular",
    "promo",
    "recirc",
    "related",
    "share",
    "sharing",
    "signup",
    "social",
    "sponsored",
    "subscribe",
    "tags",
    "timestamp",
    "toolbar",
];

/// Pieces of class or id names that mark furniture wherever they stand.
const FURNITURE_PARTS: [&str; 7] = [
    "advert",
    "cookie",
    "newsletter",
    "outbrain",
    "taboola",
    "paywall",
    "sharebar",
];

/// The blocks of text under `root`, in document order, whitespace folded.
pub fn blocks(root: &NodeRef<'_>) -> Vec<String> {
    enum Step<'a> {
        Enter(NodeRef<'a>),
        Leave(bool),
    }
    let mut out = Vec::new();
    let mut current = String::new();
    // An explicit stack: a page nested thousands of elements deep must not overflow ours.
    let mut stack = vec![Step::Enter(*root)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Leave(block) => {
                if block {
                    flush(&mut current, &mut out);
                }
            }
            Step::Enter(node) => {
                if node.is_text() {
                    current.push_str(&node.text());
                    continue;
                }
                if !node.is_element() && !node.is_document() {
                    continue;
                }
                let tag = node
                    .node_name()
                    .map(|n| n.to_ascii_lowercase())
                    .unwrap_or_default();
                if SKIPPED_TAGS.contains(&tag.as_str()) || is_furniture(&node) {
                    continue;
                }
                if tag == "br" {
                    current.push(' ');
                    continue;
                }
                let block = BLOCK_TAGS.contains(&tag.as_str());
                if block {
                    flush(&mut current, &mut out);
                }
                stack.push(Step::Leave(block));
                let children = node.children();
                stack.extend(children.into_iter().rev().map(Step::Enter));
            }
        }
    }
    flush(&mut current, &mut out);
    out
}

/// Removes page furniture from a page before Readability scores it: Readability merges and
/// renames elements (a `<div class="ad">` around one `<p>` becomes a bare `<p>`), after
/// which the furniture could no longer be told. The page's skeleton (`body`, `main`,
/// `article`) and any element holding a third of the page's text or more are kept whatever
/// their classes say.
pub fn strip_furniture(page: &dom_query::Document) {
    let total = page.body().map_or(0, |b| b.text().len());
    let mut doomed = Vec::new();
    // Top down, and not into what goes: an element inside furniture is not weighed again
    // (its text measured) only to go with its parent.
    let mut stack = page.root().element_children();
    while let Some(node) = stack.pop() {
        let tag = node
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        let skeleton = matches!(tag.as_str(), "html" | "head" | "body" | "main" | "article");
        let goes = !skeleton
            && (SKIPPED_TAGS.contains(&tag.as_str()) && tag != "figure" && tag != "script"
                || is_furniture(&node) && node.text().len() * 3 < total);
        if goes {
            doomed.push(node);
        } else {
            stack.extend(node.element_children());
        }
    }
    for node in doomed {
        node.remove_from_parent();
    }
}

/// True when an element's class, id or role says it is page furniture.
pub fn is_furniture(node: &NodeRef<'_>) -> bool {
    if node.attr("role").is_some_and(|r| {
        matches!(
            &*r,
            "navigation" | "banner" | "complementary" | "contentinfo"
        )
    }) || node.attr("aria-hidden").is_some_and(|h| &*h == "true")
        || node.attr("hidden").is_some()
    {
        return true;
    }
    let names = [node.attr("class"), node.attr("id")];
    names.iter().flatten().any(|names| {
        names.split_whitespace().any(|name| {
            let name = name.to_ascii_lowercase();
            FURNITURE_PARTS.iter().any(|part| name.contains(part))
                || name
                    .split(['-', '_'])
                    .any(|word| FURNITURE_WORDS.contains(&word))
        })
    })
}

/// Ends the current block: whitespace folded, kept if anything is left.
fn flush(current: &mut String, out: &mut Vec<String>) {
    let folded = current.split_whitespace().collect::<Vec<_>>().join(" ");
    current.clear();
    if !folded.is_empty() {
        out.push(folded);
    }
}
