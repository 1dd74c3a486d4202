//! An email as an `.eml` file (RFC 5322 with MIME, RFC 2045–2049), for forces whose
//! submissions go by email: the officer opens the file and sends it from their own
//! mailbox. `X-Unsent: 1` makes Outlook open it as a draft ready to send rather than
//! as a received message. The text and HTML are alternatives of one another; the JSON
//! is attached. Every part is base64, so no line of any answer can be read as a header
//! or a boundary, and non-ASCII text survives any mail system.
use base64::Engine;

/// A file attached to the email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub name: String,
    pub mime: String,
    pub content: String,
}

/// An email to be written as an `.eml` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    /// Plain addresses (config.json's, already checked to have no spaces).
    pub to: Vec<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// In order, after the message.
    pub attachments: Vec<Attachment>,
    /// Makes the MIME boundaries unique to this email (for example its reference).
    pub boundary_token: String,
}

const CRLF: &str = "\r\n";

/// Base64 in lines of 76 characters, as MIME asks.
fn base64_lines(data: &[u8]) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(data);
    let mut out = String::with_capacity(encoded.len() + encoded.len() / 38 + 2);
    for chunk in encoded.as_bytes().chunks(76) {
        // Base64 is ASCII, so each chunk is valid UTF-8.
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push_str(CRLF);
    }
    out
}

/// A header value on one line: controls (line breaks among them) become spaces.
fn one_line(value: &str) -> String {
    value.chars().map(|c| if c.is_control() { ' ' } else { c }).collect::<String>().trim().to_string()
}

/// A header value: as it is when plain ASCII, otherwise RFC 2047 encoded words of
/// UTF-8, each short enough for a header line, split between characters.
fn header_text(value: &str) -> String {
    let value = one_line(value);
    if value.is_ascii() {
        return value;
    }
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in value.chars() {
        if chunk.len() + c.len_utf8() > 45 {
            words.push(std::mem::take(&mut chunk));
        }
        chunk.push(c);
    }
    words.push(chunk);
    words
        .iter()
        .map(|w| format!("=?UTF-8?B?{}?=", base64::engine::general_purpose::STANDARD.encode(w.as_bytes())))
        .collect::<Vec<_>>()
        .join(&format!("{CRLF} "))
}

/// A file name for a `name=`/`filename=` parameter: quoted, with anything that could
/// end the quotes or the line removed.
fn file_name(name: &str) -> String {
    one_line(name).chars().filter(|c| !matches!(c, '"' | '\\')).collect()
}

/// A token for boundaries: letters and digits only. "=_" cannot occur in base64, so a
/// boundary starting with it never matches a line of any part.
fn token(raw: &str) -> String {
    let t: String = raw.chars().filter(char::is_ascii_alphanumeric).take(40).collect();
    if t.is_empty() {
        "spo".to_string()
    } else {
        t
    }
}

