//! The checks on the officer's chosen conditions. Each finding names the condition,
//! says what is wrong and how to fix it, and points at the field to fix.
//!
//! Law and guidance (../shared/domain/facts.md): each condition must be necessary
//! (item 14, R2); so far as practicable avoid religion, work and education times
//! (item 15, R3); named programme or provider is good practice, not law (item 18,
//! R13); clear and specific, and think before naming the victim's address (item
//! 70); children as respondents or protected (items 106–107); positive requirements
//! are possible (items 8, 68); full order at least two years, interim a fixed
//! period (items 19, 30).
use serde::{Deserialize, Serialize};

use super::catalogue::{Catalogue, Kind, SlotKind, SlotSpec, Tag, Template, Theme};
use super::chosen::{ChosenCondition, SlotValue};
use super::phrases;
use super::wording::{distance_number, lower_first, tidy, DistanceUnit};
use crate::domain::order::{FullDuration, InterimDuration, Locality, OrderType};

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Must be fixed before the conditions can go into an application.
    Error,
    /// Should be fixed; the officer may go on.
    Warning,
    /// A question the officer answers by confirming it (see `ChosenCondition::confirmed`).
    Ask,
    /// Something to consider.
    Note,
}

impl Severity {
    /// Only errors stop the officer going on.
    pub fn blocks(self) -> bool {
        matches!(self, Severity::Error)
    }

    /// Label shown beside the message.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "Error",
            Severity::Warning => "Warning",
            Severity::Ask => "Check",
            Severity::Note => "Note",
        }
    }
}

/// Which check produced a finding. Its string is what `ChosenCondition::confirmed`
/// holds once an Ask is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckId {
    EmptySlot,
    NoReason,
    ShortReason,
    VagueWords,
    Distance,
    GenericProgramme,
    TimesClash,
    AddressExposed,
    Duplicate,
    SameTemplate,
    UnsuitableForYouth,
    NoYouthCondition,
    NoChildCondition,
    ChildContactException,
    OnlyProhibitions,
    NoConditions,
    FullDuration,
    InterimDuration,
    UnknownTemplate,
}

impl CheckId {
    /// The id as stored in `confirmed` and used in field ids.
    pub fn as_str(self) -> &'static str {
        match self {
            CheckId::EmptySlot => "empty-slot",
            CheckId::NoReason => "no-reason",
            CheckId::ShortReason => "short-reason",
            CheckId::VagueWords => "vague-words",
            CheckId::Distance => "distance",
            CheckId::GenericProgramme => "generic-programme",
            CheckId::TimesClash => "times-clash",
            CheckId::AddressExposed => "address-exposed",
            CheckId::Duplicate => "duplicate",
            CheckId::SameTemplate => "same-template",
            CheckId::UnsuitableForYouth => "unsuitable-for-youth",
            CheckId::NoYouthCondition => "no-youth-condition",
            CheckId::NoChildCondition => "no-child-condition",
            CheckId::ChildContactException => "child-contact-exception",
            CheckId::OnlyProhibitions => "only-prohibitions",
            CheckId::NoConditions => "no-conditions",
            CheckId::FullDuration => "full-duration",
            CheckId::InterimDuration => "interim-duration",
            CheckId::UnknownTemplate => "unknown-template",
        }
    }
}

/// One problem, question or suggestion about the chosen conditions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub severity: Severity,
    pub check: CheckId,
    /// Index (from 0) of the condition concerned; `None` for the set as a whole.
    pub condition_index: Option<usize>,
    /// HTML id of the field to fix (see the `*_field_id` functions).
    pub field: Option<String>,
    /// Plain-English message naming the condition and how to fix it.
    pub message: String,
}

/// What the checks need to know about the order as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SetContext {
    pub order_type: OrderType,
    pub full_duration: Option<FullDuration>,
    pub interim: Option<InterimDuration>,
    pub locality: Locality,
    pub respondent_is_child: bool,
    pub protects_child: bool,
    /// Religion, work or education times the conditions should avoid (s2(3)).
    pub avoid_notes: String,
}

/// Field ids count conditions from 1, as the officer sees them.
fn number(index: usize) -> usize {
    index + 1
}

/// Id of a condition's block: `condition-2`.
pub fn condition_field_id(index: usize) -> String {
    format!("condition-{}", number(index))
}

/// Id of a slot's input: `condition-2-slot-distance`.
pub fn slot_field_id(index: usize, slot: &str) -> String {
    format!("condition-{}-slot-{slot}", number(index))
}

