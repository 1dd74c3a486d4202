//! The draft order's text: prohibitions then requirements, numbered straight
//! through, with the duration and where it applies, between protective markings.
//! [`order_lines`] gives the structure for the page to render as HTML;
//! [`order_text`] gives the same as plain text to copy, print or download.
//!
//! Law (../shared/domain/facts.md): prohibitions, requirements or both (item 8);
//! duration (items 19, 30, via `order.rs`); the whole UK unless limited (item 16).
use serde::{Deserialize, Serialize};

use super::catalogue::Kind;
use super::checks::SetContext;
use super::chosen::ChosenCondition;
use crate::domain::order::{FullDuration, InterimDuration, Locality, OrderType};

/// What the order text needs besides the conditions.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct OrderContext {
    /// Printed at the top and bottom, e.g. `OFFICIAL-SENSITIVE` (from config.json).
    pub protective_marking: String,
    pub order_type: OrderType,
    pub full_duration: Option<FullDuration>,
    pub interim: Option<InterimDuration>,
    pub locality: Locality,
}

impl OrderContext {
    /// The order context from the builder's set context and the force's marking.
    pub fn from_set(ctx: &SetContext, protective_marking: &str) -> OrderContext {
        OrderContext {
            protective_marking: protective_marking.to_string(),
            order_type: ctx.order_type,
            full_duration: ctx.full_duration.clone(),
            interim: ctx.interim,
            locality: ctx.locality.clone(),
        }
    }
}

/// One line of the order, for the page to render.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum OrderLine {
    /// The protective marking, top and bottom.
    Marking { text: String },
    /// The document's title.
    Title { text: String },
    /// A section heading ("Duration", "Where it applies").
    Heading { text: String },
    /// "The respondent must not:" or "The respondent must:".
    Lead { text: String },
    /// A numbered condition; `text` ends with ";" or, for the last, ".".
    Item {
        number: usize,
        condition_index: usize,
        text: String,
    },
    /// An ordinary line.
    Text { text: String },
}

/// The title at the head of the order text.
pub const ORDER_TITLE: &str = "Stalking Protection Order: proposed prohibitions and requirements";

/// The order as structured lines.
pub fn order_lines(conditions: &[ChosenCondition], ctx: &OrderContext) -> Vec<OrderLine> {
    let marking = OrderLine::Marking {
        text: ctx.protective_marking.trim().to_string(),
    };
    let mut lines = vec![
        marking.clone(),
        OrderLine::Title {
            text: ORDER_TITLE.to_string(),
        },
        OrderLine::Text {
            text: orders_sought(ctx.order_type).to_string(),
        },
    ];
    lines.extend(condition_lines(conditions));
    lines.push(OrderLine::Heading {
        text: "Duration".to_string(),
    });
    lines.push(OrderLine::Text {
        text: full_line(ctx.full_duration.as_ref()),
    });
    if ctx.order_type.includes_interim() {
        lines.push(OrderLine::Text {
            text: interim_line(ctx.interim),
        });
    }
    lines.push(OrderLine::Heading {
        text: "Where it applies".to_string(),
    });
    lines.push(OrderLine::Text {
        text: ctx.locality.describe(),
    });
    lines.push(marking);
    lines
}

fn orders_sought(order_type: OrderType) -> &'static str {
    match order_type {
        OrderType::InterimAndFull => "Orders sought: an interim order and a full order",
        OrderType::FullOnly => "Order sought: a full order",
    }
}

/// Anything not marked as a requirement is listed with the prohibitions, so no
/// condition ever drops out of the text.
fn is_requirement(c: &ChosenCondition) -> bool {
    Kind::parse(&c.kind) == Some(Kind::Requirement)
}

/// Prohibitions then requirements, numbered straight through.
fn condition_lines(conditions: &[ChosenCondition]) -> Vec<OrderLine> {
    if conditions.is_empty() {
        return vec![OrderLine::Text {
            text: "No conditions have been chosen yet.".to_string(),
        }];
    }
    let total = conditions.len();
    let mut lines = Vec::new();
    let mut number = 0;
    for kind in Kind::ALL {
        let group: Vec<(usize, &ChosenCondition)> = conditions
            .iter()
            .enumerate()
            .filter(|(_, c)| is_requirement(c) == (kind == Kind::Requirement))
            .collect();
        if group.is_empty() {
            continue;
        }
        lines.push(OrderLine::Lead {
            text: kind.lead_in().to_string(),
        });
        for (index, c) in group {
            number += 1;
            let end = if number == total { "." } else { ";" };
            lines.push(OrderLine::Item {
                number,
                condition_index: index,
                text: format!("{}{end}", item_words(c, index)),
            });
        }
    }
    lines
}

/// The condition's wording without any closing punctuation of its own.
fn item_words(c: &ChosenCondition, index: usize) -> String {
    let words = c.wording.trim().trim_end_matches(['.', ';']).trim_end();
    if words.is_empty() {
        format!("[condition {} has no wording]", index + 1)
    } else {
        words.to_string()
    }
}

fn full_line(full: Option<&FullDuration>) -> String {
    match full {
        Some(d) => format!("The full order is to last {}.", d.describe()),
        None => "The full order is to last [duration not chosen yet].".to_string(),
    }
}

