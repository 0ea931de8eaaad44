//! The printable questionnaire (`assure show Q --format markdown`): for suppliers
//! who will not use a command line. Sections, numbered questions, options as check
//! boxes, help in plain words, and conditions phrased with question numbers.

use std::collections::HashMap;

use crate::model::{Condition, Question, QuestionType, Questionnaire, Test, YesNo};
use crate::text::markdown::{authored, heading, inline};
use crate::text::number::number;

/// Question numbers by id, counting from 1 in file order.
pub type Numbers<'q> = HashMap<&'q str, usize>;

pub fn numbers(q: &Questionnaire) -> Numbers<'_> {
    q.questions()
        .enumerate()
        .map(|(i, x)| (x.id.as_str(), i + 1))
        .collect()
}

fn label(q: &Question, value: &str) -> String {
    match q.kind() {
        QuestionType::YesNo => match YesNo::parse(value) {
            Some(YesNo::Yes) => "Yes".into(),
            Some(YesNo::No) => "No".into(),
            None => value.into(),
        },
        _ => q
            .option(value)
            .map_or_else(|| value.to_owned(), |o| o.label.value.clone()),
    }
}

/// A condition in words: "you answered “Yes” to question 2".
fn words(c: &Condition, q: &Questionnaire, n: &Numbers<'_>) -> String {
    condition_words(c, q, n, &inline)
}

/// The same, with labels made safe by `esc` for where they are shown.
pub fn condition_words(
    c: &Condition,
    q: &Questionnaire,
    n: &Numbers<'_>,
    esc: &dyn Fn(&str) -> String,
) -> String {
    let words = |c: &Condition, q: &Questionnaire, n: &Numbers<'_>| condition_words(c, q, n, esc);
    let inline = esc;
    match c {
        Condition::All(list) => list
            .iter()
            .map(|c| words(c, q, n))
            .collect::<Vec<_>>()
            .join(", and "),
        Condition::Any(list) => list
            .iter()
            .map(|c| words(c, q, n))
            .collect::<Vec<_>>()
            .join(", or "),
        Condition::Not(inner) => format!("it is not the case that {}", words(inner, q, n)),
        Condition::Test { question, test } => {
            let Some(target) = q.question(question) else {
                return question.value.clone();
            };
            let num = n.get(question.as_str()).copied().unwrap_or(0);
            match test {
                Test::Equals(v) => format!(
                    "you answered \"{}\" to question {num}",
                    inline(&label(target, v))
                ),
                Test::In(values) => {
                    let labels: Vec<String> = values
                        .iter()
                        .map(|v| format!("\"{}\"", inline(&label(target, v))))
                        .collect();
                    format!("you answered {} to question {num}", labels.join(" or "))
                }
                Test::Includes(v) => format!(
                    "you ticked \"{}\" in question {num}",
                    inline(&label(target, v))
                ),
                Test::Range { at_least, at_most } => match (at_least, at_most) {
                    (Some(lo), Some(hi)) => format!(
                        "your answer to question {num} is from {} to {}",
                        number(lo.value),
                        number(hi.value)
                    ),
                    (Some(lo), None) => format!(
                        "your answer to question {num} is at least {}",
                        number(lo.value)
                    ),
                    (None, Some(hi)) => format!(
                        "your answer to question {num} is at most {}",
                        number(hi.value)
                    ),
                    (None, None) => format!("you answered question {num}"),
                },
                Test::Answered(true) => format!("you answered question {num}"),
                Test::Answered(false) => format!("you did not answer question {num}"),
            }
        }
    }
}

