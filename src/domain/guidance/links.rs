//! What a link in guidance Markdown may point at, and where it goes in the built site.
use pulldown_cmark::LinkType;

use super::paths::{glossary_term_path, module_path, section_path};
use super::source::source_anchor;

/// Link schemes content may use. Anything else (including `javascript:`, `data:` and
/// relative paths) renders as plain text and fails validation.
pub(crate) const ALLOWED_SCHEMES: &str = "https://, http://, mailto:, source:, guide: or glossary:";

/// A link target that passed the scheme check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LinkTarget {
    /// `source:ID`: the entry in the current page's "Sources" list.
    Source(String),
    /// `guide:slug` or `guide:slug#id`.
    Guide { slug: String, id: Option<String> },
    /// `glossary:id`.
    Glossary(String),
    /// An `http(s)://` address.
    External(String),
    /// A `mailto:` address.
    Mail(String),
}

impl LinkTarget {
    /// Classifies a Markdown link destination; `None` when its scheme is not allowed.
    pub(crate) fn parse(dest: &str, link_type: LinkType) -> Option<LinkTarget> {
        if link_type == LinkType::Email {
            return Some(LinkTarget::Mail(format!("mailto:{dest}")));
        }
        if let Some(id) = dest.strip_prefix("source:") {
            return Some(LinkTarget::Source(id.to_string()));
        }
        if let Some(rest) = dest.strip_prefix("guide:") {
            return Some(parse_guide(rest));
        }
        if let Some(id) = dest.strip_prefix("glossary:") {
            return Some(LinkTarget::Glossary(id.to_string()));
        }
        if dest.starts_with("https://") || dest.starts_with("http://") {
            return Some(LinkTarget::External(dest.to_string()));
        }
        if dest.starts_with("mailto:") {
            return Some(LinkTarget::Mail(dest.to_string()));
        }
        None
    }

    /// The `href` in the built site, relative to its `<base href>`. `page_slug` is the
    /// page being rendered: source entries live on the page that cites them.
    pub(crate) fn href(&self, page_slug: &str) -> String {
        match self {
            LinkTarget::Source(id) => section_path(page_slug, &source_anchor(id)),
            LinkTarget::Guide { slug, id: Some(id) } => section_path(slug, id),
            LinkTarget::Guide { slug, id: None } => module_path(slug),
            LinkTarget::Glossary(id) => glossary_term_path(id),
            LinkTarget::External(url) | LinkTarget::Mail(url) => url.clone(),
        }
    }

    /// External pages must not learn which intranet page sent the reader.
    pub(crate) fn rel(&self) -> Option<&'static str> {
        match self {
            LinkTarget::External(_) => Some("noreferrer"),
            _ => None,
        }
    }
}

fn parse_guide(rest: &str) -> LinkTarget {
    match rest.split_once('#') {
        Some((slug, id)) => LinkTarget::Guide {
            slug: slug.to_string(),
            id: Some(id.to_string()),
        },
        None => LinkTarget::Guide {
            slug: rest.to_string(),
            id: None,
        },
    }
}
