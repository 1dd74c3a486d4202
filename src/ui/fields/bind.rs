//! A two-way binding of one value in a model signal, so fields stay independent of the
//! model's shape.
use leptos::prelude::*;

/// Read and write one value: `Bind::new(move || m.with(|t| t.name.clone()), move |v| m.update(|t| t.name = v))`.
pub struct Bind<T: Send + Sync + 'static> {
    get: Signal<T>,
    set: Callback<T>,
}

impl<T: Send + Sync + 'static> Clone for Bind<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Bind<T> {}

impl<T: Clone + PartialEq + Send + Sync + 'static> Bind<T> {
    /// The value is memoised: a key press anywhere in the model changes the model
    /// signal, and only the fields whose own value changed should re-render (a revealed
    /// question or a date box rebuilt on every key press loses focus and typing).
    pub fn new(get: impl Fn() -> T + Send + Sync + 'static, set: impl Fn(T) + Send + Sync + 'static) -> Bind<T> {
        Bind { get: Memo::new(move |_| get()).into(), set: Callback::new(set) }
    }
    pub fn get(&self) -> T {
        self.get.get()
    }
    pub fn get_untracked(&self) -> T {
        self.get.get_untracked()
    }
    pub fn set(&self, value: T) {
        self.set.run(value);
    }
}

/// `bind!(model, path.to.field)` for a plain field of a model held in an `RwSignal`.
#[macro_export]
macro_rules! bind {
    ($model:expr, $($path:tt)+) => {{
        let model = $model;
        $crate::ui::fields::Bind::new(
            move || model.with(|m| m.$($path)+.clone()),
            move |v| model.update(|m| m.$($path)+ = v),
        )
    }};
}

/// Keeps the text shown in an `<input>` or `<textarea>` in step with `value`, writing it
/// only when the two differ. Writing `.value` on every change of the model (as
/// `prop:value` does) echoed each key press back into the box: in a revealed question,
/// whose model changes rebuild around it, typing fast lost characters.
pub fn keep_value<E>(node: NodeRef<E>, value: impl Fn() -> String + 'static)
where
    E: leptos::html::ElementType,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    use wasm_bindgen::{JsCast, JsValue};
    Effect::new(move |_| {
        let wanted = value();
        let Some(el) = node.get() else { return };
        let el: &JsValue = el.unchecked_ref();
        let key = JsValue::from_str("value");
        let shown = js_sys::Reflect::get(el, &key).ok().and_then(|v| v.as_string()).unwrap_or_default();
        if shown != wanted {
            let _ = js_sys::Reflect::set(el, &key, &JsValue::from_str(&wanted));
        }
    });
}
