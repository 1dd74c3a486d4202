//! A readable plain-text copy of a payload, for "Download your answers" (to email when
//! the endpoint fails) and for the printed copy. Every answer that is in the payload
//! appears, under the same section headings as the form.
use super::choices::YesNoNotKnown;
use super::dates::CivilDate;
use super::model::SectionId;
use super::notices::Priority;
use super::payload::*;
use crate::domain::order::Locality;

/// One section's answers as (question, answer) rows, for the check answers page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerSection {
    pub section: SectionId,
    pub rows: Vec<(String, String)>,
}

/// Builds the text line by line, and the same answers as rows per section, so the
/// check answers page and the text copy can never disagree.
#[derive(Default)]
struct Text(String, Vec<AnswerSection>);

impl Text {
    fn heading(&mut self, section: SectionId) {
        self.1.push(AnswerSection { section, rows: Vec::new() });
        self.0.push('\n');
        self.0.push_str(&section.title().to_uppercase());
        self.0.push('\n');
    }

    /// `Label: value`; a value over several lines goes below the label, indented, so
    /// the reader can tell where the answer ends.
    fn line(&mut self, label: &str, value: &str) {
        if let Some(section) = self.1.last_mut() {
            section.rows.push((label.to_string(), value.to_string()));
        }
        if value.contains('\n') {
            self.0.push_str(&format!("{label}:\n"));
            for l in value.lines() {
                self.0.push_str(&format!("  {l}\n"));
            }
        } else {
            self.0.push_str(&format!("{label}: {value}\n"));
        }
    }

    fn opt(&mut self, label: &str, value: Option<&str>) {
        if let Some(v) = value {
            self.line(label, v);
        }
    }

    fn yes_no(&mut self, label: &str, value: Option<bool>) {
        self.opt(label, value.map(|v| if v { "Yes" } else { "No" }));
    }

    fn list(&mut self, label: &str, items: &[&str]) {
        if !items.is_empty() {
            self.line(label, &items.join("; "));
        }
    }
}

/// "12 April 1988 (age 37)" from `1988-04-12`.
fn date_with_age(iso: &str, age: Option<u32>) -> String {
    let date = CivilDate::parse_iso(iso).map(CivilDate::long).unwrap_or_else(|| iso.to_string());
    match age {
        Some(age) => format!("{date} (age {age})"),
        None => date,
    }
}

fn date(iso: &str) -> String {
    date_with_age(iso, None)
}

impl Payload {
    /// The plain-text copy of every answer, with headings per section.
    pub fn to_text(&self) -> String {
        self.written().0
    }

    /// Every answer as rows under its section, in form order (the check answers page).
    pub fn answer_sections(&self) -> Vec<AnswerSection> {
        self.written().1
    }

    fn written(&self) -> Text {
        let mut t = Text::default();
        self.meta_text(&mut t);
        self.officer_text(&mut t);
        self.investigation_text(&mut t);
        self.people_text(&mut t);
        self.respondent_text(&mut t);
        self.youth_text(&mut t);
        self.behaviour_text(&mut t);
        self.existing_orders_text(&mut t);
        self.order_text(&mut t);
        t.heading(SectionId::Summary);
        t.0.push_str(&self.summary);
        t.0.push('\n');
        if let Some(section) = t.1.last_mut() {
            section.rows.push(("Summary of the case".to_string(), self.summary.clone()));
        }
        self.conditions_text(&mut t);
        self.victim_text(&mut t);
        t.heading(SectionId::Declaration);
        t.yes_no(
            "Confirmed that the information is correct to the best of my knowledge",
            Some(self.declaration_confirmed),
        );
        t
    }

    fn meta_text(&self, t: &mut Text) {
        t.0.push_str("STALKING PROTECTION ORDER TRIAGE\n");
        t.line("Reference", &self.reference);
        t.line("Submitted", &self.submitted_at);
        t.line("Force", &self.force);
        let priority = match self.priority {
            Priority::Urgent => "Urgent: immediate risk of harm reported",
            Priority::Routine => "Routine",
        };
        t.line("Priority", priority);
        t.line("Submission id", &self.submission_id);
        t.line("Form version", &format!("{} (schema {})", self.app_version, self.schema_version));
    }

    fn officer_text(&self, t: &mut Text) {
        let o = &self.officer;
        t.heading(SectionId::AboutYou);
        t.line("Name", &o.name);
        t.line("Rank", &o.rank);
        t.line("Collar or warrant number", &o.collar_number);
        t.line("Email address", &o.email);
        t.line("Phone number", &o.phone);
        t.line("Team or station", &o.team);
    }

