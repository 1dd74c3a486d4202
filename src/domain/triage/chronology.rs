//! The chronology of acts: what the respondent did, when and where, how each act is
//! evidenced (with exhibit references) and which behaviours associated with stalking it
//! shows; and the citations that tie the three tests and each proposed condition to
//! the acts they rest on.
//!
//! Why: courts refuse orders as "not serious enough" when the grounds do not tie each
//! act to each test, and each condition to the risk it answers (issue #17). The
//! statement of grounds (`pack::grounds`) is built from these.
//!
//! Law (../shared/domain/facts.md): the three tests, SPA s1(1)(a)–(c) (item 6, V-LEG);
//! the acts may have happened anywhere and before or after commencement (item 11,
//! V-LEG), so no date is too early to record; the behaviours are the PHA s2A(3)(a)–(g)
//! examples, which are not exhaustive (item 83, V-LEG), plus the online behaviours the
//! form already offers (`choices::Behaviour`); each condition must itself be necessary
//! (item 14, V-LEG s2(2)).
//!
//! Acts carry a stable [`Act::id`] so citations survive sorting and new acts; the
//! documents number acts by their place in date order ([`in_date_order`]).
//! [`ActCitations`] is one struct, so it can later become one field of `Triage`.
use serde::{Deserialize, Serialize};

use super::choices::Behaviour;
use crate::domain::conditions::chosen::ChosenCondition;
use super::dates::{CivilDate, DateInput, DatePart};
use super::field_ids;
use super::fields::{DateQuestion, Errors, FieldError, Question, LONG, SHORT, TODAY_OR_PAST};

/// Whether an act happened on one day or over a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum WhenKind {
    OnDate,
    Period,
}

impl WhenKind {
    pub const ALL: &'static [WhenKind] = &[WhenKind::OnDate, WhenKind::Period];
    pub const LABELS: &'static [&'static str] = &["On one day", "Over a period"];

    pub fn label(self) -> &'static str {
        Self::LABELS[self as usize]
    }
}

/// How an act is evidenced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    Statement,
    Screenshot,
    Cctv,
    CallRecord,
    BodyWornVideo,
    Photograph,
    DeviceDownload,
    Other,
}

impl EvidenceKind {
    pub const ALL: &'static [EvidenceKind] = &[
        EvidenceKind::Statement,
        EvidenceKind::Screenshot,
        EvidenceKind::Cctv,
        EvidenceKind::CallRecord,
        EvidenceKind::BodyWornVideo,
        EvidenceKind::Photograph,
        EvidenceKind::DeviceDownload,
        EvidenceKind::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            EvidenceKind::Statement => "Witness statement",
            EvidenceKind::Screenshot => "Screenshot",
            EvidenceKind::Cctv => "CCTV",
            EvidenceKind::CallRecord => "Call or message record",
            EvidenceKind::BodyWornVideo => "Body-worn video",
            EvidenceKind::Photograph => "Photograph",
            EvidenceKind::DeviceDownload => "Download from a phone or computer",
            EvidenceKind::Other => "Other evidence",
        }
    }
}

/// One piece of evidence for an act.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct EvidenceItem {
    pub kind: Option<EvidenceKind>,
    /// The exhibit reference, e.g. `JE/1`.
    pub exhibit: String,
    /// What it is, when the kind alone does not say ("statement of the neighbour at no. 4").
    pub description: String,
}

/// One act in the chronology ("add another").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Act {
    /// Stable id, cited by [`ActCitations`]; never reused ([`next_act_id`]).
    pub id: u32,
    pub when: Option<WhenKind>,
    /// The day, when [`WhenKind::OnDate`].
    pub on: DateInput,
    /// The first and last days, when [`WhenKind::Period`].
    pub from: DateInput,
    pub to: DateInput,
    /// What the respondent did, in the officer's words.
    pub what: String,
    /// Where it happened ("outside 4 Meadow Road", "online: Instagram").
    pub place: String,
    pub evidence: Vec<EvidenceItem>,
    /// The behaviours associated with stalking the act shows (PHA s2A(3) examples and more).
    pub behaviours: Vec<Behaviour>,
}

/// The PHA s2A(3) paragraph a behaviour is the example in, if it is one (facts item 83).
pub fn s2a_paragraph(behaviour: Behaviour) -> Option<&'static str> {
    Some(match behaviour {
        Behaviour::Following => "s2A(3)(a)",
        Behaviour::Contacting => "s2A(3)(b)",
        Behaviour::Publishing => "s2A(3)(c)",
        Behaviour::MonitoringCommunications => "s2A(3)(d)",
        Behaviour::Loitering => "s2A(3)(e)",
        Behaviour::InterferingWithProperty => "s2A(3)(f)",
        Behaviour::WatchingOrSpying => "s2A(3)(g)",
        _ => return None,
    })
}

