//! The printable questionnaire (`assure show Q --format markdown`): for suppliers
//! who will not use a command line. Sections, numbered questions, options as check
//! boxes, help in plain words, and conditions phrased with question numbers.

use crate::condition::words::{Numbers, condition_words};
use crate::model::{Condition, Question, QuestionType, Questionnaire};
use crate::text::markdown::Align::L;
use crate::text::markdown::table_head;
use crate::text::markdown::{authored, heading, inline};

/// A condition in words: "you answered “Yes” to question 2".
fn words(c: &Condition, q: &Questionnaire, n: &Numbers<'_>) -> String {
    condition_words(c, q, n, &inline)
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
    blocks.push(format!(
        "{}\n| Organisation | |\n| Your name | |\n| Your role | |\n| Email | |\n| Date | |",
        table_head(&[("About you", L), ("Your answer", L)])
    ));
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
    } else if question.is_important() {
        " (important)"
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
