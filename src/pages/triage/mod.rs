//! The officer's triage: a task list of sections done in any order, one page per
//! section, check your answers with a declaration, submission and confirmation.
//! Every rule lives in `crate::domain::triage`; these pages only show and collect.
pub(crate) mod advice_beside;
pub(crate) mod advice_build;
mod check_answers;
mod confirmation;
mod draft_conflict;
mod draft_files;
mod questions_view;
mod section_page;
mod sections;
mod state;
mod submit;
mod task_list;

pub use check_answers::CheckAnswers;
pub use confirmation::Confirmation;
pub use section_page::SectionPage;
pub use state::{provide_triage_state, use_triage, TriageState};
pub use task_list::TaskList;