fn boxes(q: &Question) -> String {
    let mut lines: Vec<String> = match q.kind() {
        QuestionType::YesNo => vec!["Yes".into(), "No".into()],
        QuestionType::Choice | QuestionType::Multi => {
            q.options().iter().map(|o| inline(&o.label)).collect()
        }
        QuestionType::Number | QuestionType::Text => Vec::new(),
    };
    if q.allow_unknown {
        lines.push("I don't know".into());
    }
    if q.allows_na() {
        lines.push("Not applicable".into());
    }
    lines
        .iter()
        .map(|l| format!("- [ ] {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The printable form of `q`, as Markdown.
pub fn render(q: &Questionnaire) -> String {
    let numbers: Numbers<'_> = q
        .questions()
        .enumerate()
        .map(|(i, x)| (x.id.as_str(), i + 1))
        .collect();
    let mut blocks = front(q, numbers.len());
    for (s, section) in q.sections.iter().enumerate() {
        blocks.push(format!("## {}. {}", s + 1, heading(&section.title)));
        if let Some(d) = &section.description {
            blocks.push(authored(d));
        }
        if let Some(when) = &section.when {
            blocks.push(format!(
                "Answer this section only if {}.",
                words(when, q, &numbers)
            ));
        }
        for question in &section.questions {
            question_blocks(&mut blocks, q, question, &numbers);
        }
    }
    let mut out = blocks
        .iter()
        .map(|b| b.trim_end())
        .collect::<Vec<_>>()
        .join("\n\n");
    out.push('\n');
    out
}

/// The title, what the form is, how to fill it in, and the respondent's details.
fn front(q: &Questionnaire, total: usize) -> Vec<String> {
    let mut blocks: Vec<String> = vec![format!("# {}", heading(&q.title))];
    let mut facts = format!(
        "Version {} of `{}`: {total} questions in {} sections.",
        inline(&q.version),
        q.id.value,
        q.sections.len()
    );
    if let Some(p) = &q.publisher {
        facts = format!("From {}. {facts}", inline(p));
    }
    blocks.push(facts);
    if let Some(d) = &q.description {
        blocks.push(authored(d));
    }
    blocks.push("## How to fill this in".into());
    blocks.push(
        [
            "- Tick one box for each question, unless it says \"tick all that apply\".",
            "- \"I don't know\" is always a fine answer: the report then tells you what to find out.",
            "- Questions marked **must-have** count most. A gap there holds back the rating.",
            "- Some questions say when to skip them, based on an earlier answer.",
        ]
        .join("\n"),
    );
    blocks.push(
        "| About you | Your answer |\n| --- | --- |\n| Organisation | |\n| Your name | |\n| Your role | |\n| Email | |\n| Date | |"
            .into(),
    );
    blocks
}

/// One numbered question: its condition, help, why, where to answer, proof.
fn question_blocks(
    blocks: &mut Vec<String>,
    q: &Questionnaire,
    question: &Question,
    numbers: &Numbers<'_>,
) {
    let num = numbers.get(question.id.as_str()).copied().unwrap_or(0);
    let must = if question.is_critical() {
        " (must-have)"
    } else {
        ""
    };
    blocks.push(format!("### {num}. {}{must}", heading(&question.text)));
    if let Some(when) = &question.when {
        blocks.push(format!("Answer only if {}.", words(when, q, numbers)));
    }
    if let Some(help) = &question.help {
        blocks.push(authored(help));
    }
    if let Some(why) = &question.why {
        blocks.push(format!("Why it matters: {}", authored(why)));
    }
    match question.kind() {
        QuestionType::Multi => blocks.push("Tick all that apply:".into()),
        QuestionType::Number => {
            let unit = question
                .unit
                .as_ref()
                .map_or(String::new(), |u| format!(" ({})", inline(u)));
            blocks.push(format!("Your answer{unit}: ......................"));
        }
        QuestionType::Text => {
            blocks.push("Your answer: ..............................................".into());
        }
        _ => {}
    }
    let b = boxes(question);
    if !b.is_empty() {
        blocks.push(b);
    }
    if let Some(evidence) = &question.evidence {
        blocks.push(format!(
            "Proof a customer may ask for: {}",
            inline(evidence)
        ));
    }
}

#[cfg(test)]
mod tests;
