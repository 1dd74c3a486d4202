//! Build-time reading and checking of the conditions content (native only): the
//! catalogue in `content/conditions/catalogue.toml` and the worked examples in
//! `content/conditions/examples/NN-slug.toml`. Every problem is reported at once,
//! each naming the file, the entry and how to fix it, so content authors can fix
//! them in one pass. [`site_bundle`] gives the JSON files the browser loads.
use std::path::Path;

use serde::Deserialize;

use super::catalogue::{Catalogue, SlotKind, Template};
use super::checks::{lint_set, Severity};
use super::examples::ExampleCase;
use super::wording::placeholders;
use crate::domain::guidance::Source;

/// The catalogue, relative to the content directory.
pub const CATALOGUE_PATH: &str = "conditions/catalogue.toml";
/// The folder of example cases, relative to the content directory.
pub const EXAMPLES_DIR: &str = "conditions/examples";
/// The list of sources, relative to the content directory.
pub const SOURCES_PATH: &str = "sources.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogueFile {
    #[serde(default)]
    condition: Vec<Template>,
}

#[derive(Deserialize)]
struct SourcesFile {
    #[serde(default)]
    source: Vec<Source>,
}

fn read(dir: &Path, relative: &str) -> Result<String, Vec<String>> {
    std::fs::read_to_string(dir.join(relative)).map_err(|e| {
        vec![format!(
            "content/{relative}: could not be read ({e}). Check the file exists."
        )]
    })
}

/// Every source in `content/sources.toml`.
fn load_sources(dir: &Path) -> Result<Vec<Source>, Vec<String>> {
    let text = read(dir, SOURCES_PATH)?;
    let file: SourcesFile =
        toml::from_str(&text).map_err(|e| vec![format!("content/{SOURCES_PATH}: {e}")])?;
    Ok(file.source)
}

/// The ids in `content/sources.toml`.
pub fn load_source_ids(dir: &Path) -> Result<Vec<String>, Vec<String>> {
    Ok(load_sources(dir)?.into_iter().map(|s| s.id).collect())
}

/// Reads and checks `content/conditions/catalogue.toml`, with the sources its
/// conditions cite (in `content/sources.toml` order) so the builder can show their
/// titles and cautions.
pub fn load_catalogue(dir: &Path) -> Result<Catalogue, Vec<String>> {
    let sources = load_sources(dir)?;
    let ids: Vec<String> = sources.iter().map(|s| s.id.clone()).collect();
    let mut catalogue = parse_catalogue(&read(dir, CATALOGUE_PATH)?, &ids)?;
    catalogue.sources = sources
        .into_iter()
        .filter(|s| catalogue.conditions.iter().any(|t| t.sources.contains(&s.id)))
        .collect();
    Ok(catalogue)
}

/// Parses catalogue TOML and checks it against the known source ids.
pub fn parse_catalogue(text: &str, known_sources: &[String]) -> Result<Catalogue, Vec<String>> {
    let file: CatalogueFile =
        toml::from_str(text).map_err(|e| vec![format!("content/{CATALOGUE_PATH}: {e}")])?;
    let catalogue = Catalogue {
        conditions: file.condition,
        sources: Vec::new(),
    };
    let problems = check_catalogue(&catalogue, known_sources);
    if problems.is_empty() {
        Ok(catalogue)
    } else {
        Err(problems)
    }
}

/// Every problem with the catalogue's content, each a full sentence.
pub fn check_catalogue(catalogue: &Catalogue, known_sources: &[String]) -> Vec<String> {
    if catalogue.conditions.is_empty() {
        return vec![format!(
            "content/{CATALOGUE_PATH}: has no [[condition]] entries. Add at least one."
        )];
    }
    let mut out = Vec::new();
    for (i, t) in catalogue.conditions.iter().enumerate() {
        let at = format!(
            "content/{CATALOGUE_PATH}, condition {} (\"{}\")",
            i + 1,
            t.id
        );
        let mut problems = template_problems(t, known_sources);
        if let Some(first) = catalogue.conditions[..i].iter().position(|e| e.id == t.id) {
            problems.push(format!(
                "the id is also used by condition {}. Give each condition its own id",
                first + 1
            ));
        }
        out.extend(problems.into_iter().map(|p| format!("{at}: {p}.")));
    }
    out
}

