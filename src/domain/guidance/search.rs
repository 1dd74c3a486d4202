//! Searching the guidance in the browser: a compact index of passages built at build
//! time, and a search that needs no server.
//!
//! Rules: case-insensitive; every query word must appear in the passage as a whole
//! word, except the last, which may be the start of a word (so results follow typing)
//! unless the query ends with a space. A word in a module's title scores highest (it
//! counts for the module's opening passage, the hit that links to the top of the
//! module), then a word in a heading (or a glossary term's phrases), then in the text.
use serde::{Deserialize, Serialize};

use super::paths::{module_path, section_path};

/// About how long a snippet is, in bytes of UTF-8 (characters, for English text).
pub const SNIPPET_LEN: usize = 160;
/// How much of the text before the first match a snippet keeps.
const SNIPPET_LEAD: usize = 50;

const TITLE_SCORE: u32 = 100;
const HEADING_SCORE: u32 = 10;
const TEXT_SCORE: u32 = 1;

/// `guidance/search.json`. Field names are one letter in JSON to keep the file small.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct SearchIndex {
    /// Pages passages belong to: modules in reading order, then the glossary.
    #[serde(rename = "g")]
    pub pages: Vec<SearchPage>,
    #[serde(rename = "p")]
    pub passages: Vec<Passage>,
    /// Lowercased words and text, made by [`SearchIndex::prepare`].
    #[serde(skip)]
    prepared: Vec<PreparedPassage>,
}

/// A page of the guidance: a module or the glossary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchPage {
    #[serde(rename = "s")]
    pub slug: String,
    #[serde(rename = "t")]
    pub title: String,
}

/// The plain text under one heading, or a module's opening text, or a glossary term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passage {
    /// Index into [`SearchIndex::pages`].
    #[serde(rename = "m")]
    pub page: usize,
    /// Empty for a module's opening passage (its summary and any text before the
    /// first heading): that passage links to the top of the module.
    #[serde(rename = "i")]
    pub heading_id: String,
    #[serde(rename = "h")]
    pub heading: String,
    /// Other names that rank like the heading (a glossary term's `match` phrases).
    #[serde(rename = "k", default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    #[serde(rename = "x")]
    pub text: String,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub slug: String,
    /// Empty when the hit is the top of a module.
    pub heading_id: String,
    pub heading: String,
    /// The page's title ("Glossary" for terms).
    pub title: String,
    /// Plain text around the first match, with `…` where it was cut.
    pub snippet: String,
    /// Byte ranges of `snippet` that matched, sorted and not overlapping: wrap them in
    /// `<mark>` elements (as text nodes, never as HTML).
    pub marks: Vec<(usize, usize)>,
    /// Higher is better.
    pub score: u32,
}

impl Hit {
    /// Where the hit links, relative to the site's base.
    pub fn href(&self) -> String {
        if self.heading_id.is_empty() {
            module_path(&self.slug)
        } else {
            section_path(&self.slug, &self.heading_id)
        }
    }

    /// The snippet cut into runs, each marked `true` when it matched.
    pub fn snippet_parts(&self) -> Vec<(&str, bool)> {
        let mut parts = Vec::new();
        let mut at = 0;
        for &(start, end) in &self.marks {
            let (Some(before), Some(marked)) =
                (self.snippet.get(at..start), self.snippet.get(start..end))
            else {
                continue;
            };
            if !before.is_empty() {
                parts.push((before, false));
            }
            parts.push((marked, true));
            at = end;
        }
        if let Some(rest) = self.snippet.get(at..).filter(|rest| !rest.is_empty()) {
            parts.push((rest, false));
        }
        parts
    }
}

/// A passage's words, sorted and deduplicated for binary search, and its folded text.
#[derive(Debug, Clone, Default)]
struct PreparedPassage {
    title: Vec<String>,
    heading: Vec<String>,
    text: Vec<String>,
    folded_text: String,
}

/// A query word after folding.
#[derive(Debug, Clone, PartialEq, Eq)]
struct QueryWord {
    text: String,
    /// Whether it may be the start of a longer word.
    prefix: bool,
}

impl SearchIndex {
    /// An index of these pages and passages, not yet prepared.
    pub fn new(pages: Vec<SearchPage>, passages: Vec<Passage>) -> Self {
        SearchIndex {
            pages,
            passages,
            prepared: Vec::new(),
        }
    }

    /// Folds case and sorts words once, so each search is a few binary searches per
    /// passage. Call after loading, and again after changing `passages`.
    pub fn prepare(&mut self) {
        self.prepared = self
            .passages
            .iter()
            .map(|passage| self.prepare_passage(passage))
            .collect();
    }

    fn prepare_passage(&self, passage: &Passage) -> PreparedPassage {
        let title = match (passage.heading_id.is_empty(), self.pages.get(passage.page)) {
            (true, Some(page)) => sorted_words(&page.title),
            _ => Vec::new(),
        };
        let heading_text = std::iter::once(passage.heading.as_str())
            .chain(passage.keywords.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" ");
        PreparedPassage {
            title,
            heading: sorted_words(&heading_text),
            text: sorted_words(&passage.text),
            folded_text: fold(&passage.text),
        }
    }

    fn is_prepared(&self) -> bool {
        self.prepared.len() == self.passages.len()
    }
}

