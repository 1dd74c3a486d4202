//! Turns a template's wording and the officer's slot values into the words of the
//! order. Unfilled slots show as a bracketed placeholder from the slot's label, so
//! the live preview reads sensibly while the officer is still typing.
use super::catalogue::{SlotKind, SlotSpec, Template};
use super::chosen::SlotValue;

/// A piece of a template's wording: fixed words or a `{slot}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Literal(&'a str),
    Slot(&'a str),
}

/// Splits wording into fixed words and `{slot}` names, or says what is wrong
/// with its braces.
pub fn segments(wording: &str) -> Result<Vec<Segment<'_>>, String> {
    let mut out = Vec::new();
    let mut rest = wording;
    while !rest.is_empty() {
        let open = rest.find('{');
        let close = rest.find('}');
        match (open, close) {
            (None, None) => {
                out.push(Segment::Literal(rest));
                break;
            }
            (None, Some(_)) => return Err("has a '}' with no '{' before it".into()),
            (Some(o), Some(c)) if c < o => return Err("has a '}' with no '{' before it".into()),
            (Some(_), None) => return Err("has a '{' that is never closed with '}'".into()),
            (Some(o), Some(c)) => {
                let name = &rest[o + 1..c];
                if name.trim().is_empty() || name.contains('{') {
                    return Err(format!("has a badly formed placeholder '{}'", &rest[o..=c]));
                }
                if o > 0 {
                    out.push(Segment::Literal(&rest[..o]));
                }
                out.push(Segment::Slot(name.trim()));
                rest = &rest[c + 1..];
            }
        }
    }
    Ok(out)
}

/// The slot names a wording uses, in order of first use.
pub fn placeholders(wording: &str) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = Vec::new();
    for seg in segments(wording)? {
        if let Segment::Slot(n) = seg {
            if !names.iter().any(|x| x == n) {
                names.push(n.to_string());
            }
        }
    }
    Ok(names)
}

/// A unit a distance can be given in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DistanceUnit {
    Metres,
    Kilometres,
    Yards,
    Miles,
}

impl DistanceUnit {
    /// Every unit, for the unit `<select>`.
    pub const ALL: [DistanceUnit; 4] = [
        DistanceUnit::Metres,
        DistanceUnit::Kilometres,
        DistanceUnit::Yards,
        DistanceUnit::Miles,
    ];

    /// The value stored in `SlotValue::unit`; also the plural used in the order.
    pub fn as_str(self) -> &'static str {
        match self {
            DistanceUnit::Metres => "metres",
            DistanceUnit::Kilometres => "kilometres",
            DistanceUnit::Yards => "yards",
            DistanceUnit::Miles => "miles",
        }
    }

    /// The word for exactly one of this unit.
    pub fn singular(self) -> &'static str {
        match self {
            DistanceUnit::Metres => "metre",
            DistanceUnit::Kilometres => "kilometre",
            DistanceUnit::Yards => "yard",
            DistanceUnit::Miles => "mile",
        }
    }

    /// Reads a unit as stored or as commonly typed ("m", "meters", "km", "mile").
    pub fn parse(s: &str) -> Option<DistanceUnit> {
        match s.trim().to_lowercase().trim_end_matches('.') {
            "metres" | "metre" | "meters" | "meter" | "m" => Some(DistanceUnit::Metres),
            "kilometres" | "kilometre" | "kilometers" | "kilometer" | "km" | "kms" => {
                Some(DistanceUnit::Kilometres)
            }
            "yards" | "yard" | "yd" | "yds" => Some(DistanceUnit::Yards),
            "miles" | "mile" | "mi" => Some(DistanceUnit::Miles),
            _ => None,
        }
    }
}