/// Id of a distance slot's unit `<select>`: `condition-2-slot-distance-unit`.
pub fn unit_field_id(index: usize, slot: &str) -> String {
    format!("{}-unit", slot_field_id(index, slot))
}

/// Id of an area slot's map reference input: `condition-2-slot-area-map`.
pub fn map_field_id(index: usize, slot: &str) -> String {
    format!("{}-map", slot_field_id(index, slot))
}

/// Id of a condition's reason textarea: `condition-2-reason`.
pub fn reason_field_id(index: usize) -> String {
    format!("condition-{}-reason", number(index))
}

/// Id of the checkbox that answers an Ask: `condition-2-confirm-times-clash`.
pub fn confirm_field_id(index: usize, check: CheckId) -> String {
    format!("condition-{}-confirm-{}", number(index), check.as_str())
}

/// Id of the "add a condition" control, for findings about the whole set.
pub const ADD_CONDITION_FIELD: &str = "conditions-add";
/// Id of the full order duration control.
pub const FULL_DURATION_FIELD: &str = "order-full-duration";
/// Id of the interim order weeks input.
pub const INTERIM_WEEKS_FIELD: &str = "order-interim-weeks";

/// Shorthand for building findings about one condition.
struct About<'a> {
    index: usize,
    name: String,
    template: &'a Template,
    out: Vec<Finding>,
}

