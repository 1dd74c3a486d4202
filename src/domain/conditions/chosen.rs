//! A condition the officer has chosen, as it travels in the triage payload and in a
//! saved set file: the template it came from, the values in its slots, the wording
//! those produce and the officer's reason it is necessary.
use serde::{Deserialize, Serialize};

/// One filled-in slot of a chosen condition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct SlotValue {
    /// The slot's name in the template, e.g. `person`.
    pub name: String,
    /// What the officer typed (a name, a place, a number for a distance...).
    pub text: String,
    /// For a distance: `metres`, `kilometres`, `yards` or `miles`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// For an area: the annotated map the order refers to instead of an address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map_reference: Option<String>,
}

/// A prohibition or requirement chosen from the catalogue and filled in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ChosenCondition {
    /// The catalogue entry's id, e.g. `no-direct-contact`.
    pub template_id: String,
    /// `prohibition` or `requirement` (copied from the catalogue so receivers need no catalogue).
    pub kind: String,
    pub slots: Vec<SlotValue>,
    /// The wording the slots produce, as it appears in the order text.
    pub wording: String,
    /// Why this condition is necessary to protect the person from the risk (s2(2)).
    pub reason: String,
    /// Ids of the checks the officer has answered ("asks"), e.g. that a clash with
    /// work times was considered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub confirmed: Vec<String>,
}

use super::catalogue::{Catalogue, Template};
use super::wording;

impl ChosenCondition {
    /// The condition as sent: the typed slot values, map references, wording and reason
    /// trimmed of the spaces around them, as every other typed answer is.
    pub fn trimmed(&self) -> ChosenCondition {
        let slots = self
            .slots
            .iter()
            .map(|s| SlotValue {
                name: s.name.clone(),
                text: s.text.trim().to_string(),
                unit: s.unit.clone(),
                map_reference: s.map_reference.as_deref().map(str::trim).filter(|m| !m.is_empty()).map(str::to_string),
            })
            .collect();
        ChosenCondition {
            slots,
            wording: self.wording.trim().to_string(),
            reason: self.reason.trim().to_string(),
            ..self.clone()
        }
    }

    /// A fresh condition from a catalogue entry: one empty value per slot, the
    /// wording with placeholders, no reason yet.
    pub fn from_template(template: &Template) -> ChosenCondition {
        let slots = template
            .slots
            .iter()
            .map(|s| SlotValue {
                name: s.name.clone(),
                ..SlotValue::default()
            })
            .collect::<Vec<_>>();
        let wording = wording::render(template, &slots);
        ChosenCondition {
            template_id: template.id.clone(),
            kind: template.kind.as_str().to_string(),
            slots,
            wording,
            ..ChosenCondition::default()
        }
    }

    /// Re-renders the wording (and copies the kind) from the catalogue after a slot
    /// changes. Returns false, leaving the condition as it was, when the template is
    /// no longer in the catalogue.
    pub fn refresh_wording(&mut self, catalogue: &Catalogue) -> bool {
        let Some(template) = catalogue.get(&self.template_id) else {
            return false;
        };
        self.kind = template.kind.as_str().to_string();
        self.wording = wording::render(template, &self.slots);
        true
    }

    /// The value of the slot called `name`, if there is one.
    pub fn slot(&self, name: &str) -> Option<&SlotValue> {
        self.slots.iter().find(|s| s.name == name)
    }

    /// The value of the slot called `name`, added empty if missing, for editing.
    pub fn slot_mut(&mut self, name: &str) -> &mut SlotValue {
        let index = match self.slots.iter().position(|s| s.name == name) {
            Some(i) => i,
            None => {
                self.slots.push(SlotValue {
                    name: name.to_string(),
                    ..SlotValue::default()
                });
                self.slots.len() - 1
            }
        };
        &mut self.slots[index]
    }

    /// Whether the officer has answered the check with this id (see `checks::CheckId`).
    pub fn is_confirmed(&self, check: &str) -> bool {
        self.confirmed.iter().any(|c| c == check)
    }

    /// Records (or withdraws) the officer's answer to a check.
    pub fn set_confirmed(&mut self, check: &str, confirmed: bool) {
        self.confirmed.retain(|c| c != check);
        if confirmed {
            self.confirmed.push(check.to_string());
        }
    }
}
