//! A drafted document as data: a title and blocks. The print page renders the blocks,
//! `text.rs` gives them as plain text, `docx.rs` as a Word document, so the three
//! always say the same thing.
//!
//! Every block is one line of text (long answers are split into paragraphs when the
//! block is made), which is what lets a test compare the .docx with the print version
//! line by line.
use serde::{Deserialize, Serialize};

/// Which document of the pack this is, in the pack's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    Complaint,
    Grounds,
    InterimOrder,
    FullOrder,
    Authorisation,
    Checklist,
}

impl DocumentKind {
    /// Every document, in the order of the pack.
    pub const ALL: [DocumentKind; 6] = [
        DocumentKind::Complaint,
        DocumentKind::Grounds,
        DocumentKind::InterimOrder,
        DocumentKind::FullOrder,
        DocumentKind::Authorisation,
        DocumentKind::Checklist,
    ];

    /// The document's title, as printed at its head and listed in the checklist.
    pub fn title(self) -> &'static str {
        match self {
            DocumentKind::Complaint => "Complaint: application for a stalking protection order",
            DocumentKind::Grounds => "Statement of grounds",
            DocumentKind::InterimOrder => "Draft interim stalking protection order",
            DocumentKind::FullOrder => "Draft stalking protection order",
            DocumentKind::Authorisation => "Record of authorisation",
            DocumentKind::Checklist => "Bundle checklist",
        }
    }

    /// The file name stem for downloads: `spo-1-complaint`.
    pub fn file_stem(self) -> &'static str {
        match self {
            DocumentKind::Complaint => "spo-1-complaint",
            DocumentKind::Grounds => "spo-2-grounds",
            DocumentKind::InterimOrder => "spo-3-interim-order",
            DocumentKind::FullOrder => "spo-3-full-order",
            DocumentKind::Authorisation => "spo-4-authorisation",
            DocumentKind::Checklist => "spo-5-bundle-checklist",
        }
    }
}

/// A value in a key–value row: given, or missing with what to add.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "text", rename_all = "snake_case")]
pub enum Value {
    Given(String),
    /// What is missing, e.g. "the respondent's address for service".
    Missing(String),
}

/// One block of a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// The protective marking, first and last.
    Marking { text: String },
    /// "Draft: to be checked by legal services", under the first marking.
    DraftNotice { text: String },
    /// The document's title, after the notice.
    Title { text: String },
    Heading { text: String },
    Paragraph { text: String },
    /// A numbered item: a condition of the order, an act, a checklist line.
    Numbered { number: usize, text: String },
    Row { key: String, value: Value },
    /// Something the final pack needs and this draft does not have.
    Missing { text: String },
}

/// The notice every document carries under its marking.
pub const DRAFT_NOTICE: &str = "Draft: to be checked by legal services";

/// A drafted document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub kind: DocumentKind,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// One line of text: line breaks, tabs, other control characters and runs of spaces
/// become single spaces, so a typed address or a pasted answer still makes one block.
/// Characters XML cannot hold (controls, U+FFFE, U+FFFF) go too, so the .docx of any
/// draft opens and says exactly what the print version says.
pub fn one_line(text: &str) -> String {
    let cleaned: String = text.chars().map(|c| if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' { ' ' } else { c }).collect();
    cleaned.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

impl Document {
    /// A document that starts with the marking and the draft notice.
    pub fn new(kind: DocumentKind, marking: &str) -> Document {
        Document {
            kind,
            title: kind.title().to_string(),
            blocks: vec![
                Block::Marking { text: marking_text(marking) },
                Block::DraftNotice { text: DRAFT_NOTICE.to_string() },
                Block::Title { text: kind.title().to_string() },
            ],
        }
    }

    /// Closes the document with the marking again, as the order text does.
    pub fn finish(mut self) -> Document {
        let marking = self.blocks.first().cloned();
        if let Some(m) = marking {
            self.blocks.push(m);
        }
        self
    }

    pub fn heading(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Heading { text: one_line(&text.into()) });
    }

    /// One paragraph per paragraph of `text` (split at blank lines); nothing for blank text.
    pub fn paragraphs(&mut self, text: &str) {
        for p in text.split("\n\n").map(one_line).filter(|p| !p.is_empty()) {
            self.blocks.push(Block::Paragraph { text: p });
        }
    }

    /// A paragraph of the project's own wording.
    pub fn paragraph(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Paragraph { text: one_line(&text.into()) });
    }

    pub fn numbered(&mut self, number: usize, text: impl Into<String>) {
        self.blocks.push(Block::Numbered { number, text: one_line(&text.into()) });
    }

    /// A row with the answer, or marked missing when the answer is blank.
    pub fn row(&mut self, key: &str, answer: &str, missing: &str) {
        let answer = one_line(answer);
        let value = if answer.is_empty() { Value::Missing(missing.to_string()) } else { Value::Given(answer) };
        self.blocks.push(Block::Row { key: key.to_string(), value });
    }

    /// A row whose value is always given (it is the project's own wording).
    pub fn fixed_row(&mut self, key: &str, value: impl Into<String>) {
        self.blocks.push(Block::Row { key: key.to_string(), value: Value::Given(one_line(&value.into())) });
    }

    pub fn missing(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Missing { text: one_line(&text.into()) });
    }

    /// What each gap marked in the document says is missing, in order.
    pub fn gaps(&self) -> impl Iterator<Item = &str> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Missing { text } | Block::Row { value: Value::Missing(text), .. } => Some(text.as_str()),
            _ => None,
        })
    }

    /// Whether any block of the document is marked missing.
    pub fn has_missing(&self) -> bool {
        self.blocks.iter().any(|b| matches!(b, Block::Missing { .. } | Block::Row { value: Value::Missing(_), .. }))
    }
}

/// The marking as configured, or OFFICIAL-SENSITIVE when config gives none (the
/// config's default: PRODUCT.md).
pub fn marking_text(marking: &str) -> String {
    let m = one_line(marking);
    if m.is_empty() {
        "OFFICIAL-SENSITIVE".to_string()
    } else {
        m
    }
}
