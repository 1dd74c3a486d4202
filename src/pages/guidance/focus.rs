//! Moving to a section named in the address (`guidance/three-tests#necessity`): once
//! the content is on screen, scroll to it and move focus to it, so keyboard and screen
//! reader users start reading there too.
use super::text::hash_target;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Whenever the address has a `#id` and `ready` gives a new key (e.g. the slug of the
/// module now shown), focus the element with that id.
pub fn use_focus_hash<K>(ready: impl Fn() -> Option<K> + 'static)
where
    K: PartialEq + Clone + 'static,
{
    let location = use_location();
    Effect::new(move |_| {
        let hash = location.hash.get();
        if let (Some(_), Some(id)) = (ready(), hash_target(&hash)) {
            focus_target(id);
        }
    });
}

/// Scroll to the element with this id and focus it, after the next paint (and after
/// the frame's own move of focus to the page heading).
pub fn focus_target(id: String) {
    request_animation_frame(move || {
        request_animation_frame(move || {
            let Some(el) = document().get_element_by_id(&id) else { return };
            let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() else { return };
            if !el.has_attribute("tabindex") {
                let _ = el.set_attribute("tabindex", "-1");
            }
            el.scroll_into_view();
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = el.focus_with_options(&options);
        });
    });
}
