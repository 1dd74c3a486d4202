//! What changed between two versions of a triage: answers added, removed and edited
//! (each with its label as check answers shows it, its earlier value and its new one),
//! and conditions added, removed, edited or moved, matched by template id so a
//! reordered list reads as moves, not as every condition rewritten.
use crate::domain::conditions::chosen::ChosenCondition;
use crate::domain::triage::case::{CaseChange, ChangeKind};
use crate::domain::triage::context::RulesContext;
use crate::domain::triage::model::{SectionId, Triage};
use crate::domain::triage::payload::Payload;
use crate::domain::triage::target::{AnswerTarget, Target};

use super::rows::{sections_of, submission_context, ReviewRow};
use super::triage_from_payload::triage_from_payload;

/// One answer that changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerChange {
    pub target: AnswerTarget,
    /// As check answers shows it (in the later version, or the earlier one if removed).
    pub label: String,
    /// The earlier value; `None` when it was not answered.
    pub before: Option<String>,
    /// The new value; `None` when it is no longer answered.
    pub after: Option<String>,
}

impl AnswerChange {
    pub fn kind(&self) -> ChangeKind {
        match (&self.before, &self.after) {
            (None, _) => ChangeKind::Added,
            (_, None) => ChangeKind::Removed,
            _ => ChangeKind::Edited,
        }
    }
}

/// A condition as it stood in one version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConditionVersion {
    /// Its place in the list, from 0.
    pub index: usize,
    pub wording: String,
    pub reason: String,
}

/// One condition that changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConditionChange {
    pub template_id: String,
    /// `None` when added.
    pub before: Option<ConditionVersion>,
    /// `None` when removed.
    pub after: Option<ConditionVersion>,
    /// Added, removed, edited (its wording, reason or slots), or only moved.
    pub kind: ChangeKind,
    /// In another place relative to the conditions kept: true for every `Moved`, and for
    /// an `Edited` condition that also moved.
    pub moved: bool,
}

impl ConditionChange {
    /// The condition as the earlier version names it (as the later one, if added).
    pub fn target(&self) -> Target {
        let index = self.before.as_ref().or(self.after.as_ref()).map_or(0, |c| c.index);
        Target::Condition { index, template_id: self.template_id.clone() }
    }

    /// "Condition 2", numbered as in the later version (the earlier one, if removed).
    pub fn label(&self) -> String {
        let index = self.after.as_ref().or(self.before.as_ref()).map_or(0, |c| c.index);
        format!("Condition {}", index + 1)
    }
}

/// Everything that changed, in form order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Changes {
    pub answers: Vec<AnswerChange>,
    pub conditions: Vec<ConditionChange>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty() && self.conditions.is_empty()
    }

    /// The change to this answer, to show beside it with its earlier value.
    pub fn answer(&self, target: &AnswerTarget) -> Option<&AnswerChange> {
        self.answers.iter().find(|c| &c.target == target)
    }

    /// The answers that changed in a section.
    pub fn in_section(&self, section: SectionId) -> impl Iterator<Item = &AnswerChange> + '_ {
        self.answers.iter().filter(move |c| c.target.section == section)
    }

    /// Whether the thing a comment on the earlier version is pinned to changed.
    pub fn touches(&self, target: &Target) -> bool {
        match target {
            Target::Answer(a) => self.answer(a).is_some(),
            Target::Condition { index, template_id } => self.conditions.iter().any(|c| {
                &c.template_id == template_id && c.before.as_ref().is_some_and(|b| b.index == *index)
            }),
        }
    }

    /// The list a payload carries in `case.changed`.
    pub fn to_case_changes(&self) -> Vec<CaseChange> {
        let answers = self.answers.iter().map(|c| CaseChange {
            target: Target::Answer(c.target.clone()),
            label: c.label.clone(),
            change: c.kind(),
            before: c.before.clone(),
            after: c.after.clone(),
        });
        let conditions = self.conditions.iter().map(|c| CaseChange {
            target: c.target(),
            label: c.label(),
            change: c.kind,
            before: c.before.as_ref().map(|v| v.wording.clone()),
            after: c.after.as_ref().map(|v| v.wording.clone()),
        });
        answers.chain(conditions).collect()
    }
}

/// What changed from `before` to `after`. Both are read on the day `after` was
/// submitted, so an age that moved on with the calendar is not a change.
pub fn changes(before: &Payload, after: &Payload, ctx: &RulesContext) -> Changes {
    changes_between(&triage_from_payload(before), &triage_from_payload(after), &submission_context(after, ctx))
}

/// What changed between two sets of answers, both read on `ctx.today`: the form's
/// version of [`changes`], for the officer sending a next version.
pub fn changes_between(before: &Triage, after: &Triage, ctx: &RulesContext) -> Changes {
    let rows = |t: &Triage| -> Vec<ReviewRow> {
        sections_of(t, ctx).into_iter().flat_map(|s| s.rows).filter(|r| matches!(r.target, Target::Answer(_))).collect()
    };
    Changes { answers: answer_changes(&rows(before), &rows(after)), conditions: condition_changes(&before.conditions, &after.conditions) }
}

