//! What the checks look for in the officer's own words: vague terms, text that
//! looks like a home address, and programme or provider names that name nothing.
//!
//! Conditions must be clear and specific (facts item 70, SEED-004 §9.3): a
//! respondent has to know what is forbidden, and a breach has to be provable.
use regex_lite::Regex;
use std::sync::OnceLock;

use super::wording::DistanceUnit;

/// What kind of vagueness a term has, which decides the advice given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vagueness {
    /// "near", "close to": no measurable distance.
    Distance,
    /// "regularly": no measurable frequency.
    Frequency,
    /// "harass", "pester": a label for behaviour rather than the behaviour.
    Behaviour,
    /// "etc": a list left open.
    OpenList,
}

impl Vagueness {
    /// What to write instead.
    pub fn advice(self) -> &'static str {
        match self {
            Vagueness::Distance => "Give a distance with a unit (for example 100 metres), name the streets or places, or mark an area on a map.",
            Vagueness::Frequency => "Say exactly how often (for example once a week, on Mondays between 10am and 12 noon).",
            Vagueness::Behaviour => "Describe the behaviour itself (for example phoning, messaging, following, or waiting outside a named place).",
            Vagueness::OpenList => "List everything the condition covers: an open list leaves the respondent to guess.",
        }
    }
}

/// A vague term: its words, and whether the last word may have any ending
/// ("harass" also catches "harassing" and "harassment").
struct Term {
    words: &'static [&'static str],
    stem: bool,
    kind: Vagueness,
}

const fn term(words: &'static [&'static str], stem: bool, kind: Vagueness) -> Term {
    Term { words, stem, kind }
}

const TERMS: &[Term] = &[
    term(&["near"], false, Vagueness::Distance),
    term(&["nearby"], false, Vagueness::Distance),
    term(&["close", "to"], false, Vagueness::Distance),
    term(&["vicinity"], false, Vagueness::Distance),
    term(&["reasonable", "distance"], false, Vagueness::Distance),
    term(&["safe", "distance"], false, Vagueness::Distance),
    term(&["regularly"], false, Vagueness::Frequency),
    term(&["frequently"], false, Vagueness::Frequency),
    term(&["periodically"], false, Vagueness::Frequency),
    term(&["from", "time", "to", "time"], false, Vagueness::Frequency),
    term(&["harass"], true, Vagueness::Behaviour),
    term(&["pester"], true, Vagueness::Behaviour),
    term(&["bother"], true, Vagueness::Behaviour),
    term(&["annoy"], true, Vagueness::Behaviour),
    term(&["inappropriat"], true, Vagueness::Behaviour),
    term(&["upset"], true, Vagueness::Behaviour),
    term(&["nuisance"], false, Vagueness::Behaviour),
    term(&["etc"], false, Vagueness::OpenList),
    term(&["and", "so", "on"], false, Vagueness::OpenList),
    term(&["or", "similar"], false, Vagueness::OpenList),
    term(&["and", "the", "like"], false, Vagueness::OpenList),
];

/// Lower-case words of the text (letters, digits and apostrophes).
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// Where `term` starts in `tokens`, and the words it matched.
fn find_term(tokens: &[String], term: &Term) -> Option<String> {
    let k = term.words.len();
    (0..tokens.len().saturating_sub(k - 1)).find_map(|i| {
        let window = &tokens[i..i + k];
        let hit = window
            .iter()
            .zip(term.words)
            .enumerate()
            .all(|(j, (tok, want))| {
                if term.stem && j == k - 1 {
                    tok.starts_with(want)
                } else {
                    tok == want
                }
            });
        hit.then(|| window.join(" "))
    })
}

/// Whether the text itself pins the vague term down, so it needs no warning:
/// "within 100 metres of", "every Monday", "harass, including by phoning".
fn is_defined(tokens: &[String], kind: Vagueness) -> bool {
    let has = |w: &str| tokens.iter().any(|t| t == w);
    match kind {
        Vagueness::Distance => tokens.iter().enumerate().any(|(i, t)| {
            // "100 metres" (two words) or "100m" (one).
            let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
            let unit = if digits == t.len() {
                tokens.get(i + 1).map(String::as_str)
            } else {
                Some(&t[digits..])
            };
            digits > 0 && unit.is_some_and(|u| DistanceUnit::parse(u).is_some())
        }),
        Vagueness::Frequency => {
            tokens.iter().any(|t| t.chars().any(|c| c.is_ascii_digit()))
                || [
                    "once", "twice", "every", "each", "daily", "weekly", "monthly",
                ]
                .iter()
                .any(|w| has(w))
        }
        Vagueness::Behaviour => ["including", "namely", "meaning", "defined"]
            .iter()
            .any(|w| has(w)),
        Vagueness::OpenList => false,
    }
}

