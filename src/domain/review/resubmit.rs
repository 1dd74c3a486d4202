//! Sending a triage again: the new payload becomes the next version of the case, with
//! what changed since the version the advice was on and the officer's replies.
use super::advice::Advice;
use super::changes::changes;
use crate::domain::triage::case::CaseVersion;
use crate::domain::triage::context::RulesContext;
use crate::domain::triage::payload::Payload;

impl Payload {
    /// This payload (built as usual, with its own new submission id) as the version
    /// after `previous`, answering `advice` if given. With advice, `previous` must be
    /// the version the advice is on, so `changed` lists what changed since then.
    ///
    /// Keep the case's reference in the new payload's metadata, so everyone quotes one
    /// reference for the case; versions are told apart by `case.version`.
    pub fn as_next_version(mut self, previous: &Payload, advice: Option<&Advice>, ctx: &RulesContext) -> Result<Payload, String> {
        if let Some(a) = advice {
            a.matches(previous)?;
        }
        if self.submission_id == previous.submission_id {
            return Err(format!(
                "The new version has the same submission id as version {} ({}): a version sent again needs its own",
                previous.version(),
                previous.submission_id
            ));
        }
        let changed = changes(previous, &self, ctx).to_case_changes();
        self.case = Some(CaseVersion {
            case_id: previous.case_id().to_string(),
            version: previous.version() + 1,
            previous_submission_id: previous.submission_id.clone(),
            advice_reference: advice.map(|a| a.advice_reference.clone()),
            changed,
            replies: advice.map(Advice::replies).unwrap_or_default(),
        });
        Ok(self)
    }
}
