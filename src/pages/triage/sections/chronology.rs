//! The chronology's parts the catalogue cannot draw: each act's list of evidence
//! (inside the act), and the acts each test and each proposed condition rests on.
//! Everything they edit is plain data on the triage (`Triage::acts`, `citations`);
//! the checks are `chronology::validate_chronology` and `validate_citations`.
use crate::domain::triage::chronology::{act_field, condition_citation_field, evidence_field, test_field, EvidenceItem, EvidenceKind, Test};
use crate::domain::triage::questions::chronology::act_options;
use crate::pages::triage::use_triage;
use crate::ui::base::href;
use crate::domain::triage::questions::Choice;
use crate::ui::fields::{Bind, Checkboxes, Radios, TextArea, TextInput};
use crate::ui::page::focus_later;
use leptos::prelude::*;

/// The evidence for act `i`: at least one piece, each with its kind, exhibit
/// reference and an optional description; add and remove.
#[component]
pub fn EvidenceList(act: usize) -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    let n = act + 1;
    let count = Memo::new(move |_| t.with(|t| t.acts.get(act).map_or(0, |a| a.evidence.len()).max(1)));
    let evidence = move |t: &mut crate::domain::triage::Triage, j: usize, edit: &dyn Fn(&mut EvidenceItem)| {
        if let Some(a) = t.acts.get_mut(act) {
            while a.evidence.len() <= j {
                a.evidence.push(EvidenceItem::default());
            }
            edit(&mut a.evidence[j]);
        }
    };
    let read = move |j: usize, get: fn(&EvidenceItem) -> String, put: fn(&mut EvidenceItem, String)| {
        Bind::new(
            move || t.with(|t| t.acts.get(act).and_then(|a| a.evidence.get(j)).map(get).unwrap_or_default()),
            move |v: String| {
                t.update(|t| evidence(t, j, &|e| put(e, v.clone())))
            },
        )
    };
    let add_id = format!("add-evidence-{act}");
    let items = move || {
        (0..count.get())
            .map(|j| {
                let m = j + 1;
                // By position, as the catalogue's radios are: the same component code
                // serves both (each new type of choice costs the form's download).
                let kind = Bind::new(
                    move || t.with(|t| t.acts.get(act).and_then(|a| a.evidence.get(j)).and_then(|e| e.kind).map(Choice::position)),
                    move |kind: Option<usize>| t.update(|t| evidence(t, j, &|e| e.kind = kind.and_then(EvidenceKind::at))),
                );
                let options: Vec<(usize, String)> = EvidenceKind::ALL.iter().enumerate().map(|(i, k)| (i, k.label().to_string())).collect();
                let focus_after = add_id.clone();
                let remove = move |_| {
                    t.update(|t| {
                        if let Some(a) = t.acts.get_mut(act) {
                            if j < a.evidence.len() {
                                a.evidence.remove(j);
                            }
                        }
                    });
                    focus_later(focus_after.clone());
                };
                let remove_button = (count.get_untracked() > 1).then(|| {
                    view! {
                        <button type="button" class="button button--secondary add-another__remove" on:click=remove>
                            "Remove" <span class="visually-hidden">{format!(" evidence {m} for act {n}")}</span>
                        </button>
                    }
                });
                let (kind_id, exhibit_id, description_id) =
                    (evidence_field(act, j, "kind"), evidence_field(act, j, "exhibit"), evidence_field(act, j, "description"));
                view! {
                    <fieldset class="fieldset add-another__item evidence">
                        <legend class="fieldset__legend fieldset__legend--s">{format!("Evidence {m} for act {n}")}</legend>
                        <Radios id=kind_id.clone() legend="Kind of evidence" options=options value=kind error=s.error_for(kind_id)/>
                        <TextInput id=exhibit_id.clone() label="Exhibit reference" hint="For example JE/1".to_string()
                            value=read(j, |e| e.exhibit.clone(), |e, v| e.exhibit = v) error=s.error_for(exhibit_id) width="input--w10"/>
                        <TextInput id=description_id.clone() label="What it is (optional)"
                            hint="If the kind does not say, for example 'statement of the neighbour at number 6'".to_string()
                            value=read(j, |e| e.description.clone(), |e, v| e.description = v) error=s.error_for(description_id)/>
                        {remove_button}
                    </fieldset>
                }
            })
            .collect_view()
    };
    let add = move |_| {
        let next = count.get_untracked();
        t.update(|t| evidence(t, next, &|_| {}));
        focus_later(evidence_field(act, next, "kind"));
    };
    view! {
        <div class="form-group" id=act_field(act, "evidence")>
            <h2 class="heading-s">{format!("How act {n} is evidenced")}</h2>
            <p class="hint">"Each statement, screenshot, recording or record, with its exhibit reference."</p>
            {items}
            <button type="button" class="button button--secondary" id=format!("add-evidence-{act}") on:click=add>
                "Add another piece of evidence" <span class="visually-hidden">{format!(" for act {n}")}</span>
            </button>
        </div>
    }
}