/// Lower-case letters and digits in words joined by single hyphens.
pub fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// Problems with one template, without the "where" prefix or final full stop.
fn template_problems(t: &Template, known_sources: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    if !is_kebab_case(&t.id) {
        out.push("the id must be kebab-case (lower-case letters and digits joined by hyphens, e.g. no-direct-contact)".to_string());
    }
    for (field, value) in [
        ("title", &t.title),
        ("wording", &t.wording),
        ("when_to_use", &t.when_to_use),
        ("pitfalls", &t.pitfalls),
    ] {
        if value.trim().is_empty() {
            out.push(format!("{field} is empty. Write it"));
        }
    }
    out.extend(wording_problems(&t.wording));
    out.extend(area_wording_problems(t));
    out.extend(slot_problems(t));
    out.extend(source_problems(&t.sources, known_sources));
    for tag in t.tags.iter().filter(|tag| t.unsuitable_for.contains(tag)) {
        out.push(format!(
            "\"{}\" is in both tags and unsuitable_for. Keep it in one",
            tag.as_str()
        ));
    }
    out
}

/// The wording completes "The respondent must (not) …", so it starts lower case
/// and leaves the closing punctuation to the order text.
fn wording_problems(wording: &str) -> Vec<String> {
    let w = wording.trim();
    let mut out = Vec::new();
    if w.is_empty() {
        return out;
    }
    if !w.chars().next().is_some_and(|c| c.is_lowercase()) {
        out.push("the wording must start with a lower-case word, because it completes \"The respondent must not …\" or \"The respondent must …\"".to_string());
    }
    if w.ends_with(['.', ';', ',']) {
        out.push("the wording must not end with a full stop or other punctuation; the order text adds it".to_string());
    }
    out
}

/// An area slot renders as "…, as shown edged red on the annexed map marked Map A"
/// (`wording.rs`), so wording that mentions the map itself would say it twice.
fn area_wording_problems(t: &Template) -> Vec<String> {
    let w = t.wording.to_lowercase();
    let mentions_map = w.contains("edged red") || w.contains("map");
    if !t.has_slot_kind(SlotKind::Area) || !mentions_map {
        return Vec::new();
    }
    let areas: Vec<String> = t
        .slots
        .iter()
        .filter(|s| s.kind == SlotKind::Area)
        .map(|s| format!("{{{}}}", s.name))
        .collect();
    vec![format!(
        "the wording mentions the map or its red edging, but {} already reads \"<description>, as shown edged red on the annexed map marked <map reference>\". Write the wording around the area alone, e.g. \"enter {}\"",
        areas.join(" and "),
        areas.first().map_or("", String::as_str)
    )]
}

fn slot_problems(t: &Template) -> Vec<String> {
    let mut out = Vec::new();
    let used = match placeholders(&t.wording) {
        Ok(used) => used,
        Err(e) => return vec![format!("the wording {e}")],
    };
    for name in used.iter().filter(|n| t.slot(n).is_none()) {
        out.push(format!("the wording uses {{{name}}} but no slot of that name is defined. Add a [[condition.slots]] entry named \"{name}\" or remove it from the wording"));
    }
    for (i, s) in t.slots.iter().enumerate() {
        if !used.contains(&s.name) {
            out.push(format!("slot \"{}\" is defined but the wording never uses {{{}}}. Use it in the wording or remove the slot", s.name, s.name));
        }
        if t.slots[..i].iter().any(|e| e.name == s.name) {
            out.push(format!("slot \"{}\" is defined twice. Keep one", s.name));
        }
        if s.label.trim().is_empty() {
            out.push(format!(
                "slot \"{}\" has an empty label. Write the question the officer answers",
                s.name
            ));
        }
    }
    out
}

fn source_problems(sources: &[String], known: &[String]) -> Vec<String> {
    if sources.is_empty() {
        return vec![format!(
            "sources is empty. Cite at least one id from content/{SOURCES_PATH}"
        )];
    }
    sources
        .iter()
        .filter(|s| !known.contains(s))
        .map(|s| {
            format!(
                "source \"{s}\" is not in content/{SOURCES_PATH}. Add it there or correct the id"
            )
        })
        .collect()
}

