//! The interactive walk as a state machine, with no terminal in sight.
//!
//! A [`Session`] holds the questionnaire, the answers so far and a cursor on the
//! question being asked. Which questions are asked is recomputed from the answers
//! after every change ([`condition::visibility`]), so answering "no" to a question
//! that others depend on hides them, and changing it back brings them back.
//!
//! Answers to questions that become hidden are kept, in memory and in the
//! file, so that changing one's mind back restores them; they do not count,
//! since scoring asks the same conditions. [`Session::answer`] says which
//! answered questions a change hides or brings back, so the walk can say so.
//!
//! The session also remembers what changed since the last save (to carry it
//! over when the file is reloaded from disk), and which saved answers must be
//! asked again because their question changed since they were given.

use std::collections::HashSet;

use indexmap::IndexSet;

use crate::condition;
use crate::model::answers::{Answer, Answers, Respondent, Value};
use crate::model::{Question, QuestionType, Questionnaire};

/// Where the respondent is: "Protect · 12 answered, up to 26 to go". The
/// count to go includes the follow-up questions that may yet be asked (their
/// condition waits for an answer), so that it never jumps up as they appear:
/// it only falls, by one for each answer and by more when an answer rules
/// follow-ups out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress<'q> {
    /// The title of the current question's section.
    pub section: &'q str,
    pub answered: usize,
    /// Questions with no answer yet, the current one included, and those that
    /// may yet be asked.
    pub to_go: usize,
    /// How many of `to_go` may yet be asked, or not: "up to".
    pub maybe: usize,
}

impl Progress<'_> {
    /// "12 answered, up to 26 to go".
    pub fn counts(&self) -> String {
        let up_to = if self.maybe > 0 { "up to " } else { "" };
        format!("{} answered, {up_to}{} to go", self.answered, self.to_go)
    }
}

impl std::fmt::Display for Progress<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} · {}", self.section, self.counts())
    }
}

/// What an answer changed in which questions are asked: the answered ones it
/// hid, and the answered ones it brought back.
#[derive(Debug, Default)]
pub struct Changed<'q> {
    pub hidden: Vec<&'q Question>,
    pub back: Vec<&'q Question>,
}

/// Why an answer was refused. The walk only offers valid answers, so these are
/// programming errors, reported instead of panicking.
#[derive(Debug, PartialEq, thiserror::Error)]
pub enum Refused {
    #[error("`{0}` is not a question of this questionnaire")]
    NoSuchQuestion(String),
    #[error("`{0}` is not asked, given the answers so far")]
    NotAsked(String),
    #[error("that answer does not fit the question `{0}`")]
    DoesNotFit(String),
}

pub struct Session<'q> {
    q: &'q Questionnaire,
    answers: Answers,
    /// Every question in file order, with its section's title.
    questions: Vec<(&'q str, &'q Question)>,
    /// Whether each question (same order) is asked, given the answers.
    visible: Vec<bool>,
    /// Whether each question is asked or may yet be (see [`condition::possible`]).
    possible: Vec<bool>,
    /// The question being asked (index into `questions`); `None` past the last.
    cursor: Option<usize>,
    /// Questions whose saved answer is asked again (their question changed).
    recheck: HashSet<String>,
    /// Of those, the ones where nothing tells whether the question changed
    /// (an earlier file with neither fingerprints nor question comments).
    unchecked: HashSet<String>,
    /// Answers changed since the last save, by question id.
    changed: IndexSet<String>,
    /// Whether the respondent details changed since the last save.
    respondent_changed: bool,
    /// Answers carried from earlier files, not confirmed yet (see [`carried`]).
    unconfirmed: HashSet<String>,
    /// Whether the walk has moved on to confirming carried answers.
    confirming: bool,
    /// A carried answer older than this many days is flagged.
    max_age_days: u32,
    /// Earlier answers that were not carried but had a note, by question id.
    last_notes: std::collections::HashMap<String, carried::LastNote>,
}

