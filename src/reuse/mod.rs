//! Answers that flow between files: carrying the answers of earlier answers
//! files into a new one ([`carry`], for `prefill` and `assess --from`), checking
//! `same_as` links against the questionnaires they name ([`links`]), and telling
//! which questions changed since an answer was given ([`changed`]).
//!
//! Two questionnaires are of one *family* when they share an id or one is
//! trimmed from the other (`derived_from`): their questions are the same
//! questions, so answers carry between them by question id. Across families,
//! answers carry only through `same_as`.

mod carry;
pub mod links;
pub mod prefill;

use crate::digest;
use crate::model::Questionnaire;
use crate::model::answers::QuestionnaireRef;

pub use carry::{Carried, Carry, Earlier, NotCarried, Overruled, Why, carry};

/// The ids a questionnaire answers for: its own, and the one it is trimmed from.
pub fn family(q: &Questionnaire) -> Vec<&str> {
    let mut ids = vec![q.id.as_str()];
    if let Some(d) = &q.derived_from {
        ids.push(d.id.as_str());
    }
    ids
}

/// Whether answers to `a` and `b` carry by question id.
pub fn same_family(a: &Questionnaire, b: &Questionnaire) -> bool {
    let fa = family(a);
    family(b).iter().any(|id| fa.contains(id))
}

/// The questions of `q` whose answers were given, as the answers file records,
/// to another form of the question: the fingerprint kept with the answer is not
/// the question's now. Answers without a fingerprint cannot tell, and are left
/// out.
pub fn changed<'q>(given: &QuestionnaireRef, q: &'q Questionnaire) -> Vec<&'q str> {
    q.questions()
        .filter(|x| {
            given
                .fingerprints
                .get(x.id.as_str())
                .is_some_and(|f| *f != digest::fingerprint(x))
        })
        .map(|x| x.id.as_str())
        .collect()
}

#[cfg(test)]
mod tests;
