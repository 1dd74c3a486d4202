//! Shared browser pieces: thin components over the domain, used by the pages (never
//! the other way round: nothing here imports `crate::pages` or `crate::app`). Built for
//! wasm only.
pub mod areas;
pub mod base;
pub mod conditions_editor;
pub mod config_state;
pub mod download;
pub mod fetch;
pub mod fields;
pub mod file_field;
pub mod open_file;
pub mod page;
pub mod rules;
pub mod shell;
pub mod storage;
pub mod summary_row;
pub mod takeover;
pub mod why_we_ask;
