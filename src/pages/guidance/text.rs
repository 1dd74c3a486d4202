//! Small plain-text helpers for the guidance pages, tested natively.

/// "1 module" / "3 modules": a count with its noun.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "3 of 10 modules completed".
pub fn completed_summary(completed: usize, total: usize) -> String {
    format!("{completed} of {} completed", count(total, "module", "modules"))
}

/// What the search says about its results, e.g. "4 results for ‘notify’".
pub fn results_summary(total: usize, shown: usize, query: &str) -> String {
    let query = query.trim();
    match total {
        0 => format!("No results for ‘{query}’. Check the spelling, or try fewer or different words."),
        _ if shown < total => format!(
            "{} for ‘{query}’. Showing the best {shown}: add words to narrow the search.",
            count(total, "result", "results")
        ),
        _ => format!("{} for ‘{query}’.", count(total, "result", "results")),
    }
}

/// "2026-11-23" as "23 November 2026"; anything else as written.
pub fn long_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ];
    let mut parts = iso.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    match (y.parse::<u32>(), m.parse::<usize>(), d.parse::<u32>()) {
        (Ok(y), Ok(m @ 1..=12), Ok(d @ 1..=31)) if y > 0 => format!("{d} {} {y}", MONTHS[m - 1]),
        _ => iso.to_string(),
    }
}

/// The start of the "Sources" list the build appends to every module's HTML.
const SOURCES_START: &str = "<section class=\"guidance-sources\"";

/// A module's HTML cut in two at its "Sources" list, so the checks of understanding
/// can sit between the text and the sources. The cut is at an element boundary the
/// build writes; without it, everything is body.
pub fn split_at_sources(html: &str) -> (&str, &str) {
    match html.rfind(SOURCES_START) {
        Some(at) => html.split_at(at),
        None => (html, ""),
    }
}

/// The element id in a location hash ("#necessity" → "necessity"), decoding %XX.
pub fn hash_target(hash: &str) -> Option<String> {
    let raw = hash.strip_prefix('#').unwrap_or(hash);
    if raw.is_empty() {
        return None;
    }
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok().filter(|id| !id.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_naturally() {
        assert_eq!(count(1, "result", "results"), "1 result");
        assert_eq!(count(0, "result", "results"), "0 results");
        assert_eq!(completed_summary(3, 10), "3 of 10 modules completed");
        assert_eq!(completed_summary(0, 1), "0 of 1 module completed");
    }

    #[test]
    fn results_summary_says_how_many_and_what_was_searched() {
        assert_eq!(results_summary(1, 1, "notify "), "1 result for ‘notify’.");
        assert_eq!(
            results_summary(0, 0, "zzz"),
            "No results for ‘zzz’. Check the spelling, or try fewer or different words."
        );
        assert!(results_summary(40, 25, "the").starts_with("40 results for ‘the’. Showing the best 25"));
    }

    #[test]
    fn dates_are_written_out() {
        assert_eq!(long_date("2026-11-23"), "23 November 2026");
        assert_eq!(long_date("2026-01-05"), "5 January 2026");
        assert_eq!(long_date("soon"), "soon");
        assert_eq!(long_date("2026-13-01"), "2026-13-01");
    }

    #[test]
    fn module_html_is_cut_before_its_sources() {
        let html = "<p>Body</p>\n<section class=\"guidance-sources\" aria-labelledby=\"sources\"><h2 id=\"sources\">Sources</h2></section>\n";
        let (body, sources) = split_at_sources(html);
        assert_eq!(body, "<p>Body</p>\n");
        assert!(sources.starts_with("<section class=\"guidance-sources\""));
        assert_eq!(split_at_sources("<p>Only</p>"), ("<p>Only</p>", ""));
    }

    #[test]
    fn hash_targets_are_decoded() {
        assert_eq!(hash_target("#necessity").as_deref(), Some("necessity"));
        assert_eq!(hash_target("#source-SPA-s9-10").as_deref(), Some("source-SPA-s9-10"));
        assert_eq!(hash_target("#a%20b").as_deref(), Some("a b"));
        assert_eq!(hash_target("#"), None);
        assert_eq!(hash_target(""), None);
    }
}
