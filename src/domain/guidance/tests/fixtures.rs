//! Small, valid guidance content that tests change one thing in.
use super::super::{
    body_words, build_from, expected_minutes, BuiltGuidance, ContentFile, ContentFiles,
};

pub const SOURCES: &str = r#"
[[source]]
id = "SPA-s1"
title = "Stalking Protection Act 2019, section 1"
publisher = "legislation.gov.uk"
url = "https://www.legislation.gov.uk/ukpga/2019/9/section/1"
confidence = "legislation"

[[source]]
id = "SG"
title = "Statutory guidance"
publisher = "GOV.UK"
url = "https://www.gov.uk/example"
confidence = "official"

[[source]]
id = "SEC"
title = "A summary by someone else"
publisher = "A support service"
confidence = "secondary"

[[source]]
id = "SEED-001"
title = "A review"
publisher = "Home Office"
confidence = "seed"
"#;

pub const GLOSSARY: &str = r#"
[[term]]
id = "spo"
term = "Stalking Protection Order"
match = ["Stalking Protection Order", "SPO"]
definition = "A civil order a magistrates' court makes on a chief officer's application ([SPA s1](source:SPA-s1))."
sources = ["SPA-s1"]

[[term]]
id = "isac"
term = "Independent Stalking Advocacy Caseworker"
match = ["ISAC"]
definition = "A specialist who supports a victim of stalking. See [the module](guide:beta#second)."
sources = ["SG"]
"#;

/// Prose with no glossary phrase in it, to bring a body up to length.
pub fn filler(words: usize) -> String {
    const SENTENCE: [&str; 10] = [
        "Officers",
        "write",
        "down",
        "what",
        "they",
        "saw",
        "and",
        "when",
        "it",
        "happened.",
    ];
    let text: Vec<&str> = SENTENCE.iter().copied().cycle().take(words).collect();
    text.join(" ")
}

/// `body` followed by filler, so the whole body has `total` words.
pub fn padded(body: &str, total: usize) -> String {
    let missing = total.saturating_sub(body_words(body));
    format!("{body}\n\n{}\n", filler(missing))
}

/// A module file with valid front matter for `body` (minutes computed from it).
pub fn module(title: &str, sources: &[&str], body: &str) -> String {
    let minutes = expected_minutes(body_words(body));
    module_with(title, sources, minutes, body)
}

/// A module file with the given `minutes`, right or wrong, and two questions.
pub fn module_with(title: &str, sources: &[&str], minutes: u32, body: &str) -> String {
    module_full(title, sources, minutes, 2, body)
}

/// A module file with `questions` checks of understanding (each with three options,
/// answer 2).
pub fn module_full(
    title: &str,
    sources: &[&str],
    minutes: u32,
    questions: usize,
    body: &str,
) -> String {
    let sources = sources
        .iter()
        .map(|id| format!("\"{id}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let questions: String = (1..=questions)
        .map(|n| {
            format!(
                "\n[[question]]\nprompt = \"Question {n}?\"\noptions = [\"One\", \"Two\", \"Three\"]\n\
                 answer = 2\nexplanation = \"Because.\"\n"
            )
        })
        .collect();
    format!(
        "+++\ntitle = \"{title}\"\nsummary = \"A summary of {title}.\"\nminutes = {minutes}\n\
         last_reviewed = \"2026-11-23\"\nowner = \"Guidance editor\"\nsources = [{sources}]\n{questions}+++\n{body}"
    )
}

/// The body of the `alpha` fixture module: two sections, a citation, a cross-link.
pub fn alpha_body() -> String {
    padded(
        "Intro text before any heading.\n\n\
         ## First section {#first}\n\n\
         A Stalking Protection Order protects people ([SPA s1](source:SPA-s1)). \
         Read [the next module](guide:beta#second).\n\n\
         ## Necessity of conditions {#necessity}\n\n\
         Each condition must be necessary.\n",
        500,
    )
}

/// The body of the `beta` fixture module.
pub fn beta_body() -> String {
    padded(
        "## Second part {#second}\n\nAn advocate such as an ISAC helps ([guidance](source:SG)).\n\n\
         ### Detail {#detail}\n\nMore detail about zebra crossings.\n",
        500,
    )
}

/// Two valid modules, `01-alpha.md` and `02-beta.md`, with glossary and sources.
pub fn valid_files() -> ContentFiles {
    files(vec![
        (
            "01-alpha.md",
            module("Alpha module", &["SPA-s1"], &alpha_body()),
        ),
        (
            "02-beta.md",
            module("Beta module", &["SG", "SEC", "SEED-001"], &beta_body()),
        ),
    ])
}

/// Content made of these module files and the fixture glossary and sources.
pub fn files(modules: Vec<(&str, String)>) -> ContentFiles {
    ContentFiles {
        modules: modules
            .iter()
            .map(|(name, text)| ContentFile::new("content/guidance", name, text))
            .collect(),
        glossary: Some(ContentFile::new(
            "content/guidance",
            "glossary.toml",
            GLOSSARY,
        )),
        sources: Some(ContentFile::new("content", "sources.toml", SOURCES)),
    }
}

/// `valid_files` with `01-alpha.md` replaced by `text`.
pub fn with_alpha(text: String) -> ContentFiles {
    let mut content = valid_files();
    content.modules[0].text = text;
    content
}

/// The build's problems; panics (test failure) if it built.
pub fn problems(content: &ContentFiles) -> Vec<String> {
    match build_from(content) {
        Ok(_) => panic!("expected the build to fail"),
        Err(problems) => problems,
    }
}

/// The built fixture; panics (test failure) listing the problems if it did not build.
pub fn built(content: &ContentFiles) -> BuiltGuidance {
    match build_from(content) {
        Ok(built) => built,
        Err(problems) => panic!("expected the build to succeed:\n{}", problems.join("\n")),
    }
}

/// Whether some problem names `file` and contains `text`.
pub fn has_problem(problems: &[String], file: &str, text: &str) -> bool {
    problems
        .iter()
        .any(|problem| problem.starts_with(file) && problem.contains(text))
}

/// Asserts [`has_problem`], showing every problem when it fails.
#[track_caller]
pub fn assert_problem(problems: &[String], file: &str, text: &str) {
    assert!(
        has_problem(problems, file, text),
        "no problem in {file} saying {text:?}; got:\n{}",
        problems.join("\n")
    );
}
