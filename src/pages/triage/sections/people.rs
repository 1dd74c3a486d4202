//! People to protect: one or more ("add another").
use super::{focus_soon, SingleCheckbox};
use crate::bind_item;
use crate::domain::triage::field_ids as id;
use crate::domain::triage::{PersonRole, ProtectedPerson, Relationship, YesNoNotKnown};
use crate::pages::triage::{options, use_triage};
use crate::ui::fields::{DateField, Radios, TextInput};
use crate::ui::why_we_ask::WhyWeAsk;
use leptos::prelude::*;

#[component]
pub fn PeopleFields() -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    if t.with_untracked(|t| t.people.is_empty()) {
        t.update(|t| t.people.push(ProtectedPerson::default()));
    }
    let count = Memo::new(move |_| t.with(|t| t.people.len()));
    let add = move |_| {
        let next = count.get_untracked();
        t.update(|t| t.people.push(ProtectedPerson::default()));
        focus_soon(id::person(next, id::PERSON_NAME));
    };
    view! {
        <p>"Include the victim and anyone connected to them who needs protecting, such as family, friends or colleagues targeted to get at the victim."
            " " <WhyWeAsk slug="three-tests" anchor="who-can-be-protected"/></p>
        {move || (0..count.get()).map(|i| view! { <Person i=i removable={count.get() > 1}/> }).collect_view()}
        <button type="button" class="button button--secondary" id="add-person" on:click=add>"Add another person"</button>
    }
}

#[component]
fn Person(i: usize, removable: bool) -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    let n = i + 1;
    let field = move |f: &str| id::person(i, f);
    let (dob_error, dob_field) = s.error_for_date(field(id::PERSON_DOB));
    let not_known = bind_item!(t, [people], i, date_of_birth_not_known);
    let remove = move |_| {
        t.update(|t| {
            if i < t.people.len() {
                t.people.remove(i);
            }
        });
        focus_soon("add-person".into());
    };
    view! {
        <fieldset class="fieldset add-another__item" id=format!("person-{n}")>
            <legend class="fieldset__legend fieldset__legend--m">{format!("Person {n}")}</legend>
            <TextInput id=field(id::PERSON_NAME) label="Full name" value=bind_item!(t, [people], i, name) error=s.error_for(field(id::PERSON_NAME)) width="input--w20"/>
            {move || (!not_known.get()).then(|| view! {
                <DateField id=field(id::PERSON_DOB) legend="Date of birth" hint="For example, 27 3 1990"
                    value=bind_item!(t, [people], i, date_of_birth) error=dob_error error_field=dob_field/>
            })}
            <SingleCheckbox id=field(id::PERSON_DOB_NOT_KNOWN) label="I do not know their date of birth" value=not_known/>
            {move || not_known.get().then(|| view! {
                <Radios id=field(id::PERSON_UNDER_18) legend="Are they under 18?" inline=true
                    options=options(YesNoNotKnown::ALL, YesNoNotKnown::label)
                    value=bind_item!(t, [people], i, under_18_if_not_known) error=s.error_for(field(id::PERSON_UNDER_18))/>
            })}
            <Radios id=field(id::PERSON_RELATIONSHIP) legend="How do they know the respondent?"
                options=options(Relationship::ALL, Relationship::label)
                value=bind_item!(t, [people], i, relationship) error=s.error_for(field(id::PERSON_RELATIONSHIP))/>
            <Radios id=field(id::PERSON_ROLE) legend="Are they the primary victim or a connected person?"
                options=options(PersonRole::ALL, PersonRole::label)
                value=bind_item!(t, [people], i, role) error=s.error_for(field(id::PERSON_ROLE))/>
            {removable.then(|| view! {
                <button type="button" class="button button--secondary" on:click=remove>
                    "Remove" <span class="visually-hidden">{format!(" person {n}")}</span>
                </button>
            })}
        </fieldset>
    }
}
