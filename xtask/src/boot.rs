//! trunk ends `<head>` with preload links and an inline module script that loads the app
//! at once. The build replaces them with `public/boot.js`, told each area's two files
//! and which addresses belong to which area (`spo_triage::domain::areas`), so it loads
//! the app of the page's own area only: at once on index.html and, on a prerendered
//! page, when someone is there to use it. No inline script is left, so the
//! Content-Security-Policy needs no hash.
use spo_triage::domain::areas::Area;

const FALLBACK: &str = "<script src=\"fallback.js\"";

/// One app as trunk built it (`AreaBuild`): its JS glue and its wasm, as the page
/// links them, under its binary's name.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaApp {
    pub area: Area,
    pub bin: String,
    pub js: String,
    pub wasm: String,
}

/// The two files trunk's loader in `page` fetches.
pub fn loader_files(page: &str) -> Result<(String, String), String> {
    let start = page.find("<script type=\"module\">").ok_or("the page has no trunk loader")?;
    let end = page[start..].find("</script>").map(|i| i + start).ok_or("trunk's loader is not closed")?;
    let loader = &page[start..end];
    let js = quoted_after(loader, "from ").ok_or("cannot find the JS file in trunk's loader")?;
    let wasm = quoted_after(loader, "module_or_path:").ok_or("cannot find the wasm file in trunk's loader")?;
    Ok((js.to_string(), wasm.to_string()))
}

/// The page with trunk's loader replaced by boot.js, told every area's files;
/// unchanged if it was replaced already.
pub fn apply(page: &str, apps: &[AreaApp]) -> Result<String, String> {
    if page.contains("src=\"boot.js\"") {
        return Ok(page.to_string());
    }
    for area in Area::ALL {
        if !apps.iter().any(|a| a.area == area) {
            return Err(format!("no app was built for the {} area", area.name()));
        }
    }
    let start = page.find("<script type=\"module\">").ok_or("index.html has neither trunk's loader nor boot.js")?;
    let end = page[start..].find("</script>").map(|i| i + start + "</script>".len()).ok_or("trunk's loader is not closed")?;
    let files: String = apps
        .iter()
        .map(|a| format!(" data-app-js-{0}=\"{1}\" data-app-wasm-{0}=\"{2}\"", a.bin, attr(&a.js), attr(&a.wasm)))
        .collect();
    let tag = format!("<script src=\"boot.js\" defer data-areas=\"{}\"{files}></script>", attr(&Area::boot_table()));
    let page = format!("{}{}", &page[..start], &page[end..]);
    // Before fallback.js: deferred scripts run in order, and fallback.js looks for it.
    let page = match page.find(FALLBACK) {
        Some(at) => format!("{}{tag}\n  {}", &page[..at], &page[at..]),
        None => format!("{}{tag}{}", &page[..start], &page[start..]),
    };
    Ok(without_preloads(&page))
}

/// The first '…' or "…" string after `key`.
fn quoted_after<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let rest = &text[text.find(key)? + key.len()..];
    let open = rest.find(['\'', '"'])?;
    let quote = rest[open..].chars().next()?;
    let body = &rest[open + 1..];
    Some(&body[..body.find(quote)?])
}

