//! `merge`: the answers of replies (answers files filled in by someone else,
//! such as the IT provider) copied into an answers file, each with `by:` (who
//! gave it) and `from:` (which reply, and when).
//!
//! A reply fills what the answers file does not know: a question with no
//! answer, or answered "I don't know". An answer that would replace a
//! different known answer is a conflict, settled only when the caller says
//! which side wins. A reply's answer to a question that is not asked (given
//! the merged answers) is not merged: it would be ignored, and would come back
//! unreviewed if the question were ever asked again.

use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;

use crate::condition;
use crate::digest;
use crate::model::answers::same_value;
use crate::model::answers::{Answer, Answers, CarriedFrom, Value};
use crate::model::{Question, Questionnaire};

/// A reply, read against the same questionnaire as the answers file.
pub struct Reply<'a> {
    /// The file's name, as `from: { file: … }` will say it.
    pub name: String,
    /// Who answered, as `by:` will say it.
    pub by: String,
    /// When it was answered, as `from: { date: … }` will say it.
    pub date: Option<String>,
    pub answers: &'a Answers,
}

/// Which side wins a conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefer {
    Reply,
    Ours,
}

/// An answer of a reply that differs from a known answer already there.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub question: String,
    pub ours: Answer,
    pub theirs: Answer,
    /// Which reply.
    pub reply: usize,
}

/// What merging did, reply by reply.
#[derive(Debug, Default)]
pub struct Merged {
    pub answers: Answers,
    /// (question, reply) of each answer taken from a reply.
    pub applied: Vec<(String, usize)>,
    /// (question, reply) where the reply gave the answer already there.
    pub agreed: Vec<(String, usize)>,
    /// Every conflict, settled or not.
    pub conflicts: Vec<Conflict>,
    /// (question, reply) of answers to questions that are not asked: not merged.
    pub hidden: Vec<(String, usize)>,
}

impl Merged {
    /// Whether conflicts are left for the caller to settle.
    pub fn unsettled(&self, prefer: Option<Prefer>) -> bool {
        prefer.is_none() && !self.conflicts.is_empty()
    }
}

/// What the reply's answer does to the one already there, if any.
enum Step {
    Apply,
    Agree,
    Conflict,
    Skip,
}

fn step(current: Option<&Answer>, theirs: &Answer) -> Step {
    let known = |a: &Answer| a.value.is_answered() && a.value != Value::Unknown;
    match current {
        _ if !theirs.value.is_answered() => Step::Skip,
        None => Step::Apply,
        Some(c) if !c.value.is_answered() => Step::Apply,
        // Neither knows: nothing to add.
        Some(c) if c.value == Value::Unknown && theirs.value == Value::Unknown => Step::Skip,
        Some(c) if !known(c) => Step::Apply,
        // They don't know what we know.
        Some(_) if theirs.value == Value::Unknown => Step::Skip,
        Some(c) if same_value(&c.value, &theirs.value) => Step::Agree,
        Some(_) => Step::Conflict,
    }
}

/// `theirs`, as merged: with `by:`, `from:` and nothing of where it was written.
fn stamped(theirs: &Answer, reply: &Reply<'_>) -> Answer {
    let mut a = theirs.clone();
    a.by = Some(reply.by.clone());
    a.from = Some(CarriedFrom {
        file: reply.name.clone(),
        date: reply.date.clone(),
    });
    a.span = Default::default();
    a
}

/// Merges `replies`, in order, into `ours` (all read against `q`).
pub fn merge(
    q: &Questionnaire,
    ours: &Answers,
    replies: &[Reply<'_>],
    prefer: Option<Prefer>,
) -> Merged {
    let mut m = Merged {
        answers: ours.clone(),
        ..Merged::default()
    };
    // Before each answer a reply replaced: to put back if it turns out hidden.
    let mut before: IndexMap<(String, usize), Option<Answer>> = IndexMap::new();
    for (r, reply) in replies.iter().enumerate() {
        for x in q.questions() {
            let Some(theirs) = reply.answers.get(&x.id) else {
                continue;
            };
            let id = x.id.value.clone();
            let current = m.answers.answers.get(&id).cloned();
            let take = match step(current.as_ref(), theirs) {
                Step::Skip => false,
                Step::Agree => {
                    m.agreed.push((id.clone(), r));
                    false
                }
                Step::Apply => true,
                Step::Conflict => {
                    m.conflicts.push(Conflict {
                        question: id.clone(),
                        ours: current
                            .clone()
                            .unwrap_or_else(|| Answer::new(Value::Unanswered)),
                        theirs: stamped(theirs, reply),
                        reply: r,
                    });
                    prefer == Some(Prefer::Reply)
                }
            };
            if take {
                before.insert((id.clone(), r), current);
                m.answers.answers.insert(id.clone(), stamped(theirs, reply));
                m.applied.push((id, r));
            }
        }
    }
    put_back_hidden(q, &mut m, before);
    fingerprint(q, &mut m, replies);
    m
}

/// Answers from replies to questions not asked, given the merged answers, are
/// taken out again (their conflicts with them), and listed.
fn put_back_hidden(
    q: &Questionnaire,
    m: &mut Merged,
    before: IndexMap<(String, usize), Option<Answer>>,
) {
    let shown = condition::visibility(q, &m.answers);
    let asked: HashSet<&str> = q
        .questions()
        .enumerate()
        .filter(|(i, _)| shown.question(*i))
        .map(|(_, x)| x.id.as_str())
        .collect();
    let hidden = |id: &str| !asked.contains(id);
    // Latest first, so that the answer before the first reply is what stays.
    for ((id, r), was) in before.into_iter().rev() {
        if !hidden(&id) {
            continue;
        }
        match was {
            Some(a) => m.answers.answers.insert(id.clone(), a),
            None => m.answers.answers.shift_remove(&id),
        };
        m.hidden.push((id, r));
    }
    m.hidden.reverse();
    m.applied.retain(|(id, _)| !hidden(id));
    let mut listed: HashSet<(String, usize)> = m.hidden.iter().cloned().collect();
    let conflicts = std::mem::take(&mut m.conflicts);
    for c in conflicts {
        if !hidden(&c.question) {
            m.conflicts.push(c);
        } else if listed.insert((c.question.clone(), c.reply)) {
            m.hidden.push((c.question, c.reply));
        }
    }
}

/// Each merged answer records the form of the question it was given to: the
/// reply's own record, else the question as it is (the reply answers the same
/// version, which the caller made sure of).
fn fingerprint(q: &Questionnaire, m: &mut Merged, replies: &[Reply<'_>]) {
    let questions: HashMap<&str, &Question> = q.questions().map(|x| (x.id.as_str(), x)).collect();
    for (id, r) in &m.applied {
        let kept = replies[*r]
            .answers
            .questionnaire
            .fingerprints
            .get(id)
            .cloned();
        let now = || questions.get(id.as_str()).map(|x| digest::fingerprint(x));
        let Some(f) = kept.or_else(now) else {
            continue;
        };
        m.answers.questionnaire.fingerprints.insert(id.clone(), f);
    }
}

#[cfg(test)]
mod tests;
