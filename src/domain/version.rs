//! Versions shown on the diagnostics page and carried in every payload.

/// The app's version, from Cargo.toml.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The payload schema's major version: the file is published as `schema/spo-triage.v{N}.json`.
pub const SCHEMA_VERSION: u32 = 1;

/// Path of the published JSON Schema, relative to the site's base.
pub fn schema_path() -> String {
    format!("schema/spo-triage.v{SCHEMA_VERSION}.json")
}
