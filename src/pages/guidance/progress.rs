//! A trainee's progress through the guidance: which modules they have opened or
//! completed, and which they opened last. Plain Rust (no browser types) so it is tested
//! natively; `progress_store.rs` keeps it in the browser's localStorage.
//!
//! What is stored is deliberately small and not sensitive: module slugs and their
//! statuses, and the slugs of recently opened modules. Nothing a trainee types is kept.
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How far a trainee has got with one module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    NotStarted,
    InProgress,
    Completed,
}

impl Status {
    /// The status as shown beside a module, in words (never colour alone).
    pub fn label(self) -> &'static str {
        match self {
            Status::NotStarted => "Not started",
            Status::InProgress => "In progress",
            Status::Completed => "Completed",
        }
    }

    /// A class modifier for the status tag.
    pub fn class(self) -> &'static str {
        match self {
            Status::NotStarted => "status-tag status-tag--not-started",
            Status::InProgress => "status-tag status-tag--in-progress",
            Status::Completed => "status-tag status-tag--completed",
        }
    }
}

/// How many recently opened modules are remembered.
const RECENT_LIMIT: usize = 20;
/// Longest slug kept: anything longer is not one of ours.
const SLUG_LIMIT: usize = 80;

/// Progress across modules, as kept on this computer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Modules that are started or completed; a missing slug is not started.
    #[serde(default)]
    modules: BTreeMap<String, Status>,
    /// Slugs of opened modules, most recent first.
    #[serde(default)]
    recent: Vec<String>,
}

impl Progress {
    /// Progress read back from storage. Anything unreadable or unexpected is dropped,
    /// so a damaged value means "no progress", never a broken page.
    pub fn from_json(text: &str) -> Progress {
        let Ok(read) = serde_json::from_str::<Progress>(text) else {
            return Progress::default();
        };
        let modules = read
            .modules
            .into_iter()
            .filter(|(slug, status)| is_slug(slug) && *status != Status::NotStarted)
            .collect();
        let mut recent: Vec<String> = Vec::new();
        for slug in read.recent.into_iter().filter(|slug| is_slug(slug)) {
            if !recent.contains(&slug) && recent.len() < RECENT_LIMIT {
                recent.push(slug);
            }
        }
        Progress { modules, recent }
    }

    /// The value to store.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_string())
    }

    /// Whether nothing has been opened or completed.
    pub fn is_empty(&self) -> bool {
        self.modules.is_empty() && self.recent.is_empty()
    }

    pub fn status(&self, slug: &str) -> Status {
        self.modules.get(slug).copied().unwrap_or(Status::NotStarted)
    }

    /// The trainee opened a module: it is in progress unless already completed, and
    /// it becomes the most recent.
    pub fn open(&mut self, slug: &str) {
        if !is_slug(slug) {
            return;
        }
        if self.status(slug) == Status::NotStarted {
            self.modules.insert(slug.to_string(), Status::InProgress);
        }
        self.recent.retain(|s| s != slug);
        self.recent.insert(0, slug.to_string());
        self.recent.truncate(RECENT_LIMIT);
    }

    /// "Mark as complete".
    pub fn complete(&mut self, slug: &str) {
        if is_slug(slug) {
            self.modules.insert(slug.to_string(), Status::Completed);
        }
    }

    /// "Mark as not complete": back to in progress.
    pub fn reopen(&mut self, slug: &str) {
        if is_slug(slug) {
            self.modules.insert(slug.to_string(), Status::InProgress);
        }
    }

    /// How many of these modules are completed (slugs of removed modules do not count).
    pub fn completed_count(&self, slugs: &[&str]) -> usize {
        slugs
            .iter()
            .filter(|slug| self.status(slug) == Status::Completed)
            .count()
    }

    /// "Continue where you left off": the most recently opened of these modules that
    /// is not completed.
    pub fn continue_with<'a>(&self, slugs: &[&'a str]) -> Option<&'a str> {
        self.recent.iter().find_map(|opened| {
            slugs
                .iter()
                .find(|slug| **slug == opened.as_str())
                .filter(|slug| self.status(slug) != Status::Completed)
                .copied()
        })
    }

    /// The first module in reading order that is not completed: offered when every
    /// module opened so far is complete.
    pub fn next_to_read<'a>(&self, slugs: &[&'a str]) -> Option<&'a str> {
        slugs
            .iter()
            .find(|slug| self.status(slug) != Status::Completed)
            .copied()
    }
}

