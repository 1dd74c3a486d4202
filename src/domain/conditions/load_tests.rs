//! Tests for `load.rs`: the real content (when present) and every content check
//! on small fixtures.
use super::*;
use crate::domain::conditions::checks::summary;
use std::path::PathBuf;

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

fn sources() -> Vec<String> {
    vec!["CPS-SPO-TERMS".to_string(), "SEED-004".to_string()]
}

const GOOD: &str = r#"
[[condition]]
id = "no-approach-distance"
kind = "prohibition"
theme = "contact"
title = "Keep a set distance away"
wording = "knowingly come within {distance} of {person}"
when_to_use = "Where the respondent has turned up where the person is."
pitfalls = "Use a distance with a unit."
tags = ["youth"]
sources = ["CPS-SPO-TERMS"]
[[condition.slots]]
name = "distance"
type = "distance"
label = "Distance to keep away"
[[condition.slots]]
name = "person"
type = "person"
label = "Name of the person to be protected"
hint = "Their full name"
"#;

fn problems(toml: &str) -> Vec<String> {
    parse_catalogue(toml, &sources()).err().unwrap_or_default()
}

#[test]
fn the_real_catalogue_is_valid_and_has_at_least_30_conditions() {
    let dir = content_dir();
    if !dir.join(CATALOGUE_PATH).exists() {
        println!("note: content/{CATALOGUE_PATH} does not exist yet; skipping");
        return;
    }
    let catalogue =
        load_catalogue(&dir).unwrap_or_else(|p| panic!("catalogue problems:\n{}", p.join("\n")));
    assert!(
        catalogue.conditions.len() >= 30,
        "only {} conditions",
        catalogue.conditions.len()
    );
    for t in &catalogue.conditions {
        let used = placeholders(&t.wording).unwrap_or_default();
        let defined: Vec<String> = t.slots.iter().map(|s| s.name.clone()).collect();
        let (mut u, mut d) = (used.clone(), defined.clone());
        u.sort();
        d.sort();
        assert_eq!(u, d, "{}", t.id);
    }
    for kind in super::super::catalogue::Kind::ALL {
        assert!(
            catalogue.conditions.iter().any(|t| t.kind == kind),
            "no {kind:?} in the catalogue"
        );
    }
}

#[test]
fn the_real_examples_load_and_open_in_the_builder_without_errors() {
    let dir = content_dir();
    if !dir.join(CATALOGUE_PATH).exists() {
        println!("note: content/{CATALOGUE_PATH} does not exist yet; skipping");
        return;
    }
    let catalogue = load_catalogue(&dir).unwrap_or_else(|p| panic!("{}", p.join("\n")));
    let examples =
        load_examples(&dir).unwrap_or_else(|p| panic!("example problems:\n{}", p.join("\n")));
    if examples.is_empty() {
        println!("note: no example cases yet");
    }
    for e in &examples {
        let set = e.to_saved_set(&catalogue);
        let findings = lint_set(&set.conditions, &catalogue, &set.context());
        let errors: Vec<_> = findings
            .iter()
            .filter(|f| f.severity.blocks())
            .map(|f| f.message.clone())
            .collect();
        assert_eq!(summary(&findings).0, 0, "{}: {errors:?}", e.slug);
        assert!(
            set.conditions.iter().all(|c| !c.wording.contains('[')),
            "{}: a slot is unfilled",
            e.slug
        );
    }
}

#[test]
fn the_site_bundle_holds_the_catalogue_and_examples_as_json() {
    let dir = content_dir();
    if !dir.join(CATALOGUE_PATH).exists() {
        println!("note: content/{CATALOGUE_PATH} does not exist yet; skipping");
        return;
    }
    let files = site_bundle(&dir).unwrap_or_else(|p| panic!("{}", p.join("\n")));
    let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        ["conditions/catalogue.json", "conditions/examples.json"]
    );
    let catalogue = Catalogue::from_json(&files[0].1).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(Ok(catalogue), load_catalogue(&dir));
    let examples = ExampleCase::list_from_json(&files[1].1).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(Ok(examples), load_examples(&dir));
}

#[test]
fn a_good_catalogue_parses() {
    let cat = parse_catalogue(GOOD, &sources()).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(cat.conditions[0].slots[1].hint, "Their full name");
    assert_eq!(cat.conditions[0].slots[0].kind, SlotKind::Distance);
}

#[test]
fn slots_must_match_the_wording_both_ways() {
    let p = problems(&GOOD.replace(
        "knowingly come within {distance} of {person}",
        "knowingly come within {distance} of {name}",
    ));
    let at = "content/conditions/catalogue.toml, condition 1 (\"no-approach-distance\")";
    assert_eq!(p, [
        format!("{at}: the wording uses {{name}} but no slot of that name is defined. Add a [[condition.slots]] entry named \"name\" or remove it from the wording."),
        format!("{at}: slot \"person\" is defined but the wording never uses {{person}}. Use it in the wording or remove the slot."),
    ]);
    let p = problems(&GOOD.replace("{distance} of", "{distance of"));
    assert_eq!(
        p,
        [format!(
            "{at}: the wording has a badly formed placeholder '{{distance of {{person}}'."
        )]
    );
}