    fn investigation_text(&self, t: &mut Text) {
        let i = &self.investigation;
        t.heading(SectionId::Investigation);
        t.yes_no("Substantive investigation", i.substantive);
        let refs: Vec<&str> = i.crime_references.iter().map(String::as_str).collect();
        t.list("Crime references", &refs);
        let offences: Vec<&str> = i.offences.iter().map(|o| o.label()).collect();
        t.list("Offences", &offences);
        t.opt("Other offences", i.other_offence_details.as_deref());
        t.opt("Stage", i.stage.map(|s| s.label()));
        t.yes_no("Bail in place", i.bail_in_place);
        t.opt("Bail conditions", i.bail_details.as_deref());
    }

    fn people_text(&self, t: &mut Text) {
        t.heading(SectionId::People);
        for (n, p) in self.people.iter().enumerate() {
            t.0.push_str(&format!("Person {}\n", n + 1));
            t.line("  Name", &p.name);
            t.opt("  Date of birth", p.date_of_birth.as_deref().map(|d| date_with_age(d, p.age)).as_deref());
            let under_18 = match p.under_18 {
                Some(true) => "Yes",
                Some(false) => "No",
                None => "Not known",
            };
            t.line("  Under 18", under_18);
            t.opt("  Relationship to the respondent", p.relationship.map(|r| r.label()));
            t.opt("  Role", p.role.map(|r| r.label()));
        }
    }

    fn respondent_text(&self, t: &mut Text) {
        let r = &self.respondent;
        t.heading(SectionId::Respondent);
        t.line("Name", &r.name);
        t.opt("Other names used", r.other_names.as_deref());
        let dob = r.date_of_birth.as_deref().map(|d| date_with_age(d, r.age));
        t.line("Date of birth", dob.as_deref().unwrap_or("Not known"));
        if r.youth_court_likely {
            t.line(
                "Youth route",
                "Aged 10 to 17: Youth Justice Service contact needed. Youth court: likely; to be confirmed",
            );
        }
        t.line("Address", &r.address);
        t.opt("Connection to the force area", r.area_connection.map(|a| a.label()));
        t.opt("Already subject to a Stalking Protection Order", r.existing_spo.map(YesNoNotKnown::label));
        t.opt("Existing order details", r.existing_spo_details.as_deref());
    }

    fn youth_text(&self, t: &mut Text) {
        let Some(y) = &self.youth_justice else { return };
        t.heading(SectionId::YouthJustice);
        t.yes_no("Youth Justice Service contacted", y.contacted);
        t.opt("Date of contact", y.contact_date.as_deref().map(date).as_deref());
        t.opt("Person contacted", y.contact_name.as_deref());
        t.opt("Their view", y.contact_view.as_deref());
        t.opt("Why not contacted yet", y.reason_not_contacted.as_deref());
    }

    fn behaviour_text(&self, t: &mut Text) {
        let b = &self.behaviour_risk;
        t.heading(SectionId::BehaviourRisk);
        let seen: Vec<&str> = b.behaviours.iter().map(|x| x.label()).collect();
        t.list("Behaviours seen", &seen);
        t.opt("Other behaviour", b.other_behaviour_details.as_deref());
        t.line("Evidence of acts associated with stalking", &b.acts_evidence);
        t.line("Evidence of risk associated with stalking", &b.risk_evidence);
        t.line("Why an order is necessary", &b.necessity_evidence);
        t.opt("Risk assessment tool", b.risk_tool.map(|x| x.label()));
        t.opt("Name of the tool", b.risk_tool_other.as_deref());
        t.opt("Outcome or risk level", b.risk_outcome.as_deref());
        t.opt("Known mental health issues", b.mental_health.map(YesNoNotKnown::label));
        t.opt("Mental health details", b.mental_health_details.as_deref());
        t.yes_no("Immediate risk of harm", b.immediate_risk);
        t.opt("Immediate risk details", b.immediate_risk_details.as_deref());
    }

    fn existing_orders_text(&self, t: &mut Text) {
        let x = &self.existing_orders;
        t.heading(SectionId::ExistingOrders);
        t.yes_no("Existing orders or measures", x.any);
        for (n, o) in x.orders.iter().enumerate() {
            t.0.push_str(&format!("Existing order {}\n", n + 1));
            t.opt("  Type", o.kind.map(|k| k.label()));
            t.line("  Details", &o.details);
            t.line("  Why it is not enough", &o.why_not_enough);
        }
    }

