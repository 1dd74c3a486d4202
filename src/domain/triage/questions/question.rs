//! What a question is: its id, words, kind, whether it is required, when it shows and
//! how its answer is read. Sections are lists of these ([`Entry`]); the page, the
//! checks, "has answers", the check-answers rows and the text copy all read them.
//!
//! Words may hold `{n}` (the item's number in an "add another" group), `{area}` (the
//! force's area) and `{example}` (an example crime reference); [`Words::fill`] puts
//! them in.
use super::answer::Answer;
use crate::domain::triage::fields::TextLimit;
use crate::domain::triage::model::Triage;

/// How an answer is read and written: `item` is the position in an "add another"
/// group, and ignored outside one. A missing item reads as empty and ignores writes, so
/// a removed item never panics a field still on screen.
#[derive(Clone, Copy)]
pub struct Access {
    pub get: fn(&Triage, usize) -> Answer,
    pub set: fn(&mut Triage, usize, Answer),
}

/// When a question is on the page, and so checked and sent.
#[derive(Clone, Copy)]
pub enum Shows {
    Always,
    /// Revealed under choice `choice` of the radio or checkbox question `parent` (an id
    /// in the same list), while that choice is picked and the parent itself shows.
    Under { parent: &'static str, choice: usize },
    /// Shown in place while the predicate holds (for example a date of birth hidden
    /// once "I do not know" is ticked).
    When(fn(&Triage, usize) -> bool),
}

/// A single-line box's type, for the browser's keyboard and autofill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Text,
    /// A name: `autocomplete="name"`.
    PersonName,
    Email,
    Tel,
    /// Digits: `inputmode="numeric"`.
    Number,
    /// A reference in a set format (a crime reference): no spelling check.
    Reference,
}

/// What the officer answers with.
#[derive(Clone, Copy)]
pub enum Kind {
    /// One line. `width` is the box's width in characters (0: full width).
    Text { limit: TextLimit, width: u8, input: Input },
    /// A text area of `rows` rows, with a character count when `count` is set.
    LongText { limit: TextLimit, rows: u8, count: bool },
    /// Day, month and year boxes. `future` ends the message for a date after today
    /// ("must be in the past"); `age` shows the age beside a date of birth on check answers.
    Date { future: &'static str, age: bool },
    /// One of `choices` (labels in the choice type's order).
    Radios { choices: &'static [&'static str], inline: bool },
    /// Any of `choices`.
    Checkboxes { choices: &'static [&'static str] },
    /// One box to tick; required means it must be ticked.
    Checkbox,
}

impl Kind {
    pub const fn line(limit: TextLimit, width: u8, input: Input) -> Kind {
        Kind::Text { limit, width, input }
    }
    pub const fn long(limit: TextLimit, rows: u8) -> Kind {
        Kind::LongText { limit, rows, count: false }
    }
    /// A long text with a character count under it.
    pub const fn counted(limit: TextLimit, rows: u8) -> Kind {
        Kind::LongText { limit, rows, count: true }
    }
    pub const fn radios(choices: &'static [&'static str]) -> Kind {
        Kind::Radios { choices, inline: false }
    }
    /// Radios side by side (yes or no).
    pub const fn inline(choices: &'static [&'static str]) -> Kind {
        Kind::Radios { choices, inline: true }
    }
}

/// A link to the guidance section that says why the question is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Why {
    pub slug: &'static str,
    pub anchor: &'static str,
}

/// One question.
#[derive(Clone, Copy)]
pub struct Question {
    /// The input's HTML id (a date's stem, a radio group's first option). In a group,
    /// the part after `{group}-{i}-`.
    pub id: &'static str,
    /// The label or legend on the page.
    pub label: &'static str,
    /// How messages and check answers name the question, when the label is itself a
    /// question ("Is the respondent on bail?" is named "Respondent on bail"). `None`:
    /// the label, so the page and its messages never drift apart.
    pub name: Option<&'static str>,
    pub hint: Option<&'static str>,
    pub kind: Kind,
    /// The message when nothing is entered; `None` makes the question optional.
    pub required: Option<&'static str>,
    pub shows: Shows,
    pub answer: Access,
    pub why: Option<Why>,
}

/// Builders, so each question in the catalogue reads as one line of what matters.
impl Question {
    pub const fn new(id: &'static str, label: &'static str, kind: Kind, answer: Access) -> Question {
        Question { id, label, name: None, hint: None, kind, required: None, shows: Shows::Always, answer, why: None }
    }
    /// Required, with the message shown when nothing is entered.
    pub const fn required(mut self, message: &'static str) -> Question {
        self.required = Some(message);
        self
    }
    pub const fn hint(mut self, hint: &'static str) -> Question {
        self.hint = Some(hint);
        self
    }
    /// How messages and check answers name a question whose label is a question.
    pub const fn named(mut self, name: &'static str) -> Question {
        self.name = Some(name);
        self
    }
    /// Revealed under choice `choice` of `parent`.
    pub const fn under(mut self, parent: &'static str, choice: usize) -> Question {
        self.shows = Shows::Under { parent, choice };
        self
    }
    pub const fn when(mut self, shows: fn(&Triage, usize) -> bool) -> Question {
        self.shows = Shows::When(shows);
        self
    }
    pub const fn why(mut self, slug: &'static str, anchor: &'static str) -> Question {
        self.why = Some(Why { slug, anchor });
        self
    }

