//! The officer's form able to answer legal advice: the triage area's second build
//! (Cargo.toml's `answering` feature), which public/boot.js loads instead of `triage`
//! only when advice is in hand. Natively it does nothing.
fn main() {
    #[cfg(target_arch = "wasm32")]
    spo_triage::app::triage::mount();
}
