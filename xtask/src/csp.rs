//! The Content-Security-Policy, written into the built index.html and into
//! `security-headers.txt` (the headers a deployment should send).
//!
//! The build replaces trunk's inline loader with public/boot.js (xtask/src/boot.rs); the
//! one inline script left, index.html's snippet deciding how a prerendered page shows,
//! is allowed by its hash, never with 'unsafe-inline'. Every page of the site gets the
//! same policy.
//!
//! The endpoint may be on another origin, and force IT may change it by editing
//! config.json on a built site, with no toolchain: so the pages' own policy allows
//! connecting to this site and to any https address (`connect-src 'self' https:`), and
//! the exact origin goes in the headers the server should send (`security-headers.txt`),
//! where a deployer sets it by hand. A browser enforces both policies, so the header
//! narrows the pages' one. SECURITY.md says what this trades.
use base64::Engine;
use sha2::{Digest, Sha256};
use spo_triage::domain::config::{url_origin, Config};
use std::path::Path;

const META_START: &str = "<meta http-equiv=\"Content-Security-Policy\"";

/// The file beside index.html that lists the headers to send.
pub const HEADERS_FILE: &str = "security-headers.txt";

/// The page with `policy` as its meta tag (replacing any earlier one).
fn with_meta(page: &str, policy: &str) -> String {
    let html = strip_meta(page);
    let meta = format!("\n  {META_START} content=\"{}\">", policy.replace('"', "&quot;"));
    // First in <head>, so it covers every element that follows.
    match html.find("<head>") {
        Some(at) => format!("{}{meta}{}", &html[..at + 6], &html[at + 6..]),
        None => html,
    }
}

/// What the pages' own policy lets them connect to: this site and any https address,
/// so a new endpoint in config.json works without rebuilding the pages.
pub const PAGE_CONNECT: Connect<'static> = Connect::SelfAndHttps;

/// Where the site may send requests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Connect<'a> {
    /// The pages' meta tag: this site and any https address.
    SelfAndHttps,
    /// The headers: this site and the origins of the endpoints that are elsewhere.
    SelfAnd(&'a [String]),
}

/// The policy. frame-ancestors is left to the headers: browsers ignore it in a meta tag.
pub fn policy(script_hashes: &[String], connect: Connect) -> String {
    let mut script_src = vec!["'self'".to_string(), "'wasm-unsafe-eval'".to_string()];
    script_src.extend(script_hashes.iter().map(|h| format!("'{h}'")));
    let mut connect_src = vec!["'self'".to_string()];
    match connect {
        Connect::SelfAndHttps => connect_src.push("https:".to_string()),
        Connect::SelfAnd(origins) => connect_src.extend(origins.iter().cloned()),
    }
    [
        "default-src 'self'".to_string(),
        format!("script-src {}", script_src.join(" ")),
        "style-src 'self'".to_string(),
        "img-src 'self' data:".to_string(),
        "font-src 'self'".to_string(),
        format!("connect-src {}", connect_src.join(" ")),
        "object-src 'none'".to_string(),
        "base-uri 'self'".to_string(),
        "form-action 'self'".to_string(),
    ]
    .join("; ")
}

/// The headers a deployment should send with every response, one `Name: value` a line.
pub fn headers_text(policy: &str) -> String {
    format!(
        "# Send these headers with every response from this site (see SECURITY.md).\n\
         # Written by the build from dist/index.html and dist/config.json. connect-src names\n\
         # the endpoint's origin: after moving the endpoint in config.json, put its new\n\
         # origin there (the pages themselves allow any https address; this narrows it).\n\
         Content-Security-Policy: {policy}; frame-ancestors 'none'\n\
         X-Content-Type-Options: nosniff\n\
         Referrer-Policy: no-referrer\n\
         X-Frame-Options: DENY\n\
         Cross-Origin-Opener-Policy: same-origin\n\
         Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()\n"
    )
}

