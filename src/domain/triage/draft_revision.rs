//! Two tabs, one draft. Every draft saved in the browser carries a revision number and
//! the id of the tab that wrote it. Before saving, a tab reads back what is stored: if
//! another tab has saved a newer revision since this tab last loaded or saved, writing
//! would silently throw away the other tab's answers, so the officer is asked instead.
//!
//! The stamp sits beside the saved triage's own fields (which [`SavedTriage::parse`]
//! ignores), so drafts saved before stamps existed still open, as revision 0.
use serde::{Deserialize, Serialize};

use super::draft::SavedTriage;
use super::model::Triage;

/// Who wrote a stored draft, and its place in the sequence of saves.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DraftStamp {
    pub revision: u64,
    pub tab: String,
}

impl DraftStamp {
    /// The stamp of a stored draft. Anything unreadable counts as revision 0 by no tab,
    /// which any tab may overwrite (the unreadable draft is set aside when it is loaded).
    pub fn read(text: &str) -> DraftStamp {
        #[derive(Deserialize)]
        struct Stamp {
            #[serde(default)]
            revision: u64,
            #[serde(default)]
            tab: String,
        }
        match serde_json::from_str::<Stamp>(text.trim_start_matches('\u{feff}')) {
            Ok(s) => DraftStamp { revision: s.revision, tab: s.tab },
            Err(_) => DraftStamp::default(),
        }
    }
}

/// The saved triage's fields and the stamp beside them, written as the file is (the
/// same writer, so the triage's app holds one copy of its serialising code).
#[derive(Serialize)]
struct Stamped<'a> {
    format: &'a str,
    schema_version: u32,
    saved_at: &'a str,
    app_version: &'a str,
    triage: &'a Triage,
    revision: u64,
    tab: &'a str,
}

/// The saved triage as stored in the browser: its JSON plus the stamp.
pub fn stamped_json(saved: &SavedTriage, stamp: &DraftStamp) -> String {
    let stamped = Stamped {
        format: &saved.format,
        schema_version: saved.schema_version,
        saved_at: &saved.saved_at,
        app_version: &saved.app_version,
        triage: &saved.triage,
        revision: stamp.revision,
        tab: &stamp.tab,
    };
    serde_json::to_string_pretty(&stamped).unwrap_or_default()
}

/// What a tab may do with its answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveCheck {
    /// Nothing newer from another tab: write with this stamp.
    Write(DraftStamp),
    /// Another tab saved this since we last loaded or saved: ask the officer first.
    Conflict(DraftStamp),
}

/// Whether tab `tab`, which last loaded or saved revision `known`, may write over the
/// draft stamped `stored` (`None` when there is no draft).
pub fn check_save(tab: &str, known: u64, stored: Option<&DraftStamp>) -> SaveCheck {
    match stored {
        Some(s) if newer_elsewhere(tab, known, s) => SaveCheck::Conflict(s.clone()),
        Some(s) => SaveCheck::Write(DraftStamp { revision: s.revision.max(known) + 1, tab: tab.to_string() }),
        // No draft (never saved, or deleted by another tab): start or carry on the sequence.
        None => SaveCheck::Write(DraftStamp { revision: known + 1, tab: tab.to_string() }),
    }
}

/// Whether `stored` was written by another tab after this one last loaded or saved.
pub fn newer_elsewhere(tab: &str, known: u64, stored: &DraftStamp) -> bool {
    stored.tab != tab && stored.revision > known
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::fixtures::example_full_triage;

    fn stamp(revision: u64, tab: &str) -> DraftStamp {
        DraftStamp { revision, tab: tab.into() }
    }

    #[test]
    fn a_stamped_draft_still_opens_and_keeps_its_stamp() {
        let saved = SavedTriage::new(example_full_triage(), "2026-12-01T10:00:00.000Z", "0.1.0");
        let text = stamped_json(&saved, &stamp(7, "tab-a"));
        assert_eq!(SavedTriage::parse(&text).unwrap(), saved);
        assert_eq!(DraftStamp::read(&text), stamp(7, "tab-a"));
    }

    #[test]
    fn drafts_without_a_stamp_or_unreadable_read_as_revision_zero() {
        let saved = SavedTriage::new(example_full_triage(), "2026-12-01T10:00:00.000Z", "0.1.0");
        assert_eq!(DraftStamp::read(&saved.to_json()), DraftStamp::default());
        for text in ["", "{not json", "[]", "null", r#"{"revision":"7","tab":3}"#, r#"{"revision":-1}"#] {
            assert_eq!(DraftStamp::read(text), DraftStamp::default(), "{text:?}");
        }
    }

    #[test]
    fn the_first_save_starts_at_one() {
        assert_eq!(check_save("a", 0, None), SaveCheck::Write(stamp(1, "a")));
        // A draft from before stamps existed is overwritten as revision 1.
        assert_eq!(check_save("a", 0, Some(&DraftStamp::default())), SaveCheck::Write(stamp(1, "a")));
    }

    #[test]
    fn a_tab_overwrites_its_own_saves() {
        assert_eq!(check_save("a", 3, Some(&stamp(3, "a"))), SaveCheck::Write(stamp(4, "a")));
        // Even if it lost count (a save whose read-back failed), its own draft is its own.
        assert_eq!(check_save("a", 2, Some(&stamp(5, "a"))), SaveCheck::Write(stamp(6, "a")));
    }

    #[test]
    fn a_tab_overwrites_another_tabs_draft_it_has_already_seen() {
        // Tab a loaded b's revision 4 (or chose to keep its own answers over it).
        assert_eq!(check_save("a", 4, Some(&stamp(4, "b"))), SaveCheck::Write(stamp(5, "a")));
    }

    #[test]
    fn a_newer_draft_from_another_tab_is_never_overwritten() {
        assert_eq!(check_save("a", 4, Some(&stamp(5, "b"))), SaveCheck::Conflict(stamp(5, "b")));
        assert_eq!(check_save("a", 0, Some(&stamp(1, "b"))), SaveCheck::Conflict(stamp(1, "b")));
        assert!(newer_elsewhere("a", 4, &stamp(5, "b")));
        assert!(!newer_elsewhere("a", 5, &stamp(5, "b")));
        assert!(!newer_elsewhere("a", 0, &stamp(9, "a")));
    }

    #[test]
    fn two_tabs_taking_turns_always_see_each_other() {
        // a and b both open an empty form; a saves, then b tries to.
        let (mut a_known, mut b_known) = (0, 0);
        let SaveCheck::Write(s1) = check_save("a", a_known, None) else { panic!("a's first save") };
        a_known = s1.revision;
        let SaveCheck::Conflict(theirs) = check_save("b", b_known, Some(&s1)) else { panic!("b must be asked") };
        // b keeps its own answers: it now knows a's revision and may write.
        b_known = theirs.revision;
        let SaveCheck::Write(s2) = check_save("b", b_known, Some(&s1)) else { panic!("b's save") };
        assert!(s2.revision > s1.revision);
        // Now a is behind and must be asked in turn.
        assert_eq!(check_save("a", a_known, Some(&s2)), SaveCheck::Conflict(s2));
    }
}
