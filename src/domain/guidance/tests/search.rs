//! Search finds passages by their words, ranks titles first and marks what matched.
use super::super::{search, Passage, SearchIndex, SearchPage};
use super::fixtures::*;

fn page(slug: &str, title: &str) -> SearchPage {
    SearchPage {
        slug: slug.to_string(),
        title: title.to_string(),
    }
}

fn passage(page: usize, heading_id: &str, heading: &str, text: &str) -> Passage {
    Passage {
        page,
        heading_id: heading_id.to_string(),
        heading: heading.to_string(),
        keywords: Vec::new(),
        text: text.to_string(),
    }
}

fn index() -> SearchIndex {
    let mut index = SearchIndex::new(
        vec![page("recognising-stalking", "Recognising stalking"), page("three-tests", "The three tests"), page("glossary", "Glossary")],
        vec![
            passage(0, "", "", "Stalking is a pattern of fixated, obsessive behaviour."),
            passage(0, "behaviours", "Behaviours", "Following, loitering and monitoring online are examples."),
            passage(1, "", "", "Three things must be shown before an application."),
            passage(1, "necessity", "Test 3: necessity", "The order must be necessary to protect the person from the risk of stalking. Each condition, too."),
            Passage {
                keywords: vec!["SPO".to_string()],
                ..passage(2, "spo", "Stalking Protection Order", "A civil order made by a magistrates' court.")
            },
        ],
    );
    index.prepare();
    index
}

#[test]
fn a_word_inside_a_passage_finds_it() {
    let hits = search(&index(), "loitering", 10);
    assert_eq!(hits.len(), 1);
    assert_eq!(
        (hits[0].slug.as_str(), hits[0].heading_id.as_str()),
        ("recognising-stalking", "behaviours")
    );
    assert_eq!(hits[0].href(), "guidance/recognising-stalking#behaviours");
    let (start, end) = hits[0].marks[0];
    assert_eq!(&hits[0].snippet[start..end], "loitering");
}

#[test]
fn a_title_match_ranks_first() {
    let hits = search(&index(), "stalking", 10);
    assert_eq!(
        (hits[0].slug.as_str(), hits[0].heading_id.as_str()),
        ("recognising-stalking", ""),
        "{hits:#?}"
    );
    assert_eq!(hits[0].href(), "guidance/recognising-stalking");
    // Then the glossary term with "stalking" in its heading, then the body match.
    assert_eq!(hits[1].heading_id, "spo");
    assert_eq!(hits[2].heading_id, "necessity");
}

#[test]
fn a_heading_match_ranks_above_a_body_match() {
    let hits = search(&index(), "necessity", 10);
    assert_eq!(hits[0].heading_id, "necessity");
    let hits = search(&index(), "order", 10);
    assert_eq!(hits[0].heading_id, "spo", "{hits:#?}");
}

#[test]
fn every_word_must_appear_and_case_does_not_matter() {
    assert_eq!(search(&index(), "ORDER Risk", 10).len(), 1);
    assert!(search(&index(), "order zebra", 10).is_empty());
}

#[test]
fn the_last_word_may_be_unfinished_but_earlier_words_are_whole() {
    let hits = search(&index(), "monitor", 10);
    assert_eq!(hits.len(), 1, "prefix of monitoring");
    let (start, end) = hits[0].marks[0];
    assert_eq!(&hits[0].snippet[start..end], "monitor");
    assert!(
        search(&index(), "monitor online", 10).is_empty(),
        "monitor is not a whole word"
    );
    assert!(
        search(&index(), "monitor ", 10).is_empty(),
        "a trailing space finishes the word"
    );
}

#[test]
fn glossary_phrases_find_their_term() {
    let hits = search(&index(), "spo", 10);
    assert_eq!(hits[0].slug, "glossary");
    assert_eq!(hits[0].title, "Glossary");
    assert_eq!(hits[0].href(), "guidance/glossary#spo");
}

#[test]
fn an_empty_query_finds_nothing_and_limit_is_kept() {
    assert!(search(&index(), "   ", 10).is_empty());
    assert!(search(&index(), "", 10).is_empty());
    assert_eq!(search(&index(), "the", 2).len(), 2);
}

#[test]
fn snippets_are_cut_around_the_first_match_with_marks_on_the_words() {
    let long = format!(
        "{} the needle is here {}",
        "word ".repeat(100),
        "more ".repeat(100)
    );
    let mut index = SearchIndex::new(
        vec![page("m", "Module")],
        vec![passage(0, "s", "Section", &long)],
    );
    index.prepare();
    let hits = search(&index, "needle", 5);
    let hit = &hits[0];
    assert!(
        hit.snippet.starts_with('…') && hit.snippet.ends_with('…'),
        "{}",
        hit.snippet
    );
    assert!(
        hit.snippet.len() <= super::super::SNIPPET_LEN + 2 * '…'.len_utf8(),
        "{}",
        hit.snippet
    );
    assert_eq!(hit.marks.len(), 1);
    let (start, end) = hit.marks[0];
    assert_eq!(&hit.snippet[start..end], "needle");
    let parts = hit.snippet_parts();
    assert!(parts.contains(&("needle", true)));
    assert_eq!(
        parts.iter().map(|(text, _)| *text).collect::<String>(),
        hit.snippet
    );
}

#[test]
fn marks_stay_on_character_boundaries_with_accents_and_capitals() {
    let mut index = SearchIndex::new(
        vec![page("m", "Module")],
        vec![passage(
            0,
            "s",
            "Section",
            "Café RÉSUMÉ and İstanbul résumé",
        )],
    );
    index.prepare();
    let hits = search(&index, "résumé", 5);
    let marked: Vec<&str> = hits[0]
        .marks
        .iter()
        .map(|&(start, end)| &hits[0].snippet[start..end])
        .collect();
    assert_eq!(marked, ["RÉSUMÉ", "résumé"]);
}

#[test]
fn an_unprepared_index_still_searches() {
    let built = built(&valid_files());
    let json = serde_json::to_string(&built.search).expect("serialises");
    let loaded: SearchIndex = serde_json::from_str(&json).expect("reads back");
    assert_eq!(search(&loaded, "zebra", 5)[0].heading_id, "detail");
}

#[test]
fn built_indexes_hold_each_section_and_glossary_term() {
    let mut index = built(&valid_files()).search;
    index.prepare();
    let hits = search(&index, "intro text", 5);
    assert_eq!(
        (hits[0].slug.as_str(), hits[0].heading_id.as_str()),
        ("alpha", "")
    );
    let hits = search(&index, "alpha", 5);
    assert_eq!(
        (hits[0].slug.as_str(), hits[0].heading_id.as_str()),
        ("alpha", ""),
        "title ranks first"
    );
    let hits = search(&index, "summary of beta", 5);
    assert_eq!(hits[0].slug, "beta", "the summary is searchable");
    let hits = search(&index, "Caseworker", 5);
    assert_eq!(
        (hits[0].slug.as_str(), hits[0].heading_id.as_str()),
        ("glossary", "isac")
    );
    let hits = search(&index, "necessary", 5);
    assert_eq!(hits[0].heading_id, "necessity");
}
