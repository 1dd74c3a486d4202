//! "Existing orders and measures": courts and legal teams have refused SPOs because bail
//! or another order seemed enough (facts item 100), so each one needs its details and
//! why it is not enough (item 79, Cheshire triage). An SPO should be considered even so
//! (item 78).
use super::question::{BlankItems, Entry, Group, Kind, Question, Shows};
use crate::domain::triage::choices::{ExistingOrderKind, YesNo};
use crate::domain::triage::fields::LONG;
use crate::domain::triage::model::ExistingOrder;
use crate::{field, item};

pub const ANY: &str = "existing-orders-any";
/// The group stem: `existing-orders-0-kind`...
pub const GROUP: &str = "existing-orders";
pub const KIND: &str = "kind";
pub const DETAILS: &str = "details";
pub const WHY_NOT_ENOUGH: &str = "why-not-enough";

pub static QUESTIONS: &[Entry] = &[
    Entry::Ask(
        Question::new(ANY, "Are any orders or measures already in place to manage the risk?", Kind::inline(YesNo::LABELS), field!(existing_orders.any))
            .named("Orders or measures in place")
            .hint("For example bail conditions, a restraining order, a non-molestation order, a DVPO or licence conditions. An SPO can still be sought when they are.")
            .why("using-the-triage-form", "existing-orders")
            .required("Select yes if the respondent is subject to any existing orders or measures"),
    ),
    Entry::Group(Group {
        id: GROUP,
        legend: None,
        item_legend: Some("Order or measure {n}"),
        of: Some("order or measure {n}"),
        add: "Add another order or measure",
        remove: "order or measure {n}",
        required: Some("Select the type of order or measure 1"),
        blank_items: BlankItems::Checked,
        shows: Shows::Under { parent: ANY, choice: YesNo::Yes as usize },
        count: |t| t.existing_orders.orders.len(),
        push: |t| t.existing_orders.orders.push(ExistingOrder::default()),
        remove_at: |t, i| {
            if i < t.existing_orders.orders.len() {
                t.existing_orders.orders.remove(i);
            }
        },
        questions: &[
            Question::new(KIND, "What is it?", Kind::radios(ExistingOrderKind::LABELS), item!([existing_orders.orders] kind))
                .named("Type")
                .required("Select the type of order or measure {n}"),
            Question::new(DETAILS, "Details", Kind::long(LONG, 3), item!([existing_orders.orders] details))
                .hint("Court or issuing officer, dates and conditions")
                .required("Enter the details of order or measure {n}: who made it, when, and what it says"),
            Question::new(WHY_NOT_ENOUGH, "Why is it not enough to manage the risk?", Kind::long(LONG, 3), item!([existing_orders.orders] why_not_enough))
                .named("Why it is not enough")
                .hint("For example, it ends soon, it cannot include positive requirements, or breaching it carries no penalty of its own")
                .required("Enter why order or measure {n} is not enough to manage the risk"),
        ],
    }),
];
