//! Markdown to safe HTML, in one pass that also collects what validation and search need.
//!
//! Safety rule: the only markup that reaches the HTML writer is markup this file builds
//! (through [`markup`]) from checked, escaped values. Raw HTML from the content becomes
//! text, which the writer escapes; heading classes and attributes are dropped; links
//! with a scheme outside [`ALLOWED_SCHEMES`] and images lose their markup and keep
//! their text. So the output is harmless even when validation was skipped.
use std::collections::HashSet;

use pulldown_cmark::{
    html, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd, TextMergeStream,
};

use super::escape::escape_html;
use super::glossary_links::{split_terms, GlossaryPhrase, Piece};
use super::links::{LinkTarget, ALLOWED_SCHEMES};
use super::paths::glossary_term_path;

/// The message for raw HTML; the build refuses it, the renderer escapes it.
pub(crate) const RAW_HTML_MESSAGE: &str = "raw HTML is not allowed: write Markdown";

/// What the page being rendered is and which glossary phrases it links.
pub(crate) struct RenderOptions<'a> {
    /// The page's slug, for links to its own "Sources" list.
    pub page_slug: &'a str,
    /// Phrases linked at their first use in body text; empty to link none.
    pub glossary: &'a [GlossaryPhrase],
}

/// A heading as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HeadingFound {
    /// 1 for `#`, 2 for `##`...
    pub level: u8,
    /// From `{#id}`.
    pub id: Option<String>,
    /// Plain text.
    pub text: String,
}

/// Plain text under one heading with an id (or before the first), for search.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct PlainPassage {
    /// Empty before the first heading with an id.
    pub heading_id: String,
    pub heading: String,
    pub text: String,
}

/// The result of [`render_markdown`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct RenderedMarkdown {
    pub html: String,
    pub headings: Vec<HeadingFound>,
    /// Every link whose scheme is allowed, for cross-reference checks.
    pub links: Vec<LinkTarget>,
    /// What is wrong in the Markdown itself (raw HTML, refused links, images,
    /// heading attributes), without a file name.
    pub problems: Vec<String>,
    pub passages: Vec<PlainPassage>,
}

/// Renders Markdown (tables and `{#id}` heading attributes on) to safe HTML.
pub(crate) fn render_markdown(markdown: &str, options: &RenderOptions) -> RenderedMarkdown {
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES,
    );
    let mut walker = Walker::new(options);
    // Merged text so a glossary phrase is not split across events.
    for event in TextMergeStream::new(parser) {
        walker.handle(event);
    }
    walker.finish()
}

/// Markup built here from escaped values: the one way HTML enters the output.
fn markup(html: String) -> Event<'static> {
    Event::InlineHtml(CowStr::from(html))
}

/// The state of one pass over the events.
struct Walker<'o, 'a> {
    options: &'o RenderOptions<'o>,
    out: Vec<Event<'a>>,
    found: RenderedMarkdown,
    heading: Option<HeadingFound>,
    /// One entry per open link: whether its `<a>` was written.
    links_open: Vec<bool>,
    images_open: usize,
    in_code_block: bool,
    in_raw_block: bool,
    linked_terms: HashSet<String>,
    passage: PlainPassage,
    /// The table being written, if any.
    table: Option<TableOpen>,
}

/// Where a table's wrapper starts in the output, and its header cells so far (they name
/// the wrapper, which is only written once the header has been read).
struct TableOpen {
    wrapper_at: usize,
    in_head: bool,
    head_cells: Vec<String>,
}

impl<'o, 'a> Walker<'o, 'a> {
    fn new(options: &'o RenderOptions<'o>) -> Self {
        Walker {
            options,
            out: Vec::new(),
            found: RenderedMarkdown::default(),
            heading: None,
            links_open: Vec::new(),
            images_open: 0,
            in_code_block: false,
            in_raw_block: false,
            linked_terms: HashSet::new(),
            passage: PlainPassage::default(),
            table: None,
        }
    }

