//! The last screen: what to do next, in the order the reports give it (the
//! action plan: "do now" first, must-haves first within it), then where the
//! report is and how to open it.

use std::io;

use crate::interactive::prompt::{Look, Prompter, layout};
use crate::score::{Assessment, Group, Status};
use crate::text::plain;

/// How many actions the closing screen lists; the report has them all.
const SHOWN: usize = 7;

/// The text of one action as the walk lists it. An unknown must-have is
/// something to find out this week.
fn action_text(a: &Assessment<'_>, i: usize) -> String {
    let action = &a.actions[i];
    let unknown = a
        .questions
        .get(action.result)
        .is_some_and(|r| r.status == Status::Unknown);
    let must = action.question.critical.value;
    let title = if unknown {
        let when = if must {
            "Find out this week"
        } else {
            "Find out"
        };
        format!("{when}: {}", action.question.text.trim())
    } else {
        action.title()
    };
    let title = plain::line(&title, 2000);
    if must {
        format!("{title} (must-have)")
    } else {
        title
    }
}

/// The first actions of the plan, under their group's title.
pub fn next_steps(a: &Assessment<'_>) -> Option<String> {
    if a.actions.is_empty() {
        return None;
    }
    let mut text = String::from("What to do next, most important first:");
    let mut group: Option<Group> = None;
    for i in 0..a.actions.len().min(SHOWN) {
        let g = a.actions[i].group;
        if group != Some(g) {
            text.push_str(&format!("\n{}", g.title()));
            group = Some(g);
        }
        text.push_str(&format!("\n  {}. {}", i + 1, action_text(a, i)));
    }
    let more = a.actions.len().saturating_sub(SHOWN);
    if more > 0 {
        let things = if more == 1 { "thing" } else { "things" };
        text.push_str(&format!("\nThe report lists {more} more {things} to do."));
    }
    Some(text)
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
    if let Some(steps) = next_steps(a) {
        p.show(Box::new(move |look: Look| {
            let lines: Vec<String> = steps
                .lines()
                .map(|l| {
                    let laid = layout::paragraph(l, look.width).join("\n");
                    if l.starts_with(' ') || l.starts_with("What") || l.starts_with("The report") {
                        laid
                    } else {
                        look.strong(&laid)
                    }
                })
                .collect();
            format!("\n{}", lines.join("\n"))
        }))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
