//! Worked example cases for trainers, magistrates' legal advisers and supervisors:
//! a fictional case, the conditions chosen for it with commentary, and weaker
//! drafts beside better ones. Written in `content/conditions/examples/NN-slug.toml`,
//! checked at build time and published as JSON; "Open in builder" turns one into
//! a [`SavedConditionSet`].
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::catalogue::Catalogue;
use super::checks::SetContext;
use super::chosen::{ChosenCondition, SlotValue};
use super::set_file::SavedConditionSet;
use crate::domain::order::{FullDuration, InterimDuration, Locality, OrderType};

/// One worked example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleCase {
    /// From the file name without its number (`02-ex-partner.toml` gives
    /// `ex-partner`); set by the loader, used in the page address.
    #[serde(default)]
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub facts: String,
    pub risk: String,
    pub order_type: OrderType,
    /// The full order's fixed period in months (at least 24)…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_months: Option<u32>,
    /// …or `true` for "until further order".
    #[serde(default)]
    pub until_further_order: bool,
    /// The interim order's weeks; only with `interim_and_full`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interim_weeks: Option<u32>,
    /// Empty means the whole of the UK.
    #[serde(default)]
    pub locality: String,
    #[serde(default)]
    pub respondent_is_child: bool,
    #[serde(default)]
    pub protects_child: bool,
    /// `[[condition]]` in TOML and `condition` in JSON.
    #[serde(default, rename = "condition")]
    pub conditions: Vec<ExampleCondition>,
    /// `[[weaker]]` in TOML and `weaker` in JSON.
    #[serde(default)]
    pub weaker: Vec<WeakerDraft>,
}

/// A condition chosen for the example, with why and what to notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleCondition {
    /// The catalogue id.
    pub template: String,
    /// Why it is necessary in this case (goes into the set as the reason).
    pub reason: String,
    /// What makes it clear, specific, necessary and enforceable.
    pub commentary: String,
    /// Slot values by slot name.
    #[serde(default)]
    pub slots: BTreeMap<String, ExampleSlot>,
}

/// One slot value in an example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ExampleSlot {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map_reference: Option<String>,
}

/// A weaker draft beside the better condition in the example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeakerDraft {
    /// The weaker wording, as a whole sentence.
    pub draft: String,
    /// The template id of the better condition (one used in this example).
    pub better: String,
    pub what_changed: String,
}

impl ExampleSlot {
    fn to_slot_value(&self, name: &str) -> SlotValue {
        SlotValue {
            name: name.to_string(),
            text: self.text.clone(),
            unit: self.unit.clone(),
            map_reference: self.map_reference.clone(),
        }
    }
}

impl ExampleCondition {
    /// The condition as the builder holds it, worded from the catalogue. A template
    /// missing from the catalogue keeps its slots and gets no wording; the checks
    /// then report it.
    pub fn to_chosen(&self, catalogue: &Catalogue) -> ChosenCondition {
        let mut c = match catalogue.get(&self.template) {
            Some(t) => ChosenCondition::from_template(t),
            None => ChosenCondition {
                template_id: self.template.clone(),
                ..ChosenCondition::default()
            },
        };
        for (name, value) in &self.slots {
            *c.slot_mut(name) = value.to_slot_value(name);
        }
        c.reason = self.reason.clone();
        c.refresh_wording(catalogue);
        c
    }
}

impl ExampleCase {
    /// How long the full order lasts, if the example says.
    pub fn full_duration(&self) -> Option<FullDuration> {
        if self.until_further_order {
            Some(FullDuration::UntilFurtherOrder)
        } else {
            self.full_months
                .map(|months| FullDuration::FixedMonths { months })
        }
    }

    /// The interim order's period, when one is sought.
    pub fn interim(&self) -> Option<InterimDuration> {
        if self.order_type.includes_interim() {
            self.interim_weeks.map(|weeks| InterimDuration { weeks })
        } else {
            None
        }
    }

    /// Where the conditions apply: empty means the whole of the UK.
    pub fn locality(&self) -> Locality {
        match self.locality.trim() {
            "" => Locality::WholeUk,
            place => Locality::Limited {
                description: place.to_string(),
            },
        }
    }

    /// What the checks need to know about the example's order.
    pub fn context(&self) -> SetContext {
        SetContext {
            order_type: self.order_type,
            full_duration: self.full_duration(),
            interim: self.interim(),
            locality: self.locality(),
            respondent_is_child: self.respondent_is_child,
            protects_child: self.protects_child,
            avoid_notes: String::new(),
        }
    }

