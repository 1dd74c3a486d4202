//! Tests for `checks.rs`: every check, with the exact message it gives.
use super::*;
use crate::domain::conditions::fixture::{self, chosen, text};

const REASON: &str = "He has sent 40 messages since March despite being told to stop.";

fn ctx() -> SetContext {
    SetContext {
        order_type: OrderType::FullOnly,
        full_duration: Some(FullDuration::FixedMonths { months: 36 }),
        ..SetContext::default()
    }
}

fn lint(conditions: &[ChosenCondition], ctx: &SetContext) -> Vec<Finding> {
    lint_set(conditions, &fixture::catalogue(), ctx)
}

/// The findings of one check, as (severity, field, message).
fn of(findings: &[Finding], check: CheckId) -> Vec<(Severity, String, String)> {
    findings
        .iter()
        .filter(|f| f.check == check)
        .map(|f| {
            (
                f.severity,
                f.field.clone().unwrap_or_default(),
                f.message.clone(),
            )
        })
        .collect()
}

fn one(severity: Severity, field: &str, message: &str) -> Vec<(Severity, String, String)> {
    vec![(severity, field.to_string(), message.to_string())]
}

fn distance(n: &str, unit: Option<&str>) -> SlotValue {
    SlotValue {
        name: "distance".into(),
        text: n.into(),
        unit: unit.map(String::from),
        map_reference: None,
    }
}

fn programme(p: &str, provider: &str) -> ChosenCondition {
    chosen(
        "attend-programme",
        vec![text("programme", p), text("provider", provider)],
        REASON,
    )
}

#[test]
fn a_well_drafted_set_has_nothing_to_fix() {
    let set = [
        chosen(
            "no-direct-contact",
            vec![text("person", "Alex Example")],
            REASON,
        ),
        programme(
            "Cheshire Stalking Intervention Programme",
            "Cheshire and Merseyside Probation Delivery Unit",
        ),
    ];
    assert_eq!(lint(&set, &ctx()), vec![]);
}

#[test]
fn an_empty_slot_is_an_error_naming_the_slot() {
    let f = lint(
        &[chosen(
            "no-direct-contact",
            vec![text("person", "  ")],
            REASON,
        )],
        &ctx(),
    );
    assert_eq!(
        of(&f, CheckId::EmptySlot),
        one(Severity::Error, "condition-1-slot-person", "Condition 1 (No contact with the protected person): enter the name of the person to be protected.")
    );
}

#[test]
fn an_area_without_its_map_reference_is_an_error() {
    let area = SlotValue {
        name: "area".into(),
        text: "the streets around Hoole Primary School".into(),
        ..SlotValue::default()
    };
    let f = lint(&[chosen("no-enter-area", vec![area], REASON)], &ctx());
    assert_eq!(
        of(&f, CheckId::EmptySlot),
        one(Severity::Error, "condition-1-slot-area-map", "Condition 1 (Keep out of an area): enter the reference of the annexed map that shows the area (for example Map A), and attach the map to the application.")
    );
}

#[test]
fn every_condition_needs_its_own_reason_of_some_substance() {
    let set = [
        chosen(
            "no-direct-contact",
            vec![text("person", "Alex Example")],
            "",
        ),
        chosen(
            "no-enter-place",
            vec![text("place", "Chester Library")],
            "risk",
        ),
    ];
    let f = lint(&set, &ctx());
    assert_eq!(
        of(&f, CheckId::NoReason),
        one(Severity::Error, "condition-1-reason", "Condition 1 (No contact with the protected person): say why this condition is necessary to protect the person from the risk of stalking. The court must be satisfied that each condition is necessary on its own.")
    );
    assert_eq!(
        of(&f, CheckId::ShortReason),
        one(Severity::Error, "condition-2-reason", "Condition 2 (Keep out of a place): the reason is too short to show why this condition is necessary. In a sentence or two, say which risk it deals with and how.")
    );
}

