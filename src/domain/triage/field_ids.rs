//! The HTML id of every input in the triage form. Errors and notices name their field
//! by these ids, so the error summary can link to (and focus) the input; pages must
//! give their inputs these ids. For a date, the id is the stem plus `-day`, `-month`
//! or `-year`; for radios and checkboxes, the id of the first option.

pub const ABOUT_NAME: &str = "about-name";
pub const ABOUT_RANK: &str = "about-rank";
pub const ABOUT_COLLAR_NUMBER: &str = "about-collar-number";
pub const ABOUT_EMAIL: &str = "about-email";
pub const ABOUT_PHONE: &str = "about-phone";
pub const ABOUT_TEAM: &str = "about-team";

pub const INVESTIGATION_SUBSTANTIVE: &str = "investigation-substantive";
pub const INVESTIGATION_OFFENCES: &str = "investigation-offences";
pub const INVESTIGATION_OTHER_OFFENCE: &str = "investigation-other-offence-details";
pub const INVESTIGATION_STAGE: &str = "investigation-stage";
pub const INVESTIGATION_BAIL: &str = "investigation-bail";
pub const INVESTIGATION_BAIL_DETAILS: &str = "investigation-bail-details";

/// `investigation-crime-reference-0` for the first crime reference.
pub fn crime_reference(index: usize) -> String {
    format!("investigation-crime-reference-{index}")
}

/// `people-0-name`, `people-0-dob` (a date stem), `people-0-relationship`...
pub fn person(index: usize, field: &str) -> String {
    format!("people-{index}-{field}")
}
pub const PERSON_NAME: &str = "name";
pub const PERSON_DOB: &str = "dob";
pub const PERSON_DOB_NOT_KNOWN: &str = "dob-not-known";
pub const PERSON_UNDER_18: &str = "under-18";
pub const PERSON_RELATIONSHIP: &str = "relationship";
pub const PERSON_ROLE: &str = "role";

pub const RESPONDENT_NAME: &str = "respondent-name";
pub const RESPONDENT_OTHER_NAMES: &str = "respondent-other-names";
/// A date stem: `respondent-dob-day` and so on.
pub const RESPONDENT_DOB: &str = "respondent-dob";
pub const RESPONDENT_DOB_NOT_KNOWN: &str = "respondent-dob-not-known";
pub const RESPONDENT_ADDRESS: &str = "respondent-address";
pub const RESPONDENT_AREA: &str = "respondent-area-connection";
pub const RESPONDENT_EXISTING_SPO: &str = "respondent-existing-spo";
pub const RESPONDENT_EXISTING_SPO_DETAILS: &str = "respondent-existing-spo-details";

pub const YOUTH_CONTACTED: &str = "youth-contacted";
/// A date stem.
pub const YOUTH_CONTACT_DATE: &str = "youth-contact-date";
pub const YOUTH_CONTACT_NAME: &str = "youth-contact-name";
pub const YOUTH_CONTACT_VIEW: &str = "youth-contact-view";
pub const YOUTH_REASON_NOT_CONTACTED: &str = "youth-reason-not-contacted";

pub const BEHAVIOUR_SEEN: &str = "behaviour-seen";
pub const BEHAVIOUR_OTHER: &str = "behaviour-other-details";
pub const BEHAVIOUR_ACTS_EVIDENCE: &str = "behaviour-acts-evidence";
pub const BEHAVIOUR_RISK_EVIDENCE: &str = "behaviour-risk-evidence";
pub const BEHAVIOUR_NECESSITY_EVIDENCE: &str = "behaviour-necessity-evidence";
pub const BEHAVIOUR_RISK_TOOL: &str = "behaviour-risk-tool";
pub const BEHAVIOUR_RISK_TOOL_OTHER: &str = "behaviour-risk-tool-other";
pub const BEHAVIOUR_RISK_OUTCOME: &str = "behaviour-risk-outcome";
pub const BEHAVIOUR_MENTAL_HEALTH: &str = "behaviour-mental-health";
pub const BEHAVIOUR_MENTAL_HEALTH_DETAILS: &str = "behaviour-mental-health-details";
pub const BEHAVIOUR_IMMEDIATE_RISK: &str = "behaviour-immediate-risk";
pub const BEHAVIOUR_IMMEDIATE_RISK_DETAILS: &str = "behaviour-immediate-risk-details";

pub const EXISTING_ORDERS_ANY: &str = "existing-orders-any";
/// `existing-orders-0-kind`, `existing-orders-0-details`, `existing-orders-0-why-not-enough`.
pub fn existing_order(index: usize, field: &str) -> String {
    format!("existing-orders-{index}-{field}")
}
pub const EXISTING_ORDER_KIND: &str = "kind";
pub const EXISTING_ORDER_DETAILS: &str = "details";
pub const EXISTING_ORDER_WHY_NOT_ENOUGH: &str = "why-not-enough";

pub const ORDER_TYPE: &str = "order-type";
pub const ORDER_FULL_DURATION: &str = "order-full-duration";
pub const ORDER_FULL_MONTHS: &str = "order-full-months";
pub const ORDER_INTERIM_WEEKS: &str = "order-interim-weeks";
pub const ORDER_LOCALITY: &str = "order-locality";
pub const ORDER_LOCALITY_DESCRIPTION: &str = "order-locality-description";
pub const ORDER_AVOID_TIMES: &str = "order-avoid-times";
pub const ORDER_AVOID_DETAILS: &str = "order-avoid-details";

pub const SUMMARY_TEXT: &str = "summary-text";

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

pub const VICTIM_OBTAINED: &str = "victim-views-obtained";
pub const VICTIM_STANCE: &str = "victim-stance";
pub const VICTIM_VIEWS_ON_CONDITIONS: &str = "victim-views-on-conditions";
pub const VICTIM_ADVOCATE: &str = "victim-advocate";
pub const VICTIM_ADVOCATE_NAME: &str = "victim-advocate-name";
pub const VICTIM_REASON_NOT_OBTAINED: &str = "victim-reason-not-obtained";

pub const DECLARATION_CONFIRMED: &str = "declaration-confirmed";

/// The id of one box of a date: `date_part("respondent-dob", DatePart::Day)`.
pub fn date_part(stem: &str, part: super::dates::DatePart) -> String {
    format!("{stem}-{}", part.suffix())
}
