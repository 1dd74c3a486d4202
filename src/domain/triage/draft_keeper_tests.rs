//! An officer's draft in this browser: opening the form, saving as they type, two tabs
//! on one draft, and storage that throws, is full or forgets.
use super::*;
use crate::domain::triage::draft_store::{Behaviour, MemoryStore};
use crate::domain::triage::fixtures::{example_context, example_full_triage};
use crate::domain::triage::SectionId;

const HOUR: f64 = 3_600_000.0;
/// 2 June 2025 10:15 UTC, in Unix ms.
const SAVED_MS: i64 = 1_748_859_300_000;
const SAVED_AT: &str = "2025-06-02T10:15:00.000Z";

fn this_computer(hours: u32) -> Drafts {
    Drafts { storage: DraftStorage::ThisComputer, expiry_hours: Some(hours) }
}

fn this_tab() -> Drafts {
    Drafts { storage: DraftStorage::ThisTab, expiry_hours: None }
}

fn keeper(behaviour: Behaviour, policy: Drafts) -> DraftKeeper<MemoryStore> {
    DraftKeeper::new(MemoryStore::new(behaviour), policy)
}

/// The browser's Date.parse, for the one time these tests write.
fn time_of(text: &str) -> Option<f64> {
    (text == SAVED_AT).then_some(SAVED_MS as f64)
}

fn jo(name: &str) -> Triage {
    let mut t = Triage::default();
    t.about_you.name = name.into();
    t
}

/// A draft as tab `tab` would have stored it.
fn stored(triage: Triage, revision: u64, tab: &str) -> String {
    stamped_json(&SavedTriage::new(triage, SAVED_AT, "0.1.0"), &DraftStamp { revision, tab: tab.into() })
}

fn open(k: &DraftKeeper<impl DraftStore>, sync: &mut DraftSync, now: f64) -> Opening {
    k.open(sync, &Triage::default(), &example_context(), now, time_of)
}

fn pending_json() -> String {
    r#"{"submission_id":"3f2b8c1e-9d4a-4e7b-8a6f-0c5d2e1b7a93","reference":"SPO-7KX4-M9QA"}"#.into()
}

#[test]
fn a_draft_saved_earlier_is_restored_with_its_submission_id() {
    let k = keeper(Behaviour::Keeps, this_computer(72));
    k.store().put(DRAFT_KEY, &stored(example_full_triage(), 4, "other"));
    k.store().put(PENDING_KEY, &pending_json());
    let mut sync = DraftSync::new("me");
    let opening = open(&k, &mut sync, SAVED_MS as f64 + HOUR);
    assert_eq!(opening.draft, Opened::Restored { triage: Box::new(example_full_triage()), saved_at: Some(SAVED_MS as f64) });
    assert_eq!(opening.pending.unwrap().reference, "SPO-7KX4-M9QA");
    // This tab has seen revision 4, and what it loaded counts as saved.
    assert_eq!(sync.known, 4);
    assert_eq!(sync.baseline, Some(example_full_triage()));
    assert!(!sync.has_unsaved(&example_full_triage()));
}

#[test]
fn sections_that_no_longer_pass_are_reopened_on_restoring() {
    let k = keeper(Behaviour::Keeps, this_tab());
    let mut t = example_full_triage();
    t.about_you.name.clear();
    k.store().put(DRAFT_KEY, &stored(t, 1, "other"));
    let Opened::Restored { triage, .. } = open(&k, &mut DraftSync::new("me"), 0.0).draft else { panic!("restored") };
    assert!(!triage.completed_sections.contains(&SectionId::AboutYou));
    assert!(triage.completed_sections.contains(&SectionId::Respondent));
}

#[test]
fn with_nothing_stored_the_empty_form_is_the_baseline() {
    let k = keeper(Behaviour::Keeps, this_computer(72));
    let mut sync = DraftSync::new("me");
    let opening = open(&k, &mut sync, 0.0);
    assert_eq!(opening, Opening { pending: None, draft: Opened::Nothing });
    assert_eq!(sync.baseline, Some(Triage::default()));
    // A pending id that cannot be read is dropped.
    k.store().put(PENDING_KEY, "{not json");
    assert_eq!(open(&k, &mut sync, 0.0).pending, None);
}

