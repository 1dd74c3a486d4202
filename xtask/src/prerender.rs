//! Prerendering: the pages people open first, written as the app itself draws them, so
//! they show and take typing as soon as the HTML and CSS arrive. The app (most of the
//! site's weight) follows only when someone is there to use it (public/boot.js) and then
//! takes the page over with whatever was typed (src/ui/takeover.rs).
//!
//! `xtask/prerender.mjs` opens the built site in Chromium and records what the app drew
//! on each page it links to; this writes each as `ROUTE/index.html` from index.html, the
//! home page into index.html itself. A page whose content shows anything from
//! config.json is left out, as a deployer may change config.json after the build. The
//! force's name, marking and contacts in the header, footer and messages are kept
//! between markers: public/boot.js shows config.json's values as the page loads, and
//! `cargo xtask content --dist` can rewrite them in the files.
use crate::noscript::fill;
use crate::serve::DevServer;
use crate::{proc, root};
use spo_triage::domain::config::Config;
use spo_triage::domain::guidance::escape_html as escape;
use std::path::{Path, PathBuf};

/// One page as the app drew it.
#[derive(Debug)]
pub struct Drawn {
    pub route: String,
    pub title: String,
    /// The app's elements under `<body>`.
    pub body: String,
}

/// Prerender the site in `dist` (built for `base`) with `chromium`. Returns how many
/// pages were written.
pub fn run(dist: &Path, base: &str, chromium: &Path) -> Result<usize, String> {
    remove_old(dist)?;
    let work = root().join("target").join("prerender");
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    let out = work.join(format!("pages-{}.json", base.trim_matches('/').replace('/', "-")));
    let server = DevServer::start("127.0.0.1:0", dist.to_path_buf(), base.to_string(), work.join("inbox"), 4)?;
    let url = format!("http://127.0.0.1:{}{base}", server.port);
    let outcome = proc::run(
        &root(),
        "node",
        &["xtask/prerender.mjs", &url, &out.to_string_lossy()],
        &[("CHROMIUM_PATH", chromium.to_string_lossy().into_owned())],
    );
    server.stop();
    outcome?;
    let text = std::fs::read_to_string(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let drawn = parse(&text)?;
    let index = dist.join("index.html");
    let template = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let config = Config::parse(&std::fs::read_to_string(dist.join("config.json")).unwrap_or_default()).ok();
    let mut written = 0;
    let mut left_out = Vec::new();
    for page in &drawn {
        if let Some(value) = config.as_ref().and_then(|c| shows_config(&page.body, c)) {
            left_out.push(format!("{} (shows {value:?} from config.json)", page.route));
            continue;
        }
        let html = page_html(&template, page)?;
        let file = if page.route.is_empty() { index.clone() } else { dist.join(&page.route).join("index.html") };
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&file, html).map_err(|e| format!("{}: {e}", file.display()))?;
        written += 1;
    }
    println!("xtask: prerendered {written} pages into {}", dist.display());
    if !left_out.is_empty() {
        println!("xtask: not prerendered, they show settings from config.json: {}", left_out.join(", "));
    }
    Ok(written)
}

fn parse(text: &str) -> Result<Vec<Drawn>, String> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("prerender output: {e}"))?;
    let list = value.as_array().ok_or("prerender output is not a list")?;
    list.iter()
        .map(|p| {
            let field = |name: &str| p.get(name).and_then(|v| v.as_str()).map(str::to_string).ok_or(format!("prerender output: a page has no {name}"));
            let route = field("route")?;
            if route.split('/').any(|s| s == ".." || s.starts_with('.')) || route.contains('\\') {
                return Err(format!("prerender output: odd route {route:?}"));
            }
            Ok(Drawn { route, title: field("title")?, body: field("body")? })
        })
        .collect()
}

/// The prerendered pages of an earlier build, so none outlives its route.
fn remove_old(dist: &Path) -> Result<(), String> {
    for page in crate::site::pages(dist)? {
        if page != dist.join("index.html") {
            std::fs::remove_file(&page).map_err(|e| format!("{}: {e}", page.display()))?;
            for ext in ["gz", "br"] {
                let mut copy = page.clone().into_os_string();
                copy.push(format!(".{ext}"));
                let _ = std::fs::remove_file(PathBuf::from(copy));
            }
        }
    }
    Ok(())
}

