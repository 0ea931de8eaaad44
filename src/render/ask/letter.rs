//! The letter `ask` writes: short, polite and in plain words, for someone
//! outside the business (an IT provider's account manager, a broker, an
//! accountant) who is not expected to know the questionnaire. Must-haves come
//! first; each question comes with its `ask_provider` line, written to whoever
//! the question's `ask_whom` names.
//!
//! Everything from the answers file (names) is escaped; the questionnaire's
//! text is placed inline and escaped too.

use crate::model::answers::Respondent;
use crate::model::{Question, Questionnaire};
use crate::render::report::html;
use crate::text::markdown::{heading, inline};

use super::who;

/// What the letter is about and who signs it.
pub struct Letter<'a> {
    /// As `ask_whom` names them (`it-provider`, or a short text).
    pub recipient: &'a str,
    pub questionnaire: &'a Questionnaire,
    /// Who signs: the respondent of the answers file.
    pub respondent: &'a Respondent,
    /// The questions, in the order to ask them (must-haves first).
    pub questions: Vec<&'a Question>,
}

fn some(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

/// The letter's title, as plain text.
pub fn title(l: &Letter<'_>) -> String {
    let w = who(l.recipient);
    format!(
        "Questions for {}",
        crate::text::terminal::clean_line(&w.ours)
    )
}

fn count(n: usize) -> String {
    match n {
        1 => "one of its questions".into(),
        n => format!("{n} of its questions"),
    }
}

fn opening(l: &Letter<'_>) -> Vec<String> {
    let w = who(l.recipient);
    let business = some(l.respondent.organisation.as_deref())
        .map_or_else(|| "our business".to_owned(), inline);
    let mut first = format!(
        "We are checking how well {business} is protected against online attacks and fraud. We used a questionnaire called \"{}\". We could not answer {} ourselves.",
        inline(&l.questionnaire.title),
        count(l.questions.len())
    );
    match w.because {
        Some(because) => first.push_str(&format!(" {because}, so we hope you can help.")),
        None => first.push_str(" We think you know the answers."),
    }
    let one = l.questions.len() == 1;
    let (each, were, them) = if one {
        ("the question", "question was", "it")
    } else {
        ("each question", "questions were", "them")
    };
    vec![
        "Hello,".into(),
        first,
        format!(
            "Could you answer {each} below? A short answer is fine: yes, no, or a few words. If you don't know, please say so."
        ),
        format!("The {were} written for us, so \"you\" and \"your\" in {them} mean {business}."),
    ]
}

/// One question: its text as a heading, and what exactly to ask them (the
/// recommendation's `ask_provider`, written to whoever `ask_whom` names).
fn question(n: usize, q: &Question) -> Vec<String> {
    let mut out = vec![format!("### {n}. {}", heading(&q.text))];
    let ask = q
        .recommendation
        .as_ref()
        .and_then(|r| r.ask_provider.as_deref());
    if let Some(ask) = ask {
        out.push(inline(ask));
    }
    out
}

fn questions(l: &Letter<'_>) -> Vec<String> {
    let must = l.questions.iter().filter(|q| q.is_critical()).count();
    let mut out = Vec::new();
    for (i, q) in l.questions.iter().enumerate() {
        if i == 0 && must > 0 {
            out.push("## Most important".into());
            out.push(format!(
                "{} customers and insurers expect.",
                if must == 1 {
                    "This is a must-have that"
                } else {
                    "These are must-haves that"
                }
            ));
        }
        if i == 0 && must == 0 {
            let heading = if l.questions.len() == 1 {
                "## Our question"
            } else {
                "## Our questions"
            };
            out.push(heading.into());
        }
        if i == must && must > 0 {
            out.push("## Other questions".into());
        }
        out.extend(question(i + 1, q));
    }
    out
}

fn closing(l: &Letter<'_>) -> Vec<String> {
    let r = l.respondent;
    let these = if l.questions.len() == 1 {
        "this question"
    } else {
        "these questions"
    };
    let mut out = vec![
        format!(
            "We can also send {these} as a small file to fill in. Our security tool then reads your answers straight back."
        ),
        "Thank you for your help.".to_owned(),
    ];
    let name = some(r.name.as_deref()).map(inline);
    let place = match (some(r.role.as_deref()), some(r.organisation.as_deref())) {
        (Some(role), Some(org)) => Some(format!("{}, {}", inline(role), inline(org))),
        (None, Some(org)) => Some(inline(org)),
        (Some(role), None) if name.is_some() => Some(inline(role)),
        _ => None,
    };
    let signature: Vec<String> = [name, place].into_iter().flatten().collect();
    if !signature.is_empty() {
        out.push("Kind regards,".into());
        out.push(signature.join("\\\n"));
    }
    out
}

/// The letter, in Markdown: blocks separated by a blank line.
pub fn letter(l: &Letter<'_>) -> String {
    let mut blocks = vec![format!("# {}", heading(&title(l)))];
    blocks.extend(opening(l));
    blocks.extend(questions(l));
    blocks.extend(closing(l));
    let mut s = blocks.join("\n\n");
    s.push('\n');
    s
}

/// The letter as a standalone web page.
pub fn html(l: &Letter<'_>) -> String {
    html::page(&title(l), &letter(l))
}
