//! Loading the guidance files the build writes beside the app (`guidance/*.json`),
//! once per visit: each is kept in memory after its first successful load.
use crate::domain::guidance::paths::{module_json_path, INDEX_JSON_PATH, SEARCH_JSON_PATH};
use crate::domain::guidance::{GuidanceIndex, RenderedModule, SearchIndex};
use crate::ui::base::asset;
use crate::ui::fetch::{send, Call};
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

/// Why a guidance file could not be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadError {
    /// The server has no such file: a mistyped or old module address.
    NotFound,
    /// No answer, an error status, or a file that could not be read.
    Failed,
}

impl LoadError {
    /// The message shown in place of the content.
    pub fn message(self) -> &'static str {
        match self {
            LoadError::NotFound => "There is no guidance module at this address. It may have been renamed or removed.",
            LoadError::Failed => "The guidance could not be loaded. Check your connection and reload the page.",
        }
    }
}

pub type Loaded<T> = Result<Arc<T>, LoadError>;

thread_local! {
    static INDEX: RefCell<Option<Arc<GuidanceIndex>>> = const { RefCell::new(None) };
    static SEARCH: RefCell<Option<Arc<SearchIndex>>> = const { RefCell::new(None) };
    static MODULES: RefCell<HashMap<String, Arc<RenderedModule>>> = RefCell::new(HashMap::new());
}

/// The list of modules, the glossary and the sources.
pub async fn index() -> Loaded<GuidanceIndex> {
    if let Some(hit) = INDEX.with_borrow(|c| c.clone()) {
        return Ok(hit);
    }
    let index = Arc::new(fetch_json::<GuidanceIndex>(INDEX_JSON_PATH).await?);
    INDEX.with_borrow_mut(|c| *c = Some(index.clone()));
    Ok(index)
}

/// One module, ready to show.
pub async fn module(slug: &str) -> Loaded<RenderedModule> {
    if let Some(hit) = MODULES.with_borrow(|c| c.get(slug).cloned()) {
        return Ok(hit);
    }
    // Slugs are lowercase letters, digits and hyphens: anything else is not a module,
    // and must not become part of a file path.
    if slug.is_empty() || !slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
        return Err(LoadError::NotFound);
    }
    let module = Arc::new(fetch_json::<RenderedModule>(&module_json_path(slug)).await?);
    MODULES.with_borrow_mut(|c| c.insert(slug.to_string(), module.clone()));
    Ok(module)
}

/// The search index, prepared for searching. Only the search box and the search page
/// ask for it, so it never slows the other pages.
pub async fn search_index() -> Loaded<SearchIndex> {
    if let Some(hit) = SEARCH.with_borrow(|c| c.clone()) {
        return Ok(hit);
    }
    let mut index = fetch_json::<SearchIndex>(SEARCH_JSON_PATH).await?;
    index.prepare();
    let index = Arc::new(index);
    SEARCH.with_borrow_mut(|c| *c = Some(index.clone()));
    Ok(index)
}

async fn fetch_json<T: DeserializeOwned>(path: &str) -> Result<T, LoadError> {
    let url = asset(path);
    let answer = send(Call::get(&url)).await.map_err(|_| LoadError::Failed)?;
    match answer.status {
        404 => Err(LoadError::NotFound),
        // A server that answers every unknown path with the app's index.html.
        200..=299 if answer.body.trim_start().starts_with('<') => Err(LoadError::NotFound),
        200..=299 => serde_json::from_str(&answer.body).map_err(|_| LoadError::Failed),
        _ => Err(LoadError::Failed),
    }
}
