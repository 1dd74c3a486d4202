//! The "Sources" list at the end of every module.
use super::escape::escape_html;
use super::module::Heading;
use super::source::Source;

/// The id of the list's heading; content may not use it.
pub(crate) const SOURCES_HEADING_ID: &str = "sources";

/// The contents entry for the list.
pub(crate) fn sources_heading() -> Heading {
    Heading {
        id: SOURCES_HEADING_ID.to_string(),
        text: "Sources".to_string(),
    }
}

/// The list as HTML: each entry has the id `source-{ID}` that `source:` links point at.
pub(crate) fn render_sources(sources: &[Source]) -> String {
    let mut html = format!(
        "<section class=\"guidance-sources\" aria-labelledby=\"{SOURCES_HEADING_ID}\">\n\
         <h2 id=\"{SOURCES_HEADING_ID}\">Sources</h2>\n<ol class=\"source-list\">\n"
    );
    for source in sources {
        html.push_str(&render_entry(source));
    }
    html.push_str("</ol>\n</section>\n");
    html
}

fn render_entry(source: &Source) -> String {
    let title = escape_html(&source.title);
    // Only web addresses become links; validation refuses any other scheme, and this
    // check keeps a bad URL harmless even so.
    let title = match source.url.as_deref().filter(|url| is_web_url(url)) {
        Some(url) => format!(
            "<a href=\"{}\" rel=\"noreferrer\">{title}</a>",
            escape_html(url)
        ),
        None => title,
    };
    let note = match source.confidence.note() {
        Some(note) => format!(
            " <span class=\"source-note\">({})</span>",
            escape_html(note)
        ),
        None => String::new(),
    };
    format!(
        "<li id=\"{}\">{title}. {}.{note}</li>\n",
        escape_html(&source.anchor()),
        escape_html(source.publisher.trim_end_matches('.'))
    )
}

/// Whether `url` is an `http(s)` address.
pub(crate) fn is_web_url(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}