/// The best `limit` passages for `query`, best first. Uses the data made by
/// [`SearchIndex::prepare`]; on an unprepared index it prepares a copy (slower).
pub fn search(index: &SearchIndex, query: &str, limit: usize) -> Vec<Hit> {
    if !index.is_prepared() {
        let mut prepared = index.clone();
        prepared.prepare();
        return search(&prepared, query, limit);
    }
    let words = query_words(query);
    if words.is_empty() || limit == 0 {
        return Vec::new();
    }
    let mut scored: Vec<(usize, u32)> = index
        .prepared
        .iter()
        .enumerate()
        .filter_map(|(at, prepared)| score(prepared, &words).map(|score| (at, score)))
        .collect();
    // Stable: equal scores keep reading order.
    scored.sort_by_key(|&(_, score)| std::cmp::Reverse(score));
    scored.truncate(limit);
    scored
        .into_iter()
        .filter_map(|(at, score)| hit(index, at, score, &words))
        .collect()
}

/// The passage's score, or `None` when a query word is missing from it.
fn score(prepared: &PreparedPassage, words: &[QueryWord]) -> Option<u32> {
    words.iter().try_fold(0, |total, word| {
        let best = if has_word(&prepared.title, word) {
            TITLE_SCORE
        } else if has_word(&prepared.heading, word) {
            HEADING_SCORE
        } else if has_word(&prepared.text, word) {
            TEXT_SCORE
        } else {
            return None;
        };
        Some(total + best)
    })
}

fn has_word(sorted: &[String], word: &QueryWord) -> bool {
    if word.prefix {
        let at = sorted.partition_point(|candidate| candidate.as_str() < word.text.as_str());
        sorted
            .get(at)
            .is_some_and(|candidate| candidate.starts_with(&word.text))
    } else {
        sorted.binary_search(&word.text).is_ok()
    }
}

fn hit(index: &SearchIndex, at: usize, score: u32, words: &[QueryWord]) -> Option<Hit> {
    let passage = index.passages.get(at)?;
    let prepared = index.prepared.get(at)?;
    let page = index.pages.get(passage.page)?;
    let (snippet, marks) = snippet(&passage.text, &prepared.folded_text, words);
    Some(Hit {
        slug: page.slug.clone(),
        heading_id: passage.heading_id.clone(),
        heading: passage.heading.clone(),
        title: page.title.clone(),
        snippet,
        marks,
        score,
    })
}

/// The query's words, folded; the last may be a prefix unless the query ends in a space.
fn query_words(query: &str) -> Vec<QueryWord> {
    let mut words: Vec<QueryWord> = words_of(&fold(query))
        .map(|text| QueryWord {
            text: text.to_string(),
            prefix: false,
        })
        .collect();
    let still_typing = !query.ends_with(char::is_whitespace);
    if let Some(last) = words.last_mut() {
        last.prefix = still_typing;
    }
    words
}

/// Maximal runs of letters and digits.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
}

fn sorted_words(text: &str) -> Vec<String> {
    let folded = fold(text);
    let mut words: Vec<String> = words_of(&folded).map(str::to_string).collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// Lowercases each character whose lowercase form has the same UTF-8 length, and
/// leaves the rest: byte offsets in the folded text are then offsets in the original,
/// which is how marks can point into the original snippet.
fn fold(text: &str) -> String {
    text.chars()
        .map(|c| {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(single), None) if single.len_utf8() == c.len_utf8() => single,
                _ => c,
            }
        })
        .collect()
}

/// Byte ranges in `folded` where a query word matches, sorted and merged.
fn matches(folded: &str, words: &[QueryWord]) -> Vec<(usize, usize)> {
    let mut ranges: Vec<(usize, usize)> = words
        .iter()
        .flat_map(|word| {
            folded
                .match_indices(word.text.as_str())
                .map(|(at, found)| (at, at + found.len()))
                .filter(|&(start, end)| is_word_match(folded, start, end, word.prefix))
        })
        .collect();
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

fn is_word_match(text: &str, start: usize, end: usize, prefix: bool) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric)
        && (prefix || !after.is_some_and(char::is_alphanumeric))
}

/// About [`SNIPPET_LEN`] bytes of `text` around the first match, cut at spaces, and the
/// matches inside it as byte ranges of the snippet.
fn snippet(text: &str, folded: &str, words: &[QueryWord]) -> (String, Vec<(usize, usize)>) {
    let found = matches(folded, words);
    let first = found.first().map_or(0, |range| range.0);
    let (start, end) = window(text, first);
    let lead = if start > 0 { "…" } else { "" };
    let tail = if end < text.len() { "…" } else { "" };
    let snippet = format!("{lead}{}{tail}", &text[start..end]);
    let marks = found
        .into_iter()
        .filter(|&(from, to)| from >= start && to <= end)
        .map(|(from, to)| (from - start + lead.len(), to - start + lead.len()))
        .collect();
    (snippet, marks)
}

/// The byte range of the snippet: starts a little before `first`, at a word start.
fn window(text: &str, first: usize) -> (usize, usize) {
    if text.len() <= SNIPPET_LEN {
        return (0, text.len());
    }
    let mut start = floor_boundary(text, first.saturating_sub(SNIPPET_LEAD));
    if start > 0 {
        // Move to the start of the next word, unless that would skip the match.
        if let Some(space) = text[start..first].find(' ') {
            start += space + 1;
        }
    }
    let mut end = floor_boundary(text, (start + SNIPPET_LEN).min(text.len()));
    if end < text.len() {
        if let Some(space) = text[start..end]
            .rfind(' ')
            .filter(|&space| start + space > first)
        {
            end = start + space;
        }
    }
    (start, end)
}

/// The largest char boundary at or before `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}
