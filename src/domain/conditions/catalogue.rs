//! The catalogue of conditions an officer can choose from: prohibitions ("The
//! respondent must not …") and requirements ("The respondent must …"), each with
//! typed slots the officer fills in.
//!
//! The catalogue is written in `content/conditions/catalogue.toml`, checked at build
//! time (`load.rs`) and reaches the browser as JSON, so everything here compiles for
//! wasm32 and uses the same field names in TOML and JSON.
//!
//! Law (../shared/domain/facts.md): an SPO may prohibit, require, or both (item 8,
//! V-LEG s1(2)); the example terms come from the statutory and CPS guidance (items
//! 67–69) and the APP draft (item 107 for young people).
use crate::domain::guidance::Source;
use serde::{Deserialize, Serialize};

/// Whether a condition forbids something or requires something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Completes "The respondent must not …".
    Prohibition,
    /// Completes "The respondent must …".
    Requirement,
}

impl Kind {
    /// Every kind, in the order the order text lists them.
    pub const ALL: [Kind; 2] = [Kind::Prohibition, Kind::Requirement];

    /// The value used in TOML, JSON and `ChosenCondition::kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Prohibition => "prohibition",
            Kind::Requirement => "requirement",
        }
    }

    /// Reads the value written by [`Kind::as_str`].
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s.trim())
    }

    /// Singular label for filters and badges.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Prohibition => "Prohibition",
            Kind::Requirement => "Requirement",
        }
    }

    /// The words each condition of this kind completes in the order text.
    pub fn lead_in(self) -> &'static str {
        match self {
            Kind::Prohibition => "The respondent must not:",
            Kind::Requirement => "The respondent must:",
        }
    }
}

/// What a condition is about, for filtering the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    Contact,
    Places,
    Online,
    ThirdParties,
    Information,
    Identity,
    Programmes,
    Health,
    Devices,
    Reporting,
}

impl Theme {
    /// Every theme, in the order the filter shows them.
    pub const ALL: [Theme; 10] = [
        Theme::Contact,
        Theme::Places,
        Theme::Online,
        Theme::ThirdParties,
        Theme::Information,
        Theme::Identity,
        Theme::Programmes,
        Theme::Health,
        Theme::Devices,
        Theme::Reporting,
    ];

    /// The value used in TOML and JSON (and usable in a URL or `<select>`).
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Contact => "contact",
            Theme::Places => "places",
            Theme::Online => "online",
            Theme::ThirdParties => "third-parties",
            Theme::Information => "information",
            Theme::Identity => "identity",
            Theme::Programmes => "programmes",
            Theme::Health => "health",
            Theme::Devices => "devices",
            Theme::Reporting => "reporting",
        }
    }

    /// Reads the value written by [`Theme::as_str`].
    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str() == s.trim())
    }

    /// Label for filters and badges.
    pub fn label(self) -> &'static str {
        match self {
            Theme::Contact => "Contact",
            Theme::Places => "Places",
            Theme::Online => "Online",
            Theme::ThirdParties => "Third parties",
            Theme::Information => "Information",
            Theme::Identity => "Identity",
            Theme::Programmes => "Programmes",
            Theme::Health => "Health",
            Theme::Devices => "Devices",
            Theme::Reporting => "Reporting",
        }
    }
}

/// Who or what a condition suits (or, in `unsuitable_for`, does not suit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tag {
    /// Suited to a respondent aged 10 to 17 (facts item 107).
    Youth,
    /// Suited to protecting a child (facts item 106).
    ProtectingChild,
    /// Suited to stalking by a partner, ex-partner or family member.
    Domestic,
    /// Suited to online stalking.
    Online,
}

impl Tag {
    /// Every tag, in the order the filter shows them.
    pub const ALL: [Tag; 4] = [Tag::Youth, Tag::ProtectingChild, Tag::Domestic, Tag::Online];

    /// The value used in TOML and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Tag::Youth => "youth",
            Tag::ProtectingChild => "protecting-child",
            Tag::Domestic => "domestic",
            Tag::Online => "online",
        }
    }

    /// Reads the value written by [`Tag::as_str`].
    pub fn parse(s: &str) -> Option<Tag> {
        Tag::ALL.into_iter().find(|t| t.as_str() == s.trim())
    }

    /// Label for the suitability filter.
    pub fn label(self) -> &'static str {
        match self {
            Tag::Youth => "Respondent under 18",
            Tag::ProtectingChild => "Protecting a child",
            Tag::Domestic => "Domestic",
            Tag::Online => "Online",
        }
    }
}

/// What a slot holds, which decides how it is entered, rendered and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SlotKind {
    /// A person's name.
    Person,
    /// A named place (a building, a street, a school).
    Place,
    /// An area described in words and marked on an annexed map.
    Area,
    /// A number and a unit.
    Distance,
    /// An app, website or social media platform.
    Platform,
    /// Days and times.
    Times,
    /// A named programme or course.
    Programme,
    /// The organisation that provides something.
    Provider,
    /// Anything else, as typed.
    Text,
}