/// The number in a distance slot ("100", "1,000", "0.5", "-2"), if it is one: digits
/// with commas, at most one decimal point and an optional sign. Read by hand, not by
/// `str::parse::<f64>`, whose tables cost every area that checks conditions about
/// 30 KB of WebAssembly; an order never words a distance as "1e3" or "inf".
pub fn distance_number(text: &str) -> Option<f64> {
    let cleaned: String = text.trim().chars().filter(|c| *c != ',').collect();
    let (negative, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let mut value = whole.bytes().fold(0.0_f64, |v, b| v * 10.0 + f64::from(b - b'0'));
    let mut scale = 1.0_f64;
    for b in fraction.bytes() {
        scale /= 10.0;
        value += f64::from(b - b'0') * scale;
    }
    Some(if negative { -value } else { value }).filter(|n| n.is_finite())
}

/// Slot text as it goes into the order: trimmed, with runs of spaces and line
/// breaks made single spaces (each condition is one line of the order).
pub fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The placeholder shown for an unfilled slot, from its label:
/// "Name of the person to be protected" gives "[name of the person to be protected]".
pub fn placeholder(label: &str) -> String {
    format!("[{}]", lower_first(label.trim()))
}

/// Lower-cases the first letter unless the first word looks like an acronym ("GPS").
pub(crate) fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return String::new();
    };
    if second.is_some_and(|c| c.is_uppercase()) {
        return s.to_string();
    }
    first.to_lowercase().chain(s.chars().skip(1)).collect()
}

/// A rendered piece of wording, so the preview can highlight what is still missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordingPart {
    /// The template's own words.
    Text(String),
    /// A slot: its value, or a placeholder where anything is missing.
    Slot {
        name: String,
        text: String,
        complete: bool,
    },
}

/// The wording split into parts, with each slot filled from `values` (matched by name).
pub fn render_parts(template: &Template, values: &[SlotValue]) -> Vec<WordingPart> {
    let Ok(segs) = segments(&template.wording) else {
        // The build checks every wording, so this is only reached by a damaged
        // catalogue file; showing the raw wording is better than nothing.
        return vec![WordingPart::Text(template.wording.clone())];
    };
    segs.into_iter()
        .map(|seg| match seg {
            Segment::Literal(t) => WordingPart::Text(t.to_string()),
            Segment::Slot(name) => {
                let value = values.iter().find(|v| v.name == name);
                let (text, complete) = match template.slot(name) {
                    Some(spec) => render_slot(spec, value),
                    None => (format!("[{name}]"), false),
                };
                WordingPart::Slot {
                    name: name.to_string(),
                    text,
                    complete,
                }
            }
        })
        .collect()
}

/// The wording with every slot filled in (or shown as a placeholder).
pub fn render(template: &Template, values: &[SlotValue]) -> String {
    render_parts(template, values)
        .into_iter()
        .map(|p| match p {
            WordingPart::Text(t) => t,
            WordingPart::Slot { text, .. } => text,
        })
        .collect()
}

/// One slot's words and whether it is complete.
pub fn render_slot(spec: &SlotSpec, value: Option<&SlotValue>) -> (String, bool) {
    let text = value.map(|v| tidy(&v.text)).unwrap_or_default();
    if text.is_empty() {
        return (placeholder(&spec.label), false);
    }
    match spec.kind {
        SlotKind::Distance => render_distance(&text, value.and_then(|v| v.unit.as_deref())),
        SlotKind::Area => render_area(&text, value.and_then(|v| v.map_reference.as_deref())),
        _ => (text, true),
    }
}

/// "100 metres", "1 mile"; a unit as typed if it is not one we know.
fn render_distance(number: &str, unit: Option<&str>) -> (String, bool) {
    let unit = unit.map(tidy).unwrap_or_default();
    if unit.is_empty() {
        return (format!("{number} [unit]"), false);
    }
    let word = match DistanceUnit::parse(&unit) {
        Some(u) if distance_number(number) == Some(1.0) => u.singular().to_string(),
        Some(u) => u.as_str().to_string(),
        None => unit,
    };
    (format!("{number} {word}"), true)
}

/// "{description}, as shown edged red on the annexed map marked {map_reference}".
fn render_area(description: &str, map_reference: Option<&str>) -> (String, bool) {
    let map = map_reference.map(tidy).unwrap_or_default();
    let complete = !map.is_empty();
    let map = if complete {
        map
    } else {
        "[map reference]".to_string()
    };
    (
        format!("{description}, as shown edged red on the annexed map marked {map}"),
        complete,
    )
}

#[cfg(test)]
mod number_tests {
    use super::distance_number;

