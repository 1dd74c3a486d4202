//! `cargo xtask serve`: the release site plus the development inbox on one port.
//! Serves the site under its base path ("/" or e.g. "/spo/"), answers unknown paths
//! under the base with index.html (as an intranet server should, for deep links),
//! and compresses with gzip as an intranet server would.
use crate::inbox::{header, Inbox};
use crate::respond::respond;
use crate::site;
use crate::{flag, root};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;
use tiny_http::{Method, Request, Response, Server};

pub fn run(args: &[String]) -> Result<(), String> {
    let port = port(args)?;
    let (base, dist) = if args.iter().any(|a| a == "--no-build") {
        let base = site::base_arg(args);
        let dist = site::dist_for(&base);
        (base, dist)
    } else {
        site::build_command(args)?
    };
    let inbox = root().join("inbox");
    let server = DevServer::start(&format!("127.0.0.1:{port}"), dist, base.clone(), inbox.clone(), 8)?;
    println!("xtask: serving http://127.0.0.1:{}{base}  (inbox: POST /api/submissions, and advice POST /api/advice -> {})", server.port, inbox.display());
    println!("xtask: press Ctrl+C to stop");
    server.wait();
    Ok(())
}

/// `--port N`, 8080 if not given.
pub fn port(args: &[String]) -> Result<u16, String> {
    flag(args, "--port").unwrap_or_else(|| "8080".into()).parse().map_err(|_| "--port takes a number".to_string())
}

/// How files are sent.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Mode {
    /// As a deployment should: compressed, hashed assets cached for ever, the headers
    /// the build wrote read once.
    Release,
    /// For `cargo xtask dev`, whose build changes under the server: nothing cached
    /// (a reload always gets the latest build), nothing compressed (loopback, and
    /// gzipping the multi-megabyte debug wasm on every reload costs more than it saves),
    /// and the headers re-read on each request, since each build writes its own CSP.
    Dev,
    /// As Release, but sending none of the deploy headers: a force's web server whose
    /// headers nobody has set, serving a site whose config.json was edited by hand (the
    /// tests of configuring a built site without a toolchain).
    NoHeaders,
}

/// A running server; stopped by `stop`, or kept until the process ends by `wait`.
pub struct DevServer {
    pub port: u16,
    server: Arc<Server>,
    workers: Vec<JoinHandle<()>>,
}

struct Site {
    dist: PathBuf,
    base: String,
    inbox: Inbox,
    advice: crate::advice_inbox::AdviceInbox,
    /// From the build's security-headers.txt: sent with every page and file, so the
    /// dev server behaves like a well-configured deployment (CSP included).
    headers: Vec<(String, String)>,
    mode: Mode,
}

impl DevServer {
    /// Listen on `addr` (port 0 picks a free one) with `threads` workers.
    pub fn start(addr: &str, dist: PathBuf, base: String, inbox_dir: PathBuf, threads: usize) -> Result<DevServer, String> {
        Self::start_with(addr, dist, base, inbox_dir, threads, Mode::Release)
    }

    pub fn start_with(addr: &str, dist: PathBuf, base: String, inbox_dir: PathBuf, threads: usize, mode: Mode) -> Result<DevServer, String> {
        let server = Arc::new(Server::http(addr).map_err(|e| format!("cannot listen on {addr}: {e}"))?);
        let port = server.server_addr().to_ip().map(|a| a.port()).unwrap_or(0);
        let headers = security_headers(&dist);
        let mut inbox = Inbox::new(inbox_dir)?;
        inbox.config_file = Some(dist.join("config.json"));
        let advice = crate::advice_inbox::AdviceInbox::new(&inbox.dir)?;
        let site = Arc::new(Site { dist, base, inbox, advice, headers, mode });
        let workers = (0..threads.max(1))
            .map(|_| {
                let (server, site) = (server.clone(), site.clone());
                std::thread::spawn(move || {
                    while let Ok(request) = server.recv() {
                        site.handle(request);
                    }
                })
            })
            .collect();
        Ok(DevServer { port, server, workers })
    }

    pub fn stop(self) {
        for _ in &self.workers {
            self.server.unblock();
        }
        for w in self.workers {
            let _ = w.join();
        }
    }

    pub fn wait(self) {
        for w in self.workers {
            let _ = w.join();
        }
    }
}

impl Site {
    fn handle(&self, request: Request) {
        let path = request.url().split(['?', '#']).next().unwrap_or("/").to_string();
        if path == "/api/submissions" {
            return self.inbox.handle(request);
        }
        if path == crate::advice_inbox::PATH {
            return self.advice.handle(request);
        }
        if path == "/inbox" || path.starts_with("/inbox/") {
            return crate::inbox_pages::handle(&self.inbox.dir, request, &path);
        }
        if !matches!(request.method(), Method::Get | Method::Head) {
            respond(request, self.secure(Response::from_string("Method not allowed").with_status_code(405)));
            return;
        }
        if path == "/" || path == self.base.trim_end_matches('/') {
            if self.base != "/" {
                let r = Response::empty(302).with_header(header("Location", &self.base));
                respond(request, r);
                return;
            }
        }
        let Some(rel) = path.strip_prefix(&self.base).or_else(|| (path.trim_end_matches('/') == self.base.trim_end_matches('/')).then_some("")) else {
            respond(request, self.secure(Response::from_string("Not found").with_status_code(404)));
            return;
        };
        if rel.split('/').any(|s| s == ".." || s.starts_with('.') && !s.is_empty()) {
            respond(request, self.secure(Response::from_string("Not found").with_status_code(404)));
            return;
        }
        let file = self.dist.join(rel);
        // A prerendered page is ROUTE/index.html (xtask/src/prerender.rs); any other
        // folder, like an unknown path, gets index.html.
        let file = if rel.is_empty() || file.is_dir() {
            let page = file.join("index.html");
            if page.is_file() { page } else { self.dist.join("index.html") }
        } else {
            file
        };
        let file = if file.is_file() {
            file
        } else if Path::new(rel).extension().is_none() {
            // A deep link such as /spo/guidance/three-tests: the app routes it.
            self.dist.join("index.html")
        } else {
            respond(request, self.secure(Response::from_string("Not found").with_status_code(404)));
            return;
        };
        self.send_file(request, &file);
    }

