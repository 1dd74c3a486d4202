//! Document 5: the bundle checklist: the pack's documents (drafted, or drafted with
//! gaps), what else goes in the bundle, and everything missing for court.
//!
//! The national example forms include a magistrates' court bundle checklist and a
//! notification requirement form (facts item 79, V-SEED:004 §9.9). An annotated map
//! goes with an exclusion zone, and a record of Youth Justice Service contact with an
//! application against a child (facts 2E, V-SEED:004 §9.3, §9.4). The hearsay notice
//! rule is an inference (facts 2E, UNVERIFIED): check with legal services.
use super::document::{Document, DocumentKind};
use super::input::PackInput;
use super::missing::MissingItem;
use crate::domain::triage::chronology::{in_date_order, EvidenceKind};

/// The checklist, given the pack's other documents and the missing list.
pub fn checklist(input: &PackInput, documents: &[Document], missing: &[MissingItem]) -> Document {
    let mut doc = Document::new(DocumentKind::Checklist, input.protective_marking);
    doc.row("Respondent", &input.triage.respondent.name, "the respondent's name");

    doc.heading("Documents in this pack");
    for (i, d) in documents.iter().enumerate() {
        let state = if d.has_missing() { "drafted, with gaps marked [Missing]" } else { "drafted" };
        doc.numbered(i + 1, format!("{}: {state}", d.title));
    }

    doc.heading("Also for the bundle");
    let mut n = 0;
    let mut item = |doc: &mut Document, text: String| {
        n += 1;
        doc.numbered(n, text);
    };
    let acts = in_date_order(&input.triage.acts);
    let exhibits: Vec<&str> = acts.iter().flat_map(|a| a.exhibits()).collect();
    if exhibits.is_empty() {
        item(&mut doc, "The exhibits: none are listed in the chronology yet".to_string());
    } else {
        item(&mut doc, format!("The exhibits: {}", exhibits.join(", ")));
    }
    let statements: Vec<&str> = acts
        .iter()
        .flat_map(|a| a.evidence.iter())
        .filter(|e| e.kind == Some(EvidenceKind::Statement) && !e.exhibit.trim().is_empty())
        .map(|e| e.exhibit.trim())
        .collect();
    if !statements.is_empty() {
        item(&mut doc, format!("Signed witness statements: {}", statements.join(", ")));
    }
    for (i, c) in input.conditions().iter().enumerate() {
        for map in c.slots.iter().filter_map(|s| s.map_reference.as_deref()).map(str::trim).filter(|m| !m.is_empty()) {
            item(&mut doc, format!("The annotated map {map}, for condition {}", i + 1));
        }
    }
    if input.route().is_youth() {
        item(&mut doc, "The record of contact with the Youth Justice Service".to_string());
    }
    item(&mut doc, "The notification requirement form, to be given to the respondent with the order".to_string());
    item(
        &mut doc,
        "A hearsay notice, if the evidence includes hearsay: check with legal services whether one is needed and by when".to_string(),
    );

    doc.heading("Missing for court");
    if missing.is_empty() {
        doc.paragraph("Nothing is missing.");
    }
    for (i, m) in missing.iter().enumerate() {
        doc.numbered(i + 1, m.sentence());
    }
    doc.finish()
}