    fn order_text(&self, t: &mut Text) {
        let o = &self.order_sought;
        t.heading(SectionId::OrderSought);
        t.opt("Orders sought", o.order_type.map(|x| x.label()));
        t.opt("Full order", o.full_duration.as_ref().map(|d| d.describe()).as_deref());
        t.opt("Interim order", o.interim_duration.as_ref().map(|d| d.describe()).as_deref());
        t.opt("Where it applies", o.locality.as_ref().map(Locality::describe).as_deref());
        t.opt("Religion, work or education times to avoid", o.avoid_times.map(YesNoNotKnown::label));
        t.opt("Times to avoid", o.avoid_details.as_deref());
    }

    fn conditions_text(&self, t: &mut Text) {
        t.heading(SectionId::Conditions);
        for (n, c) in self.conditions.iter().enumerate() {
            t.0.push_str(&format!("{}. {}\n", n + 1, c.wording.trim()));
            t.line("   Type", &c.kind);
            t.line("   Why it is necessary", c.reason.trim());
        }
    }

    fn victim_text(&self, t: &mut Text) {
        let v = &self.victim_views;
        t.heading(SectionId::VictimViews);
        t.yes_no("Victim's views obtained", v.obtained);
        t.opt("View of the application", v.stance.map(|s| s.label()));
        t.opt("Views on the conditions", v.views_on_conditions.as_deref());
        t.opt("Advocate (ISA/C) involved", v.advocate.map(YesNoNotKnown::label));
        t.opt("Advocate's name and organisation", v.advocate_name.as_deref());
        t.opt("Why views were not obtained", v.reason_not_obtained.as_deref());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::triage::fixtures::{example_context, example_full_triage, example_meta};

    fn example_text() -> String {
        Payload::build(&example_full_triage(), &example_context(), example_meta()).to_text()
    }

    /// Every string in the payload's JSON (other than enum codes, shown as labels).
    fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }

    #[test]
    fn the_text_copy_contains_every_typed_answer() {
        let payload = Payload::build(&example_full_triage(), &example_context(), example_meta());
        let text = payload.to_text();
        let mut typed = Vec::new();
        strings(&serde_json::to_value(&payload).unwrap(), &mut typed);
        let is_code = |s: &str| s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        for answer in typed.iter().filter(|s| !is_code(s)) {
            for line in answer.lines().filter(|l| !l.trim().is_empty()) {
                let shown = CivilDate::parse_iso(line).map(CivilDate::long).unwrap_or_else(|| line.to_string());
                assert!(text.contains(&shown), "missing {shown:?} in\n{text}");
            }
        }
    }

    #[test]
    fn the_text_copy_shows_choices_as_labels_under_section_headings() {
        let text = example_text();
        for section in SectionId::ALL.iter().filter(|s| **s != SectionId::YouthJustice) {
            assert!(text.contains(&section.title().to_uppercase()), "{section:?}");
        }
        assert!(text.contains("Relationship to the respondent: Partner or ex-partner"), "{text}");
        assert!(text.contains("Date of birth: 12 April 1988 (age 37)"), "{text}");
        assert!(text.contains("Full order: for a fixed period of 3 years from the day the order is made"), "{text}");
        assert!(text.contains("Existing orders or measures: Yes"), "{text}");
        assert!(text.contains("Priority: Routine"), "{text}");
    }

    #[test]
    fn the_rows_hold_the_same_answers_as_the_text_under_each_section() {
        let payload = Payload::build(&example_full_triage(), &example_context(), example_meta());
        let sections = payload.answer_sections();
        let text = payload.to_text();
        assert_eq!(sections.first().map(|s| s.section), Some(SectionId::AboutYou));
        let summary = sections.iter().find(|s| s.section == SectionId::Summary).unwrap();
        assert_eq!(summary.rows, vec![("Summary of the case".to_string(), payload.summary.clone())]);
        for s in &sections {
            assert!(text.contains(&s.section.title().to_uppercase()), "{:?}", s.section);
            for (label, value) in &s.rows {
                // The text copy prints the summary under its heading with no label.
                if s.section != SectionId::Summary {
                    assert!(text.contains(label.as_str()), "{label}");
                }
                for line in value.lines() {
                    assert!(text.contains(line), "{line}");
                }
            }
        }
    }

    #[test]
    fn long_answers_are_indented_below_their_label() {
        let mut t = example_full_triage();
        t.behaviour_risk.acts_evidence = "First line of evidence here.\nSecond line of evidence.".into();
        let text = Payload::build(&t, &example_context(), example_meta()).to_text();
        assert!(text.contains(
            "Evidence of acts associated with stalking:\n  First line of evidence here.\n  Second line of evidence.\n"
        ));
    }
}
