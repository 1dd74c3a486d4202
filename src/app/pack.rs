//! The court pack: its own app, so its drafting and the Word writer reach no other area.
use crate::domain::areas::Area;
use crate::pages;
use crate::ui::{areas::OtherArea, base, config_state, shell};
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

pub fn mount() {
    super::mount(Area::Pack, App);
}

#[component]
fn App() -> impl IntoView {
    config_state::provide_config();
    pages::pack::provide_pack_state();
    super::take_over_once_configured();
    view! {
        <Router base=base::base_path()>
            <Routes fallback=|| view! { <OtherArea area=Area::Pack/> }>
                <ParentRoute path=path!("") view=shell::Layout>
                    <Route path=path!("pack") view=pages::pack::PackPage/>
                    <Route path=path!("pack/court") view=pages::pack::CourtPage/>
                    <Route path=path!("pack/document/:stem") view=pages::pack::DocumentPage/>
                    <Route path=path!("*any") view=move || view! { <OtherArea area=Area::Pack/> }/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
