//! The last screen: what to do first, in the order and the words of the
//! reports (the action plan: "do now" first, where an unknown must-have is
//! something to find out this week), then where the report is and how to
//! open it.

use std::io;

use crate::interactive::prompt::{Look, Prompter, layout};
use crate::model::Effort;
use crate::render::report::recipient_name;
use crate::score::{Action, Assessment};
use crate::text::plain;

/// How many actions the closing screen lists; the report has them all.
const SHOWN: usize = 7;

/// One action as the report's summary puts it: its title, group and effort
/// ("Find out this week: …" for a must-have not known).
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
        let things = if more == 1 { "thing" } else { "things" };
        text.push_str(&format!("\nThe report lists {more} more {things} to do."));
    }
    Some(text)
}

/// The answers not known, and who can give them, as the report gathers them.
pub fn to_ask(a: &Assessment<'_>) -> Option<String> {
    let mut whom: Vec<(&str, usize)> = Vec::new();
    for action in a.actions.iter().filter(|x| x.find_out) {
        let r = action.question.recipient();
        match whom.iter_mut().find(|(w, _)| *w == r) {
            Some((_, n)) => *n += 1,
            None => whom.push((r, 1)),
        }
    }
    let all: usize = whom.iter().map(|(_, n)| n).sum();
    if all == 0 {
        return None;
    }
    let list: Vec<String> = whom
        .iter()
        .map(|(w, n)| format!("{}: {n}", plain::line(&recipient_name(w), 200)))
        .collect();
    let times = if all == 1 {
        "once".to_owned()
    } else {
        format!("{all} times")
    };
    Some(format!(
        "You answered \"I don't know\" {times}. The report gathers those questions by who can answer them ({}), each group with a short letter to send.",
        list.join(", ")
    ))
}

/// The command that opens a file in the browser here.
fn opener() -> &'static str {
    if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "start \"\""
    } else {
        "xdg-open"
    }
}

/// Where the reports are, and how to open the one for people. `html` and
/// `others` are shown as given (already safe for a terminal and quoted for a
/// shell where needed).
pub fn report_ready(
    p: &mut dyn Prompter,
    html: Option<&str>,
    others: &[String],
    answers: &str,
) -> io::Result<()> {
    // Paths and commands stand on lines of their own, indented, so that they
    // are never broken.
    let mut text = String::new();
    if let Some(html) = html {
        text.push_str(&format!(
            "Your report is ready. To read it, open this file in your web browser:\n    {html}\nDouble-click it in your file manager, or run:\n    {} {html}",
            opener()
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
