use crate::bind;
use crate::domain::triage::field_ids as id;
use crate::pages::triage::use_triage;
use crate::ui::fields::TextArea;
use crate::ui::why_we_ask::WhyWeAsk;
use leptos::prelude::*;

/// The summary's limit: the domain's rule, so the count and the message agree.
const SUMMARY_MAX: usize = crate::domain::triage::fields::SUMMARY.max_chars;

#[component]
pub fn SummaryFields() -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    view! {
        <div class="notice">
            <p><strong>"Include:"</strong></p>
            <ul class="list">
                <li>"how the respondent and the victim know each other, and how long the behaviour has gone on"</li>
                <li>"the key incidents in date order, with crime references"</li>
                <li>"what has been done so far (arrest, interview, bail, warnings)"</li>
                <li>"how the behaviour is affecting the victim, in their words where you can"</li>
            </ul>
            <p><WhyWeAsk slug="using-the-triage-form" anchor="case-summary"/></p>
        </div>
        <TextArea id=id::SUMMARY_TEXT label="Summary of the case" rows=12 max_chars=SUMMARY_MAX
            value=bind!(t, summary.text) error=s.error_for(id::SUMMARY_TEXT)/>
    }
}
