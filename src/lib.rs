//! SPO triage: the domain (plain Rust, tested natively) and the browser UI (wasm only).
pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod ui;
