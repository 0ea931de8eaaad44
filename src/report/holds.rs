//! What holds a rating down, in the same words in every report: the must-haves
//! that are not met (answered, and the answer falls short) and those that are
//! not known (answered "I don't know", or not answered), always counted apart.

use crate::score::{Assessment, QuestionResult, Status};

/// The must-haves that cap the rating, split by why.
pub struct MustHaves<'a, 'q> {
    /// Answered, and the answer falls short (`gap` or `partial`).
    pub not_met: Vec<&'a QuestionResult<'q>>,
    /// Answered "I don't know", or not answered.
    pub not_known: Vec<&'a QuestionResult<'q>>,
}

impl MustHaves<'_, '_> {
    pub fn is_empty(&self) -> bool {
        self.not_met.is_empty() && self.not_known.is_empty()
    }

    pub fn len(&self) -> usize {
        self.not_met.len() + self.not_known.len()
    }
}

/// Whether a status says the answer is not known.
pub fn is_not_known(status: Status) -> bool {
    matches!(status, Status::Unknown | Status::Unanswered)
}

/// The must-haves that hold `a`'s rating down, in questionnaire order.
pub fn must_haves<'a, 'q>(a: &'a Assessment<'q>) -> MustHaves<'a, 'q> {
    let mut out = MustHaves {
        not_met: Vec::new(),
        not_known: Vec::new(),
    };
    for q in &a.capped_by {
        let Some(x) = a.questions.iter().find(|x| x.question.id == q.id) else {
            continue;
        };
        if is_not_known(x.status) {
            out.not_known.push(x);
        } else {
            out.not_met.push(x);
        }
    }
    out
}

/// "4 must-haves are not met and 2 are not known", or the one that applies.
pub fn must_haves_sentence(m: &MustHaves<'_, '_>) -> String {
    let met = match m.not_met.len() {
        0 => None,
        1 => Some("1 must-have is not met".to_owned()),
        n => Some(format!("{n} must-haves are not met")),
    };
    let known = |alone: bool| match (m.not_known.len(), alone) {
        (0, _) => None,
        (1, true) => Some("1 must-have is not known".to_owned()),
        (n, true) => Some(format!("{n} must-haves are not known")),
        (1, false) => Some("1 is not known".to_owned()),
        (n, false) => Some(format!("{n} are not known")),
    };
    match (met, known(m.not_met.is_empty())) {
        (Some(a), Some(b)) => format!("{a} and {b}"),
        (Some(a), None) | (None, Some(a)) => a,
        (None, None) => "Every must-have is in place".to_owned(),
    }
}

#[cfg(test)]
mod tests;
