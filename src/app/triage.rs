//! The officer's form: the task list, one page per section, check answers and the
//! confirmation, with the conditions editor the conditions section embeds.
use crate::domain::areas::Area;
use crate::pages;
use crate::ui::{areas::OtherArea, base, config_state, shell};
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

pub fn mount() {
    super::mount(Area::Triage, App);
}

/// The triage's state is provided above the routes, so answers survive moving between
/// its pages; the takeover waits until a saved draft is restored.
#[component]
fn App() -> impl IntoView {
    config_state::provide_config();
    pages::triage::provide_triage_state();
    let triage = pages::triage::use_triage();
    super::take_over_when(move || triage.ready.get_untracked());
    view! {
        <Router base=base::base_path()>
            <Routes fallback=|| view! { <OtherArea area=Area::Triage/> }>
                <ParentRoute path=path!("") view=shell::Layout>
                    <Route path=path!("triage") view=pages::triage::TaskList/>
                    <Route path=path!("triage/check-answers") view=pages::triage::CheckAnswers/>
                    <Route path=path!("triage/confirmation") view=pages::triage::Confirmation/>
                    <Route path=path!("triage/:section") view=pages::triage::SectionPage/>
                    <Route path=path!("*any") view=move || view! { <OtherArea area=Area::Triage/> }/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
