//! The court pack, drafted from an authorised triage (issue #17): 1. the complaint;
//! 2. the statement of grounds under the three tests, resting on the chronology's
//! numbered acts and exhibits; 3. the draft interim order (when one is sought) and
//! the draft full order; 4. the authorisation record; 5. the bundle checklist. Each is a
//! [`Document`] (title and blocks), given as print text ([`document_text`]) and as a
//! Word file ([`docx_bytes`]). Every document starts with the protective marking and
//! "Draft: to be checked by legal services". [`missing_for_court`] lists what the final
//! pack still needs; a draft pack can always be made.
//!
//! Plain Rust with no browser types; the law each document uses is cited in its file
//! (facts.md items), and where facts.md says UNVERIFIED the document says to check
//! with legal services.
pub mod answers;
pub mod authorisation;
pub mod case;
pub mod checklist;
pub mod complaint;
pub mod court;
pub mod document;
pub mod docx;
pub mod fixtures;
pub mod grounds;
pub mod input;
pub mod missing;
pub mod order;
pub mod text;

#[cfg(test)]
mod tests;

pub use case::{docx_file_name, kind_of_stem, open_case, PackCase, Standing};
pub use court::{court_route, validate_court, CourtDetails, CourtRoute};
pub use document::{Block, Document, DocumentKind, Value, DRAFT_NOTICE};
pub use docx::{docx_bytes, DOCX_MEDIA_TYPE};
pub use input::PackInput;
pub use missing::{missing_for_court, MissingItem, Place};
pub use text::{document_lines, document_text};

/// A drafted pack: the documents in order, and what is missing for court.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pack {
    pub documents: Vec<Document>,
    pub missing: Vec<MissingItem>,
}

impl Pack {
    /// The document of a kind, if the pack has one (no interim order when none is sought).
    pub fn document(&self, kind: DocumentKind) -> Option<&Document> {
        self.documents.iter().find(|d| d.kind == kind)
    }

    /// Whether the pack can go to court as it is: nothing missing.
    pub fn is_final(&self) -> bool {
        self.missing.is_empty()
    }
}

/// Drafts the whole pack from the answers, whatever is missing.
pub fn draft_pack(input: &PackInput) -> Pack {
    let mut documents = vec![complaint::complaint(input), grounds::grounds(input)];
    documents.extend(order::interim_order(input));
    documents.push(order::full_order(input));
    documents.push(authorisation::authorisation(input));
    let missing = missing::with_document_gaps(missing_for_court(input), &documents);
    let checklist = checklist::checklist(input, &documents, &missing);
    documents.push(checklist);
    Pack { documents, missing }
}
