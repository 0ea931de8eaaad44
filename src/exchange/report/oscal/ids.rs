//! Stable identifiers and times for the OSCAL document. UUIDs are version 5
//! (name-based, SHA-1): the same questionnaire digest, respondent and question
//! give the same UUID, so reporting the same answers twice gives the same file
//! and a GRC tool can tell an update from a new assessment.

use uuid::Uuid;

use crate::model::answers::Respondent;

/// The namespace of every UUID `assure` derives.
fn namespace() -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:assure:oscal:assessment-results")
}

pub struct Ids {
    base: String,
    ns: Uuid,
}

impl Ids {
    pub fn new(digest: &str, who: &Respondent) -> Ids {
        let field = |f: &Option<String>| f.as_deref().unwrap_or_default().trim().to_owned();
        let base = [
            digest.to_owned(),
            field(&who.organisation),
            field(&who.name),
            field(&who.email),
            field(&who.date),
        ]
        .join("\n");
        Ids {
            base,
            ns: namespace(),
        }
    }

    /// The UUID of one object: `kind` (such as `finding`) and the question it
    /// is about (empty for the document's own objects).
    pub fn of(&self, kind: &str, question: &str) -> String {
        let name = format!("{}\n{kind}\n{question}", self.base);
        Uuid::new_v5(&self.ns, name.as_bytes()).to_string()
    }
}

/// When the answers were given, as OSCAL's date-time: the respondent's date at
/// midnight UTC, or today when the answers have no date.
pub fn timestamp(who: &Respondent) -> String {
    let date = who
        .date
        .as_deref()
        .map(str::trim)
        .filter(|d| is_date(d))
        .map_or_else(crate::date::today, str::to_owned);
    format!("{date}T00:00:00Z")
}

/// `YYYY-MM-DD` with a month and day that exist in some year.
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return false;
    }
    let month: u32 = s[5..7].parse().unwrap_or(0);
    let day: u32 = s[8..10].parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

#[cfg(test)]
mod tests;
