//! "Check your understanding": a module's questions, answered in the page. Nothing is
//! graded, stored or sent: each "Check answer" shows whether the choice is right and why.
use crate::domain::guidance::Question;
use leptos::prelude::*;

/// The heading id of the questions, for the module's contents list.
pub const QUESTIONS_ID: &str = "check-your-understanding";

#[component]
pub fn Questions(questions: Vec<Question>) -> impl IntoView {
    let total = questions.len();
    view! {
        <div class="questions">
            <h2 id=QUESTIONS_ID>"Check your understanding"</h2>
            <p>"Choose an answer to each question, then check it. Your answers are not marked, kept or sent anywhere."</p>
            {questions
                .into_iter()
                .enumerate()
                .map(|(i, q)| view! { <QuestionItem number=i + 1 total=total question=q/> })
                .collect_view()}
        </div>
    }
}

/// What a check showed.
#[derive(Clone, Copy, PartialEq)]
enum Checked {
    /// "Check answer" with nothing chosen.
    NoChoice,
    Answered { choice: usize, right: bool },
}

#[component]
fn QuestionItem(number: usize, total: usize, question: Question) -> impl IntoView {
    let id = format!("question-{number}");
    let error_id = format!("{id}-error");
    let chosen = RwSignal::new(None::<usize>);
    let checked = RwSignal::new(None::<Checked>);
    let answer_text = question.options.get(question.answer).cloned().unwrap_or_default();
    let explanation = question.explanation.clone();
    let is_right = {
        let question = question.clone();
        move |choice: usize| question.is_correct(choice)
    };
    let check = move |_| {
        checked.set(Some(match chosen.get_untracked() {
            Some(choice) => Checked::Answered { choice, right: is_right(choice) },
            None => Checked::NoChoice,
        }));
    };
    let no_choice = move || checked.get() == Some(Checked::NoChoice);
    let options = question
        .options
        .into_iter()
        .enumerate()
        .map(|(i, label)| {
            let option_id = format!("{id}-option-{}", i + 1);
            view! {
                <div class="radios__item">
                    <input class="radios__input" type="radio" id=option_id.clone() name=id.clone() value=i.to_string()
                        prop:checked=move || chosen.get() == Some(i)
                        on:change=move |_| {
                            chosen.set(Some(i));
                            checked.set(None);
                        }/>
                    <label class="label radios__label" for=option_id>{label}</label>
                </div>
            }
        })
        .collect_view();
    let feedback = move || {
        checked.get().map(|c| match c {
            Checked::NoChoice => view! {
                <p class="visually-hidden">"Choose an answer first, then check it."</p>
            }.into_any(),
            Checked::Answered { right: true, .. } => view! {
                <div class="question__feedback question__feedback--right">
                    <p><strong>"Correct. "</strong>{explanation.clone()}</p>
                </div>
            }.into_any(),
            Checked::Answered { right: false, .. } => view! {
                <div class="question__feedback question__feedback--wrong">
                    <p><strong>"Not quite. "</strong>"The answer is: " {answer_text.clone()} "."</p>
                    <p>{explanation.clone()}</p>
                </div>
            }.into_any(),
        })
    };
    view! {
        <div class=move || if no_choice() { "question form-group form-group--error" } else { "question form-group" }>
            <fieldset class="fieldset" aria-describedby=move || no_choice().then(|| error_id.clone())>
                <legend class="fieldset__legend fieldset__legend--m">
                    <span class="caption">{format!("Question {number} of {total}")}</span>
                    {question.prompt}
                </legend>
                {move || no_choice().then(|| view! {
                    <p class="error-message" id=format!("question-{number}-error")>
                        <span class="visually-hidden">"Error: "</span>"Choose an answer to check"
                    </p>
                })}
                <div class="radios">{options}</div>
            </fieldset>
            <button type="button" class="button button--secondary" on:click=check>
                "Check answer" <span class="visually-hidden">{format!(" to question {number}")}</span>
            </button>
            <div class="question__result" aria-live="polite" id=format!("{id}-result")>{feedback}</div>
        </div>
    }
}
