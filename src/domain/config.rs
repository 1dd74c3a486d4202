//! Deployment settings from `config.json`, read at start-up and validated so that a
//! mistake by force IT shows a message naming the problem instead of a blank page.
use serde::{Deserialize, Serialize};

/// The whole deployment configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub force: Force,
    /// How a sent triage reaches legal services and the stalking unit.
    #[serde(default)]
    pub delivery: Delivery,
    /// Needed when `delivery` is `endpoint` (the default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<Endpoint>,
    /// Where the Review area may also POST an advice file (issue #16): a case system
    /// or a flow that files it with the case. Optional; without it the reviewer
    /// downloads the advice and emails it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_endpoint: Option<Endpoint>,
    pub contacts: Contacts,
    pub crime_reference: CrimeReference,
    pub drafts: Drafts,
    /// Shown on every page, on printed copies and downloads.
    #[serde(default = "default_marking")]
    pub protective_marking: String,
}

fn default_marking() -> String {
    "OFFICIAL-SENSITIVE".to_string()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Force {
    /// e.g. "Exampleshire Police".
    pub name: String,
    /// The police area, e.g. "Exampleshire": used in the "force area" question.
    pub area: String,
    /// A force with no territorial area (British Transport Police, Ministry of Defence
    /// Police) is not bound by the area rule in s1(3) (facts.md item 9).
    #[serde(default)]
    pub national: bool,
}

/// How submissions travel: POSTed to an endpoint, or, for a force with none, made into
/// an email the officer sends from their own mailbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Delivery {
    #[default]
    Endpoint,
    Email,
}

impl Delivery {
    pub fn describe(self) -> &'static str {
        match self {
            Delivery::Endpoint => "Sent to the endpoint (endpoint.url)",
            Delivery::Email => "An email the officer sends: the form makes it, addressed to legal services and the stalking unit",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Endpoint {
    /// Where submissions are POSTed: an absolute http(s) URL, or a path on this site
    /// starting with `/`.
    pub url: String,
    /// Send cookies or Windows credentials with the request (for an endpoint behind
    /// the force's single sign-on). Needs the endpoint to allow credentials in CORS.
    #[serde(default)]
    pub send_credentials: bool,
    /// How long to wait for an answer before telling the officer it timed out.
    #[serde(default = "default_timeout")]
    pub timeout_seconds: u32,
}

fn default_timeout() -> u32 {
    30
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    pub stalking_unit: Contact,
    pub legal_services: Contact,
    pub youth_justice_service: Contact,
    /// Who to tell about a problem with the site (accessibility, faults).
    pub service_support: Contact,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrimeReference {
    /// A regular expression the whole reference must match, e.g. `[0-9]{2}/[0-9]{5,6}/[0-9]{2}`.
    pub pattern: String,
    /// An example that matches it, shown to officers as a hint.
    pub example: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Drafts {
    pub storage: DraftStorage,
    /// For `this-computer`: how long a draft is kept before it is deleted unread.
    #[serde(default)]
    pub expiry_hours: Option<u32>,
}

/// Where answers are kept while an officer works.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DraftStorage {
    /// Nothing is stored: answers live only in the open page.
    Off,
    /// Kept in this browser tab until it is closed (sessionStorage).
    ThisTab,
    /// Kept on this computer until submitted, deleted or expired (localStorage).
    ThisComputer,
}

impl DraftStorage {
    pub fn describe(self) -> &'static str {
        match self {
            DraftStorage::Off => "Not saved: answers are lost if this page is closed",
            DraftStorage::ThisTab => "Saved in this browser tab until it is closed",
            DraftStorage::ThisComputer => "Saved on this computer until submitted, deleted or expired",
        }
    }
}

/// The longest draft expiry accepted: 30 days. Longer would leave victims' details on
/// shared desktops for too long.
pub const MAX_EXPIRY_HOURS: u32 = 24 * 30;

/// Why a config could not be used. Each message names the setting and says how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub problems: Vec<String>,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.problems.join("; "))
    }
}

