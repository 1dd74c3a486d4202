use super::focus_soon;
use crate::bind;
use crate::domain::triage::field_ids as id;
use crate::domain::triage::{InvestigationStage, Offence, YesNo};
use crate::pages::triage::{options, use_triage};
use crate::ui::config_state::use_config;
use crate::ui::fields::{Bind, Checkboxes, Radios, Reveal, TextArea, TextInput};
use crate::ui::why_we_ask::WhyWeAsk;
use leptos::prelude::*;

#[component]
pub fn InvestigationFields() -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    let details = move || {
        view! {
            <CrimeReferences/>
            <Checkboxes id=id::INVESTIGATION_OFFENCES legend="Offences being investigated" hint="Select all that apply"
                options=options(Offence::ALL, Offence::label) value=bind!(t, investigation.offences)
                error=s.error_for(id::INVESTIGATION_OFFENCES)
                reveals=vec![Reveal::new(Offence::Other, move || view! {
                    <TextArea id=id::INVESTIGATION_OTHER_OFFENCE label="Other offences" rows=2
                        value=bind!(t, investigation.other_offence_details) error=s.error_for(id::INVESTIGATION_OTHER_OFFENCE)/>
                }.into_any())]/>
            <Radios id=id::INVESTIGATION_STAGE legend="What stage has the investigation reached?"
                options=options(InvestigationStage::ALL, InvestigationStage::label) value=bind!(t, investigation.stage)
                error=s.error_for(id::INVESTIGATION_STAGE)/>
        }
        .into_any()
    };
    view! {
        <Radios id=id::INVESTIGATION_SUBSTANTIVE legend="Is there a substantive criminal investigation?" inline=true
            hint="An SPO can be sought whether or not anyone has been charged."
            after_legend=ViewFn::from(|| view! { <WhyWeAsk slug="what-is-an-spo" anchor="alongside-prosecution"/> })
            options=options(YesNo::ALL, YesNo::label) value=bind!(t, investigation.substantive)
            error=s.error_for(id::INVESTIGATION_SUBSTANTIVE)
            reveals=vec![Reveal::new(YesNo::Yes, details)]/>
        <Radios id=id::INVESTIGATION_BAIL legend="Is the respondent on bail?" inline=true
            options=options(YesNo::ALL, YesNo::label) value=bind!(t, investigation.bail_in_place)
            error=s.error_for(id::INVESTIGATION_BAIL)
            reveals=vec![Reveal::new(YesNo::Yes, move || view! {
                <TextArea id=id::INVESTIGATION_BAIL_DETAILS label="Bail conditions and when bail ends" rows=3
                    value=bind!(t, investigation.bail_details) error=s.error_for(id::INVESTIGATION_BAIL_DETAILS)/>
            }.into_any())]/>
    }
}

/// Crime references: "add another", each checked against the force's format.
#[component]
fn CrimeReferences() -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    let example = use_config().with_untracked(|c| c.ready().map(|c| c.crime_reference.example.clone()).unwrap_or_default());
    let count = Memo::new(move |_| t.with(|t| t.investigation.crime_references.len().max(1)));
    let add = move |_| {
        let next = count.get_untracked();
        t.update(|t| {
            while t.investigation.crime_references.len() < next + 1 {
                t.investigation.crime_references.push(String::new());
            }
        });
        focus_soon(id::crime_reference(next));
    };
    view! {
        <fieldset class="fieldset form-group">
            <legend class="fieldset__legend">"Crime reference numbers"</legend>
            {move || (0..count.get()).map(|i| {
                let value = Bind::new(
                    move || t.with(|t| t.investigation.crime_references.get(i).cloned().unwrap_or_default()),
                    move |v| t.update(|t| {
                        while t.investigation.crime_references.len() <= i {
                            t.investigation.crime_references.push(String::new());
                        }
                        t.investigation.crime_references[i] = v;
                    }),
                );
                let remove = move |_| {
                    t.update(|t| {
                        if i < t.investigation.crime_references.len() {
                            t.investigation.crime_references.remove(i);
                        }
                    });
                    focus_soon(id::crime_reference(i.saturating_sub(1)));
                };
                view! {
                    <div class="add-another__item">
                        <TextInput id=id::crime_reference(i) label=format!("Crime reference {}", i + 1) value=value
                            error=s.error_for(id::crime_reference(i)) width="input--w10"
                            hint=format!("For example, {example}")/>
                        {(i > 0).then(|| view! {
                            <button type="button" class="button button--secondary add-another__remove" on:click=remove>
                                "Remove" <span class="visually-hidden">{format!(" crime reference {}", i + 1)}</span>
                            </button>
                        })}
                    </div>
                }
            }).collect_view()}
            <button type="button" class="button button--secondary" id="add-crime-reference" on:click=add>"Add another crime reference"</button>
        </fieldset>
    }
}
