//! A thin wrapper over the browser's fetch with a timeout, turning every failure into
//! a plain reason a person can act on.
use gloo_timers::callback::Timeout;
use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestCredentials, RequestInit, RequestMode, RequestRedirect, Response, ResponseType};

/// An HTTP answer: status, a few headers the caller asked for, and the body text.
pub struct Answer {
    pub status: u16,
    /// A POST was answered with a redirect, which is not followed (status is then 0).
    pub redirected: bool,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

/// Why no answer came back.
#[derive(Debug, Clone, PartialEq)]
pub enum FetchFailure {
    /// No answer within the time allowed.
    TimedOut(u32),
    /// The browser refused or could not connect: no network, no server, or CORS.
    Unreachable,
}

pub struct Call<'a> {
    pub method: &'a str,
    pub url: &'a str,
    pub body: Option<&'a str>,
    pub json: bool,
    pub credentials: bool,
    pub timeout_seconds: u32,
    /// Response headers to read (only CORS-exposed ones are visible cross-origin).
    pub read_headers: &'a [&'a str],
}

impl<'a> Call<'a> {
    pub fn get(url: &'a str) -> Call<'a> {
        Call { method: "GET", url, body: None, json: false, credentials: false, timeout_seconds: 15, read_headers: &[] }
    }
}

pub async fn send(call: Call<'_>) -> Result<Answer, FetchFailure> {
    let controller = AbortController::new().map_err(|_| FetchFailure::Unreachable)?;
    let init = RequestInit::new();
    init.set_method(call.method);
    init.set_mode(RequestMode::Cors);
    init.set_credentials(if call.credentials { RequestCredentials::Include } else { RequestCredentials::SameOrigin });
    init.set_signal(Some(&controller.signal()));
    init.set_cache(web_sys::RequestCache::NoStore);
    // Following a redirect would turn a POST into a GET of (often) a sign-in page and
    // report success; the receiver moving is a failure the officer must hear about.
    if call.method == "POST" {
        init.set_redirect(RequestRedirect::Manual);
    }
    if let Some(body) = call.body {
        init.set_body(&JsValue::from_str(body));
    }
    let headers = web_sys::Headers::new().map_err(|_| FetchFailure::Unreachable)?;
    if call.json {
        let _ = headers.set("Content-Type", "application/json");
    }
    init.set_headers(&headers);

    let abort = controller.clone();
    // Dropping the timer when the answer is in cancels it.
    let timer = Timeout::new(call.timeout_seconds.saturating_mul(1000), move || abort.abort());
    let result = answer(&init, &call).await;
    drop(timer);
    match result {
        Ok(a) => Ok(a),
        Err(_) if controller.signal().aborted() => Err(FetchFailure::TimedOut(call.timeout_seconds)),
        Err(_) => Err(FetchFailure::Unreachable),
    }
}

async fn answer(init: &RequestInit, call: &Call<'_>) -> Result<Answer, JsValue> {
    let response: Response = JsFuture::from(window().fetch_with_str_and_init(call.url, init)).await?.dyn_into()?;
    let headers = call
        .read_headers
        .iter()
        .filter_map(|h| response.headers().get(h).ok().flatten().map(|v| (h.to_string(), v)))
        .collect();
    let body = JsFuture::from(response.text()?).await?.as_string().unwrap_or_default();
    let redirected = response.type_() == ResponseType::Opaqueredirect;
    Ok(Answer { status: response.status(), redirected, headers, body })
}