impl Act {
    /// The first day of the act, if its date is entered and real: what the
    /// chronology is sorted by.
    pub fn start(&self) -> Option<CivilDate> {
        let input = match self.when? {
            WhenKind::OnDate => &self.on,
            WhenKind::Period => &self.from,
        };
        input.parse("Date").ok().flatten()
    }

    /// The last day of the act (the same as the start for one day).
    pub fn end(&self) -> Option<CivilDate> {
        match self.when? {
            WhenKind::OnDate => self.start(),
            WhenKind::Period => self.to.parse("Date").ok().flatten(),
        }
    }

    /// "3 March 2025", "1 to 20 May 2025"; a placeholder while the date is missing.
    pub fn when_words(&self) -> String {
        match (self.when, self.start(), self.end()) {
            (Some(WhenKind::OnDate), Some(day), _) => day.long(),
            (Some(WhenKind::Period), Some(from), Some(to)) => format!("{} to {}", from.long(), to.long()),
            (Some(WhenKind::Period), Some(from), None) => format!("from {}", from.long()),
            _ => "[date not entered]".to_string(),
        }
    }

    /// The exhibit references, in the order entered, without blanks.
    pub fn exhibits(&self) -> Vec<&str> {
        self.evidence.iter().map(|e| e.exhibit.trim()).filter(|e| !e.is_empty()).collect()
    }

    /// Whether anything has been entered: a blank "add another" row is ignored.
    pub fn is_blank(&self) -> bool {
        self.when.is_none()
            && [&self.on, &self.from, &self.to].iter().all(|d| d.day.trim().is_empty() && d.month.trim().is_empty() && d.year.trim().is_empty())
            && self.what.trim().is_empty()
            && self.place.trim().is_empty()
            && self.evidence.iter().all(|e| e.kind.is_none() && e.exhibit.trim().is_empty() && e.description.trim().is_empty())
            && self.behaviours.is_empty()
    }
}

/// The id for a new act: one more than any used, so a cited id never means another act.
pub fn next_act_id(acts: &[Act]) -> u32 {
    acts.iter().map(|a| a.id).max().map_or(1, |m| m.saturating_add(1))
}

/// The acts in date order: by first day, then last day, then the order they were
/// added. Acts without a usable date go last, in the order added, so nothing is lost.
pub fn in_date_order(acts: &[Act]) -> Vec<&Act> {
    date_order(acts).into_iter().map(|i| &acts[i]).collect()
}

/// The positions of the acts in date order. An insertion sort of positions: the list
/// is short, and the standard sorts, made for each type and key, added several KiB to
/// the form's download (measured).
fn date_order(acts: &[Act]) -> Vec<usize> {
    let key = |i: usize| {
        let a = &acts[i];
        (a.start().is_none(), a.start(), a.end(), a.id)
    };
    let keys: Vec<_> = (0..acts.len()).map(key).collect();
    let mut order: Vec<usize> = Vec::with_capacity(acts.len());
    for i in 0..acts.len() {
        let at = order.iter().position(|&j| keys[i] < keys[j]).unwrap_or(order.len());
        order.insert(at, i);
    }
    order
}

/// Sorts the chronology in place into date order (see [`in_date_order`]).
pub fn sort_by_date(acts: &mut Vec<Act>) {
    let order = date_order(acts);
    let mut taken: Vec<Option<Act>> = std::mem::take(acts).into_iter().map(Some).collect();
    *acts = order.into_iter().filter_map(|i| taken[i].take()).collect();
}

/// The act's number in the documents (1 for the earliest), by id.
pub fn act_number(acts: &[Act], id: u32) -> Option<usize> {
    in_date_order(acts).iter().position(|a| a.id == id).map(|i| i + 1)
}

/// `chronology-0-what`, `chronology-0-on` (a date stem), `chronology-0-evidence-1-exhibit`...
pub fn act_field(index: usize, field: &str) -> String {
    format!("chronology-{index}-{field}")
}

/// The id of an evidence item's field.
pub fn evidence_field(index: usize, item: usize, field: &str) -> String {
    act_field(index, &format!("evidence-{item}-{field}"))
}

/// Checks every act as entered (positions as on the page, not date order). An empty
/// chronology asks for the first act: the statement of grounds rests on it. Acts may
/// be from any year (facts item 11), but not after `today`.
pub fn validate_chronology(acts: &[Act], today: CivilDate) -> Vec<FieldError> {
    let mut errors = Errors::default();
    let blank = Act::default();
    let listed: Vec<&Act> = if acts.iter().all(Act::is_blank) { vec![&blank] } else { acts.iter().collect() };
    for (i, act) in listed.into_iter().enumerate() {
        if acts.len() > 1 && act.is_blank() {
            continue;
        }
        validate_act(&mut errors, i, act, today);
    }
    errors.0
}