#[test]
fn ids_must_be_kebab_case_and_unique() {
    let twice = format!(
        "{GOOD}\n{}",
        GOOD.replace("no-approach-distance", "No_Approach")
    );
    let p = problems(&format!("{twice}\n{GOOD}"));
    assert_eq!(p, [
        "content/conditions/catalogue.toml, condition 2 (\"No_Approach\"): the id must be kebab-case (lower-case letters and digits joined by hyphens, e.g. no-direct-contact).".to_string(),
        "content/conditions/catalogue.toml, condition 3 (\"no-approach-distance\"): the id is also used by condition 1. Give each condition its own id.".to_string(),
    ]);
}

#[test]
fn wording_starts_lower_case_and_has_no_final_full_stop() {
    let p = problems(&GOOD.replace(
        "knowingly come within {distance} of {person}",
        "Knowingly come within {distance} of {person}.",
    ));
    let at = "content/conditions/catalogue.toml, condition 1 (\"no-approach-distance\")";
    assert_eq!(p, [
        format!("{at}: the wording must start with a lower-case word, because it completes \"The respondent must not …\" or \"The respondent must …\"."),
        format!("{at}: the wording must not end with a full stop or other punctuation; the order text adds it."),
    ]);
}

#[test]
fn text_fields_must_not_be_empty_and_sources_must_be_known() {
    let toml = GOOD
        .replace(
            "pitfalls = \"Use a distance with a unit.\"",
            "pitfalls = \"  \"",
        )
        .replace("label = \"Distance to keep away\"", "label = \"\"")
        .replace(
            "sources = [\"CPS-SPO-TERMS\"]",
            "sources = [\"CPS-SPO-TERMS\", \"MADE-UP\"]",
        );
    let at = "content/conditions/catalogue.toml, condition 1 (\"no-approach-distance\")";
    assert_eq!(problems(&toml), [
        format!("{at}: pitfalls is empty. Write it."),
        format!("{at}: slot \"distance\" has an empty label. Write the question the officer answers."),
        format!("{at}: source \"MADE-UP\" is not in content/sources.toml. Add it there or correct the id."),
    ]);
    let none = GOOD.replace("sources = [\"CPS-SPO-TERMS\"]", "sources = []");
    assert_eq!(
        problems(&none),
        [format!(
            "{at}: sources is empty. Cite at least one id from content/sources.toml."
        )]
    );
}

#[test]
fn unknown_fields_and_values_are_reported_with_their_line() {
    let p = problems(&GOOD.replace("tags = [\"youth\"]", "tagz = [\"youth\"]"));
    assert_eq!(p.len(), 1);
    assert!(
        p[0].starts_with("content/conditions/catalogue.toml: TOML parse error at line"),
        "{}",
        p[0]
    );
    assert!(p[0].contains("tagz"), "{}", p[0]);
    let p = problems(&GOOD.replace("theme = \"contact\"", "theme = \"contacts\""));
    assert!(p[0].contains("contacts"), "{}", p[0]);
}

#[test]
fn wording_around_an_area_leaves_the_map_to_the_slot() {
    let area = GOOD
        .replace("knowingly come within {distance} of {person}", "enter the area edged red on {zone}")
        .replace("name = \"distance\"\ntype = \"distance\"", "name = \"zone\"\ntype = \"area\"")
        .replace("[[condition.slots]]\nname = \"person\"\ntype = \"person\"\nlabel = \"Name of the person to be protected\"\nhint = \"Their full name\"\n", "");
    assert_eq!(problems(&area), ["content/conditions/catalogue.toml, condition 1 (\"no-approach-distance\"): the wording mentions the map or its red edging, but {zone} already reads \"<description>, as shown edged red on the annexed map marked <map reference>\". Write the wording around the area alone, e.g. \"enter {zone}\"."]);
    assert_eq!(
        problems(&area.replace("enter the area edged red on {zone}", "enter {zone}")),
        Vec::<String>::new()
    );
}

#[test]
fn a_tag_cannot_be_both_suitable_and_unsuitable() {
    let p = problems(&GOOD.replace(
        "tags = [\"youth\"]",
        "tags = [\"youth\"]\nunsuitable_for = [\"youth\"]",
    ));
    assert_eq!(p, ["content/conditions/catalogue.toml, condition 1 (\"no-approach-distance\"): \"youth\" is in both tags and unsuitable_for. Keep it in one."]);
}

const EXAMPLE: &str = r#"
title = "Ex-partner"
summary = "Summary."
facts = """Facts."""
risk = """Risk."""
order_type = "interim_and_full"
full_months = 36
interim_weeks = 8
locality = ""
respondent_is_child = false
protects_child = false

[[condition]]
template = "no-approach-distance"
reason = "He has waited outside her work on six mornings."
commentary = "A measurable distance."
[condition.slots]
person = { text = "Alex Example" }
distance = { text = "100", unit = "metres" }

[[weaker]]
draft = "The respondent must not go near Alex."
better = "no-approach-distance"
what_changed = "A distance with a unit."
"#;