/// `Name: value` pairs from a headers file; comments and blank lines skipped.
pub fn parse_headers(text: &str) -> Vec<(String, String)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .filter(|(k, v)| !k.is_empty() && !v.is_empty())
        .collect()
}

/// The origins of the endpoints that are off this site (the triage's, unless it goes by
/// email, and the review's), from a config.json's text. A config that does not parse
/// gives none: 'self' is safest.
pub fn endpoint_origins(config_json: &str) -> Vec<String> {
    let Ok(config) = Config::parse(config_json) else { return Vec::new() };
    let mut origins: Vec<String> = [config.send_to(), config.review_endpoint.as_ref()].into_iter().flatten().filter_map(|e| url_origin(&e.url)).collect();
    origins.dedup();
    origins
}

/// Write the meta tag into every page of the site and the headers file beside them.
/// One policy for all: it allows the inline scripts of every page by their hashes.
pub fn write_into(dist: &Path) -> Result<String, String> {
    let pages = crate::site::pages(dist)?;
    let mut texts = Vec::new();
    for page in &pages {
        texts.push(std::fs::read_to_string(page).map_err(|e| format!("{}: {e}", page.display()))?);
    }
    let mut hashes: Vec<String> = texts.iter().flat_map(|t| inline_scripts(&strip_meta(t)).into_iter().map(script_hash).collect::<Vec<_>>()).collect();
    hashes.sort();
    hashes.dedup();
    let config = std::fs::read_to_string(dist.join("config.json")).unwrap_or_default();
    let origins = endpoint_origins(&config);
    let page_policy = policy(&hashes, PAGE_CONNECT);
    for (page, text) in pages.iter().zip(&texts) {
        std::fs::write(page, with_meta(text, &page_policy)).map_err(|e| format!("{}: {e}", page.display()))?;
    }
    let headers = dist.join(HEADERS_FILE);
    std::fs::write(&headers, headers_text(&policy(&hashes, Connect::SelfAnd(&origins)))).map_err(|e| format!("{}: {e}", headers.display()))?;
    Ok(page_policy)
}

/// `sha256-…` of a script's text, as CSP wants it.
pub fn script_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// The text of every `<script>` without a `src`, exactly as written.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(start) = lower[from..].find("<script").map(|i| i + from) {
        let Some(open_end) = lower[start..].find('>').map(|i| i + start) else { break };
        let Some(close) = lower[open_end..].find("</script").map(|i| i + open_end) else { break };
        let tag = &lower[start..open_end];
        if !has_attribute(tag, "src") {
            out.push(&html[open_end + 1..close]);
        }
        from = close + 1;
    }
    out
}

fn has_attribute(tag: &str, name: &str) -> bool {
    tag.split(|c: char| c.is_whitespace()).skip(1).any(|a| a == name || a.starts_with(&format!("{name}=")))
}