#[test]
fn vague_words_are_a_warning_with_what_to_use_instead() {
    let set = [
        chosen(
            "no-enter-place",
            vec![text("place", "anywhere near her work")],
            REASON,
        ),
        chosen(
            "sign-on",
            vec![text("place", "Chester"), text("times", "regularly")],
            REASON,
        ),
        chosen(
            "no-contact-child",
            vec![
                text("person", "Sam Example"),
                text("exception", "to harass her"),
            ],
            REASON,
        ),
        chosen(
            "no-posting",
            vec![
                text("person", "Alex Example"),
                text("platform", "Facebook, Instagram etc"),
            ],
            REASON,
        ),
    ];
    let f = lint(&set, &ctx());
    let tail = "is vague: the respondent could not be sure what is forbidden, and a breach would be hard to prove.";
    assert_eq!(
        of(&f, CheckId::VagueWords),
        vec![
            (Severity::Warning, "condition-1-slot-place".into(), format!("Condition 1 (Keep out of a place): \"near\" in \"Name of the place\" {tail} Give a distance with a unit (for example 100 metres), name the streets or places, or mark an area on a map.")),
            (Severity::Warning, "condition-2-slot-times".into(), format!("Condition 2 (Report to a police station): \"regularly\" in \"Days and times to report\" {tail} Say exactly how often (for example once a week, on Mondays between 10am and 12 noon).")),
            (Severity::Warning, "condition-3-slot-exception".into(), format!("Condition 3 (No contact with a protected child): \"harass\" in \"The only contact allowed\" {tail} Describe the behaviour itself (for example phoning, messaging, following, or waiting outside a named place).")),
            (Severity::Warning, "condition-4-slot-platform".into(), format!("Condition 4 (No posting about the protected person): \"etc\" in \"Apps or platforms\" {tail} List everything the condition covers: an open list leaves the respondent to guess.")),
        ]
    );
}

#[test]
fn a_distance_needs_a_number_above_zero_and_a_unit() {
    let with = |d: SlotValue| {
        chosen(
            "no-approach-distance",
            vec![d, text("person", "Alex Example")],
            REASON,
        )
    };
    let set = [
        with(distance("a short way", Some("metres"))),
        with(distance("0", Some("metres"))),
        with(distance("100", None)),
        with(distance("5", Some("furlongs"))),
        with(distance("1,000", Some("m"))),
    ];
    let f = lint(&set, &ctx());
    let name = "(Keep a set distance away)";
    assert_eq!(
        of(&f, CheckId::Distance),
        vec![
            (Severity::Error, "condition-1-slot-distance".into(), format!("Condition 1 {name}: the distance \"a short way\" is not a number. Enter a number, for example 100, and choose a unit.")),
            (Severity::Error, "condition-2-slot-distance".into(), format!("Condition 2 {name}: the distance must be more than 0. Enter a number, for example 100.")),
            (Severity::Error, "condition-3-slot-distance-unit".into(), format!("Condition 3 {name}: the distance 100 has no unit. Choose metres, kilometres, yards or miles.")),
            (Severity::Error, "condition-4-slot-distance-unit".into(), format!("Condition 4 {name}: \"furlongs\" is not a unit the order can use. Choose metres, kilometres, yards or miles.")),
        ]
    );
}

#[test]
fn a_generic_programme_or_provider_is_a_good_practice_warning_not_a_legal_error() {
    let f = lint(&[programme("a course", "TBC")], &ctx());
    let name = "Condition 1 (Attend a stalking intervention programme)";
    assert_eq!(
        of(&f, CheckId::GenericProgramme),
        vec![
            (Severity::Warning, "condition-1-slot-programme".into(), format!("{name}: \"a course\" does not name a programme. It is good practice, though not a legal requirement for an SPO, to name the programme (for example by its title) so the respondent and the court know exactly what is required.")),
            (Severity::Warning, "condition-1-slot-provider".into(), format!("{name}: \"TBC\" does not name a provider. It is good practice, though not a legal requirement for an SPO, to name the organisation or team responsible, so the respondent knows who to deal with and compliance can be checked.")),
        ]
    );
}

#[test]
fn a_requirement_with_times_always_asks_about_religion_work_and_education() {
    let mut sign_on = chosen(
        "sign-on",
        vec![
            text("place", "Chester"),
            text("times", "every Monday between 10am and 12 noon"),
        ],
        REASON,
    );
    let f = lint(&[sign_on.clone()], &ctx());
    assert_eq!(
        of(&f, CheckId::TimesClash),
        one(Severity::Ask, "condition-1-confirm-times-clash", "Condition 1 (Report to a police station): this requirement sets times the respondent must keep. So far as practicable, it must avoid clashing with their religious beliefs and the times they normally work or attend education. Check the times, then confirm you have considered it.")
    );
    sign_on.set_confirmed(CheckId::TimesClash.as_str(), true);
    assert_eq!(of(&lint(&[sign_on], &ctx()), CheckId::TimesClash), vec![]);
}

#[test]
fn a_place_condition_asks_about_the_times_noted_to_avoid() {
    let place = chosen(
        "no-enter-place",
        vec![text("place", "Chester Library")],
        REASON,
    );
    assert_eq!(
        of(
            &lint(std::slice::from_ref(&place), &ctx()),
            CheckId::TimesClash
        ),
        vec![]
    );
    let noted = SetContext {
        avoid_notes: " Works at Chester Library on Saturdays ".into(),
        ..ctx()
    };
    assert_eq!(
        of(&lint(&[place], &noted), CheckId::TimesClash),
        one(Severity::Ask, "condition-1-confirm-times-clash", "Condition 1 (Keep out of a place): so far as practicable, conditions must avoid the respondent's religious beliefs and the times they normally work or attend education. You noted: \"Works at Chester Library on Saturdays\". Check this condition does not clash with them, then confirm you have considered it.")
    );
}