impl Config {
    /// Parse and validate `config.json`. Every problem found is reported, not just the first.
    pub fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse_checking(text, Config::problems)
    }

    /// Parse and validate `config.json` for an area that never reads a crime reference
    /// (the guidance): everything but the crime reference
    /// pattern is checked, so those areas' apps carry no regular expression engine
    /// (about 26 KB of WebAssembly). The triage and the diagnostics page check it all.
    pub fn parse_without_pattern(text: &str) -> Result<Config, ConfigError> {
        Config::parse_checking(text, Config::problems_but_the_pattern)
    }

    fn parse_checking(text: &str, problems: fn(&Config) -> Vec<String>) -> Result<Config, ConfigError> {
        let config: Config = serde_json::from_str(text).map_err(|e| ConfigError {
            problems: vec![describe_json_error(&e)],
        })?;
        let problems = problems(&config);
        if problems.is_empty() {
            Ok(config)
        } else {
            Err(ConfigError { problems })
        }
    }

    /// Everything wrong with a config that parsed.
    pub fn problems(&self) -> Vec<String> {
        let mut p = self.problems_but_the_pattern();
        match self.crime_reference_regex() {
            Err(e) => p.push(format!("crime_reference.pattern is not a valid regular expression: {e}")),
            Ok(re) => {
                if !re.is_match(&self.crime_reference.example) {
                    p.push(format!(
                        "crime_reference.example \"{}\" does not match crime_reference.pattern",
                        self.crime_reference.example
                    ));
                }
            }
        }
        // Messages quote the values at fault, which may hold line breaks or controls.
        p.into_iter().map(|m| one_line(&m)).collect()
    }

    /// Everything wrong with a config that parsed, but the crime reference pattern.
    pub fn problems_but_the_pattern(&self) -> Vec<String> {
        let mut p = Vec::new();
        require(&mut p, "force.name", &self.force.name);
        require(&mut p, "force.area", &self.force.area);
        if let Some(review) = &self.review_endpoint {
            endpoint_problems(&mut p, "review_endpoint", review);
        }
        match (&self.endpoint, self.delivery) {
            (Some(endpoint), _) => endpoint_problems(&mut p, "endpoint", endpoint),
            (None, Delivery::Endpoint) => p.push(
                "endpoint is missing: add endpoint.url, or set delivery to \"email\" if submissions should go by email".into(),
            ),
            (None, Delivery::Email) => {}
        }
        if self.delivery == Delivery::Email {
            for (key, c) in [("contacts.legal_services", &self.contacts.legal_services), ("contacts.stalking_unit", &self.contacts.stalking_unit)] {
                if c.email.trim().is_empty() {
                    p.push(format!("{key}.email is needed when delivery is \"email\": the email is addressed to it"));
                }
            }
        }
        for (key, c) in [
            ("contacts.stalking_unit", &self.contacts.stalking_unit),
            ("contacts.legal_services", &self.contacts.legal_services),
            ("contacts.youth_justice_service", &self.contacts.youth_justice_service),
            ("contacts.service_support", &self.contacts.service_support),
        ] {
            require(&mut p, &format!("{key}.name"), &c.name);
            if c.email.trim().is_empty() && c.phone.trim().is_empty() {
                p.push(format!("{key} needs an email address or a phone number"));
            }
            if !c.email.trim().is_empty() && !looks_like_email(&c.email) {
                p.push(format!("{key}.email \"{}\" is not an email address", c.email));
            }
        }
        match (self.drafts.storage, self.drafts.expiry_hours) {
            (DraftStorage::ThisComputer, None) => {
                p.push("drafts.expiry_hours is needed when drafts.storage is \"this-computer\"".into())
            }
            (DraftStorage::ThisComputer, Some(h)) if h == 0 || h > MAX_EXPIRY_HOURS => p.push(format!(
                "drafts.expiry_hours must be from 1 to {MAX_EXPIRY_HOURS} (30 days)"
            )),
            _ => {}
        }
        require(&mut p, "protective_marking", &self.protective_marking);
        // Messages quote the values at fault, which may hold line breaks or controls.
        p.into_iter().map(|m| one_line(&m)).collect()
    }

    /// The crime reference pattern, anchored so it must match the whole reference.
    pub fn crime_reference_regex(&self) -> Result<regex_lite::Regex, String> {
        anchored_regex(&self.crime_reference.pattern)
    }

    /// Warnings for force IT that do not stop the app (shown on the diagnostics page).
    pub fn warnings(&self) -> Vec<String> {
        let mut w = Vec::new();
        for (key, endpoint) in [("endpoint", &self.endpoint), ("review_endpoint", &self.review_endpoint)] {
            let url = endpoint.as_ref().map_or("", |e| e.url.trim());
            if url.starts_with("http://") && !is_loopback_url(url) {
                w.push(format!("{key}.url uses plain http: answers would cross the network unencrypted. Use https"));
            }
            if url.starts_with("http://") && url_origin(url).is_some() {
                w.push(format!("{key}.url is plain http on another server: the pages' Content-Security-Policy allows only this site and https addresses, so the browser will refuse to send. Use https"));
            }
        }
        if self.delivery == Delivery::Email && self.endpoint.is_some() {
            w.push("endpoint is not used: delivery is \"email\", so the form makes an email instead of sending".into());
        }
        w
    }

    /// The endpoint submissions are POSTed to: `None` when they go by email.
    pub fn send_to(&self) -> Option<&Endpoint> {
        self.endpoint.as_ref().filter(|_| self.delivery == Delivery::Endpoint)
    }

    /// Who the email of a submission is addressed to: legal services, then the stalking
    /// unit (those with an email address; the same address once).
    pub fn email_recipients(&self) -> Vec<String> {
        let mut to: Vec<String> = Vec::new();
        for c in [&self.contacts.legal_services, &self.contacts.stalking_unit] {
            let email = c.email.trim();
            if !email.is_empty() && !to.iter().any(|t| t.eq_ignore_ascii_case(email)) {
                to.push(email.to_string());
            }
        }
        to
    }
}

