//! The end of the walk: a table of sections (answered, score so far) and the
//! choice to write the report, answer what was skipped, change an answer, or stop.

use std::io;

use comfy_table::{Cell, CellAlignment};

use crate::interactive::prompt::Prompter;
use crate::interactive::session::Session;
use crate::render::report::{describe, percent};
use crate::score;
use crate::text::plain;

pub const REPORT: &str = "Write the report";
pub const CHANGE: &str = "Change an answer";
const BACK_TO_SUMMARY: &str = "Back to the summary";

pub enum Choice {
    Report,
    /// Answer the questions that have no answer yet, in order.
    Skipped,
    /// Change the answer to this question, then come back.
    Change(String),
    Quit,
}

/// Sections with how many of their questions are answered and their score so far.
pub fn review_table(session: &Session<'_>) -> String {
    let saved = session.to_save();
    let a = score::assess(session.questionnaire(), &saved);
    let mut t = crate::text::table::new_for_stderr();
    t.set_header(["Section", "Answered", "Score"]);
    let right = |s: String| Cell::new(s).set_alignment(CellAlignment::Right);
    let (mut asked, mut answered) = (0, 0);
    for s in a.sections.iter().filter(|s| s.asked > 0) {
        asked += s.asked;
        answered += s.answered;
        t.add_row(vec![
            Cell::new(plain::line(&s.section.title, 40)),
            right(format!("{} of {}", s.answered, s.asked)),
            right(percent(s.score)),
        ]);
    }
    t.add_row(vec![
        Cell::new("All sections"),
        right(format!("{answered} of {asked}")),
        right(percent(a.overall)),
    ]);
    let rating = a
        .rating
        .as_deref()
        .map_or_else(|| "n/a".to_owned(), |r| plain::line(r, 40));
    let mut text = format!("{t}\nRating so far: {rating}");
    if !a.capped_by.is_empty() {
        text.push_str(if a.capped_by.len() == 1 {
            "\nAn important question is not fully met, and that holds the rating down:"
        } else {
            "\nSome important questions are not fully met, and that holds the rating down:"
        });
        for q in &a.capped_by {
            text.push_str(&format!("\n  • {}", plain::line(&q.text, 72)));
        }
    }
    text
}

/// Shows the review and asks what to do next.
pub fn review(session: &Session<'_>, p: &mut dyn Prompter) -> io::Result<Choice> {
    loop {
        let missing = session.unanswered();
        p.say(if missing == 0 {
            "\nYou have answered every question. Here is a summary of your answers."
        } else {
            "\nHere is a summary of your answers so far."
        })?;
        p.say(&review_table(session))?;
        if missing > 0 {
            p.say(&format!(
                "{} with no answer yet. {} as \"not answered\" in the report.",
                questions(missing),
                if missing == 1 {
                    "It shows"
                } else {
                    "They show"
                }
            ))?;
        }
        let mut items = vec![REPORT.to_owned()];
        if missing > 0 {
            items.push(format!("Answer the {} now", questions(missing)));
        }
        items.push(CHANGE.to_owned());
        items.push(super::QUIT.to_owned());
        // With questions left, answering them is the obvious next step.
        let default = usize::from(missing > 0);
        let picked = p.select("What next?", &items, default)?;
        match items.get(picked).map_or(super::QUIT, String::as_str) {
            REPORT => return Ok(Choice::Report),
            CHANGE => {
                if let Some(id) = pick_question(session, p)? {
                    return Ok(Choice::Change(id));
                }
            }
            super::QUIT => return Ok(Choice::Quit),
            _ => return Ok(Choice::Skipped),
        }
    }
}

fn questions(n: usize) -> String {
    if n == 1 {
        "1 question".into()
    } else {
        format!("{n} questions")
    }
}

/// A list of the questions asked, each with its answer; `None` to go back.
fn pick_question(session: &Session<'_>, p: &mut dyn Prompter) -> io::Result<Option<String>> {
    let width = p.width().saturating_sub(4);
    let mut items = vec![BACK_TO_SUMMARY.to_owned()];
    let mut ids = Vec::new();
    for (n, (_, q)) in session.visible().enumerate() {
        let answer = describe(q, session.answers().value(&q.id));
        let answer = plain::line(&answer, 24);
        let head = format!("{}. ", n + 1);
        let room = width.saturating_sub(head.chars().count() + answer.chars().count() + 3);
        items.push(format!(
            "{head}{} — {answer}",
            plain::line(&q.text, room.max(10))
        ));
        ids.push(q.id.value.clone());
    }
    p.say("")?;
    let picked = p.select("Which answer do you want to change?", &items, 0)?;
    Ok(picked.checked_sub(1).and_then(|i| ids.get(i).cloned()))
}
