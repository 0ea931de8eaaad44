//! `compare`: two assessments of one business against one questionnaire, then
//! and now. Both answers files are scored with the same questionnaire (the one
//! at hand, perhaps newer than either file), so that the scores compare;
//! questions are matched by id. A question whose wording, type or options
//! changed between the versions the two files answered is reported as
//! changed, not compared: the fingerprints the files keep tell which, and so
//! does an old answer that no longer fits.

mod change;

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::diagnostic::kinds::Answering;
use crate::diagnostic::{Code, Diagnostic};
use crate::digest;
use crate::model::answers::Leftover;
use crate::model::answers::{Answers, Value};
use crate::model::{Question, Questionnaire};
use crate::score::{self, Assessment, Status};

pub use change::{Change, Seen};

/// One side of the comparison: an answers file and how it scores.
pub struct Side<'a> {
    /// The file's name, as the reader knows it.
    pub file: String,
    pub answers: &'a Answers,
    /// Its answers that no longer fit the questionnaire (see
    /// [`crate::answers::AnswersFile::check_earlier`]).
    pub leftovers: &'a [Leftover],
}

/// The headline figures of one side.
#[derive(Clone, Debug, Serialize)]
pub struct Headline {
    pub file: String,
    pub date: Option<String>,
    /// The version the answers were given to, as the file says.
    pub version: Option<String>,
    pub overall: Option<f64>,
    pub rating: Option<String>,
    pub completeness: Option<f64>,
    /// Must-haves not met (the questions that cap the rating).
    pub must_haves_missing: usize,
    pub asked: usize,
    pub answered: usize,
}

/// A section's score then and now.
#[derive(Clone, Debug, Serialize)]
pub struct SectionChange {
    pub id: String,
    pub title: String,
    pub old: Option<f64>,
    pub new: Option<f64>,
    pub change: Option<f64>,
}

/// One question, then and now.
#[derive(Clone, Debug)]
pub struct QuestionChange<'q> {
    pub id: String,
    /// `None` for a question the questionnaire no longer has.
    pub question: Option<&'q Question>,
    /// `None` where the question was not asked (or, for the old side of a
    /// changed or removed question, where its answer no longer reads).
    pub old: Option<Status>,
    pub new: Option<Status>,
    pub old_value: Value,
    pub new_value: Value,
    /// The old answer as written, when it no longer fits the question.
    pub old_raw: Option<String>,
    /// Who gave the new answer, when the file says (`by:`).
    pub new_by: Option<String>,
    pub change: Change,
}

impl QuestionChange<'_> {
    /// Whether the two answers are compared (the question is the same in both).
    pub fn compared(&self) -> bool {
        !matches!(
            self.change,
            Change::QuestionChanged | Change::Added | Change::Removed
        )
    }

    /// Gap, partial or unknown then; met now.
    pub fn closed(&self) -> bool {
        use Status::{Gap, Met, Partial, Unknown};
        self.compared()
            && matches!(self.old, Some(Gap | Partial | Unknown))
            && self.new == Some(Met)
    }

    /// Met then; gap, partial or unknown now.
    pub fn opened(&self) -> bool {
        use Status::{Gap, Met, Partial, Unknown};
        self.compared()
            && self.old == Some(Met)
            && matches!(self.new, Some(Gap | Partial | Unknown))
    }

    /// "I don't know" then; anything else now but no answer.
    pub fn resolved(&self) -> bool {
        self.compared()
            && self.old == Some(Status::Unknown)
            && self
                .new
                .is_some_and(|n| !matches!(n, Status::Unknown | Status::Unanswered))
    }

    /// A must-have not met now.
    pub fn still_critical(&self) -> bool {
        self.question.is_some_and(|q| q.is_critical()) && self.new.is_some_and(Status::caps)
    }
}

/// Whether the older file says how each question was asked when answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fingerprints {
    /// Both files answer the same version: nothing to tell.
    SameVersion,
    Recorded,
    /// The older file records none (written by hand or by an earlier tool).
    NotRecorded,
}

/// Everything `compare` found.
pub struct Comparison<'q> {
    pub questionnaire: &'q Questionnaire,
    pub organisation: Option<String>,
    pub old: Headline,
    pub new: Headline,
    pub overall_change: Option<f64>,
    pub sections: Vec<SectionChange>,
    /// Every question asked in either file, in questionnaire order, then the
    /// questions the questionnaire no longer has.
    pub questions: Vec<QuestionChange<'q>>,
    /// Gap, partial or unknown then; met now.
    pub closed: Vec<String>,
    /// Met then; gap, partial or unknown now.
    pub opened: Vec<String>,
    /// "I don't know" then; a real answer now.
    pub resolved_unknowns: Vec<String>,
    /// Must-haves not met now.
    pub still_critical: Vec<String>,
    pub fingerprints: Fingerprints,
}

fn headline(side: &Side<'_>, a: &Assessment<'_>) -> Headline {
    Headline {
        file: side.file.clone(),
        date: crate::model::answers::answered_on(side.answers).map(str::to_owned),
        version: side
            .answers
            .questionnaire
            .version
            .as_ref()
            .map(|v| v.value.clone()),
        overall: a.overall,
        rating: a.rating.clone(),
        completeness: a.completeness,
        must_haves_missing: a.capped_by.len(),
        asked: a.questions.len(),
        answered: a.answered(),
    }
}

