//! Before the first question: what this is, how long it is, where answers are
//! saved; then who is answering.

use std::io;

use crate::interactive::prompt::Prompter;
use crate::interactive::session::Session;
use crate::model::answers::Respondent;
use crate::text::plain;

/// The welcome: title, description, how many questions, and where answers go.
/// `file` is shown as given (already safe for a terminal).
pub fn intro(p: &mut dyn Prompter, session: &Session<'_>, file: &str) -> io::Result<()> {
    let q = session.questionnaire();
    let width = p.width();
    let mut text = format!("\n{}\n", plain::line(&q.title, width));
    let (asked, all) = session.counts();
    let answered = asked - session.unanswered();
    if answered > 0 {
        text.push_str(&format!(
            "\nWelcome back. You have answered {answered} of {asked} questions so far.\nYour answers are saved after each one, in {file}.\n"
        ));
    } else {
        if let Some(d) = &q.description {
            text.push_str(&format!("\n{}\n", plain::markdown(d, width)));
        }
        let more = all - asked;
        let count = if more == 0 {
            format!("There are {asked} questions.")
        } else {
            format!("There are {asked} questions, and up to {more} more if they apply to you.")
        };
        text.push_str(&format!(
            "\n{count} Your answers are saved after each one, in {file}.\nYou can stop at any time and carry on later.\n"
        ));
    }
    let lines: Vec<String> = text
        .lines()
        .flat_map(|l| {
            if l.chars().count() <= width {
                vec![l.to_owned()]
            } else {
                plain::wrap(l, width, "", "")
            }
        })
        .collect();
    p.say(&lines.join("\n"))
}

fn looks_like_email(s: &str) -> Result<(), String> {
    let s = s.trim();
    let ok = s.is_empty()
        || (s.split('@').count() == 2
            && !s.starts_with('@')
            && !s.ends_with('@')
            && !s.contains(char::is_whitespace));
    if ok {
        Ok(())
    } else {
        Err("That does not look like an email address. Leave it empty if you prefer.".into())
    }
}

/// Who is answering: asked when the answers do not say yet; else the date is
/// brought up to today.
pub fn who(
    p: &mut dyn Prompter,
    session: &mut Session<'_>,
    organisation: Option<&str>,
) -> io::Result<()> {
    let today = crate::date::today();
    if session.answers().respondent.is_empty() {
        *session.respondent_mut() = respondent(p, organisation, today)?;
    } else {
        session.respondent_mut().date = Some(today);
    }
    Ok(())
}

/// Asks who is answering; every detail is optional. `organisation` is the
/// default from the config, `date` today's date.
pub fn respondent(
    p: &mut dyn Prompter,
    organisation: Option<&str>,
    date: String,
) -> io::Result<Respondent> {
    p.say(
        "\nFirst, a few details for the report. Each one is optional: press Enter to leave it out.",
    )?;
    let mut ask = |prompt: &str, initial: &str, check: &dyn Fn(&str) -> Result<(), String>| {
        p.input(prompt, initial, check).map(|s| {
            let s = s.trim();
            (!s.is_empty()).then(|| s.to_owned())
        })
    };
    let initial = organisation
        .map(|o| plain::line(o, 200))
        .unwrap_or_default();
    let organisation = ask("Your business or organisation", &initial, &|_| Ok(()))?;
    let name = ask("Your name", "", &|_| Ok(()))?;
    let role = ask("Your role (for example: Owner)", "", &|_| Ok(()))?;
    let email = ask("Your email address", "", &looks_like_email)?;
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
