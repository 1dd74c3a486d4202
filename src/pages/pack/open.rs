//! Opening the case: the triage's JSON file as the flow delivered it, and the advice
//! on it if there is any. Each is checked as the Review area checks it; a wrong,
//! damaged or foreign file is refused beside its box and nothing is half-opened.
use super::state::{rules, use_pack};
use crate::domain::pack::case::{ADVICE_FILE, TRIAGE_FILE};
use crate::domain::pack::open_case;
use crate::ui::config_state::use_config;
use crate::ui::file_field::{Chosen, FileField};
use leptos::prelude::*;

#[component]
pub fn OpenCase() -> impl IntoView {
    let state = use_pack();
    let config = use_config();
    let triage: Chosen = RwSignal::new(None);
    let advice: Chosen = RwSignal::new(None);
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(c) = config.with_untracked(|c| c.ready().cloned()) else { return };
        let (t, a) = (triage.get_untracked(), advice.get_untracked());
        match open_case(t.as_ref().map(|(_, text)| text.as_str()), a.as_ref().map(|(_, text)| text.as_str()), &rules(&c)) {
            Ok(case) => {
                state.open(case, &c);
                crate::ui::page::focus_main_heading();
            }
            Err(problems) => state.show_errors(problems),
        }
    };
    view! {
        <p>"Drafts the complaint, the statement of grounds, the draft orders, the record of authorisation and the bundle checklist from the answers the officer sent, for legal services to check and edit before anything is filed."</p>
        <p>"Open the triage's file and, once legal services have advised, their advice file with the authorising officer's decision in it. Without the advice you can still make a draft. Nothing is uploaded: the files are read in this browser."</p>
        <form novalidate on:submit=open>
            <FileField id=TRIAGE_FILE label="The triage's file" hint="The .json file the force's flow delivered, for example SPO-7KX4-M9QA.json" chosen=triage errors=state.errors/>
            <FileField id=ADVICE_FILE label="The advice file (optional)" hint="From legal services, on the same version of the triage, for example SPO-7KX4-M9QA-v1-advice.json" chosen=advice errors=state.errors/>
            <button type="submit" class="button" id="open-case">"Open and draft the pack"</button>
        </form>
    }
}
