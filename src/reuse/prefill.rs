//! `prefill`: a new answers file for a questionnaire, holding every answer that
//! can be carried from earlier answers files ([`reuse::carry`]: by question id
//! within a family, through `same_as` across), each with `from:`. Nothing else
//! is invented: the respondent is copied from the newest file without a date
//! (the respondent gives it when they confirm the answers), and what is left to
//! answer is counted.

use indexmap::IndexMap;

use crate::check::links::split_same_as;
use crate::diagnostic::Diagnostic;
use crate::diagnostic::kinds::Link;
use crate::model::Questionnaire;
use crate::model::answers::{Answers, QuestionnaireRef};
use crate::reuse::{self, Carry, Earlier};
use crate::score::{self, Status};
use crate::text::suggest::closest;
use crate::yaml::Spanned;

/// What `prefill` made.
pub struct Prefilled {
    pub answers: Answers,
    pub carry: Carry,
    /// The earlier file whose respondent was copied: the newest.
    pub newest: Option<usize>,
}

/// How far the new file is answered, and what is left.
#[derive(Debug, Default, PartialEq)]
pub struct Left {
    /// Questions asked, given the carried answers (conditions included).
    pub asked: usize,
    pub answered: usize,
    /// Scored questions asked, and how many of them are answered.
    pub scored: usize,
    pub scored_answered: usize,
    /// Ids of the questions asked and not answered, in questionnaire order.
    pub open: Vec<String>,
    /// The must-haves among them.
    pub must_haves: Vec<String>,
}

impl Left {
    /// Scored questions answered, in percent; `None` when none is scored.
    pub fn scored_percent(&self) -> Option<f64> {
        (self.scored > 0).then(|| 100.0 * self.scored_answered as f64 / self.scored as f64)
    }
}

/// The newest of `earlier`: by `respondent.date`, then the later in the list,
/// as [`reuse::carry`] decides which answer wins.
pub fn newest(earlier: &[Earlier<'_>]) -> Option<usize> {
    (0..earlier.len()).max_by(|a, b| earlier[*a].date().cmp(&earlier[*b].date()).then(a.cmp(b)))
}

/// Answers to `q` (whose digest is `digest`) carried from `earlier`.
pub fn prefill(q: &Questionnaire, digest: &str, earlier: &[Earlier<'_>]) -> Prefilled {
    let carry = reuse::carry(q, earlier);
    let newest = newest(earlier);
    let mut respondent = newest
        .map(|i| earlier[i].answers.respondent.clone())
        .unwrap_or_default();
    respondent.date = None;
    let mut fingerprints = IndexMap::new();
    for (id, c) in &carry.answers {
        // An answer carried by id keeps the fingerprint of the question it was
        // given to: a later `compare` or walk can then tell it changed since.
        let from = &earlier[c.source];
        if c.question == *id
            && reuse::same_family(q, from.questionnaire)
            && let Some(f) = from.answers.questionnaire.fingerprints.get(id)
        {
            fingerprints.insert(id.clone(), f.clone());
        }
    }
    let answers = Answers {
        questionnaire: QuestionnaireRef {
            id: Spanned::new(q.id.value.clone()),
            version: Some(Spanned::new(q.version.value.clone())),
            digest: Some(Spanned::new(digest.to_owned())),
            fingerprints,
        },
        respondent,
        answers: carry
            .answers
            .iter()
            .map(|(id, c)| (id.clone(), c.answer.clone()))
            .collect(),
        set_aside: Vec::new(),
        header: String::new(),
    };
    Prefilled {
        answers,
        carry,
        newest,
    }
}

/// A `same_as` link of `q` to a questionnaire among the earlier files that does
/// not have the question named: nothing can be carried through it.
#[derive(Debug, PartialEq)]
pub struct BrokenLink {
    /// The question of `q` that has the link.
    pub question: String,
    /// The link as written.
    pub link: String,
    /// A close question id of the other questionnaire, if there is one.
    pub did_you_mean: Option<String>,
}

impl BrokenLink {
    /// The warning `prefill` gives: nothing is carried through the link.
    pub fn warning(&self) -> Diagnostic {
        let clean = crate::text::terminal::clean_line;
        Diagnostic::warning(Link::Broken {
            question: self.question.clone(),
            link: clean(&self.link),
        })
        .maybe_help(
            self.did_you_mean
                .as_ref()
                .map(|d| format!("did you mean `{d}`?")),
        )
    }
}

/// Every broken `same_as` link of `q` to the questionnaires of `earlier`.
pub fn broken_links(q: &Questionnaire, earlier: &[Earlier<'_>]) -> Vec<BrokenLink> {
    let mut out = Vec::new();
    for x in q.questions() {
        for link in &x.same_as {
            let Some((qid, id)) = split_same_as(link) else {
                continue;
            };
            let Some(other) = earlier
                .iter()
                .map(|e| e.questionnaire)
                .find(|o| reuse::family(o).contains(&qid))
            else {
                continue;
            };
            if other.question(id).is_none() {
                out.push(BrokenLink {
                    question: x.id.value.clone(),
                    link: link.value.clone(),
                    did_you_mean: closest(id, other.questions().map(|y| y.id.as_str()))
                        .map(str::to_owned),
                });
            }
        }
    }
    out
}

/// What is left to answer in `answers` to `q`.
pub fn left(q: &Questionnaire, answers: &Answers) -> Left {
    let a = score::assess(q, answers);
    let mut left = Left::default();
    for r in &a.questions {
        left.asked += 1;
        let open = r.status == Status::Unanswered
            || (r.status == Status::Info && r.answer.is_none_or(|x| !x.value.is_answered()));
        if r.question.is_scored() {
            left.scored += 1;
            left.scored_answered += usize::from(!open);
        }
        if open {
            left.open.push(r.question.id.value.clone());
            if r.question.is_critical() {
                left.must_haves.push(r.question.id.value.clone());
            }
        } else {
            left.answered += 1;
        }
    }
    left
}

#[cfg(test)]
mod tests;
