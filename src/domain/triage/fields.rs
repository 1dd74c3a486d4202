//! Checks shared by every section: required answers, lengths, hidden characters,
//! email and phone formats, crime references, whole numbers and dates. Each gives a
//! message that names the field and says how to fix it (GOV.UK error message style).
use regex_lite::Regex;
use serde::{Deserialize, Serialize};

use super::dates::{CivilDate, DateInput};
use super::field_ids;

/// A problem with one answer, shown in the error summary and beside the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The HTML id of the input to link to, e.g. `respondent-dob-day`.
    pub field: String,
    /// What is wrong and how to fix it, e.g. "Enter the respondent's name".
    pub message: String,
}

impl FieldError {
    /// An error on `field`.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError { field: field.into(), message: message.into() }
    }
}

/// How long a typed answer may be, and whether it may hold line breaks and tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextLimit {
    pub max_chars: usize,
    pub multiline: bool,
}

/// Names: 100 characters, one line.
pub const NAME: TextLimit = TextLimit { max_chars: 100, multiline: false };
/// Short answers (references, ranks, emails): 500 characters, one line.
pub const SHORT: TextLimit = TextLimit { max_chars: 500, multiline: false };
/// Short answers typed in a text area (addresses, other names): 500 characters.
pub const SHORT_MULTILINE: TextLimit = TextLimit { max_chars: 500, multiline: true };
/// Long answers (evidence, details, reasons): 2,000 characters.
pub const LONG: TextLimit = TextLimit { max_chars: 2_000, multiline: true };
/// The case summary: 5,000 characters (the UI shows a count).
pub const SUMMARY: TextLimit = TextLimit { max_chars: 5_000, multiline: true };

/// How the officer's answer is described in messages.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Question<'a> {
    /// Starts a sentence: "Respondent's name".
    pub label: &'a str,
    /// The instruction when blank: "Enter the respondent's name".
    pub enter: &'a str,
    pub limit: TextLimit,
}

/// Characters as the officer counts them (not bytes), so "é" counts once.
pub fn char_count(text: &str) -> usize {
    text.chars().count()
}

/// "5,000": numbers in messages as GOV.UK writes them.
pub fn with_commas(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", with_commas(n), if n == 1 { one } else { many })
}

/// Invisible characters that change how text around them is shown or matched: bidi
/// embeddings, overrides, isolates and marks (they can make a name or reference read
/// differently from what is stored), zero-width spaces and word joiners that stop
/// searches matching, the soft hyphen and the byte order mark. Zero-width (non-)joiners U+200C
/// and U+200D are left alone: Persian, Indic scripts and emoji need them.
pub fn is_hidden_formatting(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{061C}'
        | '\u{200B}'
        | '\u{200E}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{E0001}'
    )
}

/// The problem with a typed answer's characters or length, if any. Pasted text can
/// carry control characters that break the receiving system or print as boxes, and
/// invisible formatting characters that make it read differently from what is stored.
/// A very long paste (say a whole document) is refused by length, with the count.
pub(crate) fn text_problem(text: &str, label: &str, limit: TextLimit) -> Option<String> {
    let allowed = |c: char| limit.multiline && matches!(c, '\n' | '\r' | '\t');
    if text.chars().any(|c| c.is_control() && !allowed(c)) {
        let what =
            if limit.multiline { "hidden control characters" } else { "line breaks, tabs or other hidden characters" };
        return Some(format!("{label} must not contain {what}: type it again instead of pasting it"));
    }
    if text.chars().any(is_hidden_formatting) {
        return Some(format!(
            "{label} contains a hidden formatting character that changes how the text is shown: \
             type it again instead of pasting it"
        ));
    }
    let count = char_count(text);
    (count > limit.max_chars).then(|| {
        format!(
            "{label} must be {} characters or fewer: remove {}",
            with_commas(limit.max_chars),
            plural(count - limit.max_chars, "character", "characters")
        )
    })
}

/// Collects the errors of one section.
#[derive(Debug, Default)]
pub(crate) struct Errors(pub Vec<FieldError>);

