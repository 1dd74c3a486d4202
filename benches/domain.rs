//! Native timings of the domain's hot paths: `cargo bench --bench domain`.
//! A plain loop with `Instant` (no benchmark crate): it reports the median of many
//! runs, which is all the closing notes and the performance targets need.
use spo_triage::domain::conditions::checks::{lint_set, SetContext};
use spo_triage::domain::conditions::chosen::ChosenCondition;
use spo_triage::domain::conditions::load::load_catalogue;
use spo_triage::domain::conditions::order_text::{order_lines, order_text, OrderContext};
use spo_triage::domain::guidance::{build, search};
use spo_triage::domain::triage::fixtures::{example_context, example_full_triage};
use spo_triage::domain::triage::validate_all;
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

/// Median time of one call, over `rounds` rounds of `per_round` calls.
fn median_micros(rounds: usize, per_round: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..per_round {
                f();
            }
            start.elapsed().as_secs_f64() * 1e6 / per_round as f64
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    times[times.len() / 2]
}

fn main() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");

    let triage = example_full_triage();
    let ctx = example_context();
    let t = median_micros(51, 200, || {
        black_box(validate_all(black_box(&triage), &ctx));
    });
    println!("validate a complete triage: {t:.2} µs (median of 51 × 200); target under 50 µs: {}", met(t < 50.0));

    let catalogue = load_catalogue(&content).expect("catalogue");
    let mut set: Vec<ChosenCondition> = catalogue.conditions.iter().take(20).map(ChosenCondition::from_template).collect();
    for c in &mut set {
        for s in &mut c.slots {
            s.text = "Sam Example".into();
        }
        c.reason = "Needed to stop the daily unwanted contact described in the summary.".into();
    }
    let set_ctx = SetContext::default();
    let t = median_micros(51, 50, || {
        black_box(lint_set(black_box(&set), &catalogue, &set_ctx));
    });
    println!("check a set of 20 conditions: {t:.2} µs (median of 51 × 50)");

    // What the builder does on each change: check the set, then lay out the order's
    // lines and its text (the preview and the copy button).
    let order_ctx = OrderContext::from_set(&set_ctx, "OFFICIAL-SENSITIVE");
    let t = median_micros(51, 50, || {
        black_box(lint_set(black_box(&set), &catalogue, &set_ctx));
        black_box(order_lines(black_box(&set), &order_ctx));
        black_box(order_text(black_box(&set), &order_ctx));
    });
    println!("render a set of 20 conditions with its checks: {t:.2} µs (median of 51 × 50)");

    let mut index = build(&content).expect("guidance").search;
    index.prepare();
    let queries = ["interim", "youth justice", "necessary", "breach of the order", "notif"];
    let t = median_micros(51, 20, || {
        for q in queries {
            black_box(search(black_box(&index), q, 10));
        }
    }) / queries.len() as f64;
    println!("search the guidance: {t:.2} µs per query (median of 51 × 20 × {} queries); target under 1 ms: {}", queries.len(), met(t < 1000.0));
}

fn met(ok: bool) -> &'static str {
    if ok {
        "met"
    } else {
        "NOT MET"
    }
}