impl Email {
    /// The `.eml` file's text, lines ending in CRLF.
    pub fn to_eml(&self) -> String {
        let t = token(&self.boundary_token);
        let mixed = format!("=_mixed_{t}");
        let alternative = format!("=_alt_{t}");
        let to = self.to.iter().map(|a| one_line(a)).filter(|a| !a.is_empty()).collect::<Vec<_>>().join(", ");
        let mut out = String::new();
        let line = |out: &mut String, s: &str| {
            out.push_str(s);
            out.push_str(CRLF);
        };
        if !to.is_empty() {
            line(&mut out, &format!("To: {to}"));
        }
        line(&mut out, &format!("Subject: {}", header_text(&self.subject)));
        line(&mut out, "X-Unsent: 1");
        line(&mut out, "MIME-Version: 1.0");
        line(&mut out, &format!("Content-Type: multipart/mixed; boundary=\"{mixed}\""));
        line(&mut out, "");
        line(&mut out, "This is an email in MIME format. Open it in an email program such as Outlook.");
        line(&mut out, "");
        line(&mut out, &format!("--{mixed}"));
        line(&mut out, &format!("Content-Type: multipart/alternative; boundary=\"{alternative}\""));
        line(&mut out, "");
        for (mime, body) in [("text/plain", &self.text), ("text/html", &self.html)] {
            line(&mut out, &format!("--{alternative}"));
            line(&mut out, &format!("Content-Type: {mime}; charset=utf-8"));
            line(&mut out, "Content-Transfer-Encoding: base64");
            line(&mut out, "");
            out.push_str(&base64_lines(body.as_bytes()));
        }
        line(&mut out, &format!("--{alternative}--"));
        for a in &self.attachments {
            let name = file_name(&a.name);
            line(&mut out, &format!("--{mixed}"));
            line(&mut out, &format!("Content-Type: {}; name=\"{name}\"", one_line(&a.mime)));
            line(&mut out, &format!("Content-Disposition: attachment; filename=\"{name}\""));
            line(&mut out, "Content-Transfer-Encoding: base64");
            line(&mut out, "");
            out.push_str(&base64_lines(a.content.as_bytes()));
        }
        out.push_str(&format!("--{mixed}--{CRLF}"));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mailparse::{parse_mail, MailHeaderMap};

    fn email() -> Email {
        Email {
            to: vec!["legal@force.example".into(), "unit@force.example".into()],
            subject: "URGENT: SPO triage SPO-7KX4-M9QA from Exampleshire Police".into(),
            text: "Line one\nLine two: caf\u{e9}\n".into(),
            html: "<!DOCTYPE html><p>caf\u{e9}</p>".into(),
            attachments: vec![Attachment { name: "SPO-7KX4-M9QA.json".into(), mime: "application/json".into(), content: "{\"a\":\"\u{e9}\"}".into() }],
            boundary_token: "SPO-7KX4-M9QA".into(),
        }
    }

    #[test]
    fn parses_as_a_draft_with_text_html_and_the_attachment() {
        let eml = email().to_eml();
        let mail = parse_mail(eml.as_bytes()).unwrap();
        assert_eq!(mail.headers.get_first_value("To").as_deref(), Some("legal@force.example, unit@force.example"));
        assert_eq!(mail.headers.get_first_value("X-Unsent").as_deref(), Some("1"));
        assert_eq!(mail.headers.get_first_value("Subject").as_deref(), Some("URGENT: SPO triage SPO-7KX4-M9QA from Exampleshire Police"));
        assert_eq!(mail.ctype.mimetype, "multipart/mixed");
        assert_eq!(mail.subparts.len(), 2);
        let alt = &mail.subparts[0];
        assert_eq!(alt.ctype.mimetype, "multipart/alternative");
        assert_eq!(alt.subparts[0].ctype.mimetype, "text/plain");
        assert_eq!(alt.subparts[0].get_body().unwrap(), "Line one\nLine two: caf\u{e9}\n");
        assert_eq!(alt.subparts[1].ctype.mimetype, "text/html");
        assert_eq!(alt.subparts[1].get_body().unwrap(), "<!DOCTYPE html><p>caf\u{e9}</p>");
        let json = &mail.subparts[1];
        assert_eq!(json.ctype.mimetype, "application/json");
        assert_eq!(json.get_content_disposition().params.get("filename").map(String::as_str), Some("SPO-7KX4-M9QA.json"));
        assert_eq!(String::from_utf8(json.get_body_raw().unwrap()).unwrap(), "{\"a\":\"\u{e9}\"}");
        assert!(eml.split("\r\n").all(|l| l.len() <= 78), "every line fits");
        assert!(!eml.replace("\r\n", "").contains('\n'), "CRLF only");
    }

    #[test]
    fn header_values_cannot_start_another_header() {
        let mut e = email();
        e.subject = "A\r\nBcc: someone@evil.example".into();
        e.to = vec!["x@force.example\r\nBcc: y@evil.example".into()];
        e.attachments[0].name = "a\"\r\nX: y.json".into();
        let eml = e.to_eml();
        let mail = parse_mail(eml.as_bytes()).unwrap();
        assert_eq!(mail.headers.get_first_value("Bcc"), None);
        assert_eq!(mail.headers.get_first_value("Subject").as_deref(), Some("A  Bcc: someone@evil.example"));
        assert_eq!(mail.subparts[1].headers.get_first_value("X"), None);
    }

    #[test]
    fn a_subject_with_other_letters_is_encoded_and_decodes_back() {
        let mut e = email();
        e.subject = "SPO triage SPO-7KX4-M9QA from Heddlu Dyfed-Powys \u{2013} Gwasanaeth \u{e2}\u{ea}\u{ee}\u{f4}\u{fb}\u{175}\u{177} and more words to fold".into();
        let eml = e.to_eml();
        let mail = parse_mail(eml.as_bytes()).unwrap();
        assert_eq!(mail.headers.get_first_value("Subject").unwrap(), e.subject);
    }
}
