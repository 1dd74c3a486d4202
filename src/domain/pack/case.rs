//! The case a pack is drafted from, as the Pack area holds it: the triage as the force's
//! flow delivered it, the advice on it when there is one (with the authorising officer's
//! record), and the court details typed so far. Opened from files and kept by the drafts
//! policy; a file or a kept copy that is damaged, foreign or does not fit is refused
//! whole, never half-opened.
use serde::{Deserialize, Serialize};

use super::court::CourtDetails;
use super::document::DocumentKind;
use super::input::PackInput;
use crate::domain::config::Drafts;
use crate::domain::review::authorisation::AuthorisationDecision;
use crate::domain::triage::draft_keeper::has_expired;
use crate::domain::review::{open_advice, parse_triage, triage_from_payload, Advice, Decision};
use crate::domain::triage::context::RulesContext;
use crate::domain::triage::fields::FieldError;
use crate::domain::triage::model::Triage;
use crate::domain::triage::payload::Payload;

/// The ids of the two file boxes, for errors beside them.
pub const TRIAGE_FILE: &str = "pack-triage-file";
pub const ADVICE_FILE: &str = "pack-advice-file";

/// The case in hand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PackCase {
    pub payload: Payload,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice: Option<Advice>,
    #[serde(default)]
    pub court: CourtDetails,
}

/// The case as kept in the browser.
#[derive(Serialize, Deserialize)]
struct Kept {
    saved_at: f64,
    case: PackCase,
}

/// Where the case stands, for the words at the head of the pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// No advice opened.
    NoAdvice,
    /// Advice to clarify, or not suitable: a draft only.
    NotToProceed,
    /// Advice to proceed, not yet authorised.
    AwaitingAuthorisation,
    /// Recorded as not authorised.
    NotAuthorised,
    Authorised,
}

impl Standing {
    /// What the pack can be, in one sentence.
    pub fn sentence(self) -> &'static str {
        match self {
            Standing::NoAdvice => "No advice from legal services is open, so everything here is a draft. Open the advice file to add the authorisation.",
            Standing::NotToProceed => "The advice does not say to proceed, so everything here is a draft for legal services to discuss.",
            Standing::AwaitingAuthorisation => "Legal services advise to proceed. The authorising officer has not recorded a decision, so the pack is a draft until they do.",
            Standing::NotAuthorised => "The authorising officer recorded that the application is not authorised. The pack can be drafted, but not filed.",
            Standing::Authorised => "Legal services advise to proceed and the application is authorised.",
        }
    }
}

/// Refused files' messages, beside the box they came from.
fn errors_on(field: &str, messages: Vec<String>) -> Vec<FieldError> {
    messages.into_iter().map(|message| FieldError { field: field.to_string(), message }).collect()
}

/// Opens a case from the triage's text and, optionally, the advice's, each checked as
/// the Review area checks it (the advice must be on this very version of the triage).
/// `None` for the triage means no file was chosen.
pub fn open_case(triage: Option<&str>, advice: Option<&str>, ctx: &RulesContext) -> Result<PackCase, Vec<FieldError>> {
    let Some(text) = triage else {
        return Err(vec![FieldError { field: TRIAGE_FILE.into(), message: "Choose the triage's JSON file".into() }]);
    };
    let payload = parse_triage(text).map_err(|m| errors_on(TRIAGE_FILE, m))?;
    let advice = match advice {
        None => None,
        Some(text) => Some(open_advice(text, &payload, ctx).map_err(|m| errors_on(ADVICE_FILE, m))?),
    };
    Ok(PackCase { payload, advice, court: CourtDetails::default() })
}

impl PackCase {
    /// The answers, as the form held them when the triage was sent.
    pub fn triage(&self) -> Triage {
        triage_from_payload(&self.payload)
    }

