//! A document as a Word file (.docx), for legal services to edit before filing.
//!
//! A .docx is a ZIP of XML parts (Office Open XML, ECMA-376). The WordprocessingML is
//! written here by hand: one paragraph per block, its text from `text::block_line`
//! (a row's key in bold as its own run), so the Word text is the print text. The
//! marking also goes in the page header and footer, so every printed page carries it.
//! The parts are stored uncompressed by the zip crate without default features: Word
//! opens stored parts, and no compression code reaches the browser. Why not docx-rs:
//! without default features it still added 181 KiB (brotli) to a wasm build, against
//! 29 KiB for the zip crate (measured 2026-12-02, wasm-opt -Oz; see Cargo.toml).
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::document::{Block, Document, Value};
use super::text::{block_line, missing_words};

/// The media type of a .docx, for the download.
pub const DOCX_MEDIA_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;

/// The document as .docx bytes. Writing to memory cannot fail in practice; the error
/// is the zip writer's, in words.
pub fn docx_bytes(doc: &Document) -> Result<Vec<u8>, String> {
    let marking = doc.blocks.iter().find_map(|b| match b {
        Block::Marking { text } => Some(text.as_str()),
        _ => None,
    });
    let parts: [(&str, String); 9] = [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", package_rels()),
        ("docProps/core.xml", core_properties(&doc.title)),
        ("word/_rels/document.xml.rels", document_rels()),
        ("word/document.xml", document_xml(doc)),
        ("word/styles.xml", styles()),
        ("word/header1.xml", header_footer("hdr", marking.unwrap_or(""))),
        ("word/footer1.xml", header_footer("ftr", marking.unwrap_or(""))),
        ("word/settings.xml", settings()),
    ];
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    for (name, xml) in parts {
        zip.start_file(name, options).map_err(|e| e.to_string())?;
        zip.write_all(xml.as_bytes()).map_err(|e| e.to_string())?;
    }
    zip.finish().map(Cursor::into_inner).map_err(|e| e.to_string())
}

/// Text escaped for XML: the guidance's HTML escaping does exactly this (its `&#39;`
/// is a character reference XML reads too). Blocks hold no characters XML cannot carry
/// (`one_line`).
use crate::domain::guidance::escape_html as escape;

fn run(text: &str, props: &str) -> String {
    let props = if props.is_empty() { String::new() } else { format!("<w:rPr>{props}</w:rPr>") };
    format!(r#"<w:r>{props}<w:t xml:space="preserve">{}</w:t></w:r>"#, escape(text))
}

fn paragraph(style: &str, runs: &str) -> String {
    format!(r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{runs}</w:p>"#)
}

const MISSING_RUN: &str = r#"<w:b/><w:highlight w:val="yellow"/>"#;

/// One block as one paragraph; its text, run by run, is [`block_line`].
fn block_xml(block: &Block) -> String {
    match block {
        Block::Marking { .. } => paragraph("Marking", &run(&block_line(block), "")),
        Block::DraftNotice { .. } => paragraph("DraftNotice", &run(&block_line(block), "")),
        Block::Title { .. } => paragraph("Title", &run(&block_line(block), "")),
        Block::Heading { .. } => paragraph("Heading1", &run(&block_line(block), "")),
        Block::Paragraph { .. } => paragraph("Normal", &run(&block_line(block), "")),
        Block::Numbered { .. } => paragraph("NumberedItem", &run(&block_line(block), "")),
        Block::Row { key, value } => {
            let (text, props) = match value {
                Value::Given(v) => (v.clone(), ""),
                Value::Missing(what) => (missing_words(what), MISSING_RUN),
            };
            let runs = format!("{}{}", run(&format!("{key}:"), "<w:b/>"), run(&format!(" {text}"), props));
            paragraph("Row", &runs)
        }
        Block::Missing { .. } => paragraph("Normal", &run(&block_line(block), MISSING_RUN)),
    }
}

fn document_xml(doc: &Document) -> String {
    let body: String = doc.blocks.iter().map(block_xml).collect();
    format!(
        r#"{XML_HEAD}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:footerReference w:type="default" r:id="rId3"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>"#
    )
}

fn header_footer(tag: &str, marking: &str) -> String {
    format!(r#"{XML_HEAD}<w:{tag} xmlns:w="{W_NS}">{}</w:{tag}>"#, paragraph("Marking", &run(marking, "")))
}

fn content_types() -> String {
    let ml = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    format!(
        r#"{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="{ml}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="{ml}.styles+xml"/><Override PartName="/word/settings.xml" ContentType="{ml}.settings+xml"/><Override PartName="/word/header1.xml" ContentType="{ml}.header+xml"/><Override PartName="/word/footer1.xml" ContentType="{ml}.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#
    )
}

fn package_rels() -> String {
    format!(
        r#"{XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{R_NS}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#
    )
}

fn document_rels() -> String {
    format!(
        r#"{XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{R_NS}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="{R_NS}/header" Target="header1.xml"/><Relationship Id="rId3" Type="{R_NS}/footer" Target="footer1.xml"/><Relationship Id="rId4" Type="{R_NS}/settings" Target="settings.xml"/></Relationships>"#
    )
}

fn core_properties(title: &str) -> String {
    format!(
        r#"{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{}</dc:title></cp:coreProperties>"#,
        escape(title)
    )
}

fn settings() -> String {
    format!(r#"{XML_HEAD}<w:settings xmlns:w="{W_NS}"><w:defaultTabStop w:val="720"/></w:settings>"#)
}

/// Arial 11 pt, British English; headings bold; the marking bold and centred; a
/// numbered item hangs its number; a row's value follows its bold key.
fn styles() -> String {
    let style = |id: &str, name: &str, ppr: &str, rpr: &str| {
        format!(
            r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"#
        )
    };
    let custom = [
        style("Title", "Title", r#"<w:spacing w:before="240" w:after="240"/>"#, r#"<w:b/><w:sz w:val="36"/>"#),
        style("Heading1", "heading 1", r#"<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>"#, r#"<w:b/><w:sz w:val="28"/>"#),
        style("Marking", "Protective marking", r#"<w:jc w:val="center"/>"#, "<w:b/>"),
        style("DraftNotice", "Draft notice", r#"<w:jc w:val="center"/>"#, "<w:i/>"),
        style("NumberedItem", "Numbered item", r#"<w:ind w:left="567" w:hanging="567"/>"#, ""),
        style("Row", "Answer row", r#"<w:spacing w:after="60"/>"#, ""),
    ]
    .concat();
    format!(
        r#"{XML_HEAD}<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>{custom}</w:styles>"#
    )
}
