//! The interactive walk: a [`Session`] driven through a [`Prompter`].
//!
//! The loop asks the current question, records the reply, saves, and moves on:
//! to the next question without an answer; after "Go back", to the next one in
//! order, so that the respondent steps forward through what they said; after
//! changing one answer from the review, straight back to the review. Saving is
//! a callback, so tests can count saves and the command can write the file
//! atomically.

mod ask;
mod review;
mod start;

use std::io;

use anyhow::Result;

use crate::interactive::prompt::Prompter;
use crate::interactive::session::Session;

pub use ask::{
    Action, BACK, DONT_KNOW, EXPLAIN, NOT_APPLICABLE, QUIT, SEPARATOR, SKIP, YOUR_ANSWER,
    parse_number,
};
pub use review::{CHANGE, REPORT, review_table};
pub use start::{intro, respondent, who};

/// How the walk ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The respondent asked for the report.
    Report,
    /// They chose "Save and quit".
    Quit,
}

/// Where to go after a question is answered or skipped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// The next question in order (after going back: step through what was said).
    InOrder,
    /// The next question with no answer (the first pass, and skipped ones).
    Unanswered,
    /// Back to the review (changing one answer).
    One,
}

/// The prompt for a note after each answer.
pub const NOTE: &str = "Add a note? (optional: press Enter to skip)";

/// Walks the session until the respondent asks for the report or quits.
/// `save` is called after every answer (and again after its note), and on back,
/// skip and quit.
pub fn run(
    session: &mut Session<'_>,
    p: &mut dyn Prompter,
    save: &mut dyn FnMut(&Session<'_>) -> Result<()>,
) -> Result<Outcome> {
    // On a resumed session the questions after the first unanswered one may be
    // answered already: go from gap to gap until the respondent goes back.
    let mut mode = Mode::Unanswered;
    loop {
        let (Some(question), Some(progress)) = (session.current(), session.progress()) else {
            match review::review(session, p)? {
                review::Choice::Report => return Ok(Outcome::Report),
                review::Choice::Quit => {
                    save(session)?;
                    return Ok(Outcome::Quit);
                }
                review::Choice::Change(id) => {
                    session.jump(&id);
                    mode = Mode::One;
                }
                review::Choice::Skipped => {
                    session.jump_to_first_unanswered();
                    mode = Mode::Unanswered;
                }
            }
            continue;
        };
        let asked = ask::Asked {
            question,
            progress,
            current: session.answers().get(&question.id),
            can_go_back: session.can_go_back(),
        };
        match ask::ask(p, &asked)? {
            Action::Answer(value) => {
                // Saved before the note is asked, so that the answer is safe
                // whatever happens at the note prompt; saved again with the note.
                let old = asked.current.and_then(|a| a.note.clone());
                session.answer(&question.id, value.clone(), old.clone())?;
                save(session)?;
                let new = note(p, old.as_deref())?;
                if new != old {
                    session.answer(&question.id, value, new)?;
                    save(session)?;
                }
                advance(session, mode);
            }
            Action::Skip => {
                save(session)?;
                advance(session, mode);
            }
            Action::Back => {
                save(session)?;
                session.back();
                mode = Mode::InOrder;
            }
            Action::Quit => {
                save(session)?;
                return Ok(Outcome::Quit);
            }
        }
    }
}

fn advance(session: &mut Session<'_>, mode: Mode) {
    match mode {
        Mode::InOrder => session.next(),
        Mode::Unanswered => session.next_unanswered(),
        Mode::One => session.finish(),
    }
}

/// An optional note, starting from the old one; empty means none. The old note
/// is shown on one line; kept as it was (line breaks and all) unless edited.
fn note(p: &mut dyn Prompter, old: Option<&str>) -> io::Result<Option<String>> {
    let initial = old
        .map(|n| crate::text::plain::line(n, 2000))
        .unwrap_or_default();
    let text = p.input(NOTE, &initial, &|_| Ok(()))?;
    let text = text.trim();
    if !initial.is_empty() && text == initial {
        return Ok(old.map(str::to_owned));
    }
    Ok((!text.is_empty()).then(|| text.to_owned()))
}

#[cfg(test)]
mod tests;
