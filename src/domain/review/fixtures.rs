//! Example advice on the example case (`triage::fixtures`), for tests, the e2e samples
//! and the published schema's example. Every name is made up.
use super::advice::{Advice, Reviewer};
use super::authorisation::{Authorisation, AuthorisationDecision, AuthorisingRank, ConditionAmendment};
use super::comment::CommentKind;
use super::decision::Decision;
use crate::domain::triage::case::CommentState;
use crate::domain::triage::fixtures::{example_context, example_full_triage, example_meta};
use crate::domain::triage::model::{SectionId, Triage};
use crate::domain::triage::payload::{Payload, SubmissionMeta};
use crate::domain::triage::questions::{behaviour_risk, investigation};
use crate::domain::triage::target::{AnswerTarget, Target};

/// The example advice's own id.
pub const EXAMPLE_ADVICE_REFERENCE: &str = "9a1c4e2b-7d3f-4b8a-9c6e-2f5d8a1b3c7e";
/// The submission id of the example case's second version.
pub const EXAMPLE_SECOND_SUBMISSION_ID: &str = "c7d2a9e4-1b6f-4c3a-8e5d-9f0b2a4c6e81";

/// The first version of the example case, as delivered.
pub fn example_payload() -> Payload {
    Payload::build(&example_full_triage(), &example_context(), example_meta())
}

/// The bail details the first clarification is about.
pub fn bail_details() -> Target {
    Target::Answer(AnswerTarget::question(SectionId::Investigation, investigation::BAIL_DETAILS))
}

/// The evidence of acts the second clarification is about.
pub fn acts_evidence() -> Target {
    Target::Answer(AnswerTarget::question(SectionId::BehaviourRisk, behaviour_risk::ACTS_EVIDENCE))
}

/// The condition the suggested change is about: the second, an exclusion zone.
pub fn exclusion_zone() -> Target {
    Target::Condition { index: 1, template_id: "no-entry-mapped-area".into() }
}

/// The reworded exclusion zone the reviewer suggests.
pub const SUGGESTED_ZONE: &str =
    "Enter Meadow Road, Exampletown, between its junctions with Mill Lane and Station Road, as shown on Map A.";

/// Advice on the first version asking for clarification: two questions on two
/// answers and a suggested change to a condition.
pub fn example_clarification_advice() -> Advice {
    let reviewer = Reviewer { name: "Pat Example".into(), role: "Solicitor, legal services".into() };
    let mut advice = Advice::new(&example_payload(), EXAMPLE_ADVICE_REFERENCE, reviewer, "2025-06-04");
    advice.add_comment(bail_details(), CommentKind::ClarificationNeeded, "Has bail been breached? Give the dates and how.");
    advice.add_comment(
        acts_evidence(),
        CommentKind::ClarificationNeeded,
        "Give the dates of the six evenings and the exhibit numbers of the CCTV and the statements.",
    );
    let zone = advice.add_comment(exclusion_zone(), CommentKind::SuggestedChange, "Say exactly which part of Meadow Road.");
    if let Some(c) = advice.comment_mut(&zone) {
        c.suggested_text = Some(SUGGESTED_ZONE.into());
    }
    advice.add_comment(
        Target::Answer(AnswerTarget::question(SectionId::VictimViews, "victim-views-on-conditions")),
        CommentKind::Note,
        "Good record of the victim's views.",
    );
    advice.decision = Some(Decision::ClarificationNeeded);
    advice
}

/// Every part of an advice file: the comments (answered), "proceed", and the
/// authorising officer's record with one condition reworded.
pub fn example_advice() -> Advice {
    let mut advice = example_clarification_advice();
    advice.answer_comment("c1", CommentState::Answered, "Yes: new accounts on 20 and 24 May, see the statement");
    advice.answer_comment("c2", CommentState::Answered, "");
    advice.decision = Some(Decision::Proceed);
    let mut authorisation = Authorisation::new(advice.triage.version);
    authorisation.officer_name = "Sam Superintendent".into();
    authorisation.rank = Some(AuthorisingRank::Superintendent);
    authorisation.acting_or_temporary = true;
    authorisation.date = "2025-06-05".into();
    for m in &mut authorisation.matters {
        m.satisfied = Some(true);
    }
    authorisation.matters[4].notes = Some("Victim supports the application; ISA involved".into());
    authorisation.decision = Some(AuthorisationDecision::Authorised);
    authorisation.changed_conditions.push(ConditionAmendment {
        index: 1,
        template_id: "no-entry-mapped-area".into(),
        wording: SUGGESTED_ZONE.into(),
        why: "Names the part of the road, as legal services advised".into(),
    });
    advice.authorisation = Some(authorisation);
    advice
}

/// The example triage as the officer edits it after the clarification advice: both
/// answers clarified and the exclusion zone reworded as suggested.
pub fn example_second_triage() -> Triage {
    let mut t = example_full_triage();
    t.investigation.bail_details.push_str(". Breached by messages from new accounts on 20 and 24 May 2025");
    t.behaviour_risk.acts_evidence.push_str(" Evenings: 7, 9, 12, 14, 19 and 21 March 2025 (exhibits JE/1 to JE/6).");
    t.conditions[1].wording = SUGGESTED_ZONE.into();
    t
}

/// The second version of the example case, answering [`example_clarification_advice`]
/// with the officer's replies.
pub fn example_second_payload() -> Payload {
    let mut advice = example_clarification_advice();
    advice.answer_comment("c1", CommentState::Answered, "Yes: new accounts on 20 and 24 May");
    advice.answer_comment("c2", CommentState::Answered, "Dates and exhibits added");
    advice.answer_comment("c3", CommentState::Answered, "");
    let meta = SubmissionMeta {
        submission_id: EXAMPLE_SECOND_SUBMISSION_ID.into(),
        submitted_at: "2025-06-06T09:00:00.000Z".into(),
        ..example_meta()
    };
    let ctx = example_context();
    Payload::build(&example_second_triage(), &ctx, meta)
        .as_next_version(&example_payload(), Some(&advice), &ctx)
        .expect("the advice is on the first version")
}
