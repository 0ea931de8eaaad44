//! Before the first question: what this is, how long it is, where answers are
//! saved; then who is answering.

use std::io;
use std::path::Path;

use crate::interactive::prompt::Refused;
use crate::interactive::prompt::{Look, Prompter, layout};
use crate::interactive::session::Session;
use crate::interactive::store::{Stale, Why};
use crate::model::answers::Respondent;
use crate::report::describe;
use crate::text::{plain, shell};

/// How the keys work: said once, before the first question.
pub const KEYS: &str = "How to answer: press the key shown beside an answer (y for Yes, n for No, ? for \"I don't know\"), or move with the arrow keys and press Enter.\nUnder every question: e explains it, a adds a note, b goes back, s skips it for now, q saves and quits.";

/// The welcome: title, description, how many questions, where answers go, and
/// how the keys work. `file` is shown as given (already safe for a terminal).
pub fn intro(p: &mut dyn Prompter, session: &Session<'_>, file: &str) -> io::Result<()> {
    let q = session.questionnaire();
    let title = plain::line(&q.title, 2000);
    let description = q.description.clone();
    let (asked, _) = session.counts();
    // Answers carried from earlier files are not the respondent's yet.
    let answered = asked - session.unanswered() - session.unconfirmed_left();
    let mut text = String::new();
    if answered > 0 {
        text.push_str(&format!(
            "Welcome back. You have answered {answered} of {asked} questions so far.\nYour answers are saved after each one, in:\n    {file}"
        ));
    } else {
        let more = session.maybe();
        let count = if more == 0 {
            format!("There are {asked} questions.")
        } else {
            format!("There are {asked} questions, and up to {more} more if they apply to you.")
        };
        text.push_str(&format!(
            "{count} Your answers are saved after each one, in:\n    {file}\nYou can stop at any time and carry on later."
        ));
    }
    let rechecks = session.rechecks_left();
    if rechecks > 0 {
        text.push_str(&format!("\n{}", recheck_text(rechecks)));
    }
    let welcome = answered == 0;
    p.show(Box::new(move |look: Look| {
        let w = look.width;
        let mut out = format!("\n{}\n", look.strong(&layout::paragraphs(&title, w)));
        if let (true, Some(d)) = (welcome, &description) {
            out.push_str(&format!("\n{}\n", plain::markdown(d, w)));
        }
        out.push_str(&format!(
            "\n{}\n\n{}",
            layout::paragraphs(&text, w),
            layout::paragraphs(KEYS, w)
        ));
        out
    }))
}

fn recheck_text(n: usize) -> String {
    if n == 1 {
        "1 answer from the earlier version is asked again (its question changed, or nothing tells whether it did), with your answer then shown.".into()
    } else {
        format!(
            "{n} answers from the earlier version are asked again (their questions changed, or nothing tells whether they did), each with your answer then shown."
        )
    }
}

/// What `--from` carried: how many questions are answered already, and that
/// the others come first.
pub fn carried(
    p: &mut dyn Prompter,
    session: &Session<'_>,
    taken: usize,
    not_carried: usize,
    files: &str,
) -> io::Result<()> {
    let files = plain::line(files, 2000);
    let mut text = if taken == 0 {
        format!("\nNo answer could be carried from {files}.")
    } else {
        let (n, is) = if taken == 1 {
            ("1 question".to_owned(), "is")
        } else {
            (format!("{taken} questions"), "are")
        };
        let then = match session.unanswered() {
            0 => "Each earlier answer is shown, to keep with Enter or change.".to_owned(),
            1 => "You answer the 1 other question first; then each earlier answer is shown, to keep with Enter or change.".to_owned(),
            others => format!("You answer the {others} other questions first; then each earlier answer is shown, to keep with Enter or change."),
        };
        format!("\nFrom your earlier answers in {files}: {n} {is} answered already. {then}")
    };
    if not_carried == 1 {
        text.push_str(
            " 1 earlier answer could not be carried: its question changed or is no longer asked.",
        );
    } else if not_carried > 1 {
        text.push_str(&format!(
            " {not_carried} earlier answers could not be carried: their questions changed or are no longer asked."
        ));
    }
    p.say(&text)
}

/// Answers given to another version of the questionnaire, none of whose
/// questions changed since: they carry on as they are.
pub fn unchanged_questions(
    p: &mut dyn Prompter,
    session: &Session<'_>,
    old_version: Option<&str>,
) -> io::Result<()> {
    let mut text = other_version(session, old_version);
    text.push_str(" None of the questions you answered has changed since, so your answers carry on as they are.");
    p.say(&text)
}

fn other_version(session: &Session<'_>, old_version: Option<&str>) -> String {
    match old_version {
        Some(v) => format!(
            "\nThese answers were given to version {} of the questionnaire; this is version {}.",
            plain::line(v, 40),
            plain::line(&session.questionnaire().version, 40)
        ),
        None => "\nThe questionnaire has changed since these answers were given.".to_owned(),
    }
}

/// Past this many, the answers that could not be checked are counted, not
/// listed (a hand-written file of an earlier version has dozens).
const LISTED_UNCHECKED: usize = 5;

