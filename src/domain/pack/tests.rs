//! The pack's stories: an officer with the example case gets every document with every
//! answer in it; the Word files open and say what the print says; a respondent under
//! 18 is sent the youth court way; gaps are listed; a pack is made from anything.
use std::io::Read;

use super::fixtures::{example_case, ExampleCase, EXAMPLE_MARKING};
use super::*;
use crate::domain::triage::choices::{YesNo, YesNoNotKnown};
use crate::domain::triage::dates::DateInput;
use crate::domain::triage::model::Triage;

fn pack_of(case: &ExampleCase) -> Pack {
    draft_pack(&case.input())
}

fn text_of(pack: &Pack, kind: DocumentKind) -> String {
    document_text(pack.document(kind).unwrap_or_else(|| panic!("no {kind:?} in the pack")))
}

/// The lines of a document from one heading (starting with `from`) up to the next heading.
fn section(doc: &Document, from: &str) -> Vec<String> {
    let start = doc
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Heading { text } if text.starts_with(from)))
        .unwrap_or_else(|| panic!("no heading {from:?}"));
    doc.blocks[start + 1..]
        .iter()
        .take_while(|b| !matches!(b, Block::Heading { .. }))
        .map(text::block_line)
        .collect()
}

fn assert_has(text: &str, parts: &[&str]) {
    for p in parts {
        assert!(text.contains(p), "missing {p:?} in:\n{text}");
    }
}

#[test]
fn the_example_case_makes_every_document_and_nothing_is_missing() {
    let pack = pack_of(&example_case());
    let kinds: Vec<DocumentKind> = pack.documents.iter().map(|d| d.kind).collect();
    assert_eq!(kinds, DocumentKind::ALL.to_vec());
    assert_eq!(pack.missing, vec![], "{:#?}", pack.missing);
    assert!(pack.is_final());
    for d in &pack.documents {
        assert!(!d.has_missing(), "{:?} has gaps:\n{}", d.kind, document_text(d));
    }
}

#[test]
fn every_document_starts_with_the_marking_and_the_draft_notice_and_ends_with_the_marking() {
    let pack = pack_of(&example_case());
    for d in &pack.documents {
        let lines = document_lines(d);
        assert_eq!(lines[0], EXAMPLE_MARKING, "{:?}", d.kind);
        assert_eq!(lines[1], "Draft: to be checked by legal services", "{:?}", d.kind);
        assert_eq!(lines[2], d.title);
        assert_eq!(lines.last().map(String::as_str), Some(EXAMPLE_MARKING), "{:?}", d.kind);
    }
}

#[test]
fn the_complaint_names_the_parties_the_court_and_the_orders() {
    let text = text_of(&pack_of(&example_case()), DocumentKind::Complaint);
    assert_has(
        &text,
        &[
            "Court: Exampletown Magistrates' Court",
            "Court likely to hear the application: A magistrates' court",
            "Date of the application: 9 June 2025",
            "Applicant: The chief officer of police for Example Constabulary",
            "Respondent: Chris Fictional",
            "Other names used: Chris F; @cf_shadow online",
            "Respondent's date of birth: 12 April 1988",
            "Respondent's home address: 1 Example Street Exampletown EX1 2AB",
            "Address for service: 1 Example Street Exampletown EX1 2AB",
            "Connection to the force's area (section 1(3)): Lives in the force area",
            "under section 1 of the Stalking Protection Act 2019",
            "under section 5 for an interim order",
            "1. Sam Example (born 3 November 1990), primary victim",
            "2. Alex Example (born 14 February 1993), connected person\n",
            "Full order: to last for a fixed period of 3 years from the day the order is made",
            "Interim order: to last for a fixed period of 8 weeks",
            "Why it cannot wait: Bail ends on 30 June 2025",
            "Time estimate: 1 hour and 30 minutes",
            "Special measures: Yes: Screens for Sam Example",
            "Addresses of the protected people: Kept off the order",
            "Officer: Detective Constable Jo Example DC 4521",
            "Crime references: 24/123456/25",
            "Authorised by: Acting or temporary Superintendent Sam Superintendent",
            "Date authorised: 5 June 2025",
            // facts item 33 is UNVERIFIED: the complaint procedure is to be checked.
            "Check with legal services: the Act's section on procedure (believed to be section 6) could not be checked, including that the application is made by complaint",
        ],
    );
}

