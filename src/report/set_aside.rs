//! Answers from an older version of the questionnaire that no longer fit it
//! (`Answers::set_aside`), as every report format lists them: the question,
//! the answer as it was written, and why it no longer fits, in plain words.

use crate::diagnostic::Code;
use crate::model::answers::Leftover;
use crate::model::{Question, Questionnaire};
use crate::score::Assessment;

/// The heading every format gives them.
pub const HEADING: &str = "Answers from an older version that no longer fit";

/// One answer set aside, ready to show. Its texts are untrusted: escape them
/// for the format.
pub struct SetAside<'a> {
    /// The question id, as the file writes it.
    pub id: &'a str,
    /// The question as it is now, when it is still asked.
    pub question: Option<&'a Question>,
    /// The title of the question's section now, when it is still asked.
    pub section: Option<&'a str>,
    /// The answer as written (a list joined with commas), or empty.
    pub answer: &'a str,
    /// `question-removed` or `answer-no-longer-fits`.
    pub reason: &'static str,
    /// Why, in a plain sentence (it may quote the answer: escape it).
    pub why: String,
    /// Why, as the `set-aside` warning says it (names the question and the answer).
    pub detail: &'a str,
}

/// The answers set aside, in the order the file wrote them.
pub fn list<'a>(a: &'a Assessment<'_>) -> Vec<SetAside<'a>> {
    a.answers
        .set_aside
        .iter()
        .map(|l| one(a.questionnaire, l))
        .collect()
}

fn one<'a>(q: &'a Questionnaire, l: &'a Leftover) -> SetAside<'a> {
    let question = q.question(&l.question);
    let section = q
        .sections
        .iter()
        .find(|s| s.questions.iter().any(|x| x.id.as_str() == l.question))
        .map(|s| s.title.as_str().trim());
    SetAside {
        id: &l.question,
        question,
        section,
        answer: l.raw.as_deref().unwrap_or_default(),
        reason: if l.is_removed() {
            "question-removed"
        } else {
            "answer-no-longer-fits"
        },
        why: question.map_or_else(|| why(l.code).to_owned(), |x| why_now(x, l)),
        detail: &l.why,
    }
}

/// Why an answer was set aside, in a sentence a shop owner reads.
pub fn why(code: Code) -> &'static str {
    match code {
        Code::UnknownQuestion => "This question is no longer asked.",
        Code::OutOfRange => "The question now takes a number in another range.",
        Code::NaNotAllowed => "The question no longer allows \"Not applicable\".",
        Code::UnknownNotAllowed => "The question no longer allows \"I don't know\".",
        _ => "The question has changed, and this is no longer one of its answers.",
    }
}

/// Why an answer to a question still asked no longer fits: the values chosen
/// that are no longer among its options, when that is why.
fn why_now(q: &Question, l: &Leftover) -> String {
    let raw = l.raw.as_deref().unwrap_or_default();
    if l.code != Code::InvalidAnswer || q.options().is_empty() || raw.is_empty() {
        return why(l.code).to_owned();
    }
    let gone: Vec<String> = raw
        .split(", ")
        .filter(|v| q.option(v.trim()).is_none())
        .map(|v| format!("\u{201c}{}\u{201d}", v.trim()))
        .collect();
    match gone.len() {
        0 => why(l.code).to_owned(),
        1 => format!(
            "The question has changed: {} is no longer one of its answers.",
            gone[0]
        ),
        _ => format!(
            "The question has changed: {} are no longer among its answers.",
            gone.join(", ")
        ),
    }
}

/// One sentence for the summary and the report's lead, or `None` when nothing
/// was set aside.
pub fn sentence(a: &Assessment<'_>) -> Option<String> {
    let n = a.answers.set_aside.len();
    let version = a.answers.questionnaire.version.as_ref().map_or_else(
        || "an earlier version".to_owned(),
        |v| format!("version {}", v.value),
    );
    match n {
        0 => None,
        1 => Some(format!(
            "1 answer given to {version} no longer fits this version of the questionnaire: it counts as not answered until the question is answered again."
        )),
        n => Some(format!(
            "{n} answers given to {version} no longer fit this version of the questionnaire: they count as not answered until the questions are answered again."
        )),
    }
}

#[cfg(test)]
mod tests;
