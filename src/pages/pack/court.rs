//! The court details (`/pack/court`): asked once the advice says to proceed, or at any
//! time for a draft. Each answer is kept as it is typed; "Save and return to the pack"
//! checks them all (the domain's `validate_court`) the GOV.UK way. What is still blank
//! is listed as missing for court, so a draft pack can be made before everything is known.
use super::state::{today, use_pack, PackState};
use crate::domain::pack::court::{court_route, ids};
use crate::domain::pack::{validate_court, CourtDetails, Standing};
use crate::domain::triage::choices::{YesNo, YesNoNotKnown};
use crate::domain::triage::fields::{LONG, SHORT, SHORT_MULTILINE};
use crate::domain::triage::DateInput;
use crate::ui::base::href;
use crate::ui::config_state::use_config;
use crate::ui::fields::{Bind, DateField, ErrorSummary, Radios, Reveal, TextArea, TextInput};
use crate::ui::page::{focus_later, use_title, PageHeading};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// One answer of the court details, kept by the drafts policy on each change. Plain
/// functions rather than closures, so the app holds one copy of this per type of value.
fn bind<T: Clone + PartialEq + Send + Sync + 'static>(state: PackState, get: fn(&CourtDetails) -> T, set: fn(&mut CourtDetails, T)) -> Bind<T> {
    let config = use_config();
    Bind::new(
        move || state.case.with(|c| c.as_ref().map(|c| get(&c.court))).unwrap_or_else(|| get(&CourtDetails::default())),
        move |v| {
            if let Some(c) = config.with_untracked(|c| c.ready().cloned()) {
                state.update_court(&c, |court| set(court, v));
            }
        },
    )
}

fn choices<T: Copy>(all: &[T], label: fn(T) -> &'static str) -> Vec<(T, String)> {
    all.iter().map(|c| (*c, label(*c).to_string())).collect()
}

#[component]
pub fn CourtPage() -> impl IntoView {
    let state = use_pack();
    let errors = state.errors;
    use_title(move || format!("{}Court details – Court pack", if errors.with(Vec::is_empty) { "" } else { "Error: " }));
    // Errors belong to the page they were made on.
    state.clear_errors();
    let open = Memo::new(move |_| state.case.with(|c| c.is_some()));
    view! {
        <p class="no-print"><a class="back-link" href=href("pack")>"Back to the pack"</a></p>
        <ErrorSummary errors=errors attempt=state.attempt/>
        <PageHeading caption="Court pack">"Court details"</PageHeading>
        {move || if open.get() {
            view! { <CourtForm/> }.into_any()
        } else if state.restored.get() {
            view! { <p id="no-case">"No case is open. "<a href=href("pack")>"Open the triage's file"</a>" first."</p> }.into_any()
        } else {
            ().into_any()
        }}
    }
}

