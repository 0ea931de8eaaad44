//! Dates as the formats write them (`YYYY-MM-DD`): today's date in the local
//! time zone, checking a date read from a file, and the age of a date in days.
//! The calendar work is jiff's.

use jiff::civil::Date;

/// Today as `YYYY-MM-DD`, in the local time zone (UTC if it cannot be known).
pub fn today() -> String {
    today_date().to_string()
}

fn today_date() -> Date {
    jiff::Zoned::now().date()
}

/// A `YYYY-MM-DD` date that exists in the calendar.
pub fn parse(s: &str) -> Option<Date> {
    let s = s.trim();
    if s.len() != 10 || s.as_bytes()[4] != b'-' || s.as_bytes()[7] != b'-' {
        return None;
    }
    s.parse::<Date>().ok()
}

/// Whether `s` is a `YYYY-MM-DD` date that exists in the calendar.
pub fn is_date(s: &str) -> bool {
    parse(s).is_some()
}

/// How many days ago `s` was, from `today` (negative for a date to come).
pub fn days_between(s: &str, today: &str) -> Option<i64> {
    let (then, now) = (parse(s)?, parse(today)?);
    now.since(then).ok().map(|span| i64::from(span.get_days()))
}

/// How many days ago `s` was, from today.
pub fn age_in_days(s: &str) -> Option<i64> {
    days_between(s, &today())
}

#[cfg(test)]
mod tests;
