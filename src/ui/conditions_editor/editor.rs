//! The editor's working parts: the officer's conditions, a stable key for each (so
//! rows keep their inputs and focus while the list is reordered), and the actions
//! add, edit, move, remove and undo, each moving focus sensibly and saying what
//! happened in a polite live region.
use super::data::{use_catalogue, Loaded};
use crate::domain::conditions::catalogue::{Catalogue, Template};
use crate::domain::conditions::checks::{reason_field_id, slot_field_id, Finding, SetContext};
use crate::domain::conditions::chosen::ChosenCondition;
use crate::ui::fields::Bind;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// One row of the list: its key and the template it uses (a new template means a new row).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Row {
    pub key: u64,
    pub template_id: String,
}

/// The last condition removed, so it can be put back.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    pub index: usize,
    pub key: u64,
    pub condition: ChosenCondition,
    pub title: String,
}

/// Everything the editor's parts share. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Editor {
    pub conditions: Bind<Vec<ChosenCondition>>,
    /// The conditions, changing only when they really change.
    pub list: Memo<Vec<ChosenCondition>>,
    pub rows: Memo<Vec<Row>>,
    keys: StoredValue<Vec<u64>>,
    next_key: StoredValue<u64>,
    pub catalogue: RwSignal<Loaded<Arc<Catalogue>>>,
    pub context: Signal<SetContext>,
    pub findings: Memo<Vec<Finding>>,
    /// Show each error on its field (after the officer tried a blocked action).
    pub show_errors: Signal<bool>,
    pub announcement: RwSignal<String>,
    pub removed: RwSignal<Option<Removed>>,
}

impl Editor {
    pub fn new(conditions: Bind<Vec<ChosenCondition>>, context: Signal<SetContext>, show_errors: Signal<bool>) -> Editor {
        let list = Memo::new(move |_| conditions.get());
        let keys = StoredValue::new(Vec::<u64>::new());
        let next_key = StoredValue::new(1u64);
        let rows = Memo::new(move |_| {
            list.with(|l| {
                sync_keys(keys, next_key, l.len());
                let k = keys.get_value();
                l.iter().zip(k).map(|(c, key)| Row { key, template_id: c.template_id.clone() }).collect::<Vec<_>>()
            })
        });
        let findings = super::findings::use_findings(Signal::derive(move || list.get()), context);
        Editor {
            conditions,
            list,
            rows,
            keys,
            next_key,
            catalogue: use_catalogue(),
            context,
            findings,
            show_errors,
            announcement: RwSignal::new(String::new()),
            removed: RwSignal::new(None),
        }
    }

    /// The catalogue, once loaded.
    pub fn catalogue(&self) -> Option<Arc<Catalogue>> {
        self.catalogue.with_untracked(|c| c.ready().cloned())
    }

    /// The template with this id, if the catalogue has it.
    pub fn template(&self, id: &str) -> Option<Template> {
        self.catalogue.with_untracked(|c| c.ready().and_then(|c| c.get(id).cloned()))
    }

    /// The title of the condition at `index` (its template's, or its id if unknown).
    fn title_of(&self, c: &ChosenCondition) -> String {
        self.template(&c.template_id).map(|t| t.title).unwrap_or_else(|| c.template_id.clone())
    }

    /// Where the row with this key is now.
    pub fn index_of(&self, key: u64) -> Option<usize> {
        let len = self.conditions.get_untracked().len();
        sync_keys(self.keys, self.next_key, len);
        self.keys.with_value(|k| k.iter().position(|x| *x == key))
    }

    /// Where the row with this key is now, tracked (for views and memos).
    pub fn index_of_tracked(&self, key: u64) -> Option<usize> {
        self.rows.with(|r| r.iter().position(|x| x.key == key))
    }

    fn fresh_key(&self) -> u64 {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        key
    }

    /// Say something in the polite live region (cleared first, so a repeat is heard).
    pub fn announce(&self, message: String) {
        let region = self.announcement;
        region.set(String::new());
        set_timeout(move || region.set(message), Duration::from_millis(100));
    }