#[test]
fn the_grounds_put_each_act_under_the_test_it_supports_with_its_exhibits() {
    let pack = pack_of(&example_case());
    let doc = pack.document(DocumentKind::Grounds).unwrap();
    // The chronology, numbered by date although stored out of order.
    let chronology = section(doc, "Chronology of acts");
    assert!(chronology[0].starts_with("1. 6 January 2025 to 20 May 2025, Online: Instagram and WhatsApp: Sent 214 messages"), "{chronology:?}");
    assert!(chronology[0].contains("Screenshot, screenshots of the messages (exhibit JE/1)"));
    assert!(chronology[0].contains("contacting, or trying to contact, the person by any means (Protection from Harassment Act 1997, s2A(3)(b))"));
    assert!(chronology[1].starts_with("2. 3 March 2025, Meadow Road to Station Road"));
    assert!(chronology[2].starts_with("3. 7 March 2025 to 21 March 2025"));
    assert!(chronology[3].starts_with("4. 12 April 2025"));

    let a = section(doc, "Test (a)");
    assert!(a.iter().any(|l| l.starts_with("Followed Sam to work on 3, 10 and 17 March 2025")), "{a:?}");
    assert!(a.contains(&"This test rests on acts 1, 2, 3 and 4 of the chronology:".to_string()), "{a:?}");
    assert!(a.iter().any(|l| l.starts_with("1. 6 January 2025 to 20 May 2025: Sent 214 messages") && l.ends_with("(exhibits JE/1, JE/2)")));
    assert!(a.iter().any(|l| l.starts_with("3. 7 March 2025 to 21 March 2025: Waited") && l.ends_with("(exhibits JE/4, JE/5)")));
    assert!(a.iter().any(|l| l.contains("following the person (Protection from Harassment Act 1997, s2A(3)(a))")));

    let b = section(doc, "Test (b)");
    assert!(b.contains(&"This test rests on acts 1 and 3 of the chronology:".to_string()), "{b:?}");
    assert!(b.iter().any(|l| l == "Risk assessment: S-DASH: High risk: 14 of 20 indicators"), "{b:?}");
    assert!(!b.iter().any(|l| l.starts_with("2. ") || l.starts_with("4. ")), "{b:?}");

    let c = section(doc, "Test (c)");
    assert!(c.contains(&"This test rests on act 1 of the chronology:".to_string()), "{c:?}");
    assert!(c.iter().any(|l| l.starts_with("Bail is time-limited")));

    let existing = section(doc, "Why existing orders");
    assert!(existing[0].starts_with("1. Bail conditions (Pre-charge bail until 30 June 2025, no contact with Sam Example). Not enough because: Bail is time-limited"), "{existing:?}");
    assert!(existing.iter().any(|l| l.contains("consider an order even where bail conditions")));

    let conditions = section(doc, "The proposed conditions");
    assert!(conditions[0].starts_with("1. Prohibition: Contact or attempt to contact Sam Example by any means"), "{conditions:?}");
    assert!(conditions[0].contains("The risk it answers: Further unwanted messages and threats to Sam Example."));
    assert!(conditions[0].ends_with("It rests on act 1."));
    // The authorising officer's rewording of the exclusion zone is the one used.
    assert!(conditions[1].contains("between its junctions with Mill Lane and Station Road"), "{conditions:?}");
    assert!(conditions[1].ends_with("It rests on acts 2 and 3."));
}