    /// The example's conditions as the builder holds them.
    pub fn chosen_conditions(&self, catalogue: &Catalogue) -> Vec<ChosenCondition> {
        self.conditions
            .iter()
            .map(|c| c.to_chosen(catalogue))
            .collect()
    }

    /// The example as a set to open in the builder ("Open in builder"). `saved_at`
    /// is empty: it was never saved, and the builder stamps it when it is.
    pub fn to_saved_set(&self, catalogue: &Catalogue) -> SavedConditionSet {
        SavedConditionSet::new(&self.context(), self.chosen_conditions(catalogue), "")
    }

    /// Reads the examples as the site publishes them (`conditions/examples.json`).
    pub fn list_from_json(json: &str) -> Result<Vec<ExampleCase>, String> {
        serde_json::from_str(json)
            .map_err(|e| format!("The example cases could not be read ({e}). Reload the page; if it happens again, tell the site's administrator."))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::conditions::checks::{lint_set, summary};
    use crate::domain::conditions::fixture;

    fn case() -> ExampleCase {
        let slot = |t: &str| ExampleSlot {
            text: t.into(),
            ..ExampleSlot::default()
        };
        let mut slots = BTreeMap::new();
        slots.insert("person".to_string(), slot("Alex Example"));
        slots.insert(
            "distance".to_string(),
            ExampleSlot {
                text: "100".into(),
                unit: Some("metres".into()),
                map_reference: None,
            },
        );
        ExampleCase {
            slug: "ex-partner".into(),
            title: "Ex-partner who waits outside work".into(),
            summary: "A short summary.".into(),
            facts: "Facts.".into(),
            risk: "Risk.".into(),
            order_type: OrderType::InterimAndFull,
            full_months: Some(36),
            until_further_order: false,
            interim_weeks: Some(8),
            locality: String::new(),
            respondent_is_child: false,
            protects_child: false,
            conditions: vec![ExampleCondition {
                template: "no-approach-distance".into(),
                reason: "He has waited outside her work on six mornings.".into(),
                commentary: "A measurable distance.".into(),
                slots,
            }],
            weaker: vec![WeakerDraft {
                draft: "The respondent must not go near Alex.".into(),
                better: "no-approach-distance".into(),
                what_changed: "A distance with a unit.".into(),
            }],
        }
    }

    #[test]
    fn an_example_opens_in_the_builder_as_a_set() {
        let cat = fixture::catalogue();
        let set = case().to_saved_set(&cat);
        assert_eq!(set.format, "spo-conditions-set");
        assert_eq!(
            set.full_duration,
            Some(FullDuration::FixedMonths { months: 36 })
        );
        assert_eq!(set.interim, Some(InterimDuration { weeks: 8 }));
        assert_eq!(set.locality, Locality::WholeUk);
        let c = &set.conditions[0];
        assert_eq!(
            c.wording,
            "knowingly come within 100 metres of Alex Example"
        );
        assert_eq!(c.kind, "prohibition");
        assert_eq!(
            c.slots.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
            ["distance", "person"]
        );
        let (errors, _, _, _) = summary(&lint_set(&set.conditions, &cat, &set.context()));
        assert_eq!(errors, 0);
    }

    #[test]
    fn until_further_order_and_a_locality_are_carried_over() {
        let e = ExampleCase {
            order_type: OrderType::FullOnly,
            until_further_order: true,
            full_months: None,
            locality: " the county of Cheshire ".into(),
            ..case()
        };
        assert_eq!(e.full_duration(), Some(FullDuration::UntilFurtherOrder));
        assert_eq!(e.interim(), None);
        assert_eq!(
            e.locality(),
            Locality::Limited {
                description: "the county of Cheshire".into()
            }
        );
    }

    #[test]
    fn examples_survive_the_trip_to_the_browser_as_json() {
        let list = vec![case()];
        let json = serde_json::to_string(&list).unwrap_or_default();
        assert!(json.contains("\"condition\":["), "{json}");
        assert_eq!(ExampleCase::list_from_json(&json), Ok(list));
        assert!(ExampleCase::list_from_json("nope").is_err());
    }

    #[test]
    fn a_template_missing_from_the_catalogue_is_kept_for_the_checks_to_report() {
        let mut e = case();
        e.conditions[0].template = "retired".into();
        let c = &e.chosen_conditions(&fixture::catalogue())[0];
        assert_eq!(c.template_id, "retired");
        assert_eq!(c.wording, "");
        assert_eq!(c.slots.len(), 2);
    }
}