    /// Add a fresh condition from this template at the end, and move focus to its
    /// first slot (or its reason when it has no slots).
    pub fn add(&self, template: &Template) {
        let mut list = self.conditions.get_untracked();
        sync_keys(self.keys, self.next_key, list.len());
        let key = self.fresh_key();
        self.keys.update_value(|k| k.push(key));
        list.push(ChosenCondition::from_template(template));
        let index = list.len() - 1;
        let total = list.len();
        self.conditions.set(list);
        self.removed.set(None);
        let target = match template.slots.first() {
            Some(slot) => slot_field_id(index, &slot.name),
            None => reason_field_id(index),
        };
        focus_later(target);
        self.announce(format!("Added condition {}: {}. The set now has {total} condition{}.", index + 1, template.title, plural(total)));
    }

    /// Change the condition with this key, then bring its wording up to date.
    pub fn edit(&self, key: u64, change: impl FnOnce(&mut ChosenCondition)) {
        let Some(index) = self.index_of(key) else { return };
        let mut list = self.conditions.get_untracked();
        let Some(c) = list.get_mut(index) else { return };
        change(c);
        if let Some(cat) = self.catalogue() {
            c.refresh_wording(&cat);
        }
        self.conditions.set(list);
    }

    /// Move a condition up (-1) or down (+1); focus stays on the button pressed if the
    /// condition can still move that way, otherwise on its other move button.
    pub fn move_by(&self, key: u64, up: bool) {
        let Some(index) = self.index_of(key) else { return };
        let mut list = self.conditions.get_untracked();
        let target = if up { index.checked_sub(1) } else { Some(index + 1).filter(|t| *t < list.len()) };
        let Some(target) = target else { return };
        list.swap(index, target);
        self.keys.update_value(|k| k.swap(index, target));
        let title = self.title_of(&list[target]);
        let total = list.len();
        self.conditions.set(list);
        let still = if up { target > 0 } else { target + 1 < total };
        let button = match (up, still) {
            (true, true) | (false, false) => move_button_id(key, true),
            _ => move_button_id(key, false),
        };
        focus_later(button);
        self.announce(format!(
            "Moved {}: {title} is now condition {} of {total}.",
            if up { "up" } else { "down" },
            target + 1
        ));
    }

    /// Remove a condition, keeping it so it can be put back, and move focus to the
    /// message that offers to undo.
    pub fn remove(&self, key: u64) {
        let Some(index) = self.index_of(key) else { return };
        let mut list = self.conditions.get_untracked();
        if index >= list.len() {
            return;
        }
        let condition = list.remove(index);
        self.keys.update_value(|k| {
            k.remove(index);
        });
        let title = self.title_of(&condition);
        self.conditions.set(list);
        self.removed.set(Some(Removed { index, key, condition, title }));
        focus_later(REMOVED_NOTICE_ID.to_string());
    }

    /// Put the last removed condition back where it was and focus it.
    pub fn undo(&self) {
        let Some(r) = self.removed.get_untracked() else { return };
        let mut list = self.conditions.get_untracked();
        sync_keys(self.keys, self.next_key, list.len());
        let index = r.index.min(list.len());
        list.insert(index, r.condition);
        self.keys.update_value(|k| k.insert(index, r.key));
        let total = list.len();
        self.conditions.set(list);
        self.removed.set(None);
        focus_later(crate::domain::conditions::checks::condition_field_id(index));
        self.announce(format!("Put back condition {}: {}. The set has {total} condition{}.", index + 1, r.title, plural(total)));
    }
}

/// Id of the notice shown after a condition is removed.
pub const REMOVED_NOTICE_ID: &str = "condition-removed";

/// Id of a row's move button (by its key, which does not change when it moves).
pub fn move_button_id(key: u64, up: bool) -> String {
    format!("condition-move-{}-{key}", if up { "up" } else { "down" })
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Give every condition a key; when the list was replaced from outside (a file, an
/// example, a restored draft) with a different length, start afresh.
fn sync_keys(keys: StoredValue<Vec<u64>>, next: StoredValue<u64>, len: usize) {
    if keys.with_value(|k| k.len()) == len {
        return;
    }
    let start = next.get_value();
    next.set_value(start + len as u64);
    keys.set_value((start..start + len as u64).collect());
}

pub use crate::ui::page::focus_later;