/// Vague terms in the text that nothing in the same text defines: one per kind of
/// vagueness (the first found), as (words found, kind).
pub fn vague_terms(text: &str) -> Vec<(String, Vagueness)> {
    let tokens = words(text);
    let mut found: Vec<(String, Vagueness)> = Vec::new();
    for t in TERMS {
        if found.iter().any(|(_, k)| *k == t.kind) || is_defined(&tokens, t.kind) {
            continue;
        }
        if let Some(hit) = find_term(&tokens, t) {
            found.push((hit, t.kind));
        }
    }
    found
}

/// A house number followed by a street name ("12 Acacia Avenue", "Flat 3, 4 High St").
const STREET_PATTERN: &str = r"(?i)\b\d+[a-z]?,?\s+([a-z'-]+\s+){1,3}(street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|crescent|court|ct|place|pl|grove|terrace|gardens|park|hill|row|walk|mews|square|sq|view|rise|green|parade|vale)\b";
/// A full UK postcode ("CH1 2AB", "m11aa").
const POSTCODE_PATTERN: &str = r"(?i)\b[a-z]{1,2}[0-9][a-z0-9]?\s*[0-9][a-z]{2}\b";

fn address_patterns() -> &'static [Regex] {
    static PATTERNS: OnceLock<Vec<Regex>> = OnceLock::new();
    // The patterns are constants covered by tests; a failure to compile would
    // only switch the check off, never stop the builder.
    PATTERNS.get_or_init(|| {
        [STREET_PATTERN, POSTCODE_PATTERN]
            .iter()
            .filter_map(|p| Regex::new(p).ok())
            .collect()
    })
}

/// Whether the text looks like a home address: a house number and street, or a
/// UK postcode (facts item 70: think before putting the victim's address in the order).
pub fn looks_like_address(text: &str) -> bool {
    address_patterns().iter().any(|re| re.is_match(text))
}

/// Words that say nothing about which programme or who provides it.
const GENERIC_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "any",
    "some",
    "such",
    "other",
    "suitable",
    "appropriate",
    "relevant",
    "approved",
    "accredited",
    "recognised",
    "recognized",
    "local",
    "course",
    "courses",
    "programme",
    "programmes",
    "program",
    "programs",
    "provider",
    "providers",
    "service",
    "services",
    "intervention",
    "interventions",
    "treatment",
    "assessment",
    "organisation",
    "organization",
    "agency",
    "class",
    "classes",
    "session",
    "sessions",
    "scheme",
    "support",
    "as",
    "directed",
    "required",
    "arranged",
    "by",
    "to",
    "be",
    "confirmed",
    "tbc",
    "tba",
    "n",
    "unknown",
    "none",
    "na",
    "one",
    "police",
    "probation",
    "court",
];

/// Whether a programme or provider entry names nothing ("a course", "TBC",
/// "a suitable programme as directed by police").
pub fn is_generic_name(text: &str) -> bool {
    let tokens = words(text);
    !tokens.is_empty() && tokens.iter().all(|t| GENERIC_WORDS.contains(&t.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vague_words_are_found_unless_the_text_defines_them() {
        assert_eq!(
            vague_terms("near her home"),
            vec![("near".to_string(), Vagueness::Distance)]
        );
        assert_eq!(
            vague_terms("anywhere close to Hoole Road"),
            vec![("close to".to_string(), Vagueness::Distance)]
        );
        assert!(vague_terms("within 100 metres of the school, near the gate").is_empty());
        assert!(vague_terms("near the school (within 50m)").is_empty());
        assert_eq!(
            vague_terms("Harassing her"),
            vec![("harassing".to_string(), Vagueness::Behaviour)]
        );
        assert!(vague_terms("harass her, including by phoning or texting").is_empty());
        assert_eq!(
            vague_terms("regularly"),
            vec![("regularly".to_string(), Vagueness::Frequency)]
        );
        assert!(vague_terms("regularly, every Monday").is_empty());
        assert_eq!(
            vague_terms("Facebook, Instagram etc."),
            vec![("etc".to_string(), Vagueness::OpenList)]
        );
        assert!(vague_terms("Nearness Street, Cheshire").is_empty());
        assert!(vague_terms("Castle Street, Chester").is_empty());
    }

    #[test]
    fn addresses_are_recognised_by_house_number_and_street_or_postcode() {
        assert!(looks_like_address("12 Acacia Avenue, Chester"));
        assert!(looks_like_address("Flat 3, 4a High St"));
        assert!(looks_like_address("the house at CH1 2AB"));
        assert!(looks_like_address("m11aa"));
        assert!(!looks_like_address("Chester police station"));
        assert!(!looks_like_address("every Monday between 10am and 12 noon"));
        assert!(!looks_like_address("within 24 hours"));
        assert!(!looks_like_address(
            "the streets around Hoole Primary School"
        ));
    }

    #[test]
    fn generic_programme_names_are_spotted() {
        assert!(is_generic_name("a course"));
        assert!(is_generic_name(
            "A suitable programme as directed by police"
        ));
        assert!(is_generic_name("TBC"));
        assert!(!is_generic_name(
            "Compulsive and Obsessive Behaviour Intervention"
        ));
        assert!(!is_generic_name("Cheshire Stalking Intervention Programme"));
        assert!(!is_generic_name(""));
    }
}