/// What is wrong with one endpoint's settings, named by its key in config.json.
fn endpoint_problems(p: &mut Vec<String>, key: &str, endpoint: &Endpoint) {
    if let Err(e) = check_endpoint_url(&endpoint.url) {
        p.push(format!("{key}.url {e}"));
    }
    if !(1..=300).contains(&endpoint.timeout_seconds) {
        p.push(format!("{key}.timeout_seconds must be a whole number of seconds from 1 to 300"));
    }
}

/// Compile a pattern so it must match the whole string.
pub fn anchored_regex(pattern: &str) -> Result<regex_lite::Regex, String> {
    if pattern.trim().is_empty() {
        return Err("it is empty".into());
    }
    // regex-lite's messages span several lines; keep the first, which names the fault.
    let first_line = |e: regex_lite::Error| {
        e.to_string().lines().find(|l| l.contains("error")).unwrap_or("invalid").trim().to_string()
    };
    // Check the pattern alone first: wrapped, an unbalanced one such as `)|(` becomes
    // valid (`^(?:)|()$`) and then matches any reference.
    regex_lite::Regex::new(pattern).map_err(first_line)?;
    regex_lite::Regex::new(&format!("^(?:{pattern})$")).map_err(first_line)
}

fn require(problems: &mut Vec<String>, key: &str, value: &str) {
    if value.trim().is_empty() {
        problems.push(format!("{key} is missing or empty"));
    }
}

fn looks_like_email(s: &str) -> bool {
    let s = s.trim();
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && !s.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// A small check rather than the `url` crate: that crate's IDNA tables would add more
/// to the wasm than the whole form, and we need only "is this a usable endpoint".
pub fn check_endpoint_url(url: &str) -> Result<(), String> {
    let url = url.trim();
    if url.is_empty() {
        return Err("is missing or empty".into());
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("\"{url}\" must not contain spaces"));
    }
    if url.starts_with('/') {
        if url.starts_with("//") {
            return Err(format!("\"{url}\" must start with https:// or with a single /"));
        }
        return Ok(());
    }
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| format!("\"{url}\" must start with https:// (or be a path on this site starting with /)"))?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return Err("must not contain a user name or password: anyone can read config.json".into());
    }
    let host = authority.rsplit_once(':').map_or(authority, |(h, port)| {
        if port.chars().all(|c| c.is_ascii_digit()) && !h.ends_with(']') || h.ends_with(']') {
            h
        } else {
            authority
        }
    });
    if host.is_empty() || host.starts_with('.') || host.ends_with('.') {
        return Err(format!("\"{url}\" has no server name"));
    }
    Ok(())
}

