//! "The investigation": an order can be sought before any charge (facts item 3), so
//! "no" needs nothing more; with one, the reviewers need its crime references,
//! offences, stage and any bail (facts item 79). Crime reference formats and repeats
//! are named rules (`validate_investigation`).
use super::answer::Answer;
use super::question::{Access, BlankItems, Entry, Group, Input, Kind, Question, Shows};
use crate::domain::triage::choices::{InvestigationStage, Offence, YesNo};
use crate::domain::triage::fields::{LONG, SHORT};
use crate::field;

pub const SUBSTANTIVE: &str = "investigation-substantive";
/// The group stem: `investigation-crime-reference-0` is the first reference.
pub const CRIME_REFERENCE: &str = "investigation-crime-reference";
pub const OFFENCES: &str = "investigation-offences";
pub const OTHER_OFFENCE: &str = "investigation-other-offence-details";
pub const STAGE: &str = "investigation-stage";
pub const BAIL: &str = "investigation-bail";
pub const BAIL_DETAILS: &str = "investigation-bail-details";

const YES: usize = YesNo::Yes as usize;

/// A crime reference row: rows past the end read as blank, and typing in one creates it.
const REFERENCE: Access = Access {
    get: |t, i| Answer::Text(t.investigation.crime_references.get(i).cloned().unwrap_or_default()),
    set: |t, i, a| {
        let refs = &mut t.investigation.crime_references;
        while refs.len() <= i {
            refs.push(String::new());
        }
        refs[i] = a.text();
    },
};

pub static QUESTIONS: &[Entry] = &[
    Entry::Ask(
        Question::new(SUBSTANTIVE, "Is there a substantive criminal investigation?", Kind::inline(YesNo::LABELS), field!(investigation.substantive))
            .named("Substantive investigation")
            .hint("An SPO can be sought whether or not anyone has been charged.")
            .why("what-is-an-spo", "alongside-prosecution")
            .required("Select yes if there is a substantive investigation"),
    ),
    Entry::Group(Group {
        id: CRIME_REFERENCE,
        legend: Some("Crime reference numbers"),
        item_legend: None,
        of: None,
        add: "Add another crime reference",
        remove: "crime reference {n}",
        required: Some("Enter at least one crime reference"),
        blank_items: BlankItems::Ignored,
        shows: Shows::Under { parent: SUBSTANTIVE, choice: YES },
        count: |t| t.investigation.crime_references.len(),
        push: |t| t.investigation.crime_references.push(String::new()),
        remove_at: |t, i| {
            if i < t.investigation.crime_references.len() {
                t.investigation.crime_references.remove(i);
            }
        },
        questions: &[Question::new("", "Crime reference {n}", Kind::line(SHORT, 10, Input::Reference), REFERENCE).hint("For example, {example}")],
    }),
    Entry::Ask(
        Question::new(OFFENCES, "Offences being investigated", Kind::Checkboxes { choices: Offence::LABELS }, field!(investigation.offences))
            .hint("Select all that apply")
            .under(SUBSTANTIVE, YES)
            .required("Select the offences being investigated"),
    ),
    Entry::Ask(
        Question::new(OTHER_OFFENCE, "Other offences", Kind::long(LONG, 2), field!(investigation.other_offence_details))
            .under(OFFENCES, Offence::Other as usize)
            .required("Enter the other offences being investigated"),
    ),
    Entry::Ask(
        Question::new(STAGE, "What stage has the investigation reached?", Kind::radios(InvestigationStage::LABELS), field!(investigation.stage))
            .named("Stage of the investigation")
            .under(SUBSTANTIVE, YES)
            .required("Select the stage the investigation has reached"),
    ),
    Entry::Ask(
        Question::new(BAIL, "Is the respondent on bail?", Kind::inline(YesNo::LABELS), field!(investigation.bail_in_place))
            .named("Respondent on bail")
            .under(SUBSTANTIVE, YES)
            .required("Select yes if the respondent is on bail"),
    ),
    Entry::Ask(
        Question::new(BAIL_DETAILS, "Bail conditions and when bail ends", Kind::long(LONG, 3), field!(investigation.bail_details))
            .under(BAIL, YES)
            .required("Enter the bail conditions and when bail ends"),
    ),
];
