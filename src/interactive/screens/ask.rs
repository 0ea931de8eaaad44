//! Asking one question: what the respondent sees, and every way out of it.
//!
//! Yes/no and choice questions are one list: the answers, "I don't know" and
//! "Not applicable" where allowed, a line, then the actions (explain, go back,
//! skip, save and quit). Multi-select, number and text questions cannot hold
//! actions in their own prompt, so pressing Enter with nothing ticked or typed
//! opens the same list of other choices; the screen says so.

use std::io;

use crate::interactive::prompt::Prompter;
use crate::interactive::session::Progress;
use crate::model::answers::{Answer, Value};
use crate::model::{Question, QuestionType, YesNo};
use crate::render::report::describe;
use crate::text::number::number;
use crate::text::plain;

pub const DONT_KNOW: &str = "I don't know";
pub const NOT_APPLICABLE: &str = "Not applicable";
pub const EXPLAIN: &str = "Explain this question";
pub const BACK: &str = "Go back to the previous question";
pub const SKIP: &str = "Skip for now";
pub const QUIT: &str = "Save and quit";
pub const SEPARATOR: &str = "──────────";
/// The prompt of every answer list.
pub const YOUR_ANSWER: &str = "Your answer";
/// The prompt of the list behind an empty multi-select, number or text answer.
pub const OTHER_CHOICES: &str = "Other choices";
const MAX_TEXT: usize = 2000;

/// What the respondent chose to do with a question.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Answer(Value),
    Back,
    Skip,
    Quit,
}

/// A question as it is asked now.
pub struct Asked<'a> {
    pub question: &'a Question,
    pub progress: Progress<'a>,
    /// The answer given before, if any: shown, and picked by default.
    pub current: Option<&'a Answer>,
    pub can_go_back: bool,
}

/// One line of a list, and what picking it means.
enum Item {
    Value(Value),
    /// Back to the multi-select or the typed answer.
    AnswerIt,
    Explain,
    Back,
    Skip,
    Quit,
    Separator,
}

/// What came of one round of asking.
enum Reply {
    Act(Action),
    Explain,
    Again,
}

/// Asks until the respondent answers or chooses an action.
pub fn ask(p: &mut dyn Prompter, a: &Asked<'_>) -> io::Result<Action> {
    let mut draft: Option<Vec<bool>> = None;
    let mut header = true;
    loop {
        if header {
            show_header(p, a)?;
        }
        header = true;
        let reply = match a.question.kind() {
            QuestionType::YesNo | QuestionType::Choice => pick(p, a)?,
            QuestionType::Multi => tick(p, a, &mut draft)?,
            QuestionType::Number | QuestionType::Text => typed(p, a)?,
        };
        match reply {
            Reply::Act(action) => return Ok(action),
            Reply::Explain => explain(p, a.question)?,
            Reply::Again => header = false,
        }
    }
}

fn show_header(p: &mut dyn Prompter, a: &Asked<'_>) -> io::Result<()> {
    let width = p.width();
    let q = a.question;
    let mut text = format!("\n{}\n", plain::line(&a.progress.to_string(), width));
    text.push_str(&plain::wrap(&plain::safe(&q.text), width, "", "").join("\n"));
    if let Some(answer) = a.current.filter(|c| c.value.is_answered()) {
        let said = plain::line(&describe(q, &answer.value), width.saturating_sub(20));
        text.push_str(&format!("\nYour answer so far: {said}"));
    }
    p.say(&text)
}

fn explain(p: &mut dyn Prompter, q: &Question) -> io::Result<()> {
    let width = p.width();
    let mut text = String::new();
    if let Some(help) = &q.help {
        text.push_str(&format!(
            "\nWhat this means:\n{}",
            plain::markdown(help, width)
        ));
    }
    if let Some(why) = &q.why {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&format!(
            "\nWhy it matters:\n{}",
            plain::markdown(why, width)
        ));
    }
    if text.is_empty() {
        text.push_str("\nThere is no more to say about this question. Answer as best you can, or choose \"I don't know\".");
    }
    p.say(&text)
}

/// "I don't know", "Not applicable", the line and the actions, as allowed.
fn extras(a: &Asked<'_>, items: &mut Vec<(String, Item)>) {
    let q = a.question;
    if q.allow_unknown {
        items.push((DONT_KNOW.into(), Item::Value(Value::Unknown)));
    }
    if q.allows_na() {
        items.push((NOT_APPLICABLE.into(), Item::Value(Value::Na)));
    }
    items.push((SEPARATOR.into(), Item::Separator));
    if q.help.is_some() || q.why.is_some() {
        items.push((EXPLAIN.into(), Item::Explain));
    }
    if a.can_go_back {
        items.push((BACK.into(), Item::Back));
    }
    items.push((SKIP.into(), Item::Skip));
    items.push((QUIT.into(), Item::Quit));
}