impl<'a> About<'a> {
    fn new(index: usize, template: &'a Template) -> About<'a> {
        About {
            index,
            name: format!("Condition {} ({})", number(index), template.title),
            template,
            out: Vec::new(),
        }
    }

    fn add(&mut self, severity: Severity, check: CheckId, field: String, message: String) {
        self.out.push(Finding {
            severity,
            check,
            condition_index: Some(self.index),
            field: Some(field),
            message: format!("{}: {message}", self.name),
        });
    }
}

/// Every check on one condition. Asks the officer has confirmed are left out.
pub fn lint_condition(
    c: &ChosenCondition,
    index: usize,
    t: &Template,
    ctx: &SetContext,
) -> Vec<Finding> {
    let mut a = About::new(index, t);
    for spec in &t.slots {
        check_slot(&mut a, spec, c.slot(&spec.name));
    }
    check_reason(&mut a, &c.reason);
    check_times_clash(&mut a, c, ctx);
    check_address(&mut a, c);
    check_child_respondent(&mut a, ctx);
    check_child_contact(&mut a, c, ctx);
    a.out
}

fn check_slot(a: &mut About, spec: &SlotSpec, value: Option<&SlotValue>) {
    let text = value.map(|v| tidy(&v.text)).unwrap_or_default();
    let field = slot_field_id(a.index, &spec.name);
    if text.is_empty() {
        let msg = format!("enter the {}.", lower_first(spec.label.trim()));
        a.add(Severity::Error, CheckId::EmptySlot, field, msg);
        return;
    }
    match spec.kind {
        SlotKind::Distance => check_distance(a, spec, &text, value.and_then(|v| v.unit.as_deref())),
        SlotKind::Area => {
            check_map_reference(a, spec, value.and_then(|v| v.map_reference.as_deref()))
        }
        SlotKind::Programme | SlotKind::Provider => check_generic(a, spec, &text),
        _ => {}
    }
    if !matches!(spec.kind, SlotKind::Person | SlotKind::Distance) {
        check_vague(a, spec, &text);
    }
}

/// A distance must be a number above zero with a unit the court will understand.
fn check_distance(a: &mut About, spec: &SlotSpec, text: &str, unit: Option<&str>) {
    let field = slot_field_id(a.index, &spec.name);
    let unit_field = unit_field_id(a.index, &spec.name);
    let unit = unit.map(tidy).unwrap_or_default();
    let choose = "Choose metres, kilometres, yards or miles.";
    match distance_number(text) {
        None => {
            let msg = format!("the distance \"{text}\" is not a number. Enter a number, for example 100, and choose a unit.");
            a.add(Severity::Error, CheckId::Distance, field, msg);
        }
        Some(n) if n <= 0.0 => {
            let msg =
                "the distance must be more than 0. Enter a number, for example 100.".to_string();
            a.add(Severity::Error, CheckId::Distance, field, msg);
        }
        Some(_) if unit.is_empty() => {
            let msg = format!("the distance {text} has no unit. {choose}");
            a.add(Severity::Error, CheckId::Distance, unit_field, msg);
        }
        Some(_) if DistanceUnit::parse(&unit).is_none() => {
            let msg = format!("\"{unit}\" is not a unit the order can use. {choose}");
            a.add(Severity::Error, CheckId::Distance, unit_field, msg);
        }
        Some(_) => {}
    }
}

/// An area is only certain if the order points to the map that shows it.
fn check_map_reference(a: &mut About, spec: &SlotSpec, map: Option<&str>) {
    if map.map(tidy).unwrap_or_default().is_empty() {
        let msg = "enter the reference of the annexed map that shows the area (for example Map A), and attach the map to the application.".to_string();
        a.add(
            Severity::Error,
            CheckId::EmptySlot,
            map_field_id(a.index, &spec.name),
            msg,
        );
    }
}

/// Naming the programme and provider is good practice, not law (facts item 18, R13).
fn check_generic(a: &mut About, spec: &SlotSpec, text: &str) {
    if a.template.kind != Kind::Requirement || !phrases::is_generic_name(text) {
        return;
    }
    let what = match spec.kind {
        SlotKind::Programme => "name a programme. It is good practice, though not a legal requirement for an SPO, to name the programme (for example by its title) so the respondent and the court know exactly what is required.",
        _ => "name a provider. It is good practice, though not a legal requirement for an SPO, to name the organisation or team responsible, so the respondent knows who to deal with and compliance can be checked.",
    };
    let msg = format!("\"{text}\" does not {what}");
    a.add(
        Severity::Warning,
        CheckId::GenericProgramme,
        slot_field_id(a.index, &spec.name),
        msg,
    );
}

fn check_vague(a: &mut About, spec: &SlotSpec, text: &str) {
    for (words, kind) in phrases::vague_terms(text) {
        let msg = format!(
            "\"{words}\" in \"{}\" is vague: the respondent could not be sure what is forbidden, and a breach would be hard to prove. {}",
            spec.label.trim(),
            kind.advice()
        );
        a.add(
            Severity::Warning,
            CheckId::VagueWords,
            slot_field_id(a.index, &spec.name),
            msg,
        );
    }
}

/// The shortest reason that can say which risk a condition deals with.
pub const MIN_REASON_CHARS: usize = 15;

/// Each condition must be necessary on its own (s2(2), facts item 14, R2).
fn check_reason(a: &mut About, reason: &str) {
    let reason = reason.trim();
    let field = reason_field_id(a.index);
    if reason.is_empty() {
        let msg = "say why this condition is necessary to protect the person from the risk of stalking. The court must be satisfied that each condition is necessary on its own.".to_string();
        a.add(Severity::Error, CheckId::NoReason, field, msg);
    } else if reason.chars().count() < MIN_REASON_CHARS {
        let msg = "the reason is too short to show why this condition is necessary. In a sentence or two, say which risk it deals with and how.".to_string();
        a.add(Severity::Error, CheckId::ShortReason, field, msg);
    }
}

/// Requirements the respondent attends in person at set times.
fn is_attendance(t: &Template) -> bool {
    t.kind == Kind::Requirement
        && matches!(
            t.theme,
            Theme::Programmes | Theme::Reporting | Theme::Health
        )
}

/// s2(3): avoid religion, work and education times so far as practicable (item 15, R3).
fn check_times_clash(a: &mut About, c: &ChosenCondition, ctx: &SetContext) {
    let t = a.template;
    let timed = t.has_slot_kind(SlotKind::Times);
    let located = t.has_slot_kind(SlotKind::Place) || t.has_slot_kind(SlotKind::Area);
    let notes = tidy(&ctx.avoid_notes);
    let always = t.kind == Kind::Requirement && timed;
    let with_notes = !notes.is_empty() && (timed || located || is_attendance(t));
    if !(always || with_notes) || c.is_confirmed(CheckId::TimesClash.as_str()) {
        return;
    }
    let msg = if notes.is_empty() {
        "this requirement sets times the respondent must keep. So far as practicable, it must avoid clashing with their religious beliefs and the times they normally work or attend education. Check the times, then confirm you have considered it.".to_string()
    } else {
        format!(
            "so far as practicable, conditions must avoid the respondent's religious beliefs and the times they normally work or attend education. You noted: \"{}\". Check this condition does not clash with them, then confirm you have considered it.",
            shorten(&notes, 120)
        )
    };
    a.add(
        Severity::Ask,
        CheckId::TimesClash,
        confirm_field_id(a.index, CheckId::TimesClash),
        msg,
    );
}

/// The first `max` characters, with an ellipsis if cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    format!("{}…", text.chars().take(max).collect::<String>().trim_end())
}

