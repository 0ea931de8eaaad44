//! Random answers to a generated questionnaire: loose raw values
//! ([`ARaw`]) made to fit each question, and the answer that fully meets one.

use assure::model::YesNo;
use assure::model::answers::{Answer, Answers, Value};
use assure::yaml::Spanned;
use proptest::prelude::*;

use super::{Kind, QSpec, Spec};

/// One answer as drawn; [`answers`] makes it fit its question.
#[derive(Clone, Debug)]
pub struct ARaw {
    mode: u8,
    pick: u8,
    mask: u8,
    number: i16,
    text: String,
}

pub fn answers_raw() -> impl Strategy<Value = Vec<ARaw>> {
    let one = (
        0u8..10,
        any::<u8>(),
        any::<u8>(),
        -10i16..250,
        "[a-zA-Z :#\"'\\n-]{0,12}",
    )
        .prop_map(|(mode, pick, mask, number, text)| ARaw {
            mode,
            pick,
            mask,
            number,
            text,
        });
    prop::collection::vec(one, 20)
}

/// A valid value for question `q` drawn from `raw`: a real answer, `unknown`
/// (where allowed), `na` (where allowed) or nothing (unanswered).
fn value(q: &QSpec, raw: &ARaw) -> Option<Value> {
    match raw.mode {
        0 | 1 => return None,
        2 if q.allow_unknown => return Some(Value::Unknown),
        3 if q.allow_na => return Some(Value::Na),
        _ => {}
    }
    let n = usize::from(raw.pick);
    Some(match &q.kind {
        Kind::YesNo { .. } => Value::YesNo(if n % 2 == 0 { YesNo::Yes } else { YesNo::No }),
        Kind::Choice(s) => Value::Choice(format!("o{}", n % s.len())),
        Kind::Multi(s, exclusive) => {
            let mut chosen: Vec<String> = (0..s.len())
                .filter(|i| raw.mask & (1 << i) != 0)
                .map(|i| format!("o{i}"))
                .collect();
            if *exclusive && chosen.len() > 1 {
                chosen.retain(|o| *o != format!("o{}", s.len() - 1));
            }
            Value::Multi(chosen)
        }
        Kind::Number { min, max } => {
            Value::Number(f64::from(i32::from(raw.number).clamp(*min, *max)))
        }
        Kind::Text => Value::Text(raw.text.clone()),
    })
}

/// Answers to `spec` (question `i` takes `raw[i]`), as the model holds them.
pub fn answers(spec: &Spec, raw: &[ARaw]) -> Answers {
    let mut a = Answers::default();
    a.questionnaire.id = Spanned::new("generated".into());
    for (i, (q, r)) in spec.questions().zip(raw).enumerate() {
        if let Some(v) = value(q, r) {
            let mut answer = Answer::new(v);
            if r.mask.is_multiple_of(5) {
                answer.note = Some(r.text.clone());
            }
            a.answers.insert(format!("q{i}"), answer);
        }
    }
    a
}

/// The value that fully meets question `q`: `expect`, an option scoring 1, or
/// options adding up to at least 1. `None` for information-only questions.
pub fn fully_met(q: &QSpec) -> Option<Value> {
    if q.weight() == 0 {
        return None;
    }
    let o = |i: usize| format!("o{i}");
    match &q.kind {
        Kind::YesNo { expect } => Some(Value::YesNo(*expect)),
        Kind::Choice(s) => s.iter().position(|&x| x == 4).map(|i| Value::Choice(o(i))),
        Kind::Multi(s, exclusive) => {
            let together = if *exclusive { s.len() - 1 } else { s.len() };
            Some(Value::Multi((0..together).map(o).collect()))
        }
        Kind::Number { .. } | Kind::Text => None,
    }
}