impl<'q> Session<'q> {
    /// A session on `answers` (empty, or loaded to resume), positioned at the
    /// first asked question that has no answer yet.
    pub fn new(q: &'q Questionnaire, answers: Answers) -> Self {
        let questions = q
            .sections
            .iter()
            .flat_map(|s| s.questions.iter().map(move |x| (s.title.as_str(), x)))
            .collect();
        let mut session = Session {
            q,
            answers,
            questions,
            visible: Vec::new(),
            possible: Vec::new(),
            cursor: None,
            recheck: HashSet::new(),
            unchecked: HashSet::new(),
            changed: IndexSet::new(),
            respondent_changed: false,
            unconfirmed: HashSet::new(),
            confirming: false,
            max_age_days: 365,
            last_notes: std::collections::HashMap::new(),
        };
        session.recompute();
        session.cursor = session.first_unanswered();
        session
    }

    /// Marks saved answers to be asked again, and goes to the first question
    /// to answer.
    pub fn recheck(&mut self, ids: impl IntoIterator<Item = String>) {
        self.recheck.extend(ids);
        self.cursor = self.first_unanswered();
    }

    /// Marks answers to be asked again for which nothing tells whether their
    /// question changed.
    pub fn mark_unchecked(&mut self, ids: impl IntoIterator<Item = String>) {
        self.unchecked.extend(ids);
    }

    /// Whether nothing tells if the question `id` changed since its answer.
    pub fn is_unchecked(&self, id: &str) -> bool {
        self.unchecked.contains(id)
    }

    /// Whether the answer to `id` is to be asked again.
    pub fn is_rechecked(&self, id: &str) -> bool {
        self.recheck.contains(id)
    }

    /// How many saved answers to questions asked now are still to be asked
    /// again.
    pub fn rechecks_left(&self) -> usize {
        self.recheck
            .iter()
            .filter(|id| self.index_of(id).is_some_and(|i| self.visible[i]))
            .count()
    }

    /// Puts other answers in place (the file, reloaded), keeping the cursor.
    pub fn replace_answers(&mut self, answers: Answers) {
        self.answers = answers;
        self.recompute();
        if let Some(c) = self.cursor
            && !self.visible[c]
        {
            self.cursor = self.after(c);
        }
    }

    /// The answers changed since the last save, and whether the respondent
    /// details did.
    pub fn unsaved(&self) -> (&IndexSet<String>, bool) {
        (&self.changed, self.respondent_changed)
    }

    /// Called once the file holds everything.
    pub fn mark_saved(&mut self) {
        self.changed.clear();
        self.respondent_changed = false;
    }

