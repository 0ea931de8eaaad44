//! Evaluating `when` conditions (docs/formats.md, "Conditions") and which
//! questions are asked.
//!
//! A condition on a question that is unanswered, `unknown`, `na` or itself
//! hidden is false, and `not` of it is true. `answered: false` is the negation
//! of `answered: true`: it holds when the question has no real answer.
//!
//! Conditions only refer to earlier questions (the validator makes sure), so
//! one pass in file order decides every question.

mod possible;
pub mod words;

pub use possible::possible;

use std::collections::HashMap;

use crate::model::answers::{Answers, Value};
use crate::model::{Condition, Questionnaire, Test, YesNo};

/// Which sections and questions are asked, given the answers so far.
#[derive(Clone, Debug, PartialEq)]
pub struct Visibility {
    /// One entry per question, in file order.
    questions: Vec<bool>,
    /// One entry per section.
    sections: Vec<bool>,
}

impl Visibility {
    /// Whether the question at `index` (in file order) is asked.
    pub fn question(&self, index: usize) -> bool {
        self.questions.get(index).copied().unwrap_or(false)
    }

    pub fn section(&self, index: usize) -> bool {
        self.sections.get(index).copied().unwrap_or(false)
    }

    /// The condition that hides the question at `index`, if one does.
    pub fn reason<'q>(&self, q: &'q Questionnaire, index: usize) -> Option<&'q Condition> {
        let mut i = 0;
        for (s, section) in q.sections.iter().enumerate() {
            for question in &section.questions {
                if i == index {
                    if !self.section(s) {
                        return section.when.as_ref().map(|w| &w.value);
                    }
                    return question.when.as_ref().map(|w| &w.value);
                }
                i += 1;
            }
        }
        None
    }
}

/// Decides, in file order, which sections and questions are asked.
pub fn visibility(q: &Questionnaire, answers: &Answers) -> Visibility {
    let mut shown: HashMap<&str, bool> = HashMap::new();
    let mut questions = Vec::new();
    let mut sections = Vec::new();
    for section in &q.sections {
        let section_shown = section
            .when
            .as_ref()
            .is_none_or(|w| holds(&w.value, answers, &shown));
        sections.push(section_shown);
        for question in &section.questions {
            let asked = section_shown
                && question
                    .when
                    .as_ref()
                    .is_none_or(|w| holds(&w.value, answers, &shown));
            shown.insert(&question.id, asked);
            questions.push(asked);
        }
    }
    Visibility {
        questions,
        sections,
    }
}

/// Whether `cond` holds. `shown` tells which earlier questions are asked.
pub fn holds(cond: &Condition, answers: &Answers, shown: &HashMap<&str, bool>) -> bool {
    match cond {
        Condition::All(list) => list.iter().all(|c| holds(c, answers, shown)),
        Condition::Any(list) => list.iter().any(|c| holds(c, answers, shown)),
        Condition::Not(c) => !holds(c, answers, shown),
        Condition::Test { question, test } => {
            let asked = shown.get(question.as_str()).copied().unwrap_or(false);
            let value = if asked {
                answers.value(question)
            } else {
                &Value::Unanswered
            };
            if let Test::Answered(wanted) = test {
                return value.is_real() == *wanted;
            }
            value.is_real() && test_holds(test, value)
        }
    }
}

fn test_holds(test: &Test, value: &Value) -> bool {
    let same = |expected: &str| match value {
        Value::YesNo(v) => YesNo::parse(expected) == Some(*v),
        Value::Choice(v) => v == expected,
        Value::Number(n) => expected.parse::<f64>().is_ok_and(|e| e == *n),
        Value::Text(t) => t == expected,
        _ => false,
    };
    match test {
        Test::Equals(v) => same(v),
        Test::In(values) => values.iter().any(|v| same(v)),
        Test::Includes(v) => {
            matches!(value, Value::Multi(chosen) if chosen.iter().any(|c| c == v.as_str()))
        }
        Test::Range { at_least, at_most } => match value {
            Value::Number(n) => {
                at_least.as_ref().is_none_or(|lo| *n >= lo.value)
                    && at_most.as_ref().is_none_or(|hi| *n <= hi.value)
            }
            _ => false,
        },
        Test::Answered(_) => value.is_real(),
    }
}

pub mod check;

#[cfg(test)]
mod tests;
