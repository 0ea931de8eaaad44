//! Answers that move between files and people, as pure functions the commands
//! call: [`prefill`] (a new answers file from earlier ones), [`compare`] (two
//! assessments of one business), [`ask`] (the open questions one person can
//! answer) and [`merge`] (their reply, back into the answers file). Reading and
//! writing files is the commands' job (`cmd/`); rendering is `render/`.

pub mod ask;
pub mod compare;
pub mod merge;
pub mod prefill;

use crate::model::answers::{Answers, Value};

/// The date an answers file was answered (`respondent.date`), when it is a date.
pub fn answered_on(answers: &Answers) -> Option<&str> {
    answers
        .respondent
        .date
        .as_deref()
        .filter(|d| crate::date::is_date(d))
}

/// Whether two answers say the same thing: lists in any order, texts trimmed.
pub fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Multi(x), Value::Multi(y)) => {
            let (mut x, mut y) = (x.clone(), y.clone());
            x.sort();
            y.sort();
            x == y
        }
        (Value::Text(x), Value::Text(y)) => x.trim() == y.trim(),
        _ => a == b,
    }
}

#[cfg(test)]
mod tests;