    pub fn questionnaire(&self) -> &'q Questionnaire {
        self.q
    }

    /// Every answer given, including those to questions now hidden.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    pub fn respondent_mut(&mut self) -> &mut Respondent {
        self.respondent_changed = true;
        &mut self.answers.respondent
    }

    /// Sets which questionnaire the answers are for (its id, version and
    /// digest); the fingerprints of the questions answered are kept.
    pub fn set_questionnaire(&mut self, r: crate::model::answers::QuestionnaireRef) {
        let fingerprints = std::mem::take(&mut self.answers.questionnaire.fingerprints);
        self.answers.questionnaire = crate::model::answers::QuestionnaireRef { fingerprints, ..r };
    }

    fn recompute(&mut self) {
        let v = condition::visibility(self.q, &self.answers);
        self.visible = (0..self.questions.len()).map(|i| v.question(i)).collect();
        self.possible = condition::possible(self.q, &self.answers);
    }

    fn index_of(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|(_, q)| q.id.as_str() == id)
    }

    fn is_answered(&self, i: usize) -> bool {
        let id = &self.questions[i].1.id;
        self.answers.value(id).is_answered() && !self.recheck.contains(id.as_str())
    }

    /// The first asked question without an answer; when there is none, the
    /// first carried answer to confirm.
    fn first_unanswered(&self) -> Option<usize> {
        (0..self.questions.len())
            .find(|&i| self.visible[i] && !self.is_answered(i))
            .or_else(|| self.first_unconfirmed())
    }

    /// The question being asked, or `None` when the walk is past the last one.
    pub fn current(&self) -> Option<&'q Question> {
        self.cursor.map(|i| self.questions[i].1)
    }

    /// The current question's section, and how many questions are answered
    /// and to go (carried answers to confirm among them).
    pub fn progress(&self) -> Option<Progress<'q>> {
        let i = self.cursor?;
        let (asked, _) = self.counts();
        let left = self.unanswered() + self.unconfirmed_left();
        let maybe = self.maybe();
        Some(Progress {
            section: self.questions[i].0,
            answered: asked - left,
            to_go: left + maybe,
            maybe,
        })
    }

    /// Questions not asked now that may yet be, when a question they depend
    /// on is answered.
    pub fn maybe(&self) -> usize {
        (0..self.questions.len())
            .filter(|&i| self.possible[i] && !self.visible[i])
            .count()
    }

    /// The questions asked now, in order, with their section titles.
    pub fn visible(&self) -> impl Iterator<Item = (&'q str, &'q Question)> + '_ {
        self.questions
            .iter()
            .zip(&self.visible)
            .filter(|(_, v)| **v)
            .map(|(x, _)| *x)
    }

    /// How many questions are asked now, and how many there are in all.
    pub fn counts(&self) -> (usize, usize) {
        let asked = self.visible.iter().filter(|v| **v).count();
        (asked, self.questions.len())
    }

    /// Asked questions that have no answer yet.
    pub fn unanswered(&self) -> usize {
        (0..self.questions.len())
            .filter(|&i| self.visible[i] && !self.is_answered(i))
            .count()
    }

    /// Records an answer (keeping the note and evidence the old one had) and
    /// recomputes which questions are asked; says which answered questions
    /// that hid or brought back. The cursor does not move: see [`Session::next`].
    pub fn answer(&mut self, id: &str, value: Value) -> Result<Changed<'q>, Refused> {
        let i = self.asked(id)?;
        if !fits(self.questions[i].1, &value) {
            return Err(Refused::DoesNotFit(id.to_owned()));
        }
        let before = self.visible.clone();
        let mut answer = Answer::new(value);
        if let Some(old) = self.answers.get(id) {
            answer.note.clone_from(&old.note);
            answer.evidence.clone_from(&old.evidence);
        }
        self.answers.answers.insert(id.to_owned(), answer);
        // The answer is given to the question as it is now.
        self.answers.questionnaire.fingerprints.insert(
            id.to_owned(),
            crate::digest::fingerprint(self.questions[i].1),
        );
        self.recheck.remove(id);
        self.unconfirmed.remove(id);
        self.changed.insert(id.to_owned());
        self.recompute();
        // An answer elsewhere may hide the question under the cursor.
        if let Some(c) = self.cursor
            && !self.visible[c]
        {
            self.cursor = self.after(c);
        }
        let mut changed = Changed::default();
        for (j, (was, is)) in before.iter().zip(&self.visible).enumerate() {
            let q = self.questions[j].1;
            if was != is && self.answers.value(&q.id).is_answered() {
                if *is {
                    &mut changed.back
                } else {
                    &mut changed.hidden
                }
                .push(q);
            }
        }
        Ok(changed)
    }

    /// Sets or clears the note on the answer to `id` (a question with no
    /// answer yet can hold a note).
    pub fn note(&mut self, id: &str, note: Option<String>) -> Result<(), Refused> {
        self.asked(id)?;
        let answer = self
            .answers
            .answers
            .entry(id.to_owned())
            .or_insert_with(|| Answer::new(Value::Unanswered));
        answer.note = note;
        if answer.note.is_none() && !answer.value.is_answered() && answer.evidence.is_empty() {
            self.answers.answers.shift_remove(id);
        }
        self.changed.insert(id.to_owned());
        Ok(())
    }

    /// The index of `id`, if it is asked now.
    fn asked(&self, id: &str) -> Result<usize, Refused> {
        let i = self
            .index_of(id)
            .ok_or_else(|| Refused::NoSuchQuestion(id.to_owned()))?;
        if self.visible[i] {
            Ok(i)
        } else {
            Err(Refused::NotAsked(id.to_owned()))
        }
    }

    /// The first asked question after index `i`.
    fn after(&self, i: usize) -> Option<usize> {
        (i + 1..self.questions.len()).find(|&j| self.visible[j])
    }

    /// Moves to the next asked question, or past the last one.
    pub fn next(&mut self) {
        self.cursor = self.cursor.and_then(|i| self.after(i));
    }

    /// Leaves the current question unanswered and moves on.
    pub fn skip(&mut self) {
        self.next();
    }

    /// Moves to the next asked question that has no answer (or, once they
    /// are all answered, a carried answer to confirm), or past the last one.
    pub fn next_unanswered(&mut self) {
        // While confirming carried answers, only those: questions left without
        // an answer are offered again by the review.
        let gap = |j: usize| {
            let id = self.questions[j].1.id.as_str();
            self.visible[j]
                && if self.confirming {
                    self.unconfirmed.contains(id)
                } else {
                    !self.is_answered(j)
                }
        };
        let next = self
            .cursor
            .and_then(|i| (i + 1..self.questions.len()).find(|&j| gap(j)));
        self.cursor = match next {
            Some(j) => Some(j),
            None if !self.confirming && self.cursor.is_some() => {
                let first = self.first_unconfirmed();
                self.confirming = first.is_some();
                first
            }
            None => None,
        };
    }

    /// Moves to the previous asked question; from past the end, to the last one.
    /// Returns false (and stays) at the first question.
    pub fn back(&mut self) -> bool {
        let end = self.cursor.unwrap_or(self.questions.len());
        match (0..end).rev().find(|&j| self.visible[j]) {
            Some(j) => {
                self.cursor = Some(j);
                true
            }
            None => false,
        }
    }

    /// Whether there is an asked question before the current one.
    pub fn can_go_back(&self) -> bool {
        let end = self.cursor.unwrap_or(self.questions.len());
        self.visible[..end].iter().any(|v| *v)
    }

    /// Goes to the question `id`, if it is asked now.
    pub fn jump(&mut self, id: &str) -> bool {
        match self.index_of(id) {
            Some(i) if self.visible[i] => {
                self.cursor = Some(i);
                true
            }
            _ => false,
        }
    }

    /// Goes to the first asked question without an answer (else the first
    /// carried answer to confirm), if there is one.
    pub fn jump_to_first_unanswered(&mut self) -> bool {
        let first = self.first_unanswered();
        self.confirming = first.is_some_and(|i| self.is_answered(i));
        if first.is_some() {
            self.cursor = first;
        }
        first.is_some()
    }

    /// Moves past the last question, to the review.
    pub fn finish(&mut self) {
        self.cursor = None;
    }

    /// Whether every question asked now has an answer (of any kind).
    pub fn is_complete(&self) -> bool {
        self.unanswered() == 0
    }
}

/// Whether `value` is an answer `q` accepts.
pub fn fits(q: &Question, value: &Value) -> bool {
    match (q.kind(), value) {
        (_, Value::Unknown) => q.allow_unknown,
        (_, Value::Na) => q.allows_na(),
        (_, Value::Unanswered) => true,
        (QuestionType::YesNo, Value::YesNo(_)) => true,
        (QuestionType::Choice, Value::Choice(c)) => q.option(c).is_some(),
        (QuestionType::Multi, Value::Multi(list)) => {
            list.iter().all(|c| q.option(c).is_some())
                && (list.len() < 2
                    || list
                        .iter()
                        .all(|c| q.option(c).is_some_and(|o| !o.exclusive.value)))
        }
        (QuestionType::Number, Value::Number(n)) => {
            n.is_finite()
                && q.min.as_ref().is_none_or(|m| *n >= m.value)
                && q.max.as_ref().is_none_or(|m| *n <= m.value)
        }
        (QuestionType::Text, Value::Text(_)) => true,
        _ => false,
    }
}

mod carried;

pub use carried::LastNote;

#[cfg(test)]
mod tests;