    pub fn standing(&self) -> Standing {
        let Some(advice) = &self.advice else { return Standing::NoAdvice };
        if advice.decision != Some(Decision::Proceed) {
            return Standing::NotToProceed;
        }
        match advice.authorisation.as_ref().and_then(|a| a.decision) {
            None => Standing::AwaitingAuthorisation,
            Some(AuthorisationDecision::NotAuthorised) => Standing::NotAuthorised,
            Some(AuthorisationDecision::Authorised) => Standing::Authorised,
        }
    }

    /// The pack's input, borrowing `triage` (made once by the caller with
    /// [`PackCase::triage`]): the authorisation only from advice to proceed.
    pub fn input<'a>(&'a self, triage: &'a Triage, force_name: &'a str, protective_marking: &'a str, ctx: &RulesContext) -> PackInput<'a> {
        let authorisation = self.advice.as_ref().filter(|a| a.decision == Some(Decision::Proceed)).and_then(|a| a.authorisation.as_ref());
        PackInput { triage, court: &self.court, authorisation, force_name, protective_marking, today: ctx.today }
    }

    /// The text kept by the drafts policy, with when it was kept (Unix ms), so it
    /// expires as a triage draft does.
    pub fn to_kept(&self, now_millis: f64) -> String {
        serde_json::to_string(&Kept { saved_at: now_millis, case: self.clone() }).unwrap_or_default()
    }

    /// A kept case, if it still reads as one and has not expired under `policy`: the
    /// triage passes the payload's checks and the advice is its own and whole. Anything
    /// else is `None`, to be dropped.
    pub fn from_kept(text: &str, policy: &Drafts, now_millis: f64) -> Option<PackCase> {
        let kept: Kept = serde_json::from_str(text).ok()?;
        if has_expired(policy, Some(kept.saved_at), now_millis) {
            return None;
        }
        let case = kept.case;
        case.payload.check().ok()?;
        if let Some(a) = &case.advice {
            if a.triage.submission_id != case.payload.submission_id || !a.own_problems().is_empty() {
                return None;
            }
        }
        Some(case)
    }
}

/// The Word file's name: `SPO-7KX4-M9QA-spo-1-complaint.docx` (the reference, which
/// names no one, and the document).
pub fn docx_file_name(reference: &str, kind: DocumentKind) -> String {
    let safe: String = reference.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    format!("{safe}-{}.docx", kind.file_stem())
}

