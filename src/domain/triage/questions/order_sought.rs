//! "Order sought": which orders, how long each lasts (facts items 19, 30, R4), where
//! (item 16, R9) and the religion, work and education times conditions must avoid
//! (item 15, R3). The durations are named rules (`validate_order_sought`).
use super::answer::ORDER_TYPES;
use super::question::{Entry, Input, Kind, Question};
use crate::domain::order::OrderType;
use crate::domain::triage::choices::{FullDurationChoice, LocalityChoice, YesNoNotKnown};
use crate::domain::triage::fields::{LONG, SHORT, SHORT_MULTILINE};
use crate::field;

pub const ORDER_TYPE: &str = "order-type";
pub const INTERIM_WEEKS: &str = "order-interim-weeks";
pub const FULL_DURATION: &str = "order-full-duration";
pub const FULL_MONTHS: &str = "order-full-months";
pub const LOCALITY: &str = "order-locality";
pub const LOCALITY_DESCRIPTION: &str = "order-locality-description";
pub const AVOID_TIMES: &str = "order-avoid-times";
pub const AVOID_DETAILS: &str = "order-avoid-details";

const ORDER_TYPE_LABELS: &[&str] = &["Interim order and full order", "Full order only"];
const _: () = assert!(ORDER_TYPE_LABELS.len() == ORDER_TYPES.len());

pub static QUESTIONS: &[Entry] = &[
    Entry::Ask(
        Question::new(ORDER_TYPE, "Which orders are you asking for?", Kind::radios(ORDER_TYPE_LABELS), field!(order_sought.order_type))
            .named("Orders sought")
            .why("interim-and-full-orders", "when-interim")
            .required("Select whether you are applying for an interim and a full order, or a full order only"),
    ),
    Entry::Ask(
        Question::new(INTERIM_WEEKS, "How many weeks should the interim order last?", Kind::line(SHORT, 4, Input::Number), field!(order_sought.interim_weeks))
            .named("Interim order period")
            .hint("An interim order lasts for a fixed period and ends when the full application is decided, if that comes first.")
            .under(ORDER_TYPE, OrderType::InterimAndFull as usize)
            .required("Enter how many weeks the interim order should last, for example 8"),
    ),
    Entry::Ask(
        Question::new(FULL_DURATION, "How long should the full order last?", Kind::radios(FullDurationChoice::LABELS), field!(order_sought.full_duration))
            .named("Full order duration")
            .hint("A fixed period must be at least 2 years. An order can also last until further order.")
            .why("interim-and-full-orders", "duration")
            .required("Select how long the full order should last"),
    ),
    Entry::Ask(
        Question::new(FULL_MONTHS, "Number of months", Kind::line(SHORT, 4, Input::Number), field!(order_sought.full_months))
            .named("Full order period")
            .hint("At least 24. For example, 36 for three years")
            .under(FULL_DURATION, FullDurationChoice::FixedPeriod as usize)
            .required("Enter how many months the full order should last, for example 24"),
    ),
    Entry::Ask(
        Question::new(LOCALITY, "Where should the conditions apply?", Kind::radios(LocalityChoice::LABELS), field!(order_sought.locality))
            .named("Where the conditions apply")
            .hint("Conditions apply throughout the United Kingdom unless the order limits them to a particular area.")
            .why("interim-and-full-orders", "locality")
            .required("Select where the order's conditions should apply"),
    ),
    Entry::Ask(
        Question::new(LOCALITY_DESCRIPTION, "Describe the area", Kind::line(SHORT_MULTILINE, 20, Input::Text), field!(order_sought.locality_description))
            .named("Area the order is limited to")
            .under(LOCALITY, LocalityChoice::Limited as usize)
            .required("Enter the area the order should be limited to, for example a named town or an area on a map"),
    ),
    Entry::Ask(
        Question::new(
            AVOID_TIMES,
            "Is there anything about the respondent's religion, work or education times that the conditions must avoid?",
            Kind::radios(YesNoNotKnown::LABELS),
            field!(order_sought.avoid_times),
        )
        .named("Religion, work or education times to avoid")
        .hint("Conditions must avoid conflicting with religious beliefs and with times the respondent normally works or attends education, as far as practicable.")
        .why("drafting-conditions", "avoiding-clashes")
        .required("Select whether there is anything in the respondent's religion, work or education times that the conditions must avoid"),
    ),
    Entry::Ask(
        Question::new(AVOID_DETAILS, "What must the conditions avoid?", Kind::long(LONG, 3), field!(order_sought.avoid_details))
            .named("What the conditions must avoid")
            .hint("For example, attends a place of worship on Friday afternoons; works shifts at a named site")
            .under(AVOID_TIMES, YesNoNotKnown::Yes as usize)
            .required("Enter what the conditions must avoid in the respondent's religion, work or education times"),
    ),
];
