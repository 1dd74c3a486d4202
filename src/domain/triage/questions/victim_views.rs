//! "The victim's views": officers should get them before applying (facts item 77), but
//! consent is not required (item 76, R8), so any stance is accepted and views not
//! obtained only need a reason.
use super::question::{Entry, Input, Kind, Question};
use crate::domain::triage::choices::{VictimStance, YesNo, YesNoNotKnown};
use crate::domain::triage::fields::{LONG, SHORT};
use crate::field;

pub const OBTAINED: &str = "victim-views-obtained";
pub const STANCE: &str = "victim-stance";
pub const VIEWS_ON_CONDITIONS: &str = "victim-views-on-conditions";
pub const ADVOCATE: &str = "victim-advocate";
pub const ADVOCATE_NAME: &str = "victim-advocate-name";
pub const REASON_NOT_OBTAINED: &str = "victim-reason-not-obtained";

const YES: usize = YesNo::Yes as usize;

pub static QUESTIONS: &[Entry] = &[
    Entry::Ask(
        Question::new(OBTAINED, "Have you got the victim's views on the application?", Kind::inline(YesNo::LABELS), field!(victim_views.obtained))
            .named("Victim's views obtained")
            .why("victim-views-and-advocates", "recording-views")
            .required("Select yes if you have got the victim's views"),
    ),
    Entry::Ask(
        Question::new(STANCE, "What is the victim's view of the application?", Kind::radios(VictimStance::LABELS), field!(victim_views.stance))
            .named("Victim's view of the application")
            .hint("The victim's consent is not needed. Record their view either way.")
            .why("victim-views-and-advocates", "consent")
            .under(OBTAINED, YES)
            .required("Select the victim's view of the application"),
    ),
    Entry::Ask(
        Question::new(VIEWS_ON_CONDITIONS, "Their views on the proposed conditions", Kind::long(LONG, 4), field!(victim_views.views_on_conditions))
            .named("Victim's views on the proposed conditions")
            .under(OBTAINED, YES)
            .required("Enter the victim's views on the proposed conditions, or that they had none"),
    ),
    Entry::Ask(
        Question::new(ADVOCATE, "Is an independent stalking advocate or caseworker (ISA/C) involved?", Kind::inline(YesNoNotKnown::LABELS), field!(victim_views.advocate))
            .named("Independent stalking advocate involved")
            .why("victim-views-and-advocates", "advocates")
            .under(OBTAINED, YES)
            .required("Select yes if an independent stalking advocate (ISA/C) is involved"),
    ),
    Entry::Ask(
        Question::new(ADVOCATE_NAME, "Advocate's name and organisation", Kind::line(SHORT, 20, Input::Text), field!(victim_views.advocate_name))
            .under(ADVOCATE, YesNoNotKnown::Yes as usize)
            .required("Enter the advocate's name and organisation"),
    ),
    Entry::Ask(
        Question::new(REASON_NOT_OBTAINED, "Why have you not been able to get their views?", Kind::long(LONG, 3), field!(victim_views.reason_not_obtained))
            .named("Reason the victim's views were not obtained")
            .under(OBTAINED, YesNo::No as usize)
            .required("Enter why you have not been able to get the victim's views"),
    ),
];
