//! A glossary phrase links to its term at its first use in body text, once per module.
use super::super::glossary_links::GlossaryPhrase;
use super::super::render::{render_markdown, RenderOptions};
use super::fixtures::*;

const SPO_LINK: &str = "<a href=\"guidance/glossary#spo\" class=\"glossary-term\">";

fn phrases() -> Vec<GlossaryPhrase> {
    let phrase = |term_id: &str, phrase: &str| GlossaryPhrase {
        term_id: term_id.to_string(),
        phrase: phrase.to_string(),
    };
    vec![
        phrase("spo", "Stalking Protection Order"),
        phrase("spo", "SPO"),
        phrase("stalking", "stalking"),
    ]
}

fn render(markdown: &str) -> String {
    render_markdown(
        markdown,
        &RenderOptions {
            page_slug: "alpha",
            glossary: &phrases(),
        },
    )
    .html
}

#[test]
fn a_term_links_at_its_first_body_use_and_only_there() {
    let html =
        render("An SPO can help. Another SPO later.\n\nAnd a Stalking Protection Order too.");
    assert_eq!(html.matches(SPO_LINK).count(), 1, "{html}");
    assert!(
        html.contains(&format!(
            "An {SPO_LINK}SPO</a> can help. Another SPO later."
        )),
        "{html}"
    );
}

#[test]
fn headings_links_and_code_do_not_count_as_first_use() {
    let html = render(
        "## About the SPO {#about}\n\nSee [the SPO page](guide:x) and `SPO` code.\n\n```\nSPO\n```\n\nNow the SPO itself.",
    );
    assert!(
        html.contains("<h2 id=\"about\">About the SPO</h2>"),
        "{html}"
    );
    assert!(
        html.contains(&format!("Now the {SPO_LINK}SPO</a> itself.")),
        "{html}"
    );
    assert_eq!(html.matches(SPO_LINK).count(), 1, "{html}");
}

#[test]
fn only_whole_words_match_and_case_matters() {
    let html = render("Two SPOs, a RESPONDENT and an spo. Then the SPO.");
    assert!(
        html.contains(&format!("Then the {SPO_LINK}SPO</a>.")),
        "{html}"
    );
    assert_eq!(html.matches("glossary-term").count(), 1, "{html}");
}

#[test]
fn the_longest_phrase_wins_where_two_start_together() {
    let html = render("A Stalking Protection Order is not stalking.");
    assert!(
        html.contains(&format!(
            "A {SPO_LINK}Stalking Protection Order</a> is not "
        )),
        "{html}"
    );
    assert!(
        html.contains(
            "<a href=\"guidance/glossary#stalking\" class=\"glossary-term\">stalking</a>."
        ),
        "{html}"
    );
}

#[test]
fn terms_inside_emphasis_and_lists_link() {
    let html = render("- an *SPO* in a list");
    assert!(
        html.contains(&format!("<em>{SPO_LINK}SPO</a></em>")),
        "{html}"
    );
}

#[test]
fn built_modules_link_each_glossary_term_once() {
    let built = built(&valid_files());
    let alpha = &built.modules[0].html;
    assert_eq!(alpha.matches(SPO_LINK).count(), 1, "{alpha}");
    assert!(
        alpha.contains(&format!(
            "A {SPO_LINK}Stalking Protection Order</a> protects people"
        )),
        "{alpha}"
    );
    let beta = &built.modules[1].html;
    assert!(
        beta.contains(
            "such as an <a href=\"guidance/glossary#isac\" class=\"glossary-term\">ISAC</a> helps"
        ),
        "{beta}"
    );
}
