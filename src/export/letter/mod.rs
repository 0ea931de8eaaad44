//! What `ask` writes for one person who can answer what the respondent could
//! not: a short letter the owner can send (Markdown, and HTML made from it;
//! [`Plain`] for the report's letters to copy), and an answers file for them to
//! fill in and send back ([`reply`]).
//!
//! The letter `ask` writes: short, polite and in plain words, for someone
//! outside the business (an IT provider's account manager, a broker, an
//! accountant) who is not expected to know the questionnaire. Must-haves come
//! first; each question comes with its `ask_provider` line, written to whoever
//! the question's `ask_whom` names.
//!
//! Everything from the answers file (names) is escaped; the questionnaire's
//! text is placed inline and escaped too.

use crate::export::html;
use crate::model::answers::{QuestionnaireRef, Respondent};
use crate::model::{Question, Questionnaire};
use crate::text::markdown::{heading, inline};
use crate::text::plain;
use crate::text::terminal::clean_line;

pub mod reply;

use super::{Choice, Exporter};
use crate::export::ExportError;
use crate::format::Format;

/// What writes a letter, whatever its lifetime.
pub type LetterExporter = dyn for<'a> Exporter<Letter<'a>>;

/// What `ask` writes, the default first: the file to fill in, or the letter.
pub static FORMATS: [Choice<LetterExporter>; 3] = [
    Choice {
        name: "yaml",
        format: Format::Yaml,
        help: "An answers file to fill in",
        exporter: &reply::Reply,
    },
    Choice {
        name: "markdown",
        format: Format::Markdown,
        help: "A letter, in Markdown",
        exporter: &Markdown,
    },
    Choice {
        name: "html",
        format: Format::Html,
        help: "A letter, as a web page",
        exporter: &Html,
    },
];

/// The letter in Markdown.
pub struct Markdown;

impl Exporter<Letter<'_>> for Markdown {
    fn export(&self, l: &Letter<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(letter(l).into_bytes())
    }
}

/// The letter as a web page.
pub struct Html;

impl Exporter<Letter<'_>> for Html {
    fn export(&self, l: &Letter<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(html(l).into_bytes())
    }
}

use crate::delegate::who;

/// What the letter is about and who signs it.
pub struct Letter<'a> {
    /// As `ask_whom` names them (`it-provider`, or a short text).
    pub recipient: &'a str,
    pub questionnaire: &'a Questionnaire,
    /// Who signs: the respondent of the answers file.
    pub respondent: &'a Respondent,
    /// The questionnaire as the answers file names it, for the file to fill
    /// in ([`reply`]), so that `merge` can check the reply.
    pub answered: &'a QuestionnaireRef,
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

/// How text from files is made safe for the letter's format: escaped for
/// Markdown, or cleaned for plain text.
type Esc = fn(&str) -> String;

fn opening(l: &Letter<'_>, esc: Esc) -> Vec<String> {
    let w = who(l.recipient);
    let business =
        some(l.respondent.organisation.as_deref()).map_or_else(|| "our business".to_owned(), esc);
    let mut first = format!(
        "We are checking how well {business} is protected against online attacks and fraud. We used a questionnaire called \"{}\". We could not answer {} ourselves.",
        esc(&l.questionnaire.title),
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

/// What exactly to ask about a question: the recommendation's `ask_provider`,
/// written to whoever `ask_whom` names.
fn ask_line(q: &Question) -> Option<&str> {
    q.recommendation
        .as_ref()
        .and_then(|r| r.ask_provider.as_deref())
}

/// The questions in groups: must-haves first, then the others, each group
/// with its heading and a line under it.
fn groups<'a>(l: &'a Letter<'_>) -> Vec<(&'static str, Option<String>, &'a [&'a Question])> {
    let must = l.questions.iter().filter(|q| q.is_critical()).count();
    let (first, rest) = l.questions.split_at(must);
    if must == 0 {
        let heading = if rest.len() == 1 {
            "Our question"
        } else {
            "Our questions"
        };
        return vec![(heading, None, rest)];
    }
    let under = format!(
        "{} customers and insurers expect.",
        if must == 1 {
            "This is a must-have that"
        } else {
            "These are must-haves that"
        }
    );
    let mut out = vec![("Most important", Some(under), first)];
    if !rest.is_empty() {
        out.push(("Other questions", None, rest));
    }
    out
}