/// Shows a list and turns the pick into a reply. The default is the current
/// answer where it is in the list, else the first item.
fn choose(
    p: &mut dyn Prompter,
    a: &Asked<'_>,
    prompt: &str,
    items: Vec<(String, Item)>,
) -> io::Result<Reply> {
    let labels: Vec<String> = items.iter().map(|(l, _)| l.clone()).collect();
    let current = a.current.map(|c| &c.value);
    let default = items
        .iter()
        .position(|(_, item)| matches!(item, Item::Value(v) if Some(v) == current))
        .unwrap_or(0);
    let picked = p.select(prompt, &labels, default)?;
    Ok(match items.into_iter().nth(picked).map(|(_, i)| i) {
        Some(Item::Value(v)) => Reply::Act(Action::Answer(v)),
        Some(Item::Explain) => Reply::Explain,
        Some(Item::Back) => Reply::Act(Action::Back),
        Some(Item::Skip) => Reply::Act(Action::Skip),
        Some(Item::Quit) => Reply::Act(Action::Quit),
        Some(Item::AnswerIt | Item::Separator) | None => Reply::Again,
    })
}

fn pick(p: &mut dyn Prompter, a: &Asked<'_>) -> io::Result<Reply> {
    let q = a.question;
    let mut items: Vec<(String, Item)> = match q.kind() {
        QuestionType::YesNo => vec![
            ("Yes".into(), Item::Value(Value::YesNo(YesNo::Yes))),
            ("No".into(), Item::Value(Value::YesNo(YesNo::No))),
        ],
        _ => q
            .options()
            .iter()
            .map(|o| {
                let label = plain::line(&o.label, p.width().saturating_sub(2));
                (label, Item::Value(Value::Choice(o.value.value.clone())))
            })
            .collect(),
    };
    extras(a, &mut items);
    choose(p, a, YOUR_ANSWER, items)
}

/// The list of other choices for multi-select, number and text questions.
fn others(p: &mut dyn Prompter, a: &Asked<'_>, answer_it: &str) -> io::Result<Reply> {
    let mut items = vec![(answer_it.to_owned(), Item::AnswerIt)];
    extras(a, &mut items);
    p.say("")?;
    choose(p, a, OTHER_CHOICES, items)
}

fn tick(p: &mut dyn Prompter, a: &Asked<'_>, draft: &mut Option<Vec<bool>>) -> io::Result<Reply> {
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
    p.say("Press Space to tick each answer that applies, then Enter.\nPress Enter with nothing ticked for other choices, such as \"I don't know\".")?;
    let labels: Vec<String> = options
        .iter()
        .map(|o| plain::line(&o.label, p.width().saturating_sub(2)))
        .collect();
    let ticked = p.multi_select(YOUR_ANSWER, &labels, &checked)?;
    if ticked.is_empty() {
        return others(p, a, "Tick answers from the list");
    }
    let exclusive = ticked
        .iter()
        .find(|&&i| options.get(i).is_some_and(|o| o.exclusive.value));
    if let (Some(&i), true) = (exclusive, ticked.len() > 1) {
        p.say(&format!(
            "\"{}\" cannot go with other answers. Untick it, or untick the others.",
            labels[i]
        ))?;
        *draft = Some((0..options.len()).map(|j| ticked.contains(&j)).collect());
        return Ok(Reply::Again);
    }
    let values = ticked
        .iter()
        .filter_map(|&i| options.get(i))
        .map(|o| o.value.value.clone())
        .collect();
    Ok(Reply::Act(Action::Answer(Value::Multi(values))))
}

/// Parses a typed number, or says what is wrong with it in plain words.
pub fn parse_number(q: &Question, s: &str) -> Result<f64, String> {
    let n = s
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .ok_or("Type a number using digits only, such as 12.")?;
    if let Some(min) = &q.min
        && n < min.value
    {
        return Err(format!("The answer must be {} or more.", number(min.value)));
    }
    if let Some(max) = &q.max
        && n > max.value
    {
        return Err(format!("The answer must be {} or less.", number(max.value)));
    }
    Ok(n)
}

fn typed(p: &mut dyn Prompter, a: &Asked<'_>) -> io::Result<Reply> {
    let q = a.question;
    let is_number = q.kind() == QuestionType::Number;
    let initial = match a.current.map(|c| &c.value) {
        Some(Value::Number(n)) => number(*n),
        Some(Value::Text(t)) => plain::line(t, MAX_TEXT),
        _ => String::new(),
    };
    let hint = if initial.is_empty() {
        "Press Enter without typing for other choices, such as \"I don't know\"."
    } else {
        "Press Enter to keep your answer. Delete it and press Enter for other choices."
    };
    p.say(hint)?;
    let prompt = match (&q.unit, is_number) {
        (Some(unit), true) => format!("{YOUR_ANSWER} ({})", plain::line(&unit.value, 30)),
        _ => YOUR_ANSWER.to_owned(),
    };
    let check = |s: &str| -> Result<(), String> {
        if s.trim().is_empty() {
            Ok(())
        } else if is_number {
            parse_number(q, s).map(|_| ())
        } else if s.chars().count() > MAX_TEXT {
            Err(format!("Please keep it under {MAX_TEXT} characters."))
        } else {
            Ok(())
        }
    };
    let text = p.input(&prompt, &initial, &check)?;
    let text = text.trim();
    if text.is_empty() {
        let answer_it = if is_number {
            "Type a number"
        } else {
            "Type an answer"
        };
        return others(p, a, answer_it);
    }
    let value = if is_number {
        match parse_number(q, text) {
            Ok(n) => Value::Number(n),
            Err(e) => {
                p.say(&e)?;
                return Ok(Reply::Again);
            }
        }
    } else {
        Value::Text(text.to_owned())
    };
    Ok(Reply::Act(Action::Answer(value)))
}