impl Errors {
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(FieldError::new(field, message));
    }

    /// A required typed answer: blank, hidden characters or too long. Returns whether
    /// the answer is usable, so format checks can follow.
    pub fn required_text(&mut self, field: &str, text: &str, q: Question) -> bool {
        if text.trim().is_empty() {
            self.add(field, q.enter);
            return false;
        }
        self.optional_text(field, text, q)
    }

    /// An optional typed answer: checked only for characters and length.
    pub fn optional_text(&mut self, field: &str, text: &str, q: Question) -> bool {
        match text_problem(text, q.label, q.limit) {
            Some(message) => {
                self.add(field, message);
                false
            }
            None => true,
        }
    }

    /// A date that must be entered, be real and not be after `today`. `stem` is the
    /// date's id stem; the error points at its first box in error.
    pub fn past_date(&mut self, stem: &str, input: &DateInput, q: DateQuestion, today: CivilDate) -> Option<CivilDate> {
        match input.parse(q.label) {
            Ok(Some(date)) if date > today => {
                self.add(
                    field_ids::date_part(stem, super::dates::DatePart::Day),
                    format!("{} {}", q.label, q.when_future),
                );
                None
            }
            Ok(Some(date)) if date.year < EARLIEST_YEAR => {
                let message = format!("{} must be in {EARLIEST_YEAR} or later", q.label);
                self.add(field_ids::date_part(stem, super::dates::DatePart::Year), message);
                None
            }
            Ok(Some(date)) => Some(date),
            Ok(None) => {
                self.add(field_ids::date_part(stem, super::dates::DatePart::Day), q.enter);
                None
            }
            Err(problem) => {
                self.add(field_ids::date_part(stem, problem.part), problem.message);
                None
            }
        }
    }
}

/// Dates before this year are typing mistakes (no one living was born earlier).
pub const EARLIEST_YEAR: i32 = 1900;

/// How a date question is described in messages.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DateQuestion<'a> {
    /// Starts a sentence: "Respondent's date of birth".
    pub label: &'a str,
    /// The instruction when blank.
    pub enter: &'a str,
    /// Ends the message for a future date: [`IN_THE_PAST`] for dates of birth (born
    /// today is allowed, but "in the past" is the usual wording), [`TODAY_OR_PAST`] for
    /// events like a phone call, which are often today.
    pub when_future: &'a str,
}

/// "Respondent's date of birth must be in the past".
pub(crate) const IN_THE_PAST: &str = "must be in the past";
/// "Date you contacted the Youth Justice Service must be today or in the past".
pub(crate) const TODAY_OR_PAST: &str = "must be today or in the past";

/// Whether `text` looks like an email address: one `@`, a local part, and a domain of
/// at least two dot-separated labels of letters, digits and hyphens. Deliberately
/// simple: the real test is whether the stalking unit's reply arrives.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.trim().split_once('@') else { return false };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local.chars().all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    local_ok && domain.len() <= 253 && labels.len() >= 2 && labels.iter().all(label_ok)
}

/// Whether `text` is a UK phone number: 10 or 11 digits starting with 0, or +44 (or
/// 0044) followed by 9 or 10 digits, ignoring spaces, hyphens, dots and brackets and
/// an optional "(0)" after the country code.
pub fn is_uk_phone(text: &str) -> bool {
    let compact: String = text.trim().chars().filter(|c| !matches!(c, ' ' | '-' | '.')).collect();
    let international = compact.strip_prefix("+44").or_else(|| compact.strip_prefix("0044"));
    let (rest, national) = match international {
        Some(rest) => (rest.strip_prefix("(0)").unwrap_or(rest), false),
        None => (compact.as_str(), true),
    };
    let digits: String = rest.chars().filter(|c| !matches!(c, '(' | ')')).collect();
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    if national {
        digits.starts_with('0') && (10..=11).contains(&digits.len())
    } else {
        !digits.starts_with('0') && (9..=10).contains(&digits.len())
    }
}