#[test]
fn the_draft_orders_number_the_conditions_and_give_duration_locality_and_notification() {
    let pack = pack_of(&example_case());
    let full = text_of(&pack, DocumentKind::FullOrder);
    assert_has(
        &full,
        &[
            "Stalking Protection Act 2019, section 2",
            "Court: Exampletown Magistrates' Court",
            "Respondent: Chris Fictional",
            "1. Sam Example\n2. Alex Example",
            "Their addresses are not given in this order.",
            "The respondent must not:\n1. Contact or attempt to contact Sam Example by any means, directly or indirectly;\n2. Enter Meadow Road, Exampletown, between its junctions with Mill Lane and Station Road, as shown on Map A.",
            "This order lasts for a fixed period of 3 years from the day the order is made.",
            "These prohibitions and requirements apply throughout the United Kingdom.",
            "within 3 days, beginning with the day this order is served, their name, every other name they use, and their home address",
            "If this order replaces an interim order",
            "fingerprints",
            "the maximum sentence is 5 years' imprisonment",
            "appeal to the Crown Court",
        ],
    );
    let interim = text_of(&pack, DocumentKind::InterimOrder);
    assert_has(
        &interim,
        &[
            "Stalking Protection Act 2019, section 5",
            "The court considers it appropriate to make this interim order.",
            "This interim order lasts for a fixed period of 8 weeks, or until the application for a full order is decided if that is sooner.",
            "1. Contact or attempt to contact Sam Example",
        ],
    );
    assert!(!interim.contains("If this order replaces an interim order"));
}

#[test]
fn until_further_order_and_a_locality_limit_reach_the_order() {
    let mut case = example_case();
    case.triage.order_sought.full_duration = Some(crate::domain::triage::choices::FullDurationChoice::UntilFurtherOrder);
    case.triage.order_sought.locality = Some(crate::domain::triage::choices::LocalityChoice::Limited);
    case.triage.order_sought.locality_description = "England and Wales".into();
    let full = text_of(&pack_of(&case), DocumentKind::FullOrder);
    assert_has(&full, &["This order lasts until further order.", "apply only in England and Wales."]);
}

#[test]
fn a_full_order_only_has_no_interim_draft() {
    let mut case = example_case();
    case.triage.order_sought.order_type = Some(crate::domain::order::OrderType::FullOnly);
    let pack = pack_of(&case);
    assert!(pack.document(DocumentKind::InterimOrder).is_none());
    assert!(!text_of(&pack, DocumentKind::FullOrder).contains("replaces an interim order"));
    assert!(!pack.missing.iter().any(|m| m.what.contains("interim")), "{:?}", pack.missing);
}

#[test]
fn a_respondent_on_sex_offender_notification_is_told_the_requirements_wait() {
    let mut case = example_case();
    case.triage.respondent.sex_offender_notification = Some(YesNoNotKnown::Yes);
    let full = text_of(&pack_of(&case), DocumentKind::FullOrder);
    assert!(full.contains("Part 2 of the Sexual Offences Act 2003, so the requirements below do not apply"), "{full}");
}

#[test]
fn the_authorisation_record_gives_the_officer_and_every_matter() {
    let text = text_of(&pack_of(&example_case()), DocumentKind::Authorisation);
    assert_has(
        &text,
        &[
            "Authorising officer: Sam Superintendent",
            "Rank: Acting or temporary Superintendent",
            "Date: 5 June 2025",
            "Decision: Authorised",
            "1. The respondent has carried out acts associated with stalking (Stalking Protection Act 2019, s1(1)(a)): Yes.",
            "Notes: Victim supports the application; ISA involved.",
            "8. The rights of the victim",
            "2. Enter Meadow Road, Exampletown, between its junctions",
            "superintendent rank or above",
        ],
    );
}

#[test]
fn without_an_authorisation_the_record_and_the_complaint_say_it_is_missing() {
    let mut case = example_case();
    case.authorisation = None;
    let pack = pack_of(&case);
    assert!(text_of(&pack, DocumentKind::Authorisation).contains("[Missing: the authorising officer's record"));
    assert!(text_of(&pack, DocumentKind::Complaint).contains("[Missing: the authorising officer's record"));
    let item = pack.missing.iter().find(|m| m.place == Place::Authorisation).unwrap();
    assert_eq!(item.sentence(), "The authorising officer's record: add it in the authorisation, in the Review area");
    // The conditions are then the triage's own wording.
    assert!(text_of(&pack, DocumentKind::FullOrder).contains("2. Enter Meadow Road, Exampletown, as shown on Map A."));
}

