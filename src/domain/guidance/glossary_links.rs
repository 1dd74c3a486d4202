//! Finding glossary phrases in body text so their first use links to the glossary.
use std::collections::HashSet;

/// One phrase that links to a glossary term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct GlossaryPhrase {
    pub term_id: String,
    pub phrase: String,
}

/// A run of body text, split where a glossary phrase is linked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece<'t> {
    Text(&'t str),
    Term { term_id: String, text: &'t str },
}

/// Splits `text` at the first whole-word use of each term not yet in `linked`,
/// adding the terms it links to `linked` so each term links once per page.
pub(crate) fn split_terms<'t>(
    text: &'t str,
    phrases: &[GlossaryPhrase],
    linked: &mut HashSet<String>,
) -> Vec<Piece<'t>> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some((start, phrase)) = earliest_phrase(rest, phrases, linked) {
        let end = start + phrase.phrase.len();
        if start > 0 {
            pieces.push(Piece::Text(&rest[..start]));
        }
        pieces.push(Piece::Term {
            term_id: phrase.term_id.clone(),
            text: &rest[start..end],
        });
        linked.insert(phrase.term_id.clone());
        rest = &rest[end..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Text(rest));
    }
    pieces
}

/// The phrase used first in `text`; at the same position the longer phrase wins, so
/// "Stalking Protection Order" beats "Stalking".
fn earliest_phrase<'p>(
    text: &str,
    phrases: &'p [GlossaryPhrase],
    linked: &HashSet<String>,
) -> Option<(usize, &'p GlossaryPhrase)> {
    phrases
        .iter()
        .filter(|phrase| !linked.contains(&phrase.term_id))
        .filter_map(|phrase| find_whole_word(text, &phrase.phrase).map(|at| (at, phrase)))
        .min_by(|(a, pa), (b, pb)| a.cmp(b).then(pb.phrase.len().cmp(&pa.phrase.len())))
}

/// Byte offset of the first use of `needle` in `text` that is not part of a longer
/// word (so "SPO" does not match inside "SPOs" or "RESPOND").
pub(crate) fn find_whole_word(text: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    text.match_indices(needle).map(|(at, _)| at).find(|&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
