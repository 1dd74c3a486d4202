//! Raw HTML and unsafe links are refused by the build, and harmless if rendered anyway.
use super::super::render::{render_markdown, RenderOptions};
use super::fixtures::*;

const ALPHA: &str = "content/guidance/01-alpha.md";
const RAW_HTML: &str = "raw HTML is not allowed: write Markdown";

/// Renders as the build would, but without validation: what would reach the page
/// if a check were ever skipped.
fn render_anyway(markdown: &str) -> String {
    render_markdown(
        markdown,
        &RenderOptions {
            page_slug: "alpha",
            glossary: &[],
        },
    )
    .html
}

fn refused(body_part: &str) -> Vec<String> {
    let body = padded(&format!("## Start {{#start}}\n\n{body_part}\n"), 500);
    problems(&with_alpha(module("Alpha module", &["SPA-s1"], &body)))
}

#[test]
fn a_script_block_is_refused_and_rendered_as_text() {
    assert_problem(&refused("<script>alert(1)</script>"), ALPHA, RAW_HTML);
    let html = render_anyway("<script>alert(1)</script>\n\nAfter.");
    assert!(!html.contains("<script"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
}

#[test]
fn an_image_with_an_event_handler_is_refused_and_rendered_as_text() {
    assert_problem(
        &refused("Look: <img src=x onerror=alert(1)> here."),
        ALPHA,
        RAW_HTML,
    );
    let html = render_anyway("Look: <img src=x onerror=alert(1)> here.");
    assert!(!html.contains("<img"), "{html}");
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{html}"
    );
    // As a block of its own, too.
    let html = render_anyway("<img src=x onerror=alert(1)>");
    assert!(!html.contains("<img"), "{html}");
}

#[test]
fn a_javascript_link_is_refused_and_rendered_as_its_text() {
    assert_problem(
        &refused("[x](javascript:alert(1))"),
        ALPHA,
        "link target `javascript:alert(1)` is not allowed",
    );
    let html = render_anyway("[click me](javascript:alert(1))");
    assert_eq!(html.trim(), "<p>click me</p>");
}

#[test]
fn disguised_script_links_are_refused_too() {
    for markdown in [
        "[x](JavaScript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "<javascript:alert(1)>",
        "[x](vbscript:msgbox(1))",
        "[x](/relative/path)",
        "[x](#fragment)",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
    ] {
        let html = render_anyway(markdown);
        assert!(!html.contains("<a"), "{markdown} became {html}");
        assert!(!refused(markdown).is_empty());
    }
}

#[test]
fn html_comments_and_inline_tags_are_refused() {
    assert_problem(&refused("Note <!-- to self -->"), ALPHA, RAW_HTML);
    assert_problem(
        &refused("Some <b onclick=\"x()\">bold</b> text"),
        ALPHA,
        RAW_HTML,
    );
    let html = render_anyway("Some <b onclick=\"x()\">bold</b> text");
    assert!(!html.contains("<b"), "{html}");
}

#[test]
fn heading_attributes_other_than_the_id_are_dropped_and_refused() {
    let html = render_anyway("## Title {#title .big onclick=alert(1)}");
    assert_eq!(html.trim(), "<h2 id=\"title\">Title</h2>");
    assert_problem(
        &refused("## Other {#other onclick=alert(1)}"),
        ALPHA,
        "may hold only its id",
    );
}

#[test]
fn images_are_refused_and_keep_only_their_alt_text() {
    let html = render_anyway("![a diagram](https://example.org/x.png)");
    assert_eq!(html.trim(), "<p>a diagram</p>");
    assert_problem(
        &refused("![a diagram](https://example.org/x.png)"),
        ALPHA,
        "images are not allowed",
    );
}

#[test]
fn raw_html_in_front_matter_text_is_refused() {
    let text = module("Alpha module", &["SPA-s1"], &alpha_body())
        .replace("A summary of", "A <em>summary</em> of");
    assert_problem(
        &problems(&with_alpha(text)),
        ALPHA,
        &format!("`summary`: {RAW_HTML}"),
    );
}

#[test]
fn text_that_looks_like_markup_stays_text() {
    let html = render_anyway("Ages 10 < 18 & \"quotes\" are fine.");
    assert!(
        html.contains("10 &lt; 18 &amp; \"quotes\" are fine"),
        "{html}"
    );
}

#[test]
fn link_titles_and_urls_cannot_break_out_of_their_attribute() {
    let html = render_anyway("[x](https://example.org/a\"onmouseover=\"alert(1) \"t\\\"itle\")");
    assert!(!html.contains("\"onmouseover"), "{html}");
    let html = render_anyway("[x](<https://example.org/a\"b> \"a\\\" onclick=\\\"y\")");
    assert!(!html.contains("\" onclick"), "{html}");
    assert!(html.contains("&quot;"), "{html}");
}
