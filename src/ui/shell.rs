//! The frame around every page: skip link, protective marking, header with the force
//! and service name, navigation to the four areas, a config problem banner, footer.
use crate::domain::version::APP_VERSION;
use crate::ui::base::{base_path, href};
use crate::ui::config_state::{use_config, ConfigState};
use crate::ui::page::{focus_main_heading, SERVICE_NAME};
use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_location;

/// The four areas in the navigation: (route, label).
pub const AREAS: [(&str, &str); 4] = [
    ("triage", "Triage form"),
    ("conditions", "Conditions builder"),
    ("examples", "Example conditions"),
    ("guidance", "Guidance"),
];

#[component]
pub fn Layout() -> impl IntoView {
    let config = use_config();
    let location = use_location();
    // Focus the new page's heading after every navigation except the first load.
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        location.pathname.track();
        if first.get_value() {
            first.set_value(false);
        } else {
            focus_main_heading();
        }
    });
    let marking = move || {
        config.with(|c| c.ready().map(|c| c.protective_marking.clone()).unwrap_or_else(|| "OFFICIAL-SENSITIVE".into()))
    };
    view! {
        <a class="skip-link" href=move || format!("{}#main-content", location.pathname.get()) on:click=skip_to_main>
            "Skip to main content"
        </a>
        <header class="site-header">
            <div class="marking">{marking}</div>
            <div class="width">
                <a class="site-header__name" href=href("")>
                    <span class="site-header__force">{move || config.with(|c| c.ready().map(|c| c.force.name.clone()).unwrap_or_default())}</span>
                    <span class="site-header__service">{SERVICE_NAME}</span>
                </a>
            </div>
            <nav class="site-nav" aria-label="Main">
                <ul class="width">
                    {AREAS.iter().map(|(route, label)| {
                        let current = move || location.pathname.with(|p| is_current(p, route));
                        view! {
                            <li>
                                <a href=href(route) aria-current=move || current().then_some("page")>{*label}</a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </nav>
        </header>
        <ConfigBanner/>
        <main id="main-content" class="width main" tabindex="-1">
            <Outlet/>
        </main>
        <footer class="site-footer">
            <div class="width">
                <ul class="footer-links">
                    <li><a href=href("accessibility")>"Accessibility statement"</a></li>
                    <li><a href=href("diagnostics")>"Diagnostics for IT"</a></li>
                    <li><a href=href("guidance/glossary")>"Glossary"</a></li>
                    <li><a href=href("review")>"Review a triage (legal services)"</a></li>
                    <li><a href=href("pack")>"Court pack"</a></li>
                </ul>
                <p>"Version " {APP_VERSION} ". Do not print or share answers beyond those who need them."</p>
                <p class="marking marking--footer">{marking}</p>
            </div>
        </footer>
    }
}

/// Is `path` inside the area `route`?
fn is_current(path: &str, route: &str) -> bool {
    let rel = path.strip_prefix(&base_path()).unwrap_or(path).trim_start_matches('/');
    rel == route || rel.starts_with(&format!("{route}/"))
}

/// The skip link's own target would resolve against `<base href>` and reload the page,
/// so move focus in the page instead.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document().get_element_by_id("main-content") {
        use wasm_bindgen::JsCast;
        if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
            let _ = main.focus();
        }
    }
}

/// Shown on every page when config.json could not be used. The guidance works without it.
#[component]
fn ConfigBanner() -> impl IntoView {
    let config = use_config();
    move || match config.get() {
        ConfigState::Broken(problems) => Some(view! {
            <div class="width">
                <div class="notice notice--error" role="alert" id="config-problem">
                    <h2 class="heading-m">"This site is not set up correctly"</h2>
                    <p>"The settings file (config.json) could not be used, so the triage form cannot be sent. The guidance and the example conditions still work."</p>
                    <ul class="list">
                        {problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                    </ul>
                    <p>"Tell your force's IT service desk, quoting the lines above. They can check the settings on the "
                        <a href=href("diagnostics")>"diagnostics page"</a> "."</p>
                </div>
            </div>
        }),
        _ => None,
    }
}