fn interim_line(interim: Option<InterimDuration>) -> String {
    match interim.filter(|i| i.weeks > 0) {
        Some(i) => format!("The interim order is to last {}.", i.describe()),
        None => "The interim order is to last [number of weeks not entered yet].".to_string(),
    }
}

/// The order as plain text, with a blank line before each new section.
pub fn order_text(conditions: &[ChosenCondition], ctx: &OrderContext) -> String {
    let mut out: Vec<String> = Vec::new();
    for line in order_lines(conditions, ctx) {
        let (starts_section, text) = match line {
            OrderLine::Item { number, text, .. } => (false, format!("{number}. {text}")),
            OrderLine::Text { text } => (false, text),
            OrderLine::Marking { text }
            | OrderLine::Title { text }
            | OrderLine::Heading { text }
            | OrderLine::Lead { text } => (true, text),
        };
        if starts_section && !out.is_empty() {
            out.push(String::new());
        }
        out.push(text);
    }
    out.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::conditions::chosen::SlotValue;
    use crate::domain::conditions::fixture::{chosen, text};

    const WHY: &str = "Needed because of the messages since March.";

    fn first_set() -> Vec<ChosenCondition> {
        let distance = SlotValue {
            name: "distance".into(),
            text: "100".into(),
            unit: Some("metres".into()),
            map_reference: None,
        };
        vec![
            chosen(
                "no-direct-contact",
                vec![text("person", "Alex Example")],
                WHY,
            ),
            chosen(
                "attend-programme",
                vec![
                    text("programme", "the Cheshire Stalking Intervention Programme"),
                    text("provider", "Cheshire Probation"),
                ],
                WHY,
            ),
            chosen(
                "no-approach-distance",
                vec![distance, text("person", "Alex Example")],
                WHY,
            ),
            chosen(
                "sign-on",
                vec![
                    text("place", "Chester"),
                    text("times", "every Monday between 10am and 12 noon"),
                ],
                WHY,
            ),
        ]
    }

    #[test]
    fn an_interim_and_full_order_lists_prohibitions_then_requirements_numbered_through() {
        let ctx = OrderContext {
            protective_marking: "OFFICIAL-SENSITIVE".into(),
            order_type: OrderType::InterimAndFull,
            full_duration: Some(FullDuration::FixedMonths { months: 36 }),
            interim: Some(InterimDuration { weeks: 8 }),
            locality: Locality::WholeUk,
        };
        let expected = "\
OFFICIAL-SENSITIVE

Stalking Protection Order: proposed prohibitions and requirements
Orders sought: an interim order and a full order

The respondent must not:
1. contact, or try to contact, Alex Example by any means, including in person, by phone, text, email, letter or social media;
2. knowingly come within 100 metres of Alex Example;

The respondent must:
3. attend and take part in the Cheshire Stalking Intervention Programme run by Cheshire Probation, as arranged by the provider;
4. report in person to the front desk of Chester police station every Monday between 10am and 12 noon.

Duration
The full order is to last for a fixed period of 3 years from the day the order is made.
The interim order is to last for a fixed period of 8 weeks, or until the application for a full order is decided if that is sooner.

Where it applies
These prohibitions and requirements apply throughout the United Kingdom.

OFFICIAL-SENSITIVE
";
        assert_eq!(order_text(&first_set(), &ctx), expected);
        let lines = order_lines(&first_set(), &ctx);
        assert!(lines.contains(&OrderLine::Item { number: 3, condition_index: 1, text: "attend and take part in the Cheshire Stalking Intervention Programme run by Cheshire Probation, as arranged by the provider;".into() }));
    }

    #[test]
    fn a_full_order_of_prohibitions_only_ends_its_last_condition_with_a_full_stop() {
        let ctx = OrderContext {
            protective_marking: "OFFICIAL".into(),
            order_type: OrderType::FullOnly,
            full_duration: Some(FullDuration::UntilFurtherOrder),
            interim: Some(InterimDuration { weeks: 8 }),
            locality: Locality::Limited {
                description: "the county of Cheshire".into(),
            },
        };
        let set = vec![
            chosen(
                "no-enter-place",
                vec![text("place", "Chester Library")],
                WHY,
            ),
            chosen(
                "no-posting",
                vec![
                    text("person", "Alex Example"),
                    text("platform", "Facebook and Instagram"),
                ],
                WHY,
            ),
        ];
        let expected = "\
OFFICIAL

Stalking Protection Order: proposed prohibitions and requirements
Order sought: a full order

The respondent must not:
1. enter Chester Library;
2. post or share anything about Alex Example on Facebook and Instagram.

Duration
The full order is to last until further order.

Where it applies
These prohibitions and requirements apply only in the county of Cheshire.

OFFICIAL
";
        assert_eq!(order_text(&set, &ctx), expected);
    }

    #[test]
    fn missing_parts_show_in_brackets_rather_than_vanishing() {
        let ctx = OrderContext {
            protective_marking: "OFFICIAL-SENSITIVE".into(),
            ..OrderContext::default()
        };
        let text = order_text(&[], &ctx);
        assert!(
            text.contains("\nNo conditions have been chosen yet.\n"),
            "{text}"
        );
        assert!(
            text.contains("The full order is to last [duration not chosen yet]."),
            "{text}"
        );
        assert!(
            text.contains("The interim order is to last [number of weeks not entered yet]."),
            "{text}"
        );
    }
}
