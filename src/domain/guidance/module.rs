//! A module as the browser receives it: rendered once at build time.
use serde::{Deserialize, Serialize};

use super::source::Source;

/// `guidance/modules/{slug}.json`: one module, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenderedModule {
    pub slug: String,
    /// Position in the course (1 is first).
    pub order: u32,
    pub title: String,
    pub summary: String,
    pub minutes: u32,
    /// `YYYY-MM-DD`.
    pub last_reviewed: String,
    /// Who keeps the module up to date.
    pub owner: String,
    /// The module's sources, in the order its front matter lists them.
    pub sources: Vec<Source>,
    /// The body and its "Sources" list as HTML. Safe to insert with `inner_html`:
    /// raw HTML in the Markdown is escaped and every link target was checked.
    pub html: String,
    /// The `##` headings, in order, ending with the "Sources" list.
    pub contents: Vec<Heading>,
    /// Checks of understanding.
    pub questions: Vec<Question>,
    /// The previous module as `(slug, title)`.
    pub prev: Option<(String, String)>,
    /// The next module as `(slug, title)`.
    pub next: Option<(String, String)>,
}

/// An entry of a module's contents list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heading {
    /// Element id, e.g. `necessity`.
    pub id: String,
    /// The heading as plain text.
    pub text: String,
}

/// A multiple-choice check of understanding. Plain text: the UI escapes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub prompt: String,
    pub options: Vec<String>,
    /// Index into `options` of the right answer.
    pub answer: usize,
    /// Why the answer is right; shown after any attempt.
    pub explanation: String,
}

impl Question {
    /// Whether `choice` (an index into `options`) is the right answer.
    pub fn is_correct(&self, choice: usize) -> bool {
        choice == self.answer
    }
}
