//! The end of `assess`, for the questions the respondent could not answer:
//! for each person who can (`ask_whom`), an offer to write what `assure ask`
//! writes: the file for them to fill in and the letter to send with it, beside
//! the reports. An existing file of the same name (perhaps their reply) is
//! never replaced: the new one gets a number.

use std::path::Path;

use anyhow::Result;

use crate::delegate::{self, request};
use crate::export::Exporter;
use crate::export::letter::{self, Letter, reply};
use crate::interactive::prompt::Prompter;
use crate::interactive::screens;
use crate::model::Question;
use crate::model::answers::Answers;
use crate::output;
use crate::output::names::free_name;
use crate::score::Assessment;
use crate::text::shell;
use crate::text::slug::slugify;
use crate::text::terminal::clean_line;

fn shown(path: &Path) -> String {
    shell::path(&std::path::absolute(path).unwrap_or_else(|_| path.to_owned()))
}

/// Offers, for each person with open questions, their file and letter;
/// writes those accepted into `dir`, named after `stem`. `answers_file` is
/// the answers file, as the walk names it.
pub(super) fn offer(
    p: &mut dyn Prompter,
    a: &Assessment<'_>,
    answers: &Answers,
    dir: &Path,
    stem: &str,
    answers_file: &Path,
) -> Result<Vec<screens::AskFiles>> {
    let q = a.questionnaire;
    let mut written = Vec::new();
    for (recipient, n) in request::recipients(a) {
        let name = delegate::who(recipient).name;
        if !screens::offer_ask(p, &name, n)? {
            continue;
        }
        let questions: Vec<&Question> = request::questions(a, recipient)
            .iter()
            .map(|r| r.question)
            .collect();
        let slug = slugify(recipient);
        let fill_in = free_name(dir, &format!("{stem}-for-{slug}"), "yaml");
        let l = Letter {
            recipient,
            questionnaire: q,
            respondent: &answers.respondent,
            answered: &answers.questionnaire,
            questions,
        };
        output::write_atomic(&fill_in, &reply::Reply.export(&l)?)?;
        let letter_path = free_name(dir, &format!("{stem}-letter-to-{slug}"), "html");
        output::write_atomic_unsynced(&letter_path, &letter::Html.export(&l)?)?;
        written.push((
            clean_line(&name),
            shown(&letter_path),
            shown(&fill_in),
            shell::path(answers_file),
        ));
    }
    Ok(written)
}
