//! The Pack area's app (see `spo_triage::domain::areas`). Natively it does nothing, so
//! `cargo test` can build every target of the package without a browser.
fn main() {
    #[cfg(target_arch = "wasm32")]
    spo_triage::app::pack::mount();
}
