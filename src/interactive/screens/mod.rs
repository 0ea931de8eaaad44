//! The interactive walk: a [`Session`] driven through a [`Prompter`].
//!
//! The loop asks the current question, records the reply, saves, and moves on:
//! to the next question without an answer; after "back", to the next one in
//! order, so that the respondent steps forward through what they said; after
//! changing one answer from the review, straight back to the review. Saving is
//! a callback, so tests can count saves and the command can write the file
//! atomically; "✔ Saved" is shown only once the callback has returned.

mod closing;
mod question;
mod review;
mod start;

use std::io;

use anyhow::Result;

use crate::interactive::prompt::{Prompter, layout};
use crate::interactive::session::{Changed, Session};
use crate::model::Question;
use crate::report::describe;
use crate::text::plain;

pub use closing::{AskFiles, closing, next_steps, offer_ask, report_ready};
pub use question::{
    Action, BACK, DONT_KNOW, EXPLAIN, NOT_APPLICABLE, NOTE, QUIT, SKIP, TYPE_IT, parse_number,
};
pub use review::{CHANGE, REPORT, review_table};
pub use start::{
    KEYS, carried, changed_questions, intro, own_comments, respondent, unchanged_questions, who,
};

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

/// Saves the session; may ask the respondent things (the file changed on
/// disk, a save that failed), so it gets the prompter.
pub type Save<'a> = dyn FnMut(&mut Session<'_>, &mut dyn Prompter) -> Result<()> + 'a;

/// Walks the session until the respondent asks for the report or quits.
/// `save` is called after every answer and note, and on quit.
pub fn run(
    session: &mut Session<'_>,
    p: &mut dyn Prompter,
    save: &mut Save<'_>,
) -> Result<Outcome> {
    // On a resumed session the questions after the first unanswered one may be
    // answered already: go from gap to gap until the respondent goes back.
    let mut mode = Mode::Unanswered;
    let mut fresh = true;
    loop {
        let (Some(question), Some(progress)) = (session.current(), session.progress()) else {
            match review::review(session, p)? {
                review::Choice::Report => return Ok(Outcome::Report),
                review::Choice::Quit => {
                    save(session, p)?;
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
            fresh = true;
            continue;
        };
        let asked = asked(session, question, progress, fresh);
        fresh = true;
        match question::ask(p, &asked)? {
            Action::Answer(value) => {
                let id = &question.id;
                let kept = session.is_unconfirmed(id) && *session.answers().value(id) == value;
                let changed = if kept {
                    session.confirm(id);
                    Changed::default()
                } else {
                    session.answer(id, value)?
                };
                save(session, p)?;
                saved(p, question, session, kept)?;
                follow_ups(p, &changed)?;
                advance(session, mode);
            }
            Action::Note => {
                note(p, session, question, save)?;
                fresh = false;
            }
            Action::Skip => {
                skipped(p, question)?;
                advance(session, mode);
            }
            Action::Back => {
                if session.back() {
                    mode = Mode::InOrder;
                } else {
                    p.say("This is the first question: there is none before it.")?;
                    fresh = false;
                }
            }
            Action::Quit => {
                save(session, p)?;
                return Ok(Outcome::Quit);
            }
        }
    }
}

/// The current question as it is asked now: with its answer so far, and what
/// earlier files said of it.
fn asked<'a>(
    session: &'a Session<'_>,
    question: &'a Question,
    progress: crate::interactive::session::Progress<'a>,
    fresh: bool,
) -> question::Asked<'a> {
    let last_time = session
        .last_time(&question.id)
        .map(|from| question::LastTime {
            date: from.date.clone(),
            old: from.date.as_deref().is_some_and(|d| session.is_old(d)),
        });
    question::Asked {
        question,
        progress,
        current: session.answers().get(&question.id),
        fresh,
        recheck: session.is_rechecked(&question.id),
        unchecked: session.is_unchecked(&question.id),
        last_time,
        last_note: session.last_note_of(&question.id).cloned(),
    }
}

