//! Messages about the draft kept in this browser that matter on every triage page:
//! another tab saved newer answers (the officer chooses whose to keep), this tab took
//! up another tab's answers, or the browser would not keep the draft at all.
use super::state::{keep_this_tabs_answers, use_other_tabs_answers, use_triage};
use crate::ui::config_state::use_config;
use leptos::prelude::*;

#[component]
pub fn DraftAlerts() -> impl IntoView {
    let state = use_triage();
    let config = use_config();
    let choose = move |load: bool| {
        let Some(c) = config.with_untracked(|c| c.ready().cloned()) else { return };
        if load {
            use_other_tabs_answers(&state, &c);
        } else {
            keep_this_tabs_answers(&state, &c);
        }
        // The buttons are gone with the notice: put focus somewhere sensible.
        crate::ui::page::focus_main_heading();
    };
    view! {
        {move || state.conflict.get().map(|c| view! {
            <div class="notice notice--warning" id="draft-conflict" role="alert">
                <h2 class="heading-s">"These answers were changed in another tab"</h2>
                <p>{format!("This triage is open in another tab or window, which saved different answers on {}. ", c.their_time)}
                    "Your changes in this tab have not been saved, so that nothing is overwritten without you choosing."</p>
                <div class="button-group">
                    <button type="button" class="button" id="draft-conflict-load" on:click=move |_| choose(true)>
                        "Use the answers from the other tab"</button>
                    <button type="button" class="button button--secondary" id="draft-conflict-keep" on:click=move |_| choose(false)>
                        "Keep the answers in this tab"</button>
                </div>
                <p>"Keeping this tab\u{2019}s answers replaces the other tab\u{2019}s saved answers. Close the tab you no longer need afterwards."</p>
            </div>
        })}
        {move || state.draft.with(|d| d.updated_from_other_tab).then(|| view! {
            <div class="notice" id="draft-updated" role="status">
                <p>"This page now shows the answers saved in another tab or window."</p>
            </div>
        })}
        {move || state.draft.with(|d| d.storage_problem.clone()).map(|p| view! {
            <div class="notice notice--warning" id="draft-storage-problem" role="alert"><p>{p}</p></div>
        })}
    }
}
