//! The form's rules on anything typed: they never panic, they accept every valid case
//! and every name, and they refuse exactly the answers that break a limit.
use proptest::prelude::*;
use proptest::sample::select;

use spo_triage::domain::triage::fields::{is_email, is_uk_phone, matches_crime_reference, with_commas};
use spo_triage::domain::triage::fixtures::{example_context, example_full_triage};
use spo_triage::domain::triage::*;

use crate::models::{any_triage, email, phone, valid_triage, TODAY};
use crate::support::check;
use crate::text::{acceptable, any_answer, any_text, name, valid_text};

#[test]
fn every_rule_runs_on_anything_typed_and_answers_briefly() {
    let ctx = example_context();
    check("rules never panic on any answers", 100, any_triage(), |t| {
        for section in SectionId::ALL {
            for e in validate_section(&t, section, &ctx) {
                prop_assert!(!e.field.is_empty() && !e.message.trim().is_empty(), "{e:?}");
                // A message never echoes a pasted document or its hidden characters.
                prop_assert!(e.message.chars().count() < 400, "{} characters", e.message.len());
                prop_assert!(!e.message.chars().any(char::is_control), "{e:?}");
            }
            let _ = section_status(&t, section, &ctx);
            let _ = notices_for(&t, section, &ctx);
        }
        let _ = (validate_all(&t, &ctx), notices(&t, &ctx), priority(&t), youth_route(&t, TODAY));
        Ok(())
    });
}

#[test]
fn generated_valid_cases_pass_every_rule() {
    let ctx = example_context();
    check("valid triages pass every rule", 100, valid_triage(), |t| {
        let errors = validate_all(&t, &ctx);
        prop_assert!(errors.is_empty(), "{errors:?}");
        prop_assert!(is_ready_to_submit(&t, &ctx));
        Ok(())
    });
}