#[test]
fn the_checklist_lists_the_documents_the_exhibits_the_map_and_whats_missing() {
    let text = text_of(&pack_of(&example_case()), DocumentKind::Checklist);
    assert_has(
        &text,
        &[
            "1. Complaint: application for a stalking protection order: drafted",
            "3. Draft interim stalking protection order: drafted",
            "5. Record of authorisation: drafted",
            "The exhibits: JE/1, JE/2, JE/3, JE/4, JE/5, JE/6",
            "Signed witness statements: JE/4, JE/5",
            "The annotated map Map A, for condition 2",
            "The notification requirement form",
            "check with legal services whether one is needed",
            "Missing for court\nNothing is missing.",
        ],
    );
    assert!(!text.contains("Youth Justice Service"));
}

#[test]
fn a_blank_address_for_service_is_missing_for_court() {
    let mut case = example_case();
    case.court.service_at_home = Some(YesNo::No);
    case.court.service_address = "  ".into();
    let pack = pack_of(&case);
    let item = pack.missing.iter().find(|m| m.what == "The respondent's address for service").expect("listed");
    assert_eq!(item.place, Place::Court);
    assert_eq!(item.field, "court-service-address");
    assert!(text_of(&pack, DocumentKind::Complaint).contains("Address for service: [Missing: the respondent's address for service]"));
    let checklist = text_of(&pack, DocumentKind::Checklist);
    assert!(checklist.contains("1. The respondent's address for service: add it in the court details"), "{checklist}");
    assert!(checklist.contains("1. Complaint: application for a stalking protection order: drafted, with gaps marked [Missing]"));
}

#[test]
fn gaps_in_the_chronology_and_citations_are_listed_where_to_add_them() {
    let mut case = example_case();
    case.triage.acts.iter_mut().find(|a| a.id == 2).unwrap().evidence.clear(); // number 2 by date
    case.triage.citations.risk_test.clear();
    case.triage.citations.conditions.remove(1);
    let pack = pack_of(&case);
    let whats: Vec<&str> = pack.missing.iter().map(|m| m.what.as_str()).collect();
    assert_eq!(whats, vec!["An exhibit reference for act 2", "The acts test (b) rests on", "The acts condition 2 rests on", "The risk condition 2 answers"]);
    assert!(pack.missing.iter().all(|m| m.place == Place::Chronology));
    // Act id 2 is second on the page, as the acts are saved in date order.
    assert_eq!(pack.missing[0].field, "chronology-1-evidence-0-exhibit");
    let grounds = pack.document(DocumentKind::Grounds).unwrap();
    assert!(section(grounds, "Test (b)").contains(&"[Missing: the acts test (b) rests on]".to_string()));
}

fn under_18_case() -> ExampleCase {
    let mut case = example_case();
    // 16 on the application date, 9 June 2025.
    case.triage.respondent.date_of_birth = DateInput { day: "1".into(), month: "9".into(), year: "2008".into() };
    case
}

#[test]
fn an_under_18_respondents_pack_names_the_youth_court_to_be_confirmed() {
    let case = under_18_case();
    assert_eq!(case.input().route(), CourtRoute::Youth { age: Some(16) });
    let pack = pack_of(&case);
    for kind in [DocumentKind::Complaint, DocumentKind::Grounds] {
        let text = text_of(&pack, kind);
        assert!(
            text.contains("Court likely to hear the application: A youth court (the respondent is 16, under 18 on the date of the application), to be confirmed with legal services"),
            "{kind:?}:\n{text}"
        );
    }
    let item = pack.missing.iter().find(|m| m.what.contains("Youth Justice Service")).expect("YJS record listed");
    assert_eq!(item.field, "youth-contacted");
    assert!(text_of(&pack, DocumentKind::Checklist).contains("The record of contact with the Youth Justice Service"));
}

