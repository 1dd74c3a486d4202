//! The HTML id of every input in the triage form, as the question catalogue
//! (`questions/`) defines them, under the names the rest of the code uses. Errors and
//! notices name their field by these ids, so the error summary can link to (and focus)
//! the input. For a date, the id is the stem plus `-day`, `-month` or `-year`; for
//! radios and checkboxes, the id of the first option.
use super::questions::{
    about_you as a, behaviour_risk as b, declaration as d, existing_orders as x, investigation as i, order_sought as o,
    people as p, respondent as r, summary as s, victim_views as v, youth_justice as y,
};

pub const ABOUT_NAME: &str = a::NAME_ID;
pub const ABOUT_RANK: &str = a::RANK;
pub const ABOUT_COLLAR_NUMBER: &str = a::COLLAR_NUMBER;
pub const ABOUT_EMAIL: &str = a::EMAIL;
pub const ABOUT_PHONE: &str = a::PHONE;
pub const ABOUT_TEAM: &str = a::TEAM;

pub const INVESTIGATION_SUBSTANTIVE: &str = i::SUBSTANTIVE;
pub const INVESTIGATION_OFFENCES: &str = i::OFFENCES;
pub const INVESTIGATION_OTHER_OFFENCE: &str = i::OTHER_OFFENCE;
pub const INVESTIGATION_STAGE: &str = i::STAGE;
pub const INVESTIGATION_BAIL: &str = i::BAIL;
pub const INVESTIGATION_BAIL_DETAILS: &str = i::BAIL_DETAILS;

/// `investigation-crime-reference-0` for the first crime reference.
pub fn crime_reference(index: usize) -> String {
    format!("{}-{index}", i::CRIME_REFERENCE)
}

/// `people-0-name`, `people-0-dob` (a date stem), `people-0-relationship`...
pub fn person(index: usize, field: &str) -> String {
    format!("{}-{index}-{field}", p::GROUP)
}
pub const PERSON_NAME: &str = p::NAME_ID;
pub const PERSON_DOB: &str = p::DOB;
pub const PERSON_DOB_NOT_KNOWN: &str = p::DOB_NOT_KNOWN;
pub const PERSON_UNDER_18: &str = p::UNDER_18;
pub const PERSON_RELATIONSHIP: &str = p::RELATIONSHIP;
pub const PERSON_ROLE: &str = p::ROLE;

pub const RESPONDENT_NAME: &str = r::NAME_ID;
pub const RESPONDENT_OTHER_NAMES: &str = r::OTHER_NAMES;
/// A date stem: `respondent-dob-day` and so on.
pub const RESPONDENT_DOB: &str = r::DOB;
pub const RESPONDENT_DOB_NOT_KNOWN: &str = r::DOB_NOT_KNOWN;
pub const RESPONDENT_UNDER_18: &str = r::UNDER_18;
pub const RESPONDENT_ADDRESS: &str = r::ADDRESS;
pub const RESPONDENT_AREA: &str = r::AREA;
pub const RESPONDENT_EXISTING_SPO: &str = r::EXISTING_SPO;
pub const RESPONDENT_EXISTING_SPO_DETAILS: &str = r::EXISTING_SPO_DETAILS;
pub const RESPONDENT_SEX_OFFENDER_NOTIFICATION: &str = r::SEX_OFFENDER_NOTIFICATION;

pub const YOUTH_CONTACTED: &str = y::CONTACTED;
/// A date stem.
pub const YOUTH_CONTACT_DATE: &str = y::CONTACT_DATE;
pub const YOUTH_CONTACT_NAME: &str = y::CONTACT_NAME;
pub const YOUTH_CONTACT_VIEW: &str = y::CONTACT_VIEW;
pub const YOUTH_REASON_NOT_CONTACTED: &str = y::REASON_NOT_CONTACTED;

