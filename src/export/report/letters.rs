//! The questions to ask other people, grouped by who can answer them (`ask_whom`:
//! the IT provider, the insurance broker, the accountant, or anyone named),
//! each group with the letter `assure ask` writes, as plain text ready to copy
//! into an email.
//!
//! The questions are those `ask` picks (`delegate::request`): asked, scored, and not
//! answered or answered "I don't know"; must-haves first, then the action
//! plan's order. Recipients come in the order of their most urgent question.

use super::block::{Block, Part};
use crate::delegate::{self, request};
use crate::export::letter::Letter;
use crate::export::letter::{self, Plain};
use crate::model::Question;
use crate::report::Report;
use crate::score::Assessment;
use crate::text::markdown::{heading, inline};

/// One question for a recipient.
pub struct Ask<'q> {
    pub question: &'q Question,
    /// What to ask: the recommendation's words for the recipient (Markdown
    /// written by the questionnaire's author), else the question.
    pub text: &'q str,
    pub critical: bool,
}

/// Everything to ask one recipient.
pub struct Recipient<'q> {
    /// As `ask_whom` says it: `it-provider`, `insurance-broker`, `accountant`, or
    /// a short text.
    pub id: &'q str,
    pub asks: Vec<Ask<'q>>,
}

/// Everyone with questions to ask, the one with the most urgent first.
pub fn recipients<'q>(a: &Assessment<'q>) -> Vec<Recipient<'q>> {
    let place = |q: &Question| {
        a.actions
            .iter()
            .position(|x| x.question.id.as_str() == q.id.as_str())
            .unwrap_or(usize::MAX)
    };
    let mut out: Vec<Recipient<'q>> = request::recipients(a)
        .into_iter()
        .map(|(id, _)| Recipient {
            id,
            asks: request::questions(a, id)
                .into_iter()
                .map(|r| Ask {
                    question: r.question,
                    text: r
                        .question
                        .recommendation
                        .as_ref()
                        .and_then(|x| x.ask_provider.as_deref())
                        .unwrap_or(r.question.text.as_str()),
                    critical: r.question.is_critical(),
                })
                .collect(),
        })
        .collect();
    out.sort_by_key(|to| {
        let first = to.asks.first();
        (
            !first.is_some_and(|x| x.critical),
            first.map_or(usize::MAX, |x| place(x.question)),
        )
    });
    out
}

/// The letter to `to`, as plain text.
pub fn letter(r: &Report<'_>, to: &Recipient<'_>) -> Plain {
    let a = r.assessment;
    letter::plain(&Letter {
        recipient: to.id,
        questionnaire: a.questionnaire,
        respondent: &a.answers.respondent,
        answered: &a.answers.questionnaire,
        questions: to.asks.iter().map(|x| x.question).collect(),
    })
}

pub fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

pub fn part(r: &Report<'_>) -> Part {
    let mut p = Part::new("ask", "Questions to ask", "Questions to ask");
    let all = recipients(r.assessment);
    let yourselves = request::to_look_into(r.assessment);
    if all.is_empty() && yourselves.is_empty() {
        p.md("Every question asked has an answer: there is nothing to ask anyone else.");
        return p;
    }
    if !all.is_empty() {
        p.md("Some questions need someone else's answer. For each person, here is a short letter with their questions, must-haves first, that you can copy into an email; `assure ask` writes the same letter, and a file for them to fill in.");
    }
    for to in &all {
        let name = delegate::who(to.id).name;
        p.heading(3, &heading(&capitalised(&name)));
        let urgent = to.asks.iter().filter(|x| x.critical).count();
        p.md(count_line(to.asks.len(), urgent, &inline(&name)));
        p.push(Block::Letter(letter(r, to)));
    }
    for (instead, list) in &yourselves {
        look_into(&mut p, r.assessment, instead, list);
    }
    p
}

/// "3 questions for your accountant; the first is about a must-have."
fn count_line(n: usize, urgent: usize, name: &str) -> String {
    let count = crate::text::count::count(n, "question", "questions");
    match urgent {
        0 => format!("{count} for {name}."),
        u if u == n => format!("{count} for {name}, all about must-haves."),
        1 => format!("{count} for {name}; the first is about a must-have."),
        u => format!("{count} for {name}; the first {u} are about must-haves."),
    }
}

/// Questions for someone the business does not have (no IT provider): no
/// letter, but what to look into, and with whom.
fn look_into(
    p: &mut Part,
    a: &Assessment<'_>,
    instead: &str,
    list: &[&crate::score::QuestionResult<'_>],
) {
    p.heading(3, &heading(&format!("To look into with {instead}")));
    let absent: Vec<String> = a
        .absent
        .iter()
        .filter(|(_, i)| *i == instead)
        .map(|(who, _)| {
            let name = delegate::who(who).name;
            name.strip_prefix("your ").unwrap_or(&name).to_owned()
        })
        .collect();
    let urgent = list.iter().filter(|x| x.question.is_critical()).count();
    p.md(format!(
        "Your answers say the business has no {}, so there is no letter to write. {}",
        inline(&absent.join(" or ")),
        count_line(list.len(), urgent, &inline(instead))
    ));
    let items: Vec<String> = list
        .iter()
        .map(|x| {
            let q = x.question;
            let must = if q.is_critical() {
                " (a must-have)"
            } else {
                ""
            };
            let check = q
                .recommendation
                .as_ref()
                .and_then(|r| r.ask_provider.as_deref())
                .map(|ask| format!("\\\n  To check: {}", inline(ask)))
                .unwrap_or_default();
            format!("- {}{must}{check}", inline(&q.text))
        })
        .collect();
    p.md(items.join("\n"));
}

#[cfg(test)]
mod tests;