#[test]
fn an_address_in_a_location_condition_asks_whether_naming_it_is_safe() {
    let mut place = chosen(
        "no-enter-place",
        vec![text("place", "12 Acacia Avenue, Chester")],
        REASON,
    );
    assert_eq!(
        of(&lint(&[place.clone()], &ctx()), CheckId::AddressExposed),
        one(Severity::Ask, "condition-1-confirm-address-exposed", "Condition 1 (Keep out of a place): \"12 Acacia Avenue, Chester\" looks like a home address. Naming the protected person's address in the order tells the respondent where they live. If they may not know it, describe the area instead and mark it on a map attached to the order. Confirm that naming this address is safe.")
    );
    place.set_confirmed("address-exposed", true);
    assert_eq!(of(&lint(&[place], &ctx()), CheckId::AddressExposed), vec![]);
}

#[test]
fn the_same_condition_twice_is_an_error_and_the_same_template_twice_a_note() {
    let contact = |p: &str| chosen("no-direct-contact", vec![text("person", p)], REASON);
    let f = lint(
        &[
            contact("Alex Example"),
            contact("Sam Example"),
            contact(" alex  example"),
        ],
        &ctx(),
    );
    assert_eq!(
        of(&f, CheckId::SameTemplate),
        one(Severity::Note, "condition-2", "Conditions 1 and 2 both use \"No contact with the protected person\" with different details. That is fine for different people or places; otherwise combine them into one condition.")
    );
    assert_eq!(
        of(&f, CheckId::Duplicate),
        one(Severity::Error, "condition-3", "Conditions 1 and 3 are the same (No contact with the protected person) with the same details. Remove condition 3.")
    );
}

#[test]
fn a_child_respondent_is_warned_off_unsuitable_conditions_and_pointed_to_youth_ones() {
    let child = SetContext {
        respondent_is_child: true,
        ..ctx()
    };
    let set = [chosen("surrender-devices", vec![], REASON)];
    let f = lint(&set, &child);
    assert_eq!(
        of(&f, CheckId::UnsuitableForYouth),
        one(Severity::Warning, "condition-1", "Condition 1 (Hand over devices): this condition is marked as unsuitable for a respondent under 18. Consider a condition suited to a young person instead, and discuss it with the Youth Justice Service.")
    );
    assert_eq!(
        of(&f, CheckId::NoYouthCondition),
        one(Severity::Note, "conditions-add", "The respondent is under 18, but none of the conditions is marked as suited to a young person. Consider exclusion zones around schools, limits on shared transport routes, no contact through peer groups, and an intervention with the Youth Justice Service.")
    );
    let with_youth = [chosen(
        "no-approach-distance",
        vec![
            distance("100", Some("metres")),
            text("person", "Alex Example"),
        ],
        REASON,
    )];
    assert_eq!(
        of(&lint(&with_youth, &child), CheckId::NoYouthCondition),
        vec![]
    );
    assert_eq!(of(&lint(&set, &ctx()), CheckId::UnsuitableForYouth), vec![]);
}

#[test]
fn protecting_a_child_asks_for_a_child_condition_and_a_family_court_exception() {
    let protects = SetContext {
        protects_child: true,
        ..ctx()
    };
    let adult_only = [chosen(
        "no-direct-contact",
        vec![text("person", "Alex Example")],
        REASON,
    )];
    assert_eq!(
        of(&lint(&adult_only, &protects), CheckId::NoChildCondition),
        one(Severity::Note, "conditions-add", "A child is to be protected, but none of the conditions is marked as protecting a child. Consider an exclusion zone around their school and no contact through other children or their parents. Draft national guidance (the consultation draft APP) says the child's welfare is paramount and conditions must not conflict with family court orders.")
    );
    let child = |exception: &str| {
        chosen(
            "no-contact-child",
            vec![text("person", "Sam Example"), text("exception", exception)],
            REASON,
        )
    };
    let f = lint(&[child("when they meet by chance")], &protects);
    assert_eq!(of(&f, CheckId::NoChildCondition), vec![]);
    assert_eq!(
        of(&f, CheckId::ChildContactException),
        one(Severity::Warning, "condition-1", "Condition 1 (No contact with a protected child): this condition limits contact with a child. Draft national guidance (the College of Policing's consultation draft APP) says conditions must not conflict with family court orders, so add a narrowly defined exception (for example contact only through solicitors, or as a family court directs), unless there is no family court involvement.")
    );
    let narrow = lint(
        &[child("through solicitors or as the family court directs")],
        &protects,
    );
    assert_eq!(of(&narrow, CheckId::ChildContactException), vec![]);
    // Two pupils at one school: the family court has no part to play.
    let pupils = SetContext {
        respondent_is_child: true,
        ..protects
    };
    assert_eq!(
        of(
            &lint(&[child("when school staff arrange it")], &pupils),
            CheckId::ChildContactException
        ),
        vec![]
    );
}

