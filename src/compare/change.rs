//! How one question's status moved between two assessments, in one word.

use serde::Serialize;

use crate::model::Question;
use crate::score::Status;

/// What happened to one question between the older and the newer file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    /// It scores more now, or is no longer needed (not applicable, or no longer
    /// asked where it was missing).
    Improved,
    /// It scores less now.
    Worse,
    /// The status did not change (the answer may have, as for questions asked
    /// for information only), or it scores the same.
    Same,
    /// It was not answered then (or not asked) and is now.
    Answered,
    /// It is not answered now, but was then (or was not asked then).
    Unanswered,
    /// It is new in the version the newer file answers (the older file answers
    /// another version and holds no answer to it).
    Added,
    /// The questionnaire no longer has it.
    Removed,
    /// Its wording, type or options changed between the two versions: the
    /// answers are not compared.
    QuestionChanged,
}

impl Change {
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Improved => "improved",
            Change::Worse => "worse",
            Change::Same => "same",
            Change::Answered => "answered",
            Change::Unanswered => "unanswered",
            Change::Added => "added",
            Change::Removed => "removed",
            Change::QuestionChanged => "question-changed",
        }
    }
}

/// A question's status in one assessment, and the fraction it earned.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Seen {
    pub status: Status,
    pub fraction: Option<f64>,
}

/// How far the question is met, for comparing: "not applicable" and "not
/// asked" (`None`) mean the control is not needed, so they count as met; "I
/// don't know" and no answer count as nothing. `None` for information only.
fn level(q: &Question, seen: Option<Seen>) -> Option<f64> {
    if !q.is_scored() {
        return None;
    }
    Some(match seen {
        None => 1.0,
        Some(s) if s.status == Status::Na => 1.0,
        Some(s) => s.fraction.unwrap_or(0.0),
    })
}

/// The change from `old` to `new` (`None`: not asked) for question `q`.
///
/// A question asked now and not before (another answer brought it in) is
/// answered or not, never better or worse: there is nothing to compare it with.
/// A question no longer asked is better if it was missing before, since the
/// control is no longer needed, and the same otherwise.
pub fn between(q: &Question, old: Option<Seen>, new: Option<Seen>) -> Change {
    let status = |s: Option<Seen>| s.map(|s| s.status);
    let (a, b) = (level(q, old), level(q, new));
    let unanswered = |s: Seen| s.status == Status::Unanswered;
    match (old, new) {
        _ if status(old) == status(new) && a == b => Change::Same,
        (None, Some(n)) if unanswered(n) => Change::Unanswered,
        (None, _) => Change::Answered,
        (Some(o), None) if !unanswered(o) && a.is_some_and(|a| a < 1.0) => Change::Improved,
        (_, None) => Change::Same,
        (Some(o), Some(n)) if !unanswered(o) && unanswered(n) => Change::Unanswered,
        (Some(o), Some(n)) if unanswered(o) && !unanswered(n) => Change::Answered,
        _ => match (a, b) {
            (Some(a), Some(b)) if b > a => Change::Improved,
            (Some(a), Some(b)) if b < a => Change::Worse,
            _ => Change::Same,
        },
    }
}

#[cfg(test)]
mod tests;