/// The slug in an example's file name: `02-former-colleague.toml` gives
/// `former-colleague`; `None` if the name is not `NN-slug.toml`.
pub fn example_slug(file_name: &str) -> Option<String> {
    let stem = file_name.strip_suffix(".toml")?;
    let (number, slug) = stem.split_once('-')?;
    let numbered = !number.is_empty() && number.chars().all(|c| c.is_ascii_digit());
    (numbered && is_kebab_case(slug)).then(|| slug.to_string())
}

/// Parses one example file's TOML; the slug comes from its file name.
pub fn parse_example(file_name: &str, text: &str) -> Result<ExampleCase, Vec<String>> {
    let at = format!("content/{EXAMPLES_DIR}/{file_name}");
    let Some(slug) = example_slug(file_name) else {
        return Err(vec![format!("{at}: the file name must be a number, a hyphen and a kebab-case name, e.g. 01-ex-partner.toml.")]);
    };
    let mut example: ExampleCase = toml::from_str(text).map_err(|e| vec![format!("{at}: {e}")])?;
    example.slug = slug;
    Ok(example)
}

/// Every problem with one example, given the (already checked) catalogue.
pub fn check_example(file_name: &str, e: &ExampleCase, catalogue: &Catalogue) -> Vec<String> {
    let at = format!("content/{EXAMPLES_DIR}/{file_name}");
    let mut problems = Vec::new();
    for (field, value) in [
        ("title", &e.title),
        ("summary", &e.summary),
        ("facts", &e.facts),
        ("risk", &e.risk),
    ] {
        if value.trim().is_empty() {
            problems.push(format!("{field} is empty. Write it"));
        }
    }
    problems.extend(duration_problems(e));
    if e.conditions.is_empty() {
        problems.push(
            "there are no [[condition]] entries. Add the conditions chosen for this case"
                .to_string(),
        );
    }
    for (i, c) in e.conditions.iter().enumerate() {
        let p = example_condition_problems(c, catalogue);
        problems.extend(
            p.into_iter()
                .map(|p| format!("condition {} (\"{}\"): {p}", i + 1, c.template)),
        );
    }
    problems.extend(weaker_problems(e));
    if problems.is_empty() {
        problems.extend(lint_errors(e, catalogue));
    }
    problems
        .into_iter()
        .map(|p| format!("{at}: {p}."))
        .collect()
}

fn duration_problems(e: &ExampleCase) -> Vec<String> {
    let mut out = Vec::new();
    match (e.full_months, e.until_further_order) {
        (Some(_), true) => {
            out.push("give full_months or until_further_order = true, not both".to_string())
        }
        (None, false) => out.push(
            "the full order needs full_months (24 or more) or until_further_order = true"
                .to_string(),
        ),
        _ => {}
    }
    if let Some(p) = e.full_duration().and_then(|d| d.problem()) {
        out.push(p);
    }
    match (e.order_type.includes_interim(), e.interim_weeks) {
        (true, None | Some(0)) => {
            out.push("an interim order is sought, so give interim_weeks (more than 0)".to_string())
        }
        (false, Some(_)) => out.push(
            "interim_weeks is only for order_type = \"interim_and_full\". Remove it".to_string(),
        ),
        _ => {}
    }
    out
}

fn example_condition_problems(
    c: &super::examples::ExampleCondition,
    catalogue: &Catalogue,
) -> Vec<String> {
    let Some(t) = catalogue.get(&c.template) else {
        return vec![format!(
            "template \"{}\" is not in content/{CATALOGUE_PATH}. Use an id from the catalogue",
            c.template
        )];
    };
    let mut out = Vec::new();
    for (field, value) in [("reason", &c.reason), ("commentary", &c.commentary)] {
        if value.trim().is_empty() {
            out.push(format!("{field} is empty. Write it"));
        }
    }
    for spec in &t.slots {
        let value = c.slots.get(&spec.name);
        let filled = |s: Option<&String>| s.is_some_and(|s| !s.trim().is_empty());
        if value.is_none_or(|v| v.text.trim().is_empty()) {
            out.push(format!(
                "slot \"{}\" is not filled. Add {} = {{ text = \"…\" }} under [condition.slots]",
                spec.name, spec.name
            ));
        } else if spec.kind == SlotKind::Distance && !filled(value.and_then(|v| v.unit.as_ref())) {
            out.push(format!(
                "slot \"{}\" needs a unit, e.g. unit = \"metres\"",
                spec.name
            ));
        } else if spec.kind == SlotKind::Area
            && !filled(value.and_then(|v| v.map_reference.as_ref()))
        {
            out.push(format!(
                "slot \"{}\" needs a map_reference, e.g. map_reference = \"Map A\"",
                spec.name
            ));
        }
    }
    for name in c.slots.keys().filter(|n| t.slot(n).is_none()) {
        out.push(format!(
            "slot \"{name}\" is not a slot of this condition. Remove it or correct the name"
        ));
    }
    out
}