    fn send_file(&self, request: Request, file: &Path) {
        let Ok(bytes) = std::fs::read(file) else {
            respond(request, self.secure(Response::from_string("Not found").with_status_code(404)));
            return;
        };
        let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("");
        let accepts = |coding: &str| {
            request.headers().iter().any(|h| h.field.equiv("Accept-Encoding") && h.value.as_str().split(',').any(|c| c.trim().starts_with(coding)))
        };
        // As a deployed server should: the build's precompressed copy if there is one
        // (brotli where the browser offers it, which Chromium does only over HTTPS),
        // otherwise gzip on the fly.
        let beside = |suffix: &str| {
            let mut name = file.as_os_str().to_owned();
            name.push(suffix);
            std::fs::read(name).ok()
        };
        let compress = self.mode != Mode::Dev && compressible(ext);
        let (body, encoding) = match (compress, accepts("br"), accepts("gzip")) {
            (true, true, _) if beside(".br").is_some() => (beside(".br").unwrap_or_default(), Some("br")),
            (true, _, true) => (beside(".gz").unwrap_or_else(|| gzip(&bytes)), Some("gzip")),
            _ => (bytes, None),
        };
        let mut response = self.secure(Response::from_data(body))
            .with_header(header("Content-Type", content_type(ext)))
            .with_header(header("Cache-Control", if self.mode == Mode::Dev { "no-store" } else { cache_control(file) }))
            .with_header(header("Vary", "Accept-Encoding"));
        if let Some(coding) = encoding {
            response = response.with_header(header("Content-Encoding", coding));
        }
        respond(request, response);
    }

    /// The response with the deploy headers added.
    fn secure<R: std::io::Read>(&self, mut response: Response<R>) -> Response<R> {
        if self.mode == Mode::NoHeaders {
            return response;
        }
        let fresh;
        let headers = if self.mode == Mode::Dev {
            fresh = security_headers(&self.dist);
            &fresh
        } else {
            &self.headers
        };
        for (name, value) in headers {
            response = response.with_header(header(name, value));
        }
        response
    }
}

/// The headers the build wrote for deployers; the two that need no build if it has none.
fn security_headers(dist: &Path) -> Vec<(String, String)> {
    match std::fs::read_to_string(dist.join(crate::csp::HEADERS_FILE)) {
        Ok(text) => crate::csp::parse_headers(&text),
        Err(_) => vec![
            ("X-Content-Type-Options".into(), "nosniff".into()),
            ("Referrer-Policy".into(), "no-referrer".into()),
        ],
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    crate::precompress::gzip(bytes)
}

fn compressible(ext: &str) -> bool {
    matches!(ext, "html" | "js" | "css" | "wasm" | "json" | "svg" | "txt")
}

/// `.wasm` must be `application/wasm` or browsers refuse streaming compilation.
pub fn content_type(ext: &str) -> &'static str {
    match ext {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        "png" => "image/png",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// trunk puts a content hash in asset names, so they can be cached for ever; the page,
/// config and content must be checked each time so a redeploy shows at once.
fn cache_control(file: &Path) -> &'static str {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let hashed = name.rsplit_once('.').is_some_and(|(stem, ext)| matches!(ext, "js" | "wasm" | "css") && stem.contains('-'));
    if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};

    /// The status line and headers of a GET, lower-cased.
    fn get_head(port: u16, path: &str) -> String {
        let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
        write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip, br\r\nConnection: close\r\n\r\n").expect("send");
        let mut answer = Vec::new();
        s.read_to_end(&mut answer).expect("read");
        let text = String::from_utf8_lossy(&answer).to_lowercase();
        text.split("\r\n\r\n").next().unwrap_or_default().to_string()
    }

    #[test]
    fn dev_mode_caches_nothing_compresses_nothing_and_rereads_the_headers() {
        let dir = std::env::temp_dir().join(format!("xtask-serve-dev-{}", std::process::id()));
        let dist = dir.join("dist");
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("index.html"), "<!DOCTYPE html><p>page</p>").unwrap();
        std::fs::write(dist.join("app-0123abcd.js"), "console.log(1)".repeat(100)).unwrap();
        let dev = DevServer::start_with("127.0.0.1:0", dist.clone(), "/".into(), dir.join("inbox"), 2, Mode::Dev).unwrap();
        let release = DevServer::start("127.0.0.1:0", dist.clone(), "/".into(), dir.join("inbox"), 2).unwrap();

        for path in ["/", "/app-0123abcd.js", "/triage"] {
            let head = get_head(dev.port, path);
            assert!(head.contains("cache-control: no-store"), "{path}: {head}");
            assert!(!head.contains("content-encoding"), "{path}: {head}");
        }
        let head = get_head(release.port, "/app-0123abcd.js");
        assert!(head.contains("immutable") && head.contains("content-encoding: gzip"), "release mode is unchanged: {head}");

        // A rebuild writes a new policy: the dev server sends it without a restart.
        std::fs::write(dist.join(crate::csp::HEADERS_FILE), "Content-Security-Policy: default-src 'self'\n").unwrap();
        assert!(get_head(dev.port, "/").contains("content-security-policy: default-src 'self'"));
        dev.stop();
        release.stop();
        let _ = std::fs::remove_dir_all(&dir);
    }
}