/// Compares `old` with `new`, both read against `q`.
pub fn compare<'q>(q: &'q Questionnaire, old: &Side<'q>, new: &Side<'q>) -> Comparison<'q> {
    let then = score::assess(q, old.answers);
    let now = score::assess(q, new.answers);
    let sections = q
        .sections
        .iter()
        .zip(then.sections.iter().zip(&now.sections))
        .map(|(s, (a, b))| SectionChange {
            id: s.id.value.clone(),
            title: s.title.value.clone(),
            old: a.score,
            new: b.score,
            change: a.score.zip(b.score).map(|(a, b)| b - a),
        })
        .collect();
    let questions = questions(q, old, new, &then, &now);
    let mut c = Comparison {
        questionnaire: q,
        organisation: organisation(new.answers).or_else(|| organisation(old.answers)),
        old: headline(old, &then),
        new: headline(new, &now),
        overall_change: then.overall.zip(now.overall).map(|(a, b)| b - a),
        sections,
        questions,
        closed: Vec::new(),
        opened: Vec::new(),
        resolved_unknowns: Vec::new(),
        still_critical: now.capped_by.iter().map(|x| x.id.value.clone()).collect(),
        fingerprints: fingerprints(old, new),
    };
    lists(&mut c);
    c
}

fn organisation(a: &Answers) -> Option<String> {
    a.respondent
        .organisation
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// The version an answers file names, if it does.
fn version(a: &Answers) -> Option<&str> {
    a.questionnaire.version.as_ref().map(|v| v.value.as_str())
}

fn fingerprints(old: &Side<'_>, new: &Side<'_>) -> Fingerprints {
    if version(old.answers) == version(new.answers) && old.leftovers.is_empty() {
        Fingerprints::SameVersion
    } else if old.answers.questionnaire.fingerprints.is_empty() {
        Fingerprints::NotRecorded
    } else {
        Fingerprints::Recorded
    }
}

/// The ids of the questions whose form differs between the two files: by the
/// fingerprints they keep (the newer file's, else the question as it is now),
/// or because an answer no longer fits.
fn changed_between(q: &Questionnaire, old: &Side<'_>, new: &Side<'_>) -> HashSet<String> {
    let mut out: HashSet<String> = [old, new]
        .iter()
        .flat_map(|s| s.leftovers.iter())
        .filter(|l| l.code != Code::UnknownQuestion)
        .map(|l| l.question.clone())
        .collect();
    let (then, now) = (
        &old.answers.questionnaire.fingerprints,
        &new.answers.questionnaire.fingerprints,
    );
    for x in q.questions() {
        let Some(before) = then.get(x.id.as_str()) else {
            continue;
        };
        let after = now
            .get(x.id.as_str())
            .cloned()
            .unwrap_or_else(|| digest::fingerprint(x));
        if *before != after {
            out.insert(x.id.value.clone());
        }
    }
    out
}

fn questions<'q>(
    q: &'q Questionnaire,
    old: &Side<'q>,
    new: &Side<'q>,
    then: &Assessment<'q>,
    now: &Assessment<'q>,
) -> Vec<QuestionChange<'q>> {
    let status = |a: &Assessment<'q>| -> HashMap<&'q str, Seen> {
        a.questions
            .iter()
            .map(|r| {
                let seen = Seen {
                    status: r.status,
                    fraction: r.fraction,
                };
                (r.question.id.as_str(), seen)
            })
            .collect()
    };
    let (s_old, s_new) = (status(then), status(now));
    let changed = changed_between(q, old, new);
    let raw: HashMap<&str, &Leftover> = old
        .leftovers
        .iter()
        .map(|l| (l.question.as_str(), l))
        .collect();
    let other_version = version(old.answers) != version(new.answers);
    let mut out = Vec::new();
    for x in q.questions() {
        let id = x.id.as_str();
        let (o, n) = (s_old.get(id).copied(), s_new.get(id).copied());
        let left = raw.get(id);
        if o.is_none() && n.is_none() && left.is_none() {
            continue;
        }
        let change = if changed.contains(id) {
            Change::QuestionChanged
        } else if other_version
            && o.is_some()
            && old.answers.get(id).is_none()
            && left.is_none()
            && !old.answers.questionnaire.fingerprints.contains_key(id)
        {
            Change::Added
        } else {
            change::between(x, o, n)
        };
        out.push(QuestionChange {
            id: id.to_owned(),
            question: Some(x),
            old: o.filter(|_| left.is_none()).map(|s| s.status),
            new: n.map(|s| s.status),
            old_value: old.answers.value(id).clone(),
            new_value: new.answers.value(id).clone(),
            old_raw: left.and_then(|l| l.raw.clone()),
            new_by: new.answers.get(id).and_then(|a| a.by.clone()),
            change,
        });
    }
    for l in old
        .leftovers
        .iter()
        .filter(|l| l.code == Code::UnknownQuestion)
    {
        out.push(QuestionChange {
            id: l.question.clone(),
            question: None,
            old: None,
            new: None,
            old_value: Value::Unanswered,
            new_value: Value::Unanswered,
            old_raw: l.raw.clone(),
            new_by: None,
            change: Change::Removed,
        });
    }
    out
}

/// Closed, opened and resolved: only questions compared (not changed ones).
fn lists(c: &mut Comparison<'_>) {
    for x in &c.questions {
        if x.closed() {
            c.closed.push(x.id.clone());
        }
        if x.opened() {
            c.opened.push(x.id.clone());
        }
        if x.resolved() {
            c.resolved_unknowns.push(x.id.clone());
        }
    }
}

/// A warning when the files were given newest first: the comparison reads
/// the first as "then".
pub fn out_of_order(c: &Comparison<'_>) -> Option<Diagnostic> {
    let (Some(a), Some(b)) = (&c.old.date, &c.new.date) else {
        return None;
    };
    let clean = crate::text::terminal::clean_line;
    (a > b).then(|| {
        Diagnostic::warning(Answering::OutOfOrder {
            old: clean(&c.old.file),
            old_date: clean(a),
            new: clean(&c.new.file),
            new_date: clean(b),
        })
    })
}

#[cfg(test)]
mod tests;
