//! The apps at the top: one per area of the site (`crate::domain::areas`), each with its
//! own routes and the shared state its pages need, built as its own binary
//! (`src/bin/<area>.rs`) so a page fetches its own area's code only.
//! Layers only go downward: app -> pages -> ui -> domain, so nothing below imports this.
pub mod conditions;
pub mod guidance;
pub mod pack;
pub mod review;
pub mod site;
pub mod triage;

use crate::domain::areas::Area;
use crate::ui::{areas, config_state, takeover};
use leptos::prelude::*;

/// Mount an area's app. Over index.html's loading frame, at once; over a page the build
/// prerendered, into an element outside the document until it can take over (see
/// `takeover`), so the page never holds two copies of an id while the officer uses it.
pub fn mount<V: IntoView + 'static>(area: Area, app: fn() -> V) {
    // Where the app stopped, for the IT service desk (the browser's console): the file
    // and line only, never the message, which could hold an answer.
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        web_sys::console::error_1(&format!("The app stopped: internal error at {at}").into());
    }));
    areas::send_other_areas_to_the_browser(area);
    if takeover::prerendered_frame().is_some() {
        let Ok(root) = document().create_element("div") else { return };
        root.set_id(takeover::ROOT_ID);
        use wasm_bindgen::JsCast;
        let root: web_sys::HtmlElement = root.unchecked_into();
        takeover::keep_root(root.clone());
        leptos::mount::mount_to(root, app).forget();
        return;
    }
    if let Some(frame) = document().get_element_by_id(takeover::FRAME_ID) {
        frame.remove();
    }
    leptos::mount::mount_to_body(app);
}

/// Starts the takeover of a prerendered page once `ready` holds, or the config is
/// broken (the page then says so).
pub fn take_over_when(ready: impl Fn() -> bool + 'static) {
    let (Some(frame), Some(root)) = (takeover::prerendered_frame(), takeover::kept_root()) else {
        return;
    };
    let config = config_state::use_config();
    takeover::take_over_when_ready(frame, root, move || {
        ready() || config.with_untracked(|c| matches!(c, config_state::ConfigState::Broken(_)))
    });
}

/// The takeover for an area whose pages need only the config.
pub fn take_over_once_configured() {
    let config = config_state::use_config();
    take_over_when(move || config.with_untracked(|c| c.ready().is_some()));
}