/// One typed answer, its field id, its limit and whether it may hold line breaks.
type Slot = (fn(&mut Triage) -> &mut String, &'static str, usize, bool);

const SLOTS: &[Slot] = &[
    (|t| &mut t.respondent.name, field_ids::RESPONDENT_NAME, 100, false),
    (|t| &mut t.about_you.name, field_ids::ABOUT_NAME, 100, false),
    (|t| &mut t.about_you.team, field_ids::ABOUT_TEAM, 500, false),
    (|t| &mut t.summary.text, field_ids::SUMMARY_TEXT, 5_000, true),
    (|t| &mut t.victim_views.views_on_conditions, field_ids::VICTIM_VIEWS_ON_CONDITIONS, 2_000, true),
];

#[test]
fn an_answer_is_refused_exactly_when_it_is_blank_hidden_or_too_long() {
    let ctx = example_context();
    let text = prop_oneof![any_answer(), name(), valid_text(1, 5_100, true)];
    check("an answer is refused exactly when it breaks a rule", 400, (select(SLOTS), text), |((answer, field, max, multiline), text)| {
        let mut t = example_full_triage();
        *answer(&mut t) = text.clone();
        let refused = validate_all(&t, &ctx).into_iter().flat_map(|s| s.errors).any(|e| e.field == field);
        prop_assert_eq!(refused, !acceptable(&text, max, multiline), "{} {:?}", field, text.chars().take(80).collect::<String>());
        Ok(())
    });
}

/// "1,040,000", written out independently of the app's own helper.
fn commas(n: usize) -> String {
    let digits: Vec<char> = n.to_string().chars().collect();
    let groups: Vec<String> = digits.rchunks(3).rev().map(|g| g.iter().collect()).collect();
    groups.join(",")
}

#[test]
fn a_long_paste_is_refused_with_the_excess_counted_in_commas() {
    let ctx = example_context();
    // A real answer, then one character pasted up to 1.1 million times.
    let paste = (valid_text(2, 50, true), select(&['a', 'é', '中', '😀', ' ', '\n'][..]), 0usize..1_100_000);
    check("a long paste says how many characters to remove", 8, paste, |(start, c, n)| {
        let mut t = example_full_triage();
        t.summary.text = format!("{start}{}", c.to_string().repeat(n));
        let errors: Vec<String> = validate_section(&t, SectionId::Summary, &ctx).into_iter().map(|e| e.message).collect();
        let count = t.summary.text.chars().count();
        if count <= 5_000 {
            prop_assert!(errors.is_empty(), "{:?}", errors);
        } else {
            let excess = count - 5_000;
            let s = if excess == 1 { "" } else { "s" };
            let expected = format!("Summary of the case must be 5,000 characters or fewer: remove {} character{s}", commas(excess));
            prop_assert_eq!(errors, vec![expected]);
        }
        Ok(())
    });
}

#[test]
fn numbers_get_commas_every_three_digits() {
    check("with_commas groups digits in threes", 500, any::<usize>(), |n| {
        prop_assert_eq!(with_commas(n), commas(n));
        Ok(())
    });
}

#[test]
fn email_and_phone_checks_take_anything_and_accept_real_ones() {
    check("email and phone checks never panic", 500, any_text(), |text| {
        let _ = (is_email(&text), is_uk_phone(&text));
        Ok(())
    });
    check("work emails are accepted", 300, email(), |e| {
        prop_assert!(is_email(&e), "{}", e);
        Ok(())
    });
    check("UK phone numbers are accepted", 300, phone(), |p| {
        prop_assert!(is_uk_phone(&p), "{}", p);
        Ok(())
    });
}

#[test]
fn dates_read_back_and_nonsense_dates_are_explained() {
    let day = |y, m, d| CivilDate::new(y, m, d).map(CivilDate::to_days).unwrap_or(0);
    let days = day(1000, 1, 1)..=day(9999, 12, 31);
    check("a real date reads back from its three boxes", 300, days, |d| {
        let date = CivilDate::from_days(d);
        prop_assert_eq!(DateInput::from_date(date).parse("Date"), Ok(Some(date)));
        prop_assert_eq!(CivilDate::parse_iso(&date.iso()), Some(date));
        Ok(())
    });
    let boxes = (any_text(), any_text(), any_text());
    check("any three boxes give a date or a message", 500, boxes, |(day, month, year)| {
        match (DateInput { day, month, year }).parse("Date of birth") {
            Ok(_) => {}
            Err(problem) => prop_assert!(problem.message.starts_with("Date of birth"), "{:?}", problem.message),
        }
        Ok(())
    });
}

#[test]
fn references_and_ids_from_any_bytes_are_well_formed() {
    check("references and submission ids from any random bytes", 500, proptest::collection::vec(any::<u8>(), 0..40), |bytes| {
        let r = Reference::from_random_bytes(&bytes);
        prop_assert!(is_valid_reference(r.as_str()), "{}", r.as_str());
        prop_assert_eq!(Reference::parse(&format!("  {}  ", r.as_str().to_lowercase())), Some(r.clone()));
        let id = SubmissionId::from_random_bytes(&bytes);
        prop_assert!(is_valid_uuid_v4(id.as_str()), "{}", id.as_str());
        prop_assert_eq!(SubmissionId::parse(&id.as_str().to_uppercase()).map(|i| i.as_str().to_string()), Some(id.as_str().to_string()));
        Ok(())
    });
    check("reading a reference or id never panics", 500, any_text(), |text| {
        let _ = (Reference::parse(&text), SubmissionId::parse(&text), is_valid_reference(&text), is_valid_uuid_v4(&text));
        Ok(())
    });
}

#[test]
fn crime_references_match_the_whole_pattern_only() {
    let ctx = example_context();
    let pattern = ctx.crime_reference_pattern.clone();
    let good = "[0-9]{2}/[0-9]{6}/[0-9]{2}";
    let name = "crime references in the force's format match, with anything around them they do not";
    check(name, 500, (good, any_text()), |(reference, extra)| {
        let spaced = format!(" {} ", reference);
        prop_assert!(matches_crime_reference(pattern.as_ref(), &spaced));
        let padded = format!("{}{}", reference, extra);
        let expected = padded.trim() == reference;
        prop_assert_eq!(matches_crime_reference(pattern.as_ref(), &padded), expected, "{:?}", padded);
        Ok(())
    });
}
