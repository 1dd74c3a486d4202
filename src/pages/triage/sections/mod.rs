//! What each section page shows: its questions from the catalogue
//! (`super::questions_view`), the extras around them, and the conditions editor.
pub mod chronology;
pub mod conditions;
pub mod extras;

use super::questions_view::SectionQuestions;
use crate::domain::triage::SectionId;
use leptos::prelude::*;

/// The questions for `section`.
pub fn fields(section: SectionId) -> AnyView {
    match section {
        SectionId::Declaration => ().into_any(),
        _ => view! { <SectionQuestions section=section/> }.into_any(),
    }
}