/// index.html without a meta tag an earlier run added, so running again is safe.
fn strip_meta(html: &str) -> String {
    let Some(start) = html.find(META_START) else { return html.to_string() };
    let Some(end) = html[start..].find('>').map(|i| i + start + 1) else { return html.to_string() };
    let before = html[..start].trim_end_matches([' ', '\t']).strip_suffix('\n').unwrap_or(html[..start].trim_end_matches([' ', '\t']));
    format!("{before}{}", &html[end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One page through the steps `write_into` takes: its policy, and the page with it.
    fn apply(page: &str, connect: Connect) -> (String, String) {
        let html = strip_meta(page);
        let hashes: Vec<String> = inline_scripts(&html).iter().map(|s| script_hash(s)).collect();
        let policy = policy(&hashes, connect);
        (with_meta(&html, &policy), policy)
    }

    const PAGE: &str = "<!DOCTYPE html>\n<html>\n<head>\n  <meta charset=\"utf-8\">\n  <script src=\"fallback.js\" defer></script>\n<script type=\"module\">\nimport init from '/app.js';\nawait init();\n</script>\n</head>\n<body></body>\n</html>\n";

    #[test]
    fn hashes_only_inline_scripts() {
        let scripts = inline_scripts(PAGE);
        assert_eq!(scripts, vec!["\nimport init from '/app.js';\nawait init();\n"]);
        // Known value: `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`.
        assert_eq!(script_hash("alert(1)"), "sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=");
    }

    #[test]
    fn the_meta_tag_is_first_in_head_and_strict() {
        let (html, policy) = apply(PAGE, PAGE_CONNECT);
        let head = html.find("<head>").unwrap();
        assert!(html[head..].trim_start_matches("<head>").trim_start().starts_with(META_START), "{html}");
        let hash = script_hash(inline_scripts(PAGE)[0]);
        assert!(policy.contains(&format!("script-src 'self' 'wasm-unsafe-eval' '{hash}'")), "{policy}");
        for part in ["default-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'self'", "connect-src 'self' https:;"] {
            assert!(policy.contains(part), "{part} missing from {policy}");
        }
        assert!(!policy.contains("unsafe-inline") && !policy.contains("frame-ancestors"), "{policy}");
    }

    #[test]
    fn running_twice_leaves_one_meta_tag() {
        let (once, _) = apply(PAGE, PAGE_CONNECT);
        let (twice, policy) = apply(&once, PAGE_CONNECT);
        assert_eq!(twice.matches(META_START).count(), 1);
        assert_eq!(twice, once, "refreshing must give the same page");
        assert!(policy.contains("connect-src 'self' https:;"), "{policy}");
    }

    #[test]
    fn the_headers_name_the_endpoint_exactly_and_the_pages_allow_any_https() {
        let headers = policy(&[], Connect::SelfAnd(&["https://flow.example".to_string()]));
        assert!(headers.contains("connect-src 'self' https://flow.example;"), "{headers}");
        assert!(!headers.contains("https:;"), "{headers}");
        assert!(policy(&[], Connect::SelfAnd(&[])).contains("connect-src 'self';"));
        let page = policy(&[], PAGE_CONNECT);
        assert!(!page.contains("http:") && !page.contains('*'), "plain http and wildcards stay refused: {page}");
    }

    #[test]
    fn the_endpoint_origin_comes_from_config() {
        let shipped = include_str!("../../public/config.json");
        assert_eq!(endpoint_origins(shipped), Vec::<String>::new(), "the shipped endpoints are on this site");
        let off_site = shipped.replace("\"/api/submissions\"", "\"https://Flow.Example:443/in?sig=x\"");
        assert_eq!(endpoint_origins(&off_site), ["https://flow.example"]);
        assert_eq!(endpoint_origins("{not json"), Vec::<String>::new());
        let by_email = off_site.replace("\"force\": {", "\"delivery\": \"email\",\n  \"force\": {");
        assert_eq!(endpoint_origins(&by_email), Vec::<String>::new(), "email delivery connects nowhere");
        let review = off_site.replace("\"/api/advice\"", "\"https://cases.example/advice\"");
        assert_eq!(endpoint_origins(&review), ["https://flow.example", "https://cases.example"], "the review endpoint too");
        let both = off_site.replace("\"/api/advice\"", "\"https://flow.example/advice\"");
        assert_eq!(endpoint_origins(&both), ["https://flow.example"], "once");
    }

    #[test]
    fn the_headers_file_adds_frame_ancestors_and_reads_back() {
        let text = headers_text("default-src 'self'");
        let headers = parse_headers(&text);
        assert_eq!(headers[0], ("Content-Security-Policy".into(), "default-src 'self'; frame-ancestors 'none'".into()));
        assert!(headers.contains(&("X-Content-Type-Options".into(), "nosniff".into())));
        assert!(headers.contains(&("Referrer-Policy".into(), "no-referrer".into())));
    }
}
