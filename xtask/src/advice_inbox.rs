//! The development inbox's second door: `POST /api/advice`, standing in for the review
//! endpoint a force may set in config.json (`review_endpoint`, issue #16). It checks the
//! body against the published advice schema (schema/spo-advice.v1.json, generated from
//! the domain's types) and keeps the latest advice for each `advice_reference` under
//! `inbox/advice/`: an advice file is a document that grows (the authorisation is added
//! to the same advice later), so sending it again with changes replaces the copy held,
//! and sending it unchanged stores nothing new. It answers with the triage's reference,
//! as the submissions door does. Development only.
use crate::inbox::answer_post;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::sync::Mutex;
use tiny_http::Request;

pub const PATH: &str = "/api/advice";

pub struct AdviceInbox {
    pub dir: PathBuf,
    validator: jsonschema::Validator,
    lock: Mutex<()>,
}

/// What the inbox decided about one body.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    Stored { reference: String },
    /// The same advice, already held word for word.
    Unchanged { reference: String },
    /// A later save of advice already held (with an authorisation added, say).
    Replaced { reference: String },
    Refused { message: String, details: Vec<String> },
}

impl AdviceInbox {
    /// `dir` is the inbox's own folder; advice goes in its `advice/` folder.
    pub fn new(inbox: &std::path::Path) -> Result<AdviceInbox, String> {
        // Made with the first advice stored, so an inbox that never gets any has no folder.
        let dir = inbox.join("advice");
        let schema = spo_triage::domain::review::schema::advice_schema();
        let validator = jsonschema::validator_for(&schema).map_err(|e| format!("the advice schema does not compile: {e}"))?;
        Ok(AdviceInbox { dir, validator, lock: Mutex::new(()) })
    }

    pub fn accept(&self, body: &[u8]) -> Outcome {
        let value: Value = match serde_json::from_slice(body) {
            Ok(v) => v,
            Err(e) => return refused(format!("The body is not valid JSON: {e}"), vec![]),
        };
        let details: Vec<String> = self.validator.iter_errors(&value).take(10).map(|e| format!("{} at {}", e, e.instance_path())).collect();
        if !details.is_empty() {
            return refused("The body does not match the advice schema".into(), details);
        }
        let id = value["advice_reference"].as_str().unwrap_or_default().to_string();
        let reference = value["triage"]["reference"].as_str().unwrap_or_default().to_string();
        // The schema asks for a string; this keeps the file name safe whatever it says.
        if id.is_empty() || id.len() > 64 || !id.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            return refused("advice_reference must be a UUID".into(), vec![]);
        }
        let _guard = self.lock.lock().unwrap_or_else(|p| p.into_inner());
        let path = self.dir.join(format!("{id}.json"));
        let held = std::fs::read(&path).ok().and_then(|b| serde_json::from_slice::<Value>(&b).ok());
        if held.as_ref() == Some(&value) {
            return Outcome::Unchanged { reference };
        }
        // Write then rename, so a reader never sees half a file.
        let tmp = self.dir.join(format!(".{id}.tmp"));
        match std::fs::create_dir_all(&self.dir).and_then(|_| std::fs::write(&tmp, body)).and_then(|_| std::fs::rename(&tmp, &path)) {
            Ok(()) if held.is_some() => Outcome::Replaced { reference },
            Ok(()) => Outcome::Stored { reference },
            Err(e) => refused(format!("The inbox could not store the advice: {e}"), vec![]),
        }
    }

    /// Answer one HTTP request to [`PATH`].
    pub fn handle(&self, request: Request) {
        answer_post(request, |body| {
            let answer = match self.accept(body) {
                Outcome::Stored { reference } => (201, json!({"reference": reference})),
                Outcome::Unchanged { reference } => (200, json!({"reference": reference, "duplicate": true})),
                Outcome::Replaced { reference } => (200, json!({"reference": reference, "replaced": true})),
                Outcome::Refused { message, details } => (400, json!({"error": message, "details": details})),
            };
            println!("inbox: advice answered {}", answer.0);
            answer
        });
    }
}

fn refused(message: String, details: Vec<String>) -> Outcome {
    Outcome::Refused { message, details }
}

#[cfg(test)]
mod tests {
    use super::*;
    use spo_triage::domain::review::fixtures::{example_advice, example_clarification_advice};

    fn inbox() -> AdviceInbox {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        let dir = std::env::temp_dir().join(format!("spo-advice-inbox-{}-{nanos}", std::process::id()));
        AdviceInbox::new(&dir).unwrap()
    }

    #[test]
    fn advice_is_kept_once_per_reference_and_a_later_save_replaces_it() {
        let inbox = inbox();
        let advice = example_clarification_advice();
        let body = advice.to_json();
        let reference = advice.triage.reference.clone();
        assert_eq!(inbox.accept(body.as_bytes()), Outcome::Stored { reference: reference.clone() });
        assert_eq!(inbox.accept(body.as_bytes()), Outcome::Unchanged { reference: reference.clone() });
        let mut later = advice.clone();
        later.comments.pop();
        assert_eq!(inbox.accept(later.to_json().as_bytes()), Outcome::Replaced { reference });
        let held = std::fs::read_to_string(inbox.dir.join(format!("{}.json", advice.advice_reference))).unwrap();
        assert_eq!(held, later.to_json());
        assert!(std::fs::read_dir(&inbox.dir).unwrap().all(|e| !e.unwrap().file_name().to_string_lossy().ends_with(".tmp")), "no temporary left");
        let other = example_advice();
        if other.advice_reference != advice.advice_reference {
            assert!(matches!(inbox.accept(other.to_json().as_bytes()), Outcome::Stored { .. }), "another advice is its own file");
        }
    }

    #[test]
    fn what_is_not_advice_is_refused_with_the_reason() {
        let inbox = inbox();
        let Outcome::Refused { message, .. } = inbox.accept(b"{not json") else { panic!("not JSON") };
        assert!(message.starts_with("The body is not valid JSON"));
        let triage = serde_json::to_string(&spo_triage::domain::review::fixtures::example_payload()).unwrap();
        let Outcome::Refused { message, details } = inbox.accept(triage.as_bytes()) else { panic!("a triage") };
        assert_eq!(message, "The body does not match the advice schema");
        assert!(!details.is_empty());
        let mut v: Value = serde_json::from_str(&example_clarification_advice().to_json()).unwrap();
        v["advice_reference"] = "../../etc/passwd".into();
        assert!(matches!(inbox.accept(v.to_string().as_bytes()), Outcome::Refused { .. }), "never a path");
        assert!(!inbox.dir.exists(), "nothing stored, not even the folder");
    }
}
