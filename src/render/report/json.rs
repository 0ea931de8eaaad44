//! The JSON report (docs/formats.md, "The JSON report"), for tools. Scores are
//! unrounded numbers, or `null` where there is no score.

use serde::Serialize;
use serde_json::{Value as Json, json};

use super::{RefStatus, Report, coverage, describe};
use crate::model::answers::{Respondent, Value};
use crate::model::{DerivedFrom, Effort};
use crate::score::{Assessment, Group, Status};

#[derive(Serialize)]
struct Doc<'a> {
    questionnaire: QuestionnaireJson<'a>,
    /// The questionnaire as named in the answers file.
    answers_for: AnswersFor<'a>,
    respondent: &'a Respondent,
    score: Score<'a>,
    sections: Vec<SectionJson<'a>>,
    questions: Vec<QuestionJson<'a>>,
    actions: Vec<ActionJson<'a>>,
    frameworks: Vec<FrameworkJson<'a>>,
}

#[derive(Serialize)]
struct QuestionnaireJson<'a> {
    id: &'a str,
    title: &'a str,
    version: &'a str,
    digest: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    derived_from: Option<&'a DerivedFrom>,
}

#[derive(Serialize)]
struct AnswersFor<'a> {
    id: &'a str,
    version: Option<&'a str>,
    digest: Option<&'a str>,
    /// Whether the answers were given to another version or form of it.
    differs: bool,
}

#[derive(Serialize)]
struct Score<'a> {
    overall: Option<f64>,
    band: Option<&'a str>,
    rating: Option<&'a str>,
    completeness: Option<f64>,
    capped_by: Vec<&'a str>,
}

#[derive(Serialize)]
struct SectionJson<'a> {
    id: &'a str,
    title: &'a str,
    score: Option<f64>,
    asked: usize,
    answered: usize,
}

#[derive(Serialize)]
struct QuestionJson<'a> {
    id: &'a str,
    section: &'a str,
    status: Status,
    fraction: Option<f64>,
    weight: u32,
    critical: bool,
    answer: Json,
    answer_text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    evidence: &'a [String],
}

#[derive(Serialize)]
struct ActionJson<'a> {
    question: &'a str,
    group: Group,
    title: String,
    effort: Effort,
    impact: f64,
    critical: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ask_provider: Option<&'a str>,
}

#[derive(Serialize)]
struct FrameworkJson<'a> {
    id: String,
    name: String,
    references: Vec<ReferenceJson<'a>>,
}

#[derive(Serialize)]
struct ReferenceJson<'a> {
    reference: String,
    status: RefStatus,
    questions: Vec<&'a str>,
}

/// An answer as data: the value as written in answers files, `null` if unanswered.
fn answer_json(value: &Value) -> Json {
    match value {
        Value::YesNo(v) => json!(v.as_str()),
        Value::Choice(c) => json!(c),
        Value::Multi(list) => json!(list),
        Value::Number(n) => json!(n),
        Value::Text(t) => json!(t),
        Value::Unknown => json!("unknown"),
        Value::Na => json!("na"),
        Value::Unanswered => Json::Null,
    }
}

/// The JSON report.
pub fn render(r: &Report<'_>) -> String {
    let a = r.assessment;
    let q = a.questionnaire;
    let given = &a.answers.questionnaire;
    let doc = Doc {
        questionnaire: QuestionnaireJson {
            id: &q.id,
            title: &q.title,
            version: &q.version,
            digest: &r.digest,
            derived_from: q.derived_from.as_deref(),
        },
        answers_for: AnswersFor {
            id: &given.id,
            version: given.version.as_deref().map(String::as_str),
            digest: given.digest.as_deref().map(String::as_str),
            differs: r.mismatch().is_some(),
        },
        respondent: &a.answers.respondent,
        score: Score {
            overall: a.overall,
            band: a.band.as_deref(),
            rating: a.rating.as_deref(),
            completeness: a.completeness,
            capped_by: a.capped_by.iter().map(|q| q.id.as_str()).collect(),
        },
        sections: a
            .sections
            .iter()
            .map(|s| SectionJson {
                id: &s.section.id,
                title: &s.section.title,
                score: s.score,
                asked: s.asked,
                answered: s.answered,
            })
            .collect(),
        questions: questions(a),
        actions: actions(a),
        frameworks: frameworks(a),
    };
    // Serializing these types cannot fail: every map key is a string.
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

fn questions<'a>(a: &'a Assessment<'a>) -> Vec<QuestionJson<'a>> {
    let q = a.questionnaire;
    a.questions
        .iter()
        .map(|x| {
            let value = a.answers.value(&x.question.id);
            QuestionJson {
                id: &x.question.id,
                section: &q.sections[x.section].id,
                status: x.status,
                fraction: x.fraction,
                weight: x.weight(),
                critical: x.question.is_critical(),
                answer: answer_json(value),
                answer_text: describe(x.question, value),
                note: x.answer.and_then(|v| v.note.as_deref()),
                evidence: x.answer.map_or(&[], |v| v.evidence.as_slice()),
            }
        })
        .collect()
}

fn actions<'a>(a: &'a Assessment<'a>) -> Vec<ActionJson<'a>> {
    a.actions
        .iter()
        .map(|x| ActionJson {
            question: &x.question.id,
            group: x.group,
            title: x.title(),
            effort: x.effort,
            impact: x.impact,
            critical: x.question.is_critical(),
            text: x
                .recommendation
                .filter(|_| x.group != Group::FindOut)
                .map(|r| r.text.as_str()),
            ask_provider: x.ask_provider(),
        })
        .collect()
}

fn frameworks<'a>(a: &'a Assessment<'a>) -> Vec<FrameworkJson<'a>> {
    coverage(a)
        .into_iter()
        .map(|c| FrameworkJson {
            id: c.id,
            name: c.name,
            references: c
                .references
                .into_iter()
                .map(|x| ReferenceJson {
                    reference: x.reference,
                    status: x.status,
                    questions: x.questions.iter().map(|q| q.id.as_str()).collect(),
                })
                .collect(),
        })
        .collect()
}
