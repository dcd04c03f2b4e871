//! `schemagen docs --html --serve`: it listens on loopback only, serves the pages it built, and
//! rebuilds them when the schema file changes.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long the test waits for the server to answer or rebuild before it fails (a deadline for
/// a broken server, not a speed requirement).
const PATIENCE: Duration = Duration::from_secs(120);

/// The server process, killed when the test ends however it ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn schema(description: &str) -> String {
    serde_json::json!({
        "name": "preview",
        "version": "1.0.0",
        "resources": {
            "preview:index:Widget": {
                "description": description,
                "properties": {"size": {"type": "integer"}},
            },
        },
    })
    .to_string()
}

/// `GET path` over HTTP/1.0: the status code and the body.
fn get(addr: SocketAddr, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).expect("the server accepts connections");
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = response.split_once("\r\n\r\n").map_or("", |(_, b)| b).to_string();
    (status, body)
}

/// A running server over a schema file (in the returned folder) whose resource has `description`.
fn serve(description: &str) -> (tempfile::TempDir, PathBuf, Server, SocketAddr) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schema.json");
    std::fs::write(&path, schema(description)).unwrap();
    let (server, addr) = start(&path);
    (dir, path, server, addr)
}

fn start(schema_path: &Path) -> (Server, SocketAddr) {
    let child = Command::new(env!("CARGO_BIN_EXE_schemagen"))
        .args(["docs", "--html", "--serve", "--port", "0"])
        .arg(schema_path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("schemagen starts");
    let mut server = Server(child);
    let stderr = server.0.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + PATIENCE;
    let mut seen = Vec::new();
    let addr = loop {
        let line = rx
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or_else(|_| panic!("no `serving` line; stderr so far: {seen:?}"));
        if let Some(url) = line.strip_prefix("serving http://") {
            let host_port = url.split('/').next().unwrap();
            break host_port.parse::<SocketAddr>().unwrap_or_else(|e| panic!("{line}: {e}"));
        }
        seen.push(line);
    };
    // Keep draining stderr so the server never blocks on a full pipe.
    std::thread::spawn(move || while rx.recv().is_ok() {});
    (server, addr)
}

#[test]
fn serves_on_loopback_and_rebuilds_when_the_schema_changes() {
    let (dir, path, _server, addr) = serve("The first description.");
    assert!(addr.ip().is_loopback(), "listens on {addr}, not on loopback");

    let page = "/preview/widget.html";
    let (status, body) = get(addr, page);
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("The first description."), "{body}");
    assert_eq!(get(addr, "/preview/nothing-here.html").0, 404);
    assert_eq!(get(addr, "/").0, 302, "the root redirects to the package's front page");

    // An editor's save: a new file renamed over the old one.
    let edited = dir.path().join("schema.json.new");
    std::fs::write(&edited, schema("A second, edited description.")).unwrap();
    std::fs::rename(&edited, &path).unwrap();
    let deadline = Instant::now() + PATIENCE;
    loop {
        let (status, body) = get(addr, page);
        assert_eq!(status, 200, "{body}");
        if body.contains("A second, edited description.") {
            assert!(!body.contains("The first description."));
            break;
        }
        assert!(Instant::now() < deadline, "the page never changed after the schema did");
        std::thread::sleep(Duration::from_millis(100));
    }

    // A schema that no longer loads keeps the last good site.
    std::fs::write(&path, "{ not json").unwrap();
    std::thread::sleep(Duration::from_millis(500));
    let (status, body) = get(addr, page);
    assert_eq!(status, 200);
    assert!(body.contains("A second, edited description."), "{body}");
}

#[test]
fn the_server_refuses_what_is_not_a_page() {
    let (_dir, _path, _server, addr) = serve("Text.");
    for probe in ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/preview/../../schema.json"] {
        let (status, body) = get(addr, probe);
        assert_ne!(status, 200, "{probe} served: {body}");
        assert!(!body.contains("root:"), "{probe}");
    }
}