fn validate_act(errors: &mut Errors, i: usize, act: &Act, today: CivilDate) {
    let n = i + 1;
    match act.when {
        None => errors.add(act_field(i, "when"), format!("Select whether act {n} happened on one day or over a period")),
        Some(WhenKind::OnDate) => {
            let (label, enter) = (format!("Date of act {n}"), format!("Enter the date of act {n}"));
            act_date(errors, &act_field(i, "on"), &act.on, &label, &enter, today);
        }
        Some(WhenKind::Period) => {
            let (label, enter) = (format!("Start of the period of act {n}"), format!("Enter when the period of act {n} started"));
            let from = act_date(errors, &act_field(i, "from"), &act.from, &label, &enter, today);
            let (label, enter) = (format!("End of the period of act {n}"), format!("Enter when the period of act {n} ended"));
            let to = act_date(errors, &act_field(i, "to"), &act.to, &label, &enter, today);
            if let (Some(from), Some(to)) = (from, to) {
                if to < from {
                    errors.add(
                        field_ids::date_part(&act_field(i, "to"), DatePart::Day),
                        format!("End of the period of act {n} must be the same as or after the start"),
                    );
                }
            }
        }
    }
    let what_label = format!("What the respondent did in act {n}");
    let what_enter = format!("Enter what the respondent did in act {n}");
    errors.required_text(&act_field(i, "what"), &act.what, Question { label: &what_label, enter: &what_enter, limit: LONG });
    let place_label = format!("Where act {n} happened");
    let place_enter = format!("Enter where act {n} happened, or 'online' and the platform");
    errors.required_text(&act_field(i, "place"), &act.place, Question { label: &place_label, enter: &place_enter, limit: SHORT });
    if act.evidence.is_empty() {
        errors.add(evidence_field(i, 0, "kind"), format!("Select how act {n} is evidenced"));
    }
    for (j, item) in act.evidence.iter().enumerate() {
        let m = j + 1;
        if item.kind.is_none() {
            errors.add(evidence_field(i, j, "kind"), format!("Select the kind of evidence {m} for act {n}"));
        }
        let label = format!("Exhibit reference of evidence {m} for act {n}");
        let enter = format!("Enter the exhibit reference of evidence {m} for act {n}, for example JE/1");
        errors.required_text(&evidence_field(i, j, "exhibit"), &item.exhibit, Question { label: &label, enter: &enter, limit: SHORT });
        let label = format!("Description of evidence {m} for act {n}");
        errors.optional_text(&evidence_field(i, j, "description"), &item.description, Question { label: &label, enter: "", limit: SHORT });
    }
    if act.behaviours.is_empty() {
        errors.add(act_field(i, "behaviours"), format!("Select the behaviours associated with stalking that act {n} shows"));
    }
}

fn act_date(errors: &mut Errors, stem: &str, input: &DateInput, label: &str, enter: &str, today: CivilDate) -> Option<CivilDate> {
    errors.past_date(stem, input, DateQuestion { label, enter, when_future: TODAY_OR_PAST }, today)
}

/// One of the three tests an application rests on (SPA s1(1)(a)–(c); facts item 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Test {
    Acts,
    Risk,
    Necessity,
}

impl Test {
    pub const ALL: [Test; 3] = [Test::Acts, Test::Risk, Test::Necessity];

    /// "(a)", as the Act letters them.
    pub fn letter(self) -> &'static str {
        match self {
            Test::Acts => "(a)",
            Test::Risk => "(b)",
            Test::Necessity => "(c)",
        }
    }

    /// The test in short, with the statutory terms kept as the Act has them.
    pub fn title(self) -> &'static str {
        match self {
            Test::Acts => "The respondent has carried out acts associated with stalking",
            Test::Risk => "The respondent poses a risk associated with stalking to another person",
            Test::Necessity => "The proposed order is necessary to protect another person from that risk",
        }
    }

    /// `SPA 2019 s1(1)(a)`.
    pub fn section(self) -> String {
        format!("Stalking Protection Act 2019, s1(1){}", self.letter())
    }
}

/// The acts and risk one proposed condition answers (each condition must itself be
/// necessary: SPA s2(2), facts item 14).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ConditionCitation {
    /// The condition's position in `Triage::conditions`, from 0.
    pub condition_index: usize,
    /// Ids of the acts it answers.
    pub acts: Vec<u32>,
    /// The risk it answers, in the officer's words.
    pub risk: String,
}

