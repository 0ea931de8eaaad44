//! A multi-select question: a list to tick, with the same keys as the others.

use std::io;

use super::{Action, Asked, MAX_TEXT, Reply, other_keys};
use crate::interactive::prompt::{Entry, Prompter, Ticked, Ticks};
use crate::model::answers::Value;
use crate::text::plain;

pub(super) fn tick(
    p: &mut dyn Prompter,
    a: &Asked<'_>,
    draft: &mut Option<Vec<bool>>,
) -> io::Result<Reply> {
    let q = a.question;
    let options = q.options();
    let checked = draft.take().unwrap_or_else(|| {
        let chosen: &[String] = match a.current.map(|c| &c.value) {
            Some(Value::Multi(list)) => list,
            _ => &[],
        };
        options
            .iter()
            .map(|o| chosen.contains(&o.value.value))
            .collect()
    });
    let (keys, mut replies) = other_keys(a);
    let ticks = Ticks {
        prompt: if a.last_time.is_some() {
            "Tick each answer that applies (as last time: press Enter to keep them):".into()
        } else {
            "Tick each answer that applies:".into()
        },
        items: options
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let key = char::from_digit(u32::try_from(i + 1).unwrap_or(10), 10);
                Entry::new(key, plain::line(&o.label, MAX_TEXT))
            })
            .collect(),
        checked,
        keys,
    };
    let ticked = match p.tick(&ticks)? {
        Ticked::Key(i) if i < replies.len() => return Ok(replies.swap_remove(i)),
        Ticked::Key(_) => return Ok(Reply::Again),
        Ticked::Done(ticked) => ticked,
    };
    *draft = Some((0..options.len()).map(|j| ticked.contains(&j)).collect());
    if ticked.is_empty() {
        p.say("Tick at least one answer (Space, or its number), then press Enter. If you don't know, press ?.")?;
        return Ok(Reply::Again);
    }
    let exclusive = ticked
        .iter()
        .find(|&&i| options.get(i).is_some_and(|o| o.exclusive.value));
    if let (Some(&i), true) = (exclusive, ticked.len() > 1) {
        p.say(&format!(
            "\"{}\" cannot go with other answers. Untick it, or untick the others.",
            ticks.items[i].label
        ))?;
        return Ok(Reply::Again);
    }
    let values = ticked
        .iter()
        .filter_map(|&i| options.get(i))
        .map(|o| o.value.value.clone())
        .collect();
    Ok(Reply::Act(Action::Answer(Value::Multi(values))))
}
