//! Loading: encodings, line endings, composition and the typed refusals of bad input.

use std::fs;
use std::path::PathBuf;

use super::*;

fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    fs::write(&path, bytes).expect("write fixture");
    path
}

#[test]
fn utf8_with_and_without_bom() {
    let dir = tempfile::tempdir().unwrap();
    let plain = Document::load(&write(&dir, "a.txt", "Café “quoted”.".as_bytes())).unwrap();
    assert_eq!(plain.text, "Café “quoted”.");
    assert_eq!(plain.encoding, "UTF-8");
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice("Café.".as_bytes());
    let with_bom = Document::load(&write(&dir, "b.txt", &bom)).unwrap();
    assert_eq!(with_bom.text, "Café.");
    assert_eq!(with_bom.encoding, "UTF-8");
}

#[test]
fn utf16_both_byte_orders() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Grüße, “Welt”.\r\nZweite Zeile.";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(|u| u.to_be_bytes()));
    let le = Document::load(&write(&dir, "le.txt", &le)).unwrap();
    let be = Document::load(&write(&dir, "be.txt", &be)).unwrap();
    assert_eq!(le.text, "Grüße, “Welt”.\nZweite Zeile.");
    assert_eq!(le.encoding, "UTF-16LE");
    assert_eq!(be.text, le.text);
    assert_eq!(be.encoding, "UTF-16BE");
}

#[test]
fn legacy_windows_1252_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let (bytes, _, _) = encoding_rs::WINDOWS_1252
        .encode("The café’s “menu” changed — again. Prices rose 5% to €12.");
    let doc = Document::load(&write(&dir, "legacy.txt", &bytes)).unwrap();
    assert_eq!(
        doc.text,
        "The café’s “menu” changed — again. Prices rose 5% to €12."
    );
    assert_eq!(doc.encoding, "windows-1252");
}

#[test]
fn line_endings_are_normalised() {
    assert_eq!(normalize_newlines("a\r\nb\rc\n".into()), "a\nb\nc\n");
    assert_eq!(normalize_newlines("a\r\r\nb".into()), "a\n\nb");
}

#[test]
fn decomposed_accents_are_composed() {
    let doc = Document::from_text("a", "Cafe\u{301} au lait.");
    assert_eq!(doc.text, "Café au lait.");
    // Far into a long text, after composed accents and other non-ASCII characters.
    let long = format!(
        "{} “Déjà vu” — Cafe\u{301}.",
        "The council voted. ".repeat(500)
    );
    let doc = Document::from_text("b", &long);
    assert!(
        doc.text.ends_with("“Déjà vu” — Café."),
        "{}",
        &doc.text[9_000..]
    );
    // Marks out of canonical order are reordered; composed text stays as it is.
    let unordered = "Vie\u{301}\u{323}t Nam; Ångström.";
    let doc = Document::from_text("c", unordered);
    let expected: String = unicode_normalization::UnicodeNormalization::nfc(unordered).collect();
    assert_eq!(doc.text, expected);
    assert_ne!(doc.text, unordered);
    assert_eq!(
        Document::from_text("d", "Ångström “Déjà”").text,
        "Ångström “Déjà”"
    );
}

#[test]
fn utf16_without_bom_and_mislabelled_utf8() {
    let dir = tempfile::tempdir().unwrap();
    let text = "The vote was 7-4. Café.";
    let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
    assert_eq!(
        Document::load(&write(&dir, "le.txt", &le)).unwrap().text,
        text
    );
    assert_eq!(
        Document::load(&write(&dir, "be.txt", &be))
            .unwrap()
            .encoding,
        "UTF-16BE"
    );
    // A UTF-8 byte-order mark in front of windows-1252 bytes.
    let mut mislabelled = vec![0xEF, 0xBB, 0xBF];
    mislabelled.extend_from_slice(b"Caf\xe9 \x93quoted\x94 and more text here.");
    let doc = Document::load(&write(&dir, "m.txt", &mislabelled)).unwrap();
    assert_eq!(doc.text, "Café “quoted” and more text here.");
}

#[test]
fn empty_file_is_an_empty_document() {
    let dir = tempfile::tempdir().unwrap();
    let doc = Document::load(&write(&dir, "empty.txt", b"")).unwrap();
    assert_eq!(doc.text, "");
}

