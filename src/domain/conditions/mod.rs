//! Conditions: the catalogue of prohibitions and requirements, the officer's chosen
//! set, its wording and the checks on it.
//!
//! - [`catalogue`]: the templates and the filters over them.
//! - [`chosen`]: a chosen condition as it travels in the payload.
//! - [`wording`]: a template's wording filled in from the slots.
//! - [`checks`] (with [`phrases`]): the findings on a set of conditions.
//! - [`order_text`]: the numbered order text.
//! - [`set_file`]: saving and opening a set of conditions.
//! - [`examples`]: worked example cases for trainers.
//! - `load` (native only): reading and checking the content at build time.
pub mod catalogue;
pub mod checks;
pub mod chosen;
pub mod examples;
pub mod handoff;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod order_text;
pub mod phrases;
pub mod set_file;
pub mod wording;

#[cfg(test)]
mod fixture;

/// Called by the build tool (`xtask`) to get the conditions JSON for the site.
#[cfg(not(target_arch = "wasm32"))]
pub use load::{load_catalogue, load_examples, site_bundle};
