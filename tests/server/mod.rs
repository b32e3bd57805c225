//! A web server on 127.0.0.1 for the tests that fetch pages: the story's two versions as
//! web pages, a Latin-1 page, a redirect, a redirect loop, a page that never answers, and
//! "404 Not Found" for any other path.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A file of `tests/data/inputs`.
fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/inputs")
        .join(name)
}

/// A server on 127.0.0.1 that answers the paths above until `deadline` has passed, then stops by
/// itself. Each answer closes its connection. Returns the base address.
pub fn serve(deadline: Duration) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("binds to loopback");
    let address = format!("http://{}", listener.local_addr().unwrap());
    listener.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let until = Instant::now() + deadline;
        while Instant::now() < until {
            match listener.accept() {
                Ok((stream, _)) => {
                    std::thread::spawn(move || answer(stream, until));
                }
                Err(_) => std::thread::sleep(Duration::from_millis(10)),
            }
        }
    });
    address
}

fn answer(stream: TcpStream, until: Instant) {
    stream.set_nonblocking(false).ok();
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok();
    let mut reader = BufReader::new(stream.try_clone().expect("clones"));
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    // Skip the headers.
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
    let page = |name: &str| std::fs::read(data(name)).expect("fixture");
    let (status, headers, body): (&str, String, Vec<u8>) = match path.as_str() {
        "/story-v1" => (
            "200 OK",
            "Content-Type: text/html; charset=utf-8\r\n".into(),
            page("story-v1.html"),
        ),
        "/story-v2" => (
            "200 OK",
            "Content-Type: text/html; charset=utf-8\r\n".into(),
            page("story-v2.html"),
        ),
        "/latin1" => (
            "200 OK",
            "Content-Type: text/html; charset=ISO-8859-1\r\n".into(),
            b"<html><body><p>Caf\xe9 cr\xe8me on the menu again.</p></body></html>".to_vec(),
        ),
        "/moved" => (
            "301 Moved Permanently",
            "Location: /story-v2\r\n".into(),
            Vec::new(),
        ),
        "/loop" => ("302 Found", "Location: /loop\r\n".into(), Vec::new()),
        "/hang" => {
            // Never answer; hold the connection until the server's time is up.
            while Instant::now() < until {
                std::thread::sleep(Duration::from_millis(50));
            }
            return;
        }
        _ => (
            "404 Not Found",
            "Content-Type: text/plain\r\n".into(),
            b"no such page".to_vec(),
        ),
    };
    let mut stream = stream;
    let head = format!(
        "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream
        .write_all(head.as_bytes())
        .and_then(|_| stream.write_all(&body));
}
