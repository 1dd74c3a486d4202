//! What the reviewer is shown when they open a later version of a triage (one with a
//! `case` block): which version its changes are counted from, the change to mark beside
//! each row of the reading, and how each earlier comment is named. Read from the later
//! payload alone, so no earlier file is needed to see what changed.
use super::advice::Advice;
use super::follow_up::FollowUp;
use super::rows::target_label;
use crate::domain::triage::case::{CaseChange, CaseVersion, ChangeKind};
use crate::domain::triage::context::RulesContext;
use crate::domain::triage::payload::Payload;
use crate::domain::triage::target::Target;

/// The version the change list is counted from: the one before (the officer answers
/// advice on the version they last sent).
pub fn compared_with(case: &CaseVersion) -> u32 {
    case.version.saturating_sub(1).max(1)
}

/// The change to mark beside a row of `later` pinned to `row`. An answer is named the
/// same in both versions. A condition is named in the change list by its earlier place
/// (unless added), so an edited or moved one is found by its template and new wording.
pub fn change_beside<'a>(later: &'a Payload, row: &Target) -> Option<&'a CaseChange> {
    let changed = &later.case.as_ref()?.changed;
    match row {
        Target::Answer(_) => changed.iter().find(|c| &c.target == row && c.change != ChangeKind::Removed),
        Target::Condition { index, template_id } => {
            let now = later.conditions.get(*index).filter(|c| &c.template_id == template_id)?;
            changed.iter().find(|c| {
                let Target::Condition { index: at, template_id: template } = &c.target else { return false };
                template == template_id
                    && match c.change {
                        ChangeKind::Added => at == index,
                        ChangeKind::Edited | ChangeKind::Moved => c.after.as_deref() == Some(now.wording.trim()),
                        ChangeKind::Removed => false,
                    }
            })
        }
    }
}

/// Whether `later` says it answers `advice` (so the officer's replies in it are to this
/// advice's comments).
pub fn answers_advice(later: &Payload, advice: &Advice) -> bool {
    later.case.as_ref().and_then(|c| c.advice_reference.as_deref()) == Some(advice.advice_reference.as_str())
}

/// What an earlier comment is on, as the later version names it: the change's label
/// when the thing changed (a condition may have moved), else the row's label.
pub fn follow_up_label(follow_up: &FollowUp, later: &Payload, ctx: &RulesContext) -> String {
    if let Some(change) = &follow_up.change {
        return change.label.clone();
    }
    let target = &follow_up.comment.target;
    target_label(later, target, ctx).unwrap_or_else(|| match target {
        Target::Answer(a) => a.question.clone(),
        Target::Condition { index, .. } => format!("Condition {}", index + 1),
    })
}
