//! Web pages by address: an http(s) GET with a time limit, a redirect limit and the input
//! size limit, its content type and charset passed on as hints. Blocking: call it on a
//! worker thread.

use std::time::Duration;

use ureq::Agent;

use super::document::{Document, Format};
use super::error::LoadError;
use super::read::MAX_FILE_BYTES;

/// Redirects followed before giving up (a loop ends here).
pub const MAX_REDIRECTS: u32 = 10;

/// The default time limit for a whole fetch, redirects and body included.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// How a page is fetched.
#[derive(Clone, Copy, Debug)]
pub struct FetchOptions {
    /// The time limit for the whole fetch.
    pub timeout: Duration,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions { timeout: TIMEOUT }
    }
}

/// True when `input` is an `http://` or `https://` address (case-insensitive scheme).
pub fn is_url(input: &str) -> bool {
    let lower = input.get(..8).unwrap_or(input).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Fetches the page or file at `url` and extracts its article, with the default limits.
pub fn fetch(url: &str) -> Result<Document, LoadError> {
    fetch_with(url, FetchOptions::default())
}

/// Fetches the page or file at `url` and extracts its article.
pub fn fetch_with(url: &str, options: FetchOptions) -> Result<Document, LoadError> {
    let url = url.trim();
    if !is_url(url) {
        return Err(LoadError::BadUrl {
            url: url.to_string(),
            reason: "only http:// and https:// addresses are fetched".into(),
        });
    }
    let agent: Agent = Agent::config_builder()
        .timeout_global(Some(options.timeout))
        .max_redirects(MAX_REDIRECTS)
        .http_status_as_error(false)
        .user_agent(concat!("redline/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let error = |e: ureq::Error| network_error(url, e, options.timeout);
    let mut response = agent.get(url).call().map_err(error)?;
    let status = response.status();
    if !status.is_success() {
        return Err(LoadError::Http {
            url: url.to_string(),
            status: status.as_u16(),
            reason: status.canonical_reason().unwrap_or("").to_string(),
        });
    }
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let bytes = response
        .body_mut()
        .with_config()
        .limit(MAX_FILE_BYTES)
        .read_to_vec()
        .map_err(error)?;
    let hint = hint_from_type(&content_type).unwrap_or_else(|| format_from_url(url));
    let charset = content_type
        .split(';')
        .filter_map(|p| p.trim().strip_prefix("charset="))
        .next()
        .map(|c| c.trim_matches('"').to_string());
    let mut document = super::convert(url, bytes, hint, charset.as_deref())?;
    document.meta.url = Some(url.to_string());
    Ok(document)
}

/// The format a content type names, if it names one Redline reads.
fn hint_from_type(content_type: &str) -> Option<Format> {
    let mime = content_type.split(';').next().unwrap_or("").trim();
    Some(match mime {
        "text/html" | "application/xhtml+xml" => Format::Html,
        "text/markdown" => Format::Markdown,
        "application/pdf" => Format::Pdf,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => Format::Docx,
        "application/vnd.oasis.opendocument.text" => Format::Odt,
        "text/plain" => Format::Text,
        _ => return None,
    })
}

/// The format the address's last path segment suggests.
fn format_from_url(url: &str) -> Format {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    Format::from_path(std::path::Path::new(path))
}

/// One readable error for a failed fetch.
fn network_error(url: &str, error: ureq::Error, timeout: Duration) -> LoadError {
    let url = url.to_string();
    match error {
        ureq::Error::Timeout(_) => LoadError::Timeout {
            url,
            seconds: timeout.as_secs().max(1),
        },
        ureq::Error::TooManyRedirects => LoadError::TooManyRedirects {
            url,
            limit: MAX_REDIRECTS,
        },
        ureq::Error::BodyExceedsLimit(limit) => LoadError::TooLarge {
            path: url.into(),
            size: limit + 1,
            limit,
        },
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => LoadError::Timeout {
            url,
            seconds: timeout.as_secs().max(1),
        },
        ureq::Error::BadUri(reason) => LoadError::BadUrl { url, reason },
        ureq::Error::HostNotFound => LoadError::Network {
            url,
            reason: "no such host".into(),
        },
        ureq::Error::ConnectionFailed => LoadError::Network {
            url,
            reason: "the connection failed".into(),
        },
        other => LoadError::Network {
            url,
            reason: other.to_string(),
        },
    }
}
