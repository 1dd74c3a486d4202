//! /examples/{slug}: one worked case: facts, risk, the order sought, each condition
//! with why it is necessary and what makes it work, weaker drafts beside better ones,
//! and the order text. Printable; "Open in builder" copies it into the builder.
use super::{order_summary, paragraphs};
use crate::domain::conditions::catalogue::{Catalogue, Kind};
use crate::domain::conditions::examples::ExampleCase;
use crate::domain::conditions::order_text::{order_lines, OrderContext};
use crate::pages::conditions::use_builder_state;
use crate::ui::base::href;
use crate::ui::conditions_editor::{focus_later, loading_or_failure, order_view, use_catalogue, use_examples, use_marking, Loaded};
use crate::ui::page::{use_title, PageHeading};
use crate::ui::summary_row::SummaryRow;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use std::sync::Arc;

/// The case with this slug once the examples and the catalogue have loaded.
enum Found {
    Waiting(AnyView),
    Missing,
    Case(ExampleCase, Arc<Catalogue>),
}

#[component]
pub fn ExamplePage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug").unwrap_or_default());
    let examples = use_examples();
    let catalogue = use_catalogue();
    let title = move || {
        examples.with(|e| match e {
            Loaded::Ready(list) => Some(list.iter().find(|c| c.slug == slug()).map(|c| c.title.clone()).unwrap_or_else(|| "Example not found".into())),
            _ => None,
        })
    };
    use_title(move || title().unwrap_or_else(|| "Example conditions".into()));
    let found = move || {
        examples.with(|e| {
            let Some(list) = e.ready() else { return Found::Waiting(loading_or_failure(e, "the example cases")) };
            let Some(case) = list.iter().find(|c| c.slug == slug()).cloned() else { return Found::Missing };
            catalogue.with(|c| match c.ready() {
                Some(cat) => Found::Case(case, cat.clone()),
                None => Found::Waiting(loading_or_failure(c, "the list of conditions")),
            })
        })
    };
    view! {
        <p class="no-print back-link-wrap"><a class="back-link" href=href("examples")>"All example conditions"</a></p>
        <PageHeading caption="Example case">{move || title().unwrap_or_else(|| "Example conditions".into())}</PageHeading>
        {move || match found() {
            Found::Waiting(v) => v,
            Found::Missing => view! {
                <p>"There is no example case at this address. It may have been renamed."</p>
                <p><a href=href("examples")>"See all the example conditions"</a></p>
            }.into_any(),
            Found::Case(case, cat) => view! { <CaseView case=case catalogue=cat/> }.into_any(),
        }}
    }
}

fn lead_in(kind: &str) -> &'static str {
    Kind::parse(kind).unwrap_or(Kind::Prohibition).lead_in()
}

