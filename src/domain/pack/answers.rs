//! The triage's and the chronology's answers in the words the documents use, so the
//! complaint, the grounds and the orders describe a person or an act the same way.
use crate::domain::order::{Locality, OrderType};
use crate::domain::triage::choices::{Behaviour, LocalityChoice};
use crate::domain::triage::chronology::{s2a_paragraph, Act};
use crate::domain::triage::dates::{CivilDate, DateInput};
use crate::domain::triage::model::{OrderSought, ProtectedPerson};
use crate::domain::triage::validate_order_sought::{full_duration, interim_duration};

/// "a, b and c"; "a" alone; empty for nothing.
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// A typed date in words ("3 November 1990"), or empty when not a real date.
pub fn date_words(input: &DateInput) -> String {
    input.parse("Date").ok().flatten().map(CivilDate::long).unwrap_or_default()
}

/// `YYYY-MM-DD` (the authorisation's date) in words, or as it is when it is not one.
pub fn iso_words(iso: &str) -> String {
    CivilDate::parse_iso(iso.trim()).map_or_else(|| iso.trim().to_string(), CivilDate::long)
}

/// "Sam Example (born 3 November 1990), primary victim".
pub fn person_words(p: &ProtectedPerson) -> String {
    let name = if p.name.trim().is_empty() { "[name not entered]".to_string() } else { p.name.trim().to_string() };
    let born = if p.date_of_birth_not_known { String::new() } else { date_words(&p.date_of_birth) };
    let born = if born.is_empty() { String::new() } else { format!(" (born {born})") };
    // The label's own explanation in brackets is for the form, not the document.
    let role = p.role.map(|r| format!(", {}", lower_first(r.label().split(" (").next().unwrap_or_default()))).unwrap_or_default();
    format!("{name}{born}{role}")
}

/// The people named in the triage, blank rows left out.
pub fn named_people(people: &[ProtectedPerson]) -> Vec<&ProtectedPerson> {
    people.iter().filter(|p| !p.name.trim().is_empty()).collect()
}

/// "following the person (PHA 1997 s2A(3)(a))": a behaviour with the statutory
/// example it is, if it is one (facts item 83).
pub fn behaviour_words(b: Behaviour) -> String {
    let label = lower_first(b.label());
    match s2a_paragraph(b) {
        Some(p) => format!("{label} (Protection from Harassment Act 1997, {p})"),
        None => label,
    }
}

/// One act in a sentence: when, where, what, the evidence with its exhibits, and the
/// behaviours it shows.
pub fn act_words(act: &Act) -> String {
    let place = act.place.trim();
    let place = if place.is_empty() { String::new() } else { format!(", {place}") };
    let what = act.what.trim().trim_end_matches('.');
    let what = if what.is_empty() { "[what the respondent did is not entered]" } else { what };
    let evidence: Vec<String> = act
        .evidence
        .iter()
        .filter(|e| e.kind.is_some() || !e.exhibit.trim().is_empty())
        .map(|e| {
            let kind = e.kind.map_or("Evidence", |k| k.label());
            let described = if e.description.trim().is_empty() { String::new() } else { format!(", {}", e.description.trim()) };
            let exhibit = if e.exhibit.trim().is_empty() { "no exhibit reference yet".to_string() } else { format!("exhibit {}", e.exhibit.trim()) };
            format!("{kind}{described} ({exhibit})")
        })
        .collect();
    let evidence = if evidence.is_empty() { "Evidence: none listed yet.".to_string() } else { format!("Evidence: {}.", join_and(&evidence)) };
    let shows: Vec<String> = act.behaviours.iter().map(|b| behaviour_words(*b)).collect();
    let shows = if shows.is_empty() { String::new() } else { format!(" Shows: {}.", join_and(&shows)) };
    format!("{}{place}: {what}. {evidence}{shows}", act.when_words())
}

/// "acts 1, 2 and 4" (numbers in date order), or "act 3".
pub fn act_numbers_words(numbers: &[usize]) -> String {
    let list: Vec<String> = numbers.iter().map(|n| n.to_string()).collect();
    match numbers.len() {
        0 => String::new(),
        1 => format!("act {}", list[0]),
        _ => format!("acts {}", join_and(&list)),
    }
}

/// The full order's duration as the order says it, or what is wrong with the answer.
pub fn full_duration_words(o: &OrderSought) -> Result<String, String> {
    full_duration(o).map(|d| d.describe())
}

/// The interim order's duration as the order says it, or what is wrong with the answer.
pub fn interim_duration_words(o: &OrderSought) -> Result<String, String> {
    interim_duration(o).map(|d| d.describe())
}

/// Where the order applies: the whole UK unless limited (facts item 16); `Err` when
/// the limit is chosen but the area is not described.
pub fn locality(o: &OrderSought) -> Result<Locality, String> {
    match o.locality {
        Some(LocalityChoice::Limited) if o.locality_description.trim().is_empty() => {
            Err("the area the order is limited to".to_string())
        }
        Some(LocalityChoice::Limited) => Ok(Locality::Limited { description: o.locality_description.trim().to_string() }),
        _ => Ok(Locality::WholeUk),
    }
}

/// The order type, defaulting as the order text does when not chosen yet.
pub fn order_type(o: &OrderSought) -> OrderType {
    o.order_type.unwrap_or_default()
}

/// "Primary victim" → "primary victim", for use inside a sentence. Labels that start
/// with an abbreviation (DASH, CCTV) keep their capitals.
pub fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => first.to_lowercase().chain(label[first.len_utf8()..].chars()).collect(),
        _ => label.to_string(),
    }
}
