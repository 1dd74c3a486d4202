//! Links, headings, contents and the Sources list in rendered modules.
use super::super::render::{render_markdown, RenderOptions};
use super::fixtures::*;

fn render(markdown: &str) -> String {
    render_markdown(
        markdown,
        &RenderOptions {
            page_slug: "three-tests",
            glossary: &[],
        },
    )
    .html
}

#[test]
fn special_links_become_paths_under_the_base_href() {
    let html = render("[SPA s1](source:SPA-s1) [necessity](guide:three-tests#necessity) [mod](guide:recognising-stalking) [SPO](glossary:spo)");
    assert!(
        html.contains("<a href=\"guidance/three-tests#source-SPA-s1\">SPA s1</a>"),
        "{html}"
    );
    assert!(
        html.contains("<a href=\"guidance/three-tests#necessity\">necessity</a>"),
        "{html}"
    );
    assert!(
        html.contains("<a href=\"guidance/recognising-stalking\">mod</a>"),
        "{html}"
    );
    assert!(
        html.contains("<a href=\"guidance/glossary#spo\">SPO</a>"),
        "{html}"
    );
    assert!(!html.contains("href=\"/"), "no leading slash: {html}");
}

#[test]
fn external_links_get_noreferrer_and_mail_links_stay() {
    let html = render("[GOV.UK](https://www.gov.uk/x) and [mail](mailto:unit@example.police.uk) and <unit@example.police.uk>");
    assert!(
        html.contains("<a href=\"https://www.gov.uk/x\" rel=\"noreferrer\">GOV.UK</a>"),
        "{html}"
    );
    assert!(
        html.contains("<a href=\"mailto:unit@example.police.uk\">mail</a>"),
        "{html}"
    );
    assert!(
        html.contains("<a href=\"mailto:unit@example.police.uk\">unit@example.police.uk</a>"),
        "{html}"
    );
}

#[test]
fn tables_render() {
    let html = render("| Test | Show |\n|---|---|\n| Acts | Evidence |\n");
    assert!(
        html.contains("<table>")
            && html.contains("<th>Test</th>")
            && html.contains("<td>Acts</td>"),
        "{html}"
    );
}

/// A wide table must scroll inside itself at 320px, and a keyboard user must be able
/// to scroll it: a focusable region named after its columns wraps each table.
#[test]
fn tables_scroll_in_a_focusable_named_region() {
    let html = render(
        "| Order | Who `starts` it |\n|---|---|\n| Bail | Court |\n\ntext\n\n| \"A\" |\n|---|\n| b |\n",
    );
    let first = "<div class=\"table-wrap\" role=\"region\" aria-label=\"Table: Order, Who starts it\" tabindex=\"0\"><table>";
    assert!(html.contains(first), "{html}");
    // The label is escaped like any other attribute.
    assert!(
        html.contains("aria-label=\"Table: &quot;A&quot;\" tabindex=\"0\"><table>"),
        "{html}"
    );
    assert_eq!(html.matches("<div class=\"table-wrap\"").count(), 2, "{html}");
    assert_eq!(html.matches("</table>\n</div>").count() + html.matches("</table></div>").count(), 2, "{html}");
    // The body cells are not part of the name.
    assert!(!html.contains("Bail\" tabindex"), "{html}");
}

#[test]
fn headings_get_their_ids_and_level_two_feeds_the_contents() {
    let built = built(&valid_files());
    let alpha = &built.modules[0];
    assert!(
        alpha.html.contains("<h2 id=\"first\">First section</h2>"),
        "{}",
        alpha.html
    );
    let contents: Vec<(&str, &str)> = alpha
        .contents
        .iter()
        .map(|h| (h.id.as_str(), h.text.as_str()))
        .collect();
    assert_eq!(
        contents,
        [
            ("first", "First section"),
            ("necessity", "Necessity of conditions"),
            ("sources", "Sources")
        ]
    );
    let beta = &built.modules[1];
    assert!(
        beta.html.contains("<h3 id=\"detail\">Detail</h3>"),
        "{}",
        beta.html
    );
    assert!(
        !beta.contents.iter().any(|h| h.id == "detail"),
        "### headings stay out of the contents"
    );
}

#[test]
fn a_module_ends_with_its_sources_each_with_an_anchor_and_a_caution_where_needed() {
    let built = built(&valid_files());
    let beta = &built.modules[1];
    let list = &beta.html[beta
        .html
        .find("<section class=\"guidance-sources\"")
        .expect("a Sources list")..];
    assert!(list.contains("<h2 id=\"sources\">Sources</h2>"), "{list}");
    assert!(list.contains("<li id=\"source-SG\"><a href=\"https://www.gov.uk/example\" rel=\"noreferrer\">Statutory guidance</a>. GOV.UK.</li>"), "{list}");
    assert!(list.contains("<li id=\"source-SEC\">A summary by someone else. A support service. <span class=\"source-note\">(secondary source: confirm before relying on it)</span></li>"), "{list}");
    assert!(
        list.contains("id=\"source-SEED-001\"")
            && list.contains("not final guidance: confirm before relying on it"),
        "{list}"
    );
    assert!(beta.html.ends_with("</section>\n"));
    let ids: Vec<&str> = beta.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["SG", "SEC", "SEED-001"]);
}

#[test]
fn glossary_definitions_are_rendered_safely_in_the_index() {
    let built = built(&valid_files());
    let spo = built
        .index
        .glossary
        .iter()
        .find(|entry| entry.id == "spo")
        .expect("spo term");
    assert!(
        spo.definition_html
            .contains("<a href=\"guidance/glossary#source-SPA-s1\">SPA s1</a>"),
        "{}",
        spo.definition_html
    );
    assert_eq!(spo.matches, ["Stalking Protection Order", "SPO"]);
    let json = serde_json::to_string(&built.index).expect("serialises");
    assert!(
        json.contains("\"match\":[\"Stalking Protection Order\",\"SPO\"]"),
        "{json}"
    );
}
