//! The authorising officer's record: once the advice is to proceed to authorisation, an
//! officer of superintendent rank or above answers each matter, gives their name, rank
//! and the date, decides, and says which conditions they changed and why. What is typed
//! is kept in the review's draft (`ReviewState::authorising`); recording it checks it
//! (the domain's `AuthorisationDraft::record`) and puts it in the advice, and so in the
//! downloaded file and the printed note.
use super::state::{use_review, ReviewState};
use crate::domain::review::authorise::{
    amend_field, amend_why_field, amend_wording_field, matter_field, matter_notes_field, ACTING_FIELD, AUTHORISATION_TEXT_MAX, DATE_FIELD, DECISION_FIELD,
    NAME_FIELD, RANK_FIELD,
};
use crate::domain::review::{can_authorise, AuthorisationDecision, AuthorisationDraft, AuthorisingRank, Matter};
use crate::domain::triage::DateInput;
use crate::ui::config_state::use_config;
use crate::ui::fields::{Bind, DateField, Radios, SelectField, SingleCheckbox, TextArea, TextInput};
use leptos::prelude::*;

/// The form as typed: the draft if one was started, else the recorded authorisation
/// (to change it), else a blank form for the advice's version.
fn draft_of(state: ReviewState, tracked: bool) -> AuthorisationDraft {
    let read = |d: &Option<AuthorisationDraft>, a: &Option<crate::domain::review::Advice>| {
        d.clone().unwrap_or_else(|| match a {
            Some(a) => a.authorisation.as_ref().map(AuthorisationDraft::from_record).unwrap_or_else(|| AuthorisationDraft::new(a.triage.version)),
            None => AuthorisationDraft::new(1),
        })
    };
    if tracked {
        state.authorising.with(|d| state.advice.with(|a| read(d, a)))
    } else {
        state.authorising.with_untracked(|d| state.advice.with_untracked(|a| read(d, a)))
    }
}

/// A binding to one part of the form (part `at` of a list, or 0); each change is kept
/// by the drafts policy. Plain functions rather than closures, so the app holds one copy
/// of this per type of value, not one per field.
fn bind<T: Clone + PartialEq + Send + Sync + 'static>(
    state: ReviewState,
    at: usize,
    get: fn(&AuthorisationDraft, usize) -> T,
    set: fn(&mut AuthorisationDraft, usize, T),
) -> Bind<T> {
    let config = use_config();
    Bind::new(
        move || get(&draft_of(state, true), at),
        move |v| {
            let mut d = draft_of(state, false);
            set(&mut d, at, v);
            state.authorising.set(Some(d));
            if let Some(c) = config.with_untracked(|c| c.ready().cloned()) {
                state.save(&c);
            }
        },
    )
}

/// The answer on the `n`th matter of [`Matter::ALL`].
fn matter_check(d: &AuthorisationDraft, n: usize) -> Option<&crate::domain::review::MatterCheck> {
    d.record.matters.iter().find(|c| Matter::ALL.get(n) == Some(&c.matter))
}

fn matter_check_mut(d: &mut AuthorisationDraft, n: usize) -> Option<&mut crate::domain::review::MatterCheck> {
    d.record.matters.iter_mut().find(|c| Matter::ALL.get(n) == Some(&c.matter))
}

#[component]
pub fn Authorise() -> impl IntoView {
    let state = use_review();
    let allowed = Memo::new(move |_| state.advice.with(|a| a.as_ref().is_some_and(can_authorise)));
    let recorded = Memo::new(move |_| state.advice.with(|a| a.as_ref().is_some_and(|a| a.authorisation.is_some())));
    let config = use_config();
    let remove = move |_| {
        state.advice.update(|a| if let Some(a) = a { a.authorisation = None });
        state.authorising.set(None);
        if let Some(c) = config.with_untracked(|c| c.ready().cloned()) {
            state.save(&c);
        }
    };
    view! {
        <h2 class="heading-l" id="authorisation-title">"Authorisation"</h2>
        {move || if allowed.get() {
            view! { <AuthorisationForm/> }.into_any()
        } else {
            view! {
                <p id="authorisation-not-yet">"The authorising officer can record their decision here only when the advice is \u{201c}Proceed to authorisation\u{201d}."</p>
                {move || recorded.get().then(|| view! {
                    <p class="notice">"An authorisation is recorded, but the advice is no longer to proceed. Remove it, or advise to proceed again."</p>
                    <p><button type="button" class="button button--secondary" id="remove-authorisation" on:click=remove>"Remove the authorisation record"</button></p>
                })}
            }.into_any()
        }}
    }
}

