//! The local development inbox: stands in for the force's endpoint (a Power Automate
//! flow or a case system) so the whole journey works on a developer's machine.
//! `POST /api/submissions` validates the body against the published JSON Schema,
//! stores it once per submission id under `inbox/`, and answers with the reference.
//! Beside each `<id>.json` it writes what legal services would get: `<id>.html`, the
//! payload's own message, and `<id>.eml`, the email the app makes for forces without
//! an endpoint; `/inbox/` lists them (xtask/src/inbox_pages.rs). Development only: none
//! of this is in `dist/`.
use serde_json::{json, Value};
use std::io::Read;
use std::path::PathBuf;
use std::sync::Mutex;
use tiny_http::{Header, Method, Request, Response};

/// Bodies larger than this are refused: a full triage is a few tens of kilobytes.
pub const MAX_BODY: usize = 1024 * 1024;

pub struct Inbox {
    pub dir: PathBuf,
    /// The site's config.json, read for each submission (the addresses of the `.eml`).
    pub config_file: Option<PathBuf>,
    validator: jsonschema::Validator,
    /// One writer at a time, so a repeated id can never be stored twice.
    lock: Mutex<()>,
}

/// What the inbox decided about one body.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    Stored { reference: String, submission_id: String },
    Duplicate { reference: String, submission_id: String },
    Refused { message: String, details: Vec<String> },
}

impl Inbox {
    pub fn new(dir: PathBuf) -> Result<Inbox, String> {
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let schema = spo_triage::domain::triage::payload_schema();
        let validator = jsonschema::validator_for(&schema).map_err(|e| format!("the payload schema does not compile: {e}"))?;
        Ok(Inbox { dir, config_file: None, validator, lock: Mutex::new(()) })
    }

    /// Decide on one body and store it if it is new and valid.
    pub fn accept(&self, body: &[u8]) -> Outcome {
        let value: Value = match serde_json::from_slice(body) {
            Ok(v) => v,
            Err(e) => return refused(format!("The body is not valid JSON: {e}"), vec![]),
        };
        let details: Vec<String> = self
            .validator
            .iter_errors(&value)
            .take(10)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        if !details.is_empty() {
            return refused("The body does not match the payload schema".into(), details);
        }
        let id = value["submission_id"].as_str().unwrap_or_default().to_string();
        let reference = value["reference"].as_str().unwrap_or_default().to_string();
        // The schema already requires a UUID; this keeps the file name safe whatever it says.
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            return refused("submission_id must be a UUID".into(), vec![]);
        }
        let _guard = self.lock.lock().unwrap_or_else(|p| p.into_inner());
        let path = self.dir.join(format!("{id}.json"));
        if path.exists() {
            let stored = std::fs::read(&path).ok().and_then(|b| serde_json::from_slice::<Value>(&b).ok());
            let reference = stored.and_then(|v| v["reference"].as_str().map(String::from)).unwrap_or(reference);
            return Outcome::Duplicate { reference, submission_id: id };
        }
        // Write then rename, so a reader never sees half a file.
        let tmp = self.dir.join(format!(".{id}.tmp"));
        let written = std::fs::write(&tmp, body).and_then(|_| std::fs::rename(&tmp, &path));
        match written {
            Ok(()) => {
                if let Err(e) = self.write_message(&id, body) {
                    println!("inbox: {id}: the readable copies were not written: {e}");
                }
                Outcome::Stored { reference, submission_id: id }
            }
            Err(e) => refused(format!("The inbox could not store the submission: {e}"), vec![]),
        }
    }

    /// Answer one HTTP request to /api/submissions.
    pub fn handle(&self, request: Request) {
        answer_post(request, |body| match self.accept(body) {
            Outcome::Stored { reference, submission_id } => {
                println!("inbox: stored {submission_id}");
                (201, json!({"reference": reference, "submission_id": submission_id}))
            }
            Outcome::Duplicate { reference, submission_id } => {
                println!("inbox: repeat of {submission_id}, not stored again");
                (200, json!({"reference": reference, "submission_id": submission_id, "duplicate": true}))
            }
            Outcome::Refused { message, details } => (400, json!({"error": message, "details": details})),
        });
    }
}

/// One request to one of the inbox's doors: the CORS preflight, a POST whose body
/// (at most [`MAX_BODY`]) `accept` answers with a status and JSON, or 405.
pub fn answer_post(mut request: Request, accept: impl FnOnce(&[u8]) -> (u16, Value)) {
    let origin = request.headers().iter().find(|h| h.field.equiv("Origin")).map(|h| h.value.as_str().to_string());
    let cors = cors_headers(origin.as_deref());
    let response = match request.method() {
        Method::Options => Response::from_string("").with_status_code(204),
        Method::Post => {
            let mut body = Vec::new();
            let read = request.as_reader().take(MAX_BODY as u64 + 1).read_to_end(&mut body);
            let (status, answer) = if read.is_err() {
                (400, json!({"error": "The body could not be read"}))
            } else if body.len() > MAX_BODY {
                (413, json!({"error": "The body is larger than 1 MB"}))
            } else {
                accept(&body)
            };
            Response::from_string(answer.to_string()).with_status_code(status).with_header(header("Content-Type", "application/json"))
        }
        _ => Response::from_string("{\"error\":\"Use POST\"}").with_status_code(405).with_header(header("Allow", "POST, OPTIONS")),
    };
    let response = cors.into_iter().fold(response, |r, h| r.with_header(h));
    crate::respond::respond(request, response);
}

impl Inbox {
    /// `<id>.html` (the payload's message) and `<id>.eml` (the email for forces
    /// without an endpoint, addressed from the site's config.json), when the payload
    /// carries a notification.
    fn write_message(&self, id: &str, body: &[u8]) -> Result<(), String> {
        use spo_triage::domain::config::Config;
        use spo_triage::domain::triage::notification::handoff_email;
        let payload: spo_triage::domain::triage::Payload = serde_json::from_slice(body).map_err(|e| e.to_string())?;
        let Some(notification) = &payload.notification else { return Ok(()) };
        std::fs::write(self.dir.join(format!("{id}.html")), &notification.html).map_err(|e| e.to_string())?;
        let config = self.config_file.as_ref().and_then(|f| std::fs::read_to_string(f).ok()).and_then(|t| Config::parse(&t).ok());
        let config = match config {
            Some(c) => c,
            None => Config::parse(include_str!("../../public/config.json")).map_err(|e| e.to_string())?,
        };
        if let Some(email) = handoff_email(&payload, &config) {
            std::fs::write(self.dir.join(format!("{id}.eml")), email.to_eml()).map_err(|e| e.to_string())?;
        }
        Ok(())
    }
}

fn refused(message: String, details: Vec<String>) -> Outcome {
    Outcome::Refused { message, details }
}

/// A development inbox allows any origin, so the diagnostics page's CORS check and a
/// site served from another port both work. A real endpoint should list its origins.
fn cors_headers(origin: Option<&str>) -> Vec<Header> {
    let mut h = vec![
        header("Access-Control-Allow-Methods", "POST, OPTIONS"),
        header("Access-Control-Allow-Headers", "Content-Type"),
        header("Access-Control-Max-Age", "600"),
        header("Vary", "Origin"),
    ];
    match origin {
        Some(o) => {
            h.push(header("Access-Control-Allow-Origin", o));
            h.push(header("Access-Control-Allow-Credentials", "true"));
        }
        None => h.push(header("Access-Control-Allow-Origin", "*")),
    }
    h
}

pub fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).unwrap_or_else(|_| Header::from_bytes(&b"X-Bad-Header"[..], &b"1"[..]).expect("static header"))
}
