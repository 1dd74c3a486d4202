//! A small catalogue built in code for the tests, so they do not depend on the
//! real catalogue's content (which is written and edited separately).
use super::catalogue::{Catalogue, Kind, SlotKind, SlotSpec, Tag, Template, Theme};
use super::chosen::{ChosenCondition, SlotValue};

fn slot(name: &str, kind: SlotKind, label: &str) -> SlotSpec {
    SlotSpec {
        name: name.into(),
        kind,
        label: label.into(),
        hint: String::new(),
    }
}

struct T {
    id: &'static str,
    kind: Kind,
    theme: Theme,
    title: &'static str,
    wording: &'static str,
    tags: Vec<Tag>,
    unsuitable_for: Vec<Tag>,
    slots: Vec<SlotSpec>,
}

fn template(t: T) -> Template {
    Template {
        id: t.id.into(),
        kind: t.kind,
        theme: t.theme,
        title: t.title.into(),
        wording: t.wording.into(),
        when_to_use: format!("Use it where the risk calls for it ({}).", t.id),
        pitfalls: "Keep it specific.".into(),
        tags: t.tags,
        unsuitable_for: t.unsuitable_for,
        sources: vec!["CPS-SPO-TERMS".into()],
        slots: t.slots,
    }
}

fn person() -> SlotSpec {
    slot(
        "person",
        SlotKind::Person,
        "Name of the person to be protected",
    )
}

/// Ten templates covering every slot kind and both kinds of condition.
pub fn catalogue() -> Catalogue {
    use Kind::*;
    let p = Prohibition;
    let r = Requirement;
    let ts = vec![
        T { id: "no-direct-contact", kind: p, theme: Theme::Contact, title: "No contact with the protected person",
            wording: "contact, or try to contact, {person} by any means, including in person, by phone, text, email, letter or social media",
            tags: vec![Tag::Domestic, Tag::Online], unsuitable_for: vec![], slots: vec![person()] },
        T { id: "no-approach-distance", kind: p, theme: Theme::Contact, title: "Keep a set distance away",
            wording: "knowingly come within {distance} of {person}",
            tags: vec![Tag::Youth], unsuitable_for: vec![],
            slots: vec![slot("distance", SlotKind::Distance, "Distance to keep away"), person()] },
        T { id: "no-third-party-contact", kind: p, theme: Theme::ThirdParties, title: "No contact through other people",
            wording: "ask or encourage another person to contact {person} on the respondent's behalf",
            tags: vec![], unsuitable_for: vec![], slots: vec![person()] },
        T { id: "no-contact-child", kind: p, theme: Theme::Contact, title: "No contact with a protected child",
            wording: "contact {person} directly or indirectly, except {exception}",
            tags: vec![Tag::ProtectingChild], unsuitable_for: vec![],
            slots: vec![slot("person", SlotKind::Person, "Name of the child"),
                        slot("exception", SlotKind::Text, "The only contact allowed")] },
        T { id: "no-enter-area", kind: p, theme: Theme::Places, title: "Keep out of an area",
            wording: "enter {area}",
            tags: vec![Tag::Youth, Tag::ProtectingChild], unsuitable_for: vec![],
            slots: vec![slot("area", SlotKind::Area, "Description of the area")] },
        T { id: "no-enter-place", kind: p, theme: Theme::Places, title: "Keep out of a place",
            wording: "enter {place}",
            tags: vec![], unsuitable_for: vec![], slots: vec![slot("place", SlotKind::Place, "Name of the place")] },
        T { id: "no-posting", kind: p, theme: Theme::Online, title: "No posting about the protected person",
            wording: "post or share anything about {person} on {platform}",
            tags: vec![Tag::Online], unsuitable_for: vec![],
            slots: vec![person(), slot("platform", SlotKind::Platform, "Apps or platforms")] },
        T { id: "attend-programme", kind: r, theme: Theme::Programmes, title: "Attend a stalking intervention programme",
            wording: "attend and take part in {programme} run by {provider}, as arranged by the provider",
            tags: vec![], unsuitable_for: vec![],
            slots: vec![slot("programme", SlotKind::Programme, "Name of the programme"),
                        slot("provider", SlotKind::Provider, "Organisation that runs it")] },
        T { id: "sign-on", kind: r, theme: Theme::Reporting, title: "Report to a police station",
            wording: "report in person to the front desk of {place} police station {times}",
            tags: vec![], unsuitable_for: vec![],
            slots: vec![slot("place", SlotKind::Place, "Name of the police station"),
                        slot("times", SlotKind::Times, "Days and times to report")] },
        T { id: "surrender-devices", kind: r, theme: Theme::Devices, title: "Hand over devices",
            wording: "hand over to the police, within 24 hours of being served with the order, every device the respondent owns that can connect to the internet",
            tags: vec![], unsuitable_for: vec![Tag::Youth], slots: vec![] },
    ];
    Catalogue {
        conditions: ts.into_iter().map(template).collect(),
        sources: Vec::new(),
    }
}

/// A slot value with text only.
pub fn text(name: &str, text: &str) -> SlotValue {
    SlotValue {
        name: name.into(),
        text: text.into(),
        ..SlotValue::default()
    }
}

/// A condition from the fixture catalogue with the given slots and reason.
pub fn chosen(id: &str, slots: Vec<SlotValue>, reason: &str) -> ChosenCondition {
    let cat = catalogue();
    let kind = cat
        .get(id)
        .map(|t| t.kind.as_str())
        .unwrap_or("prohibition");
    let mut c = ChosenCondition {
        template_id: id.into(),
        kind: kind.into(),
        slots,
        reason: reason.into(),
        ..ChosenCondition::default()
    };
    c.refresh_wording(&cat);
    c
}