#[component]
fn AuthorisationForm() -> impl IntoView {
    let state = use_review();
    let done = RwSignal::new(None::<String>);
    let (version, reference) = state.advice.with_untracked(|a| a.as_ref().map(|a| (a.triage.version, a.triage.reference.clone())).unwrap_or_default());
    let conditions: Vec<(usize, String)> =
        state.payload.with_untracked(|p| p.as_ref().map(|p| p.conditions.iter().enumerate().map(|(i, c)| (i, c.wording.clone())).collect()).unwrap_or_default());
    let config = use_config();
    let record = move |_| {
        let (Some(advice), Some(payload), Some(c)) = (state.advice.get_untracked(), state.payload.get_untracked(), config.with_untracked(|c| c.ready().cloned())) else { return };
        let draft = draft_of(state, false);
        match draft.record(&advice, &payload) {
            Ok(a) => {
                let who = format!("{} ({})", a.officer_name, a.rank_label());
                let decision = a.decision.map(|d| d.label()).unwrap_or_default();
                state.advice.update(|adv| if let Some(adv) = adv { adv.authorisation = Some(a) });
                state.authorising.set(Some(draft));
                state.clear_errors();
                state.save(&c);
                done.set(Some(format!(
                    "{decision} by {who} is recorded in the advice. Download the advice file again to send it, and print the advice note for the record."
                )));
            }
            Err(errors) => {
                done.set(None);
                state.show_errors(errors);
            }
        }
    };
    let matters = Matter::ALL
        .iter()
        .enumerate()
        .map(|(at, m)| {
            let m = *m;
            let satisfied = bind(state, at, |d, at| matter_check(d, at).and_then(|c| c.satisfied), |d, at, v| {
                if let Some(c) = matter_check_mut(d, at) {
                    c.satisfied = v;
                }
            });
            let notes = bind(state, at, |d, at| matter_check(d, at).and_then(|c| c.notes.clone()).unwrap_or_default(), |d, at, v| {
                if let Some(c) = matter_check_mut(d, at) {
                    c.notes = Some(v).filter(|v| !v.is_empty());
                }
            });
            let n = at + 1;
            view! {
                <Radios id=matter_field(m) legend=m.label() hint=m.source() inline=true
                    options=vec![(true, "Yes, satisfied".to_string()), (false, "No, not satisfied".to_string())]
                    value=satisfied error=state.error_at(matter_field(m))/>
                <TextArea id=matter_notes_field(m) label=format!("Notes on matter {n} (optional)") value=notes error=state.error_at(matter_notes_field(m))
                    rows=2 max_chars=AUTHORISATION_TEXT_MAX/>
            }
        })
        .collect_view();
    let ranks: Vec<(String, String)> = std::iter::once((String::new(), "Choose a rank".to_string()))
        .chain(AuthorisingRank::ALL.iter().enumerate().map(|(i, r)| (i.to_string(), r.label().to_string())))
        .collect();
    let rank = bind(
        state,
        0,
        |d, _| d.record.rank.and_then(|r| AuthorisingRank::ALL.iter().position(|x| *x == r)).map(|i| i.to_string()).unwrap_or_default(),
        |d, _, v| d.record.rank = v.parse::<usize>().ok().and_then(|i| AuthorisingRank::ALL.get(i).copied()),
    );
    let (date_error, date_field) = state.error_for_date(DATE_FIELD);
    // Yes or no, as the matters are, so the app holds one kind of radios.
    let decisions = vec![(true, AuthorisationDecision::Authorised.label().to_string()), (false, AuthorisationDecision::NotAuthorised.label().to_string())];
    let decision = bind(state, 0, |d, _| d.record.decision.map(|x| x == AuthorisationDecision::Authorised), |d, _, v| {
        d.record.decision = v.map(|yes| if yes { AuthorisationDecision::Authorised } else { AuthorisationDecision::NotAuthorised })
    });
    let amendments = conditions
        .into_iter()
        .map(|(i, wording)| {
            let ticked = Memo::new(move |_| draft_of(state, true).amendment(i).is_some());
            let config = use_config();
            let tick = Bind::new(
                move || ticked.get(),
                move |on| {
                    let mut d = draft_of(state, false);
                    if let Some(p) = state.payload.get_untracked() {
                        d.set_changed(&p, i, on);
                    }
                    state.authorising.set(Some(d));
                    if let Some(c) = config.with_untracked(|c| c.ready().cloned()) {
                        state.save(&c);
                    }
                },
            );
            let n = i + 1;
            view! {
                <div class="authorise-condition">
                    <p class="authorise-condition__wording"><strong>{format!("Condition {n}: ")}</strong>{wording}</p>
                    <SingleCheckbox id=amend_field(i) label=format!("I changed condition {n}") value=tick error=state.error_at(amend_field(i))/>
                    {move || ticked.get().then(|| view! {
                        <div class="authorise-condition__change">
                            <TextArea id=amend_wording_field(i) label=format!("The wording you approved for condition {n}")
                                value=bind(state, i, |d, i| d.amendment(i).map(|c| c.wording.clone()).unwrap_or_default(), |d, i, v| if let Some(c) = d.amendment_mut(i) { c.wording = v })
                                error=state.error_at(amend_wording_field(i)) rows=3 max_chars=AUTHORISATION_TEXT_MAX/>
                            <TextArea id=amend_why_field(i) label=format!("Why you changed condition {n}")
                                value=bind(state, i, |d, i| d.amendment(i).map(|c| c.why.clone()).unwrap_or_default(), |d, i, v| if let Some(c) = d.amendment_mut(i) { c.why = v })
                                error=state.error_at(amend_why_field(i)) rows=2 max_chars=AUTHORISATION_TEXT_MAX/>
                        </div>
                    })}
                </div>
            }
        })
        .collect_view();
    view! {
        <p>{format!("For the authorising officer, on version {version} of {reference}. The draft national guidance (a consultation draft, which may change) says an officer of superintendent rank or above should authorise an SPO application; acting and temporary ranks count. The Act itself says only that it must appear to the chief officer of police.")}</p>
        <h3 class="heading-m">"What you must be satisfied of"</h3>
        <p>"The first three must appear to the chief officer under section 1(1) of the Stalking Protection Act 2019. The others are the checks the draft guidance asks of the authorising officer. Answer each one."</p>
        {matters}
        <h3 class="heading-m">"Who authorises"</h3>
        <TextInput id=NAME_FIELD label="Authorising officer's name" value=bind(state, 0, |d, _| d.record.officer_name.clone(), |d, _, v| d.record.officer_name = v)
            error=state.error_for(NAME_FIELD) autocomplete="name"/>
        <SelectField id=RANK_FIELD label="Rank" hint="Superintendent or above" options=ranks value=rank error=state.error_for(RANK_FIELD)/>
        <SingleCheckbox id=ACTING_FIELD label="The rank is acting or temporary" value=bind(state, 0, |d, _| d.record.acting_or_temporary, |d, _, v| d.record.acting_or_temporary = v)/>
        <DateField id=DATE_FIELD legend="Date of the decision" hint="For example, 5 6 2025" value=bind(state, 0, |d, _| d.date.clone(), |d, _, v: DateInput| d.date = v)
            error=date_error error_field=date_field/>
        <Radios id=DECISION_FIELD legend="Your decision" options=decisions value=decision
            error=state.error_for(DECISION_FIELD)/>
        <h3 class="heading-m">"Conditions you changed"</h3>
        <p>"Tick a condition only if you changed its wording, and say why. Conditions can be changed only when the application is authorised."</p>
        {amendments}
        <button type="button" class="button" id="record-authorisation" on:click=record>"Record the authorisation"</button>
        <div role="status" aria-live="polite">{move || done.get().map(|m| view! { <p class="notice notice--success" id="authorisation-done">{m}</p> })}</div>
    }
}
