//! The pathway from report to order and after: an inline SVG that scales with the page
//! (one column, so it reads at 320 px wide and in print), always beside a numbered
//! list of the same steps in words.
use crate::domain::guidance::paths::module_path;
use crate::ui::base::href;
use crate::ui::page::{use_title, PageHeading};
use leptos::prelude::*;

/// One box of the diagram: bold title lines, then plain detail lines.
struct Card {
    title: &'static [&'static str],
    detail: &'static [&'static str],
}

/// A row of the diagram: one box across, or two side by side.
enum Row {
    One(Card),
    Two(Card, Card),
}

const ROWS: &[Row] = &[
    Row::One(Card { title: &["1. Report and investigation"], detail: &["Think about an SPO from the start"] }),
    Row::One(Card { title: &["2. Triage (this form)"], detail: &["Completed by the officer in the case"] }),
    Row::One(Card { title: &["3. Legal review"], detail: &["Legal services and stalking unit"] }),
    Row::One(Card { title: &["4. Superintendent authorisation"], detail: &["Draft national guidance"] }),
    Row::One(Card { title: &["5. Magistrates' court"], detail: &[] }),
    Row::Two(
        Card { title: &["Interim order"], detail: &["Sought with the", "full application;", "needs a hearing"] },
        Card { title: &["Full order"], detail: &["When the court is", "satisfied of the", "three tests"] },
    ),
    Row::One(Card { title: &["6. Recording and notification"], detail: &["Names and home address within", "3 days of service"] }),
    Row::One(Card { title: &["7. Monitoring"], detail: &["Risk plan, markers, victim contact"] }),
    Row::One(Card { title: &["8. If things change"], detail: &[] }),
    Row::Two(
        Card { title: &["Breach"], detail: &["A criminal offence"] },
        Card { title: &["Variation,", "renewal or", "discharge"], detail: &[] },
    ),
];

const WIDTH: f32 = 300.0;
const MARGIN: f32 = 12.0;
const GAP: f32 = 28.0;
const LINE: f32 = 16.0;
const PAD: f32 = 10.0;
const PAIR_GAP: f32 = 12.0;

/// The diagram, its caption and the steps in words. `id` keeps element ids unique
/// when the diagram appears more than once on a page.
#[component]
pub fn PathwayDiagram(id: &'static str, #[prop(optional)] steps_in_details: bool) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let steps_id = format!("{id}-steps");
    let steps = view! { <PathwaySteps id=steps_id.clone()/> };
    view! {
        <figure class="pathway">
            <figcaption id=caption_id.clone() class="pathway__caption">
                "The SPO pathway, from report to order and after. The same steps are listed in words "
                {if steps_in_details { "under the diagram." } else { "below." }}
            </figcaption>
            <Diagram id=id labelled_by=caption_id/>
        </figure>
        {if steps_in_details {
            view! {
                <details class="details pathway__details">
                    <summary class="details__summary">"The pathway in words"</summary>
                    <div class="details__text">{steps}</div>
                </details>
            }.into_any()
        } else {
            view! {
                <h2 class="heading-m">"The steps in words"</h2>
                {steps}
            }.into_any()
        }}
    }
}

/// The numbered steps: the diagram's text alternative, and fuller than it.
#[component]
fn PathwaySteps(id: String) -> impl IntoView {
    view! {
        <ol class="list pathway__steps" id=id>
            <li><strong>"Report and investigation. "</strong>"When stalking is reported, consider an SPO at the start of the investigation and record why you did or did not go ahead."</li>
            <li><strong>"Triage (this form). "</strong>"The officer in the case completes the SPO triage, which goes to force legal services and the stalking unit."</li>
            <li><strong>"Legal review. "</strong>"Legal services and the stalking unit review the triage and the evidence for the three tests."</li>
            <li><strong>"Superintendent authorisation. "</strong>"An officer of superintendent rank or above authorises the application; acting and temporary superintendents count. This step comes from draft national guidance (the College of Policing's consultation draft of June 2026), not from the Act, so it may change."</li>
            <li><strong>"Magistrates' court. "</strong>"The application is heard by a magistrates' court. An interim order can be sought together with the full application, but it is not immediate: it still needs a hearing, and several forces have reported long waits for one to be listed (one force quoted four to six weeks; the 2023 force survey). Ask for an early listing and keep safeguarding the victim meanwhile. An interim order lasts for a fixed period and ends when the full application is decided. A full order is made when the court is satisfied of the three tests, for at least two years or until a further order."</li>
            <li><strong>"Recording and notification. "</strong>"Record the order on PNC (or LEDS) and add markers. The respondent must give the police their names and home address within 3 days, counted from the day the order is served."</li>
            <li><strong>"Monitoring. "</strong>"Manage the order with a risk management plan that lasts as long as it does, and keep the victim or their advocate informed."</li>
            <li><strong>"Breach, or variation, renewal and discharge. "</strong>"Breaking the order without a reasonable excuse is a criminal offence. The police or the respondent can ask the court to vary, renew or discharge it."</li>
        </ol>
    }
}

