//! The questions to ask other people, grouped by who can answer them (`ask_whom`:
//! the IT provider, the insurance broker, the accountant, or anyone named),
//! each group with a short letter ready to copy into an email.
//!
//! Order: the recipient of the most urgent question first; within a group,
//! must-haves first, then the action plan's order. A question is asked when its
//! action has words for the recipient (`ask_provider`), or when the answer was
//! "I don't know" (the question itself is asked).

use super::outline::{Block, Part};
use super::{Report, organisation, plain_line};
use crate::model::Question;
use crate::score::Assessment;
use crate::text::markdown::{heading, inline};
use crate::text::plain;

/// One question for a recipient.
pub struct Ask<'q> {
    pub question: &'q Question,
    /// What to ask: the action's words for the recipient (Markdown written by the
    /// questionnaire's author), else the question.
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

pub fn recipients<'q>(a: &'q Assessment<'q>) -> Vec<Recipient<'q>> {
    let mut out: Vec<Recipient<'q>> = Vec::new();
    for action in &a.actions {
        let q = action.question;
        let text = match action.ask_provider() {
            Some(ask) => ask,
            None if action.find_out => q.text.as_str(),
            None => continue,
        };
        let i = match out.iter().position(|r| r.id == q.recipient()) {
            Some(i) => i,
            None => {
                out.push(Recipient {
                    id: q.recipient(),
                    asks: Vec::new(),
                });
                out.len() - 1
            }
        };
        if out[i].asks.iter().all(|x| x.text.trim() != text.trim()) {
            out[i].asks.push(Ask {
                question: q,
                text,
                critical: q.is_critical(),
            });
        }
    }
    for r in &mut out {
        // Stable: the action plan's order within must-haves and the rest.
        r.asks.sort_by_key(|x| !x.critical);
    }
    out
}

/// A short letter to the recipient asking every question.
pub fn letter(r: &Report<'_>, to: &Recipient<'_>) -> Letter {
    let a = r.assessment;
    let org = organisation(a).map_or_else(|| "our business".to_owned(), plain_line);
    let mut groups = vec![vec!["Hello,".to_owned()]];
    groups.push(vec![format!(
        "We are checking the security of {org} with the {}. Could you help us answer the questions below? A short answer to each is enough. If something is not in place, please say so, and what it would take.",
        plain_line(&a.questionnaire.title)
    )]);
    let urgent = to.asks.iter().filter(|x| x.critical).count();
    if urgent > 0 && urgent < to.asks.len() {
        groups.push(vec![match urgent {
            1 => "The first question is the most urgent.".to_owned(),
            n => format!("The first {n} questions are the most urgent."),
        }]);
    }
    let items = to
        .asks
        .iter()
        .enumerate()
        .map(|(i, ask)| {
            let text = plain::markdown(ask.text, 10_000).replace('\n', " ");
            format!("{}. {}", i + 1, plain_line(&text))
        })
        .collect();
    let mut thanks = vec!["Thank you,".to_owned()];
    let who = &a.answers.respondent;
    for name in [who.name.as_deref(), organisation(a)].into_iter().flatten() {
        let name = plain_line(name);
        if !name.is_empty() {
            thanks.push(name);
        }
    }
    let questions = groups.len();
    groups.push(items);
    groups.push(thanks);
    Letter { groups, questions }
}

/// A letter as plain text: groups of lines (a paragraph is one line; the
/// questions are one group, a line each).
pub struct Letter {
    pub groups: Vec<Vec<String>>,
    /// Which group holds the numbered questions.
    pub questions: usize,
}

impl Letter {
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
                    let number = line.split_once(". ").map_or(0, |(n, _)| {
                        if n.chars().all(|c| c.is_ascii_digit()) {
                            n.len() + 2
                        } else {
                            0
                        }
                    });
                    let (first, rest) = line.split_at(number);
                    out.extend(plain::wrap(rest, width, first, &" ".repeat(number)));
                }
                out.join("\n")
            })
            .collect();
        groups.join("\n\n")
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

pub fn part(r: &Report<'_>) -> Part {
    let mut p = Part::new("ask", "Questions to ask", "Questions to ask");
    let all = recipients(r.assessment);
    if all.is_empty() {
        p.md("This assessment raised no questions for anyone else.");
        return p;
    }
    p.md("Some answers need someone else. For each of them, here is a short letter with their questions, must-haves first, that you can copy into an email.");
    for to in &all {
        let name = crate::render::ask::who(to.id).name;
        p.heading(3, &heading(&capitalised(&name)));
        let urgent = to.asks.iter().filter(|x| x.critical).count();
        let count = match to.asks.len() {
            1 => "1 question".to_owned(),
            n => format!("{n} questions"),
        };
        p.md(match urgent {
            0 => format!("{count} for {}.", inline(&name)),
            n if n == to.asks.len() => {
                format!("{count} for {}, all about must-haves.", inline(&name))
            }
            1 => format!(
                "{count} for {}; the first is about a must-have.",
                inline(&name)
            ),
            n => format!(
                "{count} for {}; the first {n} are about must-haves.",
                inline(&name)
            ),
        });
        p.push(Block::Letter(letter(r, to)));
    }
    p
}

#[cfg(test)]
mod tests;