    /// The label as the page shows it: words filled in, and "(optional)" after a typed
    /// answer the officer may leave blank (not in a group that asks for at least one,
    /// such as the crime references).
    pub fn page_label(&self, words: &Words, group: Option<&Group>) -> String {
        let label = words.fill(self.label);
        let optional = self.required.is_none()
            && !group.is_some_and(|g| g.required.is_some())
            && matches!(self.kind, Kind::Text { .. } | Kind::LongText { .. });
        if optional {
            format!("{label} (optional)")
        } else {
            label
        }
    }

    /// How messages and check answers name this question.
    pub fn name(&self) -> &'static str {
        self.name.unwrap_or(self.label)
    }

    pub fn read(&self, triage: &Triage, item: usize) -> Answer {
        (self.answer.get)(triage, item)
    }

    pub fn write(&self, triage: &mut Triage, item: usize, answer: Answer) {
        (self.answer.set)(triage, item, answer)
    }

    /// The choices' labels, for radios and checkboxes.
    pub fn choices(&self) -> &'static [&'static str] {
        match self.kind {
            Kind::Radios { choices, .. } | Kind::Checkboxes { choices } => choices,
            _ => &[],
        }
    }
}

/// Whether the items of a group that are left blank are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlankItems {
    /// Every item is checked: a blank extra person is an error, not silently dropped.
    Checked,
    /// Blank items are ignored (a blank extra crime reference row).
    Ignored,
}

/// "Add another": a list of items, each asking the same questions.
#[derive(Clone, Copy)]
pub struct Group {
    /// The id stem: item `i`'s question `q` is `{id}-{i}-{q}` (or `{id}-{i}` when `q`
    /// is empty).
    pub id: &'static str,
    /// The legend over the whole group, if any ("Crime reference numbers").
    pub legend: Option<&'static str>,
    /// Each item's legend ("Person {n}"), if items have their own fieldset.
    pub item_legend: Option<&'static str>,
    /// How messages name an item's question: "{name} of {of}", e.g. "person {n}".
    /// `None`: the question's own name (which then holds `{n}`).
    pub of: Option<&'static str>,
    /// The "add another" button's words.
    pub add: &'static str,
    /// What the hidden part of a "Remove" button names: "person {n}".
    pub remove: &'static str,
    /// The message when no item has any answer; `None`: the group may be empty.
    pub required: Option<&'static str>,
    pub blank_items: BlankItems,
    pub shows: Shows,
    /// How many items the triage holds. The page always shows at least one
    /// ([`Group::items`]), and adds it to the triage before the officer types.
    pub count: fn(&Triage) -> usize,
    /// Adds an empty item at the end.
    pub push: fn(&mut Triage),
    pub remove_at: fn(&mut Triage, usize),
    pub questions: &'static [Question],
}

impl Group {
    /// The HTML id of item `i`'s question `q`.
    pub fn field_id(&self, item: usize, q: &Question) -> String {
        if q.id.is_empty() {
            format!("{}-{item}", self.id)
        } else {
            format!("{}-{item}-{}", self.id, q.id)
        }
    }

    /// How many items the page shows: at least one, so there is always a box to type in.
    pub fn items(&self, triage: &Triage) -> usize {
        (self.count)(triage).max(1)
    }

    /// Adds empty items until item `item` exists.
    pub fn ensure(&self, triage: &mut Triage, item: usize) {
        while (self.count)(triage) <= item {
            (self.push)(triage);
        }
    }

    /// Whether item `i` has any answer.
    pub fn item_has_answers(&self, triage: &Triage, item: usize) -> bool {
        self.questions.iter().any(|q| !q.read(triage, item).is_blank())
    }
}

/// One entry of a section's list.
#[derive(Clone, Copy)]
pub enum Entry {
    Ask(Question),
    Group(Group),
    /// The conditions editor (the builder, bound to the triage).
    Conditions,
}

/// The values that words may name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Words {
    /// The item's number, counted from 1.
    pub n: Option<usize>,
    pub area: String,
    pub example: String,
}

impl Words {
    /// `text` with `{n}`, `{area}` and `{example}` filled in.
    pub fn fill(&self, text: &str) -> String {
        if !text.contains('{') {
            return text.to_string();
        }
        let mut out = text.replace("{area}", &self.area).replace("{example}", &self.example);
        if let Some(n) = self.n {
            out = out.replace("{n}", &n.to_string());
        }
        out
    }

    pub fn item(&self, i: usize) -> Words {
        Words { n: Some(i + 1), ..self.clone() }
    }
}
