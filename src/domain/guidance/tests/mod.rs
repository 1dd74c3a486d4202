//! Tests for the guidance: fixtures written here, and the real content when present.
mod fixtures;
mod event_handlers;
mod glossary_linking;
mod real_content;
mod rendering;
mod safety;
mod search;
mod validation;