/// The document of a file stem (the print page's address), if it is one.
pub fn kind_of_stem(stem: &str) -> Option<DocumentKind> {
    DocumentKind::ALL.into_iter().find(|k| k.file_stem() == stem)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::review::fixtures::{example_advice, example_clarification_advice, example_payload, example_second_payload};
    use crate::domain::config::DraftStorage;
    use crate::domain::triage::fixtures::EXAMPLE_TODAY;

    fn ctx() -> RulesContext {
        RulesContext::new(EXAMPLE_TODAY, "Example Constabulary", "Exampleshire")
    }

    fn json<T: Serialize>(v: &T) -> String {
        serde_json::to_string(v).unwrap()
    }

    #[test]
    fn a_triage_with_its_authorised_advice_opens_as_authorised() {
        let case = open_case(Some(&json(&example_payload())), Some(&json(&example_advice())), &ctx()).expect("opens");
        assert_eq!(case.standing(), Standing::Authorised);
        let triage = case.triage();
        let input = case.input(&triage, "Example Constabulary", "OFFICIAL-SENSITIVE", &ctx());
        assert!(input.is_authorised());
        assert_eq!(triage.acts.len(), 4, "the chronology comes back from the payload");
    }

    #[test]
    fn a_triage_alone_opens_as_a_draft_with_the_authorisation_missing() {
        let case = open_case(Some(&json(&example_payload())), None, &ctx()).expect("opens");
        assert_eq!(case.standing(), Standing::NoAdvice);
        let triage = case.triage();
        let pack = super::super::draft_pack(&case.input(&triage, "Example Constabulary", "OFFICIAL-SENSITIVE", &ctx()));
        assert!(pack.missing.iter().any(|m| m.place == super::super::Place::Authorisation), "{:?}", pack.missing);
    }

    #[test]
    fn advice_to_clarify_gives_a_draft_and_its_authorisation_is_not_used() {
        let mut advice = example_clarification_advice();
        advice.authorisation = example_advice().authorisation;
        let case = PackCase { payload: example_payload(), advice: Some(advice), court: CourtDetails::default() };
        assert_eq!(case.standing(), Standing::NotToProceed);
        let triage = case.triage();
        assert!(case.input(&triage, "", "", &ctx()).authorisation.is_none());
    }

    #[test]
    fn no_file_a_wrong_file_and_advice_on_another_version_are_refused_beside_their_box() {
        let no_file = open_case(None, None, &ctx()).unwrap_err();
        assert_eq!(no_file[0].field, TRIAGE_FILE);
        let advice_as_triage = open_case(Some(&json(&example_advice())), None, &ctx()).unwrap_err();
        assert_eq!(advice_as_triage[0].field, TRIAGE_FILE);
        assert!(advice_as_triage[0].message.contains("advice"), "{}", advice_as_triage[0].message);
        let damaged = open_case(Some("{\"kind\": \"spo-triage\""), None, &ctx()).unwrap_err();
        assert_eq!(damaged[0].field, TRIAGE_FILE);
        let other_version = open_case(Some(&json(&example_second_payload())), Some(&json(&example_advice())), &ctx()).unwrap_err();
        assert!(other_version.iter().all(|e| e.field == ADVICE_FILE), "{other_version:?}");
        let triage_as_advice = open_case(Some(&json(&example_payload())), Some(&json(&example_payload())), &ctx()).unwrap_err();
        assert_eq!(triage_as_advice[0].field, ADVICE_FILE);
    }

    #[test]
    fn a_kept_case_comes_back_whole_or_not_at_all() {
        let mut case = open_case(Some(&json(&example_payload())), Some(&json(&example_advice())), &ctx()).unwrap();
        case.court = super::super::fixtures::example_court();
        let policy = Drafts { storage: DraftStorage::ThisComputer, expiry_hours: Some(72) };
        let hour = 3_600_000.0;
        let kept = case.to_kept(1_000.0 * hour);
        assert_eq!(PackCase::from_kept(&kept, &policy, 1_071.0 * hour), Some(case.clone()));
        assert_eq!(PackCase::from_kept(&kept, &policy, 1_073.0 * hour), None, "expired after 72 hours");
        let tab = Drafts { storage: DraftStorage::ThisTab, expiry_hours: None };
        assert_eq!(PackCase::from_kept(&kept, &tab, 9_999.0 * hour), Some(case.clone()), "this tab's copy ends with the tab");
        for broken in ["", "null", "{}", "[1]", "{\"saved_at\": 1, \"case\": {\"payload\": 3}}", &kept[..40]] {
            assert_eq!(PackCase::from_kept(broken, &policy, 1_001.0 * hour), None, "{broken}");
        }
        let mut foreign = case.clone();
        foreign.advice = Some({
            let mut a = example_advice();
            a.triage.submission_id = "another".into();
            a
        });
        assert_eq!(PackCase::from_kept(&foreign.to_kept(1_000.0 * hour), &policy, 1_001.0 * hour), None, "advice on another triage");
    }

    #[test]
    fn file_names_name_the_reference_and_the_document_only() {
        assert_eq!(docx_file_name("SPO-7KX4-M9QA", DocumentKind::Complaint), "SPO-7KX4-M9QA-spo-1-complaint.docx");
        assert_eq!(docx_file_name("SPO/../x", DocumentKind::Checklist), "SPOx-spo-5-bundle-checklist.docx");
        for kind in DocumentKind::ALL {
            assert_eq!(kind_of_stem(kind.file_stem()), Some(kind));
        }
        assert_eq!(kind_of_stem("nothing"), None);
    }
}
