//! Taking over a prerendered page. The build writes the app's own HTML for the pages
//! people open first (xtask/src/prerender.rs), so they can read and type before the
//! app has arrived; public/boot.js fetches the app on the first sign of someone there.
//! The app then renders into an element outside the document, and once its content is
//! in place it takes up, in one step, what was typed, ticked and chosen there, the focus
//! and caret, and a button pressed while it was loading; then it replaces the page. Nothing moves
//! and nothing typed is lost, however late the app arrives.
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// The page the build wrote; `#loading-frame[data-prerendered]`.
pub const FRAME_ID: &str = "loading-frame";
/// The element the app renders into until it takes over.
pub const ROOT_ID: &str = "app-root";

thread_local! {
    static ROOT: std::cell::RefCell<Option<HtmlElement>> = const { std::cell::RefCell::new(None) };
}

/// Keep the app's element (outside the document) for the takeover.
pub fn keep_root(root: HtmlElement) {
    ROOT.with(|r| *r.borrow_mut() = Some(root));
}

/// The app's element, once: the takeover puts it in the document.
pub fn kept_root() -> Option<HtmlElement> {
    ROOT.with(|r| r.borrow_mut().take())
}

/// How long the app waits for its content to match the page before taking over anyway
/// (a failed fetch, say: the app then shows its own message).
const WAIT: Duration = Duration::from_secs(5);
const STEP: Duration = Duration::from_millis(40);

/// The prerendered frame, if this page has one for this address (boot.js drops the
/// `<html>` mark when index.html's home page is sent for another address).
pub fn prerendered_frame() -> Option<Element> {
    let marked = document().document_element().is_some_and(|h| h.has_attribute("data-prerendered"));
    document().get_element_by_id(FRAME_ID).filter(|f| marked && f.has_attribute("data-prerendered"))
}

/// Wait until the app's content is ready (`ready` also says whether the answers it
/// holds are restored), then take over from `frame`.
pub fn take_over_when_ready(frame: Element, root: HtmlElement, ready: impl Fn() -> bool + 'static) {
    let started = js_sys::Date::now();
    fn tick(frame: Element, root: HtmlElement, ready: Box<dyn Fn() -> bool>, started: f64) {
        let waited = Duration::from_millis((js_sys::Date::now() - started).max(0.0) as u64);
        if (ready() && content_matches(&frame, &root)) || waited >= WAIT {
            take_over(&frame, &root);
        } else {
            set_timeout(move || tick(frame, root, ready, started), STEP);
        }
    }
    tick(frame, root, Box::new(ready), started);
}

/// The app has no content still loading, and every heading and control with an id on
/// the prerendered page is also in the app.
fn content_matches(frame: &Element, root: &HtmlElement) -> bool {
    root.query_selector("main .loading").ok().flatten().is_none()
        && ids(frame).iter().all(|id| root.query_selector(&format!("[id=\"{id}\"]")).ok().flatten().is_some())
}

const SHAPE: &str = "main h1[id], main h2[id], main input[id], main textarea[id], main select[id]";

fn ids(scope: &Element) -> Vec<String> {
    elements(scope, SHAPE).iter().map(Element::id).filter(|id| !id.is_empty() && !id.contains('"')).collect()
}

fn elements(scope: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = scope.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

/// What the officer left on the prerendered page.
enum Answer {
    Text(String),
    Checked(bool),
}

/// One step, so nothing typed between reading the page and replacing it is lost.
fn take_over(frame: &Element, root: &HtmlElement) {
    let answers = read_answers(frame);
    let focus = read_focus(frame);
    let pressed = frame.get_attribute("data-pending-click");
    let scroll = window().scroll_y().unwrap_or(0.0);
    // In the document (still hidden) before the answers are given: the app's handlers
    // may listen at the document, and a detached element's events never reach it.
    root.set_hidden(true);
    if let Some(body) = document().body() {
        let _ = body.append_child(root);
    }
    for (id, answer) in &answers {
        if let Some(el) = find(root, id) {
            give(&el, answer);
        }
    }
    // Sections opened or closed on the page (the pathway's steps), matched by position.
    let opened: Vec<bool> = elements(frame, "main details").iter().map(|d| d.has_attribute("open")).collect();
    let theirs = elements(root, "main details");
    if theirs.len() == opened.len() {
        for (details, open) in theirs.iter().zip(opened) {
            let _ = if open { details.set_attribute("open", "") } else { details.remove_attribute("open") };
        }
    }
    root.set_hidden(false);
    frame.remove();
    window().scroll_to_with_x_and_y(0.0, scroll);
    let focus = focus.or_else(|| hash_target(root));
    if let Some(Focus { nth: Some(nth), tabindex, .. }) = &focus {
        // No id (the skip link, a header link): the same stop by its place in the page.
        if let Some(el) = elements(root, FOCUSABLE).into_iter().nth(*nth).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            focus_in_place(&el, tabindex.as_deref());
        }
    }
    if let Some(Focus { id, selection, tabindex, .. }) = focus.filter(|f| !f.id.is_empty()) {
        if let Some(el) = find(root, &id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            focus_in_place(&el, tabindex.as_deref());
            if let Some((start, end)) = selection {
                if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
                    let _ = input.set_selection_range(start, end);
                } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
                    let _ = area.set_selection_range(start, end);
                }
            }
            keep_focus(el, id, 0);
        }
    }
    // After the answers' updates have settled, so the button sees them.
    if let Some(target) = pressed {
        set_timeout(move || press(&target), Duration::from_millis(0));
    }
}

