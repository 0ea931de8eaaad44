//! Number and text questions: a line to type; an empty Enter opens the other
//! choices.

use std::io;

use super::{Action, Asked, MAX_TEXT, Reply, TYPE_IT, act, action_keys, extras};
use crate::interactive::prompt::Refused;
use crate::interactive::prompt::{Entry, Menu, Picked, Prompter};
use crate::model::answers::Value;
use crate::model::{Question, QuestionType};
use crate::text::number::number;
use crate::text::plain;

/// Parses a typed number, or says what is wrong with it in plain words.
pub fn parse_number(q: &Question, s: &str) -> Result<f64, Refused> {
    let n = s
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .ok_or(Refused::NotANumber)?;
    if let Some(min) = &q.min
        && n < min.value
    {
        return Err(Refused::Below(number(min.value)));
    }
    if let Some(max) = &q.max
        && n > max.value
    {
        return Err(Refused::Above(number(max.value)));
    }
    Ok(n)
}

/// The choices behind an empty typed answer: type one after all, or the
/// answers that are not typed; the actions stay keys.
fn others(p: &mut dyn Prompter, a: &Asked<'_>) -> io::Result<Reply> {
    let mut items = vec![(Entry::keyed('t', TYPE_IT), Reply::Again)];
    items.extend(
        extras(a.question)
            .into_iter()
            .map(|(e, v)| (e, Reply::Act(Action::Answer(v)))),
    );
    let actions = action_keys(a);
    let menu = Menu {
        prompt: String::new(),
        items: items.iter().map(|(e, _)| e.clone()).collect(),
        default: 0,
        keys: actions.iter().map(|(e, _)| e.clone()).collect(),
    };
    Ok(match p.choose(&menu)? {
        Picked::Item(i) => items.into_iter().nth(i).map_or(Reply::Again, |(_, r)| r),
        Picked::Key(i) => actions.get(i).map_or(Reply::Again, |(_, d)| act(*d)),
    })
}

pub(super) fn typed(p: &mut dyn Prompter, a: &Asked<'_>) -> io::Result<Reply> {
    let q = a.question;
    let is_number = q.kind() == QuestionType::Number;
    let initial = match a.current.map(|c| &c.value) {
        Some(Value::Number(n)) => number(*n),
        Some(Value::Text(t)) => plain::line(t, MAX_TEXT),
        _ => String::new(),
    };
    p.say(if initial.is_empty() {
        "Type your answer and press Enter. For other choices (\"I don't know\", back, skip...) press Esc, or Enter with nothing typed."
    } else {
        "Press Enter to keep your answer. For other choices (\"I don't know\", back, skip...) press Esc."
    })?;
    let prompt = match (&q.unit, is_number) {
        (Some(unit), true) => format!("Your answer ({})", plain::line(&unit.value, 30)),
        _ => "Your answer".to_owned(),
    };
    let check = |s: &str| -> Result<(), Refused> {
        if s.trim().is_empty() {
            Ok(())
        } else if is_number {
            parse_number(q, s).map(|_| ())
        } else if s.chars().count() > MAX_TEXT {
            Err(Refused::TooLong(MAX_TEXT))
        } else {
            Ok(())
        }
    };
    let Some(text) = p.input(&prompt, &initial, &check)? else {
        return others(p, a);
    };
    let text = text.trim();
    if text.is_empty() {
        return others(p, a);
    }
    let value = if is_number {
        match parse_number(q, text) {
            Ok(n) => Value::Number(n),
            Err(e) => {
                p.say(&e.to_string())?;
                return Ok(Reply::Again);
            }
        }
    } else {
        Value::Text(text.to_owned())
    };
    Ok(Reply::Act(Action::Answer(value)))
}
