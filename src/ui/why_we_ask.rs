//! "Why we ask this": a small link from a form question to the guidance section that
//! explains it, opening in a new tab so an officer part-way through the form loses
//! nothing.
//!
//! Usage: `<WhyWeAsk slug="three-tests" anchor="necessity"/>`. Only the pairs in
//! [`FORM_LINK_TARGETS`] are allowed (the guidance's own tests check each one exists):
//! debug builds assert it, and the native test `tests/guidance_ui.rs` checks every use
//! written in the source.
use crate::domain::guidance::paths::section_path;
use crate::domain::guidance::FORM_LINK_TARGETS;
use crate::ui::base::href;
use leptos::prelude::*;

/// Whether `(slug, anchor)` is a guidance section the form may link to.
pub fn is_form_link_target(slug: &str, anchor: &str) -> bool {
    FORM_LINK_TARGETS.iter().any(|&(s, a)| s == slug && a == anchor)
}

#[component]
pub fn WhyWeAsk(
    /// The module, e.g. `three-tests`.
    slug: &'static str,
    /// The section's heading id in that module, e.g. `necessity`.
    anchor: &'static str,
) -> impl IntoView {
    debug_assert!(
        is_form_link_target(slug, anchor),
        "WhyWeAsk: ({slug}, {anchor}) is not in FORM_LINK_TARGETS"
    );
    view! {
        <a class="why-we-ask" href=href(&section_path(slug, anchor)) target="_blank" rel="noreferrer">
            "Why we ask this"
            <span class="visually-hidden">" (opens in new tab)"</span>
        </a>
    }
}

/// The same link for a pair held as data (the question catalogue's `why`); the
/// catalogue's own test checks each pair against [`FORM_LINK_TARGETS`].
pub fn why_we_ask(slug: &'static str, anchor: &'static str) -> AnyView {
    WhyWeAsk(WhyWeAskProps { slug, anchor }).into_any()
}