    #[test]
    fn a_distance_reads_as_people_type_it() {
        for (text, n) in [("100", 100.0), (" 1,000 ", 1000.0), ("0.5", 0.5), (".5", 0.5), ("5.", 5.0), ("+2", 2.0), ("-2", -2.0), ("0", 0.0), ("1.0", 1.0), ("1.00", 1.0)] {
            assert_eq!(distance_number(text), Some(n), "{text:?}");
        }
        for text in ["", ".", "-", "1.2.3", "1e3", "inf", "NaN", "ten", "1 000", "5m", "--1"] {
            assert_eq!(distance_number(text), None, "{text:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::conditions::chosen::ChosenCondition;
    use crate::domain::conditions::fixture::{self, text};

    fn distance(n: &str, unit: Option<&str>) -> SlotValue {
        SlotValue {
            name: "distance".into(),
            text: n.into(),
            unit: unit.map(String::from),
            map_reference: None,
        }
    }

    #[test]
    fn placeholders_are_read_from_wording_in_order() {
        assert_eq!(
            placeholders("come within {distance} of {person} or {person}"),
            Ok(vec!["distance".into(), "person".into()])
        );
        assert_eq!(placeholders("no slots"), Ok(vec![]));
        assert!(placeholders("enter {area").is_err());
        assert!(placeholders("enter area}").is_err());
        assert!(placeholders("enter {}").is_err());
    }

    #[test]
    fn a_new_condition_shows_placeholders_from_the_slot_labels() {
        let cat = fixture::catalogue();
        let t = cat.get("no-approach-distance").expect("fixture");
        let c = ChosenCondition::from_template(t);
        assert_eq!(
            c.wording,
            "knowingly come within [distance to keep away] of [name of the person to be protected]"
        );
        assert_eq!(c.kind, "prohibition");
        assert_eq!(
            c.slots.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
            ["distance", "person"]
        );
    }

    #[test]
    fn typed_values_are_trimmed_and_distances_get_their_unit() {
        let cat = fixture::catalogue();
        let t = cat.get("no-approach-distance").expect("fixture");
        let w = |d: SlotValue| render(t, &[d, text("person", "  Alex   Example ")]);
        assert_eq!(
            w(distance("100", Some("metres"))),
            "knowingly come within 100 metres of Alex Example"
        );
        assert_eq!(
            w(distance("1", Some("miles"))),
            "knowingly come within 1 mile of Alex Example"
        );
        assert_eq!(
            w(distance("1", Some("metres"))),
            "knowingly come within 1 metre of Alex Example"
        );
        assert_eq!(
            w(distance("0.5", Some("mile"))),
            "knowingly come within 0.5 miles of Alex Example"
        );
        assert_eq!(
            w(distance("200", None)),
            "knowingly come within 200 [unit] of Alex Example"
        );
    }

    #[test]
    fn an_area_points_to_the_annexed_map() {
        let cat = fixture::catalogue();
        let t = cat.get("no-enter-area").expect("fixture");
        let area = SlotValue {
            name: "area".into(),
            text: "the streets around Hoole Primary School, Chester".into(),
            unit: None,
            map_reference: Some("Map A".into()),
        };
        assert_eq!(
            render(t, std::slice::from_ref(&area)),
            "enter the streets around Hoole Primary School, Chester, as shown edged red on the annexed map marked Map A"
        );
        let no_map = SlotValue {
            map_reference: None,
            ..area
        };
        let parts = render_parts(t, &[no_map]);
        assert_eq!(
            parts[1],
            WordingPart::Slot {
                name: "area".into(),
                text: "the streets around Hoole Primary School, Chester, as shown edged red on the annexed map marked [map reference]".into(),
                complete: false
            }
        );
    }

    #[test]
    fn the_wording_follows_the_catalogue_when_refreshed() {
        let cat = fixture::catalogue();
        let mut c = ChosenCondition::from_template(cat.get("no-direct-contact").expect("fixture"));
        c.slot_mut("person").text = "Sam Jones".into();
        assert!(c.refresh_wording(&cat));
        assert!(
            c.wording
                .starts_with("contact, or try to contact, Sam Jones by any means"),
            "{}",
            c.wording
        );
        c.template_id = "gone".into();
        assert!(!c.refresh_wording(&cat));
    }

    #[test]
    fn acronyms_keep_their_capitals_in_placeholders() {
        assert_eq!(placeholder("GPS tag provider"), "[GPS tag provider]");
        assert_eq!(placeholder("Days and times"), "[days and times]");
    }
}
