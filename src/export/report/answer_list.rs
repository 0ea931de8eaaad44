//! The answers, section by section, for whoever checks the work: each question
//! (its id after it, small) with its answer and status, then the notes,
//! evidence, who gave each answer when it was not the respondent, and where a
//! carried-over answer came from (flagged when it is too old to rely on).

use super::block::Part;
use crate::model::answers::Answer;
use crate::report::{Report, describe, given_by, needs_fresh_look, status_text};
use crate::score::QuestionResult;
use crate::text::markdown::Align::{L, R};
use crate::text::markdown::table_head;
use crate::text::markdown::{self as escape, cell, code, heading, inline};

/// Who gave an answer and where it came from, as list-item text.
pub fn provenance(r: &Report<'_>, answer: &Answer) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(by) = given_by(answer) {
        out.push(format!("**Answer given by:** {}", inline(&by)));
    }
    if let Some(from) = &answer.from {
        let mut text = format!("**Carried over from:** {}", inline(&from.file));
        if let Some(date) = &from.date {
            text.push_str(&format!(", answered on {}", inline(date)));
        }
        if needs_fresh_look(r, answer) == Some(true) {
            text.push_str(&format!(
                ". **More than {} days old: check that it is still true.**",
                r.settings.max_age_days
            ));
        }
        out.push(text);
    }
    out
}

pub fn part(r: &Report<'_>, prefix: &str) -> Part {
    let a = r.assessment;
    let mut p = Part::new("answers", "Answers", format!("{prefix}Your answers"));
    let mut n = 0;
    let mut not_asked = Vec::new();
    let mut by_section: Vec<Vec<&QuestionResult<'_>>> = vec![Vec::new(); a.sections.len()];
    for x in &a.questions {
        if let Some(list) = by_section.get_mut(x.section) {
            list.push(x);
        }
    }
    for (section, here) in a.sections.iter().zip(by_section) {
        if here.is_empty() {
            not_asked.push(cell(&section.section.title));
            continue;
        }
        p.heading(3, &heading(&section.section.title));
        let mut rows = Vec::new();
        let mut notes = Vec::new();
        for x in here {
            n += 1;
            rows.push(row(r, n, x));
            if let Some(answer) = x.answer {
                notes.extend(note(r, n, answer));
            }
        }
        let mut table = table_head(&[("#", R), ("Question", L), ("Answer", L), ("Status", L)]);
        for row in rows {
            table.push_str(&format!("\n| {} |", row.join(" | ")));
        }
        p.md(table);
        if !notes.is_empty() {
            p.md(notes.join("\n"));
        }
    }
    if !not_asked.is_empty() {
        p.md(format!(
            "Not asked, because of earlier answers: {}.",
            not_asked.join(", ")
        ));
    }
    super::set_aside::add(&mut p, r);
    p
}

fn row(r: &Report<'_>, n: usize, x: &QuestionResult<'_>) -> Vec<String> {
    let value = r.assessment.answers.value(&x.question.id);
    let mut status = status_text(x.status).to_owned();
    if x.question.is_critical() {
        status += " (must-have)";
    } else if x.question.is_important() {
        status += " (important)";
    }
    let mut answer = cell(&describe(x.question, value));
    if x.answer
        .is_some_and(|v| needs_fresh_look(r, v) == Some(true))
    {
        answer.push_str(" (old: check it)");
    }
    vec![
        n.to_string(),
        format!("{} {}", cell(&x.question.text), code(&x.question.id)),
        answer,
        status,
    ]
}

/// The notes under a section's table for answer `n`, if it has any.
fn note(r: &Report<'_>, n: usize, answer: &Answer) -> Option<String> {
    let mut parts = provenance(r, answer);
    if let Some(note) = &answer.note {
        parts.push(format!("Note: {}", escape::block(note, "  ")));
    }
    if !answer.evidence.is_empty() {
        let list: Vec<String> = answer.evidence.iter().map(|e| inline(e)).collect();
        parts.push(format!("Evidence: {}", list.join(", ")));
    }
    (!parts.is_empty()).then(|| format!("- **{n}.** {}", parts.join("\n  ")))
}