#[test]
fn the_age_is_judged_on_the_date_of_the_application() {
    let mut case = example_case();
    // 17 on the day the pack is drafted (2 June 2025), 18 on 9 June 2025.
    case.triage.respondent.date_of_birth = DateInput { day: "5".into(), month: "6".into(), year: "2007".into() };
    assert_eq!(case.input().route(), CourtRoute::Magistrates);
    case.court.application_date = DateInput::default();
    assert_eq!(case.input().route(), CourtRoute::Youth { age: Some(17) });
    case.triage.respondent.date_of_birth_not_known = true;
    case.triage.respondent.under_18_if_not_known = Some(YesNoNotKnown::Yes);
    assert_eq!(case.input().route(), CourtRoute::Youth { age: None });
    case.triage.respondent.under_18_if_not_known = Some(YesNoNotKnown::NotKnown);
    assert_eq!(case.input().route(), CourtRoute::Unknown);
    let pack = pack_of(&case);
    assert!(text_of(&pack, DocumentKind::Complaint).contains("the respondent's age is not known, check with legal services"));
    assert!(pack.missing.iter().any(|m| m.what.starts_with("The respondent's date of birth, or whether they are under 18")));
}

// ---- The .docx files ----

/// The parts of a .docx, read with the zip crate as Word's own reader would.
fn unzip(bytes: &[u8]) -> std::collections::BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a valid zip");
    let mut parts = std::collections::BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let mut text = String::new();
        file.read_to_string(&mut text).expect("UTF-8 XML");
        parts.insert(file.name().to_string(), text);
    }
    parts
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The text of each paragraph of a WordprocessingML part.
fn paragraph_texts(xml: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    doc.descendants()
        .filter(|n| n.has_tag_name((W, "p")))
        .map(|p| p.descendants().filter(|n| n.has_tag_name((W, "t"))).filter_map(|t| t.text()).collect())
        .collect()
}

