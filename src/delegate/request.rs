//! `ask`: the questions of an assessment that the respondent could not answer
//! ("I don't know", or no answer yet) and that one person can (`ask_whom`),
//! must-haves first, then in the order of the action plan. Questions asked
//! only for information are about the business itself, not its security, and
//! are left out.

use std::collections::HashMap;

use crate::model::Question;
use crate::score::{Assessment, QuestionResult, Status};

/// Whether `recipient` (as given on the command line) names `who` (as a
/// questionnaire's `ask_whom` says it): the same words, in any case.
pub fn is_for(who: &str, recipient: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    words(who) == words(recipient)
}

/// Whether the question is one to ask someone else.
fn open(r: &QuestionResult<'_>) -> bool {
    r.question.is_scored() && matches!(r.status, Status::Unknown | Status::Unanswered)
}

/// The open questions of `a` for `recipient`: must-haves first, then in
/// action-plan order.
pub fn questions<'a, 'q>(a: &'a Assessment<'q>, recipient: &str) -> Vec<&'a QuestionResult<'q>> {
    let place: HashMap<&str, usize> = a
        .actions
        .iter()
        .enumerate()
        .map(|(i, x)| (x.question.id.as_str(), i))
        .collect();
    let mut out: Vec<&QuestionResult<'q>> = a
        .questions
        .iter()
        .filter(|r| open(r) && is_for(r.question.recipient(), recipient))
        .collect();
    out.sort_by_key(|r| {
        (
            !r.question.is_critical(),
            place
                .get(r.question.id.as_str())
                .copied()
                .unwrap_or(usize::MAX),
        )
    });
    out
}

/// Everyone who has open questions in `a`, with how many, in order of first
/// appearance in the questionnaire.
pub fn recipients<'q>(a: &Assessment<'q>) -> Vec<(&'q str, usize)> {
    let mut out: Vec<(&'q str, usize)> = Vec::new();
    for r in a.questions.iter().filter(|r| open(r)) {
        let who = r.question.recipient();
        match out.iter_mut().find(|(w, _)| is_for(w, who)) {
            Some((_, n)) => *n += 1,
            None => out.push((who, 1)),
        }
    }
    out
}

/// Everyone the questionnaire names to ask, whether or not they have open
/// questions now.
pub fn named<'q>(questions: impl Iterator<Item = &'q Question>) -> Vec<&'q str> {
    let mut out: Vec<&'q str> = Vec::new();
    for q in questions {
        let who = q.recipient();
        if !out.iter().any(|w| is_for(w, who)) {
            out.push(who);
        }
    }
    out
}

#[cfg(test)]
mod tests;
