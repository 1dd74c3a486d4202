//! One answer in a form every question kind shares, so the catalogue can read, write,
//! check and show any answer without knowing the field behind it. Choices travel as
//! their position in the choice type's list (`ALL`), which is also the order the page
//! shows them in.
use crate::domain::order::OrderType;
use crate::domain::triage::choices::*;
use crate::domain::triage::dates::DateInput;

/// An answer as the catalogue sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Text(String),
    Date(DateInput),
    /// A radio question: the chosen position, if any.
    Choice(Option<usize>),
    /// Checkboxes: the ticked positions, in the order ticked.
    Choices(Vec<usize>),
    /// A single checkbox.
    Flag(bool),
}

impl Answer {
    /// Nothing entered: blank or spaces, an empty date, nothing chosen or ticked.
    pub fn is_blank(&self) -> bool {
        match self {
            Answer::Text(t) => t.trim().is_empty(),
            Answer::Date(d) => d.is_blank(),
            Answer::Choice(c) => c.is_none(),
            Answer::Choices(c) => c.is_empty(),
            Answer::Flag(f) => !f,
        }
    }

    pub fn text(&self) -> String {
        match self {
            Answer::Text(t) => t.clone(),
            _ => String::new(),
        }
    }

    pub fn date(&self) -> DateInput {
        match self {
            Answer::Date(d) => d.clone(),
            _ => DateInput::default(),
        }
    }

    pub fn choice(&self) -> Option<usize> {
        match self {
            Answer::Choice(c) => *c,
            _ => None,
        }
    }

    pub fn choices(&self) -> Vec<usize> {
        match self {
            Answer::Choices(c) => c.clone(),
            Answer::Choice(Some(c)) => vec![*c],
            _ => Vec::new(),
        }
    }

    pub fn flag(&self) -> bool {
        matches!(self, Answer::Flag(true))
    }

    /// Whether choice `i` is picked (a radio) or ticked (a checkbox).
    pub fn has_choice(&self, i: usize) -> bool {
        match self {
            Answer::Choice(c) => *c == Some(i),
            Answer::Choices(c) => c.contains(&i),
            Answer::Flag(f) => *f == (i == 0),
            _ => false,
        }
    }
}

/// A choice type whose values the form lists in order (`YesNo`, `Behaviour`...).
pub trait Choice: Copy + PartialEq + Send + Sync + 'static {
    fn all() -> &'static [Self];
    /// The position of this choice in [`Choice::all`].
    fn position(self) -> usize {
        Self::all().iter().position(|c| *c == self).unwrap_or(0)
    }
    fn at(i: usize) -> Option<Self> {
        Self::all().get(i).copied()
    }
}

/// A field of the model that the catalogue can read and write as an [`Answer`].
pub trait AnswerValue: Sized {
    fn to_answer(&self) -> Answer;
    /// The value for an answer of the right kind; another kind reads as empty.
    fn from_answer(answer: Answer) -> Self;
}

impl AnswerValue for String {
    fn to_answer(&self) -> Answer {
        Answer::Text(self.clone())
    }
    fn from_answer(answer: Answer) -> Self {
        answer.text()
    }
}

impl AnswerValue for DateInput {
    fn to_answer(&self) -> Answer {
        Answer::Date(self.clone())
    }
    fn from_answer(answer: Answer) -> Self {
        answer.date()
    }
}

impl AnswerValue for bool {
    fn to_answer(&self) -> Answer {
        Answer::Flag(*self)
    }
    fn from_answer(answer: Answer) -> Self {
        answer.flag()
    }
}

impl<T: Choice> AnswerValue for Option<T> {
    fn to_answer(&self) -> Answer {
        Answer::Choice(self.map(Choice::position))
    }
    fn from_answer(answer: Answer) -> Self {
        answer.choice().and_then(T::at)
    }
}

impl<T: Choice> AnswerValue for Vec<T> {
    fn to_answer(&self) -> Answer {
        Answer::Choices(self.iter().map(|c| c.position()).collect())
    }
    fn from_answer(answer: Answer) -> Self {
        answer.choices().into_iter().filter_map(T::at).collect()
    }
}

macro_rules! choice_types {
    ($($t:ty),+) => {$(
        impl Choice for $t {
            fn all() -> &'static [Self] {
                <$t>::ALL
            }
        }
    )+};
}

choice_types!(
    YesNo,
    YesNoNotKnown,
    Offence,
    InvestigationStage,
    Relationship,
    PersonRole,
    AreaConnection,
    Behaviour,
    RiskTool,
    ExistingOrderKind,
    FullDurationChoice,
    LocalityChoice,
    VictimStance,
    crate::domain::triage::chronology::WhenKind,
    crate::domain::triage::chronology::EvidenceKind
);

/// The two orders the form offers, in its order.
pub const ORDER_TYPES: &[OrderType] = &[OrderType::InterimAndFull, OrderType::FullOnly];

impl Choice for OrderType {
    fn all() -> &'static [Self] {
        ORDER_TYPES
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_round_trip_through_their_position() {
        let v = Some(YesNoNotKnown::NotKnown);
        assert_eq!(v.to_answer(), Answer::Choice(Some(2)));
        assert_eq!(Option::<YesNoNotKnown>::from_answer(v.to_answer()), v);
        let ticked = vec![Behaviour::Other, Behaviour::Following];
        assert_eq!(Vec::<Behaviour>::from_answer(ticked.to_answer()), ticked);
        assert_eq!(Option::<OrderType>::from_answer(Answer::Choice(Some(1))), Some(OrderType::FullOnly));
    }

    #[test]
    fn a_position_past_the_list_reads_as_nothing_chosen() {
        assert_eq!(Option::<YesNo>::from_answer(Answer::Choice(Some(9))), None);
        assert_eq!(Vec::<YesNo>::from_answer(Answer::Choices(vec![0, 9])), vec![YesNo::Yes]);
    }

    #[test]
    fn spaces_and_empty_dates_are_blank() {
        assert!(Answer::Text("  \n".into()).is_blank());
        assert!(Answer::Date(DateInput::default()).is_blank());
        assert!(!Answer::Flag(true).is_blank());
        assert!(Answer::Choices(vec![]).is_blank());
    }
}
