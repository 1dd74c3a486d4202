//! The message legal services read: whatever the officer typed, in any answer, it
//! reaches the HTML only as text. The markup that matters in email is injected into
//! valid answers, and the document must still hold only the app's own tags and
//! attributes, with each injected answer shown escaped.
use proptest::prelude::*;
use proptest::sample::select;

use spo_triage::domain::guidance::escape_html;
use spo_triage::domain::triage::fixtures::{example_context, example_meta};
use spo_triage::domain::triage::*;

use crate::models::{type_into, typed_boxes, valid_triage};
use crate::support::check;

const INJECTED: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "Tom & Jerry's \"house\"",
    "</td></tr></table><a href=\"https://evil.example\">click</a>",
    "<style>body{display:none}</style>",
    "<!-- comment --> <![CDATA[x]]>",
    "&lt;already escaped&gt; &amp;",
];

const TAGS: &[&str] = &["!DOCTYPE", "html", "head", "meta", "title", "body", "table", "tbody", "tr", "td", "th", "main", "header", "footer", "h1", "h2", "h3", "p", "br", "ol", "li"];
const ATTRIBUTES: &[&str] = &["lang", "charset", "name", "content", "role", "cellpadding", "cellspacing", "border", "width", "style", "scope", "start", "value", "html", "align", "valign"];

/// Each tag in the document: its name and attribute names.
fn tags(html: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let end = rest[i..].find('>').map(|j| i + j).unwrap_or(rest.len());
        // The tag without its quoted values, so only names are left to read.
        let inner: String = rest[i + 1..end].trim_start_matches('/').split('"').step_by(2).collect::<Vec<_>>().join("\"\"");
        let mut parts = inner.split_whitespace();
        let name = parts.next().unwrap_or("").to_string();
        let attributes = parts.filter_map(|p| p.split('=').next()).filter(|a| !a.is_empty() && a.chars().all(|c| c.is_ascii_alphabetic() || c == '-')).map(str::to_string).collect();
        out.push((name, attributes));
        rest = &rest[end.min(rest.len())..];
        if rest.is_empty() {
            break;
        }
        rest = &rest[1..];
    }
    out
}

#[test]
fn typed_markup_reaches_the_html_only_as_text() {
    let ctx = example_context();
    check(
        "typed markup is escaped in the HTML message",
        64,
        (valid_triage(), proptest::collection::vec((0usize..200, select(INJECTED)), 1..4)),
        |(mut t, injections)| {
            let boxes: Vec<_> = typed_boxes(&t).into_iter().filter(|s| !matches!(s.question.kind, questions::Kind::Date { .. })).collect();
            // The last text typed into each box is the one that stays.
            let mut typed = std::collections::BTreeMap::new();
            for (at, text) in injections {
                let at = at % (boxes.len() + 2 * t.conditions.len()).max(1);
                type_into(&mut t, &boxes, at, 0, text.to_string());
                // A condition's wording is reshaped into order text (its first letter, its
                // last stop); the tag check above covers it.
                if at < boxes.len() {
                    typed.insert(at, (boxes[at].question.id, text));
                }
            }
            // Only triages the form would send: an injected answer may break a rule
            // (a name's length, say); those never reach a payload.
            prop_assume!(validate_all(&t, &ctx).is_empty());
            let payload = Payload::build(&t, &ctx, example_meta()).with_notification(&t, &ctx, "OFFICIAL-SENSITIVE");
            let html = &payload.notification.as_ref().unwrap().html;
            for (name, attributes) in tags(html) {
                prop_assert!(TAGS.contains(&name.as_str()), "tag {:?} in the message", name);
                for a in attributes {
                    prop_assert!(ATTRIBUTES.contains(&a.as_str()), "attribute {:?} on <{}>", a, name);
                }
            }
            // An answer to a question the officer was not shown is not sent at all;
            // every answer that is sent is shown, escaped.
            let sent = Payload::build(&t, &ctx, example_meta());
            let sent_strings = serde_json::to_value(&sent).map(|v| v.to_string()).unwrap_or_default();
            for (id, text) in typed.into_values() {
                let in_payload = sent_strings.contains(&serde_json::to_string(text).unwrap_or_default()[1..text.len()]);
                prop_assert!(!in_payload || html.contains(&escape_html(text)), "{:?} typed in {} not shown escaped", text, id);
            }
            Ok(())
        },
    );
}