/// A value from config.json that the page's main content shows, if any.
fn shows_config(body: &str, config: &Config) -> Option<String> {
    let main = body.find("<main").map(|i| &body[i..]).unwrap_or(body);
    let main = main.find("</main>").map(|i| &main[..i]).unwrap_or(main);
    let mut values = vec![&config.force.name, &config.force.area, &config.crime_reference.example];
    values.extend(config.endpoint.as_ref().map(|e| &e.url));
    for (_, contact) in crate::noscript::contact_list(config) {
        values.extend([&contact.name, &contact.email, &contact.phone]);
    }
    values
        .into_iter()
        .map(|v| v.trim())
        .filter(|v| v.chars().count() >= 3)
        .find(|v| main.contains(*v) || main.contains(&escape(v)))
        .map(str::to_string)
}

/// index.html with the page the app drew in its frame.
pub fn page_html(template: &str, page: &Drawn) -> Result<String, String> {
    // The page has its own <h1>: the message's heading is one level down here.
    let noscript = between(template, "<noscript>\n        <div class=\"notice", "</noscript>")
        .unwrap_or_default()
        .replace("<h1 class=\"heading-l\">This service needs JavaScript</h1>", "<h2 class=\"heading-l\">This service needs JavaScript</h2>");
    // Leptos keeps empty comments as placeholders in the live page; a copy needs none.
    let body = mark_config_text(&page.body.replace("<!---->", ""));
    let body = posted_forms(&body);
    let at = body.find("<main").and_then(|i| body[i..].find('>').map(|j| i + j + 1)).ok_or(format!("{}: the page has no <main>", page.route))?;
    // Only in the frame: a status line boot.js fills when a button waits for the app, the
    // line shown under the page's heading while saved answers are restored (boot.js makes
    // it the heading when index.html is sent for another address), and the no-JavaScript
    // message.
    let extra = format!(
        "<div id=\"boot-status\" class=\"visually-hidden\" role=\"status\"></div><p class=\"loading\">Loading your saved answers…</p>{noscript}"
    );
    let frame = format!("<div id=\"loading-frame\" data-prerendered=\"\">{}{extra}{}</div>", &body[..at], &body[at..]);
    let html = fill(template, "frame", &frame)?.ok_or("index.html has no <!-- frame --> marker")?;
    let html = boot_prerendered(&html, &page.route);
    Ok(replace_title(&html, &page.title))
}

/// `<noscript>…</noscript>` of the template's frame, whole.
fn between(text: &str, start: &str, end: &str) -> Option<String> {
    let s = text.find(start)?;
    let e = text[s..].find(end)? + s + end.len();
    Some(text[s..e].to_string())
}

/// The app's header and footer show the force's name and the marking: keep them between
/// markers, so `cargo xtask content --dist` can write a deployer's new ones.
fn mark_config_text(body: &str) -> String {
    let mut out = body.to_string();
    for (open, name) in [
        ("<span class=\"site-header__force\">", "force"),
        ("<div class=\"marking\">", "marking"),
        ("<p class=\"marking marking--footer\">", "marking"),
    ] {
        let mut result = String::with_capacity(out.len() + 64);
        let mut rest = out.as_str();
        while let Some(i) = rest.find(open) {
            let text_start = i + open.len();
            let text_end = rest[text_start..].find('<').map(|j| j + text_start).unwrap_or(rest.len());
            result.push_str(&rest[..text_start]);
            result.push_str(&format!("<!-- {name} -->{}<!-- /{name} -->", &rest[text_start..text_end]));
            rest = &rest[text_end..];
        }
        result.push_str(rest);
        out = result;
    }
    out
}