fn weaker_problems(e: &ExampleCase) -> Vec<String> {
    let mut out = Vec::new();
    for (i, w) in e.weaker.iter().enumerate() {
        let at = format!("weaker draft {}", i + 1);
        if w.draft.trim().is_empty() || w.what_changed.trim().is_empty() {
            out.push(format!("{at}: draft and what_changed must both be written"));
        }
        if !e.conditions.iter().any(|c| c.template == w.better) {
            out.push(format!("{at}: better = \"{}\" is not one of this example's conditions. Name the template of the better condition used here", w.better));
        }
    }
    out
}

/// Examples are models: anything the builder would call an error is a content error.
fn lint_errors(e: &ExampleCase, catalogue: &Catalogue) -> Vec<String> {
    let set = e.to_saved_set(catalogue);
    lint_set(&set.conditions, catalogue, &set.context())
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| {
            format!(
                "the builder's checks find an error: {}",
                f.message.trim_end_matches('.')
            )
        })
        .collect()
}

/// Reads and checks every example, in file-name order, against the catalogue.
pub fn load_examples(dir: &Path) -> Result<Vec<ExampleCase>, Vec<String>> {
    let catalogue = load_catalogue(dir)?;
    load_examples_with(dir, &catalogue)
}

fn load_examples_with(dir: &Path, catalogue: &Catalogue) -> Result<Vec<ExampleCase>, Vec<String>> {
    let mut names = example_file_names(dir)?;
    names.sort();
    let mut examples = Vec::new();
    let mut problems = Vec::new();
    for name in names {
        let text = read(dir, &format!("{EXAMPLES_DIR}/{name}"))?;
        match parse_example(&name, &text) {
            Ok(e) => {
                problems.extend(check_example(&name, &e, catalogue));
                if examples.iter().any(|x: &ExampleCase| x.slug == e.slug) {
                    problems.push(format!("content/{EXAMPLES_DIR}/{name}: another example has the name \"{}\". Rename one of the files.", e.slug));
                }
                examples.push(e);
            }
            Err(p) => problems.extend(p),
        }
    }
    if problems.is_empty() {
        Ok(examples)
    } else {
        Err(problems)
    }
}

/// The `.toml` files in the examples folder; none if the folder does not exist yet.
fn example_file_names(dir: &Path) -> Result<Vec<String>, Vec<String>> {
    let folder = dir.join(EXAMPLES_DIR);
    if !folder.exists() {
        return Ok(Vec::new());
    }
    let entries = std::fs::read_dir(&folder)
        .map_err(|e| vec![format!("content/{EXAMPLES_DIR}: could not be read ({e}).")])?;
    Ok(entries
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| name.ends_with(".toml"))
        .collect())
}

/// The conditions files the site publishes, as (path under the site, JSON text):
/// `conditions/catalogue.json` and `conditions/examples.json`. The build tool
/// writes them; this only reads and checks the content.
pub fn site_bundle(content_dir: &Path) -> Result<Vec<(String, String)>, Vec<String>> {
    let catalogue = load_catalogue(content_dir)?;
    let examples = load_examples_with(content_dir, &catalogue)?;
    let examples_json = serde_json::to_string(&examples)
        .map_err(|e| vec![format!("examples could not be written as JSON ({e}).")])?;
    Ok(vec![
        ("conditions/catalogue.json".to_string(), catalogue.to_json()),
        ("conditions/examples.json".to_string(), examples_json),
    ])
}

#[cfg(test)]
#[path = "load_tests.rs"]
mod tests;
