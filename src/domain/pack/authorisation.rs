//! Document 4: the authorisation record, from the authorising officer's record in the
//! advice file (`review::authorisation`).
//!
//! Law and guidance: the Act names only the chief officer of police (facts item 75,
//! V-LEG s1(1)); superintendent rank or above, acting or temporary included, and the
//! matters they check come from the draft APP (items 75–76, V-SEED:004 §9.2, a
//! consultation draft: item 131).
use super::answers::iso_words;
use super::document::{Document, DocumentKind};
use super::input::PackInput;

/// The authorisation record; marked missing until the authorising officer records it.
pub fn authorisation(input: &PackInput) -> Document {
    let mut doc = Document::new(DocumentKind::Authorisation, input.protective_marking);
    doc.row("Respondent", &input.triage.respondent.name, "the respondent's name");
    doc.fixed_row("Applicant", input.applicant());
    doc.paragraph(
        "The Act gives the power to apply to the chief officer of police. Draft national guidance (the stalking or harassment APP, consultation draft of June 2026) says an officer of superintendent rank or above, acting or temporary ranks included, should authorise the application.",
    );
    let Some(a) = input.authorisation else {
        doc.missing(super::missing::NO_AUTHORISATION);
        return doc.finish();
    };
    doc.row("Authorising officer", &a.officer_name, "the authorising officer's name");
    doc.row("Rank", &a.rank_label(), "the authorising officer's rank");
    doc.row("Date", &iso_words(&a.date), "the date of authorisation");
    doc.fixed_row("Version of the triage", a.version.to_string());
    doc.row("Decision", a.decision.map(|d| d.label()).unwrap_or(""), super::missing::NOT_AUTHORISED);

    doc.heading("Matters considered");
    for (i, m) in a.matters.iter().enumerate() {
        let answer = match m.satisfied {
            Some(true) => "Yes",
            Some(false) => "No",
            None => "Not answered",
        };
        let notes = m.notes.as_deref().map(str::trim).filter(|n| !n.is_empty());
        let notes = notes.map(|n| format!(" Notes: {}.", n.trim_end_matches('.'))).unwrap_or_default();
        doc.numbered(i + 1, format!("{} ({}): {answer}.{notes}", m.matter.label(), m.matter.source()));
    }

    if !a.changed_conditions.is_empty() {
        doc.heading("Conditions reworded by the authorising officer");
        for change in &a.changed_conditions {
            doc.numbered(
                change.index + 1,
                format!("{} Why: {}.", change.wording.trim(), change.why.trim().trim_end_matches('.')),
            );
        }
    }
    doc.paragraph("Signed: ..................................................");
    doc.finish()
}
