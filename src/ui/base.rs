//! The site's base path, so the same build works at `/` and under a sub-path such as
//! `/spo/`. trunk writes the public URL into `<base href>`; every link goes through
//! [`href`] because leptos_router's `<A>` does not add the router base (toolchain.md).
use leptos::prelude::document;

/// The base path without a trailing slash: "" at the site root, "/spo" under /spo/.
pub fn base_path() -> String {
    let uri = document().base_uri().ok().flatten().unwrap_or_default();
    let path = web_sys::Url::new(&uri).map(|u| u.pathname()).unwrap_or_default();
    path.trim_end_matches('/').to_string()
}

/// A link to a route of this app: `href("guidance/three-tests")` → "/spo/guidance/three-tests".
pub fn href(route: &str) -> String {
    format!("{}/{}", base_path(), route.trim_start_matches('/'))
}

/// A URL for a file served beside the app, e.g. `asset("config.json")`.
pub fn asset(file: &str) -> String {
    href(file)
}