fn example_problems(toml: &str) -> Vec<String> {
    let cat = parse_catalogue(GOOD, &sources()).unwrap_or_default();
    match parse_example("01-ex-partner.toml", toml) {
        Ok(e) => check_example("01-ex-partner.toml", &e, &cat),
        Err(p) => p,
    }
}

#[test]
fn a_good_example_passes_and_takes_its_slug_from_the_file_name() {
    assert_eq!(example_problems(EXAMPLE), Vec::<String>::new());
    assert_eq!(
        parse_example("01-ex-partner.toml", EXAMPLE).map(|e| e.slug),
        Ok("ex-partner".to_string())
    );
    assert_eq!(example_slug("ex-partner.toml"), None);
    assert_eq!(
        parse_example("Ex Partner.toml", EXAMPLE).err().unwrap_or_default(),
        ["content/conditions/examples/Ex Partner.toml: the file name must be a number, a hyphen and a kebab-case name, e.g. 01-ex-partner.toml."]
    );
}

#[test]
fn an_example_must_use_catalogue_templates_and_fill_every_slot() {
    let at = "content/conditions/examples/01-ex-partner.toml";
    let no_unit = EXAMPLE.replace(
        "distance = { text = \"100\", unit = \"metres\" }",
        "distance = { text = \"100\" }\nplace = { text = \"Chester\" }",
    );
    assert_eq!(example_problems(&no_unit), [
        format!("{at}: condition 1 (\"no-approach-distance\"): slot \"distance\" needs a unit, e.g. unit = \"metres\"."),
        format!("{at}: condition 1 (\"no-approach-distance\"): slot \"place\" is not a slot of this condition. Remove it or correct the name."),
    ]);
    let unfilled = EXAMPLE.replace("person = { text = \"Alex Example\" }", "");
    assert_eq!(example_problems(&unfilled), [
        format!("{at}: condition 1 (\"no-approach-distance\"): slot \"person\" is not filled. Add person = {{ text = \"…\" }} under [condition.slots]."),
    ]);
    let unknown = EXAMPLE.replace(
        "template = \"no-approach-distance\"",
        "template = \"no-such-thing\"",
    );
    assert_eq!(example_problems(&unknown), [
        format!("{at}: condition 1 (\"no-such-thing\"): template \"no-such-thing\" is not in content/conditions/catalogue.toml. Use an id from the catalogue."),
        format!("{at}: weaker draft 1: better = \"no-approach-distance\" is not one of this example's conditions. Name the template of the better condition used here."),
    ]);
}

#[test]
fn an_example_needs_a_lawful_duration() {
    let at = "content/conditions/examples/01-ex-partner.toml";
    let short = EXAMPLE
        .replace("full_months = 36", "full_months = 12")
        .replace("interim_weeks = 8", "");
    assert_eq!(example_problems(&short), [
        format!("{at}: A full order's fixed period must be at least 2 years (24 months); 1 year is too short. Enter 24 months or more, or choose 'until further order'."),
        format!("{at}: an interim order is sought, so give interim_weeks (more than 0)."),
    ]);
    let both = EXAMPLE
        .replace(
            "full_months = 36",
            "full_months = 36\nuntil_further_order = true",
        )
        .replace("interim_and_full", "full_only");
    assert_eq!(
        example_problems(&both),
        [
            format!("{at}: give full_months or until_further_order = true, not both."),
            format!(
                "{at}: interim_weeks is only for order_type = \"interim_and_full\". Remove it."
            ),
        ]
    );
}

#[test]
fn an_example_the_builder_would_reject_is_a_content_error() {
    let vague = EXAMPLE.replace(
        "reason = \"He has waited outside her work on six mornings.\"",
        "reason = \"Needed.\"",
    );
    assert_eq!(example_problems(&vague), [
        "content/conditions/examples/01-ex-partner.toml: the builder's checks find an error: Condition 1 (Keep a set distance away): the reason is too short to show why this condition is necessary. In a sentence or two, say which risk it deals with and how.",
    ]);
}

#[test]
fn the_real_catalogue_carries_every_source_it_cites_so_the_builder_can_mark_secondary_ones() {
    let dir = content_dir();
    if !dir.join(CATALOGUE_PATH).exists() {
        return;
    }
    let catalogue = load_catalogue(&dir).unwrap_or_else(|p| panic!("{}", p.join("\n")));
    for t in &catalogue.conditions {
        for (id, shown) in t.sources.iter().zip(catalogue.cited_sources(t)) {
            assert_ne!(&shown.title, id, "{}: source {id} is shown by its id", t.id);
        }
    }
    // Only cited sources travel to the browser.
    for s in &catalogue.sources {
        assert!(catalogue.conditions.iter().any(|t| t.sources.contains(&s.id)), "{} is not cited", s.id);
    }
    // A condition resting only on the secondary copy of the guidance list says so.
    let images = catalogue.get("no-recording-images").map(|t| catalogue.cited_sources(t)).unwrap_or_default();
    assert!(images.iter().all(|s| s.note.is_some_and(|n| n.contains("secondary"))), "{images:?}");
}
