//! A saved set of conditions, opened in the builder: any set reopens as saved, any
//! file is opened or refused with a message, and the builder's checks run on whatever
//! a file held.
use std::path::Path;
use std::sync::OnceLock;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

use spo_triage::domain::conditions::catalogue::Catalogue;
use spo_triage::domain::conditions::checks::{lint_set, SetContext};
use spo_triage::domain::conditions::chosen::ChosenCondition;
use spo_triage::domain::conditions::load_catalogue;
use spo_triage::domain::conditions::set_file::{open, parse, SavedConditionSet};
use spo_triage::domain::order::{FullDuration, InterimDuration, Locality, OrderType};

use crate::json::{any_json, damaged};
use crate::models::condition;
use crate::support::check;
use crate::text::{any_text, valid_text};

/// The real catalogue from `content/`.
fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        load_catalogue(&content).expect("content/conditions/catalogue.toml loads")
    })
}

/// A condition from the real catalogue with its slots filled in with generated text.
fn catalogue_condition() -> impl Strategy<Value = ChosenCondition> {
    let templates = catalogue().conditions.clone();
    (select(templates), vec(valid_text(2, 80, false), 4), valid_text(2, 500, true)).prop_map(|(template, texts, reason)| {
        let mut c = ChosenCondition::from_template(&template);
        for (slot, text) in c.slots.iter_mut().zip(texts) {
            slot.text = text;
        }
        c.refresh_wording(catalogue());
        c.reason = reason;
        c
    })
}

fn set_context() -> impl Strategy<Value = SetContext> {
    let full = proptest::option::of(prop_oneof![
        Just(FullDuration::UntilFurtherOrder),
        (0u32..2_000).prop_map(|months| FullDuration::FixedMonths { months }),
    ]);
    let locality = prop_oneof![Just(Locality::WholeUk), any_text().prop_map(|description| Locality::Limited { description })];
    (
        select(&[OrderType::InterimAndFull, OrderType::FullOnly][..]),
        full,
        proptest::option::of(any::<u32>().prop_map(|weeks| InterimDuration { weeks })),
        locality,
        any::<bool>(),
        any::<bool>(),
        any_text(),
    )
        .prop_map(|(order_type, full_duration, interim, locality, respondent_is_child, protects_child, avoid_notes)| SetContext {
            order_type,
            full_duration,
            interim,
            locality,
            respondent_is_child,
            protects_child,
            avoid_notes,
        })
}

fn any_set() -> impl Strategy<Value = SavedConditionSet> {
    let conditions = vec(prop_oneof![catalogue_condition(), condition()], 0..5);
    (set_context(), conditions, any_text()).prop_map(|(ctx, conditions, saved_at)| SavedConditionSet::new(&ctx, conditions, &saved_at))
}

#[test]
fn any_set_reopens_as_saved_and_can_be_checked() {
    check("a saved set of conditions reopens unchanged and is checked", 150, any_set(), |set| {
        prop_assert_eq!(parse(&set.to_json()), Ok(set.clone()));
        let opened = open(&set.to_json(), catalogue());
        prop_assert!(opened.is_ok());
        let opened = opened.unwrap_or_else(|e| panic!("{e}"));
        // Only conditions whose template has left the catalogue are reported.
        let gone = set.conditions.iter().filter(|c| catalogue().get(&c.template_id).is_none()).count();
        prop_assert_eq!(opened.notices.len(), gone);
        for f in lint_set(&opened.set.conditions, catalogue(), &opened.set.context()) {
            prop_assert!(!f.message.trim().is_empty());
        }
        Ok(())
    });
}

#[test]
fn any_file_is_opened_or_refused_with_a_message() {
    let plain = |text: &str| -> Result<(), TestCaseError> {
        if let Err(e) = open(text, catalogue()) {
            prop_assert!(!e.message().is_empty());
        }
        Ok(())
    };
    check("any text as a set file", 300, any_text(), |text| plain(&text));
    check("any JSON as a set file", 300, any_json(), |value| plain(&value.to_string()));
    let good = serde_json::to_value(SavedConditionSet::new(
        &SetContext {
            order_type: OrderType::InterimAndFull,
            full_duration: Some(FullDuration::FixedMonths { months: 24 }),
            interim: Some(InterimDuration { weeks: 8 }),
            locality: Locality::WholeUk,
            respondent_is_child: false,
            protects_child: false,
            avoid_notes: String::new(),
        },
        catalogue().conditions.iter().take(3).map(ChosenCondition::from_template).collect(),
        "2025-06-02T10:15:00Z",
    ))
    .unwrap_or_default();
    check("a damaged set file", 400, damaged(good), |text| {
        plain(&text)?;
        if let Ok(opened) = open(&text, catalogue()) {
            let _ = lint_set(&opened.set.conditions, catalogue(), &opened.set.context());
        }
        Ok(())
    });
}
