//! The conditions editor: the catalogue picker, the chosen conditions with their
//! slots, reasons and checks, and the live order text. The conditions builder page
//! uses it, and the triage form embeds it in "Proposed conditions":
//!
//! ```ignore
//! let conditions = bind!(triage, conditions);
//! let context = Signal::derive(move || /* SetContext from "Order sought" */);
//! view! { <ConditionsEditor conditions=conditions context=context show_errors=attempted/> }
//! ```
//!
//! The catalogue is fetched the first time an editor (or the example pages) needs
//! it. Page-level things (title, durations, saving to a file) stay with the page.
mod chosen;
mod data;
mod editor;
mod findings;
mod order_preview;
mod picker;
mod slots;

pub use chosen::ConditionAside;
pub use data::{catalogue_state, loading_or_failure, provide_conditions_data, use_catalogue, use_examples, ConditionsData, Loaded};
pub use editor::focus_later;
pub use findings::{counts_text, severity_label, use_findings, ChecksSummary, FieldLink, FindingItem};
pub use order_preview::{order_view, use_marking, use_order_text, OrderPreview};
pub use crate::ui::fields::SelectField;

use crate::domain::conditions::checks::SetContext;
use crate::domain::conditions::chosen::ChosenCondition;
use crate::ui::fields::Bind;
use leptos::prelude::*;

/// Edit a list of conditions: see the module documentation.
#[component]
pub fn ConditionsEditor(
    /// The conditions being edited (for example `bind!(triage, conditions)`).
    conditions: Bind<Vec<ChosenCondition>>,
    /// What the checks and the order text need about the order (type, durations,
    /// locality, children, times to avoid).
    #[prop(into)]
    context: Signal<SetContext>,
    /// Show each error on its field too: pass true once the officer has tried to go
    /// on with errors (the page shows the `ErrorSummary`). False when left out.
    #[prop(optional, into)]
    show_errors: Option<Signal<bool>>,
    /// Anything to show between the catalogue and the order text (the builder page
    /// puts its "About the order" questions here).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let editor = editor::Editor::new(conditions, context, show_errors.unwrap_or_else(|| Signal::derive(|| false)));
    let list = editor.list;
    view! {
        <div class="conditions-editor">
            <div class="visually-hidden" role="status" id="conditions-announce">{move || editor.announcement.get()}</div>
            <div class="no-print">
                <findings::ChecksSummary findings=editor.findings/>
            </div>
            {move || editor.catalogue.with(|c| match c.ready() {
                Some(_) => view! { <div class="no-print"><chosen::ChosenList editor=editor/></div> }.into_any(),
                None => view! {
                    <section class="no-print" aria-labelledby="chosen-title">
                        <h2 class="heading-l" id="chosen-title">"Conditions in this set"</h2>
                        {loading_or_failure(c, "the list of conditions")}
                    </section>
                }.into_any(),
            })}
            <picker::Picker editor=editor/>
            {children.map(|c| c())}
            <OrderPreview conditions=Signal::derive(move || list.get()) context=context/>
        </div>
    }
}
