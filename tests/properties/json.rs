//! Generated JSON for the file and config readers: any JSON at all, and damage done to
//! a good document (one value swapped for anything, the text cut short or spliced).
use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::{Number, Value};

use crate::text::any_text;

/// Keys our files use, so generated objects often look almost right.
const KEYS: &[&str] = &[
    "format", "schema_version", "version", "saved_at", "app_version", "triage", "about_you", "people", "name",
    "date_of_birth", "day", "conditions", "slots", "completed_sections", "force", "endpoint", "url", "drafts",
    "storage", "expiry_hours", "crime_reference", "pattern", "order_type", "spo-triage-draft", "spo-conditions-set",
];

/// Any JSON value, up to four levels deep.
pub fn any_json() -> impl Strategy<Value = Value> {
    let number = prop_oneof![
        any::<i64>().prop_map(Number::from),
        any::<u64>().prop_map(Number::from),
        any::<f64>().prop_filter_map("finite", Number::from_f64),
        Just(Number::from(1)),
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number.prop_map(Value::Number),
        any_text().prop_map(Value::String),
        select(KEYS).prop_map(|k| Value::String(k.to_string())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        let key = prop_oneof![3 => select(KEYS).prop_map(str::to_string), 1 => any_text()];
        prop_oneof![
            vec(inner.clone(), 0..6).prop_map(Value::Array),
            btree_map(key, inner, 0..6).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Replaces the `at`-th value of `doc` (counting every node, depth first) with `new`.
pub fn replace_nth(doc: &mut Value, at: Index, new: Value) {
    let count = count_nodes(doc);
    let mut n = at.index(count);
    replace_walk(doc, &mut n, new);
}

fn count_nodes(v: &Value) -> usize {
    1 + match v {
        Value::Array(items) => items.iter().map(count_nodes).sum(),
        Value::Object(map) => map.values().map(count_nodes).sum(),
        _ => 0,
    }
}

fn replace_walk(v: &mut Value, n: &mut usize, new: Value) -> Option<Value> {
    if *n == 0 {
        *v = new;
        return None;
    }
    *n -= 1;
    let mut new = Some(new);
    let children: Vec<&mut Value> = match v {
        Value::Array(items) => items.iter_mut().collect(),
        Value::Object(map) => map.values_mut().collect(),
        _ => Vec::new(),
    };
    for child in children {
        new = replace_walk(child, n, new?);
    }
    new
}

/// Damage to a good document's text: one value replaced, the text cut off, or a piece
/// of anything spliced in.
pub fn damaged(good: Value) -> impl Strategy<Value = String> {
    let text = serde_json::to_string_pretty(&good).unwrap_or_default();
    let swapped = (any::<Index>(), any_json()).prop_map({
        let good = good.clone();
        move |(at, new)| {
            let mut doc = good.clone();
            replace_nth(&mut doc, at, new);
            doc.to_string()
        }
    });
    let cut = any::<Index>().prop_map({
        let text = text.clone();
        move |at| {
            let mut end = at.index(text.len() + 1);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text[..end].to_string()
        }
    });
    let spliced = (any::<Index>(), any_text()).prop_map(move |(at, piece)| {
        let mut at = at.index(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        format!("{}{piece}{}", &text[..at], &text[at..])
    });
    prop_oneof![3 => swapped, 1 => cut, 1 => spliced]
}
