//! The guidance: contents and progress, modules with checks of understanding, search,
//! the glossary and the pathway diagram. The content is rendered at build time
//! (`crate::domain::guidance`); these pages fetch it and show it.
mod contents;
mod data;
mod focus;
mod glossary;
mod module_page;
mod pathway;
mod progress;
mod progress_store;
mod questions;
mod search;
mod text;

pub use contents::GuidanceContents;
pub use glossary::GuidanceGlossary;
pub use module_page::GuidanceModule;
pub use pathway::{GuidancePathway, PathwayDiagram};
pub use search::GuidanceSearch;
