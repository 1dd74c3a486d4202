//! The product's knowledge in plain Rust: no browser types, tested with `cargo test`.
pub mod areas;
pub mod conditions;
pub mod config;
pub mod csp;
pub mod email;
pub mod guidance;
pub mod handoff;
pub mod order;
pub mod pack;
pub mod review;
pub mod triage;
pub mod version;