/// Which saved answers are asked again, and why: answers given to another
/// version of the questionnaire, whose question changed since. `kept` is
/// where the file is kept as it was (already safe for a terminal).
pub fn changed_questions(
    p: &mut dyn Prompter,
    session: &Session<'_>,
    stale: &[Stale],
    old_version: Option<&str>,
    kept: &str,
) -> io::Result<()> {
    let q = session.questionnaire();
    let mut text = other_version(session, old_version);
    text.push_str("\nThese questions changed since, so they are asked again:");
    let unchecked = stale
        .iter()
        .filter(|s| s.why == Why::Unchecked && q.question(&s.id).is_some())
        .count();
    let counted = unchecked > LISTED_UNCHECKED;
    for s in stale {
        if counted && s.why == Why::Unchecked {
            continue;
        }
        if let Some(line) = stale_line(session, s) {
            text.push_str(&line);
        }
    }
    if counted {
        text.push_str(&format!(
            "\n  • {unchecked} more answers that could not be checked: the file does not say which wording of each question they answered, so each is asked again, with your answer then shown"
        ));
    }
    text.push_str(&format!("\nThe file as it was is kept as {kept}."));
    p.say(&text)
}

/// One answer asked again, as a line of the list: the question and why.
fn stale_line(session: &Session<'_>, s: &Stale) -> Option<String> {
    let Some(question) = session.questionnaire().question(&s.id) else {
        let Why::Gone(old) = &s.why else {
            return None;
        };
        let asked = s
            .comment
            .clone()
            .unwrap_or_else(|| format!("The question {}", s.id));
        return Some(format!(
            "\n  • {} (no longer asked; your answer was \"{}\")",
            plain::line(&asked, 2000),
            plain::line(old, 200)
        ));
    };
    let said = match &s.why {
        Why::NoLongerFits(old) => format!(
            "your answer \"{}\" is not one of the choices any more",
            plain::line(old, 200)
        ),
        why => {
            let answer = describe(question, session.answers().value(&s.id));
            let answer = plain::line(&answer, 200);
            if *why == Why::Changed {
                format!("you answered: {answer}")
            } else {
                format!("you answered: {answer}; it could not be checked")
            }
        }
    };
    Some(format!(
        "\n  • {} ({said})",
        plain::line(&question.text, 2000)
    ))
}

/// Says that the file carried on from has comments of its own, which the
/// walk's saves do not keep, and where the file is kept as it was.
pub fn own_comments(p: &mut dyn Prompter, file: &Path, kept: &Path) -> io::Result<()> {
    p.say(&format!(
        "\n{} has comments of your own among its answers. Each save writes the file anew without them, so the file as it is now is kept as {}.",
        shell::path(file),
        shell::path(kept)
    ))
}

fn looks_like_email(s: &str) -> Result<(), Refused> {
    let s = s.trim();
    let ok = s.is_empty()
        || (s.split('@').count() == 2
            && !s.starts_with('@')
            && !s.ends_with('@')
            && !s.contains(char::is_whitespace));
    if ok { Ok(()) } else { Err(Refused::NotAnEmail) }
}

/// Who is answering: asked when the answers do not say yet, each detail
/// starting as `defaults` says (the config's organisation, or who answered
/// the earlier file given with `--from`); else the date is brought up to
/// today.
pub fn who(
    p: &mut dyn Prompter,
    session: &mut Session<'_>,
    defaults: &Respondent,
) -> io::Result<()> {
    let today = crate::date::today();
    if session.answers().respondent.is_empty() {
        *session.respondent_mut() = respondent(p, defaults, today)?;
    } else {
        session.respondent_mut().date = Some(today);
    }
    Ok(())
}

/// Asks who is answering; every detail is optional and starts as `defaults`
/// gives it (Enter keeps it); `date` is today's.
pub fn respondent(
    p: &mut dyn Prompter,
    defaults: &Respondent,
    date: String,
) -> io::Result<Respondent> {
    let kept = defaults.name.is_some() || defaults.role.is_some() || defaults.email.is_some();
    p.say(if kept {
        "\nFirst, a few details for the report, as your earlier answers give them. Press Enter to keep each one, or change it."
    } else {
        "\nFirst, a few details for the report. Each one is optional: press Enter to leave it out."
    })?;
    let mut ask = |prompt: &str, initial: &str, check: &dyn Fn(&str) -> Result<(), Refused>| {
        p.input(prompt, initial, check).map(|s| {
            let s = s.unwrap_or_else(|| initial.to_owned());
            let s = s.trim();
            (!s.is_empty()).then(|| s.to_owned())
        })
    };
    let initial = |s: &Option<String>| {
        s.as_deref()
            .map(|o| plain::line(o, 200))
            .unwrap_or_default()
    };
    let organisation = ask(
        "Your business or organisation",
        &initial(&defaults.organisation),
        &|_| Ok(()),
    )?;
    let name = ask("Your name", &initial(&defaults.name), &|_| Ok(()))?;
    let role = ask(
        "Your role (for example: Owner)",
        &initial(&defaults.role),
        &|_| Ok(()),
    )?;
    let email = ask(
        "Your email address",
        &initial(&defaults.email),
        &looks_like_email,
    )?;
    Ok(Respondent {
        organisation,
        name,
        role,
        email,
        date: Some(date),
    })
}

#[cfg(test)]
mod tests;
