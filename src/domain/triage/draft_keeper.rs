//! The protocol for the draft kept in this browser, over any [`DraftStore`]: what is
//! restored when the form opens, when a draft has expired, when this tab takes up
//! answers another tab saved and when the officer must choose, and that every write is
//! read back. The browser keeps the answers in signals and calls these; it decides
//! nothing itself.
//!
//! The revision rules (who may write over whom) are [`check_save`]'s, in `draft_revision`.
use std::fmt;

use serde::{Deserialize, Serialize};

use super::context::RulesContext;
use super::dates::rfc3339_from_unix_millis;
use super::draft::{holds_advice, DraftError, SavedTriage, DRAFT_KEY, PENDING_KEY};
use super::draft_revision::{check_save, newer_elsewhere, stamped_json, DraftStamp, SaveCheck};
use super::draft_store::{DraftStore, StoreError};
use super::model::Triage;
use crate::domain::config::{DraftStorage, Drafts};

/// Where an unreadable draft is moved, so saving new answers never destroys it unasked.
pub const UNREADABLE_KEY: &str = "spo-triage-draft-unreadable";

/// The id and reference given to this triage when the officer first pressed submit,
/// kept with the draft so a retry sends the same ones.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub submission_id: String,
    pub reference: String,
}

/// What went wrong with the store, in the officer's words ([`fmt::Display`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreProblem {
    /// The browser will not keep drafts at all.
    NotAllowed,
    NotRead,
    /// A write failed, or was not there when read back.
    NotSaved,
    NotDeleted,
}

impl fmt::Display for StoreProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            StoreProblem::NotAllowed => "This browser does not allow drafts to be kept, so your answers are not being saved as you go. Use \u{201c}Save to a file\u{201d} to keep a copy.",
            StoreProblem::NotRead => "The saved draft could not be read from this browser.",
            StoreProblem::NotSaved => "Your answers could not be saved in this browser: its storage may be full or turned off. They are still on this page, so keep this tab open, and use \u{201c}Save to a file\u{201d} to download a copy.",
            StoreProblem::NotDeleted => "The draft could not be deleted from this browser.",
        })
    }
}

/// What this tab knows of the stored draft.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftSync {
    /// This page's id, made afresh on each load: a reloaded tab reads the draft anew.
    pub tab: String,
    /// The revision this tab last loaded or saved.
    pub known: u64,
    /// The answers as last loaded or saved: equal answers need no save.
    pub baseline: Option<Triage>,
}

impl DraftSync {
    pub fn new(tab: impl Into<String>) -> DraftSync {
        DraftSync { tab: tab.into(), ..DraftSync::default() }
    }

    /// Whether the answers on screen differ from those last loaded or saved (an empty
    /// form has nothing to lose).
    pub fn has_unsaved(&self, on_screen: &Triage) -> bool {
        on_screen.has_any_answers() && self.baseline.as_ref() != Some(on_screen)
    }

    /// Takes up the answers another tab saved as `text`: this tab now knows that
    /// revision. `None` (and nothing changed) when they cannot be read.
    pub fn take_up(&mut self, text: &str, rules: &RulesContext) -> Option<Triage> {
        let mut triage = SavedTriage::parse(text).ok()?.triage;
        // Ages and "today" may have moved on since the draft was saved.
        triage.refresh_completed(rules);
        self.known = DraftStamp::read(text).revision;
        self.baseline = Some(triage.clone());
        Some(triage)
    }
}

/// What was found when the form opened.
#[derive(Clone, Debug, PartialEq)]
pub struct Opening {
    /// The submission under way when the form was last open.
    pub pending: Option<Pending>,
    pub draft: Opened,
}

/// What became of the stored draft when the form opened.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    Nothing,
    /// Storage refused to read.
    Problem(StoreProblem),
    /// Older than the force allows: deleted, with its pending submission.
    Expired,
    /// Could not be opened: set aside under [`UNREADABLE_KEY`], not deleted.
    Unreadable(DraftError),
    /// `saved_at` in Unix milliseconds, `None` when it cannot be read as a time.
    Restored { triage: Box<Triage>, saved_at: Option<f64> },
    /// Holds legal advice being answered, which this build of the form cannot hold
    /// ([`DraftError::HoldsAdvice`]): left where it is, for the advice build to open.
    HoldsAdvice,
}

