//! Scripts, style sheets and comments cut from a page's markup before it is parsed: on a
//! news page they are often half its weight (bundles, state blobs), and the parser would
//! otherwise read every byte of them only for Readability to throw the elements away.
//! JSON-LD scripts stay, since the article's metadata is read from them.

use std::borrow::Cow;

/// Elements whose content the parser reads as text, not markup: a `<script` inside one of
/// them is text and must stay. (`noscript` is only such when scripting is on; skipping it
/// either way is the safe choice.)
const TEXT_ELEMENTS: [&str; 8] = [
    "title",
    "textarea",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
];

/// The markup `html` without its comments, `<style>` elements and scripts other than
/// JSON-LD. Where the markup is too odd to cut safely (a script holding `<!--`, an element
/// never closed) the rest is left for the parser as it is.
pub fn prune(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out = String::new();
    // Markup before `kept` is already in `out` (or cut); markup from it on is not yet.
    let mut kept = 0;
    let mut at = 0;
    while let Some(found) = memchr(b'<', &bytes[at..]) {
        let start = at + found;
        let rest = &html[start..];
        if let Some(after) = rest.strip_prefix("<!--") {
            // `<!-->` and `<!--->` are complete, empty comments.
            let Some(len) = comment_end(after) else {
                break;
            };
            let end = start + 4 + len;
            out.push_str(&html[kept..start]);
            kept = end;
            at = end;
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") || rest.starts_with("</") {
            // Declarations, CDATA and end tags: passed over (none can open a script).
            let close = if rest.starts_with("<![CDATA[") {
                rest.find("]]>").map(|i| i + 3)
            } else {
                tag_end(rest)
            };
            match close {
                Some(len) => at = start + len,
                None => break,
            }
            continue;
        }
        let name_len = rest[1..]
            .bytes()
            .take_while(|b| !b.is_ascii_whitespace() && *b != b'/' && *b != b'>')
            .count();
        if name_len == 0 || !rest.as_bytes()[1].is_ascii_alphabetic() {
            at = start + 1;
            continue;
        }
        let name = rest[1..1 + name_len].to_ascii_lowercase();
        let Some(open_len) = tag_end(rest) else {
            break;
        };
        let open = &rest[..open_len];
        if name == "plaintext" {
            // Everything after it is text.
            break;
        }
        let text_element = TEXT_ELEMENTS.contains(&name.as_str());
        if name != "script" && name != "style" && !text_element {
            at = start + open_len;
            continue;
        }
        let Some((content_len, close_len)) = closing(&rest[open_len..], &name) else {
            break;
        };
        let end = start + open_len + content_len + close_len;
        let content = &rest[open_len..open_len + content_len];
        if name == "script" && content.contains("<!--") {
            // A script holding `<!--` may hide a `</script>` the parser does not end on:
            // where it ends is no longer sure, so the rest is left alone.
            break;
        }
        let json_ld = name == "script" && open.to_ascii_lowercase().contains("ld+json");
        if !text_element && !json_ld {
            out.push_str(&html[kept..start]);
            kept = end;
        }
        at = end;
    }
    if kept == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[kept..]);
    Cow::Owned(out)
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|b| *b == needle)
}

/// The length of a comment's rest after `<!--`, up to and with its `-->` (or `--!>`).
fn comment_end(after: &str) -> Option<usize> {
    if after.starts_with('>') {
        return Some(1);
    }
    if after.starts_with("->") {
        return Some(2);
    }
    let plain = after.find("-->").map(|i| i + 3);
    let bang = after.find("--!>").map(|i| i + 4);
    match (plain, bang) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The length of the tag opening `tag` up to and with its `>`, quoted attribute values
/// (which may hold `>`) passed over.
fn tag_end(tag: &str) -> Option<usize> {
    let bytes = tag.as_bytes();
    let mut i = 1;
    let mut after_equals = false;
    while i < bytes.len() {
        match bytes[i] {
            b'>' => return Some(i + 1),
            b'=' => after_equals = true,
            quote @ (b'"' | b'\'') if after_equals => {
                let close = memchr(quote, &bytes[i + 1..])?;
                i += close + 1;
                after_equals = false;
            }
            b if b.is_ascii_whitespace() => {}
            _ => after_equals = false,
        }
        i += 1;
    }
    None
}

/// In the content of a `name` element, the length of the content and of its end tag: the
/// first `</name` followed by a space, `/` or `>`, in any case.
fn closing(content: &str, name: &str) -> Option<(usize, usize)> {
    let bytes = content.as_bytes();
    let mut at = 0;
    while let Some(found) = memchr(b'<', &bytes[at..]) {
        let start = at + found;
        let rest = &bytes[start..];
        let ends = rest.len() > name.len() + 2
            && rest[1] == b'/'
            && rest[2..2 + name.len()].eq_ignore_ascii_case(name.as_bytes())
            && matches!(
                rest[2 + name.len()],
                b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'
            );
        if ends {
            let len = tag_end(&content[start..])?;
            return Some((start, len));
        }
        at = start + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::prune;

    #[test]
    fn scripts_styles_and_comments_go_json_ld_stays() {
        let html = concat!(
            "<html><head><style>p{}</style><SCRIPT src=a.js></SCRIPT >",
            "<script type=\"application/ld+json\">{\"a\":1}</script>",
            "<script>if (a<b) x='</p>';</script></head><body><!-- note -->",
            "<p title=\"<script>\">One<!---->two</p><script type=\"application/json\">",
            "{\"s\":\"<b>\"}</script><p>Three</p></body></html>"
        );
        assert_eq!(
            prune(html),
            concat!(
                "<html><head><script type=\"application/ld+json\">{\"a\":1}</script>",
                "</head><body><p title=\"<script>\">Onetwo</p><p>Three</p></body></html>"
            )
        );
    }

    #[test]
    fn text_that_only_looks_like_a_script_stays() {
        for html in [
            "<title>a <script>b</script></title><p>x</p>",
            "<textarea><!-- c --><style></style></textarea>",
            "<script><!-- document.write('<script></script>') --></script>",
            "<p>a < b <scripts>c</scripts></p>",
            "<p>never closed <script>x",
            "<plaintext><script>x</script>",
        ] {
            assert_eq!(prune(html), html);
        }
    }

    #[test]
    fn a_page_without_any_is_borrowed() {
        assert!(matches!(
            prune("<p>Plain</p>"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