/// A location condition may reveal where the victim lives (item 70).
fn check_address(a: &mut About, c: &ChosenCondition) {
    if c.is_confirmed(CheckId::AddressExposed.as_str()) {
        return;
    }
    let address = a
        .template
        .slots
        .iter()
        .filter(|s| matches!(s.kind, SlotKind::Place | SlotKind::Area | SlotKind::Text))
        .filter_map(|s| c.slot(&s.name))
        .map(|v| tidy(&v.text))
        .find(|text| phrases::looks_like_address(text));
    if let Some(text) = address {
        let msg = format!("\"{text}\" looks like a home address. Naming the protected person's address in the order tells the respondent where they live. If they may not know it, describe the area instead and mark it on a map attached to the order. Confirm that naming this address is safe.");
        a.add(
            Severity::Ask,
            CheckId::AddressExposed,
            confirm_field_id(a.index, CheckId::AddressExposed),
            msg,
        );
    }
}

/// Conditions marked as unsuitable for a respondent under 18 (item 107).
fn check_child_respondent(a: &mut About, ctx: &SetContext) {
    if ctx.respondent_is_child && a.template.is_unsuitable_for(Tag::Youth) {
        let msg = "this condition is marked as unsuitable for a respondent under 18. Consider a condition suited to a young person instead, and discuss it with the Youth Justice Service.".to_string();
        a.add(
            Severity::Warning,
            CheckId::UnsuitableForYouth,
            condition_field_id(a.index),
            msg,
        );
    }
}

/// Words showing a contact ban leaves room for family court arrangements (item 106).
const FAMILY_COURT_EXCEPTIONS: &[&str] = &[
    "family court",
    "solicitor",
    "child arrangements",
    "contact centre",
];

/// A ban on contact with a child needs a narrow family-court exception (item 106: the
/// draft APP, so the message says so).
fn check_child_contact(a: &mut About, c: &ChosenCondition, ctx: &SetContext) {
    let t = a.template;
    let wording = c.wording.to_lowercase();
    let about_contact =
        t.kind == Kind::Prohibition && matches!(t.theme, Theme::Contact | Theme::ThirdParties);
    let about_children = t.has_tag(Tag::ProtectingChild) || wording.contains("child");
    let has_exception = FAMILY_COURT_EXCEPTIONS.iter().any(|e| wording.contains(e));
    // Family court contact arrangements concern a parent or relative; a respondent
    // under 18 (a pupil at the same school, say) needs different exceptions.
    if ctx.protects_child
        && !ctx.respondent_is_child
        && about_contact
        && about_children
        && !has_exception
    {
        let msg = "this condition limits contact with a child. Draft national guidance (the College of Policing's consultation draft APP) says conditions must not conflict with family court orders, so add a narrowly defined exception (for example contact only through solicitors, or as a family court directs), unless there is no family court involvement.".to_string();
        a.add(
            Severity::Warning,
            CheckId::ChildContactException,
            condition_field_id(a.index),
            msg,
        );
    }
}

/// Every check on the whole set: the order's duration, each condition's own
/// checks, duplicates, and what the set as a whole may be missing.
pub fn lint_set(
    conditions: &[ChosenCondition],
    catalogue: &Catalogue,
    ctx: &SetContext,
) -> Vec<Finding> {
    let mut out = duration_findings(ctx);
    if conditions.is_empty() {
        out.push(set_finding(
            Severity::Error,
            CheckId::NoConditions,
            "Add at least one condition: an order must prohibit or require something.",
        ));
        return out;
    }
    for (i, c) in conditions.iter().enumerate() {
        match catalogue.get(&c.template_id) {
            Some(t) => out.extend(lint_condition(c, i, t, ctx)),
            None => out.push(unknown_template(c, i)),
        }
        out.extend(duplicate_of_earlier(conditions, i, catalogue));
    }
    out.extend(set_notes(conditions, catalogue, ctx));
    out
}

fn set_finding(severity: Severity, check: CheckId, message: &str) -> Finding {
    Finding {
        severity,
        check,
        condition_index: None,
        field: Some(ADD_CONDITION_FIELD.into()),
        message: message.into(),
    }
}

/// Full order: at least two years or until further order; interim: a fixed period.
fn duration_findings(ctx: &SetContext) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut add = |check, field: &str, message: String| {
        out.push(Finding {
            severity: Severity::Error,
            check,
            condition_index: None,
            field: Some(field.into()),
            message,
        });
    };
    match &ctx.full_duration {
        None => add(
            CheckId::FullDuration,
            FULL_DURATION_FIELD,
            "Choose how long the full order should last: a fixed period of at least 2 years, or until further order.".into(),
        ),
        Some(d) => {
            if let Some(p) = d.problem() {
                add(CheckId::FullDuration, FULL_DURATION_FIELD, format!("{p}."));
            }
        }
    }
    if ctx.order_type.includes_interim() {
        let interim = ctx.interim.unwrap_or(InterimDuration { weeks: 0 });
        if let Some(p) = interim.problem() {
            add(
                CheckId::InterimDuration,
                INTERIM_WEEKS_FIELD,
                format!("{p}."),
            );
        }
    }
    out
}

