//! A document as plain text: what the print page shows and what the .docx must say.
//!
//! [`block_line`] is the one place a block becomes words; the .docx writer uses it for
//! each paragraph, so Word and print cannot drift apart.
use super::document::{Block, Document, Value};

/// The text of one block, on one line.
pub fn block_line(block: &Block) -> String {
    match block {
        Block::Marking { text }
        | Block::DraftNotice { text }
        | Block::Title { text }
        | Block::Heading { text }
        | Block::Paragraph { text } => text.clone(),
        Block::Numbered { number, text } => format!("{number}. {text}"),
        Block::Row { key, value: Value::Given(v) } => format!("{key}: {v}"),
        Block::Row { key, value: Value::Missing(what) } => format!("{key}: {}", missing_words(what)),
        Block::Missing { text } => missing_words(text),
    }
}

/// "[Missing: the respondent's address for service]".
pub fn missing_words(what: &str) -> String {
    format!("[Missing: {what}]")
}

/// Every block's line, in order: one line per paragraph of the .docx.
pub fn document_lines(doc: &Document) -> Vec<String> {
    doc.blocks.iter().map(block_line).collect()
}

/// The document as plain text, with a blank line before each heading and before the
/// closing marking, for reading, copying and printing.
pub fn document_text(doc: &Document) -> String {
    let mut out: Vec<String> = Vec::new();
    let last = doc.blocks.len().saturating_sub(1);
    for (i, block) in doc.blocks.iter().enumerate() {
        let spaced = matches!(block, Block::Heading { .. } | Block::Title { .. }) || (i == last && matches!(block, Block::Marking { .. }));
        if spaced && !out.is_empty() {
            out.push(String::new());
        }
        out.push(block_line(block));
    }
    out.join("\n") + "\n"
}
