//! Evaluating `when` conditions (formats.md §3) and which questions are asked.
//!
//! A condition on a question that is unanswered, `unknown`, `na` or itself hidden
//! is false, and `not` of it is true. `answered: false` is the negation of
//! `answered: true`: it holds when the question has no real answer.
//!
//! Conditions only refer to earlier questions (the validator makes sure), so one
//! pass in file order decides every question.

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::Answer;
    use crate::testing::questionnaire;

    fn answers(list: &[(&str, Value)]) -> Answers {
        let mut a = Answers::default();
        for (id, v) in list {
            a.answers.insert((*id).to_string(), Answer::new(v.clone()));
        }
        a
    }

    const Q: &str = r"
id: t
title: T
version: 1.0.0
sections:
  - id: a
    title: A
    questions:
      - { id: cloud, text: Cloud?, weight: 0 }
      - id: size
        text: Staff?
        type: number
      - id: devices
        text: Devices?
        type: multi
        weight: 0
        options: [{ value: laptops, label: Laptops }, { value: phones, label: Phones }]
      - id: backup
        text: Backups?
        type: choice
        weight: 0
        options: [{ value: daily, label: Daily, score: 1 }, { value: never, label: Never }]
      - { id: q-equals, text: x, weight: 0, when: { question: cloud, equals: yes } }
      - { id: q-in, text: x, weight: 0, when: { question: backup, in: [daily, weekly-not-real] } }
      - { id: q-includes, text: x, weight: 0, when: { question: devices, includes: laptops } }
      - { id: q-range, text: x, weight: 0, when: { question: size, at_least: 10, at_most: 50 } }
      - { id: q-answered, text: x, weight: 0, when: { question: size, answered: true } }
      - { id: q-not, text: x, weight: 0, when: { not: { question: cloud, equals: yes } } }
      - { id: q-chain, text: x, weight: 0, when: { question: q-equals, equals: yes } }
  - id: b
    title: B
    when: { any: [ { question: cloud, equals: yes }, { question: size, at_least: 100 } ] }
    questions:
      - { id: in-b, text: x, weight: 0 }
";

    fn shown(a: &Answers) -> Vec<(String, bool)> {
        let q = questionnaire(Q.replace("weekly-not-real", "never").as_str());
        let v = visibility(&q, a);
        q.questions()
            .enumerate()
            .map(|(i, x)| (x.id.value.clone(), v.question(i)))
            .collect()
    }

    fn is_shown(a: &Answers, id: &str) -> bool {
        shown(a).into_iter().find(|(x, _)| x == id).unwrap().1
    }

    #[test]
    fn each_test_kind() {
        let a = answers(&[
            ("cloud", Value::YesNo(YesNo::Yes)),
            ("size", Value::Number(12.0)),
            ("devices", Value::Multi(vec!["laptops".into()])),
            ("backup", Value::Choice("daily".into())),
        ]);
        for id in [
            "q-equals",
            "q-in",
            "q-includes",
            "q-range",
            "q-answered",
            "in-b",
        ] {
            assert!(is_shown(&a, id), "{id} should be shown");
        }
        assert!(!is_shown(&a, "q-not"));
    }

    #[test]
    fn unknown_na_and_unanswered_make_a_condition_false_and_not_true() {
        for v in [Value::Unknown, Value::Na, Value::Unanswered] {
            let a = answers(&[("cloud", v.clone()), ("size", v.clone())]);
            assert!(!is_shown(&a, "q-equals"), "{v:?}");
            assert!(is_shown(&a, "q-not"), "{v:?}");
            assert!(!is_shown(&a, "q-answered"), "{v:?}");
            assert!(!is_shown(&a, "in-b"), "{v:?}");
        }
    }

    #[test]
    fn a_condition_on_a_hidden_question_is_false() {
        // q-equals is hidden when cloud is "no", even if it was answered "yes" earlier.
        let a = answers(&[
            ("cloud", Value::YesNo(YesNo::No)),
            ("q-equals", Value::YesNo(YesNo::Yes)),
        ]);
        assert!(!is_shown(&a, "q-equals"));
        assert!(!is_shown(&a, "q-chain"));
        let a = answers(&[
            ("cloud", Value::YesNo(YesNo::Yes)),
            ("q-equals", Value::YesNo(YesNo::Yes)),
        ]);
        assert!(is_shown(&a, "q-chain"));
    }

    #[test]
    fn ranges_are_inclusive_and_sections_combine_with_any() {
        for (n, expect) in [(9.0, false), (10.0, true), (50.0, true), (51.0, false)] {
            let a = answers(&[("size", Value::Number(n))]);
            assert_eq!(is_shown(&a, "q-range"), expect, "{n}");
        }
        let a = answers(&[
            ("cloud", Value::YesNo(YesNo::No)),
            ("size", Value::Number(150.0)),
        ]);
        assert!(is_shown(&a, "in-b"));
    }
}