/// Which acts each test rests on, and which acts and risk each condition answers.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ActCitations {
    /// Ids of the acts test (a) rests on.
    pub acts_test: Vec<u32>,
    /// Ids of the acts test (b) rests on.
    pub risk_test: Vec<u32>,
    /// Ids of the acts test (c) rests on.
    pub necessity_test: Vec<u32>,
    /// One entry per cited condition, keyed by its index.
    pub conditions: Vec<ConditionCitation>,
}

impl ActCitations {
    /// The acts a test rests on, as stored.
    pub fn for_test(&self, test: Test) -> &[u32] {
        match test {
            Test::Acts => &self.acts_test,
            Test::Risk => &self.risk_test,
            Test::Necessity => &self.necessity_test,
        }
    }

    /// The acts a test rests on, for editing.
    pub fn for_test_mut(&mut self, test: Test) -> &mut Vec<u32> {
        match test {
            Test::Acts => &mut self.acts_test,
            Test::Risk => &mut self.risk_test,
            Test::Necessity => &mut self.necessity_test,
        }
    }

    /// The citation of the condition at `index`, if any.
    pub fn for_condition(&self, index: usize) -> Option<&ConditionCitation> {
        self.conditions.iter().find(|c| c.condition_index == index)
    }

    /// The cited acts that still exist, in date order: what the documents show. An act
    /// deleted after being cited simply drops out (and [`validate_citations`] says so).
    pub fn cited_acts<'a>(acts: &'a [Act], ids: &[u32]) -> Vec<&'a Act> {
        in_date_order(acts).into_iter().filter(|a| ids.contains(&a.id)).collect()
    }
}

impl ActCitations {
    /// Keeps each condition's citation with its condition when the list of conditions
    /// changes: the same length keeps the places (a condition edited in place); a
    /// condition added or removed moves each citation to where the same condition
    /// (template and wording) now is, and drops it when that condition is gone.
    pub fn follow_conditions(&mut self, before: &[ChosenCondition], after: &[ChosenCondition]) {
        if before.len() == after.len() {
            return;
        }
        let same = |a: &ChosenCondition, b: &ChosenCondition| a.template_id == b.template_id && a.wording == b.wording;
        let mut taken = vec![false; after.len()];
        let mut kept = Vec::new();
        for mut c in std::mem::take(&mut self.conditions) {
            let Some(old) = before.get(c.condition_index) else { continue };
            if let Some(j) = (0..after.len()).find(|j| !taken[*j] && same(old, &after[*j])) {
                taken[j] = true;
                c.condition_index = j;
                kept.push(c);
            }
        }
        self.conditions = kept;
    }
}

/// `citations-acts_test`, `citations-condition-0-acts`, `citations-condition-0-risk`.
pub fn test_field(test: Test) -> String {
    format!("citations-{}", match test {
        Test::Acts => "acts-test",
        Test::Risk => "risk-test",
        Test::Necessity => "necessity-test",
    })
}

/// The id of a condition citation's field.
pub fn condition_citation_field(index: usize, field: &str) -> String {
    format!("citations-condition-{index}-{field}")
}

/// Checks the citations against the chronology and the conditions: every cited act
/// must still be in the chronology, every cited condition must exist, and the risk a
/// condition answers must be typed without hidden characters and within the limit.
/// Tests or conditions with nothing cited are not errors here: they are listed as
/// missing for court (`pack::missing`), so a draft can always be made.
pub fn validate_citations(citations: &ActCitations, acts: &[Act], conditions: usize) -> Vec<FieldError> {
    let mut errors = Errors::default();
    let exists = |id: &u32| acts.iter().any(|a| a.id == *id);
    for test in Test::ALL {
        if !citations.for_test(test).iter().all(exists) {
            errors.add(test_field(test), format!("Test {} cites an act that is no longer in the chronology: select the acts again", test.letter()));
        }
    }
    for c in &citations.conditions {
        let n = c.condition_index + 1;
        if c.condition_index >= conditions {
            // Left from a condition since removed: never shown or sent.
            continue;
        }
        if !c.acts.iter().all(exists) {
            errors.add(
                condition_citation_field(c.condition_index, "acts"),
                format!("Condition {n} cites an act that is no longer in the chronology: select the acts again"),
            );
        }
        let label = format!("The risk condition {n} answers");
        errors.optional_text(&condition_citation_field(c.condition_index, "risk"), &c.risk, Question { label: &label, enter: "", limit: LONG });
    }
    errors.0
}

#[cfg(test)]
#[path = "chronology_tests.rs"]
mod tests;