/// The origin (`scheme://host[:port]`) of an absolute http(s) URL, as a browser would
/// write it: scheme and host in lower case, default ports left out. `None` for a path
/// on this site (same origin) or anything that is not an http(s) URL. Used for the
/// Content-Security-Policy's connect-src and to tell a CSP refusal from a CORS one.
pub fn url_origin(url: &str) -> Option<String> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let (scheme, rest) = if lower.starts_with("https://") {
        ("https", &url[8..])
    } else if lower.starts_with("http://") {
        ("http", &url[7..])
    } else {
        return None;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    // Credentials are refused by the config check; never copy them into a policy.
    let authority = authority.rsplit_once('@').map_or(authority, |(_, a)| a).to_ascii_lowercase();
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) if !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()) && (!h.contains(':') || h.ends_with(']')) => (h, Some(p)),
        _ => (authority.as_str(), None),
    };
    if host.is_empty() || host.starts_with('.') || host.ends_with('.') || host.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, ';' | ',' | '\'' | '"')) {
        return None;
    }
    let default_port = if scheme == "https" { "443" } else { "80" };
    Some(match port {
        Some(p) if p != default_port => format!("{scheme}://{host}:{p}"),
        _ => format!("{scheme}://{host}"),
    })
}

/// The URL with the values of secret-looking query parameters (Power Automate's
/// `sig`, keys, tokens, codes) replaced by `…`, for showing on screen.
pub fn redacted_url(url: &str) -> String {
    let Some((before, query)) = url.split_once('?') else { return url.to_string() };
    let (query, fragment) = query.split_once('#').map_or((query, None), |(q, f)| (q, Some(f)));
    let secret = |name: &str| {
        let n = name.to_ascii_lowercase();
        ["sig", "signature", "code", "key", "token", "secret", "password"].iter().any(|s| n == *s || n.ends_with(&format!("_{s}")) || n.ends_with(&format!("-{s}")))
    };
    let parts: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name, value)) if secret(name) && !value.is_empty() => format!("{name}=…"),
            _ => pair.to_string(),
        })
        .collect();
    let mut out = format!("{before}?{}", parts.join("&"));
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out
}

fn is_loopback_url(url: &str) -> bool {
    let rest = url.trim_start_matches("http://");
    rest.starts_with("127.") || rest.starts_with("localhost") || rest.starts_with("[::1]")
}

/// A message with any line breaks or other controls in the quoted setting names or
/// values shown escaped (`\n`), so it stays on one line and says what is there.
fn one_line(message: &str) -> String {
    message.chars().flat_map(|c| if c.is_control() { c.escape_default().collect() } else { vec![c] }).collect()
}

/// serde's messages mention Rust types; turn the common ones into words for force IT.
fn describe_json_error(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let at = format!("(line {}, column {})", e.line(), e.column());
    let msg = e.to_string();
    let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
    let msg = one_line(&msg);
    match e.classify() {
        Category::Syntax | Category::Eof => format!("config.json is not valid JSON {at}: {msg}"),
        Category::Data => format!("config.json has a wrong or missing setting {at}: {}", plain_serde(&msg)),
        Category::Io => format!("config.json could not be read: {msg}"),
    }
}

