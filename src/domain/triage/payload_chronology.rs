//! The chronology and its citations as the payload carries them: the acts in date
//! order, each with its number as the court pack numbers it, and its stable id, which
//! the citations name. Added in schema 1.x, so both are optional for a receiver.
use serde::{Deserialize, Serialize};

use super::choices::Behaviour;
use super::chronology::{act_number, in_date_order, Act, ActCitations, ConditionCitation, EvidenceItem, EvidenceKind, WhenKind};
use super::dates::{CivilDate, DateInput};

/// One act of the chronology.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActAnswers {
    /// The act's number in date order, from 1: "act 2" in the statement of grounds.
    pub number: usize,
    /// The act's id, which `citations` name; stable while the officer edits.
    pub id: u32,
    /// Absent only in a triage that was not checked (a submitted one always has it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<WhenKind>,
    /// The day (`on_date`) or the first day (`period`), `YYYY-MM-DD`; absent when it
    /// is not a real date (the checks refuse it before the triage is sent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The last day of a period, `YYYY-MM-DD`; absent for one day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// What the respondent did, as typed.
    pub what: String,
    /// Where it happened.
    pub place: String,
    /// The behaviours associated with stalking it shows.
    pub behaviours: Vec<Behaviour>,
    /// How it is evidenced, in the order entered.
    pub evidence: Vec<EvidenceAnswers>,
}

/// One piece of evidence for an act.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EvidenceAnswers {
    pub kind: EvidenceKind,
    /// The exhibit reference, for example `JE/1`.
    pub exhibit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// Which acts (by id) each test rests on, and what each proposed condition answers.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CitationAnswers {
    /// Test (a), SPA 2019 s1(1)(a): the acts associated with stalking.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub acts_test: Vec<u32>,
    /// Test (b), s1(1)(b): the risk associated with stalking.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risk_test: Vec<u32>,
    /// Test (c), s1(1)(c): why the order is necessary.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub necessity_test: Vec<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<ConditionCitationAnswers>,
}

impl CitationAnswers {
    pub fn is_empty(&self) -> bool {
        self.acts_test.is_empty() && self.risk_test.is_empty() && self.necessity_test.is_empty() && self.conditions.is_empty()
    }
}

/// What one proposed condition answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConditionCitationAnswers {
    /// The condition's number in `conditions`, from 1.
    pub condition: usize,
    /// Ids of the acts it answers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub acts: Vec<u32>,
    /// The risk it answers, as typed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk: Option<String>,
}

fn iso(input: &DateInput) -> Option<String> {
    input.parse("Date").ok().flatten().map(|d| d.iso())
}

fn text(value: &str) -> Option<String> {
    let t = value.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// The acts in date order, leaving out blank rows. Only the dates for the "when"
/// chosen are sent, and only real ones.
pub fn acts_answers(acts: &[Act]) -> Vec<ActAnswers> {
    in_date_order(acts)
        .into_iter()
        .filter(|a| !a.is_blank())
        .filter_map(|a| {
            let when = a.when;
            let (from, to) = match when {
                Some(WhenKind::OnDate) => (iso(&a.on), None),
                Some(WhenKind::Period) => (iso(&a.from), iso(&a.to)),
                None => (None, None),
            };
            Some(ActAnswers {
                number: act_number(acts, a.id)?,
                id: a.id,
                when,
                from,
                to,
                what: a.what.trim().to_string(),
                place: a.place.trim().to_string(),
                behaviours: a.behaviours.clone(),
                evidence: a
                    .evidence
                    .iter()
                    .filter_map(|e| {
                        Some(EvidenceAnswers { kind: e.kind?, exhibit: e.exhibit.trim().to_string(), description: text(&e.description) })
                    })
                    .collect(),
            })
        })
        .collect()
}

/// The citations that name acts still in the chronology and conditions still proposed.
pub fn citation_answers(c: &ActCitations, acts: &[Act], conditions: usize) -> CitationAnswers {
    // In date order, once each, without sorting (see `chronology::in_date_order`).
    let ordered = in_date_order(acts);
    let known = |ids: &[u32]| -> Vec<u32> { ordered.iter().filter(|a| !a.is_blank() && ids.contains(&a.id)).map(|a| a.id).collect() };
    // The first citation of each condition still proposed, in the conditions' order.
    let cited: Vec<&ConditionCitation> = (0..conditions).filter_map(|i| c.for_condition(i)).collect();
    CitationAnswers {
        acts_test: known(&c.acts_test),
        risk_test: known(&c.risk_test),
        necessity_test: known(&c.necessity_test),
        conditions: cited
            .into_iter()
            .map(|x| ConditionCitationAnswers { condition: x.condition_index + 1, acts: known(&x.acts), risk: text(&x.risk) })
            .filter(|x| !x.acts.is_empty() || x.risk.is_some())
            .collect(),
    }
}

/// The acts a payload carries, back as the form holds them (the review and the pack
/// read a delivered triage with these).
pub fn acts_from_answers(acts: &[ActAnswers]) -> Vec<Act> {
    let date = |iso: &str| CivilDate::parse_iso(iso).map(DateInput::from_date).unwrap_or_default();
    acts.iter()
        .map(|a| {
            let mut act = Act {
                id: a.id,
                when: a.when,
                what: a.what.clone(),
                place: a.place.clone(),
                behaviours: a.behaviours.clone(),
                evidence: a
                    .evidence
                    .iter()
                    .map(|e| EvidenceItem { kind: Some(e.kind), exhibit: e.exhibit.clone(), description: e.description.clone().unwrap_or_default() })
                    .collect(),
                ..Act::default()
            };
            let from = a.from.as_deref().map(date).unwrap_or_default();
            match a.when {
                Some(WhenKind::OnDate) => act.on = from,
                Some(WhenKind::Period) => {
                    act.from = from;
                    act.to = a.to.as_deref().map(date).unwrap_or_default();
                }
                None => {}
            }
            act
        })
        .collect()
}

/// The citations a payload carries, back as the form holds them.
pub fn citations_from_answers(c: &CitationAnswers) -> ActCitations {
    ActCitations {
        acts_test: c.acts_test.clone(),
        risk_test: c.risk_test.clone(),
        necessity_test: c.necessity_test.clone(),
        conditions: c
            .conditions
            .iter()
            .filter(|x| x.condition >= 1)
            .map(|x| ConditionCitation { condition_index: x.condition - 1, acts: x.acts.clone(), risk: x.risk.clone().unwrap_or_default() })
            .collect(),
    }
}
