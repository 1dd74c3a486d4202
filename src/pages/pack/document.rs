//! One document of the pack as a page to read and print (`/pack/document/<file stem>`):
//! the blocks the Word file is made of, each said as `block_line` says it, so print and
//! Word cannot differ. The marking heads and ends it, with the draft notice under it.
use super::downloads::download;
use super::state::{drafted, use_pack};
use crate::domain::pack::text::{block_line, missing_words};
use crate::domain::pack::{kind_of_stem, Block, Document, Value};
use crate::ui::base::href;
use crate::ui::config_state::use_config;
use crate::ui::page::{use_title, PageHeading};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// Rows next to each other make one list; every other block is its own element.
fn blocks_view(blocks: Vec<Block>) -> impl IntoView {
    let mut out: Vec<AnyView> = Vec::new();
    let mut rows: Vec<(String, Value)> = Vec::new();
    let flush = |rows: &mut Vec<(String, Value)>, out: &mut Vec<AnyView>| {
        if rows.is_empty() {
            return;
        }
        let list = std::mem::take(rows);
        out.push(view! {
            <dl class="summary-list">
                {list.into_iter().map(|(key, value)| view! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{key}</dt>
                        <dd class="summary-list__value">{match value {
                            Value::Given(v) => view! { <span>{v}</span> }.into_any(),
                            Value::Missing(what) => view! { <strong class="pack-gap">{missing_words(&what)}</strong> }.into_any(),
                        }}</dd>
                    </div>
                }).collect_view()}
            </dl>
        }.into_any());
    };
    for block in blocks {
        if let Block::Row { key, value } = block {
            rows.push((key, value));
            continue;
        }
        flush(&mut rows, &mut out);
        let line = block_line(&block);
        out.push(match block {
            Block::Marking { .. } => view! { <p class="marking pack-marking">{line}</p> }.into_any(),
            Block::DraftNotice { .. } => view! { <p class="pack-draft"><strong>{line}</strong></p> }.into_any(),
            // The page's heading is the title.
            Block::Title { .. } => ().into_any(),
            Block::Heading { .. } => view! { <h2 class="heading-m">{line}</h2> }.into_any(),
            Block::Missing { .. } => view! { <p><strong class="pack-gap">{line}</strong></p> }.into_any(),
            _ => view! { <p>{line}</p> }.into_any(),
        });
    }
    flush(&mut rows, &mut out);
    out
}

#[component]
pub fn DocumentPage() -> impl IntoView {
    let state = use_pack();
    // Errors belong to the page they were made on.
    state.clear_errors();
    let config = use_config();
    let params = use_params_map();
    let document = Memo::new(move |_| -> Option<Document> {
        let kind = kind_of_stem(&params.read().get("stem")?)?;
        let (case, c) = (state.case.get()?, config.with(|c| c.ready().cloned())?);
        drafted(&case, &c).document(kind).cloned()
    });
    let reference = move || state.case.with(|c| c.as_ref().map(|c| c.payload.reference.clone())).unwrap_or_default();
    use_title(move || match document.get() {
        Some(d) => format!("{} – Court pack", d.title),
        None => "Document not found – Court pack".to_string(),
    });
    let save = move |_| {
        if let Some(d) = document.get_untracked() {
            state.done.set(Some(download(&d, &reference())));
        }
    };
    view! {
        <p class="no-print"><a class="back-link" href=href("pack")>"Back to the pack"</a></p>
        {move || match document.get() {
            Some(d) => view! {
                <PageHeading caption="Court pack">{d.title.clone()}</PageHeading>
                <p class="button-group no-print">
                    <button type="button" class="button" id="print-document" on:click=|_| { let _ = window().print(); }>"Print this document"</button>
                    <button type="button" class="button button--secondary" id="download-document" on:click=save>"Download as Word (.docx)"</button>
                </p>
                <p role="status" class="no-print" id="pack-done">{move || state.done.get()}</p>
                <article class="pack-document" aria-labelledby="page-heading">{blocks_view(d.blocks)}</article>
            }.into_any(),
            None if state.restored.get() && config.with(|c| c.ready().is_some()) => view! {
                <PageHeading caption="Court pack">"Document not found"</PageHeading>
                <p id="no-document">"This pack has no such document, or no case is open. "<a href=href("pack")>"Go to the pack"</a>" to see its documents."</p>
            }.into_any(),
            None => ().into_any(),
        }}
    }
}
