//! "Check your understanding": a module's questions, answered in the page. Nothing is
//! graded, stored or sent: each "Check answer" shows whether the choice is right and why.
use crate::domain::guidance::Question;
use crate::ui::fields::{Bind, Radios};
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
    let error = Signal::derive(move || no_choice().then(|| "Choose an answer to check".to_string()));
    // Choosing again clears the last check, so feedback never describes another choice.
    let value = Bind::new(move || chosen.get(), move |v| {
        chosen.set(v);
        checked.set(None);
    });
    let options: Vec<(usize, String)> = question.options.into_iter().enumerate().collect();
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
        <div class="question">
            <Radios id=id.clone() legend=question.prompt options=options value=value error=error legend_large=true
                caption=format!("Question {number} of {total}")/>
            <button type="button" class="button button--secondary" on:click=check>
                "Check answer" <span class="visually-hidden">{format!(" to question {number}")}</span>
            </button>
            <div class="question__result" aria-live="polite" id=format!("{id}-result")>{feedback}</div>
        </div>
    }
}
