//! The conditions builder and the worked examples. One area, as an example opens in the
//! builder: the builder's set is provided above the routes and kept while moving
//! between them.
use crate::domain::areas::Area;
use crate::pages;
use crate::ui::{areas::OtherArea, base, config_state, shell};
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

pub fn mount() {
    super::mount(Area::Conditions, App);
}

#[component]
fn App() -> impl IntoView {
    config_state::provide_config();
    pages::conditions::provide_builder_state();
    super::take_over_once_configured();
    view! {
        <Router base=base::base_path()>
            <Routes fallback=|| view! { <OtherArea area=Area::Conditions/> }>
                <ParentRoute path=path!("") view=shell::Layout>
                    <Route path=path!("conditions") view=pages::conditions::ConditionsPage/>
                    <Route path=path!("examples") view=pages::examples::ExamplesPage/>
                    <Route path=path!("examples/:slug") view=pages::examples::ExamplePage/>
                    <Route path=path!("*any") view=move || view! { <OtherArea area=Area::Conditions/> }/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