fn plain_serde(msg: &str) -> String {
    msg.replace("invalid type: ", "wrong type: ")
        .replace("a string", "text in quotes")
        .replace("u32", "a whole number")
        .replace("a boolean", "true or false")
        .replace("unknown field", "unknown setting")
        .replace("missing field", "missing setting")
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) const GOOD: &str = include_str!("../../public/config.json");

    fn with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut v: serde_json::Value = serde_json::from_str(GOOD).unwrap();
        edit(&mut v);
        v.to_string()
    }

    fn problems(text: &str) -> Vec<String> {
        Config::parse(text).expect_err("should be refused").problems
    }

    #[test]
    fn the_shipped_config_is_valid_and_points_at_the_dev_inbox() {
        let c = Config::parse(GOOD).expect("shipped config.json");
        assert_eq!(c.send_to().map(|e| e.url.as_str()), Some("/api/submissions"));
        assert_eq!(c.delivery, Delivery::Endpoint);
        assert_eq!(c.protective_marking, "OFFICIAL-SENSITIVE");
        assert!(c.warnings().is_empty());
    }

    #[test]
    fn a_missing_field_is_named() {
        let p = problems(&with(|v| {
            v["force"].as_object_mut().unwrap().remove("area");
        }));
        assert_eq!(p.len(), 1);
        assert!(p[0].contains("missing setting `area`"), "{p:?}");
        assert!(p[0].starts_with("config.json has a wrong or missing setting (line 1"), "{p:?}");
    }

    #[test]
    fn a_wrong_type_is_named_in_words() {
        let p = problems(&with(|v| v["endpoint"]["timeout_seconds"] = "thirty".into()));
        assert!(p[0].contains("wrong type: string \"thirty\", expected a whole number"), "{p:?}");
        let p = problems(&with(|v| v["force"]["national"] = 1.into()));
        assert!(p[0].contains("expected true or false"), "{p:?}");
    }

    #[test]
    fn malformed_json_says_where() {
        let p = problems("{\"force\": ");
        assert!(p[0].starts_with("config.json is not valid JSON (line 1, column 10)"), "{p:?}");
        let p = problems("");
        assert!(p[0].starts_with("config.json is not valid JSON"), "{p:?}");
    }

    #[test]
    fn an_unknown_setting_is_refused_so_typos_show() {
        let p = problems(&with(|v| v["force"]["nmae"] = "x".into()));
        assert!(p[0].contains("unknown setting `nmae`"), "{p:?}");
    }

    #[test]
    fn bad_urls_are_refused_with_the_reason() {
        for (url, expect) in [
            ("", "endpoint.url is missing or empty"),
            ("ftp://x.example", "must start with https://"),
            ("https://", "has no server name"),
            ("https://user:pw@flow.example/x", "must not contain a user name or password"),
            ("https://a b.example", "must not contain spaces"),
            ("//evil.example/x", "single /"),
            ("api/submissions", "must start with https://"),
        ] {
            let p = problems(&with(|v| v["endpoint"]["url"] = url.into()));
            assert_eq!(p.len(), 1, "{url}: {p:?}");
            assert!(p[0].contains(expect), "{url}: {p:?}");
        }
        for ok in ["https://prod-12.uksouth.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?api-version=2016-10-01&sig=x", "/api/submissions", "http://127.0.0.1:9000/in", "https://[::1]:8443/x"] {
            assert_eq!(check_endpoint_url(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn url_origin_is_scheme_host_and_port_as_a_browser_writes_it() {
        for (url, origin) in [
            ("https://prod-12.uksouth.logic.azure.com:443/workflows/abc?sig=x", Some("https://prod-12.uksouth.logic.azure.com")),
            ("HTTPS://Relay.Force.Example/in", Some("https://relay.force.example")),
            ("http://127.0.0.1:9000/in", Some("http://127.0.0.1:9000")),
            ("http://relay.example:80", Some("http://relay.example")),
            ("https://[::1]:8443/x", Some("https://[::1]:8443")),
            ("https://[::1]/x", Some("https://[::1]")),
            ("https://relay.example?x=1", Some("https://relay.example")),
            ("https://user:pw@relay.example/x", Some("https://relay.example")),
            ("/api/submissions", None),
            ("//evil.example/x", None),
            ("ftp://x.example", None),
            ("https://", None),
            ("https://a;b.example/", None),
            ("", None),
        ] {
            assert_eq!(url_origin(url).as_deref(), origin, "{url}");
        }
    }

    #[test]
    fn redacted_url_hides_signatures_and_keys_only() {
        assert_eq!(
            redacted_url("https://prod.logic.azure.com/workflows/abc/invoke?api-version=2016-10-01&sp=%2Ftriggers&sv=1.0&sig=AbC123"),
            "https://prod.logic.azure.com/workflows/abc/invoke?api-version=2016-10-01&sp=%2Ftriggers&sv=1.0&sig=…"
        );
        assert_eq!(redacted_url("https://f.example/api?code=xyz&x-api-key=k#top"), "https://f.example/api?code=…&x-api-key=…#top");
        assert_eq!(redacted_url("/api/submissions"), "/api/submissions");
        assert_eq!(redacted_url("https://f.example/?signed=1"), "https://f.example/?signed=1");
    }

    #[test]
    fn plain_http_elsewhere_is_a_warning_not_an_error() {
        let c = Config::parse(&with(|v| v["endpoint"]["url"] = "http://relay.force.local/in".into())).unwrap();
        assert_eq!(c.warnings().len(), 2, "{:?}", c.warnings());
        assert!(c.warnings()[0].contains("unencrypted"));
        assert!(c.warnings()[1].contains("Content-Security-Policy"));
    }

    #[test]
    fn an_area_without_crime_references_checks_all_but_the_pattern() {
        let bad_pattern = with(|v| v["crime_reference"]["pattern"] = serde_json::json!("[0-9{2}"));
        assert!(Config::parse(&bad_pattern).is_err());
        assert!(Config::parse_without_pattern(&bad_pattern).is_ok());
        let both = with(|v| {
            v["crime_reference"]["pattern"] = serde_json::json!("[0-9{2}");
            v["force"]["name"] = serde_json::json!(" ");
        });
        let all = Config::parse(&both).unwrap_err().problems;
        let but = Config::parse_without_pattern(&both).unwrap_err().problems;
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(but, all.iter().filter(|p| !p.starts_with("crime_reference")).cloned().collect::<Vec<_>>());
        assert_eq!(Config::parse_without_pattern(GOOD), Config::parse(GOOD));
    }

    #[test]
    fn a_bad_regex_is_refused_with_the_regex_error() {
        let p = problems(&with(|v| v["crime_reference"]["pattern"] = "[0-9{2}".into()));
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].starts_with("crime_reference.pattern is not a valid regular expression:"), "{p:?}");
        let p = problems(&with(|v| v["crime_reference"]["pattern"] = "".into()));
        assert!(p[0].contains("it is empty"), "{p:?}");
    }

    #[test]
    fn the_example_must_match_the_whole_pattern() {
        let p = problems(&with(|v| v["crime_reference"]["example"] = "24/123456/25 extra".into()));
        assert_eq!(p, vec!["crime_reference.example \"24/123456/25 extra\" does not match crime_reference.pattern".to_string()]);
        let c = Config::parse(GOOD).unwrap();
        let re = c.crime_reference_regex().unwrap();
        assert!(re.is_match("24/123456/25"));
        assert!(!re.is_match("x24/123456/25"));
    }

    #[test]
    fn an_unbalanced_pattern_cannot_escape_its_anchors() {
        // Found by the property tests: wrapped in ^(?:…)$ these became valid patterns
        // that match any reference at all.
        for pattern in [")|(", ")(?:", "a)|(b"] {
            let p = problems(&with(|v| v["crime_reference"]["pattern"] = pattern.into()));
            assert!(p[0].starts_with("crime_reference.pattern is not a valid regular expression:"), "{pattern}: {p:?}");
        }
    }

    #[test]
    fn line_breaks_in_a_setting_name_are_shown_escaped() {
        let e = Config::parse(&with(|v| v["force"]["x\ny"] = true.into())).unwrap_err();
        assert!(e.problems[0].contains("unknown setting `x\\ny`"), "{e:?}");
        let p = problems(&with(|v| v["contacts"]["legal_services"]["email"] = "\n\u{7}".into()));
        assert_eq!(p, vec!["contacts.legal_services.email \"\\n\\u{7}\" is not an email address".to_string()]);
    }

    #[test]
    fn draft_expiry_is_required_and_bounded_for_this_computer() {
        let p = problems(&with(|v| {
            v["drafts"] = serde_json::json!({"storage": "this-computer"});
        }));
        assert_eq!(p, vec!["drafts.expiry_hours is needed when drafts.storage is \"this-computer\"".to_string()]);
        let p = problems(&with(|v| v["drafts"]["expiry_hours"] = 10_000.into()));
        assert!(p[0].contains("from 1 to 720"), "{p:?}");
        let p = problems(&with(|v| v["drafts"]["storage"] = "cloud".into()));
        assert!(p[0].contains("unknown variant `cloud`"), "{p:?}");
        let c = Config::parse(&with(|v| v["drafts"] = serde_json::json!({"storage": "off"}))).unwrap();
        assert_eq!(c.drafts.storage, DraftStorage::Off);
    }

    #[test]
    fn contacts_need_a_name_and_a_way_to_reach_them() {
        let p = problems(&with(|v| {
            v["contacts"]["legal_services"] = serde_json::json!({"name": "", "email": "not-an-email"});
        }));
        assert_eq!(
            p,
            vec![
                "contacts.legal_services.name is missing or empty".to_string(),
                "contacts.legal_services.email \"not-an-email\" is not an email address".to_string()
            ]
        );
        let p = problems(&with(|v| {
            v["contacts"]["stalking_unit"] = serde_json::json!({"name": "Unit"});
        }));
        assert_eq!(p, vec!["contacts.stalking_unit needs an email address or a phone number".to_string()]);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let p = problems(&with(|v| {
            v["force"]["name"] = "".into();
            v["endpoint"]["timeout_seconds"] = 0.into();
            v["protective_marking"] = " ".into();
        }));
        assert_eq!(p.len(), 3, "{p:?}");
    }

    #[test]
    fn email_delivery_needs_no_endpoint_but_both_addresses() {
        let c = Config::parse(&with(|v| {
            v["delivery"] = "email".into();
            v.as_object_mut().unwrap().remove("endpoint");
        }))
        .unwrap();
        assert_eq!(c.delivery, Delivery::Email);
        assert_eq!(c.send_to(), None);
        assert_eq!(c.email_recipients(), vec!["legal.services@exampleshire.police.example".to_string(), "stalking.unit@exampleshire.police.example".to_string()]);
        assert!(c.warnings().is_empty(), "{:?}", c.warnings());
        let p = problems(&with(|v| {
            v["delivery"] = "email".into();
            v["contacts"]["stalking_unit"]["email"] = "".into();
        }));
        assert_eq!(p, vec!["contacts.stalking_unit.email is needed when delivery is \"email\": the email is addressed to it".to_string()]);
        let kept = Config::parse(&with(|v| v["delivery"] = "email".into())).unwrap();
        assert_eq!(kept.send_to(), None, "an endpoint left in is not used");
        assert!(kept.warnings()[0].contains("endpoint is not used"), "{:?}", kept.warnings());
    }

    #[test]
    fn the_review_endpoint_is_optional_and_checked_like_the_endpoint() {
        assert_eq!(Config::parse(GOOD).unwrap().review_endpoint.map(|e| e.url), Some("/api/advice".to_string()), "the dev inbox's");
        let without = Config::parse(&with(|v| {
            v.as_object_mut().unwrap().remove("review_endpoint");
        }))
        .unwrap();
        assert_eq!(without.review_endpoint, None);
        let p = problems(&with(|v| {
            v["review_endpoint"]["url"] = "ftp://files.example/advice".into();
            v["review_endpoint"]["timeout_seconds"] = 0.into();
        }));
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[0].starts_with("review_endpoint.url "), "{p:?}");
        assert_eq!(p[1], "review_endpoint.timeout_seconds must be a whole number of seconds from 1 to 300");
        let c = Config::parse(&with(|v| v["review_endpoint"]["url"] = "http://cases.force.example/advice".into())).unwrap();
        assert!(c.warnings().iter().any(|w| w.starts_with("review_endpoint.url uses plain http")), "{:?}", c.warnings());
        let p = problems(&with(|v| v["review_endpoint"]["sends"] = true.into()));
        assert!(p[0].contains("unknown setting `sends`"), "{p:?}");
    }

    #[test]
    fn endpoint_delivery_needs_an_endpoint() {
        let p = problems(&with(|v| {
            v.as_object_mut().unwrap().remove("endpoint");
        }));
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].starts_with("endpoint is missing"), "{p:?}");
        let p = problems(&with(|v| v["delivery"] = "post".into()));
        assert!(p[0].contains("unknown variant `post`"), "{p:?}");
    }

    #[test]
    fn plain_http_on_another_server_is_warned_about_the_page_policy() {
        let c = Config::parse(&with(|v| v["endpoint"]["url"] = "http://127.0.0.1:9000/in".into())).unwrap();
        assert_eq!(c.warnings().len(), 1, "{:?}", c.warnings());
        assert!(c.warnings()[0].contains("Content-Security-Policy"));
    }

    #[test]
    fn the_marking_defaults_when_left_out() {
        let c = Config::parse(&with(|v| {
            v.as_object_mut().unwrap().remove("protective_marking");
        }))
        .unwrap();
        assert_eq!(c.protective_marking, "OFFICIAL-SENSITIVE");
    }
}
