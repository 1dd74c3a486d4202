//! Property tests: generated inputs, thousands at a time, for the parts of the app that
//! read what people type or what files hold. Each property says what must hold for
//! every input; proptest shrinks a failure to its smallest example.
//!
//! Quick by default (a few hundred cases per property, seconds in debug). For the full
//! run set the number of cases for every property:
//! `PROPTEST_CASES=20000 cargo test --release --test properties -- --nocapture`.
//! Each property prints its name, cases and time (seen with `--nocapture`).
mod config;
mod draft;
mod guidance;
mod json;
mod models;
mod notification;
mod payload;
mod questions;
mod review;
mod set_file;
mod support;
mod text;
mod validators;
