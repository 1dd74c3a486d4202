//! The contacts from config.json, written into index.html at build time: into the
//! `<noscript>` message, so an officer whose browser runs no JavaScript still learns
//! whom to ask, and into a `<template>` that public/fallback.js shows when the app
//! cannot start (no WebAssembly, or a failed start).
//! `cargo xtask content --dist DIR` writes them again after a deployer edits config.json.
use spo_triage::domain::config::{Config, Contact};
use spo_triage::domain::guidance::escape_html as escape;
use std::path::Path;

const START: &str = "<!-- contacts -->";
const END: &str = "<!-- /contacts -->";

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

/// Replace whatever is between each pair of markers in `index_html` with the contacts
/// (or with nothing when the config cannot be used: the page then keeps its general
/// advice). index.html has two: the `<noscript>` message, and the `<template>` that
/// public/fallback.js shows when the app cannot start.
pub fn apply(index_html: &str, config: Option<&Config>) -> Result<String, String> {
    let inner = config.map(|c| format!("\n      {}\n      ", contacts_html(c))).unwrap_or_default();
    let mut out = String::with_capacity(index_html.len() + 2 * inner.len());
    let mut rest = index_html;
    while let Some(start) = rest.find(START) {
        let end = rest[start..].find(END).map(|i| i + start).ok_or("index.html has a <!-- contacts --> marker without its <!-- /contacts -->")?;
        out.push_str(&rest[..start]);
        out.push_str(START);
        out.push_str(&inner);
        rest = &rest[end..];
        // Step past the end marker, so the next search starts after it.
        out.push_str(END);
        rest = &rest[END.len()..];
    }
    if out.is_empty() {
        return Err("index.html has no <!-- contacts --> marker".into());
    }
    out.push_str(rest);
    Ok(out)
}

/// Write the contacts from `dist/config.json` into `dist/index.html`.
pub fn write_into(dist: &Path) -> Result<(), String> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let config_text = std::fs::read_to_string(dist.join("config.json")).unwrap_or_default();
    let config = match Config::parse(&config_text) {
        Ok(c) => Some(c),
        Err(e) => {
            println!("xtask: warning: config.json cannot be used ({e}); the no-JavaScript message will have no contacts");
            None
        }
    };
    let html = apply(&html, config.as_ref())?;
    std::fs::write(&index, html).map_err(|e| format!("{}: {e}", index.display()))
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
    }
}