/// Whether a crime reference matches the force's pattern as a whole (a pattern that
/// only matches part of the reference is not enough). No pattern accepts anything.
pub fn matches_crime_reference(pattern: Option<&Regex>, reference: &str) -> bool {
    let Some(pattern) = pattern else { return true };
    let reference = reference.trim();
    // The config's pattern comes anchored (`Config::crime_reference_regex`): use it as
    // it is. Compiling an anchored copy on every call was most of the time a whole
    // validation took.
    let text = pattern.as_str();
    if text.starts_with("^(?:") && text.ends_with(")$") {
        return pattern.is_match(reference);
    }
    match Regex::new(&format!("^(?:{text})$")) {
        Ok(anchored) => anchored.is_match(reference),
        // Wrapping a valid pattern cannot fail; if it somehow did, fall back to
        // requiring that the leftmost match covers the whole reference.
        Err(_) => pattern.find(reference).is_some_and(|m| m.start() == 0 && m.end() == reference.len()),
    }
}

/// Why a typed number could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberProblem {
    NotWhole,
    TooLarge,
}

/// A whole number typed by the officer ("24", " 24 ", "1,200"). Decimals, words and
/// signs are refused so the officer confirms exactly what they mean.
pub(crate) fn parse_whole_number(text: &str) -> Result<u32, NumberProblem> {
    let t: String = text.trim().chars().filter(|c| *c != ',').collect();
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NumberProblem::NotWhole);
    }
    t.parse::<u32>().map_err(|_| NumberProblem::TooLarge)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_say_how_many_characters_are_over() {
        let long = "a".repeat(102);
        assert_eq!(
            text_problem(&long, "Your name", NAME).unwrap(),
            "Your name must be 100 characters or fewer: remove 2 characters"
        );
        assert_eq!(
            text_problem(&"a".repeat(5_001), "Summary of the case", SUMMARY).unwrap(),
            "Summary of the case must be 5,000 characters or fewer: remove 1 character"
        );
        assert_eq!(text_problem(&"é".repeat(100), "Your name", NAME), None);
    }

    #[test]
    fn control_characters_are_refused_but_long_text_keeps_line_breaks() {
        assert_eq!(
            text_problem("Jo\tBloggs", "Your name", NAME).unwrap(),
            "Your name must not contain line breaks, tabs or other hidden characters: type it again instead of pasting it"
        );
        assert_eq!(text_problem("Line one\r\nLine two\tindented", "Evidence", LONG), None);
        assert_eq!(
            text_problem("bad\u{0007}bell", "Evidence", LONG).unwrap(),
            "Evidence must not contain hidden control characters: type it again instead of pasting it"
        );
    }

    #[test]
    fn hidden_formatting_characters_are_refused_in_every_kind_of_answer() {
        let message = "Your name contains a hidden formatting character that changes how the text is shown: \
                       type it again instead of pasting it";
        for c in ['\u{202E}', '\u{202A}', '\u{2066}', '\u{2069}', '\u{200B}', '\u{200F}', '\u{2060}', '\u{FEFF}', '\u{AD}']
        {
            assert_eq!(text_problem(&format!("Jo{c}Bloggs"), "Your name", NAME).as_deref(), Some(message), "{c:?}");
            assert!(text_problem(&format!("Line one\n{c}Line two"), "Evidence", LONG).is_some(), "{c:?}");
        }
        // Spaces alone are blank, but a zero-width space is not a space: it is refused
        // rather than accepted as a name.
        assert!(text_problem("\u{200B}", "Your name", NAME).is_some());
    }

    #[test]
    fn names_in_any_script_with_apostrophes_hyphens_and_accents_are_accepted() {
        for name in [
            "Siobhán O'Brien",
            "Anne-Marie Smith-Jones",
            "Zoë Brontë",
            "Zoe\u{0308} Bronte\u{0308}",
            "D\u{2019}Arcy N\u{2019}Dour",
            "Γιώργος Παπαδόπουλος",
            "Анна Іванова-Петренко",
            "محمد عبد الله",
            "דוד לוי",
            "王小明",
            "佐藤 花子",
            "김민준",
            "देवनागरी शर्मा",
            "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ",
            "می\u{200C}خواهم",
            "Nguyễn Thị Minh Khai",
            "Łukasz Wróbel",
            "Ævar Þórsson",
            "José María Ñúñez",
            "Dafydd ap Gruffydd",
            "Ōtsuka-Müller",
        ] {
            assert_eq!(text_problem(name, "Your name", NAME), None, "{name}");
        }
        // Emoji sequences keep their joiners (in long answers the officer may quote messages).
        let family_and_welsh_flag =
            "He sent \u{1F469}\u{200D}\u{1F467} and \u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}";
        assert_eq!(text_problem(family_and_welsh_flag, "Evidence", LONG), None);
    }

    #[test]
    fn a_pasted_megabyte_is_refused_with_the_count_in_commas() {
        let paste = "a".repeat(1_045_000);
        assert_eq!(
            text_problem(&paste, "Summary of the case", SUMMARY).unwrap(),
            "Summary of the case must be 5,000 characters or fewer: remove 1,040,000 characters"
        );
        assert_eq!(
            text_problem(&paste, "Your name", NAME).unwrap(),
            "Your name must be 100 characters or fewer: remove 1,044,900 characters"
        );
    }

    #[test]
    fn emails_need_a_local_part_and_a_dotted_domain() {
        assert!(is_email("jo.bloggs@example.police.uk"));
        assert!(is_email(" j+o@example.org "));
        for bad in [
            "",
            "jo",
            "jo@",
            "@example.com",
            "jo@example",
            "jo@@example.com",
            "jo bloggs@example.com",
            "jo@-x.com",
            "jo@x..com",
            ".jo@x.com",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn uk_phone_numbers_allow_spaces_and_plus_44() {
        for good in [
            "01632 960 001",
            "07700 900982",
            "+44 7700 900 982",
            "+44 (0)1632 960001",
            "0044 20 7946 0000",
            "(01632) 960-001",
            "020 7946 0000",
        ] {
            assert!(is_uk_phone(good), "{good}");
        }
        for bad in
            ["", "12345", "7700 900982", "+1 202 555 0100", "+44 07700 900982", "01632 96O 001", "077009009821234"]
        {
            assert!(!is_uk_phone(bad), "{bad}");
        }
    }

    #[test]
    fn crime_references_must_match_the_whole_pattern() {
        let re = Regex::new(r"\d{2}/\d{6}/\d{2}").unwrap();
        assert!(matches_crime_reference(Some(&re), "24/123456/25"));
        assert!(matches_crime_reference(Some(&re), " 24/123456/25 "));
        assert!(!matches_crime_reference(Some(&re), "x24/123456/25"));
        assert!(!matches_crime_reference(Some(&re), "24/123456/255"));
        let alternation = Regex::new(r"AB|ABC").unwrap();
        assert!(matches_crime_reference(Some(&alternation), "ABC"));
        assert!(matches_crime_reference(None, "anything"));
        // Already anchored, as the config gives it: used as it is, with the same answers.
        let anchored = crate::domain::config::anchored_regex(r"\d{2}/\d{6}/\d{2}").unwrap();
        assert!(matches_crime_reference(Some(&anchored), " 24/123456/25 "));
        assert!(!matches_crime_reference(Some(&anchored), "x24/123456/25"));
        assert!(!matches_crime_reference(Some(&anchored), "24/123456/255"));
        let anchored = crate::domain::config::anchored_regex("AB|ABC").unwrap();
        assert!(matches_crime_reference(Some(&anchored), "ABC"));
        assert!(!matches_crime_reference(Some(&anchored), "ABCD"));
    }

    #[test]
    fn whole_numbers_only() {
        assert_eq!(parse_whole_number(" 24 "), Ok(24));
        assert_eq!(parse_whole_number("1,200"), Ok(1200));
        assert_eq!(parse_whole_number("24.5"), Err(NumberProblem::NotWhole));
        assert_eq!(parse_whole_number("-3"), Err(NumberProblem::NotWhole));
        assert_eq!(parse_whole_number("two"), Err(NumberProblem::NotWhole));
        assert_eq!(parse_whole_number("99999999999999"), Err(NumberProblem::TooLarge));
    }

    #[test]
    fn big_numbers_get_commas() {
        assert_eq!(with_commas(5), "5");
        assert_eq!(with_commas(5000), "5,000");
        assert_eq!(with_commas(1234567), "1,234,567");
    }
}
