//! The build refuses content that breaks a rule, naming the file and the problem.
use super::super::{body_words, expected_minutes, is_iso_date};
use super::fixtures::*;

const ALPHA: &str = "content/guidance/01-alpha.md";

#[test]
fn valid_content_builds_with_modules_in_order_and_linked_neighbours() {
    let built = built(&valid_files());
    let slugs: Vec<&str> = built
        .modules
        .iter()
        .map(|module| module.slug.as_str())
        .collect();
    assert_eq!(slugs, ["alpha", "beta"]);
    assert_eq!(built.modules[0].prev, None);
    assert_eq!(
        built.modules[0].next,
        Some(("beta".to_string(), "Beta module".to_string()))
    );
    assert_eq!(
        built.modules[1].prev,
        Some(("alpha".to_string(), "Alpha module".to_string()))
    );
    assert_eq!(built.index.modules[1].order, 2);
    assert_eq!(built.modules[0].questions.len(), 2);
}

#[test]
fn the_site_bundle_holds_index_search_and_one_file_per_module() {
    let files = built(&valid_files()).files().expect("serialises");
    let paths: Vec<&str> = files.iter().map(|(path, _)| path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "guidance/index.json",
            "guidance/search.json",
            "guidance/modules/alpha.json",
            "guidance/modules/beta.json"
        ]
    );
    let module: super::super::RenderedModule =
        serde_json::from_str(&files[2].1).expect("module JSON reads back");
    assert_eq!(module.slug, "alpha");
}

#[test]
fn a_dead_guide_link_to_a_missing_module_fails() {
    let body = padded(
        "## Start {#start}\n\nSee [nowhere](guide:no-such-module).\n",
        500,
    );
    let found = problems(&with_alpha(module("Alpha module", &["SPA-s1"], &body)));
    assert_problem(
        &found,
        ALPHA,
        "link `guide:no-such-module` points at a module that does not exist",
    );
}

#[test]
fn a_dead_guide_link_to_a_missing_heading_fails() {
    let body = padded(
        "## Start {#start}\n\nSee [beta](guide:beta#missing-id).\n",
        500,
    );
    let found = problems(&with_alpha(module("Alpha module", &["SPA-s1"], &body)));
    assert_problem(
        &found,
        ALPHA,
        "link `guide:beta#missing-id` points at a heading id that module does not have",
    );
}

#[test]
fn a_guide_link_may_point_at_a_level_three_heading() {
    let body = padded(
        "## Start {#start}\n\nSee [detail](guide:beta#detail).\n",
        500,
    );
    built(&with_alpha(module("Alpha module", &["SPA-s1"], &body)));
}

#[test]
fn an_unknown_source_in_front_matter_fails() {
    let found = problems(&with_alpha(module(
        "Alpha module",
        &["SPA-s1", "NOPE"],
        &alpha_body(),
    )));
    assert_problem(&found, ALPHA, "unknown source id `NOPE` in `sources`");
}

#[test]
fn an_unknown_source_in_a_link_fails() {
    let body = padded("## Start {#start}\n\nCited ([x](source:NOPE)).\n", 500);
    let found = problems(&with_alpha(module("Alpha module", &["SPA-s1"], &body)));
    assert_problem(
        &found,
        ALPHA,
        "unknown source id `NOPE` in link `source:NOPE`",
    );
}

#[test]
fn a_citation_of_a_source_the_module_does_not_list_fails() {
    let body = padded("## Start {#start}\n\nCited ([x](source:SG)).\n", 500);
    let found = problems(&with_alpha(module("Alpha module", &["SPA-s1"], &body)));
    assert_problem(
        &found,
        ALPHA,
        "link `source:SG` cites a source that is not in this module's `sources`",
    );
}

#[test]
fn a_module_with_no_sources_fails() {
    let found = problems(&with_alpha(module("Alpha module", &[], &alpha_body())));
    assert_problem(&found, ALPHA, "no sources");
}

#[test]
fn a_missing_front_matter_field_is_named() {
    let text = module("Alpha module", &["SPA-s1"], &alpha_body())
        .replace("owner = \"Guidance editor\"\n", "");
    let found = problems(&with_alpha(text));
    assert_problem(&found, ALPHA, "owner");
}

#[test]
fn a_file_without_front_matter_fails() {
    let found = problems(&with_alpha(alpha_body()));
    assert_problem(&found, ALPHA, "missing front matter");
}

#[test]
fn empty_text_fields_and_a_bad_date_fail() {
    let text = module("Alpha module", &["SPA-s1"], &alpha_body())
        .replace("owner = \"Guidance editor\"", "owner = \"  \"")
        .replace("2026-11-23", "2026-02-30");
    let found = problems(&with_alpha(text));
    assert_problem(&found, ALPHA, "`owner` is empty");
    assert_problem(
        &found,
        ALPHA,
        "`last_reviewed` is `2026-02-30`: write a date as YYYY-MM-DD",
    );
}

#[test]
fn dates_must_be_real_and_written_yyyy_mm_dd() {
    assert!(is_iso_date("2026-11-23"));
    assert!(is_iso_date("2028-02-29"));
    for bad in [
        "2026-2-03",
        "23/11/2026",
        "2027-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-11-23T10:00",
        "",
    ] {
        assert!(!is_iso_date(bad), "{bad} accepted");
    }
}

#[test]
fn a_heading_without_an_id_fails_and_suggests_one() {
    let body = padded("## What it is\n\nText.\n", 500);
    let found = problems(&with_alpha(module("Alpha module", &["SPA-s1"], &body)));
    assert_problem(
        &found,
        ALPHA,
        "heading `## What it is` has no id: write it as `## What it is {#what-it-is}`",
    );
}