pub const BEHAVIOUR_SEEN: &str = b::SEEN;
pub const BEHAVIOUR_OTHER: &str = b::OTHER;
pub const BEHAVIOUR_ACTS_EVIDENCE: &str = b::ACTS_EVIDENCE;
pub const BEHAVIOUR_RISK_EVIDENCE: &str = b::RISK_EVIDENCE;
pub const BEHAVIOUR_NECESSITY_EVIDENCE: &str = b::NECESSITY_EVIDENCE;
pub const BEHAVIOUR_RISK_TOOL: &str = b::RISK_TOOL;
pub const BEHAVIOUR_RISK_TOOL_OTHER: &str = b::RISK_TOOL_OTHER;
pub const BEHAVIOUR_RISK_OUTCOME: &str = b::RISK_OUTCOME;
pub const BEHAVIOUR_MENTAL_HEALTH: &str = b::MENTAL_HEALTH;
pub const BEHAVIOUR_MENTAL_HEALTH_DETAILS: &str = b::MENTAL_HEALTH_DETAILS;
pub const BEHAVIOUR_MENTAL_HEALTH_CHECKS: &str = b::MENTAL_HEALTH_CHECKS;
pub const BEHAVIOUR_IMMEDIATE_RISK: &str = b::IMMEDIATE_RISK;
pub const BEHAVIOUR_IMMEDIATE_RISK_DETAILS: &str = b::IMMEDIATE_RISK_DETAILS;

pub const EXISTING_ORDERS_ANY: &str = x::ANY;
/// `existing-orders-0-kind`, `existing-orders-0-details`, `existing-orders-0-why-not-enough`.
pub fn existing_order(index: usize, field: &str) -> String {
    format!("{}-{index}-{field}", x::GROUP)
}
pub const EXISTING_ORDER_KIND: &str = x::KIND;
pub const EXISTING_ORDER_DETAILS: &str = x::DETAILS;
pub const EXISTING_ORDER_WHY_NOT_ENOUGH: &str = x::WHY_NOT_ENOUGH;

pub const ORDER_TYPE: &str = o::ORDER_TYPE;
pub const ORDER_FULL_DURATION: &str = o::FULL_DURATION;
pub const ORDER_FULL_MONTHS: &str = o::FULL_MONTHS;
pub const ORDER_INTERIM_WEEKS: &str = o::INTERIM_WEEKS;
pub const ORDER_LOCALITY: &str = o::LOCALITY;
pub const ORDER_LOCALITY_DESCRIPTION: &str = o::LOCALITY_DESCRIPTION;
pub const ORDER_AVOID_TIMES: &str = o::AVOID_TIMES;
pub const ORDER_AVOID_DETAILS: &str = o::AVOID_DETAILS;

pub const SUMMARY_TEXT: &str = s::TEXT;

/// The builder's "Add a condition" button: the target when there are no conditions.
pub const CONDITIONS_ADD: &str = "conditions-add";
/// The conditions editor's own ids (`condition-1-reason`, counted from 1 as the officer
/// sees them), so the triage's errors link to the editor's fields.
pub fn condition(index: usize, field: &str) -> String {
    use crate::domain::conditions::checks::{condition_field_id, reason_field_id};
    match field {
        CONDITION_REASON => reason_field_id(index),
        _ => condition_field_id(index),
    }
}
pub const CONDITION_WORDING: &str = "wording";
pub const CONDITION_REASON: &str = "reason";

pub const VICTIM_OBTAINED: &str = v::OBTAINED;
pub const VICTIM_STANCE: &str = v::STANCE;
pub const VICTIM_VIEWS_ON_CONDITIONS: &str = v::VIEWS_ON_CONDITIONS;
pub const VICTIM_ADVOCATE: &str = v::ADVOCATE;
pub const VICTIM_ADVOCATE_NAME: &str = v::ADVOCATE_NAME;
pub const VICTIM_REASON_NOT_OBTAINED: &str = v::REASON_NOT_OBTAINED;

pub const DECLARATION_CONFIRMED: &str = d::CONFIRMED;

/// The id of one box of a date: `date_part("respondent-dob", DatePart::Day)`.
pub fn date_part(stem: &str, part: super::dates::DatePart) -> String {
    format!("{stem}-{}", part.suffix())
}