fn attr(value: &str) -> String {
    value.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

/// Without trunk's preload links for the app. A prerendered page must not fetch it
/// until someone is there; on index.html boot.js, a script in <head>, starts both
/// fetches as early, and a preload (with its integrity attribute) would not match
/// boot.js's fetch, so the wasm came twice.
fn without_preloads(page: &str) -> String {
    page.lines()
        .filter(|line| {
            let l = line.trim_start();
            !(l.starts_with("<link rel=\"modulepreload\"") || (l.starts_with("<link rel=\"preload\"") && l.contains("application/wasm")))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<head>\n<link rel=\"modulepreload\" href=\"/spo/app-1.js\" crossorigin=\"anonymous\">\n<link rel=\"preload\" href=\"/spo/app-1_bg.wasm\" as=\"fetch\" type=\"application/wasm\">\n<script type=\"module\">\nimport init, * as bindings from '/spo/app-1.js';\nconst wasm = await init({ module_or_path: '/spo/app-1_bg.wasm' });\nwindow.wasmBindings = bindings;\n</script></head>";

    fn apps() -> Vec<AreaApp> {
        Area::ALL
            .into_iter()
            .map(|area| AreaApp { area, bin: area.name().into(), js: format!("/spo/{}-1.js", area.name()), wasm: format!("/spo/{}-1_bg.wasm", area.name()) })
            .collect()
    }

    #[test]
    fn the_loader_becomes_boot_js_with_every_areas_files() {
        assert_eq!(loader_files(TRUNK).unwrap(), ("/spo/app-1.js".to_string(), "/spo/app-1_bg.wasm".to_string()));
        let page = apply(TRUNK, &apps()).unwrap();
        assert!(page.contains("<script src=\"boot.js\" defer data-areas=\"triage=triage guidance=guidance conditions=conditions examples=conditions review=review pack=pack\" data-app-js-site=\"/spo/site-1.js\" data-app-wasm-site=\"/spo/site-1_bg.wasm\" data-app-js-triage=\"/spo/triage-1.js\""), "{page}");
        for area in Area::ALL {
            assert!(page.contains(&format!("data-app-wasm-{0}=\"/spo/{0}-1_bg.wasm\"", area.name())), "{page}");
        }
        assert!(!page.contains("type=\"module\""), "{page}");
        assert_eq!(apply(&page, &apps()).unwrap(), page, "running again changes nothing");
        assert!(apply("<head></head>", &apps()).is_err());
        assert!(apply(TRUNK, &apps()[1..]).unwrap_err().contains("site"), "every area must have its app");
        let with_fallback = TRUNK.replace("<head>", "<head>\n  <script src=\"fallback.js\" defer></script>");
        let page = apply(&with_fallback, &apps()).unwrap();
        assert!(page.find("src=\"boot.js\"").unwrap() < page.find("src=\"fallback.js\"").unwrap(), "boot.js runs first: {page}");
    }

    #[test]
    fn boot_js_loads_the_forms_advice_build_by_the_keys_the_app_uses() {
        use spo_triage::domain::triage::answering::{ADVICE_BUILD_KEY, ADVICE_FILE_KEY, ADVICE_HANDOFF_KEY};
        let boot = include_str!("../../public/boot.js");
        for key in [ADVICE_BUILD_KEY, ADVICE_FILE_KEY, ADVICE_HANDOFF_KEY, spo_triage::domain::triage::DRAFT_KEY] {
            assert!(boot.contains(&format!("\"{key}\"")), "boot.js must look for {key}");
        }
        assert!(boot.contains(&format!("\"{}\"", spo_triage::domain::areas::TRIAGE_ADVICE_BIN)));
        let index = include_str!("../../index.html");
        for key in [ADVICE_BUILD_KEY, ADVICE_FILE_KEY, ADVICE_HANDOFF_KEY] {
            assert!(index.contains(&format!("\"{key}\"")), "index.html's snippet must look for {key}");
        }
    }

    #[test]
    fn index_html_looks_for_the_keys_the_app_saves_under() {
        let page = include_str!("../../index.html");
        for key in [spo_triage::domain::triage::DRAFT_KEY, spo_triage::domain::triage::PENDING_KEY, spo_triage::domain::conditions::handoff::HANDOFF_KEY] {
            assert!(page.contains(&format!("\"{key}\"")), "index.html's snippet must look for {key}");
        }
    }

    #[test]
    fn the_preloads_go_and_boot_js_stays() {
        let page = apply(TRUNK, &apps()).unwrap();
        assert!(!page.contains("modulepreload") && !page.contains("application/wasm"), "{page}");
        assert!(page.contains("boot.js"), "{page}");
    }
}