#[test]
fn a_duplicate_heading_id_fails() {
    let body = padded("## One {#same}\n\nText.\n\n## Two {#same}\n\nText.\n", 500);
    let found = problems(&with_alpha(module("Alpha module", &["SPA-s1"], &body)));
    assert_problem(&found, ALPHA, "heading id `same` is used twice");
}

#[test]
fn the_sources_heading_id_is_reserved() {
    let body = padded("## Sources {#sources}\n\nText.\n", 500);
    let found = problems(&with_alpha(module("Alpha module", &["SPA-s1"], &body)));
    assert_problem(&found, ALPHA, "heading id `sources` is reserved");
}

#[test]
fn one_question_or_five_fail() {
    let minutes = expected_minutes(body_words(&alpha_body()));
    for (count, message) in [
        (1, "1 questions: a module needs 2 to 4"),
        (5, "5 questions: a module needs 2 to 4"),
    ] {
        let found = problems(&with_alpha(module_full(
            "Alpha module",
            &["SPA-s1"],
            minutes,
            count,
            &alpha_body(),
        )));
        assert_problem(&found, ALPHA, message);
    }
    built(&with_alpha(module_full(
        "Alpha module",
        &["SPA-s1"],
        minutes,
        4,
        &alpha_body(),
    )));
}

#[test]
fn an_answer_out_of_range_fails() {
    let text =
        module("Alpha module", &["SPA-s1"], &alpha_body()).replace("answer = 2", "answer = 3");
    let found = problems(&with_alpha(text));
    assert_problem(
        &found,
        ALPHA,
        "question 2: `answer` is 3 but the options are numbered 0 to 2",
    );
}

#[test]
fn minutes_must_match_the_word_count() {
    let body = alpha_body();
    let found = problems(&with_alpha(module_with(
        "Alpha module",
        &["SPA-s1"],
        9,
        &body,
    )));
    assert_problem(
        &found,
        ALPHA,
        "`minutes` is 9 but the body has 500 words: set it to 3",
    );
    assert_eq!(expected_minutes(400), 2);
    assert_eq!(expected_minutes(401), 3);
}

#[test]
fn bodies_outside_450_to_950_words_fail() {
    let short = padded("## Start {#start}\n\nShort.\n", 449);
    let found = problems(&with_alpha(module("Alpha module", &["SPA-s1"], &short)));
    assert_problem(
        &found,
        ALPHA,
        "the body has 449 words: keep it between 450 and 950",
    );
    let long = padded("## Start {#start}\n\nLong.\n", 951);
    let found = problems(&with_alpha(module("Alpha module", &["SPA-s1"], &long)));
    assert_problem(&found, ALPHA, "the body has 951 words");
    built(&with_alpha(module(
        "Alpha module",
        &["SPA-s1"],
        &padded("## Start {#start}\n\nOk.\n", 950),
    )));
}

#[test]
fn two_modules_with_the_same_number_or_slug_fail() {
    let mut content = valid_files();
    content.modules[1].name = "01-beta.md".to_string();
    content.modules[1].path = "content/guidance/01-beta.md".to_string();
    assert_problem(
        &problems(&content),
        "content/guidance/01-beta.md",
        "number 01 is also used by",
    );

    let mut content = valid_files();
    content.modules[1].name = "02-alpha.md".to_string();
    content.modules[1].path = "content/guidance/02-alpha.md".to_string();
    assert_problem(
        &problems(&content),
        "content/guidance/02-alpha.md",
        "slug `alpha` is also used by",
    );
}

#[test]
fn file_names_must_be_nn_slug() {
    let mut content = valid_files();
    content.modules[1].name = "beta.md".to_string();
    content.modules[1].path = "content/guidance/beta.md".to_string();
    assert_problem(
        &problems(&content),
        "content/guidance/beta.md",
        "the file name must be `NN-slug.md`",
    );
}

#[test]
fn a_glossary_term_without_definition_or_sources_fails() {
    let mut content = valid_files();
    let glossary = GLOSSARY.to_string() + "\n[[term]]\nid = \"bare\"\nterm = \"Bare\"\n";
    content.glossary = Some(super::super::ContentFile::new(
        "content/guidance",
        "glossary.toml",
        &glossary,
    ));
    let found = problems(&content);
    assert_problem(
        &found,
        "content/guidance/glossary.toml",
        "term `bare` has no definition",
    );
    assert_problem(
        &found,
        "content/guidance/glossary.toml",
        "term `bare` has no sources",
    );
}

#[test]
fn a_glossary_link_to_a_missing_term_fails() {
    let body = padded("## Start {#start}\n\nSee [x](glossary:nothing).\n", 500);
    let found = problems(&with_alpha(module("Alpha module", &["SPA-s1"], &body)));
    assert_problem(
        &found,
        ALPHA,
        "link `glossary:nothing` points at a term that is not in glossary.toml",
    );
}

#[test]
fn a_level_one_heading_fails() {
    let body = padded("# Big title {#big}\n\nText.\n", 500);
    let found = problems(&with_alpha(module("Alpha module", &["SPA-s1"], &body)));
    assert_problem(&found, ALPHA, "use `##` for sections");
}

#[test]
fn every_problem_is_reported_at_once() {
    let body = padded(
        "## A {#a}\n\n[x](guide:nowhere) [y](source:NOPE) <b>bold</b>\n",
        500,
    );
    let found = problems(&with_alpha(module_with(
        "Alpha module",
        &["SPA-s1"],
        1,
        &body,
    )));
    assert!(found.len() >= 4, "{found:#?}");
}
