//! Where drafts are kept, as a small trait: the browser implements it over
//! localStorage or sessionStorage (`ui::storage`), and the tests over memory, including
//! stores that misbehave as some locked-down browsers do. [`DraftKeeper`] makes every
//! decision on top of it.
//!
//! [`DraftKeeper`]: super::draft_keeper::DraftKeeper
use std::cell::RefCell;
use std::collections::BTreeMap;

/// Why the store did not do what was asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser will not give the store at all (turned off, or it throws on access).
    Unavailable,
    /// The store threw: full, refused, or broken.
    Refused,
}

/// Text kept by key.
pub trait DraftStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
}

/// A shared store: two tabs' keepers over one browser's storage.
impl<T: DraftStore + ?Sized> DraftStore for &T {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }
}

/// How a [`MemoryStore`] behaves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Behaviour {
    /// Keeps what it is given.
    #[default]
    Keeps,
    /// Cannot be used at all, as when the browser throws on touching storage.
    Throws,
    /// Reads and deletes, but every write fails (QuotaExceededError).
    Full,
    /// Accepts every write and keeps nothing.
    Forgets,
}

/// A store in memory, for tests: behaves as told, and can be changed under a tab's feet
/// as another tab would.
#[derive(Debug, Default)]
pub struct MemoryStore {
    pub behaviour: Behaviour,
    items: RefCell<BTreeMap<String, String>>,
}

impl MemoryStore {
    pub fn new(behaviour: Behaviour) -> MemoryStore {
        MemoryStore { behaviour, items: RefCell::default() }
    }

    /// What is kept under `key`, whatever the behaviour.
    pub fn peek(&self, key: &str) -> Option<String> {
        self.items.borrow().get(key).cloned()
    }

    /// Put `value` in place, whatever the behaviour (another tab's save, say).
    pub fn put(&self, key: &str, value: &str) {
        self.items.borrow_mut().insert(key.to_string(), value.to_string());
    }
}

impl DraftStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self.behaviour {
            Behaviour::Throws => Err(StoreError::Unavailable),
            _ => Ok(self.peek(key)),
        }
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        match self.behaviour {
            Behaviour::Throws => Err(StoreError::Unavailable),
            Behaviour::Full => Err(StoreError::Refused),
            Behaviour::Forgets => Ok(()),
            Behaviour::Keeps => {
                self.put(key, value);
                Ok(())
            }
        }
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        match self.behaviour {
            Behaviour::Throws => Err(StoreError::Unavailable),
            _ => {
                self.items.borrow_mut().remove(key);
                Ok(())
            }
        }
    }
}