impl SlotKind {
    /// Every slot kind.
    pub const ALL: [SlotKind; 9] = [
        SlotKind::Person,
        SlotKind::Place,
        SlotKind::Area,
        SlotKind::Distance,
        SlotKind::Platform,
        SlotKind::Times,
        SlotKind::Programme,
        SlotKind::Provider,
        SlotKind::Text,
    ];

    /// The value used in TOML and JSON (`type = "person"`).
    pub fn as_str(self) -> &'static str {
        match self {
            SlotKind::Person => "person",
            SlotKind::Place => "place",
            SlotKind::Area => "area",
            SlotKind::Distance => "distance",
            SlotKind::Platform => "platform",
            SlotKind::Times => "times",
            SlotKind::Programme => "programme",
            SlotKind::Provider => "provider",
            SlotKind::Text => "text",
        }
    }

    /// Label for help text.
    pub fn label(self) -> &'static str {
        match self {
            SlotKind::Person => "Person",
            SlotKind::Place => "Place",
            SlotKind::Area => "Area on a map",
            SlotKind::Distance => "Distance",
            SlotKind::Platform => "App or platform",
            SlotKind::Times => "Days and times",
            SlotKind::Programme => "Programme",
            SlotKind::Provider => "Provider",
            SlotKind::Text => "Details",
        }
    }
}

/// One blank in a condition's wording, e.g. `{person}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlotSpec {
    /// The name used in the wording, e.g. `person` for `{person}`.
    pub name: String,
    /// What it holds (`type` in TOML and JSON).
    #[serde(rename = "type")]
    pub kind: SlotKind,
    /// The question label, e.g. "Name of the person to be protected".
    pub label: String,
    /// Hint text under the label; may be empty.
    #[serde(default)]
    pub hint: String,
}

/// One condition in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    /// Kebab-case id, unique in the catalogue, e.g. `no-direct-contact`.
    pub id: String,
    pub kind: Kind,
    pub theme: Theme,
    /// Short title for lists, e.g. "No contact with the protected person".
    pub title: String,
    /// Completes "The respondent must not …" or "The respondent must …", with
    /// `{slot}` placeholders; starts lower case and has no final full stop.
    pub wording: String,
    pub when_to_use: String,
    pub pitfalls: String,
    #[serde(default)]
    pub tags: Vec<Tag>,
    #[serde(default)]
    pub unsuitable_for: Vec<Tag>,
    /// Ids in `content/sources.toml`.
    pub sources: Vec<String>,
    #[serde(default)]
    pub slots: Vec<SlotSpec>,
}

impl Template {
    /// The slot called `name`, if the template has one.
    pub fn slot(&self, name: &str) -> Option<&SlotSpec> {
        self.slots.iter().find(|s| s.name == name)
    }

    /// Whether any slot holds this kind of value.
    pub fn has_slot_kind(&self, kind: SlotKind) -> bool {
        self.slots.iter().any(|s| s.kind == kind)
    }

    /// Whether the template is tagged as suiting `tag`.
    pub fn has_tag(&self, tag: Tag) -> bool {
        self.tags.contains(&tag)
    }

    /// Whether the template is marked as unsuitable for `tag`.
    pub fn is_unsuitable_for(&self, tag: Tag) -> bool {
        self.unsuitable_for.contains(&tag)
    }

    /// Whether the template passes every part of the filter.
    pub fn matches(&self, filter: &Filter) -> bool {
        filter.kind.is_none_or(|k| k == self.kind)
            && filter.theme.is_none_or(|t| t == self.theme)
            && filter.tag.is_none_or(|t| self.has_tag(t))
            && self.matches_words(&filter.words)
    }

    /// Every word of `words` appears in the title, wording or "when to use",
    /// ignoring case. No words matches everything.
    pub fn matches_words(&self, words: &str) -> bool {
        let haystack =
            format!("{} {} {}", self.title, self.wording, self.when_to_use).to_lowercase();
        words
            .split_whitespace()
            .all(|w| haystack.contains(&w.to_lowercase()))
    }
}

/// What the officer has chosen in the catalogue's filters; empty matches everything.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    pub kind: Option<Kind>,
    pub theme: Option<Theme>,
    /// Suitability: only templates carrying this tag.
    pub tag: Option<Tag>,
    /// Search words; all must match (see [`Template::matches_words`]).
    pub words: String,
}

/// Every condition an officer can choose from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalogue {
    pub conditions: Vec<Template>,
    /// The sources the conditions cite, as `content/sources.toml` lists them, so the
    /// builder shows each one's title and, for a secondary source or a draft, the
    /// same caution the guidance shows (issue #18).
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// One of a condition's sources as the builder shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitedSource {
    /// The source's title; its id when `content/sources.toml` does not list it.
    pub title: String,
    /// The caution for a secondary source or a draft; none for legislation and
    /// official texts.
    pub note: Option<&'static str>,
}