#[test]
fn with_drafts_off_nothing_is_read_or_written() {
    let k = keeper(Behaviour::Keeps, Drafts { storage: DraftStorage::Off, expiry_hours: None });
    k.store().put(DRAFT_KEY, &stored(example_full_triage(), 1, "other"));
    let mut sync = DraftSync::new("me");
    assert_eq!(open(&k, &mut sync, 0.0).draft, Opened::Nothing);
    assert_eq!(k.save(&mut sync, &jo("Jo"), false, SAVED_MS, "0.1.0"), Saved::Skipped);
    assert_eq!(k.write(PENDING_KEY, &pending_json()), Ok(()));
    assert_eq!(k.store().peek(PENDING_KEY), None);
    assert_eq!(k.delete(&mut sync), Ok(()));
    assert!(k.store().peek(DRAFT_KEY).is_some());
}

#[test]
fn a_draft_older_than_the_force_allows_is_deleted_with_its_submission_id() {
    let k = keeper(Behaviour::Keeps, this_computer(72));
    k.store().put(DRAFT_KEY, &stored(example_full_triage(), 1, "other"));
    k.store().put(PENDING_KEY, &pending_json());
    let opening = open(&k, &mut DraftSync::new("me"), SAVED_MS as f64 + 73.0 * HOUR);
    assert_eq!(opening, Opening { pending: None, draft: Opened::Expired });
    assert_eq!((k.store().peek(DRAFT_KEY), k.store().peek(PENDING_KEY)), (None, None));
}

#[test]
fn when_a_draft_expires() {
    let saved = Some(SAVED_MS as f64);
    let now = SAVED_MS as f64;
    assert!(!has_expired(&this_computer(72), saved, now + 72.0 * HOUR));
    assert!(has_expired(&this_computer(72), saved, now + 72.0 * HOUR + 1.0));
    // A draft with a time that cannot be read is of unknown age.
    assert!(has_expired(&this_computer(72), None, now));
    // A clock set back does not delete a draft.
    assert!(!has_expired(&this_computer(1), saved, now - 100.0 * HOUR));
    // Drafts kept in this tab, or with no expiry set, never expire.
    assert!(!has_expired(&this_tab(), None, now + 10_000.0 * HOUR));
    assert!(!has_expired(&Drafts { storage: DraftStorage::ThisComputer, expiry_hours: None }, None, now));
}

#[test]
fn a_draft_kept_in_this_tab_is_restored_however_old_and_says_when_unknown() {
    let k = keeper(Behaviour::Keeps, this_tab());
    let mut saved = SavedTriage::new(jo("Jo"), "yesterday", "0.1.0");
    saved.triage.about_you.name = "Jo Old".into();
    k.store().put(DRAFT_KEY, &saved.to_json());
    let opening = open(&k, &mut DraftSync::new("me"), 1e15);
    assert_eq!(opening.draft, Opened::Restored { triage: Box::new(jo("Jo Old")), saved_at: None });
}

