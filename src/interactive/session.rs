//! The interactive walk as a state machine, with no terminal in sight.
//!
//! A [`Session`] holds the questionnaire, the answers so far and a cursor on the
//! question being asked. Which questions are asked is recomputed from the answers
//! after every change ([`condition::visibility`]), so answering "no" to a question
//! that others depend on hides them, and changing it back brings them back.
//!
//! Answers to questions that become hidden stay in memory for the rest of the
//! sitting, so that changing one's mind back restores them; [`Session::to_save`]
//! leaves them out of the file, since a report would only ignore them with a
//! warning.

use crate::condition;
use crate::model::answers::{Answer, Answers, Value};
use crate::model::{Question, QuestionType, Questionnaire};

/// Where the respondent is: "Protect · 12 of 38".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress<'q> {
    /// The title of the current question's section.
    pub section: &'q str,
    /// 1-based position among the questions asked now.
    pub index: usize,
    /// How many questions are asked now, given the answers so far.
    pub total: usize,
}

impl std::fmt::Display for Progress<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} · {} of {}", self.section, self.index, self.total)
    }
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
    /// The question being asked (index into `questions`); `None` past the last.
    cursor: Option<usize>,
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
            cursor: None,
        };
        session.recompute();
        session.cursor = session.first_unanswered();
        session
    }

    pub fn questionnaire(&self) -> &'q Questionnaire {
        self.q
    }

    /// Every answer given, including those to questions now hidden.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    pub fn respondent_mut(&mut self) -> &mut crate::model::answers::Respondent {
        &mut self.answers.respondent
    }

    /// What the answers file holds: the answers to the questions asked now.
    pub fn to_save(&self) -> Answers {
        let mut saved = Answers {
            questionnaire: self.answers.questionnaire.clone(),
            respondent: self.answers.respondent.clone(),
            answers: Default::default(),
        };
        for (id, answer) in &self.answers.answers {
            let asked = self.index_of(id).is_none_or(|i| self.visible[i]);
            if asked {
                saved.answers.insert(id.clone(), answer.clone());
            }
        }
        saved
    }

    fn recompute(&mut self) {
        let v = condition::visibility(self.q, &self.answers);
        self.visible = (0..self.questions.len()).map(|i| v.question(i)).collect();
    }

    fn index_of(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|(_, q)| q.id.as_str() == id)
    }

    fn is_answered(&self, i: usize) -> bool {
        self.answers.value(&self.questions[i].1.id).is_answered()
    }

    fn first_unanswered(&self) -> Option<usize> {
        (0..self.questions.len()).find(|&i| self.visible[i] && !self.is_answered(i))
    }

    /// The question being asked, or `None` when the walk is past the last one.
    pub fn current(&self) -> Option<&'q Question> {
        self.cursor.map(|i| self.questions[i].1)
    }

    /// Where the current question stands among the questions asked now.
    pub fn progress(&self) -> Option<Progress<'q>> {
        let i = self.cursor?;
        Some(Progress {
            section: self.questions[i].0,
            index: self.visible[..=i].iter().filter(|v| **v).count(),
            total: self.visible.iter().filter(|v| **v).count(),
        })
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

    /// Records an answer (keeping any evidence the old one had) and recomputes
    /// which questions are asked. The cursor does not move: see [`Session::next`].
    pub fn answer(&mut self, id: &str, value: Value, note: Option<String>) -> Result<(), Refused> {
        let i = self
            .index_of(id)
            .ok_or_else(|| Refused::NoSuchQuestion(id.to_owned()))?;
        if !self.visible[i] {
            return Err(Refused::NotAsked(id.to_owned()));
        }
        if !fits(self.questions[i].1, &value) {
            return Err(Refused::DoesNotFit(id.to_owned()));
        }
        let evidence = self
            .answers
            .get(id)
            .map(|a| a.evidence.clone())
            .unwrap_or_default();
        let mut answer = Answer::new(value);
        answer.note = note;
        answer.evidence = evidence;
        self.answers.answers.insert(id.to_owned(), answer);
        // The answer is given to the question as it is now.
        self.answers.questionnaire.fingerprints.insert(
            id.to_owned(),
            crate::digest::fingerprint(self.questions[i].1),
        );
        self.recompute();
        // An answer elsewhere may hide the question under the cursor.
        if let Some(c) = self.cursor
            && !self.visible[c]
        {
            self.cursor = self.after(c);
        }
        Ok(())
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

    /// Moves to the next asked question that has no answer, or past the last one.
    pub fn next_unanswered(&mut self) {
        self.cursor = self.cursor.and_then(|i| {
            (i + 1..self.questions.len()).find(|&j| self.visible[j] && !self.is_answered(j))
        });
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

    /// Goes to the first asked question without an answer, if there is one.
    pub fn jump_to_first_unanswered(&mut self) -> bool {
        let first = self.first_unanswered();
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

#[cfg(test)]
mod tests;