/// Whether `text` looks like a module slug: lowercase letters, digits and hyphens.
fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= SLUG_LIMIT
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    const COURSE: [&str; 4] = ["what-is-an-spo", "recognising-stalking", "three-tests", "interim-and-full-orders"];

    #[test]
    fn a_new_trainee_has_not_started_anything() {
        let progress = Progress::default();
        assert!(progress.is_empty());
        assert_eq!(progress.status("three-tests"), Status::NotStarted);
        assert_eq!(progress.completed_count(&COURSE), 0);
        assert_eq!(progress.continue_with(&COURSE), None);
        assert_eq!(progress.next_to_read(&COURSE), Some("what-is-an-spo"));
    }

    #[test]
    fn opening_a_module_puts_it_in_progress_and_completing_it_counts() {
        let mut progress = Progress::default();
        progress.open("recognising-stalking");
        assert_eq!(progress.status("recognising-stalking"), Status::InProgress);
        progress.complete("recognising-stalking");
        assert_eq!(progress.status("recognising-stalking"), Status::Completed);
        assert_eq!(progress.completed_count(&COURSE), 1);
        // Opening a completed module again leaves it completed.
        progress.open("recognising-stalking");
        assert_eq!(progress.status("recognising-stalking"), Status::Completed);
        progress.reopen("recognising-stalking");
        assert_eq!(progress.status("recognising-stalking"), Status::InProgress);
    }

    #[test]
    fn continue_offers_the_last_module_opened_that_is_not_complete() {
        let mut progress = Progress::default();
        progress.open("what-is-an-spo");
        progress.open("three-tests");
        assert_eq!(progress.continue_with(&COURSE), Some("three-tests"));
        progress.complete("three-tests");
        assert_eq!(progress.continue_with(&COURSE), Some("what-is-an-spo"));
        progress.complete("what-is-an-spo");
        assert_eq!(progress.continue_with(&COURSE), None);
        assert_eq!(progress.next_to_read(&COURSE), Some("recognising-stalking"));
        // Reopening an older module makes it the most recent.
        progress.open("recognising-stalking");
        progress.open("interim-and-full-orders");
        progress.open("recognising-stalking");
        assert_eq!(progress.continue_with(&COURSE), Some("recognising-stalking"));
    }

    #[test]
    fn modules_no_longer_in_the_course_are_ignored() {
        let mut progress = Progress::default();
        progress.open("old-module");
        progress.complete("old-module");
        assert_eq!(progress.completed_count(&COURSE), 0);
        assert_eq!(progress.continue_with(&COURSE), None);
    }

    #[test]
    fn stores_only_slugs_and_statuses_and_reads_them_back() {
        let mut progress = Progress::default();
        progress.open("three-tests");
        progress.complete("what-is-an-spo");
        let json = progress.to_json();
        assert_eq!(json, r#"{"modules":{"three-tests":"in-progress","what-is-an-spo":"completed"},"recent":["three-tests"]}"#);
        assert_eq!(Progress::from_json(&json), progress);
    }

    #[test]
    fn damaged_or_unexpected_storage_is_dropped() {
        assert_eq!(Progress::from_json("not json"), Progress::default());
        assert_eq!(Progress::from_json(r#"{"modules":{"a":"finished"}}"#), Progress::default());
        let read = Progress::from_json(
            r#"{"modules":{"Bad Slug":"completed","<b>":"completed","ok":"not-started","fine":"completed"},"recent":["x y","fine","fine"],"extra":1}"#,
        );
        assert_eq!(read.status("fine"), Status::Completed);
        assert_eq!(read.status("ok"), Status::NotStarted);
        assert_eq!(read.to_json(), r#"{"modules":{"fine":"completed"},"recent":["fine"]}"#);
    }

    #[test]
    fn remembers_a_bounded_number_of_recent_modules() {
        let mut progress = Progress::default();
        for i in 0..30 {
            progress.open(&format!("module-{i}"));
        }
        assert_eq!(progress.recent.len(), RECENT_LIMIT);
        assert_eq!(progress.recent[0], "module-29");
    }
}
