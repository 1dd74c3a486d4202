//! Per-page basics: the document title and the main heading that takes focus after
//! navigation, so screen reader users hear where they have arrived.
use crate::ui::config_state::use_config;
use leptos::prelude::*;

pub const SERVICE_NAME: &str = "SPO triage and guidance";

/// Set the page title: "<page> – SPO triage and guidance – <force>". Pages with errors
/// pass a title starting "Error: ", as the GOV.UK pattern asks.
pub fn use_title(page: impl Fn() -> String + 'static) {
    let config = use_config();
    Effect::new(move |_| {
        let force = config.with(|c| c.ready().map(|c| c.force.name.clone()));
        let title = match force {
            Some(f) => format!("{} – {SERVICE_NAME} – {f}", page()),
            None => format!("{} – {SERVICE_NAME}", page()),
        };
        document().set_title(&title);
    });
}

/// The page's one `h1`. It can take focus (tabindex -1) so route changes move focus to it.
#[component]
pub fn PageHeading(children: Children, #[prop(optional)] caption: Option<&'static str>) -> impl IntoView {
    view! {
        {caption.map(|c| view! { <span class="caption">{c}</span> })}
        <h1 class="heading-xl" tabindex="-1" id="page-heading">{children()}</h1>
    }
}

/// Move focus to the main heading, once the new page is on screen.
pub fn focus_main_heading() {
    request_animation_frame(|| {
        if let Some(h) = document().get_element_by_id("page-heading") {
            use wasm_bindgen::JsCast;
            if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        }
    });
}

/// Focus an element once the page has drawn the latest change.
pub fn focus_later(id: String) {
    focus_on_a_frame(id, 0);
}

/// Focus the element with this id once it is in the page: on a prerendered page the app
/// draws apart from the document until it takes over (`takeover`), and an element drawn
/// then can be focused only after. Tries on each frame for about five seconds.
pub fn focus_when_shown(id: String) {
    focus_on_a_frame(id, 300);
}

/// On the next frame, focus the element if it is in the page; if not, try again on
/// each of the next `frames_left` frames.
fn focus_on_a_frame(id: String, frames_left: u32) {
    request_animation_frame(move || {
        let el = document().get_element_by_id(&id).and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
        match el {
            Some(el) => {
                let _ = el.focus();
            }
            None if frames_left > 0 => focus_on_a_frame(id, frames_left - 1),
            None => {}
        }
    });
}
