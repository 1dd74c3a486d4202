//! One short component per route.
pub mod accessibility;
pub mod conditions;
pub mod diagnostics;
pub mod examples;
pub mod guidance;
pub mod home;
pub mod not_found;
pub mod pack;
pub mod review;
pub mod triage;