/// Cited act ids bound as positions among `options`, as the catalogue's checkboxes
/// are bound (one component's code for both).
fn by_position(
    options: Vec<(u32, String)>,
    get: impl Fn() -> Vec<u32> + Send + Sync + 'static,
    set: impl Fn(Vec<u32>) + Send + Sync + 'static,
) -> Bind<Vec<usize>> {
    let ids: Vec<u32> = options.into_iter().map(|(id, _)| id).collect();
    let ids2 = ids.clone();
    Bind::new(
        move || get().iter().filter_map(|id| ids.iter().position(|x| x == id)).collect(),
        move |positions: Vec<usize>| set(positions.iter().filter_map(|p| ids2.get(*p).copied()).collect()),
    )
}

fn labels(options: Vec<(u32, String)>) -> Vec<(usize, String)> {
    options.into_iter().enumerate().map(|(i, (_, label))| (i, label)).collect()
}

/// Shown when there are no acts to cite yet.
fn no_acts_yet() -> AnyView {
    view! {
        <p class="hint">"Add the acts in the " <a href=href("triage/chronology")>"chronology of acts"</a>
            " first; you can then say which of them this rests on."</p>
    }
    .into_any()
}

/// "Which acts does this test rest on?", under the test's evidence.
#[component]
pub fn CiteActsForTest(test: Test) -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    let options = Memo::new(move |_| t.with(|t| act_options(&t.acts)));
    let id = test_field(test);
    move || {
        let options = options.get();
        if options.is_empty() {
            return no_acts_yet();
        }
        let value = by_position(options.clone(), move || t.with(|t| t.citations.for_test(test).to_vec()), move |v| t.update(|t| *t.citations.for_test_mut(test) = v));
        let options = labels(options);
        view! {
            <Checkboxes id=id.clone() legend=format!("Which acts in the chronology does test {} rest on?", test.letter())
                hint="Select all that apply. The statement of grounds lists them under this test.".to_string()
                options=options value=value error=s.error_for(id.clone())/>
        }
        .into_any()
    }
}

/// For proposed condition `index`: the acts it answers and the risk it answers.
#[component]
pub fn CiteActsForCondition(index: usize) -> impl IntoView {
    let s = use_triage();
    let t = s.triage;
    let n = index + 1;
    let options = Memo::new(move |_| t.with(|t| act_options(&t.acts)));
    let update = move |f: Box<dyn FnOnce(&mut crate::domain::triage::chronology::ConditionCitation)>| {
        t.update(|t| {
            let list = &mut t.citations.conditions;
            let at = match list.iter().position(|c| c.condition_index == index) {
                Some(at) => at,
                None => {
                    list.push(crate::domain::triage::chronology::ConditionCitation { condition_index: index, ..Default::default() });
                    list.len() - 1
                }
            };
            f(&mut list[at]);
        })
    };
    let acts_id = condition_citation_field(index, "acts");
    let risk_id = condition_citation_field(index, "risk");
    let risk = Bind::new(
        move || t.with(|t| t.citations.for_condition(index).map(|c| c.risk.clone()).unwrap_or_default()),
        move |v: String| update(Box::new(move |c| c.risk = v)),
    );
    let acts = move || {
        let options = options.get();
        if options.is_empty() {
            return no_acts_yet();
        }
        let value = by_position(
            options.clone(),
            move || t.with(|t| t.citations.for_condition(index).map(|c| c.acts.clone()).unwrap_or_default()),
            move |v| update(Box::new(move |c| c.acts = v)),
        );
        let options = labels(options);
        view! {
            <Checkboxes id=acts_id.clone() legend=format!("Which acts does condition {n} answer?")
                hint="Select all that apply.".to_string() options=options value=value error=s.error_for(acts_id.clone())/>
        }
        .into_any()
    };
    view! {
        <div class="condition-citation">
            {acts}
            <TextArea id=risk_id.clone() label=format!("What risk does condition {n} answer? (optional)") rows=2
                hint="For example, further messages to the victim from new accounts".to_string()
                value=risk error=s.error_for(risk_id)/>
        </div>
    }
}
