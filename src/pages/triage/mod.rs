//! The officer's triage: a task list of sections done in any order, one page per
//! section, check your answers with a declaration, submission and confirmation.
//! Every rule lives in `crate::domain::triage`; these pages only show and collect.
mod check_answers;
mod confirmation;
mod draft_conflict;
mod draft_files;
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

/// `[(choice, label)]` for a radio or checkbox question from a choice type's list.
pub(crate) fn options<T: Copy>(all: &[T], label: fn(T) -> &'static str) -> Vec<(T, String)> {
    all.iter().map(|c| (*c, label(*c).to_string())).collect()
}

/// Bind one field of item `i` of a list in the triage: a missing item reads as empty
/// and ignores writes, so a removed item can never panic a field still on screen.
#[macro_export]
macro_rules! bind_item {
    ($model:expr, [$($list:tt)+], $i:expr, $($path:tt)+) => {{
        let model = $model;
        let i = $i;
        $crate::ui::fields::Bind::new(
            move || model.with(|m| m.$($list)+.get(i).map(|x| x.$($path)+.clone()).unwrap_or_default()),
            move |v| model.update(|m| if let Some(x) = m.$($list)+.get_mut(i) { x.$($path)+ = v; }),
        )
    }};
}
