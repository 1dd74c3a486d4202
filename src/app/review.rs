//! Legal services' review of a delivered triage: its own app, so none of its code
//! reaches the officer's form.
use crate::domain::areas::Area;
use crate::pages;
use crate::ui::{areas::OtherArea, base, config_state, shell};
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

pub fn mount() {
    super::mount(Area::Review, App);
}

#[component]
fn App() -> impl IntoView {
    config_state::provide_config();
    pages::review::provide_review_state();
    // Here, not lazily in the first part that asks: a context provided inside the page's
    // branch outlived the signals it holds when the branch was redrawn (a triage closed
    // and another opened), and the next reading of the conditions stopped the app.
    crate::ui::conditions_editor::provide_conditions_data();
    super::take_over_once_configured();
    view! {
        <Router base=base::base_path()>
            <Routes fallback=|| view! { <OtherArea area=Area::Review/> }>
                <ParentRoute path=path!("") view=shell::Layout>
                    <Route path=path!("review") view=pages::review::ReviewPage/>
                    <Route path=path!("review/answer") view=pages::review::AnswerAdvice/>
                    <Route path=path!("*any") view=move || view! { <OtherArea area=Area::Review/> }/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
