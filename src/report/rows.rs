//! One row per asked question, as the CSV and XLSX reports show it: what was
//! asked, the answer, how it scored, and the action it led to.

use crate::report::{Report, describe};
use crate::score::{Action, Group};
use crate::text::number::number;

/// The columns, in order.
pub const HEADERS: [&str; 15] = [
    "section",
    "id",
    "question",
    "answer",
    "status",
    "fraction",
    "weight",
    "critical",
    "important",
    "action group",
    "action title",
    "effort",
    "frameworks",
    "note",
    "evidence",
];

/// A cell: text, or a number (`None` for an empty cell).
pub enum Cell {
    Text(String),
    Number(Option<f64>),
}

pub fn group_name(g: Group) -> &'static str {
    match g {
        Group::DoNow => "do-now",
        Group::QuickWins => "quick-wins",
        Group::Plan => "plan",
        Group::FindOut => "find-out",
    }
}

pub fn effort_name(e: crate::model::Effort) -> &'static str {
    match e {
        crate::model::Effort::Low => "low",
        crate::model::Effort::Medium => "medium",
        crate::model::Effort::High => "high",
    }
}

fn status_name(s: crate::score::Status) -> String {
    serde_json::to_value(s)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Every framework reference of a question: `nist-csf-2.0: PR.AA-03, PR.AA-05; cis-v8: 6.3`.
pub fn frameworks(q: &crate::model::Question) -> String {
    q.maps
        .iter()
        .map(|(f, refs)| {
            let refs: Vec<&str> = refs.iter().map(|r| r.as_str()).collect();
            format!("{}: {}", f.value, refs.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The rows of a report, in questionnaire order, then a row with the status
/// `set-aside` for each answer from an older version that no longer fits (its
/// answer as written, and why in the note).
pub fn rows(r: &Report<'_>) -> Vec<Vec<Cell>> {
    let mut all = question_rows(r);
    all.extend(set_aside_rows(r));
    all
}

fn set_aside_rows(r: &Report<'_>) -> Vec<Vec<Cell>> {
    let t = |s: &str| Cell::Text(s.to_owned());
    crate::report::set_aside::list(r.assessment)
        .into_iter()
        .map(|x| {
            let mut row = vec![
                t(x.section.unwrap_or_default()),
                t(x.id),
                t(x.question.map_or("", |q| q.text.trim())),
                t(x.answer),
                t("set-aside"),
                Cell::Number(None),
                Cell::Number(None),
            ];
            row.extend((0..6).map(|_| t("")));
            row.push(Cell::Text(x.why));
            row.push(t(""));
            row
        })
        .collect()
}

fn question_rows(r: &Report<'_>) -> Vec<Vec<Cell>> {
    let a = r.assessment;
    let q = a.questionnaire;
    let actions: std::collections::HashMap<&str, &Action<'_>> = a
        .actions
        .iter()
        .map(|x| (x.question.id.as_str(), x))
        .collect();
    a.questions
        .iter()
        .map(|x| {
            let id = x.question.id.as_str();
            let value = a.answers.value(id);
            let action = actions.get(id);
            let t = |s: &str| Cell::Text(s.to_owned());
            vec![
                t(q.sections[x.section].title.trim()),
                t(id),
                t(x.question.text.trim()),
                Cell::Text(describe(x.question, value)),
                Cell::Text(status_name(x.status)),
                Cell::Number(x.fraction),
                Cell::Number(Some(f64::from(x.weight()))),
                t(if x.question.is_critical() {
                    "yes"
                } else {
                    "no"
                }),
                t(if x.question.is_important() {
                    "yes"
                } else {
                    "no"
                }),
                t(action.map_or("", |a| group_name(a.group))),
                Cell::Text(action.map_or_else(String::new, |a| a.title())),
                t(action.map_or("", |a| effort_name(a.effort))),
                Cell::Text(frameworks(x.question)),
                Cell::Text(x.answer.and_then(|v| v.note.clone()).unwrap_or_default()),
                Cell::Text(x.answer.map_or_else(String::new, |v| v.evidence.join("; "))),
            ]
        })
        .collect()
}

/// A number as a CSV cell shows it: `0.5`, `1`, or empty.
pub fn number_text(n: Option<f64>) -> String {
    n.map(number).unwrap_or_default()
}
