//! `schemagen docs --html --serve`: the HTML site built in memory and served on loopback only,
//! rebuilt whenever the schema file changes, so an author edits a description and reloads.

use std::collections::HashMap;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use notify::Watcher;
use tiny_http::{Header, Method, Request, Response, Server};

/// The only address the server listens on: the site is a local preview, never published.
const BIND: Ipv4Addr = Ipv4Addr::LOCALHOST;

/// How long the schema must stay unchanged before a rebuild: editors save in several steps.
const SETTLE: Duration = Duration::from_millis(150);

/// One build of the site: its files by path, and the package's front page.
struct Site {
    files: HashMap<String, String>,
    front: String,
}

/// Builds the site from the schema (or the embedded one); `None` after printing the errors.
fn build(schema: Option<&Path>, deps: Option<&Path>) -> Option<Site> {
    let started = Instant::now();
    let loaded = crate::cli::load(schema, deps.map(Path::to_path_buf), false).ok()?;
    let files = match schemagen_engine::docs::html::generate(&loaded.package) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("error: {e}");
            return None;
        }
    };
    let front = format!("{}/_index.html", loaded.package.name);
    eprintln!("html: built {} files in {:.0?}", files.len(), started.elapsed());
    Some(Site { files: files.into_iter().map(|f| (f.path().to_string(), f.contents)).collect(), front })
}

pub fn serve(schema: Option<&Path>, deps: Option<&Path>, port: u16) -> ExitCode {
    let Some(site) = build(schema, deps) else {
        return ExitCode::from(1);
    };
    let server = match Server::http(SocketAddr::from((BIND, port))) {
        Ok(server) => server,
        Err(e) => {
            eprintln!("error: cannot listen on {BIND}:{port}: {e}");
            return ExitCode::from(1);
        }
    };
    let addr = server.server_addr().to_ip().unwrap_or_else(|| SocketAddr::from((BIND, port)));
    eprintln!("serving http://{addr}/{} (Ctrl-C to stop)", site.front);
    let site = Arc::new(RwLock::new(site));

    // The watcher lives as long as the server; without a schema file there is nothing to watch.
    let _watcher = match schema {
        Some(path) => match watch(path.to_path_buf(), deps.map(Path::to_path_buf), Arc::clone(&site)) {
            Ok(w) => {
                eprintln!("watching {} for changes", path.display());
                Some(w)
            }
            Err(e) => {
                eprintln!("warning: cannot watch {}: {e}; the site will not be rebuilt", path.display());
                None
            }
        },
        None => None,
    };

    for request in server.incoming_requests() {
        let response = respond(&request, &site.read().unwrap_or_else(|e| e.into_inner()));
        // A client that went away is no reason to stop serving.
        let _ = request.respond(response);
    }
    ExitCode::SUCCESS
}

/// Watches the schema's folder (editors often replace a file rather than write it) and
/// rebuilds the site, on a thread of its own, when the schema file changes. A build that fails
/// keeps the last good site.
fn watch(schema: PathBuf, deps: Option<PathBuf>, site: Arc<RwLock<Site>>) -> notify::Result<notify::RecommendedWatcher> {
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(tx)?;
    let dir = schema.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf();
    watcher.watch(&dir, notify::RecursiveMode::NonRecursive)?;
    let name = schema.file_name().map(|n| n.to_os_string());
    let touches_schema = move |event: &notify::Result<notify::Event>| {
        event.as_ref().is_ok_and(|e| !e.kind.is_access() && e.paths.iter().any(|p| p.file_name().map(|n| n.to_os_string()) == name))
    };
    std::thread::spawn(move || {
        while let Ok(event) = rx.recv() {
            if !touches_schema(&event) {
                continue;
            }
            // Let the save finish: wait until no event has come for a moment.
            while rx.recv_timeout(SETTLE).is_ok() {}
            eprintln!("{} changed", schema.display());
            if let Some(new) = build(Some(&schema), deps.as_deref()) {
                *site.write().unwrap_or_else(|e| e.into_inner()) = new;
            } else {
                eprintln!("keeping the last good build");
            }
        }
    });
    Ok(watcher)
}

fn respond(request: &Request, site: &Site) -> Response<std::io::Cursor<Vec<u8>>> {
    if !matches!(request.method(), Method::Get | Method::Head) {
        return text(405, "only GET and HEAD are served");
    }
    let raw = request.url().split(['?', '#']).next().unwrap_or("");
    let Ok(path) = percent_encoding::percent_decode_str(raw).decode_utf8() else {
        return text(404, "not found");
    };
    let path = path.trim_start_matches('/');
    if path.is_empty() {
        return redirect(&format!("/{}", url_path(&site.front)));
    }
    let file = if path.ends_with('/') { format!("{path}_index.html") } else { path.to_string() };
    match site.files.get(&file) {
        Some(body) => {
            let mut response = Response::from_data(body.as_bytes().to_vec()).with_header(header("Content-Type", content_type(&file)));
            response.add_header(header("Cache-Control", "no-store"));
            response
        }
        None if site.files.contains_key(&format!("{path}/_index.html")) => redirect(&format!("/{}/", url_path(path))),
        None => text(404, "not found"),
    }
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

/// A site path as a URL path: everything but unreserved characters and `/` percent-encoded.
fn url_path(path: &str) -> String {
    const KEEP: &percent_encoding::AsciiSet =
        &percent_encoding::NON_ALPHANUMERIC.remove(b'/').remove(b'.').remove(b'-').remove(b'_').remove(b'~');
    percent_encoding::utf8_percent_encode(path, KEEP).to_string()
}

/// Header values here are ASCII by construction (fixed strings and [`url_path`]s).
fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("an ASCII header")
}

fn text(status: u16, body: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    Response::from_string(body).with_status_code(status).with_header(header("Content-Type", "text/plain; charset=utf-8"))
}

fn redirect(to: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    text(302, "moved").with_header(header("Location", to))
}
