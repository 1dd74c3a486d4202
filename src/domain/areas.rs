//! The site's areas. Each is its own WebAssembly app (`src/bin/<name>.rs`), so a page
//! fetches the code of its own area only and the officer's form stays light as the site
//! grows (issue #14). Moving between areas is a full page load: the pages are
//! prerendered, so the next one shows at once. What belongs where is decided here, once:
//! the build writes the table `public/boot.js` picks the app by, and each app sends a
//! link into another area to the browser instead of its own router.

/// One area of the site and the app that serves it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Area {
    /// The start page, the accessibility statement, diagnostics and "page not found".
    Site,
    /// The officer's form: task list, sections, check answers, confirmation, with the
    /// conditions editor it embeds.
    Triage,
    /// The guidance: contents, modules, glossary, search and the pathway.
    Guidance,
    /// The conditions builder and the worked examples, which open in it (one area, so
    /// an example opens in the builder without leaving the app).
    Conditions,
    /// Legal services' and the stalking unit's review of a delivered triage (issue #16).
    Review,
    /// The court pack drafted from an authorised triage (issue #17), with the Word
    /// writer only it needs.
    Pack,
}

impl Area {
    /// Every area; the first is the one for any address no other claims.
    pub const ALL: [Area; 6] = [Area::Site, Area::Triage, Area::Guidance, Area::Conditions, Area::Review, Area::Pack];

    /// The name of its binary, its files and its row in the size gates.
    pub fn name(self) -> &'static str {
        match self {
            Area::Site => "site",
            Area::Triage => "triage",
            Area::Guidance => "guidance",
            Area::Conditions => "conditions",
            Area::Review => "review",
            Area::Pack => "pack",
        }
    }

    /// The first part of the addresses it serves; the site area serves the rest.
    pub fn first_segments(self) -> &'static [&'static str] {
        match self {
            Area::Site => &[],
            Area::Triage => &["triage"],
            Area::Guidance => &["guidance"],
            Area::Conditions => &["conditions", "examples"],
            Area::Review => &["review"],
            Area::Pack => &["pack"],
        }
    }

    /// The area of a route, given without the base: "triage/check-answers",
    /// "/guidance/", "" (the start page). A query or fragment is ignored.
    pub fn for_route(route: &str) -> Area {
        let route = route.split(['?', '#']).next().unwrap_or_default();
        let first = route.trim_start_matches('/').split('/').next().unwrap_or_default();
        Area::ALL.into_iter().find(|a| a.first_segments().contains(&first)).unwrap_or(Area::Site)
    }

    /// The area of a path the browser shows, under `base` ("" or "/spo"); None when the
    /// path is outside the base, so not this site's at all.
    pub fn for_path(path: &str, base: &str) -> Option<Area> {
        let base = base.trim_end_matches('/');
        let rest = path.strip_prefix(base)?;
        if !(rest.is_empty() || rest.starts_with('/')) {
            return None;
        }
        Some(Area::for_route(rest))
    }

    /// The table `public/boot.js` reads: "segment=area" pairs separated by spaces,
    /// e.g. "triage=triage guidance=guidance conditions=conditions examples=conditions review=review pack=pack".
    pub fn boot_table() -> String {
        Area::ALL
            .into_iter()
            .flat_map(|a| a.first_segments().iter().map(move |s| format!("{s}={}", a.name())))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// One app the build makes: its binary, the area whose addresses it serves, and
/// whether it is built with the package's default features.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaBuild {
    pub area: Area,
    pub bin: &'static str,
    pub default_features: bool,
}

/// The name of the officer's form's second build, able to hold legal advice being
/// answered (Cargo.toml's `answering` feature); public/boot.js loads it in place of
/// the plain form only when advice is in hand (`pages::triage::advice_build`).
pub const TRIAGE_ADVICE_BIN: &str = "triage_advice";

impl AreaBuild {
    /// Every app: one per area, the plain form without the default features, and the
    /// form again with them.
    pub fn all() -> Vec<AreaBuild> {
        let mut builds: Vec<AreaBuild> =
            Area::ALL.into_iter().map(|area| AreaBuild { area, bin: area.name(), default_features: area != Area::Triage }).collect();
        builds.push(AreaBuild { area: Area::Triage, bin: TRIAGE_ADVICE_BIN, default_features: true });
        builds
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_route_belongs_to_one_area() {
        for (route, area) in [
            ("", Area::Site),
            ("/", Area::Site),
            ("accessibility", Area::Site),
            ("diagnostics", Area::Site),
            ("no-such-page", Area::Site),
            ("triage", Area::Triage),
            ("/triage/", Area::Triage),
            ("triage/check-answers", Area::Triage),
            ("triage/respondent?x=1", Area::Triage),
            ("guidance", Area::Guidance),
            ("guidance/search?q=bail", Area::Guidance),
            ("guidance/glossary#terms", Area::Guidance),
            ("conditions", Area::Conditions),
            ("examples/restraining-contact", Area::Conditions),
            ("review", Area::Review),
            ("pack", Area::Pack),
            ("pack/document/spo-1-complaint", Area::Pack),
            ("packing", Area::Site),
            // A name that only starts like an area's is not in it.
            ("triages", Area::Site),
            ("guidance-old", Area::Site),
        ] {
            assert_eq!(Area::for_route(route), area, "{route:?}");
        }
    }

    #[test]
    fn a_path_outside_the_base_is_not_the_sites() {
        assert_eq!(Area::for_path("/spo/triage/about-you", "/spo"), Some(Area::Triage));
        assert_eq!(Area::for_path("/spo/", "/spo/"), Some(Area::Site));
        assert_eq!(Area::for_path("/spo", "/spo"), Some(Area::Site));
        assert_eq!(Area::for_path("/guidance", ""), Some(Area::Guidance));
        assert_eq!(Area::for_path("/other/triage", "/spo"), None);
        assert_eq!(Area::for_path("/spoof/triage", "/spo"), None);
    }

    #[test]
    fn every_area_has_one_app_and_the_form_a_second_with_advice() {
        let builds = AreaBuild::all();
        for a in Area::ALL {
            assert!(builds.iter().any(|b| b.area == a && b.bin == a.name()), "{a:?}");
        }
        let form: Vec<_> = builds.iter().filter(|b| b.area == Area::Triage).collect();
        assert_eq!(form.len(), 2);
        assert!(form.iter().any(|b| b.bin == "triage" && !b.default_features), "the plain form, without the advice");
        assert!(form.iter().any(|b| b.bin == TRIAGE_ADVICE_BIN && b.default_features));
        assert!(builds.iter().filter(|b| b.area != Area::Triage).all(|b| b.default_features));
    }

    #[test]
    fn the_boot_table_names_every_segment_once() {
        let table = Area::boot_table();
        assert_eq!(table, "triage=triage guidance=guidance conditions=conditions examples=conditions review=review pack=pack");
        let segments: Vec<&str> = table.split(' ').map(|p| p.split('=').next().unwrap()).collect();
        let mut unique = segments.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), segments.len());
        for a in Area::ALL {
            assert!(a.name().chars().all(|c| c.is_ascii_lowercase()), "a file-name-safe name: {}", a.name());
        }
    }
}
