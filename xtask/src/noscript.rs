//! What the pages show from config.json before the app starts, written at build time:
//! the force's name and protective marking in the header, and the contacts: into the
//! `<noscript>` message, so an officer whose browser runs no JavaScript still learns
//! whom to ask, and into a `<template>` that public/fallback.js shows when the app
//! cannot start (no WebAssembly, or a failed start).
//! `cargo xtask content --dist DIR` writes them again after a deployer edits config.json.
use spo_triage::domain::config::{Config, Contact};
use spo_triage::domain::guidance::escape_html as escape;
use std::path::Path;

/// What each contact is for, in the order shown.
pub fn contact_list(config: &Config) -> Vec<(&'static str, &Contact)> {
    let c = &config.contacts;
    vec![
        ("Problems with this site", &c.service_support),
        ("Stalking Protection Orders", &c.stalking_unit),
        ("Legal advice on an application", &c.legal_services),
        ("Respondents under 18", &c.youth_justice_service),
    ]
}

/// The contacts as HTML, every value escaped.
pub fn contacts_html(config: &Config) -> String {
    let mut html = String::from("<h2 class=\"heading-m\">Who to contact</h2>\n      <ul class=\"list\" id=\"force-contacts\">\n");
    for (purpose, contact) in contact_list(config) {
        let mut ways = Vec::new();
        if !contact.email.trim().is_empty() {
            let email = escape(contact.email.trim());
            ways.push(format!("email <a href=\"mailto:{email}\">{email}</a>"));
        }
        if !contact.phone.trim().is_empty() {
            ways.push(format!("phone {}", escape(contact.phone.trim())));
        }
        html.push_str(&format!(
            "        <li>{}: <strong>{}</strong>, {}</li>\n",
            escape(purpose),
            escape(&contact.name),
            ways.join(", ")
        ));
    }
    html.push_str("      </ul>");
    html
}

/// Write into each pair of `<!-- name -->…<!-- /name -->` markers in `html`; `Ok(None)`
/// when the page has none of them.
pub fn fill(html: &str, name: &str, inner: &str) -> Result<Option<String>, String> {
    let (start_marker, end_marker) = (format!("<!-- {name} -->"), format!("<!-- /{name} -->"));
    let mut out = String::with_capacity(html.len() + 2 * inner.len());
    let mut rest = html;
    let mut found = false;
    while let Some(start) = rest.find(&start_marker) {
        let end = rest[start..].find(&end_marker).map(|i| i + start).ok_or(format!("a page has a {start_marker} marker without its {end_marker}"))?;
        found = true;
        out.push_str(&rest[..start]);
        out.push_str(&start_marker);
        out.push_str(inner);
        out.push_str(&end_marker);
        rest = &rest[end + end_marker.len()..];
    }
    if !found {
        return Ok(None);
    }
    out.push_str(rest);
    Ok(Some(out))
}

/// Write what a page shows from config.json before the app starts: the contacts (each
/// page has two places: the `<noscript>` message, and the `<template>` that
/// public/fallback.js shows when the app cannot start), the force's name and the
/// protective marking. With no usable config the contacts are left out (the page keeps
/// its general advice), the name is empty and the marking is the default.
pub fn apply(page: &str, config: Option<&Config>) -> Result<String, String> {
    let contacts = config.map(|c| format!("\n      {}\n      ", contacts_html(c))).unwrap_or_default();
    let mut html = fill(page, "contacts", &contacts)?.ok_or("a page has no <!-- contacts --> marker")?;
    let force = config.map(|c| escape(&c.force.name)).unwrap_or_default();
    let marking = escape(config.map(|c| c.protective_marking.as_str()).unwrap_or("OFFICIAL-SENSITIVE"));
    for (name, inner) in [("force", force), ("marking", marking)] {
        if let Some(next) = fill(&html, name, &inner)? {
            html = next;
        }
    }
    Ok(html)
}

/// Write from `dist/config.json` into every page of the site.
pub fn write_into(dist: &Path) -> Result<(), String> {
    let config_text = std::fs::read_to_string(dist.join("config.json")).unwrap_or_default();
    let config = match Config::parse(&config_text) {
        Ok(c) => Some(c),
        Err(e) => {
            println!("xtask: warning: config.json cannot be used ({e}); the pages will have no contacts before the app starts");
            None
        }
    };
    for page in crate::site::pages(dist)? {
        let html = std::fs::read_to_string(&page).map_err(|e| format!("{}: {e}", page.display()))?;
        let html = apply(&html, config.as_ref()).map_err(|e| format!("{}: {e}", page.display()))?;
        std::fs::write(&page, html).map_err(|e| format!("{}: {e}", page.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../public/config.json");
    const PAGE: &str = "<noscript><p>Needs JavaScript.</p>\n<!-- contacts --><!-- /contacts --></noscript>\n<template id=\"contacts-template\"><!-- contacts --><!-- /contacts --></template>";

    #[test]
    fn writes_every_contact_between_the_markers_and_again_without_doubling() {
        let config = Config::parse(SHIPPED).unwrap();
        let once = apply(PAGE, Some(&config)).unwrap();
        assert_eq!(once.matches("Stalking and Harassment Unit").count(), 2, "both places: {once}");
        for text in ["IT Service Desk", "mailto:servicedesk@exampleshire.police.example", "phone 01234 567899", "Stalking and Harassment Unit", "Force Legal Services", "Exampleshire Youth Justice Service"] {
            assert!(once.contains(text), "{text} missing from {once}");
        }
        let twice = apply(&once, Some(&config)).unwrap();
        assert_eq!(once, twice);
        assert_eq!(apply(&once, None).unwrap(), PAGE, "no usable config: markers left empty");
    }

    #[test]
    fn contact_values_are_escaped() {
        let mut config = Config::parse(SHIPPED).unwrap();
        config.contacts.service_support.name = "<img src=x onerror=alert(1)>".into();
        config.contacts.service_support.phone = "\"><script>alert(1)</script>".into();
        let html = contacts_html(&config);
        assert!(!html.contains("<img") && !html.contains("<script"), "{html}");
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "{html}");
    }

    #[test]
    fn the_real_index_html_has_the_markers() {
        let page = include_str!("../../index.html");
        let config = Config::parse(SHIPPED).unwrap();
        let built = apply(page, Some(&config)).unwrap();
        assert_eq!(built.matches("Stalking and Harassment Unit").count(), 2, "the <noscript> message and the fallback's <template>");
        assert!(built.contains(&format!("<!-- force -->{}<!-- /force -->", escape(&config.force.name))), "{built}");
        assert!(built.contains("<!-- marking -->OFFICIAL-SENSITIVE<!-- /marking -->"), "{built}");
    }

    #[test]
    fn the_force_name_is_escaped_and_refilled() {
        let mut config = Config::parse(SHIPPED).unwrap();
        config.force.name = "A & <b>B</b>".into();
        let page = format!("{PAGE}<span><!-- force -->Old<!-- /force --></span>");
        let html = apply(&page, Some(&config)).unwrap();
        assert!(html.contains("<!-- force -->A &amp; &lt;b&gt;B&lt;/b&gt;<!-- /force -->"), "{html}");
        assert!(fill("<!-- force -->x", "force", "y").is_err(), "a marker without its end is a mistake");
        assert_eq!(fill("<p>no markers</p>", "force", "y").unwrap(), None);
    }
}
