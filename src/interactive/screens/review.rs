//! The end of the walk: a table of sections (answered, score so far) and the
//! choice to write the report, answer what was skipped, change an answer, or stop.

use std::io;

use comfy_table::{Cell, CellAlignment};

use crate::interactive::prompt::{Entry, Look, Menu, Picked, Prompter, Shown, layout};
use crate::interactive::session::Session;
use crate::report::{describe, percent};
use crate::score;
use crate::text::count::plural;
use crate::text::plain;

pub const REPORT: &str = "Write the report";
pub const CHANGE: &str = "Change an answer";
const QUIT_LABEL: &str = "Save and quit";
const BACK_TO_SUMMARY: &str = "Back to the summary";

pub enum Choice {
    Report,
    /// Answer the questions that have no answer yet, in order.
    Skipped,
    /// Change the answer to this question, then come back.
    Change(String),
    Quit,
}

/// Sections with how many of their questions are answered and their score
/// so far, laid out for the width it is given.
pub fn review_table(session: &Session<'_>) -> Shown {
    let a = score::assess(session.questionnaire(), session.answers());
    let mut rows = Vec::new();
    let (mut asked, mut answered) = (0, 0);
    for s in a.sections.iter().filter(|s| s.asked > 0) {
        asked += s.asked;
        answered += s.answered;
        rows.push([
            plain::line(&s.section.title, 200),
            format!("{} of {}", s.answered, s.asked),
            percent(s.score),
        ]);
    }
    rows.push([
        "All sections".into(),
        format!("{answered} of {asked}"),
        percent(a.overall),
    ]);
    let rating = a
        .rating
        .as_deref()
        .map_or_else(|| "n/a".to_owned(), |r| plain::line(r, 200));
    // "so far" only while questions are left to answer.
    let so_far = if session.unanswered() + session.unconfirmed_left() > 0 {
        " so far"
    } else {
        ""
    };
    let mut after = format!("Rating{so_far}: {rating}");
    holding(&mut after, &a);
    Box::new(move |look: Look| {
        let mut t = crate::text::table::new_for_stderr();
        t.set_width(u16::try_from(look.width).unwrap_or(u16::MAX));
        t.set_header(["Section", "Answered", "Score"]);
        let right = |s: &str| Cell::new(s).set_alignment(CellAlignment::Right);
        for [title, count, score] in &rows {
            t.add_row(vec![Cell::new(title), right(count), right(score)]);
        }
        format!("{t}\n{}", layout::paragraphs(&after, look.width))
    })
}

/// What holds the rating down, in the report's words: the must-haves not met
/// and not known, counted apart, then the important questions.
pub(super) fn holding(after: &mut String, a: &score::Assessment<'_>) {
    let m = crate::report::holds::must_haves(a);
    if !m.is_empty() {
        after.push_str(&format!(
            "\n{}, and that holds the rating down:",
            crate::report::holds::must_haves_sentence(&m)
        ));
        for x in &m.not_met {
            after.push_str(&format!("\n  • {}", plain::line(&x.question.text, 2000)));
        }
        for x in &m.not_known {
            after.push_str(&format!(
                "\n  • {} (not known)",
                plain::line(&x.question.text, 2000)
            ));
        }
    }
    if !a.held_by.is_empty() {
        let cap = plain::line(a.questionnaire.scoring().important_label(), 200);
        let items: Vec<&score::QuestionResult<'_>> = a
            .held_by
            .iter()
            .filter_map(|q| a.questions.iter().find(|x| x.question.id == q.id))
            .collect();
        let unknown =
            |x: &&&score::QuestionResult<'_>| crate::report::holds::is_not_known(x.status);
        let known = items.iter().filter(unknown).count();
        let met = match items.len() - known {
            0 => None,
            1 => Some("1 important question is not met".to_owned()),
            n => Some(format!("{n} important questions are not met")),
        };
        let sentence = match (met, known) {
            (Some(m), 0) => m,
            (Some(m), 1) => format!("{m} and 1 is not known"),
            (Some(m), k) => format!("{m} and {k} are not known"),
            (None, 1) => "1 important question is not known".to_owned(),
            (None, k) => format!("{k} important questions are not known"),
        };
        after.push_str(&format!(
            "\n{sentence}, and that holds the rating at {cap} at most:"
        ));
        for x in &items {
            let mark = if unknown(&x) { " (not known)" } else { "" };
            after.push_str(&format!(
                "\n  • {}{mark}",
                plain::line(&x.question.text, 2000)
            ));
        }
    }
}

/// Shows the review and asks what to do next.
pub fn review(session: &Session<'_>, p: &mut dyn Prompter) -> io::Result<Choice> {
    loop {
        p.new_screen();
        let missing = session.unanswered();
        p.say(if missing == 0 {
            "\nYou have answered every question. Here is a summary of your answers."
        } else {
            "\nHere is a summary of your answers so far."
        })?;
        p.show(review_table(session))?;
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
        let to_confirm = session.unconfirmed_left();
        if to_confirm > 0 {
            p.say(&format!(
                "{} from last time {} not confirmed yet. The report counts {} as given.",
                answers(to_confirm),
                plural(to_confirm, "is", "are"),
                plural(to_confirm, "it", "them"),
            ))?;
        }
        p.say("")?;
        let mut items = vec![(Entry::keyed('r', REPORT), Next::Report)];
        if missing > 0 {
            let label = format!("Answer the {} now", questions(missing));
            items.push((Entry::keyed('a', label), Next::Skipped));
        } else if to_confirm > 0 {
            let label = format!("Look at the {} from last time now", answers(to_confirm));
            items.push((Entry::keyed('l', label), Next::Skipped));
        }
        items.push((Entry::keyed('c', CHANGE), Next::Change));
        items.push((Entry::keyed('q', QUIT_LABEL), Next::Quit));
        let menu = Menu {
            prompt: "What next?".into(),
            items: items.iter().map(|(e, _)| e.clone()).collect(),
            // With questions left, answering them is the obvious next step.
            default: usize::from(missing + to_confirm > 0),
            keys: Vec::new(),
        };
        let Picked::Item(i) = p.choose(&menu)? else {
            continue;
        };
        match items.get(i).map_or(Next::Quit, |(_, n)| *n) {
            Next::Report => return Ok(Choice::Report),
            Next::Skipped => return Ok(Choice::Skipped),
            Next::Quit => return Ok(Choice::Quit),
            Next::Change => {
                if let Some(id) = pick_question(session, p)? {
                    return Ok(Choice::Change(id));
                }
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Next {
    Report,
    Skipped,
    Change,
    Quit,
}

fn answers(n: usize) -> String {
    if n == 1 {
        "1 answer".into()
    } else {
        format!("{n} answers")
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
    let mut items = vec![Entry::new(None, BACK_TO_SUMMARY)];
    let mut ids = Vec::new();
    for (n, (_, q)) in session.visible().enumerate() {
        let answer = plain::safe(&describe(q, session.answers().value(&q.id)));
        items.push(Entry::new(
            None,
            format!(
                "{}. {} — {}",
                n + 1,
                plain::line(&q.text, 2000),
                plain::line(&answer, 2000)
            ),
        ));
        ids.push(q.id.value.clone());
    }
    let menu = Menu {
        prompt: "Which answer do you want to change? Type its number, or move with the arrow keys, then press Enter.".into(),
        items,
        default: 0,
        keys: Vec::new(),
    };
    Ok(match p.choose(&menu)? {
        Picked::Item(i) => i.checked_sub(1).and_then(|i| ids.get(i).cloned()),
        Picked::Key(_) => None,
    })
}