impl Catalogue {
    /// How a template's sources are shown: title and caution, in the template's order.
    pub fn cited_sources(&self, template: &Template) -> Vec<CitedSource> {
        template
            .sources
            .iter()
            .map(|id| match self.sources.iter().find(|s| &s.id == id) {
                Some(s) => CitedSource { title: s.title.clone(), note: s.confidence.note() },
                None => CitedSource { title: id.clone(), note: None },
            })
            .collect()
    }

    /// The template with this id.
    pub fn get(&self, id: &str) -> Option<&Template> {
        self.conditions.iter().find(|t| t.id == id)
    }

    /// The templates the filter matches, in catalogue order.
    pub fn filter(&self, filter: &Filter) -> Vec<&Template> {
        self.conditions
            .iter()
            .filter(|t| t.matches(filter))
            .collect()
    }

    /// Reads the catalogue as the site publishes it (`conditions/catalogue.json`).
    pub fn from_json(json: &str) -> Result<Catalogue, String> {
        serde_json::from_str(json)
            .map_err(|e| format!("The list of conditions could not be read ({e}). Reload the page; if it happens again, tell the site's administrator."))
    }

    /// The catalogue as JSON for the browser.
    pub fn to_json(&self) -> String {
        // Serialising plain strings, enums and vectors cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::conditions::fixture;
    use crate::domain::guidance::Confidence;

    #[test]
    fn a_condition_shows_its_sources_by_title_and_marks_secondary_and_draft_ones() {
        let source = |id: &str, confidence| Source {
            id: id.into(),
            title: format!("Title of {id}"),
            publisher: "Publisher".into(),
            url: None,
            confidence,
        };
        let mut cat = fixture::catalogue();
        cat.sources = vec![
            source("ACT", Confidence::Legislation),
            source("COPY", Confidence::Secondary),
            source("DRAFT", Confidence::Seed),
        ];
        let mut t = cat.conditions[0].clone();
        t.sources = vec!["COPY".into(), "ACT".into(), "DRAFT".into(), "UNLISTED".into()];
        let shown = cat.cited_sources(&t);
        assert_eq!(shown.iter().map(|s| s.title.as_str()).collect::<Vec<_>>(), ["Title of COPY", "Title of ACT", "Title of DRAFT", "UNLISTED"]);
        assert_eq!(shown[0].note, Confidence::Secondary.note());
        assert!(shown[0].note.is_some_and(|n| n.contains("secondary")));
        assert_eq!(shown[1].note, None);
        assert!(shown[2].note.is_some_and(|n| n.contains("draft")));
        assert_eq!(shown[3].note, None);
    }

    #[test]
    fn an_officer_filters_by_kind_theme_and_suitability() {
        let cat = fixture::catalogue();
        let ids = |f: &Filter| {
            cat.filter(f)
                .iter()
                .map(|t| t.id.as_str())
                .collect::<Vec<_>>()
        };
        let requirements = Filter {
            kind: Some(Kind::Requirement),
            ..Filter::default()
        };
        assert_eq!(
            ids(&requirements),
            ["attend-programme", "sign-on", "surrender-devices"]
        );
        let places = Filter {
            theme: Some(Theme::Places),
            ..Filter::default()
        };
        assert_eq!(ids(&places), ["no-enter-area", "no-enter-place"]);
        let youth = Filter {
            tag: Some(Tag::Youth),
            ..Filter::default()
        };
        assert_eq!(ids(&youth), ["no-approach-distance", "no-enter-area"]);
        assert_eq!(cat.filter(&Filter::default()).len(), cat.conditions.len());
    }

    #[test]
    fn search_needs_every_word_in_title_wording_or_when_to_use_ignoring_case() {
        let cat = fixture::catalogue();
        let found = |w: &str| {
            let f = Filter {
                words: w.into(),
                ..Filter::default()
            };
            cat.filter(&f)
                .iter()
                .map(|t| t.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(found("CONTACT any"), ["no-direct-contact"]);
        assert_eq!(found("police station"), ["sign-on"]);
        assert!(found("contact zebra").is_empty());
    }

    #[test]
    fn templates_are_found_by_id() {
        let cat = fixture::catalogue();
        assert_eq!(cat.get("sign-on").map(|t| t.kind), Some(Kind::Requirement));
        assert!(cat.get("no-such-thing").is_none());
    }

    #[test]
    fn values_round_trip_through_their_strings() {
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Some(k));
        }
        for t in Theme::ALL {
            assert_eq!(Theme::parse(t.as_str()), Some(t));
            let json = serde_json::to_string(&t).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", t.as_str()));
        }
        for t in Tag::ALL {
            assert_eq!(Tag::parse(t.as_str()), Some(t));
        }
        for s in SlotKind::ALL {
            let json = serde_json::to_string(&s).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
        }
    }

    #[test]
    fn the_catalogue_survives_the_trip_to_the_browser_as_json() {
        let cat = fixture::catalogue();
        assert_eq!(Catalogue::from_json(&cat.to_json()), Ok(cat));
        let err = Catalogue::from_json("{").unwrap_err();
        assert!(
            err.starts_with("The list of conditions could not be read"),
            "{err}"
        );
    }
}
