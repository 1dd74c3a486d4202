//! `/inbox/`: what the development inbox stored, as legal services would read it. A
//! list of the submissions, newest first, each with its message (`.html`), the email a
//! force without an endpoint sends (`.eml`) and the JSON. Served by the development
//! server only, from `inbox/` (never part of `dist/`). Only names the inbox itself
//! writes (a UUID and one of three extensions) are served.
use serde_json::Value;
use spo_triage::domain::guidance::escape_html as esc;
use std::path::Path;
use tiny_http::{Request, Response};

use crate::inbox::header;
use crate::respond::respond;

/// The stored messages hold victims' details even in development: nothing on these
/// pages may load or run anything (the message uses inline styles only).
const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

pub fn handle(dir: &Path, request: Request, path: &str) {
    let name = path.trim_start_matches("/inbox").trim_start_matches('/');
    let response = if name.is_empty() {
        page(200, "text/html; charset=utf-8", list(dir).into_bytes())
    } else {
        match stored_file(name) {
            Some(ext) => match std::fs::read(dir.join(name)) {
                Ok(bytes) => {
                    let r = page(200, content_type(ext), bytes);
                    if ext == "eml" {
                        // Named as the form names it: after the triage's reference.
                        let id = name.trim_end_matches(".eml");
                        let reference = std::fs::read(dir.join(format!("{id}.json")))
                            .ok()
                            .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
                            .and_then(|v| v["reference"].as_str().map(str::to_string))
                            .filter(|r| r.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                            .unwrap_or_else(|| id.to_string());
                        r.with_header(header("Content-Disposition", &format!("attachment; filename=\"{reference}.eml\"")))
                    } else {
                        r
                    }
                }
                Err(_) => page(404, "text/plain; charset=utf-8", b"Not in the inbox".to_vec()),
            },
            None => page(404, "text/plain; charset=utf-8", b"Not in the inbox".to_vec()),
        }
    };
    respond(request, response);
}

fn page(status: u16, content_type: &str, body: Vec<u8>) -> Response<std::io::Cursor<Vec<u8>>> {
    Response::from_data(body)
        .with_status_code(status)
        .with_header(header("Content-Type", content_type))
        .with_header(header("Content-Security-Policy", POLICY))
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("X-Content-Type-Options", "nosniff"))
        .with_header(header("Referrer-Policy", "no-referrer"))
}

fn content_type(ext: &str) -> &'static str {
    match ext {
        "html" => "text/html; charset=utf-8",
        "eml" => "message/rfc822",
        _ => "application/json",
    }
}

/// The extension of a name the inbox writes (`<uuid>.json|html|eml`), else `None`.
pub fn stored_file(name: &str) -> Option<&str> {
    let (stem, ext) = name.rsplit_once('.')?;
    let uuid = stem.len() == 36 && stem.chars().enumerate().all(|(i, c)| if [8, 13, 18, 23].contains(&i) { c == '-' } else { c.is_ascii_hexdigit() });
    (uuid && matches!(ext, "json" | "html" | "eml")).then_some(ext)
}

/// One stored submission, as the list shows it.
struct Entry {
    id: String,
    reference: String,
    submitted_at: String,
    urgent: bool,
    html: bool,
    eml: bool,
}

fn entries(dir: &Path) -> Vec<Entry> {
    let mut out: Vec<Entry> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            (stored_file(&name) == Some("json")).then_some(name)
        })
        .filter_map(|name| {
            let id = name.trim_end_matches(".json").to_string();
            let value: Value = serde_json::from_slice(&std::fs::read(dir.join(&name)).ok()?).ok()?;
            Some(Entry {
                reference: value["reference"].as_str().unwrap_or("").to_string(),
                submitted_at: value["submitted_at"].as_str().unwrap_or("").to_string(),
                urgent: value["priority"] == "urgent",
                html: dir.join(format!("{id}.html")).is_file(),
                eml: dir.join(format!("{id}.eml")).is_file(),
                id,
            })
        })
        .collect();
    // RFC 3339 in UTC sorts as text.
    out.sort_by(|a, b| b.submitted_at.cmp(&a.submitted_at));
    out
}

/// The list page: plain, accessible HTML with inline styles.
pub fn list(dir: &Path) -> String {
    let entries = entries(dir);
    let cell = "padding:8px 12px 8px 0;border-bottom:1px solid #b1b4b6;text-align:left;vertical-align:top";
    let rows: String = entries
        .iter()
        .map(|e| {
            let link = |ext: &str, there: bool, text: &str| {
                if there {
                    format!("<a href=\"/inbox/{}.{ext}\">{text}<span style=\"position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)\"> for {}</span></a>", esc(&e.id), esc(&e.reference))
                } else {
                    "not written".to_string()
                }
            };
            format!(
                "<tr><th scope=\"row\" style=\"{cell}\">{}</th><td style=\"{cell}\">{}</td><td style=\"{cell}\">{}</td><td style=\"{cell}\">{} · {} · {}</td></tr>\n",
                esc(&e.reference),
                esc(&e.submitted_at),
                if e.urgent { "<strong>Urgent</strong>" } else { "Routine" },
                link("html", e.html, "Message"),
                link("eml", e.eml, "Email (.eml)"),
                link("json", true, "JSON"),
            )
        })
        .collect();
    let body = if entries.is_empty() {
        "<p>Nothing has been sent to this inbox yet. Send a triage from the form and reload this page.</p>".to_string()
    } else {
        format!(
            "<table style=\"border-collapse:collapse;width:100%\"><caption style=\"text-align:left;font-weight:bold;padding-bottom:8px\">{} stored, newest first</caption>\n<thead><tr><th scope=\"col\" style=\"{cell}\">Reference</th><th scope=\"col\" style=\"{cell}\">Submitted</th><th scope=\"col\" style=\"{cell}\">Priority</th><th scope=\"col\" style=\"{cell}\">What legal services would get</th></tr></thead>\n<tbody>\n{rows}</tbody></table>",
            entries.len()
        )
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Development inbox</title>\n</head>\n<body style=\"margin:0;font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;line-height:1.4\">\n<main style=\"max-width:60rem;margin:0 auto;padding:16px\">\n<h1>Development inbox</h1>\n<p>What the development server's inbox stored from <code>POST /api/submissions</code>, in <code>{}</code>. This page exists only on the development server: a real deployment has no inbox.</p>\n{body}\n</main>\n</body>\n</html>\n",
        esc(&dir.display().to_string())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_names_the_inbox_writes_are_served() {
        assert_eq!(stored_file("3f2b8c1e-9d4a-4e7b-8a6f-0c5d2e1b7a93.html"), Some("html"));
        assert_eq!(stored_file("3f2b8c1e-9d4a-4e7b-8a6f-0c5d2e1b7a93.eml"), Some("eml"));
        for bad in ["../config.json", "3f2b8c1e-9d4a-4e7b-8a6f-0c5d2e1b7a93.txt", ".3f2b8c1e-9d4a-4e7b-8a6f-0c5d2e1b7a93.tmp", "x.json", "3f2b8c1e-9d4a-4e7b-8a6f-0c5d2e1b7a9/.json", ""] {
            assert_eq!(stored_file(bad), None, "{bad}");
        }
    }
}