#[test]
fn bad_inputs_are_typed_errors() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(
        Document::load(&dir.path().join("missing.txt")),
        Err(LoadError::NotFound { .. })
    ));
    assert!(matches!(
        Document::load(dir.path()),
        Err(LoadError::IsDirectory { .. })
    ));
    let old_word = write(
        &dir,
        "x.doc",
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\x01\x02",
    );
    let refused = Document::load(&old_word).unwrap_err().to_string();
    assert!(
        refused.ends_with(
            "x.doc: is an old Office file (.doc; save it as .docx); supported: plain text, \
             Markdown, HTML, Word (.docx), OpenDocument (.odt) and PDF"
        ),
        "{refused}"
    );
    let binary = write(&dir, "x.bin", &[0x89, b'P', b'N', b'G', 0, 0, 1, 2]);
    assert!(matches!(
        Document::load(&binary),
        Err(LoadError::Binary { .. })
    ));
    let controls = write(&dir, "c.txt", &[1u8, 2, 3, 4, 5, 6, 7, b'a', 8, 14][..]);
    assert!(matches!(
        Document::load(&controls),
        Err(LoadError::Binary { .. })
    ));
}

#[test]
fn markdown_is_recognised_by_extension() {
    assert_eq!(Format::from_path(Path::new("a/B.MD")), Format::Markdown);
    assert_eq!(Format::from_path(Path::new("a/b.txt")), Format::Text);
}

/// Loads `path` on a thread and fails after five seconds instead of hanging the suite when
/// the load blocks (as it did on a named pipe).
#[cfg(unix)]
fn load_promptly(path: &Path) -> Result<Document, LoadError> {
    let (sender, receiver) = std::sync::mpsc::channel();
    let path = path.to_path_buf();
    std::thread::spawn(move || {
        let _ = sender.send(Document::load(&path));
    });
    receiver
        .recv_timeout(std::time::Duration::from_secs(5))
        .expect("loading returns within 5 s instead of blocking")
}

#[cfg(unix)]
#[test]
fn pipes_and_devices_are_refused_before_opening() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo failed");
    let refused = load_promptly(&fifo);
    assert!(
        matches!(&refused, Err(LoadError::NotRegularFile { path }) if path == &fifo),
        "{refused:?}"
    );
    let message = refused.unwrap_err().to_string();
    assert!(message.ends_with(": is not a regular file (a named pipe, device or socket)"));
    assert!(matches!(
        load_promptly(Path::new("/dev/null")),
        Err(LoadError::NotRegularFile { .. })
    ));
    // Links are followed: to a pipe refused, to an article loaded.
    let to_fifo = dir.path().join("link-to-pipe.txt");
    std::os::unix::fs::symlink(&fifo, &to_fifo).unwrap();
    assert!(matches!(
        load_promptly(&to_fifo),
        Err(LoadError::NotRegularFile { .. })
    ));
    let article = write(&dir, "a.txt", b"One. Two.");
    let to_article = dir.path().join("link.txt");
    std::os::unix::fs::symlink(&article, &to_article).unwrap();
    assert_eq!(load_promptly(&to_article).unwrap().text, "One. Two.");
    // A folder keeps its own message.
    assert!(matches!(
        load_promptly(dir.path()),
        Err(LoadError::IsDirectory { .. })
    ));
}

#[test]
fn a_page_time_in_iso_form_is_read_and_a_readers_time_is_not() {
    use std::time::{Duration, UNIX_EPOCH};
    let meta = |updated: &str| crate::load::Meta {
        updated: Some(updated.into()),
        published: Some("2025-03-08".into()),
        ..Default::default()
    };
    let at = |seconds: u64| Some(UNIX_EPOCH + Duration::from_secs(seconds));
    assert_eq!(meta("2025-03-08T16:05:00Z").time(), at(1_741_449_900));
    assert_eq!(meta("2025-03-08T11:05:00-05:00").time(), at(1_741_449_900));
    assert_eq!(
        meta("2025-03-08T16:05:00.250+00:00").time(),
        at(1_741_449_900)
    );
    // Not machine-readable: the published date is used.
    assert_eq!(meta("Updated 11:05 a.m. EST").time(), at(1_741_392_000));
    assert_eq!(crate::load::Meta::default().time(), None);
}