#[component]
fn CaseView(case: ExampleCase, catalogue: Arc<Catalogue>) -> impl IntoView {
    let chosen = case.chosen_conditions(&catalogue);
    let ctx = case.context();
    let marking = use_marking();
    let order = {
        let chosen = chosen.clone();
        let ctx = ctx.clone();
        move || order_view(order_lines(&chosen, &OrderContext::from_set(&ctx, &marking.get())))
    };
    let title_of = |id: &str| catalogue.get(id).map(|t| t.title.clone()).unwrap_or_else(|| id.to_string());
    let conditions = case
        .conditions
        .iter()
        .zip(&chosen)
        .enumerate()
        .map(|(i, (example, c))| {
            view! {
                <li class="example-condition">
                    <h3 class="heading-m">"Condition " {i + 1} ": " {title_of(&example.template)}</h3>
                    <p class="example-condition__wording"><span class="chosen__lead">{lead_in(&c.kind)}</span>" "{c.wording.clone()}</p>
                    <p><strong>"Why it is necessary here: "</strong>{example.reason.clone()}</p>
                    <p><strong>"What makes it clear, necessary and enforceable: "</strong>{example.commentary.clone()}</p>
                </li>
            }
        })
        .collect_view();
    let comparisons = case
        .weaker
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let better = chosen.iter().find(|c| c.template_id == w.better);
            let better_text = better.map(|c| format!("{} {}", lead_in(&c.kind), c.wording)).unwrap_or_default();
            view! {
                <li class="comparison">
                    <h3 class="heading-s">"Comparison " {i + 1} ": " {title_of(&w.better)}</h3>
                    <div class="compare">
                        <div class="compare__col compare__col--weaker">
                            <p class="compare__label">"Weaker draft"</p>
                            <p>{w.draft.clone()}</p>
                        </div>
                        <div class="compare__col compare__col--better">
                            <p class="compare__label">"Better"</p>
                            <p>{better_text}</p>
                        </div>
                    </div>
                    <p><strong>"What changed: "</strong>{w.what_changed.clone()}</p>
                </li>
            }
        })
        .collect_view();
    let yes_no = |b: bool| if b { "Yes" } else { "No" };
    let full = ctx.full_duration.as_ref().map(|d| format!("The full order is to last {}.", d.describe())).unwrap_or_else(|| "Not set".into());
    let interim = ctx.interim.map(|i| format!("The interim order is to last {}.", i.describe()));
    view! {
        <p class="lead">{case.summary.clone()}</p>
        <div class="notice"><p>"A fictional case for training. All names, places and services are invented."</p></div>
        <OpenInBuilder case=case.clone() catalogue=catalogue.clone()/>
        <h2 class="heading-l">"The facts"</h2>
        {paragraphs(&case.facts).into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        <h2 class="heading-l">"The risk"</h2>
        {paragraphs(&case.risk).into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        <h2 class="heading-l">"The order sought"</h2>
        <dl class="summary-list">
            <SummaryRow key="Orders" value=order_summary(&case)/>
            <SummaryRow key="Full order" value=full/>
            {interim.map(|i| view! { <SummaryRow key="Interim order" value=i/> })}
            <SummaryRow key="Where it applies" value=ctx.locality.describe()/>
            <SummaryRow key="Respondent under 18" value=yes_no(ctx.respondent_is_child).to_string()/>
            <SummaryRow key="A child is protected" value=yes_no(ctx.protects_child).to_string()/>
        </dl>
        <h2 class="heading-l">"The conditions, with commentary"</h2>
        <ol class="example-conditions">{conditions}</ol>
        {(!case.weaker.is_empty()).then(|| view! {
            <h2 class="heading-l">"Weaker drafts and better ones"</h2>
            <p>"Each weaker draft is a kind of wording courts and respondents can argue about. Beside it is the condition used in this case, and what changed."</p>
            <ol class="comparisons">{comparisons}</ol>
        })}
        <h2 class="heading-l">"The order text"</h2>
        <div class="order-text" id="example-order-text">{order}</div>
    }
}


/// "Open in builder" and "Print", asking first if the builder already holds conditions.
#[component]
fn OpenInBuilder(case: ExampleCase, catalogue: Arc<Catalogue>) -> impl IntoView {
    let builder = use_builder_state();
    let navigate = use_navigate();
    let asking = RwSignal::new(false);
    let set = StoredValue::new(case.to_saved_set(&catalogue));
    let load = move || {
        builder.set.set(set.get_value());
        navigate("/conditions", Default::default());
    };
    let load = StoredValue::new_local(load);
    let open = move |_| {
        if builder.set.with_untracked(|s| s.conditions.is_empty()) {
            load.with_value(|l| l());
        } else {
            asking.set(true);
            focus_later("open-confirm".into());
        }
    };
    view! {
        <div class="button-group no-print">
            <button type="button" class="button" id="open-in-builder" on:click=open>"Open in the builder"</button>
            <button type="button" class="button button--secondary" id="print-example" on:click=|_| { let _ = window().print(); }>"Print this example"</button>
        </div>
        {move || asking.get().then(|| {
            let n = builder.set.with_untracked(|s| s.conditions.len());
            view! {
                <div class="notice notice--warning confirm no-print" id="open-confirm" tabindex="-1" role="group" aria-labelledby="open-confirm-title">
                    <h2 class="heading-s" id="open-confirm-title">"Replace the conditions in the builder?"</h2>
                    <p>"The builder already holds " {n} {if n == 1 { " condition" } else { " conditions" }} ". Opening this example replaces them. Save them as a file first if you may need them."</p>
                    <button type="button" class="button" id="open-confirm-yes" on:click=move |_| load.with_value(|l| l())>"Replace them with this example"</button>
                    <button type="button" class="button button--secondary" on:click=move |_| { asking.set(false); focus_later("open-in-builder".into()); }>"Cancel"</button>
                </div>
            }
        })}
    }
}
