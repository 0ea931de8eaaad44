//! The last screen: what to do first, in the order and the words of the
//! reports (the action plan: "do now" first, where an unknown must-have is
//! something to find out this week), then where the report is and how to
//! open it.

use std::io;

use crate::delegate::request;
use crate::delegate::who;
use crate::interactive::prompt::{Entry, Menu, Picked};
use crate::interactive::prompt::{Look, Prompter, layout};
use crate::model::Effort;
use crate::score::{Action, Assessment};
use crate::text::count::plural;
use crate::text::plain;

/// How many actions the closing screen lists; the report has them all.
const SHOWN: usize = 7;

/// One action as the report's summary puts it: its title, group and effort
/// ("Find out: …", in "do now" for a must-have not known).
fn action_text(action: &Action<'_>) -> String {
    let effort = match action.effort {
        Effort::Low => "low",
        Effort::Medium => "medium",
        Effort::High => "high",
    };
    format!(
        "{} ({}, {effort} effort)",
        plain::line(&action.title(), 2000),
        action.group.title().to_lowercase()
    )
}

/// The first actions of the plan, in the report's order.
pub fn next_steps(a: &Assessment<'_>) -> Option<String> {
    if a.actions.is_empty() {
        return None;
    }
    let mut text = String::from("What to do first, in the order of the report:");
    for (i, action) in a.actions.iter().take(SHOWN).enumerate() {
        text.push_str(&format!("\n  {}. {}", i + 1, action_text(action)));
    }
    let more = a.actions.len().saturating_sub(SHOWN);
    if more > 0 {
        let things = plural(more, "thing", "things");
        text.push_str(&format!("\nThe report lists {more} more {things} to do."));
    }
    Some(text)
}

/// The questions still open (not known, or not answered), and who can
/// answer them, as the report and `assure ask` gather them.
pub fn to_ask(a: &Assessment<'_>) -> Option<String> {
    let whom = request::recipients(a);
    // For someone the business does not have: who to look into them with.
    let yourselves = request::to_look_into(a);
    let all: usize = whom.iter().map(|(_, n)| n).sum::<usize>()
        + yourselves.iter().map(|(_, l)| l.len()).sum::<usize>();
    if all == 0 {
        return None;
    }
    let list: Vec<String> = whom
        .iter()
        .map(|(w, n)| format!("{}: {n}", plain::line(&who(w).name, 200)))
        .chain(
            yourselves
                .iter()
                .map(|(w, l)| format!("{}: {}", plain::line(w, 200), l.len())),
        )
        .collect();
    let open = if all == 1 {
        "1 question is".to_owned()
    } else {
        format!("{all} questions are")
    };
    Some(format!(
        "{open} still open, answered \"I don't know\" or not yet. Who can answer them: {}.",
        list.join(", ")
    ))
}

/// Offers to write, for `name`, the file of their `n` questions to fill in
/// and the letter to send with it.
pub fn offer_ask(p: &mut dyn Prompter, name: &str, n: usize) -> io::Result<bool> {
    let questions = if n == 1 {
        "question".to_owned()
    } else {
        format!("{n} questions")
    };
    let menu = Menu {
        prompt: format!(
            "Write the {questions} for {} into a file for them to fill in, with a letter to send?",
            plain::line(name, 200)
        ),
        items: vec![
            Entry::keyed('y', "Yes, write them"),
            Entry::keyed('n', "No, not now"),
        ],
        default: 0,
        keys: Vec::new(),
    };
    Ok(p.choose(&menu)? == Picked::Item(0))
}

/// Files written for someone to answer: their name (as the walk says it),
/// the letter, the file to fill in, and the answers file (as a shell word);
/// paths shown as given (already safe for a terminal).
pub type AskFiles = (String, String, String, String);

/// Where the reports are, and how to open the one for people. `html` and
/// `others` are shown as given (already safe for a terminal and quoted for a
/// shell where needed).
pub fn report_ready(
    p: &mut dyn Prompter,
    html: Option<&str>,
    others: &[String],
    asks: &[AskFiles],
    answers: &str,
) -> io::Result<()> {
    // Paths and commands stand on lines of their own, indented, so that they
    // are never broken.
    let mut text = String::new();
    if let Some(html) = html {
        text.push_str(&format!(
            "Your report is ready. To read it, open this file in your web browser:\n    {html}\nDouble-click it in your file manager, or run:\n    {} {html}",
            crate::platform::opener()
        ));
        for other in others {
            text.push_str(&format!(
                "\nThe same report in Markdown, to edit or send:\n    {other}"
            ));
        }
    } else {
        for other in others {
            text.push_str(&format!("Your report is ready:\n    {other}\n"));
        }
    }
    for (name, letter, fill_in, answers_file) in asks {
        text.push_str(&format!(
            "\nFor {name}, a letter to send (open it, and copy it into an email):\n    {letter}\nand the file for them to fill in and send back:\n    {fill_in}\nWhen it comes back, add their answers to yours with:\n    assure merge {answers_file} {fill_in}"
        ));
    }
    text.push_str(&format!("\nYour answers are in:\n    {answers}"));
    let text = text.trim().to_owned();
    p.show(Box::new(move |look: Look| {
        format!("\n{}", layout::paragraphs(&text, look.width))
    }))
}

/// The closing screen before the report is written: the next steps.
pub fn closing(p: &mut dyn Prompter, a: &Assessment<'_>) -> io::Result<()> {
    p.new_screen();
    let ask = to_ask(a);
    if let Some(steps) = next_steps(a) {
        p.show(Box::new(move |look: Look| {
            let lines: Vec<String> = steps
                .lines()
                .map(|l| {
                    let laid = layout::paragraph(l, look.width).join("\n");
                    if l.starts_with("What") {
                        look.strong(&laid)
                    } else {
                        laid
                    }
                })
                .collect();
            format!("\n{}", lines.join("\n"))
        }))?;
    }
    if let Some(ask) = ask {
        p.say(&format!("\n{ask}"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
