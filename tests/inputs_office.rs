//! Word and OpenDocument inputs built here with a zip writer: paragraphs, headings, lists,
//! tables, footnotes, tracked changes and comments; zip bombs and damaged archives.

mod builders;

use builders::zip;
use redline::load::{Document, Format, LoadError};

const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

fn para(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

fn docx(body: &str, footnotes: Option<&str>) -> Vec<u8> {
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>"
    );
    let mut entries = vec![
        (
            "[Content_Types].xml",
            "<?xml version=\"1.0\"?><Types/>".to_string(),
        ),
        ("word/document.xml", document),
        (
            "word/comments.xml",
            format!(
                "<w:comments {W}><w:comment w:id=\"0\"><w:p><w:r><w:t>Check this figure with the desk.</w:t></w:r></w:p></w:comment></w:comments>"
            ),
        ),
    ];
    if let Some(notes) = footnotes {
        entries.push((
            "word/footnotes.xml",
            format!("<w:footnotes {W}>{notes}</w:footnotes>"),
        ));
    }
    let borrowed: Vec<(&str, &str)> = entries.iter().map(|(n, c)| (*n, c.as_str())).collect();
    zip(&borrowed)
}

fn load(name: &str, bytes: Vec<u8>) -> Result<Document, LoadError> {
    Document::from_bytes(name, bytes, Format::from_path(std::path::Path::new(name)))
}

#[test]
fn word_paragraphs_headings_lists_tables_and_footnotes() {
    let body = [
        "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Ferry Terminal to Close</w:t></w:r></w:p>".to_string(),
        // One sentence split over runs, with a tab and entities.
        "<w:p><w:r><w:t xml:space=\"preserve\">The port authority </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>said</w:t></w:r><w:r><w:t xml:space=\"preserve\"> repairs cost $2.3 million &amp; more.</w:t></w:r>\
         <w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>".to_string(),
        "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>What riders need to know</w:t></w:r></w:p>".to_string(),
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>The Pier 4 landing opens at 5 a.m.</w:t></w:r></w:p>".to_string(),
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Route</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Weekday trips</w:t></w:r></w:p></w:tc></w:tr></w:tbl>".to_string(),
        "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>Fares stay the same.</w:t></w:r><w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>".to_string(),
    ]
    .concat();
    let notes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
                 <w:footnote w:id=\"1\"><w:p><w:r><w:t>Figures from the authority's budget office.</w:t></w:r></w:p></w:footnote>";
    let document = load("draft.docx", docx(&body, Some(notes))).expect("reads");
    assert_eq!(document.format, Format::Docx);
    assert_eq!(
        document.text,
        "Ferry Terminal to Close\n\n\
         The port authority said repairs cost $2.3 million & more.\n\n\
         What riders need to know\n\n\
         The Pier 4 landing opens at 5 a.m.\n\n\
         Route\n\nWeekday trips\n\n\
         Fares stay the same.\n\n\
         Figures from the authority's budget office."
    );
    assert!(!document.text.contains("Check this figure"));
}

#[test]
fn word_tracked_changes_read_as_accepted() {
    let body = "<w:p><w:r><w:t xml:space=\"preserve\">Repairs will take </w:t></w:r>\
        <w:del w:id=\"1\" w:author=\"Ed\"><w:r><w:delText>four</w:delText></w:r></w:del>\
        <w:ins w:id=\"2\" w:author=\"Ed\"><w:r><w:t>six</w:t></w:r></w:ins>\
        <w:r><w:t xml:space=\"preserve\"> weeks.</w:t></w:r></w:p>\
        <w:p><w:moveFrom w:id=\"3\"><w:r><w:t>A sentence moved away.</w:t></w:r></w:moveFrom></w:p>\
        <w:p><w:moveTo w:id=\"4\"><w:r><w:t>A sentence moved here.</w:t></w:r></w:moveTo></w:p>";
    let document = load("tracked.docx", docx(body, None)).expect("reads");
    assert_eq!(
        document.text,
        "Repairs will take six weeks.\n\nA sentence moved here."
    );
}

fn odt(text: &str) -> Vec<u8> {
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
         <office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\
         <office:body><office:text>{text}</office:text></office:body></office:document-content>"
    );
    zip(&[
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", &content),
        ("META-INF/manifest.xml", "<manifest/>"),
    ])
}

#[test]
fn opendocument_text_with_notes_changes_and_comments() {
    let text = "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion>\
        <office:change-info><dc:creator>Ed</dc:creator></office:change-info><text:p>four</text:p>\
        </text:deletion></text:changed-region></text:tracked-changes>\
        <text:h text:outline-level=\"1\">Ferry Terminal to Close</text:h>\
        <text:p>Repairs will take <text:change text:change-id=\"c1\"/>six<text:s/>weeks.\
        <text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>\
        <text:note-body><text:p>Figures from the budget office.</text:p></text:note-body></text:note></text:p>\
        <text:list><text:list-item><text:p>The Pier 4 landing opens at 5 a.m.</text:p></text:list-item></text:list>\
        <table:table><table:table-row><table:table-cell><text:p>Route</text:p></table:table-cell></table:table-row></table:table>\
        <text:p>Fares stay the same.<office:annotation><dc:creator>Ed</dc:creator><text:p>Check this.</text:p></office:annotation></text:p>";
    let document = load("draft.odt", odt(text)).expect("reads");
    assert_eq!(document.format, Format::Odt);
    assert_eq!(
        document.text,
        "Ferry Terminal to Close\n\nRepairs will take six weeks.\n\n\
         The Pier 4 landing opens at 5 a.m.\n\nRoute\n\nFares stay the same.\n\n\
         Figures from the budget office."
    );
}

#[test]
fn a_zip_bomb_is_refused_quickly() {
    // 16 MB of one repeated paragraph packs to well under a megabyte.
    let paragraph = para("Again and again and again.");
    let body = paragraph.repeat(16 * 1024 * 1024 / paragraph.len());
    let bomb = docx(&body, None);
    assert!(bomb.len() < 1024 * 1024, "{}", bomb.len());
    let error = load("bomb.docx", bomb).unwrap_err();
    assert!(matches!(error, LoadError::ZipBomb { .. }), "{error}");
    assert!(
        error
            .to_string()
            .starts_with("bomb.docx: unpacks to more than"),
        "{error}"
    );
}

#[test]
fn damaged_truncated_and_foreign_archives_get_clear_errors() {
    let whole = docx(&para("One sentence."), None);
    let cut = whole[..whole.len() / 2].to_vec();
    let error = load("cut.docx", cut).unwrap_err().to_string();
    assert!(
        error.starts_with(
            "cut.docx: is not a readable Word or OpenDocument file (damaged or cut short"
        ),
        "{error}"
    );
    let mut flipped = whole.clone();
    // Damage the deflated document in the middle of the first entry's data.
    for byte in &mut flipped[60..90] {
        *byte ^= 0x5a;
    }
    assert!(load("flipped.docx", flipped).is_err());
    let epub = zip(&[
        ("mimetype", "application/epub+zip"),
        ("OEBPS/a.xhtml", "<p>x</p>"),
    ]);
    assert_eq!(
        load("book.docx", epub).unwrap_err().to_string(),
        "book.docx: is an EPUB file; supported: plain text, Markdown, HTML, Word (.docx), \
         OpenDocument (.odt) and PDF"
    );
    // The content decides: a Word file named .txt is read as Word.
    let document = load("misnamed.txt", whole).expect("reads");
    assert_eq!(
        (document.format, document.text.as_str()),
        (Format::Docx, "One sentence.")
    );
}
