//! The contacts from config.json, written into index.html's `<noscript>` message at
//! build time, so an officer whose browser runs no JavaScript still learns whom to ask.
//! `cargo xtask content --dist DIR` writes them again after a deployer edits config.json.
use spo_triage::domain::config::{Config, Contact};
use std::path::Path;

const START: &str = "<!-- contacts -->";
const END: &str = "<!-- /contacts -->";

/// What each contact is for, in the order shown. public/fallback.js uses the same words.
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
    let mut html = String::from("<h2 class=\"heading-m\">Who to contact</h2>\n      <ul class=\"list\" id=\"noscript-contacts\">\n");
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

/// Replace whatever is between the markers in `index_html` with the contacts (or with
/// nothing when the config cannot be used: the page then keeps its general advice).
pub fn apply(index_html: &str, config: Option<&Config>) -> Result<String, String> {
    let start = index_html.find(START).ok_or("index.html has no <!-- contacts --> marker in its <noscript> block")?;
    let end = index_html[start..].find(END).map(|i| i + start).ok_or("index.html has no <!-- /contacts --> marker")?;
    let inner = config.map(|c| format!("\n      {}\n      ", contacts_html(c))).unwrap_or_default();
    Ok(format!("{}{START}{inner}{}", &index_html[..start], &index_html[end..]))
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

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../public/config.json");
    const PAGE: &str = "<noscript><p>Needs JavaScript.</p>\n<!-- contacts --><!-- /contacts --></noscript>";

    #[test]
    fn writes_every_contact_between_the_markers_and_again_without_doubling() {
        let config = Config::parse(SHIPPED).unwrap();
        let once = apply(PAGE, Some(&config)).unwrap();
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
        assert!(apply(page, None).is_ok());
    }
}
