//! Reading a Content-Security-Policy, so the diagnostics page can tell force IT that
//! the site's own policy (not the endpoint's CORS) stopped a request.

/// Whether `policy` lets a page at `page_origin` connect to `origin` (both as
/// [`crate::domain::config::url_origin`] writes them). Reads `connect-src`, or
/// `default-src` when there is none; a policy without either allows everything.
pub fn connect_allowed(policy: &str, origin: &str, page_origin: &str) -> bool {
    let directive = |name: &str| {
        policy.split(';').map(str::trim).find_map(|d| {
            let mut words = d.split_whitespace();
            words.next().filter(|n| n.eq_ignore_ascii_case(name)).map(|_| words.map(str::to_string).collect::<Vec<_>>())
        })
    };
    let Some(sources) = directive("connect-src").or_else(|| directive("default-src")) else { return true };
    let scheme = origin.split_once("://").map_or("", |(s, _)| s);
    sources.iter().any(|s| {
        let s = s.trim_end_matches('/').to_ascii_lowercase();
        s == "*" || s == origin || (s == "'self'" && origin == page_origin) || s == format!("{scheme}:")
    })
}

#[cfg(test)]
mod tests {
    use super::connect_allowed;

    const PAGE: &str = "http://127.0.0.1:8080";

    #[test]
    fn reads_connect_src_then_default_src() {
        let policy = "default-src 'self'; script-src 'self'; connect-src 'self' https://flow.example; object-src 'none'";
        assert!(connect_allowed(policy, PAGE, PAGE));
        assert!(connect_allowed(policy, "https://flow.example", PAGE));
        assert!(!connect_allowed(policy, "https://other.example", PAGE));
        assert!(!connect_allowed("default-src 'self'", "https://flow.example", PAGE));
        assert!(connect_allowed("script-src 'self'", "https://flow.example", PAGE));
        assert!(connect_allowed("connect-src https:", "https://flow.example", PAGE));
        assert!(!connect_allowed("connect-src https:", "http://flow.example", PAGE));
        assert!(connect_allowed("CONNECT-SRC *", "https://flow.example", PAGE));
    }
}