#[test]
fn an_unreadable_draft_is_set_aside_not_deleted() {
    let k = keeper(Behaviour::Keeps, this_computer(72));
    k.store().put(DRAFT_KEY, r#"{"format":"spo-triage-draft","schema_version":99}"#);
    let mut sync = DraftSync::new("me");
    let opening = open(&k, &mut sync, 0.0);
    let Opened::Unreadable(e) = opening.draft else { panic!("unreadable") };
    assert_eq!(e.to_string(), "This file was saved by version 99 of the form and cannot be opened by this version");
    assert_eq!(k.store().peek(UNREADABLE_KEY).as_deref(), Some(r#"{"format":"spo-triage-draft","schema_version":99}"#));
    assert_eq!(k.store().peek(DRAFT_KEY), None);
    // New answers are saved as a new draft beside it.
    assert_eq!(k.save(&mut sync, &jo("Jo"), false, SAVED_MS, "0.1.0"), Saved::Written);
    assert!(k.store().peek(UNREADABLE_KEY).is_some());
}

#[test]
fn saving_stamps_the_draft_and_reads_it_back() {
    let k = keeper(Behaviour::Keeps, this_computer(72));
    let mut sync = DraftSync::new("me");
    open(&k, &mut sync, 0.0);
    assert_eq!(k.save(&mut sync, &jo("Jo"), false, SAVED_MS, "0.1.0"), Saved::Written);
    let text = k.store().peek(DRAFT_KEY).unwrap();
    assert_eq!(DraftStamp::read(&text), DraftStamp { revision: 1, tab: "me".into() });
    let back = SavedTriage::parse(&text).unwrap();
    assert_eq!((back.triage, back.saved_at.as_str()), (jo("Jo"), SAVED_AT));
    assert_eq!((sync.known, sync.baseline), (1, Some(jo("Jo"))));
}

#[test]
fn nothing_is_saved_for_an_empty_form_unchanged_answers_or_while_the_officer_is_asked() {
    let k = keeper(Behaviour::Keeps, this_computer(72));
    let mut sync = DraftSync::new("me");
    open(&k, &mut sync, 0.0);
    assert_eq!(k.save(&mut sync, &Triage::default(), false, SAVED_MS, "0.1.0"), Saved::Skipped);
    assert_eq!(k.save(&mut sync, &jo("Jo"), true, SAVED_MS, "0.1.0"), Saved::Skipped);
    assert_eq!(k.store().peek(DRAFT_KEY), None);
    assert_eq!(k.save(&mut sync, &jo("Jo"), false, SAVED_MS, "0.1.0"), Saved::Written);
    k.store().put(DRAFT_KEY, "sentinel");
    assert_eq!(k.save(&mut sync, &jo("Jo"), false, SAVED_MS, "0.1.0"), Saved::Skipped);
    assert_eq!(k.store().peek(DRAFT_KEY).as_deref(), Some("sentinel"));
}

#[test]
fn storage_that_throws_says_drafts_are_not_allowed() {
    let k = keeper(Behaviour::Throws, this_computer(72));
    let mut sync = DraftSync::new("me");
    assert_eq!(open(&k, &mut sync, 0.0).draft, Opened::Problem(StoreProblem::NotAllowed));
    let Saved::Problem(p) = k.save(&mut sync, &jo("Jo"), false, SAVED_MS, "0.1.0") else { panic!("problem") };
    assert!(p.to_string().starts_with("This browser does not allow drafts to be kept"));
    assert!(p.to_string().contains("\u{201c}Save to a file\u{201d}"));
    assert_eq!(k.delete(&mut sync), Err(StoreProblem::NotAllowed));
    // The answers stay on screen, unsaved.
    assert_eq!(sync.baseline, None);
}

#[test]
fn storage_that_is_full_says_the_answers_are_still_on_the_page() {
    let k = keeper(Behaviour::Full, this_computer(72));
    let mut sync = DraftSync::new("me");
    open(&k, &mut sync, 0.0);
    let Saved::Problem(p) = k.save(&mut sync, &jo("Jo"), false, SAVED_MS, "0.1.0") else { panic!("problem") };
    assert_eq!(p, StoreProblem::NotSaved);
    assert!(p.to_string().starts_with("Your answers could not be saved in this browser"));
    assert!(p.to_string().contains("keep this tab open"));
    assert_eq!(sync.known, 0);
}

#[test]
fn storage_that_forgets_is_caught_by_reading_back() {
    let k = keeper(Behaviour::Forgets, this_computer(72));
    let mut sync = DraftSync::new("me");
    open(&k, &mut sync, 0.0);
    assert_eq!(k.save(&mut sync, &jo("Jo"), false, SAVED_MS, "0.1.0"), Saved::Problem(StoreProblem::NotSaved));
    assert_eq!(k.write(PENDING_KEY, &pending_json()), Err(StoreProblem::NotSaved));
}

/// Storage that is there but throws on every call, as a broken profile can.
struct Broken;

impl DraftStore for Broken {
    fn get(&self, _: &str) -> Result<Option<String>, StoreError> {
        Err(StoreError::Refused)
    }
    fn set(&self, _: &str, _: &str) -> Result<(), StoreError> {
        Err(StoreError::Refused)
    }
    fn remove(&self, _: &str) -> Result<(), StoreError> {
        Err(StoreError::Refused)
    }
}

#[test]
fn storage_that_refuses_each_call_names_what_failed() {
    let k = DraftKeeper::new(Broken, this_tab());
    let opened = open(&k, &mut DraftSync::new("me"), 0.0).draft;
    assert_eq!(opened, Opened::Problem(StoreProblem::NotRead));
    assert_eq!(StoreProblem::NotRead.to_string(), "The saved draft could not be read from this browser.");
    assert_eq!(k.write(DRAFT_KEY, "x"), Err(StoreProblem::NotSaved));
    let e = k.delete(&mut DraftSync::new("me")).unwrap_err();
    assert_eq!(e.to_string(), "The draft could not be deleted from this browser.");
}

#[test]
fn another_tabs_newer_answers_are_never_overwritten() {
    let k = keeper(Behaviour::Keeps, this_computer(72));
    let mut sync = DraftSync::new("me");
    open(&k, &mut sync, 0.0);
    let theirs = stored(jo("Jo Alpha"), 1, "other");
    k.store().put(DRAFT_KEY, &theirs);
    assert_eq!(k.save(&mut sync, &jo("Jo Bravo"), false, SAVED_MS, "0.1.0"), Saved::Conflict { their_saved_at: Some(SAVED_AT.into()) });
    assert_eq!(k.store().peek(DRAFT_KEY), Some(theirs));
    // Their draft cannot be read: still theirs, but of no known time.
    k.store().put(DRAFT_KEY, r#"{"revision":2,"tab":"other"}"#);
    assert_eq!(k.save(&mut sync, &jo("Jo Bravo"), false, SAVED_MS, "0.1.0"), Saved::Conflict { their_saved_at: None });
}

#[test]
fn hearing_of_another_tabs_save() {
    let mut sync = DraftSync::new("me");
    sync.known = 3;
    sync.baseline = Some(jo("Jo"));
    let newer = stored(jo("Jo Alpha"), 4, "other");
    let heard = |key: &str, value: Option<&str>, screen: &Triage| other_tab_saved(&sync, Some(key), value, screen);
    // Not the draft, or the draft deleted: nothing to do.
    assert_eq!(heard("spo-guidance-progress", Some(&newer), &jo("Jo")), OtherTabSave::Ignore);
    assert_eq!(heard(DRAFT_KEY, None, &jo("Jo")), OtherTabSave::Ignore);
    assert_eq!(other_tab_saved(&sync, None, Some(&newer), &jo("Jo")), OtherTabSave::Ignore);
    // Already seen, or this tab's own.
    assert_eq!(heard(DRAFT_KEY, Some(&stored(jo("Jo Alpha"), 3, "other")), &jo("Jo")), OtherTabSave::Ignore);
    assert_eq!(heard(DRAFT_KEY, Some(&stored(jo("Jo Alpha"), 9, "me")), &jo("Jo")), OtherTabSave::Ignore);
    // Newer: taken up when nothing here is unsaved (an empty form has nothing to lose).
    assert_eq!(heard(DRAFT_KEY, Some(&newer), &jo("Jo")), OtherTabSave::TakeUp);
    assert_eq!(heard(DRAFT_KEY, Some(&newer), &Triage::default()), OtherTabSave::TakeUp);
    // ...and the officer asked when something is.
    assert_eq!(heard(DRAFT_KEY, Some(&newer), &jo("Jo Bravo")), OtherTabSave::Ask { their_saved_at: Some(SAVED_AT.into()) });
}

#[test]
fn taking_up_another_tabs_answers_counts_them_as_seen() {
    let mut sync = DraftSync::new("me");
    let triage = sync.take_up(&stored(jo("Jo Alpha"), 5, "other"), &example_context());
    assert_eq!(triage, Some(jo("Jo Alpha")));
    assert_eq!((sync.known, sync.baseline.clone()), (5, Some(jo("Jo Alpha"))));
    // Unreadable answers change nothing.
    assert_eq!(sync.take_up("{broken", &example_context()), None);
    assert_eq!(sync.known, 5);
}

#[test]
fn two_tabs_on_one_draft_choose_whose_answers_to_keep() {
    let browser = MemoryStore::new(Behaviour::Keeps);
    let (a, b) = (DraftKeeper::new(&browser, this_computer(72)), DraftKeeper::new(&browser, this_computer(72)));
    let (mut sa, mut sb) = (DraftSync::new("a"), DraftSync::new("b"));
    open(&a, &mut sa, 0.0);
    open(&b, &mut sb, 0.0);
    assert_eq!(a.save(&mut sa, &jo("Jo Alpha"), false, SAVED_MS, "0.1.0"), Saved::Written);

    // b never heard of it: its change is held back and the officer asked.
    assert!(matches!(b.save(&mut sb, &jo("Jo Bravo"), false, SAVED_MS, "0.1.0"), Saved::Conflict { .. }));
    // b chooses a's answers.
    assert_eq!(b.use_other_tabs_answers(&mut sb, &example_context()), Ok(Some(jo("Jo Alpha"))));
    let mut bravo = jo("Jo Alpha");
    bravo.about_you.team = "Bravo Team".into();
    assert_eq!(b.save(&mut sb, &bravo, false, SAVED_MS, "0.1.0"), Saved::Written);

    // Now a is behind; it keeps its own answers, which then go over b's.
    assert!(matches!(a.save(&mut sa, &jo("Jo Alpha Again"), false, SAVED_MS, "0.1.0"), Saved::Conflict { .. }));
    a.keep_this_tabs_answers(&mut sa);
    assert_eq!(a.save(&mut sa, &jo("Jo Alpha Again"), false, SAVED_MS, "0.1.0"), Saved::Written);
    let kept = SavedTriage::parse(&browser.peek(DRAFT_KEY).unwrap()).unwrap().triage;
    assert_eq!(kept, jo("Jo Alpha Again"));

    // A reloaded tab opens the answers kept.
    let opened = open(&b, &mut DraftSync::new("b2"), 0.0).draft;
    assert!(matches!(opened, Opened::Restored { triage, .. } if *triage == jo("Jo Alpha Again")));
}

#[test]
fn choosing_the_other_tabs_answers_after_they_have_gone_keeps_these() {
    let k = keeper(Behaviour::Keeps, this_computer(72));
    let mut sync = DraftSync::new("me");
    assert_eq!(k.use_other_tabs_answers(&mut sync, &example_context()), Ok(None));
    k.store().put(DRAFT_KEY, "{broken");
    assert_eq!(k.use_other_tabs_answers(&mut sync, &example_context()), Ok(None));
    let throws = keeper(Behaviour::Throws, this_computer(72));
    assert_eq!(throws.use_other_tabs_answers(&mut sync, &example_context()), Err(StoreProblem::NotAllowed));
}

#[test]
fn keeping_this_tabs_answers_never_goes_back_on_a_known_revision() {
    let k = keeper(Behaviour::Keeps, this_computer(72));
    let mut sync = DraftSync { tab: "me".into(), known: 7, baseline: Some(jo("Jo")) };
    k.store().put(DRAFT_KEY, &stored(jo("Jo Alpha"), 3, "other"));
    k.keep_this_tabs_answers(&mut sync);
    // The baseline is dropped, so even unchanged answers are written over theirs.
    assert_eq!((sync.known, sync.baseline.clone()), (7, None));
    assert_eq!(k.save(&mut sync, &jo("Jo"), false, SAVED_MS, "0.1.0"), Saved::Written);
    assert_eq!(DraftStamp::read(&k.store().peek(DRAFT_KEY).unwrap()).revision, 8);
}

#[test]
fn deleting_forgets_the_draft_and_the_submission_id() {
    let k = keeper(Behaviour::Keeps, this_computer(72));
    let mut sync = DraftSync::new("me");
    k.save(&mut sync, &jo("Jo"), false, SAVED_MS, "0.1.0");
    k.store().put(PENDING_KEY, &pending_json());
    assert_eq!(k.delete(&mut sync), Ok(()));
    assert_eq!((k.store().peek(DRAFT_KEY), k.store().peek(PENDING_KEY)), (None, None));
    assert_eq!((sync.known, sync.baseline), (0, None));
}