/// What came of saving.
#[derive(Clone, Debug, PartialEq)]
pub enum Saved {
    /// Nothing to do: drafts are off, the form is empty, the officer is being asked
    /// whose answers to keep, or nothing changed since the last load or save.
    Skipped,
    Written,
    /// Another tab saved newer answers: nothing was written. `their_saved_at` is when
    /// (RFC 3339) if their draft can be read.
    Conflict { their_saved_at: Option<String> },
    Problem(StoreProblem),
}

/// What to do when another tab has written to the store.
#[derive(Clone, Debug, PartialEq)]
pub enum OtherTabSave {
    /// Not the draft, deleted, or nothing this tab has not seen.
    Ignore,
    /// Newer answers, and this tab has unsaved ones of its own: ask the officer.
    Ask { their_saved_at: Option<String> },
    /// Newer answers, and nothing here to lose: take them up ([`DraftSync::take_up`]).
    TakeUp,
}

/// Whether a draft saved at `saved_at` (Unix ms; `None` if unreadable) has expired at
/// `now`. Only drafts kept on this computer expire; one whose time cannot be read is
/// treated as expired, since its age cannot be known.
pub fn has_expired(policy: &Drafts, saved_at: Option<f64>, now: f64) -> bool {
    policy.storage == DraftStorage::ThisComputer
        && policy.expiry_hours.is_some_and(|h| saved_at.is_none_or(|ms| (now - ms) / 3_600_000.0 > f64::from(h)))
}

/// What this tab should do on hearing that `key` was set to `new_value` elsewhere.
pub fn other_tab_saved(sync: &DraftSync, key: Option<&str>, new_value: Option<&str>, on_screen: &Triage) -> OtherTabSave {
    let Some(text) = new_value.filter(|_| key == Some(DRAFT_KEY)) else { return OtherTabSave::Ignore };
    if !newer_elsewhere(&sync.tab, sync.known, &DraftStamp::read(text)) {
        return OtherTabSave::Ignore;
    }
    if sync.has_unsaved(on_screen) {
        OtherTabSave::Ask { their_saved_at: saved_at_of(text) }
    } else {
        OtherTabSave::TakeUp
    }
}

/// When a stored draft was saved, if it can be read.
fn saved_at_of(text: &str) -> Option<String> {
    SavedTriage::parse(text).ok().map(|s| s.saved_at)
}

/// The draft in a [`DraftStore`] under the force's policy.
pub struct DraftKeeper<S> {
    store: S,
    policy: Drafts,
}

