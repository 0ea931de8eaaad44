//! `when` conditions: they refer only to earlier questions that exist, with a
//! test that fits the question's type and values it can take (docs/formats.md,
//! "Conditions").

use std::collections::HashMap;

use crate::diagnostic::Collector;
use crate::diagnostic::kinds::When;
use crate::model::{
    Condition, Question, QuestionType, Questionnaire, RESERVED_VALUES, Section, Test, YesNo,
};
use crate::text::suggest::{did_you_mean, quoted_list};
use crate::yaml::{Span, Spanned};

/// Where each question is, for `when` checks: its position in the file and itself.
pub type Index<'q> = HashMap<&'q str, (usize, &'q Question)>;

/// With `complete` false, some questions failed to load: a reference to a question
/// that is not there is then not reported, since it may be one of those.
pub fn conditions(c: &mut Collector, q: &Questionnaire, index: &Index<'_>, complete: bool) {
    let mut position = 0;
    for section in &q.sections {
        if let Some(when) = &section.when {
            check_condition(
                c,
                when,
                position,
                index,
                WhenOwner::Section(section),
                complete,
            );
        }
        for question in &section.questions {
            if let Some(when) = &question.when {
                check_condition(
                    c,
                    when,
                    position,
                    index,
                    WhenOwner::Question(question),
                    complete,
                );
            }
            position += 1;
        }
    }
    // Whether the business has someone is known once every question is asked.
    for r in q.recipients.values() {
        check_condition(c, &r.when, position, index, WhenOwner::Recipient, complete);
    }
}

#[derive(Clone, Copy)]
enum WhenOwner<'a> {
    Section(&'a Section),
    Question(&'a Question),
    Recipient,
}

fn check_condition(
    c: &mut Collector,
    cond: &Spanned<Condition>,
    before: usize,
    index: &Index<'_>,
    owner: WhenOwner<'_>,
    complete: bool,
) {
    match &cond.value {
        Condition::All(list) | Condition::Any(list) => {
            for inner in list {
                check_condition(c, inner, before, index, owner, complete);
            }
        }
        Condition::Not(inner) => check_condition(c, inner, before, index, owner, complete),
        Condition::Test { question, test } => {
            let Some(&(position, target)) = index.get(question.as_str()) else {
                if !complete {
                    return;
                }
                c.error(
                    question.span,
                    When::UnknownQuestion {
                        question: question.value.clone(),
                    },
                )
                .help = did_you_mean(question, index.keys().copied());
                return;
            };
            if position >= before {
                let problem = match owner {
                    WhenOwner::Question(own) if own.id.as_str() == question.as_str() => {
                        When::Itself
                    }
                    WhenOwner::Section(s) if section_holds(s, question) => When::InsideSection {
                        question: question.value.clone(),
                    },
                    _ => When::Later {
                        question: question.value.clone(),
                        line: target.id.span.start.line,
                    },
                };
                c.error(question.span, problem).help =
                    Some("a condition may only use answers to questions asked before it".into());
                return;
            }
            check_test(c, test, target);
        }
    }
}

fn section_holds(section: &Section, id: &str) -> bool {
    section.questions.iter().any(|q| q.id.as_str() == id)
}

fn check_test(c: &mut Collector, test: &Test, target: &Question) {
    let kind = target.kind();
    let id = &target.id.value;
    let wrong_type = |c: &mut Collector,
                      span: Span,
                      test_name: &str,
                      works_with: &str,
                      instead: Option<&str>| {
        c.error(
            span,
            When::WrongTest {
                test: test_name.to_owned(),
                works_with: works_with.to_owned(),
                question: id.clone(),
                kind: kind.name().to_owned(),
            },
        )
        .help = instead.map(|s| format!("use `{s}`"));
    };
    match test {
        Test::Equals(v) => match kind {
            QuestionType::Multi => {
                wrong_type(c, v.key_span, "equals", "single answers", Some("includes"))
            }
            QuestionType::Number if v.parse::<f64>().is_err() => {
                c.error(
                    v.span,
                    When::NotANumber {
                        question: id.clone(),
                        value: v.value.clone(),
                    },
                );
            }
            QuestionType::Number | QuestionType::Text => {}
            _ => check_value(c, v, target),
        },
        Test::In(values) => match kind {
            QuestionType::YesNo | QuestionType::Choice => {
                for v in values {
                    check_value(c, v, target);
                }
            }
            QuestionType::Multi => {
                let at = values.first().map_or(Span::default(), |v| v.key_span);
                wrong_type(c, at, "in", "yes_no and choice questions", Some("any"));
            }
            _ => {
                let at = values.first().map_or(Span::default(), |v| v.key_span);
                wrong_type(c, at, "in", "yes_no and choice questions", None);
            }
        },
        Test::Includes(v) => match kind {
            QuestionType::Multi => check_value(c, v, target),
            QuestionType::YesNo | QuestionType::Choice => {
                wrong_type(c, v.key_span, "includes", "multi questions", Some("equals"));
            }
            _ => wrong_type(c, v.key_span, "includes", "multi questions", None),
        },
        Test::Range { at_least, at_most } => {
            let first = at_least.as_ref().or(at_most.as_ref());
            if kind != QuestionType::Number {
                if let Some(v) = first {
                    wrong_type(c, v.key_span, "at_least", "number questions", None);
                }
            } else if let (Some(lo), Some(hi)) = (at_least, at_most)
                && lo.value > hi.value
            {
                c.error(
                    hi.span,
                    When::NeverInRange {
                        at_most: hi.value,
                        at_least: lo.value,
                    },
                );
            }
        }
        Test::Answered(_) => {}
    }
}

/// An answer value named in a condition must exist for the question's type.
fn check_value(c: &mut Collector, v: &Spanned<String>, target: &Question) {
    let id = &target.id.value;
    if RESERVED_VALUES.contains(&v.as_str()) {
        c.error(
            v.span,
            When::NotARealAnswer {
                value: v.value.clone(),
            },
        )
        .help = Some(
            "\"I don't know\" and \"not applicable\" make every condition on the question false"
                .into(),
        );
        return;
    }
    match target.kind() {
        QuestionType::YesNo => {
            if YesNo::parse(v).is_none() {
                c.error(
                    v.span,
                    When::NotYesOrNo {
                        question: id.clone(),
                        value: v.value.clone(),
                    },
                )
                .help = Some("use `yes` or `no`".into());
            }
        }
        _ => {
            if target.option(v).is_none() {
                let values: Vec<&str> = target.options().iter().map(|o| o.value.as_str()).collect();
                c.error(
                    v.span,
                    When::NotAnOption {
                        value: v.value.clone(),
                        question: id.clone(),
                    },
                )
                .help = did_you_mean(v, values.iter().copied())
                    .or_else(|| Some(format!("its options are {}", quoted_list(&values))));
            }
        }
    }
}