fn check_docx(doc: &Document) {
    let bytes = docx_bytes(doc).expect("docx");
    let parts = unzip(&bytes);
    for name in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels", "docProps/core.xml"] {
        let xml = parts.get(name).unwrap_or_else(|| panic!("{name} missing"));
        roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let types = roxmltree::Document::parse(&parts["[Content_Types].xml"]).unwrap();
    let main = types
        .descendants()
        .find(|n| n.attribute("PartName") == Some("/word/document.xml"))
        .and_then(|n| n.attribute("ContentType"));
    assert_eq!(main, Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
    let rels = roxmltree::Document::parse(&parts["_rels/.rels"]).unwrap();
    assert!(rels.descendants().any(|n| n.attribute("Target") == Some("word/document.xml")));
    // Every part a relationship names is in the package.
    let doc_rels = roxmltree::Document::parse(&parts["word/_rels/document.xml.rels"]).unwrap();
    for target in doc_rels.descendants().filter_map(|n| n.attribute("Target")) {
        assert!(parts.contains_key(&format!("word/{target}")), "{target}");
    }
    assert_eq!(paragraph_texts(&parts["word/document.xml"]), document_lines(doc), "{:?}", doc.kind);
    let print: Vec<String> = document_text(doc).lines().filter(|l| !l.is_empty()).map(str::to_string).collect();
    assert_eq!(paragraph_texts(&parts["word/document.xml"]), print);
    let marking = document_lines(doc)[0].clone();
    assert_eq!(paragraph_texts(&parts["word/header1.xml"]), vec![marking.clone()]);
    assert_eq!(paragraph_texts(&parts["word/footer1.xml"]), vec![marking]);
}

#[test]
fn every_docx_opens_as_a_word_package_and_says_what_the_print_says() {
    for case in [example_case(), under_18_case()] {
        for doc in &pack_of(&case).documents {
            check_docx(doc);
        }
    }
}

#[test]
fn the_docx_escapes_what_the_officer_typed() {
    let mut case = example_case();
    case.triage.respondent.name = "Chris <b>\"O'Brien\" & co</b>".into();
    let pack = pack_of(&case);
    let complaint = pack.document(DocumentKind::Complaint).unwrap();
    check_docx(complaint);
    assert!(document_text(complaint).contains("Respondent: Chris <b>\"O'Brien\" & co</b>"));
}

// ---- A draft pack can always be made ----

fn every_document_works(input: &PackInput) -> Pack {
    let pack = draft_pack(input);
    for doc in &pack.documents {
        check_docx(doc);
    }
    pack
}

#[test]
fn an_empty_triage_still_makes_a_draft_pack_that_lists_what_is_missing() {
    let (triage, court) = (Triage::default(), CourtDetails::default());
    let input = PackInput {
        triage: &triage,
        court: &court,
        authorisation: None,
        force_name: "",
        protective_marking: "",
        today: crate::domain::triage::fixtures::EXAMPLE_TODAY,
    };
    let pack = every_document_works(&input);
    // No marking configured: the default marking is used.
    assert_eq!(document_lines(&pack.documents[0])[0], "OFFICIAL-SENSITIVE");
    let whats: Vec<&str> = pack.missing.iter().map(|m| m.what.as_str()).collect();
    for expected in [
        "The respondent's name",
        "The chronology of acts",
        "The acts test (a) rests on",
        "The name of the court",
        "The respondent's address for service",
        "A time estimate for the hearing",
        "The authorising officer's record",
        "At least one prohibition or requirement",
    ] {
        assert!(whats.contains(&expected), "{expected:?} not in {whats:?}");
    }
    assert!(!pack.is_final());
    // Gaps only a document shows are listed too, each once.
    let officer = pack.missing.iter().find(|m| m.what == "The officer in the case").expect("listed");
    assert_eq!((officer.place, officer.field.as_str()), (Place::Triage, ""));
    let mut unique = whats.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), whats.len(), "{whats:#?}");
    for doc in &pack.documents {
        for gap in doc.gaps() {
            assert!(pack.missing.iter().any(|m| m.what.to_lowercase() == gap.to_lowercase()), "{gap:?} not listed");
        }
    }
}

/// Answers that have broken documents elsewhere: XML specials, control characters
/// (refused by the form, but a draft is made from anything), bidi overrides, emoji
/// with joiners, combining accents, XML-forbidden code points and a very long paste.
const AWKWARD: &[&str] = &[
    "",
    "   ",
    "<w:p>&amp;</w:p>]]>",
    "bell\u{7}null\u{0}tab\tline\r\nbreak",
    "\u{202E}reversed\u{202C}",
    "👩‍👩‍👧 family",
    "e\u{301}te\u{301}",
    "\u{FFFE}\u{FFFF}",
    "[Missing: fake]",
];

fn fill_every_answer(text: &str) -> (Triage, CourtDetails) {
    let mut case = example_case();
    let t = &mut case.triage;
    t.respondent.name = text.into();
    t.respondent.address = text.into();
    t.respondent.other_names = text.into();
    t.people[0].name = text.into();
    t.behaviour_risk.acts_evidence = text.into();
    t.behaviour_risk.risk_evidence = text.into();
    t.summary.text = format!("{text}\n\n{text}");
    t.conditions[0].wording = text.into();
    t.conditions[0].reason = text.into();
    t.order_sought.full_months = text.into();
    t.order_sought.interim_weeks = text.into();
    t.existing_orders.orders[0].why_not_enough = text.into();
    for act in &mut case.triage.acts {
        act.what = text.into();
        act.place = text.into();
        act.on.day = text.into();
        act.evidence[0].exhibit = text.into();
    }
    case.court.court_name = text.into();
    case.court.time_estimate_minutes = text.into();
    case.court.interim_why_now = text.into();
    (case.triage, case.court)
}