    fn handle(&mut self, event: Event<'a>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.text(text),
            Event::Code(code) => {
                self.note_text(&code);
                self.out.push(Event::Code(code));
            }
            Event::Html(raw) | Event::InlineHtml(raw) => self.raw_html(raw),
            Event::SoftBreak | Event::HardBreak => {
                self.note_text(" ");
                self.out.push(event);
            }
            // Not enabled in the parser options; written as text should that change.
            Event::InlineMath(text) | Event::DisplayMath(text) | Event::FootnoteReference(text) => {
                self.note_text(&text);
                self.out.push(Event::Text(text));
            }
            Event::Rule | Event::TaskListMarker(_) => self.out.push(event),
        }
    }

    fn start(&mut self, tag: Tag<'a>) {
        match tag {
            Tag::Heading {
                level,
                id,
                classes,
                attrs,
            } => self.open_heading(level, id, classes.is_empty() && attrs.is_empty()),
            Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            } => self.open_link(link_type, &dest_url, &title),
            Tag::Image { dest_url, .. } => {
                // Images would load from outside the intranet; their alt text stays as text.
                self.problem(format!(
                    "images are not allowed (`{dest_url}`): describe it in text"
                ));
                self.images_open += 1;
            }
            Tag::HtmlBlock => {
                self.in_raw_block = true;
                self.out.push(Event::Start(Tag::Paragraph));
            }
            Tag::CodeBlock(kind) => {
                self.in_code_block = true;
                self.out.push(Event::Start(Tag::CodeBlock(kind)));
            }
            Tag::Table(alignments) => {
                // A wide table scrolls inside a wrapper, never the page at 320px or 400%
                // zoom. A keyboard user scrolls it once it has focus, and a screen reader
                // user hears a named region, hence tabindex, role and label.
                self.table = Some(TableOpen {
                    wrapper_at: self.out.len(),
                    in_head: false,
                    head_cells: Vec::new(),
                });
                self.out.push(markup(String::new()));
                self.out.push(Event::Start(Tag::Table(alignments)));
            }
            Tag::TableHead => {
                if let Some(table) = &mut self.table {
                    table.in_head = true;
                }
                self.out.push(Event::Start(Tag::TableHead));
            }
            Tag::TableCell => {
                if let Some(table) = self.table.as_mut().filter(|t| t.in_head) {
                    table.head_cells.push(String::new());
                }
                self.out.push(Event::Start(Tag::TableCell));
            }
            other => self.out.push(Event::Start(other)),
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => self.close_heading(tag),
            TagEnd::Link => {
                if self.links_open.pop() == Some(true) {
                    self.out.push(markup("</a>".to_string()));
                }
            }
            TagEnd::Image => self.images_open = self.images_open.saturating_sub(1),
            TagEnd::HtmlBlock => {
                self.in_raw_block = false;
                self.out.push(Event::End(TagEnd::Paragraph));
            }
            TagEnd::CodeBlock => {
                self.in_code_block = false;
                self.out.push(Event::End(tag));
            }
            TagEnd::TableHead => {
                if let Some(table) = &mut self.table {
                    table.in_head = false;
                }
                self.note_text(" ");
                self.out.push(Event::End(tag));
            }
            TagEnd::Table => {
                self.note_text(" ");
                self.out.push(Event::End(tag));
                if let Some(table) = self.table.take() {
                    self.out[table.wrapper_at] = markup(table_wrapper(&table.head_cells));
                    self.out.push(markup("</div>".to_string()));
                }
            }
            _ => {
                // Block ends separate words in the plain text.
                self.note_text(" ");
                self.out.push(Event::End(tag));
            }
        }
    }

    fn open_heading(&mut self, level: HeadingLevel, id: Option<CowStr<'a>>, only_id: bool) {
        if !only_id {
            self.problem(
                "a heading's braces may hold only its id, e.g. `{#necessity}`".to_string(),
            );
        }
        let id_text = id.as_ref().map(|id| id.to_string());
        self.heading = Some(HeadingFound {
            level: level_number(level),
            id: id_text,
            text: String::new(),
        });
        // Classes and attributes are dropped: `{onclick=...}` must not reach the page.
        self.out.push(Event::Start(Tag::Heading {
            level,
            id,
            classes: Vec::new(),
            attrs: Vec::new(),
        }));
    }

    fn close_heading(&mut self, tag: TagEnd) {
        self.out.push(Event::End(tag));
        let Some(mut heading) = self.heading.take() else {
            return;
        };
        heading.text = squash_spaces(&heading.text);
        if let (true, Some(id)) = (heading.level >= 2, &heading.id) {
            let next = PlainPassage {
                heading_id: id.clone(),
                heading: heading.text.clone(),
                text: String::new(),
            };
            let done = std::mem::replace(&mut self.passage, next);
            self.found.passages.push(done);
        }
        self.found.headings.push(heading);
    }

    fn open_link(&mut self, link_type: LinkType, dest: &str, title: &str) {
        let Some(target) = LinkTarget::parse(dest, link_type) else {
            self.problem(format!(
                "link target `{dest}` is not allowed: use {ALLOWED_SCHEMES}"
            ));
            self.links_open.push(false);
            return;
        };
        let mut html = format!(
            "<a href=\"{}\"",
            escape_html(&target.href(self.options.page_slug))
        );
        if !title.is_empty() {
            html.push_str(&format!(" title=\"{}\"", escape_html(title)));
        }
        if let Some(rel) = target.rel() {
            html.push_str(&format!(" rel=\"{rel}\""));
        }
        html.push('>');
        self.out.push(markup(html));
        self.found.links.push(target);
        self.links_open.push(true);
    }

    fn text(&mut self, text: CowStr<'a>) {
        self.note_text(&text);
        let plain = self.heading.is_some()
            || !self.links_open.is_empty()
            || self.images_open > 0
            || self.in_code_block
            || self.in_raw_block
            || self.options.glossary.is_empty();
        if plain {
            self.out.push(Event::Text(text));
            return;
        }
        for piece in split_terms(&text, self.options.glossary, &mut self.linked_terms) {
            self.push_piece(piece);
        }
    }

    fn push_piece(&mut self, piece: Piece) {
        match piece {
            Piece::Text(text) => self.out.push(Event::Text(CowStr::from(text.to_string()))),
            Piece::Term { term_id, text } => {
                let href = escape_html(&glossary_term_path(&term_id));
                self.out.push(markup(format!(
                    "<a href=\"{href}\" class=\"glossary-term\">"
                )));
                self.out.push(Event::Text(CowStr::from(text.to_string())));
                self.out.push(markup("</a>".to_string()));
            }
        }
    }

    fn raw_html(&mut self, raw: CowStr<'a>) {
        self.problem(format!(
            "{RAW_HTML_MESSAGE} (found `{}`)",
            shorten(raw.trim(), 40)
        ));
        self.note_text(&raw);
        // As text, so the writer escapes it.
        self.out.push(Event::Text(raw));
    }

    fn note_text(&mut self, text: &str) {
        if let Some(cell) = self
            .table
            .as_mut()
            .filter(|t| t.in_head)
            .and_then(|t| t.head_cells.last_mut())
        {
            cell.push_str(text);
        }
        match &mut self.heading {
            Some(heading) => heading.text.push_str(text),
            None => self.passage.text.push_str(text),
        }
    }

    fn problem(&mut self, message: String) {
        self.found.problems.push(message);
    }

    fn finish(mut self) -> RenderedMarkdown {
        self.found.passages.push(std::mem::take(&mut self.passage));
        for passage in &mut self.found.passages {
            passage.text = squash_spaces(&passage.text);
        }
        html::push_html(&mut self.found.html, self.out.into_iter());
        self.found
    }
}

/// The opening tag of a table's scroll region, named after its column headings.
fn table_wrapper(head_cells: &[String]) -> String {
    let headings: Vec<String> = head_cells
        .iter()
        .map(|c| squash_spaces(c))
        .filter(|c| !c.is_empty())
        .collect();
    let name = if headings.is_empty() {
        "Table".to_string()
    } else {
        format!("Table: {}", shorten(&headings.join(", "), 80))
    };
    format!(
        "<div class=\"table-wrap\" role=\"region\" aria-label=\"{}\" tabindex=\"0\">",
        escape_html(&name)
    )
}

fn level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Collapses runs of whitespace to one space and trims.
pub(crate) fn squash_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// At most `max` characters, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}