#[test]
fn a_set_of_only_prohibitions_is_reminded_that_requirements_are_possible() {
    let f = lint(
        &[chosen(
            "no-direct-contact",
            vec![text("person", "Alex Example")],
            REASON,
        )],
        &ctx(),
    );
    assert_eq!(
        of(&f, CheckId::OnlyProhibitions),
        one(Severity::Note, "conditions-add", "All the conditions are prohibitions. An SPO can also require the respondent to do things, such as attend an assessment or a stalking intervention programme. Consider whether a requirement would reduce the risk.")
    );
}

#[test]
fn an_empty_set_is_an_error() {
    let f = lint(&[], &ctx());
    assert_eq!(
        f,
        vec![Finding {
            severity: Severity::Error,
            check: CheckId::NoConditions,
            condition_index: None,
            field: Some("conditions-add".into()),
            message: "Add at least one condition: an order must prohibit or require something."
                .into(),
        }]
    );
}

#[test]
fn the_durations_must_be_lawful() {
    let short = SetContext {
        full_duration: Some(FullDuration::FixedMonths { months: 18 }),
        ..ctx()
    };
    let set = [programme(
        "Cheshire Stalking Intervention Programme",
        "Cheshire Probation",
    )];
    assert_eq!(
        of(&lint(&set, &short), CheckId::FullDuration),
        one(Severity::Error, "order-full-duration", "A full order's fixed period must be at least 2 years (24 months); 1 year and 6 months is too short. Enter 24 months or more, or choose 'until further order'.")
    );
    let unset = SetContext {
        full_duration: None,
        ..ctx()
    };
    assert_eq!(
        of(&lint(&set, &unset), CheckId::FullDuration),
        one(Severity::Error, "order-full-duration", "Choose how long the full order should last: a fixed period of at least 2 years, or until further order.")
    );
    let interim = SetContext {
        order_type: OrderType::InterimAndFull,
        interim: None,
        ..ctx()
    };
    let expected = one(Severity::Error, "order-interim-weeks", "An interim order needs a fixed period: enter the number of weeks it should last, for example 8.");
    assert_eq!(
        of(&lint(&set, &interim), CheckId::InterimDuration),
        expected
    );
    let zero = SetContext {
        interim: Some(InterimDuration { weeks: 0 }),
        ..interim.clone()
    };
    assert_eq!(of(&lint(&set, &zero), CheckId::InterimDuration), expected);
    let ok = SetContext {
        interim: Some(InterimDuration { weeks: 8 }),
        ..interim
    };
    assert_eq!(lint(&set, &ok), vec![]);
}

#[test]
fn a_condition_no_longer_in_the_catalogue_is_reported() {
    let mut gone = chosen(
        "no-direct-contact",
        vec![text("person", "Alex Example")],
        REASON,
    );
    gone.template_id = "old-condition".into();
    assert_eq!(
        of(&lint(&[gone], &ctx()), CheckId::UnknownTemplate),
        one(Severity::Error, "condition-1", "Condition 1 uses \"old-condition\", which is not in the list of conditions. Remove it and choose a current condition instead.")
    );
}

#[test]
fn only_errors_block_and_the_summary_counts_each_severity() {
    assert!(Severity::Error.blocks());
    assert!(!Severity::Warning.blocks() && !Severity::Ask.blocks() && !Severity::Note.blocks());
    let set = [
        chosen(
            "no-enter-place",
            vec![text("place", "12 Acacia Avenue, near the park")],
            "",
        ),
        chosen(
            "no-enter-place",
            vec![text("place", "12 Acacia Avenue, near the park")],
            REASON,
        ),
    ];
    let f = lint(&set, &ctx());
    // 2 errors (no reason, duplicate); 2 warnings (vague); 2 asks (address); 1 note (only prohibitions).
    assert_eq!(summary(&f), (2, 2, 2, 1));
    assert!(has_blocking(&f));
}

#[test]
fn lint_condition_alone_gives_that_conditions_findings() {
    let cat = fixture::catalogue();
    let t = cat.get("no-direct-contact").expect("fixture");
    let c = chosen(
        "no-direct-contact",
        vec![text("person", "Alex Example")],
        "",
    );
    let f = lint_condition(&c, 4, t, &ctx());
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].condition_index, Some(4));
    assert_eq!(f[0].field.as_deref(), Some("condition-5-reason"));
    assert!(f[0]
        .message
        .starts_with("Condition 5 (No contact with the protected person): say why"));
}
