//! Calendar dates without a time zone, the three-box date input the form uses, ages,
//! and RFC 3339 timestamps. Hand-written so the wasm bundle carries no date library.
use serde::{Deserialize, Serialize};

/// A day in the proleptic Gregorian calendar. Ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct CivilDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// Leap years: every 4th year, except centuries not divisible by 400.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month (1–12); 0 for a month that does not exist.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl CivilDate {
    /// A real date, or `None` (31 April, 29 February 2023, month 13...).
    pub fn new(year: i32, month: u32, day: u32) -> Option<CivilDate> {
        (day >= 1 && day <= days_in_month(year, month)).then_some(CivilDate { year, month, day })
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn to_days(self) -> i64 {
        days_from_civil(i64::from(self.year), self.month, self.day)
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> CivilDate {
        let (y, month, day) = civil_from_days(days);
        // Clamped only for days beyond ±5.8 million years, which no caller produces.
        let year = i32::try_from(y).unwrap_or(if y < 0 { i32::MIN } else { i32::MAX });
        CivilDate { year, month, day }
    }

    /// The calendar date at a moment (Unix milliseconds) in a zone `utc_offset_minutes`
    /// ahead of UTC: pass 60 in British Summer Time so "today" is the officer's today,
    /// not UTC's, in the hour after midnight.
    pub fn from_unix_millis(millis: i64, utc_offset_minutes: i32) -> CivilDate {
        let local = millis.saturating_add(i64::from(utc_offset_minutes) * 60_000);
        CivilDate::from_days(local.div_euclid(86_400_000))
    }

    /// `YYYY-MM-DD`, as in the payload.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// "14 March 2025", as GOV.UK writes dates.
    pub fn long(self) -> String {
        format!("{} {} {}", self.day, month_name(self.month), self.year)
    }

    /// Reads `YYYY-MM-DD` (a real date only).
    pub fn parse_iso(text: &str) -> Option<CivilDate> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        let four_two_two = y.len() == 4 && m.len() == 2 && d.len() == 2;
        let digits = [y, m, d].iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
        if parts.next().is_some() || !four_two_two || !digits {
            return None;
        }
        CivilDate::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "January" for 1; empty for a month that does not exist.
pub fn month_name(month: u32) -> &'static str {
    month.checked_sub(1).and_then(|i| MONTHS.get(i as usize)).copied().unwrap_or("")
}

/// Days from 1970-01-01 to a date: Howard Hinnant's `days_from_civil`, which counts in
/// 400-year eras (146,097 days each) starting on 1 March so the leap day falls last.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // 0..=399
    let mp = i64::from((month + 9) % 12); // March = 0 ... February = 11
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1; // 0..=365
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // 0..=146096
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`] (Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // 0..=146096
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // 0..=399
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // 0..=365
    let mp = (5 * doy + 2) / 153; // 0..=11
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Whole days from `from` to `to` (negative if `to` is earlier).
pub fn days_between(from: CivilDate, to: CivilDate) -> i64 {
    to.to_days() - from.to_days()
}

/// Age in whole years on `today`, or `None` if born after `today`.
///
/// Someone born on 29 February has their birthday on 1 March in a non-leap year. This
/// follows the usual reading of UK law (Family Law Reform Act 1969 s9: a person attains
/// an age at the start of the anniversary of their birth, and in a non-leap year the
/// day after 28 February is 1 March), so a child born on 29 February 2016 turns 10 on
/// 1 March 2026, not on 28 February.
pub fn age_on(date_of_birth: CivilDate, today: CivilDate) -> Option<u32> {
    if today < date_of_birth {
        return None;
    }
    let birthday_this_year = birthday_in(date_of_birth, today.year);
    let years = today.year - date_of_birth.year - i32::from(today < birthday_this_year);
    u32::try_from(years).ok()
}

/// The date of the birthday in `year`, moving 29 February to 1 March in non-leap years.
fn birthday_in(date_of_birth: CivilDate, year: i32) -> CivilDate {
    CivilDate::new(year, date_of_birth.month, date_of_birth.day).unwrap_or(CivilDate { year, month: 3, day: 1 })
}

/// An RFC 3339 UTC timestamp with milliseconds, like JavaScript's `toISOString`:
/// `2025-03-14T09:26:53.589Z`.
pub fn rfc3339_from_unix_millis(millis: i64) -> String {
    let days = millis.div_euclid(86_400_000);
    let ms_of_day = millis.rem_euclid(86_400_000);
    let date = CivilDate::from_days(days);
    let (h, rest) = (ms_of_day / 3_600_000, ms_of_day % 3_600_000);
    let (m, rest) = (rest / 60_000, rest % 60_000);
    let (s, ms) = (rest / 1000, rest % 1000);
    format!("{}T{h:02}:{m:02}:{s:02}.{ms:03}Z", date.iso())
}

/// Whether `text` is an RFC 3339 date-time (`2025-03-14T09:26:53Z`, optional fraction,
/// `Z` or `±hh:mm`). The receiver's check; lenient only where RFC 3339 is.
pub fn is_rfc3339(text: &str) -> bool {
    let Some((date, time)) = text.split_once(['T', 't']) else { return false };
    if CivilDate::parse_iso(date).is_none() || time.len() < 9 {
        return false;
    }
    let (clock, zone) = match time.find(['Z', 'z', '+', '-']) {
        Some(i) => time.split_at(i),
        None => return false,
    };
    valid_clock(clock) && valid_zone(zone)
}

fn valid_clock(clock: &str) -> bool {
    let (hms, fraction) = match clock.split_once('.') {
        Some((hms, f)) => (hms, Some(f)),
        None => (clock, None),
    };
    let fraction_ok = fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    let parts: Vec<&str> = hms.split(':').collect();
    let limits = [23, 59, 60]; // 60 allows a leap second
    parts.len() == 3 && fraction_ok && parts.iter().zip(limits).all(|(p, max)| two_digits_at_most(p, max))
}

fn valid_zone(zone: &str) -> bool {
    if zone.eq_ignore_ascii_case("z") {
        return true;
    }
    let Some(offset) = zone.strip_prefix(['+', '-']) else { return false };
    match offset.split_once(':') {
        Some((h, m)) => two_digits_at_most(h, 23) && two_digits_at_most(m, 59),
        None => false,
    }
}

fn two_digits_at_most(text: &str, max: u32) -> bool {
    text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit()) && text.parse::<u32>().is_ok_and(|n| n <= max)
}

/// What the officer typed into the three date boxes, kept as typed so nothing is lost.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DateInput {
    pub day: String,
    pub month: String,
    pub year: String,
}

/// Which of the three boxes a date problem belongs to: the error summary links to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePart {
    Day,
    Month,
    Year,
}

impl DatePart {
    /// The suffix of the box's HTML id: `respondent-dob` + `-day`.
    pub fn suffix(self) -> &'static str {
        match self {
            DatePart::Day => "day",
            DatePart::Month => "month",
            DatePart::Year => "year",
        }
    }
}

/// A date that could not be read, with the GOV.UK-style message and the first box in error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateProblem {
    pub part: DatePart,
    pub message: String,
}

impl DateInput {
    /// A date input holding a known date, as the officer would type it.
    pub fn from_date(date: CivilDate) -> DateInput {
        DateInput { day: date.day.to_string(), month: date.month.to_string(), year: date.year.to_string() }
    }

    /// Whether all three boxes are blank.
    pub fn is_blank(&self) -> bool {
        [&self.day, &self.month, &self.year].iter().all(|s| s.trim().is_empty())
    }

    /// Reads the boxes. `Ok(None)` when all are blank (the caller decides whether the
    /// date is required). `label` starts the messages, e.g. "Respondent's date of birth"
    /// gives "Respondent's date of birth must include a month".
    pub fn parse(&self, label: &str) -> Result<Option<CivilDate>, DateProblem> {
        if self.is_blank() {
            return Ok(None);
        }
        missing_parts(self, label)?;
        let problem = |part| DateProblem { part, message: format!("{label} must be a real date") };
        let day = read_number(&self.day).ok_or(problem(DatePart::Day))?;
        let month = read_month(&self.month).ok_or(problem(DatePart::Month))?;
        let year_text = self.year.trim();
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DateProblem { part: DatePart::Year, message: format!("{label} must include a 4-digit year") });
        }
        let year = read_number(year_text).ok_or(problem(DatePart::Year))? as i32;
        let bad_part = if (1..=12).contains(&month) { DatePart::Day } else { DatePart::Month };
        CivilDate::new(year, month, day).map(Some).ok_or(problem(bad_part))
    }
}

/// "… must include a day and month", pointing at the first missing box.
fn missing_parts(input: &DateInput, label: &str) -> Result<(), DateProblem> {
    let parts = [(DatePart::Day, &input.day), (DatePart::Month, &input.month), (DatePart::Year, &input.year)];
    let missing: Vec<DatePart> = parts.iter().filter(|(_, v)| v.trim().is_empty()).map(|(p, _)| *p).collect();
    let Some(first) = missing.first().copied() else { return Ok(()) };
    let names: Vec<&str> = missing.iter().map(|p| p.suffix()).collect();
    Err(DateProblem { part: first, message: format!("{label} must include a {}", names.join(" and ")) })
}

/// A whole number of at most 4 digits ("07" is 7). Longer numbers are not a real day,
/// month or year, and refusing them avoids overflow.
fn read_number(text: &str) -> Option<u32> {
    let t = text.trim();
    (!t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse().ok()).flatten()
}

/// A month as a number, or its name or first three letters ("Mar", "march"), as GOV.UK
/// date inputs accept.
fn read_month(text: &str) -> Option<u32> {
    if let Some(n) = read_number(text) {
        return Some(n);
    }
    let t = text.trim().to_ascii_lowercase();
    let matches = |name: &str| {
        let name = name.to_ascii_lowercase();
        t == name || (t.len() >= 3 && name.starts_with(&t))
    };
    MONTHS.iter().position(|m| matches(m)).map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> CivilDate {
        CivilDate::new(y, m, day).unwrap()
    }

    fn input(day: &str, month: &str, year: &str) -> DateInput {
        DateInput { day: day.into(), month: month.into(), year: year.into() }
    }

    #[test]
    fn leap_years_follow_the_gregorian_rules() {
        assert!(is_leap_year(2024) && is_leap_year(2000));
        assert!(!is_leap_year(1900) && !is_leap_year(2025));
        assert!(CivilDate::new(2024, 2, 29).is_some());
        assert!(CivilDate::new(2023, 2, 29).is_none());
        assert!(CivilDate::new(2025, 4, 31).is_none());
        assert!(CivilDate::new(2025, 13, 1).is_none());
        assert!(CivilDate::new(2025, 1, 0).is_none());
    }

    #[test]
    fn days_round_trip_over_many_years() {
        assert_eq!(d(1970, 1, 1).to_days(), 0);
        assert_eq!(d(2000, 3, 1).to_days(), 11_017);
        assert_eq!(d(1969, 12, 31).to_days(), -1);
        for days in (-800_000..800_000).step_by(997) {
            assert_eq!(CivilDate::from_days(days).to_days(), days);
        }
    }

    #[test]
    fn days_between_counts_whole_days() {
        assert_eq!(days_between(d(2024, 2, 28), d(2024, 3, 1)), 2);
        assert_eq!(days_between(d(2023, 2, 28), d(2023, 3, 1)), 1);
        assert_eq!(days_between(d(2025, 1, 10), d(2025, 1, 3)), -7);
    }

    #[test]
    fn timestamps_match_known_values() {
        // Values checked against `date -u -d @<seconds>`.
        assert_eq!(rfc3339_from_unix_millis(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(rfc3339_from_unix_millis(951_782_400_000), "2000-02-29T00:00:00.000Z");
        assert_eq!(rfc3339_from_unix_millis(1_741_944_413_589), "2025-03-14T09:26:53.589Z");
        assert_eq!(rfc3339_from_unix_millis(4_107_542_399_999), "2100-02-28T23:59:59.999Z");
        assert_eq!(rfc3339_from_unix_millis(-1), "1969-12-31T23:59:59.999Z");
    }

    #[test]
    fn today_follows_the_officers_clock() {
        // 23:30 UTC on 31 March 2025 is 00:30 on 1 April in British Summer Time.
        let ms = 1_743_463_800_000;
        assert_eq!(CivilDate::from_unix_millis(ms, 0), d(2025, 3, 31));
        assert_eq!(CivilDate::from_unix_millis(ms, 60), d(2025, 4, 1));
    }

    #[test]
    fn rfc3339_is_recognised() {
        assert!(is_rfc3339("2025-03-14T09:26:53.589Z"));
        assert!(is_rfc3339("2025-03-14T09:26:53Z"));
        assert!(is_rfc3339("2025-03-14T09:26:53+01:00"));
        assert!(!is_rfc3339("2025-03-14 09:26:53"));
        assert!(!is_rfc3339("2025-02-30T09:26:53Z"));
        assert!(!is_rfc3339("2025-03-14T25:26:53Z"));
        assert!(!is_rfc3339("2025-03-14T09:26:53"));
        assert!(!is_rfc3339("2025-03-14T09:26:53.Z"));
        assert!(!is_rfc3339(""));
    }

    #[test]
    fn ages_count_whole_years() {
        let dob = d(2010, 6, 15);
        assert_eq!(age_on(dob, d(2020, 6, 14)), Some(9));
        assert_eq!(age_on(dob, d(2020, 6, 15)), Some(10));
        assert_eq!(age_on(dob, d(2028, 6, 14)), Some(17));
        assert_eq!(age_on(dob, d(2028, 6, 15)), Some(18));
        assert_eq!(age_on(dob, dob), Some(0));
        assert_eq!(age_on(dob, d(2010, 6, 14)), None);
    }

    #[test]
    fn a_29_february_birthday_falls_on_1_march_in_other_years() {
        let dob = d(2016, 2, 29);
        assert_eq!(age_on(dob, d(2026, 2, 28)), Some(9));
        assert_eq!(age_on(dob, d(2026, 3, 1)), Some(10));
        assert_eq!(age_on(dob, d(2028, 2, 28)), Some(11));
        assert_eq!(age_on(dob, d(2028, 2, 29)), Some(12));
    }

    #[test]
    fn a_complete_date_is_read() {
        assert_eq!(input("5", "3", "1990").parse("Date"), Ok(Some(d(1990, 3, 5))));
        assert_eq!(input(" 05 ", "Mar", "1990").parse("Date"), Ok(Some(d(1990, 3, 5))));
        assert_eq!(input("5", "september", "1990").parse("Date"), Ok(Some(d(1990, 9, 5))));
        assert_eq!(input("", " ", "").parse("Date"), Ok(None));
    }

    fn problem(i: DateInput) -> DateProblem {
        i.parse("Respondent's date of birth").unwrap_err()
    }

    #[test]
    fn missing_parts_are_named_and_the_first_is_linked() {
        let p = problem(input("5", "", "1990"));
        assert_eq!(p.message, "Respondent's date of birth must include a month");
        assert_eq!(p.part, DatePart::Month);
        let p = problem(input("", "", "1990"));
        assert_eq!(p.message, "Respondent's date of birth must include a day and month");
        assert_eq!(p.part, DatePart::Day);
        assert_eq!(problem(input("5", "3", "")).message, "Respondent's date of birth must include a year");
    }

    #[test]
    fn impossible_dates_must_be_real() {
        let p = problem(input("29", "2", "2023"));
        assert_eq!(p.message, "Respondent's date of birth must be a real date");
        assert_eq!(p.part, DatePart::Day);
        assert_eq!(problem(input("1", "13", "2000")).part, DatePart::Month);
        assert_eq!(problem(input("x", "1", "2000")).part, DatePart::Day);
        assert_eq!(problem(input("99999999999999999999", "1", "2000")).part, DatePart::Day);
        assert_eq!(problem(input("1", "Smarch", "2000")).part, DatePart::Month);
    }

    #[test]
    fn the_year_must_have_four_digits() {
        let p = problem(input("1", "1", "85"));
        assert_eq!(p.message, "Respondent's date of birth must include a 4-digit year");
        assert_eq!(p.part, DatePart::Year);
    }

    #[test]
    fn dates_read_back_in_both_formats() {
        assert_eq!(d(2025, 3, 4).iso(), "2025-03-04");
        assert_eq!(d(2025, 3, 4).long(), "4 March 2025");
        assert_eq!(CivilDate::parse_iso("2024-02-29"), Some(d(2024, 2, 29)));
        assert_eq!(CivilDate::parse_iso("2023-02-29"), None);
        assert_eq!(CivilDate::parse_iso("2023-2-1"), None);
        assert_eq!(DateInput::from_date(d(2001, 7, 9)).parse("x"), Ok(Some(d(2001, 7, 9))));
    }
}