#[test]
fn awkward_answers_anywhere_still_make_valid_documents() {
    let long = "x".repeat(100_000);
    for text in AWKWARD.iter().copied().chain([long.as_str()]) {
        let (triage, court) = fill_every_answer(text);
        let case = ExampleCase { triage, court, ..example_case() };
        let mut input = case.input();
        input.protective_marking = text;
        input.force_name = text;
        every_document_works(&input);
    }
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config { cases: 24, ..Default::default() })]

    #[test]
    fn any_typed_answer_makes_a_pack_whose_word_files_match_the_print(text in "\\PC{0,40}|[\\x00-\\x20<>&'\"]{0,10}") {
        let (triage, court) = fill_every_answer(&text);
        let case = ExampleCase { triage, court, ..example_case() };
        every_document_works(&case.input());
    }
}

// ---- Court details ----

#[test]
fn complete_court_details_pass() {
    let case = example_case();
    assert_eq!(validate_court(&case.court, &case.triage), vec![]);
}

#[test]
fn court_details_ask_for_each_answer_in_plain_english() {
    let case = example_case();
    let errors: Vec<(String, String)> = validate_court(&CourtDetails::default(), &case.triage).into_iter().map(|e| (e.field, e.message)).collect();
    let expected = [
        ("court-name", "Enter the name of the court, for example Exampletown Magistrates' Court"),
        ("court-service-at-home", "Select whether the respondent is to be served at their home address"),
        ("court-interpreter", "Select whether an interpreter is needed"),
        ("court-special-measures", "Select whether any witness needs special measures"),
        ("court-withhold-addresses", "Select whether the protected people's addresses are to be kept off the order"),
        ("court-interim-now", "Select whether the interim order is sought at the first hearing"),
        ("court-time-estimate", "Enter the time estimate for the hearing in minutes, for example 60"),
    ];
    let expected: Vec<(String, String)> = expected.iter().map(|(f, m)| (f.to_string(), m.to_string())).collect();
    assert_eq!(errors, expected);

    let mut c = case.court.clone();
    c.service_at_home = Some(YesNo::No);
    c.interpreter = Some(YesNoNotKnown::Yes);
    c.interim_why_now = String::new();
    c.time_estimate_minutes = "1.5".into();
    c.application_date.month = "13".into();
    let fields: Vec<String> = validate_court(&c, &case.triage).into_iter().map(|e| e.field).collect();
    assert_eq!(fields, ["court-application-date-month", "court-service-address", "court-interpreter-language", "court-interim-why-now", "court-time-estimate"]);
}

#[test]
fn serving_at_a_blank_home_address_is_refused() {
    let mut case = example_case();
    case.triage.respondent.address.clear();
    let errors = validate_court(&case.court, &case.triage);
    assert_eq!(errors[0].field, "court-service-at-home");
    assert!(errors[0].message.starts_with("The respondent's home address is blank in the triage"));
}

#[test]
fn a_saved_court_details_file_missing_fields_still_opens() {
    let c: CourtDetails = serde_json::from_str(r#"{"court_name":"Exampletown Youth Court"}"#).unwrap();
    assert_eq!(c.court_name, "Exampletown Youth Court");
    assert_eq!(c.service_at_home, None);
}

/// Prints the example pack and writes its .docx files to `target/pack-example/`, to
/// open in Word: `cargo test --lib print_the_example_pack -- --ignored --nocapture`.
#[test]
#[ignore]
fn print_the_example_pack() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pack-example");
    std::fs::create_dir_all(&dir).unwrap();
    for doc in &pack_of(&example_case()).documents {
        println!("{}\n==========", document_text(doc));
        std::fs::write(dir.join(format!("{}.docx", doc.kind.file_stem())), docx_bytes(doc).unwrap()).unwrap();
    }
    let empty = ExampleCase { triage: Triage::default(), court: Default::default(), authorisation: None };
    for m in draft_pack(&empty.input()).missing {
        println!("{:?} {} [{}]", m.place, m.sentence(), m.field);
    }
}