fn answer_of(row: &ReviewRow) -> Option<&AnswerTarget> {
    match &row.target {
        Target::Answer(a) => Some(a),
        Target::Condition { .. } => None,
    }
}

fn answer_changes(before: &[ReviewRow], after: &[ReviewRow]) -> Vec<AnswerChange> {
    // Later rows in order, with each removed row placed after the row it followed.
    let mut merged: Vec<&ReviewRow> = after.iter().collect();
    let mut last: Option<usize> = None;
    for row in before {
        match merged.iter().position(|r| same_row(r, row)) {
            Some(i) => last = Some(i),
            None => {
                let at = last.map_or(0, |i| i + 1);
                merged.insert(at, row);
                last = Some(at);
            }
        }
    }
    let value = |rows: &[ReviewRow], row: &ReviewRow| rows.iter().find(|r| same_row(r, row)).map(|r| r.value.clone());
    merged
        .into_iter()
        .filter_map(|row| {
            let (old, new) = (value(before, row), value(after, row));
            let target = answer_of(row)?.clone();
            (old != new).then(|| AnswerChange { target, label: row.label.clone(), before: old, after: new })
        })
        .collect()
}

/// Whether two rows are the same answer: the same target and label. An act's
/// evidence and the acts a test rests on are pinned to the act or the test's evidence
/// (so a comment on them lands there) and told apart by their labels.
fn same_row(a: &ReviewRow, b: &ReviewRow) -> bool {
    a.target == b.target && a.label == b.label
}

type Rule = fn(&ChosenCondition, &ChosenCondition) -> bool;

fn same_template(a: &ChosenCondition, b: &ChosenCondition) -> bool {
    a.template_id == b.template_id
}

/// Whether two conditions say the same: wording, reason and slots (the checks the
/// officer answered are not part of the order).
fn same(a: &ChosenCondition, b: &ChosenCondition) -> bool {
    a.template_id == b.template_id && a.wording.trim() == b.wording.trim() && a.reason.trim() == b.reason.trim() && a.slots == b.slots
}

fn version(index: usize, c: &ChosenCondition) -> ConditionVersion {
    ConditionVersion { index, wording: c.wording.trim().to_string(), reason: c.reason.trim().to_string() }
}

fn condition_changes(before: &[ChosenCondition], after: &[ChosenCondition]) -> Vec<ConditionChange> {
    // Pair each later condition with an earlier one: the same condition first, then
    // one from the same template (edited). Pairs are (earlier, later) positions.
    let mut pair_of: Vec<Option<usize>> = vec![None; after.len()];
    let mut used = vec![false; before.len()];
    for matches in [same as Rule, same_template] {
        for (j, c) in after.iter().enumerate() {
            if pair_of[j].is_some() {
                continue;
            }
            if let Some(i) = (0..before.len()).find(|i| !used[*i] && matches(&before[*i], c)) {
                used[i] = true;
                pair_of[j] = Some(i);
            }
        }
    }
    let kept: Vec<(usize, usize)> = pair_of.iter().enumerate().filter_map(|(j, i)| Some(((*i)?, j))).collect();
    let in_order = longest_increasing(&kept.iter().map(|(i, _)| *i).collect::<Vec<_>>());
    let mut out = Vec::new();
    for (j, c) in after.iter().enumerate() {
        let Some(i) = pair_of[j] else {
            out.push(ConditionChange { template_id: c.template_id.clone(), before: None, after: Some(version(j, c)), kind: ChangeKind::Added, moved: false });
            continue;
        };
        let moved = !in_order.contains(&i);
        let edited = !same(&before[i], c);
        if edited || moved {
            let kind = if edited { ChangeKind::Edited } else { ChangeKind::Moved };
            out.push(ConditionChange { template_id: c.template_id.clone(), before: Some(version(i, &before[i])), after: Some(version(j, c)), kind, moved });
        }
    }
    for (i, c) in before.iter().enumerate().filter(|(i, _)| !used[*i]) {
        out.push(ConditionChange { template_id: c.template_id.clone(), before: Some(version(i, c)), after: None, kind: ChangeKind::Removed, moved: false });
    }
    out
}

/// The values of the longest increasing run (not necessarily adjacent) in `xs`: the
/// conditions that kept their order; the others moved.
fn longest_increasing(xs: &[usize]) -> Vec<usize> {
    let n = xs.len();
    let mut length = vec![1usize; n];
    let mut previous: Vec<Option<usize>> = vec![None; n];
    for j in 0..n {
        for i in 0..j {
            if xs[i] < xs[j] && length[i] + 1 > length[j] {
                length[j] = length[i] + 1;
                previous[j] = Some(i);
            }
        }
    }
    // The first of the longest runs: on a tie, the condition that comes first keeps its place.
    let mut at = (0..n).rev().max_by_key(|j| length[*j]);
    let mut out = Vec::new();
    while let Some(j) = at {
        out.push(xs[j]);
        at = previous[j];
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests;
