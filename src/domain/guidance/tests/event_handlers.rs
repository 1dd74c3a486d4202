//! Guidance HTML goes into the page with `inner_html`, so nothing in it may run: no
//! `<script>`, no `on…=` event handler, no `style=` (blocked by the site's CSP anyway),
//! no `javascript:`/`data:`/`vbscript:` link. Checked on everything the real content
//! renders to, and on Markdown written to try each of those.
use std::path::PathBuf;

use super::super::render::{render_markdown, RenderOptions};
use super::super::{build, ContentFiles};

/// Every problem in `html`: tags and attributes that could run script or inject style.
fn unsafe_parts(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let lower = html.to_ascii_lowercase();
    let mut rest = lower.as_str();
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let close = after.find('>').unwrap_or(after.len());
        let tag = &after[..close];
        rest = &after[close.min(after.len())..];
        let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '/').collect();
        let name = name.trim_start_matches('/');
        if matches!(name, "script" | "iframe" | "object" | "embed" | "style" | "img" | "svg" | "form" | "base" | "meta" | "link") {
            found.push(format!("<{name}> element"));
        }
        for attribute in attributes(tag) {
            let (key, value) = attribute;
            if key.starts_with("on") || key == "style" || key == "srcdoc" || key == "formaction" {
                found.push(format!("`{key}` attribute in <{tag}>"));
            }
            let value: String = value.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect();
            if ["javascript:", "data:", "vbscript:"].iter().any(|s| value.starts_with(s)) {
                found.push(format!("`{value}` in <{tag}>"));
            }
        }
    }
    found
}

/// `(name, value)` of each attribute in a tag's text (after its `<`), values unquoted.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut chars = tag.char_indices().peekable();
    // Skip the element name.
    while chars.peek().is_some_and(|(_, c)| !c.is_whitespace()) {
        chars.next();
    }
    loop {
        while chars.peek().is_some_and(|(_, c)| c.is_whitespace() || *c == '/') {
            chars.next();
        }
        let Some(&(start, _)) = chars.peek() else { break };
        let mut end = start;
        while let Some(&(i, c)) = chars.peek() {
            if c == '=' || c.is_whitespace() || c == '/' {
                break;
            }
            end = i + c.len_utf8();
            chars.next();
        }
        let key = tag[start..end].to_string();
        let mut value = String::new();
        if chars.peek().is_some_and(|(_, c)| *c == '=') {
            chars.next();
            match chars.peek().map(|(_, c)| *c) {
                Some(q @ ('"' | '\'')) => {
                    chars.next();
                    for (_, c) in chars.by_ref() {
                        if c == q {
                            break;
                        }
                        value.push(c);
                    }
                }
                _ => {
                    while let Some(&(_, c)) = chars.peek() {
                        if c.is_whitespace() {
                            break;
                        }
                        value.push(c);
                        chars.next();
                    }
                }
            }
        }
        if key.is_empty() {
            chars.next();
        } else {
            out.push((key, value));
        }
    }
    out
}

#[test]
fn the_checker_finds_what_it_looks_for() {
    for bad in [
        "<script>alert(1)</script>",
        "<b onclick=\"x()\">b</b>",
        "<b ONMOUSEOVER=x()>b</b>",
        "<p style=\"color:red\">x</p>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=' java\tscript:x'>x</a>",
        "<a href=\"data:text/html,x\">x</a>",
        "<img src=x onerror=alert(1)>",
    ] {
        assert!(!unsafe_parts(bad).is_empty(), "{bad} passed the checker");
    }
    let good = "<h2 id=\"acts\">Acts</h2><p>Ages 10 &lt; 18 <a href=\"https://www.legislation.gov.uk/x\" title=\"onclick\">on</a> <a href=\"#sources\">s</a></p>";
    assert_eq!(unsafe_parts(good), Vec::<String>::new());
}

#[test]
fn markdown_with_raw_html_and_handlers_renders_as_text() {
    for markdown in [
        "<script>window.__pwned=1</script>",
        "Text <img src=x onerror=window.__pwned=1> more",
        "\"><script>window.__pwned=1</script>",
        "<div onclick=\"x()\">block</div>",
        "<svg onload=alert(1)>",
        "<iframe srcdoc=\"<script>x</script>\"></iframe>",
        "<p style=\"position:fixed\">cover</p>",
        "[x](javascript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](https://example.org/\"onmouseover=\"alert(1))",
        "## Heading {#h onclick=alert(1) style=color:red}",
        "<a href=\"https://example.org\" onclick=\"x()\">link</a>",
    ] {
        let html = render_markdown(markdown, &RenderOptions { page_slug: "alpha", glossary: &[] }).html;
        assert_eq!(unsafe_parts(&html), Vec::<String>::new(), "{markdown} became {html}");
    }
}

#[test]
fn every_module_and_glossary_definition_in_the_real_content_is_inert() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("content");
    if !ContentFiles::read(&dir).map(|f| !f.modules.is_empty()).unwrap_or(false) {
        println!("note: no guidance modules yet; nothing to check");
        return;
    }
    let built = build(&dir).unwrap_or_else(|p| panic!("content problems: {p:?}"));
    let mut checked = 0;
    for module in &built.modules {
        assert_eq!(unsafe_parts(&module.html), Vec::<String>::new(), "module {}", module.slug);
        checked += 1;
    }
    for term in &built.index.glossary {
        assert_eq!(unsafe_parts(&term.definition_html), Vec::<String>::new(), "glossary term {}", term.id);
        checked += 1;
    }
    assert!(checked > 0);
}
