//! The JSON comparison, for tools (docs/formats.md, "Compare"): the headline
//! of each side, the change of the overall and each section's score (unrounded,
//! `null` where there is no score), every question with its status and answer
//! then and now, and the lists of what closed, opened, was found out and is
//! still critical.

use crate::export::{ExportError, Exporter};
use std::collections::HashMap;

use serde::Serialize;
use serde_json::{Value as JsonValue, json};

use crate::compare::{Change, Comparison, Fingerprints, Headline, QuestionChange, SectionChange};
use crate::model::answers::Value;
use crate::score::Status;

#[derive(Serialize)]
struct Doc<'a> {
    questionnaire: QuestionnaireJson<'a>,
    organisation: Option<&'a str>,
    old: &'a Headline,
    new: &'a Headline,
    overall_change: Option<f64>,
    /// Whether the older file records how each question was asked.
    fingerprints: Fingerprints,
    sections: &'a [SectionChange],
    questions: Vec<QuestionJson<'a>>,
    closed: &'a [String],
    opened: &'a [String],
    resolved_unknowns: &'a [String],
    still_critical: &'a [String],
}

#[derive(Serialize)]
struct QuestionnaireJson<'a> {
    id: &'a str,
    title: &'a str,
    version: &'a str,
}

#[derive(Serialize)]
struct QuestionJson<'a> {
    id: &'a str,
    section: Option<&'a str>,
    critical: bool,
    /// `not_asked` where the question was not asked; `null` where the old
    /// answer no longer reads (a changed or removed question).
    old_status: Option<&'static str>,
    new_status: Option<&'static str>,
    old_answer: JsonValue,
    new_answer: JsonValue,
    #[serde(skip_serializing_if = "Option::is_none")]
    new_by: Option<&'a str>,
    change: Change,
}

fn status(s: Option<Status>, asked: bool) -> Option<&'static str> {
    let name = match s {
        None if asked => return None,
        None => "not_asked",
        Some(Status::Met) => "met",
        Some(Status::Partial) => "partial",
        Some(Status::Gap) => "gap",
        Some(Status::Unknown) => "unknown",
        Some(Status::Unanswered) => "unanswered",
        Some(Status::Na) => "na",
        Some(Status::Info) => "info",
    };
    Some(name)
}

/// An answer as data: as written in answers files, `null` if unanswered.
fn answer(value: &Value, raw: Option<&str>) -> JsonValue {
    if let Some(raw) = raw {
        return json!(raw);
    }
    crate::export::report::json::answer_json(value)
}

fn question<'a>(sections: &HashMap<&str, &'a str>, x: &'a QuestionChange<'_>) -> QuestionJson<'a> {
    let section = sections.get(x.id.as_str()).copied();
    // The old side of a changed or removed question did not read.
    let unread = x.old_raw.is_some() || x.change == Change::Removed;
    QuestionJson {
        id: &x.id,
        section,
        critical: x.question.is_some_and(|q| q.is_critical()),
        old_status: status(x.old, unread),
        new_status: status(x.new, x.change == Change::Removed),
        old_answer: answer(&x.old_value, x.old_raw.as_deref()),
        new_answer: answer(&x.new_value, None),
        new_by: x.new_by.as_deref(),
        change: x.change,
    }
}

/// The comparison as JSON.
pub struct Json;

impl Exporter<Comparison<'_>> for Json {
    fn export(&self, c: &Comparison<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(render(c).into_bytes())
    }
}

pub fn render(c: &Comparison<'_>) -> String {
    let q = c.questionnaire;
    let sections: HashMap<&str, &str> = q
        .sections
        .iter()
        .flat_map(|s| {
            s.questions
                .iter()
                .map(move |x| (x.id.as_str(), s.id.as_str()))
        })
        .collect();
    let doc = Doc {
        questionnaire: QuestionnaireJson {
            id: &q.id,
            title: &q.title,
            version: &q.version,
        },
        organisation: c.organisation.as_deref(),
        old: &c.old,
        new: &c.new,
        overall_change: c.overall_change,
        fingerprints: c.fingerprints,
        sections: &c.sections,
        questions: c.questions.iter().map(|x| question(&sections, x)).collect(),
        closed: &c.closed,
        opened: &c.opened,
        resolved_unknowns: &c.resolved_unknowns,
        still_critical: &c.still_critical,
    };
    // Serializing these types cannot fail: every map key is a string.
    let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    crate::text::clean::escape_json(&text).into_owned() + "\n"
}