/// Focus `el` without scrolling: the reader stays where they were, as the page did not
/// move when it was replaced. A heading focused as a link's target had a `tabindex` on
/// the page; `el` gets it too, or focus() does nothing.
fn focus_in_place(el: &HtmlElement, tabindex: Option<&str>) {
    if let (Some(t), false) = (tabindex, el.has_attribute("tabindex")) {
        let _ = el.set_attribute("tabindex", t);
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}

/// Content that draws itself again just after the takeover replaces the focused element
/// and focus falls to the page: follow it to the new element with the same id, for a
/// few seconds, unless the officer has moved the focus meanwhile.
fn keep_focus(el: HtmlElement, id: String, round: u32) {
    if round >= 6 {
        return;
    }
    set_timeout(
        move || {
            let dropped = document().active_element().is_none_or(|a| a.tag_name() == "BODY");
            if !el.is_connected() && dropped {
                if let Some(new) = document().get_element_by_id(&id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                    focus_in_place(&new, el.get_attribute("tabindex").as_deref());
                    return keep_focus(new, id, round + 1);
                }
            }
            keep_focus(el, id, round + 1)
        },
        Duration::from_millis(100 << round),
    );
}

/// Nothing was focused on the page, and the address names a section (a deep link to a
/// guidance heading): focus it, as the app does when it opens such a link itself. The
/// browser has already scrolled there (or the reader has moved on, and stays put).
fn hash_target(root: &HtmlElement) -> Option<Focus> {
    let hash = window().location().hash().ok()?;
    let id = hash.strip_prefix('#').filter(|id| !id.is_empty())?.to_string();
    find(root, &id)?;
    Some(Focus { id, nth: None, selection: None, tabindex: Some("-1".into()) })
}

fn find(root: &HtmlElement, id: &str) -> Option<Element> {
    if id.contains('"') {
        return None;
    }
    root.query_selector(&format!("[id=\"{id}\"]")).ok().flatten()
}

/// The controls whose state differs from how the page was written.
fn read_answers(frame: &Element) -> Vec<(String, Answer)> {
    let mut out = Vec::new();
    for el in elements(frame, "main input[id], main textarea[id], main select[id]") {
        let id = el.id();
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            let kind = input.type_();
            if kind == "checkbox" || kind == "radio" {
                if input.checked() != input.default_checked() {
                    out.push((id, Answer::Checked(input.checked())));
                }
            } else if input.value() != input.default_value() {
                out.push((id, Answer::Text(input.value())));
            }
        } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
            if Ok(area.value()) != area.default_value() {
                out.push((id, Answer::Text(area.value())));
            }
        } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
            if select.selected_index() > 0 {
                out.push((id, Answer::Text(select.value())));
            }
        }
    }
    out
}

/// What can take the focus, in document order: the focused element without an id is
/// found again by its place among these.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

/// Where the focus was on the prerendered page.
struct Focus {
    /// Empty when it has none: then `nth` places it.
    id: String,
    nth: Option<usize>,
    /// The caret or selection in a text box.
    selection: Option<(u32, u32)>,
    tabindex: Option<String>,
}

/// The focused element, its caret and its tabindex, if the focus is on the prerendered page.
fn read_focus(frame: &Element) -> Option<Focus> {
    let active = document().active_element()?;
    if !frame.contains(Some(&active)) {
        return None;
    }
    let nth = if active.id().is_empty() {
        Some(elements(frame, FOCUSABLE).iter().position(|e| *e == active)?)
    } else {
        None
    };
    let selection = if let Some(input) = active.dyn_ref::<HtmlInputElement>() {
        match (input.selection_start(), input.selection_end()) {
            (Ok(Some(s)), Ok(Some(e))) => Some((s, e)),
            _ => None,
        }
    } else if let Some(area) = active.dyn_ref::<HtmlTextAreaElement>() {
        match (area.selection_start(), area.selection_end()) {
            (Ok(Some(s)), Ok(Some(e))) => Some((s, e)),
            _ => None,
        }
    } else {
        None
    };
    Some(Focus { id: active.id(), nth, selection, tabindex: active.get_attribute("tabindex") })
}

/// Give the app's control the answer as typing or clicking would: through the events
/// its handlers listen to, so the app's state and draft follow.
fn give(el: &Element, answer: &Answer) {
    match answer {
        Answer::Checked(want) => {
            if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
                if input.checked() != *want {
                    input.click();
                }
            }
        }
        Answer::Text(value) => {
            let kind = if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
                input.set_value(value);
                "input"
            } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
                area.set_value(value);
                "input"
            } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
                select.set_value(value);
                "change"
            } else {
                return;
            };
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            if let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &init) {
                let _ = el.dispatch_event(&event);
            }
        }
    }
}

/// Press the button boot.js held back: `#id`, or its position among the page's buttons.
fn press(target: &str) {
    let button = match target.strip_prefix('#') {
        Some(id) => document().get_element_by_id(id),
        None => target.parse::<usize>().ok().and_then(|n| {
            let main = document().get_element_by_id("main-content")?;
            elements(&main, "button, input[type=submit]").into_iter().nth(n)
        }),
    };
    if let Some(b) = button.and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
        b.click();
    }
}