#[component]
fn CourtForm() -> impl IntoView {
    let state = use_pack();
    let navigate = use_navigate();
    // A link from "missing for court" names the box to start at.
    if let Some(hash) = window().location().hash().ok().filter(|h| h.len() > 1) {
        focus_later(hash.trim_start_matches('#').to_string());
    }
    let case = move || state.case.get();
    // Memos, so a block shown by one of these is not redrawn (losing focus) on each key
    // press in the court details, which all change the case.
    let standing = Memo::new(move |_| state.case.with(|c| c.as_ref().map(|c| c.standing())));
    let route = move || {
        let c = case()?;
        Some(court_route(&c.triage(), &c.court, today()).court_words())
    };
    let home = state.case.with_untracked(|c| c.as_ref().map(|c| c.payload.respondent.address.trim().to_string())).unwrap_or_default();
    let home_hint = if home.is_empty() { "The triage gives no home address.".to_string() } else { format!("The triage gives: {home}") };
    let interim_asked = Memo::new(move |_| state.case.with(|c| c.as_ref().is_some_and(|c| c.payload.order_sought.order_type.is_some_and(|t| t.includes_interim()))));
    let yes_no = choices(YesNo::ALL, YesNo::label);
    let yes_no_nk = choices(YesNoNotKnown::ALL, YesNoNotKnown::label);
    let (date_error, date_field) = state.error_for_date(ids::APPLICATION_DATE);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(case) = state.case.get_untracked() else { return };
        let problems = validate_court(&case.court, &case.triage());
        if problems.is_empty() {
            state.clear_errors();
            navigate(&href("pack"), Default::default());
        } else {
            state.show_errors(problems);
        }
    };
    view! {
        {move || (standing.get() != Some(Standing::Authorised)).then(|| view! {
            <div class="notice notice--warning" id="court-draft-notice"><p>"The application is not yet authorised: you can fill these in now, and the pack stays a draft until it is."</p></div>
        })}
        <p class="inset" id="court-route">"Likely court: " {route}</p>
        <form novalidate on:submit=save>
            <TextInput id=ids::COURT_NAME label="Name of the court" hint="For example, Exampletown Magistrates' Court. For a respondent under 18, the youth court sitting there, to be confirmed with legal services."
                value=bind(state, |c| c.court_name.clone(), |c, v| c.court_name = v) error=state.error_for(ids::COURT_NAME)/>
            <DateField id=ids::APPLICATION_DATE legend="Date of the application" hint="The day the complaint is to be made, for example 9 6 2025. The respondent's age is judged on it. If it is not known yet, leave it blank: their age is judged on today's date and the complaint leaves the date to be filled in."
                value=bind(state, |c| c.application_date.clone(), |c, v: DateInput| c.application_date = v) error=date_error error_field=date_field/>
            <Radios id=ids::SERVICE_AT_HOME legend="Is the respondent to be served at their home address?" options=yes_no.clone()
                hint=home_hint
                value=bind(state, |c| c.service_at_home, |c, v| c.service_at_home = v) error=state.error_for(ids::SERVICE_AT_HOME)
                reveals=vec![Reveal::new(YesNo::No, move || view! {
                    <TextArea id=ids::SERVICE_ADDRESS label="Address for service" rows=3 max_chars=SHORT_MULTILINE.max_chars
                        value=bind(state, |c| c.service_address.clone(), |c, v| c.service_address = v) error=state.error_for(ids::SERVICE_ADDRESS)/>
                }.into_any())]/>
            <Radios id=ids::INTERPRETER legend="Does the respondent or a witness need an interpreter?" options=yes_no_nk.clone()
                value=bind(state, |c| c.interpreter, |c, v| c.interpreter = v) error=state.error_for(ids::INTERPRETER)
                reveals=vec![Reveal::new(YesNoNotKnown::Yes, move || view! {
                    <TextInput id=ids::INTERPRETER_LANGUAGE label="Language for the interpreter" hint=format!("And the dialect, if it matters. Up to {} characters.", SHORT.max_chars)
                        value=bind(state, |c| c.interpreter_language.clone(), |c, v| c.interpreter_language = v) error=state.error_for(ids::INTERPRETER_LANGUAGE)/>
                }.into_any())]/>
            <Radios id=ids::SPECIAL_MEASURES legend="Does any witness need special measures or adjustments?" options=yes_no_nk
                hint="For example screens, a live link or a separate waiting room."
                value=bind(state, |c| c.special_measures, |c, v| c.special_measures = v) error=state.error_for(ids::SPECIAL_MEASURES)
                reveals=vec![Reveal::new(YesNoNotKnown::Yes, move || view! {
                    <TextArea id=ids::SPECIAL_MEASURES_DETAILS label="Special measures needed" hint="Which witness, and what they need" rows=3 max_chars=LONG.max_chars
                        value=bind(state, |c| c.special_measures_details.clone(), |c, v| c.special_measures_details = v) error=state.error_for(ids::SPECIAL_MEASURES_DETAILS)/>
                }.into_any())]/>
            <Radios id=ids::WITHHOLD_ADDRESSES legend="Are the protected people's addresses to be kept off the order?" options=yes_no.clone()
                hint="The respondent is given the order. Guidance asks for careful thought before a victim's address is written into it."
                value=bind(state, |c| c.withhold_addresses, |c, v| c.withhold_addresses = v) error=state.error_for(ids::WITHHOLD_ADDRESSES)/>
            // Untracked: the radios read their answer as they are drawn, and this block
            // must not be redrawn (losing focus) when that answer changes.
            {move || interim_asked.get().then(|| untrack(|| view! {
                <Radios id=ids::INTERIM_NOW legend="Is the interim order sought at the first hearing?" options=yes_no.clone()
                    value=bind(state, |c| c.interim_now, |c, v| c.interim_now = v) error=state.error_for(ids::INTERIM_NOW)
                    reveals=vec![Reveal::new(YesNo::Yes, move || view! {
                        <TextArea id=ids::INTERIM_WHY_NOW label="Why the interim order cannot wait" hint="What could happen before the full hearing" rows=4 max_chars=LONG.max_chars
                            value=bind(state, |c| c.interim_why_now.clone(), |c, v| c.interim_why_now = v) error=state.error_for(ids::INTERIM_WHY_NOW)/>
                    }.into_any())]/>
            }))}
            <TextInput id=ids::TIME_ESTIMATE label="Time estimate for the hearing, in minutes" hint="For example, 60" width="input--w5" inputmode="numeric"
                value=bind(state, |c| c.time_estimate_minutes.clone(), |c, v| c.time_estimate_minutes = v) error=state.error_for(ids::TIME_ESTIMATE)/>
            <button type="submit" class="button" id="save-court">"Save and return to the pack"</button>
        </form>
    }
}
