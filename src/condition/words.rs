//! A condition in words, for people who read a form rather than YAML: "you
//! answered \"Yes\" to question 2", with questions by their number.

use std::collections::HashMap;

use crate::model::{Condition, Question, QuestionType, Questionnaire, Test, YesNo};
use crate::text::number::number;

/// Question numbers by id, counting from 1 in file order.
pub type Numbers<'q> = HashMap<&'q str, usize>;

pub fn numbers(q: &Questionnaire) -> Numbers<'_> {
    q.questions()
        .enumerate()
        .map(|(i, x)| (x.id.as_str(), i + 1))
        .collect()
}

fn label(q: &Question, value: &str) -> String {
    match q.kind() {
        QuestionType::YesNo => match YesNo::parse(value) {
            Some(YesNo::Yes) => "Yes".into(),
            Some(YesNo::No) => "No".into(),
            None => value.into(),
        },
        _ => q
            .option(value)
            .map_or_else(|| value.to_owned(), |o| o.label.value.clone()),
    }
}

/// The same, with labels made safe by `esc` for where they are shown.
pub fn condition_words(
    c: &Condition,
    q: &Questionnaire,
    n: &Numbers<'_>,
    esc: &dyn Fn(&str) -> String,
) -> String {
    let words = |c: &Condition, q: &Questionnaire, n: &Numbers<'_>| condition_words(c, q, n, esc);
    let inline = esc;
    match c {
        Condition::All(list) => list
            .iter()
            .map(|c| words(c, q, n))
            .collect::<Vec<_>>()
            .join(", and "),
        Condition::Any(list) => list
            .iter()
            .map(|c| words(c, q, n))
            .collect::<Vec<_>>()
            .join(", or "),
        Condition::Not(inner) => format!("it is not the case that {}", words(inner, q, n)),
        Condition::Test { question, test } => {
            let Some(target) = q.question(question) else {
                return question.value.clone();
            };
            let num = n.get(question.as_str()).copied().unwrap_or(0);
            match test {
                Test::Equals(v) => format!(
                    "you answered \"{}\" to question {num}",
                    inline(&label(target, v))
                ),
                Test::In(values) => {
                    let labels: Vec<String> = values
                        .iter()
                        .map(|v| format!("\"{}\"", inline(&label(target, v))))
                        .collect();
                    format!("you answered {} to question {num}", labels.join(" or "))
                }
                Test::Includes(v) => format!(
                    "you ticked \"{}\" in question {num}",
                    inline(&label(target, v))
                ),
                Test::Range { at_least, at_most } => match (at_least, at_most) {
                    (Some(lo), Some(hi)) => format!(
                        "your answer to question {num} is from {} to {}",
                        number(lo.value),
                        number(hi.value)
                    ),
                    (Some(lo), None) => format!(
                        "your answer to question {num} is at least {}",
                        number(lo.value)
                    ),
                    (None, Some(hi)) => format!(
                        "your answer to question {num} is at most {}",
                        number(hi.value)
                    ),
                    (None, None) => format!("you answered question {num}"),
                },
                Test::Answered(true) => format!("you answered question {num}"),
                Test::Answered(false) => format!("you did not answer question {num}"),
            }
        }
    }
}