fn questions(l: &Letter<'_>) -> Vec<String> {
    let mut out = Vec::new();
    let mut n = 0;
    for (title, under, qs) in groups(l) {
        out.push(format!("## {title}"));
        out.extend(under);
        for q in qs {
            n += 1;
            out.push(format!("### {n}. {}", heading(&q.text)));
            out.extend(ask_line(q).map(inline));
        }
    }
    out
}

fn closing(l: &Letter<'_>, esc: Esc) -> Vec<String> {
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
    let name = some(r.name.as_deref()).map(esc);
    let place = match (some(r.role.as_deref()), some(r.organisation.as_deref())) {
        (Some(role), Some(org)) => Some(format!("{}, {}", esc(role), esc(org))),
        (None, Some(org)) => Some(esc(org)),
        (Some(role), None) if name.is_some() => Some(esc(role)),
        _ => None,
    };
    let signature: Vec<String> = [name, place].into_iter().flatten().collect();
    if !signature.is_empty() {
        out.push("Kind regards,".into());
        out.push(signature.join("\n"));
    }
    out
}

/// The letter, in Markdown: blocks separated by a blank line.
pub fn letter(l: &Letter<'_>) -> String {
    let mut blocks = vec![format!("# {}", heading(&title(l)))];
    blocks.extend(opening(l, inline));
    blocks.extend(questions(l));
    // A signature's lines end in a hard break.
    blocks.extend(
        closing(l, inline)
            .into_iter()
            .map(|b| b.replace('\n', "\\\n")),
    );
    let mut s = blocks.join("\n\n");
    s.push('\n');
    s
}

/// The letter as plain text, to copy into an email: paragraphs, and the
/// questions numbered, each with what to ask under it.
pub fn plain(l: &Letter<'_>) -> Plain {
    let esc: Esc = clean_line;
    let mut text: Vec<Vec<String>> = opening(l, esc).into_iter().map(|p| vec![p]).collect();
    let mut items = Vec::new();
    let mut n = 0;
    let parts = groups(l);
    let labelled = parts.len() > 1;
    for (title, _, qs) in parts {
        if labelled {
            items.push(format!("{title}:"));
        }
        for q in qs {
            n += 1;
            let number = format!("{n}. ");
            items.push(format!("{number}{}", clean_line(&q.text)));
            if let Some(ask) = ask_line(q) {
                let under = " ".repeat(number.len());
                items.push(format!("{under}{}", clean_line(&plain_text(ask))));
            }
        }
    }
    let questions = text.len();
    text.push(items);
    text.extend(
        closing(l, esc)
            .into_iter()
            .map(|p| p.lines().map(str::to_owned).collect()),
    );
    Plain {
        groups: text,
        questions,
    }
}

/// Authored Markdown (an `ask_provider` line) as one line of plain words.
fn plain_text(md: &str) -> String {
    crate::text::plain::markdown(md, usize::MAX / 2).replace('\n', " ")
}

/// A letter as plain text: groups of lines (a paragraph is one line; the
/// questions are one group, a line each).
pub struct Plain {
    pub groups: Vec<Vec<String>>,
    /// Which group holds the numbered questions.
    pub questions: usize,
}

impl Plain {
    /// The letter as text, each line wrapped to `width` (questions with a
    /// hanging indent under their number), or unwrapped with `None`.
    pub fn text(&self, width: Option<usize>) -> String {
        let groups: Vec<String> = self
            .groups
            .iter()
            .map(|lines| {
                let mut out = Vec::new();
                for line in lines {
                    let Some(width) = width else {
                        out.push(line.clone());
                        continue;
                    };
                    // Under a number, or under the line before (an indented
                    // line): the hanging indent.
                    let number = line.split_once(". ").map_or(0, |(n, _)| {
                        if n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() {
                            n.len() + 2
                        } else {
                            0
                        }
                    });
                    let number = number.max(line.len() - line.trim_start().len());
                    let (first, rest) = line.split_at(number);
                    out.extend(plain::wrap(rest, width, first, &" ".repeat(number)));
                }
                out.join("\n")
            })
            .collect();
        groups.join("\n\n")
    }
}

/// The letter as a standalone web page.
pub fn html(l: &Letter<'_>) -> String {
    html::page(&title(l), &letter(l))
}

#[cfg(test)]
mod tests;