/// A box's height for its number of lines.
fn card_height(card: &Card) -> f32 {
    (card.title.len() + card.detail.len()) as f32 * LINE + 2.0 * PAD
}

fn row_height(row: &Row) -> f32 {
    match row {
        Row::One(card) => card_height(card),
        Row::Two(a, b) => card_height(a).max(card_height(b)),
    }
}

/// The boxes' horizontal centres and width in a row.
fn row_columns(row: &Row) -> (Vec<f32>, f32) {
    match row {
        Row::One(_) => (vec![WIDTH / 2.0], WIDTH - 2.0 * MARGIN),
        Row::Two(..) => {
            let w = (WIDTH - 2.0 * MARGIN - PAIR_GAP) / 2.0;
            (vec![MARGIN + w / 2.0, WIDTH - MARGIN - w / 2.0], w)
        }
    }
}

#[component]
fn Diagram(id: &'static str, labelled_by: String) -> impl IntoView {
    let arrow_id = format!("{id}-arrowhead");
    let marker = format!("url(#{arrow_id})");
    let mut y = MARGIN;
    let mut shapes = Vec::new();
    let mut arrows = Vec::new();
    for (i, row) in ROWS.iter().enumerate() {
        let height = row_height(row);
        let (centres, width) = row_columns(row);
        let cards: Vec<&Card> = match row {
            Row::One(a) => vec![a],
            Row::Two(a, b) => vec![a, b],
        };
        for (card, x) in cards.into_iter().zip(&centres) {
            shapes.push(card_view(card, *x, y, width, height));
        }
        let bottom = y + height;
        y = bottom + GAP;
        if let Some(next) = ROWS.get(i + 1) {
            let (next_centres, _) = row_columns(next);
            let mid = bottom + GAP / 2.0;
            for from in &centres {
                for to in &next_centres {
                    // One box to two, or two to one: every pair is joined; two to two never happens.
                    let points = if (from - to).abs() < 0.5 {
                        format!("{},{} {},{}", num(*from), num(bottom), num(*to), num(y - 2.0))
                    } else {
                        let (from, to, bottom, mid) = (num(*from), num(*to), num(bottom), num(mid));
                        format!("{from},{bottom} {from},{mid} {to},{mid} {to},{}", num(y - 2.0))
                    };
                    arrows.push(view! { <polyline class="pathway__arrow" points=points marker-end=marker.clone()/> });
                }
            }
        }
    }
    let height = y - GAP + MARGIN;
    view! {
        <svg class="pathway__svg" role="img" aria-labelledby=labelled_by focusable="false"
            viewBox=format!("0 0 {} {}", num(WIDTH), num(height)) width=num(WIDTH) height=num(height)
            xmlns="http://www.w3.org/2000/svg">
            <defs>
                <marker id=arrow_id viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
                    <path class="pathway__arrowhead" d="M 0 0 L 10 5 L 0 10 z"/>
                </marker>
            </defs>
            {arrows}
            {shapes}
        </svg>
    }
}

/// A coordinate to one decimal place, written with integer formatting: `f32`'s own
/// `Display` brought about 15 KB of float-printing code into the guidance's app.
fn num(v: f32) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

fn card_view(card: &Card, centre: f32, top: f32, width: f32, height: f32) -> impl IntoView {
    let lines = card.title.len() + card.detail.len();
    // Centre the block of lines vertically; baselines sit about 4 units below the line's middle.
    let first = top + height / 2.0 - (lines as f32 - 1.0) * LINE / 2.0 + 4.5;
    let texts = card
        .title
        .iter()
        .map(|t| (*t, "pathway__title"))
        .chain(card.detail.iter().map(|t| (*t, "pathway__detail")))
        .enumerate()
        .map(|(n, (t, class))| {
            view! { <text class=class x=num(centre) y=num(first + n as f32 * LINE) text-anchor="middle">{t}</text> }
        })
        .collect_view();
    view! {
        <rect class="pathway__box" x=num(centre - width / 2.0) y=num(top)
            width=num(width) height=num(height) rx="4"/>
        {texts}
    }
}

/// `/guidance/pathway`: the diagram on a page of its own, linked from the contents page.
#[component]
pub fn GuidancePathway() -> impl IntoView {
    use_title(|| "The SPO pathway".to_string());
    view! {
        <PageHeading>"The SPO pathway: from report to order and after"</PageHeading>
        <p class="lead">"The stages an SPO application goes through, and what happens once an order is made."</p>
        <PathwayDiagram id="pathway"/>
        <p>"Each stage is explained in the module "
            <a href=href(&module_path("authorisation-court-and-after"))>"Authorisation, court and after the order"</a>
            " and, for what happens if the order is broken or needs to change, "
            <a href=href(&module_path("breach-variation-renewal"))>"Breaches, variation, renewal, discharge and transfer"</a> "."</p>
        <p><a href=href("guidance")>"Back to the guidance contents"</a></p>
    }
}
