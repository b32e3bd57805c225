//! Why an input could not be opened as a document: one typed error, one readable line each.

use std::path::PathBuf;

use thiserror::Error;

/// The formats Redline reads, as named in the message for an unsupported one.
pub const SUPPORTED: &str = "plain text, Markdown, HTML, Word (.docx), OpenDocument (.odt) and PDF";

/// Why a file, a web page or bytes could not be opened as a document. Every message starts
/// with the name of the input (a path or an address).
#[derive(Debug, Error)]
pub enum LoadError {
    /// Nothing exists at the path.
    #[error("{path}: no such file")]
    NotFound {
        /// The path asked for.
        path: PathBuf,
    },
    /// The path is a folder.
    #[error("{path}: is a folder, not a file")]
    IsDirectory {
        /// The path asked for.
        path: PathBuf,
    },
    /// The path is a named pipe, device or socket: opening one can block forever (a pipe
    /// with no writer) or never end (`/dev/zero`), so it is refused before it is opened.
    #[error("{path}: is not a regular file (a named pipe, device or socket)")]
    NotRegularFile {
        /// The path asked for.
        path: PathBuf,
    },
    /// The operating system refused to read it.
    #[error("{path}: cannot be read ({source})")]
    Unreadable {
        /// The path asked for.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The content is not text, nor a format Redline reads.
    #[error("{path}: looks like a binary file, not text")]
    Binary {
        /// The path asked for.
        path: PathBuf,
    },
    /// The input is larger than [`super::MAX_FILE_BYTES`].
    #[error("{path}: is {size} bytes, more than the {limit}-byte limit")]
    TooLarge {
        /// The path or address.
        path: PathBuf,
        /// Its size in bytes (at least this much, for a download cut off at the limit).
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// A known format Redline does not read (EPUB, a spreadsheet, an image…).
    #[error("{name}: is {kind}; supported: {SUPPORTED}")]
    Unsupported {
        /// The path or address.
        name: String,
        /// What it is, with its article ("an EPUB file").
        kind: &'static str,
    },
    /// A web page in which no article text was found.
    #[error("{name}: no article text found")]
    NoArticleText {
        /// The path or address.
        name: String,
    },
    /// A Word, OpenDocument or PDF file that cannot be read: damaged or cut short.
    #[error("{name}: is not a readable {format} file ({reason})")]
    Damaged {
        /// The path or address.
        name: String,
        /// The format it claims to be ("Word", "PDF").
        format: &'static str,
        /// What is wrong, briefly.
        reason: String,
    },
    /// An archive that unpacks to far more than it weighs: a zip bomb, or absurdly large.
    #[error("{name}: unpacks to more than {limit} bytes or {ratio}× its size (a zip bomb?)")]
    ZipBomb {
        /// The path or address.
        name: String,
        /// The unpacked-size limit in bytes.
        limit: u64,
        /// The largest compression ratio allowed.
        ratio: u64,
    },
    /// A PDF that needs a password.
    #[error("{name}: is encrypted (password-protected)")]
    Encrypted {
        /// The path or address.
        name: String,
    },
    /// A PDF whose pages are images only.
    #[error("{name}: has no text layer (a scanned image?)")]
    NoTextLayer {
        /// The path or address.
        name: String,
    },
    /// An address that is not http(s).
    #[error("{url}: not a web address Redline opens ({reason})")]
    BadUrl {
        /// The address.
        url: String,
        /// Why.
        reason: String,
    },
    /// The server answered with an error status.
    #[error("{url}: HTTP {status} {reason}")]
    Http {
        /// The address asked for.
        url: String,
        /// The status code.
        status: u16,
        /// Its reason phrase ("Not Found").
        reason: String,
    },
    /// More redirects than [`super::fetch::MAX_REDIRECTS`].
    #[error("{url}: too many redirects (more than {limit})")]
    TooManyRedirects {
        /// The address asked for.
        url: String,
        /// The limit.
        limit: u32,
    },
    /// No answer in time.
    #[error("{url}: no answer within {seconds} seconds")]
    Timeout {
        /// The address asked for.
        url: String,
        /// The time limit.
        seconds: u64,
    },
    /// The network failed (no such host, refused, TLS).
    #[error("{url}: cannot be fetched ({reason})")]
    Network {
        /// The address asked for.
        url: String,
        /// What failed.
        reason: String,
    },
}