fn advance(session: &mut Session<'_>, mode: Mode) {
    match mode {
        Mode::InOrder => session.next(),
        Mode::Unanswered => session.next_unanswered(),
        Mode::One => session.finish(),
    }
}

/// "✔ Saved: No", once the answer is in the file ("✔ Kept" for a carried
/// answer confirmed as it was).
fn saved(p: &mut dyn Prompter, q: &Question, session: &Session<'_>, kept: bool) -> io::Result<()> {
    let said = plain::safe(&describe(q, session.answers().value(&q.id)));
    let how = if kept { "Kept" } else { "Saved" };
    let text = format!("✔ {how}: {}", plain::line(&said, 2000));
    p.show(Box::new(move |look| {
        layout::paragraph(&text, look.width)
            .iter()
            .map(|l| look.good(l))
            .collect::<Vec<_>>()
            .join("\n")
    }))
}

/// "↷ Skipped", so that a skip is seen: the question stays without an
/// answer, and the summary at the end offers it again.
fn skipped(p: &mut dyn Prompter, q: &Question) -> io::Result<()> {
    let text = format!(
        "↷ Skipped for now: {}\nIt stays unanswered; the summary at the end offers it again.",
        plain::line(&q.text, 2000)
    );
    p.show(Box::new(move |look| {
        layout::paragraphs(&text, look.width)
            .lines()
            .map(|l| look.dim(l))
            .collect::<Vec<_>>()
            .join("\n")
    }))
}

/// Says which answered follow-up questions an answer hid or brought back.
fn follow_ups(p: &mut dyn Prompter, changed: &Changed<'_>) -> io::Result<()> {
    let list = |qs: &[&Question]| -> String {
        qs.iter()
            .map(|q| format!("\n  • {}", plain::line(&q.text, 2000)))
            .collect()
    };
    let n = |qs: &[&Question]| {
        crate::text::count::count(qs.len(), "follow-up question", "follow-up questions")
    };
    if !changed.hidden.is_empty() {
        p.say(&format!(
            "This answer hides {} you had answered:{}\nTheir answers stay in the file but do not count. They come back if you change this answer back.",
            n(&changed.hidden),
            list(&changed.hidden)
        ))?;
    }
    if !changed.back.is_empty() {
        p.say(&format!(
            "This answer brings back {}, with the answers you gave before:{}",
            n(&changed.back),
            list(&changed.back)
        ))?;
    }
    Ok(())
}

/// A note on the current question, asked for with its key; saved at once.
fn note(
    p: &mut dyn Prompter,
    session: &mut Session<'_>,
    q: &Question,
    save: &mut Save<'_>,
) -> Result<()> {
    let old = session.answers().get(&q.id).and_then(|a| a.note.clone());
    let initial = old
        .as_deref()
        .map(|n| plain::line(n, 2000))
        .unwrap_or_default();
    let prompt = if old.is_some() {
        "Your note (Enter saves it, Esc cancels; delete it all to remove it)"
    } else {
        "Your note (Enter saves it, Esc cancels)"
    };
    let check = |s: &str| {
        if s.chars().count() > 2000 {
            Err(crate::interactive::prompt::Refused::TooLong(2000))
        } else {
            Ok(())
        }
    };
    let Some(text) = p.input(prompt, &initial, &check)? else {
        return Ok(());
    };
    let text = text.trim();
    // Kept as it was (line breaks and all) unless edited.
    let new = if !initial.is_empty() && text == initial {
        old.clone()
    } else {
        (!text.is_empty()).then(|| text.to_owned())
    };
    if new == old {
        return Ok(());
    }
    session.note(&q.id, new.clone())?;
    save(session, p)?;
    p.say(if new.is_some() {
        "✔ Note saved."
    } else {
        "✔ Note removed."
    })?;
    p.say("")?;
    Ok(())
}

#[cfg(test)]
mod tests;
