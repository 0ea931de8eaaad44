//! The outline of a report, shared by the Markdown and HTML renderers: a title,
//! a line saying what was assessed, and the parts in order, each a list of
//! blocks.
//!
//! Order: the result first (the summary, the action plan, the questions to ask),
//! then the appendices for whoever checks the work (the answers, framework
//! coverage, how the score was computed, and what the report is about).

pub use super::block::{Block, Outline, Part};
use super::{actions, answer_list, appendix, lead, letters};
use crate::report::{Report, organisation, plain_line};
use crate::text::markdown::inline;

/// The title of a report: the organisation's name, or the questionnaire's.
pub fn title(r: &Report<'_>) -> String {
    match organisation(r.assessment) {
        Some(org) => format!("{}: security report", plain_line(org)),
        None => format!("{}: report", plain_line(&r.assessment.questionnaire.title)),
    }
}

/// One line on what was assessed: the questionnaire, who answered and when, and
/// who prepared the report.
pub fn about(r: &Report<'_>) -> String {
    let a = r.assessment;
    let q = a.questionnaire;
    let who = &a.answers.respondent;
    let mut text = format!("*{}*, version {}", inline(&q.title), inline(&q.version));
    let name = who.name.as_deref().filter(|s| !s.trim().is_empty());
    let role = who.role.as_deref().filter(|s| !s.trim().is_empty());
    match (name, role) {
        (Some(n), Some(r)) => {
            text.push_str(&format!(", answered by {} ({})", inline(n), inline(r)))
        }
        (Some(n), None) => text.push_str(&format!(", answered by {}", inline(n))),
        (None, Some(r)) => text.push_str(&format!(", answered by the {}", inline(r))),
        (None, None) => {}
    }
    match who.date.as_deref().filter(|d| !d.trim().is_empty()) {
        Some(date) => text.push_str(&format!(" on {}.", inline(date))),
        None => text.push('.'),
    }
    if let Some(by) = r.settings.prepared_by {
        text.push_str(&format!(" Prepared by {}.", inline(by)));
    }
    text
}

pub fn outline(r: &Report<'_>) -> Outline {
    let mut parts = vec![lead::part(r), actions::part(r), letters::part(r)];
    let mut names = ('A'..='Z').map(|c| format!("Appendix {c}: "));
    let mut next = || names.next().unwrap_or_default();
    parts.push(answer_list::part(r, &next()));
    if let Some(p) = appendix::frameworks(r, &next()) {
        parts.push(p);
    }
    parts.push(appendix::method(r, &next()));
    parts.push(appendix::about(r, &next()));
    Outline {
        title: title(r),
        about: about(r),
        parts,
    }
}
