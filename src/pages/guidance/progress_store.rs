//! Keeping [`Progress`] in this browser's localStorage. Storage that is turned off,
//! full or throwing never breaks a page: the page says progress cannot be saved here.
use super::progress::Progress;
use leptos::prelude::*;

/// The localStorage key. The value holds module slugs and statuses only.
const KEY: &str = "spo-guidance-progress";

/// Progress for the current page, and whether this computer can keep it.
#[derive(Clone, Copy)]
pub struct ProgressStore {
    pub progress: RwSignal<Progress>,
    /// False once reading or writing storage has failed.
    pub can_save: RwSignal<bool>,
}

impl ProgressStore {
    /// Reads the stored progress (or none) for a page.
    pub fn load() -> ProgressStore {
        let (progress, can_save) = match storage() {
            Some(s) => match s.get_item(KEY) {
                Ok(Some(text)) => (Progress::from_json(&text), true),
                Ok(None) => (Progress::default(), true),
                Err(_) => (Progress::default(), false),
            },
            None => (Progress::default(), false),
        };
        ProgressStore { progress: RwSignal::new(progress), can_save: RwSignal::new(can_save) }
    }

    /// Changes the progress and saves it.
    pub fn update(&self, change: impl FnOnce(&mut Progress)) {
        self.progress.update(change);
        let saved = self.progress.with_untracked(|p| match storage() {
            Some(s) if p.is_empty() => s.remove_item(KEY).is_ok(),
            Some(s) => s.set_item(KEY, &p.to_json()).is_ok(),
            None => false,
        });
        if saved != self.can_save.get_untracked() {
            self.can_save.set(saved);
        }
    }

    /// Forgets all progress on this computer.
    pub fn reset(&self) {
        self.update(|p| *p = Progress::default());
    }
}

/// localStorage, or `None` where the browser refuses it (getting it can throw).
fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The short notice shown where progress would be saved, when it cannot be.
#[component]
pub fn CannotSaveNotice() -> impl IntoView {
    view! {
        <div class="notice notice--warning" id="progress-not-saved">
            <p>"Your progress cannot be saved on this computer, because this browser is not letting the site store it. You can still read every module and check your answers."</p>
        </div>
    }
}
