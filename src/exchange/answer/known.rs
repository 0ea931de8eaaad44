//! The questions a supplier has answered, as the matcher takes them: every
//! question asked (not hidden by a condition) with a real answer, "I don't
//! know" or "not applicable".

use crate::condition;
use crate::exchange::matcher::{Form, Given, Known, Opt};
use crate::model::answers::{Answers, Value};
use crate::model::{Question, QuestionType, Questionnaire, YesNo};

fn form(q: &Question) -> Form {
    let opts = || {
        q.options()
            .iter()
            .map(|o| Opt {
                value: o.value.value.clone(),
                label: o.label.value.clone(),
                score: q.is_scored().then(|| o.score()),
            })
            .collect()
    };
    match q.kind() {
        QuestionType::YesNo => Form::YesNo {
            negative: q.is_scored().then(|| q.expected_answer() == YesNo::No),
        },
        QuestionType::Choice => Form::Choice(opts()),
        QuestionType::Multi => Form::Multi(opts()),
        QuestionType::Number => Form::Number,
        QuestionType::Text => Form::Text,
    }
}

fn given(v: &Value) -> Option<Given> {
    Some(match v {
        Value::YesNo(YesNo::Yes) => Given::Yes,
        Value::YesNo(YesNo::No) => Given::No,
        Value::Choice(c) => Given::Choice(c.clone()),
        Value::Multi(m) => Given::Multi(m.clone()),
        Value::Number(n) => Given::Number(*n),
        Value::Text(t) => Given::Text(t.clone()),
        Value::Unknown => Given::Unknown,
        Value::Na => Given::Na,
        Value::Unanswered => return None,
    })
}

/// The answered questions of `answers` (to `q`), with each one's question id,
/// in the questionnaire's order.
pub fn known(q: &Questionnaire, answers: &Answers) -> Vec<(Known, String)> {
    let shown = condition::visibility(q, answers);
    q.questions()
        .enumerate()
        .filter(|(i, _)| shown.question(*i))
        .filter_map(|(_, x)| {
            let g = given(answers.value(&x.id.value))?;
            let k = Known {
                key: format!("{}/{}", q.id.value, x.id.value),
                text: x.text.value.clone(),
                form: form(x),
                given: g,
            };
            Some((k, x.id.value.clone()))
        })
        .collect()
}
