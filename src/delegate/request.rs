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
    crate::model::questionnaire::same_recipient(who, recipient)
}

/// Whether the question is one to ask someone else.
fn open(r: &QuestionResult<'_>) -> bool {
    r.question.is_scored() && matches!(r.status, Status::Unknown | Status::Unanswered)
}

/// The open questions of `a` for `recipient`: must-haves first, then in
/// action-plan order. None when the answers say the business does not have
/// them (`recipients` in the questionnaire): see [`to_look_into`].
pub fn questions<'a, 'q>(a: &'a Assessment<'q>, recipient: &str) -> Vec<&'a QuestionResult<'q>> {
    if a.instead_of(recipient).is_some() {
        return Vec::new();
    }
    ordered(a, |who| is_for(who, recipient))
}

/// The open questions for people the business does not have, by who to turn
/// to instead ("whoever looks after your computers"): no letter goes to them.
pub fn to_look_into<'a, 'q>(a: &'a Assessment<'q>) -> Vec<(&'q str, Vec<&'a QuestionResult<'q>>)> {
    let mut out: Vec<(&'q str, Vec<&'a QuestionResult<'q>>)> = Vec::new();
    for &(who, instead) in &a.absent {
        let list = ordered(a, |w| is_for(w, who));
        if list.is_empty() {
            continue;
        }
        match out.iter_mut().find(|(i, _)| is_for(i, instead)) {
            Some((_, all)) => all.extend(list),
            None => out.push((instead, list)),
        }
    }
    out
}

/// The open questions whose recipient `pick` chooses: must-haves first, then
/// in action-plan order.
fn ordered<'a, 'q>(
    a: &'a Assessment<'q>,
    pick: impl Fn(&str) -> bool,
) -> Vec<&'a QuestionResult<'q>> {
    let place: HashMap<&str, usize> = a
        .actions
        .iter()
        .enumerate()
        .map(|(i, x)| (x.question.id.as_str(), i))
        .collect();
    let mut out: Vec<&QuestionResult<'q>> = a
        .questions
        .iter()
        .filter(|r| open(r) && pick(r.question.recipient()))
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
/// appearance in the questionnaire; not those the business does not have.
pub fn recipients<'q>(a: &Assessment<'q>) -> Vec<(&'q str, usize)> {
    let mut out: Vec<(&'q str, usize)> = Vec::new();
    for r in a.questions.iter().filter(|r| open(r)) {
        let who = r.question.recipient();
        if a.instead_of(who).is_some() {
            continue;
        }
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
