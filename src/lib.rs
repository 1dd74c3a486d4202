//! SPO triage: the domain (plain Rust, tested natively) and the browser UI (wasm only).
//! Layers only go downward: `app` (mounting, routes) -> `pages` (one per route) ->
//! `ui` (shared components) -> `domain`.
pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod ui;