fn unknown_template(c: &ChosenCondition, i: usize) -> Finding {
    Finding {
        severity: Severity::Error,
        check: CheckId::UnknownTemplate,
        condition_index: Some(i),
        field: Some(condition_field_id(i)),
        message: format!(
            "Condition {} uses \"{}\", which is not in the list of conditions. Remove it and choose a current condition instead.",
            number(i),
            c.template_id
        ),
    }
}

/// Slot values as compared for duplicates: case and spacing do not matter.
fn comparable(c: &ChosenCondition) -> Vec<(String, String, String, String)> {
    let norm = |s: &str| tidy(s).to_lowercase();
    let mut v: Vec<_> = c
        .slots
        .iter()
        .map(|s| {
            let unit = s
                .unit
                .as_deref()
                .map(|u| DistanceUnit::parse(u).map_or(norm(u), |d| d.as_str().into()));
            (
                s.name.clone(),
                norm(&s.text),
                unit.unwrap_or_default(),
                norm(s.map_reference.as_deref().unwrap_or("")),
            )
        })
        .collect();
    v.sort();
    v
}

/// Condition `i` against the first earlier condition from the same template.
fn duplicate_of_earlier(
    conditions: &[ChosenCondition],
    i: usize,
    catalogue: &Catalogue,
) -> Option<Finding> {
    let c = &conditions[i];
    let earlier = conditions[..i]
        .iter()
        .position(|e| e.template_id == c.template_id)?;
    let title = catalogue
        .get(&c.template_id)
        .map_or(c.template_id.as_str(), |t| t.title.as_str());
    let (first, this) = (number(earlier), number(i));
    let (severity, check, message) = if comparable(&conditions[earlier]) == comparable(c) {
        let m = format!("Conditions {first} and {this} are the same ({title}) with the same details. Remove condition {this}.");
        (Severity::Error, CheckId::Duplicate, m)
    } else {
        let m = format!("Conditions {first} and {this} both use \"{title}\" with different details. That is fine for different people or places; otherwise combine them into one condition.");
        (Severity::Note, CheckId::SameTemplate, m)
    };
    Some(Finding {
        severity,
        check,
        condition_index: Some(i),
        field: Some(condition_field_id(i)),
        message,
    })
}

/// What the set as a whole may be missing.
fn set_notes(
    conditions: &[ChosenCondition],
    catalogue: &Catalogue,
    ctx: &SetContext,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let templates: Vec<&Template> = conditions
        .iter()
        .filter_map(|c| catalogue.get(&c.template_id))
        .collect();
    if conditions
        .iter()
        .all(|c| Kind::parse(&c.kind) != Some(Kind::Requirement))
    {
        out.push(set_finding(Severity::Note, CheckId::OnlyProhibitions, "All the conditions are prohibitions. An SPO can also require the respondent to do things, such as attend an assessment or a stalking intervention programme. Consider whether a requirement would reduce the risk."));
    }
    if ctx.respondent_is_child && !templates.iter().any(|t| t.has_tag(Tag::Youth)) {
        out.push(set_finding(Severity::Note, CheckId::NoYouthCondition, "The respondent is under 18, but none of the conditions is marked as suited to a young person. Consider exclusion zones around schools, limits on shared transport routes, no contact through peer groups, and an intervention with the Youth Justice Service."));
    }
    if ctx.protects_child && !templates.iter().any(|t| t.has_tag(Tag::ProtectingChild)) {
        out.push(set_finding(Severity::Note, CheckId::NoChildCondition, "A child is to be protected, but none of the conditions is marked as protecting a child. Consider an exclusion zone around their school and no contact through other children or their parents. Draft national guidance (the consultation draft APP) says the child's welfare is paramount and conditions must not conflict with family court orders."));
    }
    out
}

/// Counts of (errors, warnings, asks, notes).
pub fn summary(findings: &[Finding]) -> (usize, usize, usize, usize) {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Ask),
        count(Severity::Note),
    )
}

/// Whether anything stops the officer going on.
pub fn has_blocking(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity.blocks())
}

#[cfg(test)]
#[path = "checks_tests.rs"]
mod tests;