impl<S: DraftStore> DraftKeeper<S> {
    pub fn new(store: S, policy: Drafts) -> DraftKeeper<S> {
        DraftKeeper { store, policy }
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    fn off(&self) -> bool {
        self.policy.storage == DraftStorage::Off
    }

    /// The text under `key`; nothing when drafts are off.
    pub fn read(&self, key: &str) -> Result<Option<String>, StoreProblem> {
        if self.off() {
            return Ok(None);
        }
        self.store.get(key).map_err(|e| match e {
            StoreError::Unavailable => StoreProblem::NotAllowed,
            StoreError::Refused => StoreProblem::NotRead,
        })
    }

    /// Write, then read back: some locked-down browsers accept a write and keep nothing
    /// (or keep it only in memory), and a full store may fail silently.
    pub fn write(&self, key: &str, value: &str) -> Result<(), StoreProblem> {
        if self.off() {
            return Ok(());
        }
        self.store.set(key, value).map_err(|e| match e {
            StoreError::Unavailable => StoreProblem::NotAllowed,
            StoreError::Refused => StoreProblem::NotSaved,
        })?;
        match self.store.get(key) {
            Ok(Some(back)) if back == value => Ok(()),
            _ => Err(StoreProblem::NotSaved),
        }
    }

    pub fn remove(&self, key: &str) -> Result<(), StoreProblem> {
        if self.off() {
            return Ok(());
        }
        self.store.remove(key).map_err(|e| match e {
            StoreError::Unavailable => StoreProblem::NotAllowed,
            StoreError::Refused => StoreProblem::NotDeleted,
        })
    }

    /// Opens the form: the pending submission and the draft, unless it has expired (then
    /// both are deleted) or cannot be read (then it is set aside). Afterwards this tab
    /// knows what it loaded, or that it loaded nothing over `on_screen`. `time_of` reads
    /// an RFC 3339 time as Unix ms (the browser's `Date.parse`).
    pub fn open(
        &self,
        sync: &mut DraftSync,
        on_screen: &Triage,
        rules: &RulesContext,
        now: f64,
        time_of: impl Fn(&str) -> Option<f64>,
    ) -> Opening {
        let mut pending = match self.read(PENDING_KEY) {
            Ok(Some(p)) => serde_json::from_str(&p).ok(),
            _ => None,
        };
        let draft = match self.read(DRAFT_KEY) {
            Err(e) => Opened::Problem(e),
            Ok(None) => Opened::Nothing,
            Ok(Some(text)) => match SavedTriage::parse(&text) {
                Ok(saved) => {
                    let saved_at = time_of(&saved.saved_at);
                    if has_expired(&self.policy, saved_at, now) {
                        let _ = self.remove(DRAFT_KEY);
                        let _ = self.remove(PENDING_KEY);
                        pending = None;
                        Opened::Expired
                    } else {
                        let mut triage = saved.triage;
                        triage.refresh_completed(rules);
                        sync.known = DraftStamp::read(&text).revision;
                        Opened::Restored { triage: Box::new(triage), saved_at }
                    }
                }
                Err(DraftError::HoldsAdvice) => Opened::HoldsAdvice,
                Err(e) => {
                    let _ = self.write(UNREADABLE_KEY, &text);
                    let _ = self.remove(DRAFT_KEY);
                    Opened::Unreadable(e)
                }
            },
        };
        // What is on screen now is what this tab loaded (perhaps nothing).
        sync.baseline = Some(match &draft {
            Opened::Restored { triage, .. } => (**triage).clone(),
            _ => on_screen.clone(),
        });
        Opening { pending, draft }
    }

    /// Saves `triage` at `now` (Unix ms), unless another tab has saved newer answers
    /// since this tab last loaded or saved, or there is nothing to save.
    /// `asking` is whether the officer is already being asked whose answers to keep.
    pub fn save(&self, sync: &mut DraftSync, triage: &Triage, asking: bool, now: i64, app_version: &str) -> Saved {
        if self.off() || !triage.has_any_answers() || asking || sync.baseline.as_ref() == Some(triage) {
            return Saved::Skipped;
        }
        let stored = match self.read(DRAFT_KEY) {
            Ok(s) => s,
            Err(e) => return Saved::Problem(e),
        };
        let stamp = match check_save(&sync.tab, sync.known, stored.as_deref().map(DraftStamp::read).as_ref()) {
            SaveCheck::Write(stamp) => stamp,
            SaveCheck::Conflict(_) => return Saved::Conflict { their_saved_at: stored.as_deref().and_then(saved_at_of) },
        };
        let saved = SavedTriage::new(triage.clone(), &rfc3339_from_unix_millis(now), app_version);
        match self.write(DRAFT_KEY, &stamped_json(&saved, &stamp)) {
            Ok(()) => {
                sync.known = stamp.revision;
                sync.baseline = Some(triage.clone());
                Saved::Written
            }
            Err(e) => Saved::Problem(e),
        }
    }

    /// The officer chose the other tab's answers: the triage to show, or `None` when
    /// their draft has gone (sent or deleted) or cannot be read, and this tab's answers
    /// are to be kept ([`Self::keep_this_tabs_answers`]).
    pub fn use_other_tabs_answers(&self, sync: &mut DraftSync, rules: &RulesContext) -> Result<Option<Triage>, StoreProblem> {
        Ok(self.read(DRAFT_KEY)?.and_then(|text| sync.take_up(&text, rules)))
    }

    /// Whether the stored draft holds advice this build of the form cannot hold
    /// ([`DraftError::HoldsAdvice`]), so the page must load the form's advice build.
    pub fn holds_advice(&self) -> bool {
        matches!(self.read(DRAFT_KEY), Ok(Some(text)) if holds_advice(&text))
    }

    /// The officer chose this tab's answers: it now counts the other tab's draft as seen,
    /// so the next [`Self::save`] writes over it.
    pub fn keep_this_tabs_answers(&self, sync: &mut DraftSync) {
        if let Ok(Some(text)) = self.read(DRAFT_KEY) {
            sync.known = sync.known.max(DraftStamp::read(&text).revision);
        }
        sync.baseline = None;
    }

    /// Deletes the draft and the pending submission (after sending, or on request).
    pub fn delete(&self, sync: &mut DraftSync) -> Result<(), StoreProblem> {
        let draft = self.remove(DRAFT_KEY);
        let pending = self.remove(PENDING_KEY);
        sync.known = 0;
        sync.baseline = None;
        draft.and(pending)
    }
}

#[cfg(test)]
#[path = "draft_keeper_tests.rs"]
mod tests;
