//! Loading `config.json` once at start-up and sharing the result with every page.
use crate::domain::config::{Config, ConfigError};
use crate::ui::base::asset;
use crate::ui::fetch::{send, Call, FetchFailure};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Where the app's settings stand.
#[derive(Clone, Debug, PartialEq)]
pub enum ConfigState {
    Loading,
    Ready(Config),
    /// The config could not be used: each line names one problem.
    Broken(Vec<String>),
}

impl ConfigState {
    pub fn ready(&self) -> Option<&Config> {
        match self {
            ConfigState::Ready(c) => Some(c),
            _ => None,
        }
    }
}

/// Start loading the config and put its state in context for every page, checking all
/// of it (the triage and the diagnostics page).
pub fn provide_config() -> RwSignal<ConfigState> {
    provide_config_parsed_by(Config::parse)
}

/// The same for an area that never reads a crime reference: its pattern is not
/// checked, so the area's app has no regular expression engine.
pub fn provide_config_without_pattern() -> RwSignal<ConfigState> {
    provide_config_parsed_by(Config::parse_without_pattern)
}

fn provide_config_parsed_by(parse: fn(&str) -> Result<Config, ConfigError>) -> RwSignal<ConfigState> {
    let state = RwSignal::new(ConfigState::Loading);
    provide_context(state);
    spawn_local(async move {
        state.set(load(parse).await);
    });
    state
}

/// The shared config state.
pub fn use_config() -> RwSignal<ConfigState> {
    expect_context::<RwSignal<ConfigState>>()
}

async fn load(parse: fn(&str) -> Result<Config, ConfigError>) -> ConfigState {
    let url = asset("config.json");
    match send(Call::get(&url)).await {
        Ok(a) if a.status == 404 => ConfigState::Broken(vec!["config.json was not found next to the site's index.html".into()]),
        Ok(a) if !(200..300).contains(&a.status) => {
            ConfigState::Broken(vec![format!("config.json could not be loaded: the server answered {}", a.status)])
        }
        Ok(a) => match parse(&a.body) {
            Ok(c) => ConfigState::Ready(c),
            Err(e) => ConfigState::Broken(e.problems),
        },
        Err(FetchFailure::TimedOut(s)) => ConfigState::Broken(vec![format!("config.json did not load within {s} seconds")]),
        Err(FetchFailure::Unreachable) => ConfigState::Broken(vec!["config.json could not be loaded: the server could not be reached".into()]),
    }
}