/// The app's forms are handled by script; should one ever be submitted by the browser
/// (boot.js stops that), POST keeps the answers out of the address.
fn posted_forms(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = rest.find("<form") {
        let end = rest[i..].find('>').map(|j| i + j).unwrap_or(rest.len());
        out.push_str(&rest[..i]);
        let tag = &rest[i..end];
        if tag.contains(" method=") {
            out.push_str(tag);
        } else {
            out.push_str(&format!("{tag} method=\"post\""));
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Tell boot.js which page this is: `<html … data-prerendered="ROUTE">`.
fn boot_prerendered(html: &str, route: &str) -> String {
    html.replacen("<html lang=\"en-GB\">", &format!("<html lang=\"en-GB\" data-prerendered=\"{}\">", escape(route)), 1)
}

fn replace_title(html: &str, title: &str) -> String {
    match (html.find("<title>"), html.find("</title>")) {
        (Some(s), Some(e)) if e > s => format!("{}<title>{}{}", &html[..s], escape(title), &html[e..]),
        _ => html.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = include_str!("../../index.html");

    fn drawn(route: &str, main: &str) -> Drawn {
        Drawn {
            route: route.into(),
            title: "About you – SPO triage".into(),
            body: format!("<a class=\"skip-link\" href=\"/{route}#main-content\">Skip</a><header class=\"site-header\"><div class=\"marking\">OFFICIAL-SENSITIVE</div><div class=\"width\"><a><span class=\"site-header__force\">Exampleshire Police</span></a></div></header><main id=\"main-content\" class=\"width main\" tabindex=\"-1\">{main}</main><footer><p class=\"marking marking--footer\">OFFICIAL-SENSITIVE</p></footer>"),
        }
    }

    #[test]
    fn a_page_is_index_html_with_the_drawn_page_in_its_frame() {
        let page = page_html(TEMPLATE, &drawn("triage/about-you", "<h1 id=\"h\">About you</h1><form class=\"f\"><input id=\"about-name\"></form>")).unwrap();
        assert!(page.contains("<html lang=\"en-GB\" data-prerendered=\"triage/about-you\">"), "{page}");
        assert!(page.contains("<title>About you – SPO triage</title>"), "{page}");
        assert!(page.contains("<div id=\"loading-frame\" data-prerendered=\"\"><a class=\"skip-link\""), "{page}");
        assert!(page.contains("<form class=\"f\" method=\"post\">"), "{page}");
        assert!(page.contains("<!-- force -->Exampleshire Police<!-- /force -->"), "{page}");
        assert_eq!(page.matches("<!-- marking -->OFFICIAL-SENSITIVE<!-- /marking -->").count(), 2, "{page}");
        let main = &page[page.find("<main").unwrap()..];
        assert!(main.contains("role=\"status\"") && main.contains("<noscript>") && main.contains("<!-- contacts -->"), "{main}");
        assert!(main.contains("<h2 class=\"heading-l\">This service needs JavaScript</h2>"), "one <h1> on the page: {main}");
        assert_eq!(page.matches("id=\"loading-frame\"").count(), 1, "the template's own frame is replaced");
        // And the config step fills it like index.html.
        let config = Config::parse(include_str!("../../public/config.json")).unwrap();
        let filled = crate::noscript::apply(&page, Some(&config)).unwrap();
        assert!(filled.contains("Stalking and Harassment Unit"), "{filled}");
    }

    #[test]
    fn pages_showing_settings_are_found() {
        let config = Config::parse(include_str!("../../public/config.json")).unwrap();
        let plain = drawn("triage/about-you", "<h1>About you</h1>");
        assert_eq!(shows_config(&plain.body, &config), None, "the header's force name does not count");
        let area = drawn("triage/respondent", &format!("<p>Lives in {}?</p>", escape(&config.force.area)));
        assert_eq!(shows_config(&area.body, &config).as_deref(), Some(config.force.area.as_str()));
    }

    #[test]
    fn odd_routes_from_the_browser_are_refused() {
        assert!(parse(r#"[{"route":"../x","title":"t","body":"b"}]"#).is_err());
        assert_eq!(parse(r#"[{"route":"guidance/three-tests","title":"t","body":"b"}]"#).unwrap()[0].route, "guidance/three-tests");
    }
}
