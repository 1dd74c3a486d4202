//! The example conditions library: worked fictional cases for trainers, legal
//! advisers and supervisors. /examples lists them; /examples/{slug} shows one in
//! full, printable, and can open it in the conditions builder.
mod detail;
mod list;

pub use detail::ExamplePage;
pub use list::ExamplesPage;

use crate::domain::conditions::examples::ExampleCase;
use crate::domain::order::OrderType;

/// "Interim and full order" and the like, for the list and the detail page.
pub(crate) fn order_summary(case: &ExampleCase) -> String {
    let sought = match case.order_type {
        OrderType::InterimAndFull => "Interim and full order",
        OrderType::FullOnly => "Full order only",
    };
    let count = case.conditions.len();
    format!("{sought}; {count} condition{}", if count == 1 { "" } else { "s" })
}

/// Paragraphs of a text written with blank lines between them.
pub(crate) fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(str::to_string).collect()
}
