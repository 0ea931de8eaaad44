//! The JSON report (docs/formats.md, "The JSON report"), for tools. Scores are
//! unrounded numbers, or `null` where there is no score.

use serde::Serialize;
use serde_json::{Value as JsonValue, json};

use super::letters;
use crate::export::{ExportError, Exporter};
use crate::model::answers::{Respondent, Value};
use crate::model::{DerivedFrom, Effort};
use crate::report::{RefStatus, Report, coverage, describe, needs_fresh_look};
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
    questions_to_ask: Vec<RecipientJson<'a>>,
    /// Questions for someone the business does not have (no IT provider): no
    /// letter, but who to look into them with.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    to_look_into: Vec<LookIntoJson<'a>>,
    frameworks: Vec<FrameworkJson<'a>>,
    /// Answers given to an earlier version that no longer fit (counted as
    /// unanswered); present when there are any.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    set_aside: Vec<SetAsideJson<'a>>,
}

#[derive(Serialize)]
struct SetAsideJson<'a> {
    question: &'a str,
    /// The answer as the file wrote it (a list joined with commas).
    answer: &'a str,
    /// `question-removed` or `answer-no-longer-fits`.
    reason: &'static str,
    why: String,
}

#[derive(Serialize)]
struct LookIntoJson<'a> {
    /// Who to turn to instead, as the questionnaire's `recipients` says it.
    with: &'a str,
    questions: Vec<AskJson<'a>>,
}

#[derive(Serialize)]
struct RecipientJson<'a> {
    /// As `ask_whom` says it.
    recipient: &'a str,
    questions: Vec<AskJson<'a>>,
    /// The letter to copy, plain text: paragraphs apart, a line per question.
    letter: String,
}

#[derive(Serialize)]
struct AskJson<'a> {
    question: &'a str,
    text: &'a str,
    critical: bool,
}

#[derive(Serialize)]
struct FromJson<'a> {
    file: &'a str,
    date: Option<&'a str>,
    /// Older than `reuse.max_age_days` when the answers were given.
    needs_fresh_look: bool,
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
    /// The important questions that hold the rating at the important cap.
    held_by: Vec<&'a str>,
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
    important: bool,
    answer: JsonValue,
    answer_text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    evidence: &'a [String],
    /// Who gave the answer, when not the respondent.
    #[serde(skip_serializing_if = "Option::is_none")]
    by: Option<&'a str>,
    /// Where a carried-over or merged answer came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    from: Option<FromJson<'a>>,
}

#[derive(Serialize)]
struct ActionJson<'a> {
    question: &'a str,
    group: Group,
    /// The answer was "I don't know": the action is to find out.
    find_out: bool,
    title: String,
    effort: Effort,
    impact: f64,
    critical: bool,
    important: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ask_provider: Option<&'a str>,
    /// Who can answer or act: `ask_whom` of the question.
    ask_whom: &'a str,
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
pub fn answer_json(value: &Value) -> JsonValue {
    match value {
        Value::YesNo(v) => json!(v.as_str()),
        Value::Choice(c) => json!(c),
        Value::Multi(list) => json!(list),
        Value::Number(n) => json!(n),
        Value::Text(t) => json!(t),
        Value::Unknown => json!("unknown"),
        Value::Na => json!("na"),
        Value::Unanswered => JsonValue::Null,
    }
}

/// The JSON report.
/// The JSON report.
pub struct Json;

impl Exporter<Report<'_>> for Json {
    fn export(&self, r: &Report<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(render(r).into_bytes())
    }
}

fn render(r: &Report<'_>) -> String {
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
            held_by: a.held_by.iter().map(|q| q.id.as_str()).collect(),
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
        questions: questions(r),
        actions: actions(a),
        questions_to_ask: letters::recipients(a)
            .iter()
            .map(|to| RecipientJson {
                recipient: to.id,
                questions: to
                    .asks
                    .iter()
                    .map(|x| AskJson {
                        question: &x.question.id,
                        text: x.text,
                        critical: x.critical,
                    })
                    .collect(),
                letter: letters::letter(r, to).text(None),
            })
            .collect(),
        to_look_into: look_into(a),
        frameworks: frameworks(a),
        set_aside: crate::report::set_aside::list(a)
            .into_iter()
            .map(|x| SetAsideJson {
                question: x.id,
                answer: x.answer,
                reason: x.reason,
                why: x.why,
            })
            .collect(),
    };
    // Serializing these types cannot fail: every map key is a string.
    let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    crate::text::clean::escape_json(&text).into_owned() + "\n"
}

fn questions<'a>(r: &'a Report<'a>) -> Vec<QuestionJson<'a>> {
    let a = r.assessment;
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
                important: x.question.is_important(),
                answer: answer_json(value),
                answer_text: describe(x.question, value),
                note: x.answer.and_then(|v| v.note.as_deref()),
                evidence: x.answer.map_or(&[], |v| v.evidence.as_slice()),
                by: x.answer.and_then(|v| v.by.as_deref()),
                from: x.answer.and_then(|v| {
                    let from = v.from.as_ref()?;
                    Some(FromJson {
                        file: &from.file,
                        date: from.date.as_deref(),
                        needs_fresh_look: needs_fresh_look(r, v) == Some(true),
                    })
                }),
            }
        })
        .collect()
}

fn look_into<'a>(a: &'a Assessment<'a>) -> Vec<LookIntoJson<'a>> {
    crate::delegate::request::to_look_into(a)
        .into_iter()
        .map(|(with, list)| LookIntoJson {
            with,
            questions: list
                .iter()
                .map(|x| AskJson {
                    question: &x.question.id,
                    text: x
                        .question
                        .recommendation
                        .as_ref()
                        .and_then(|r| r.ask_provider.as_deref())
                        .unwrap_or(x.question.text.as_str()),
                    critical: x.question.is_critical(),
                })
                .collect(),
        })
        .collect()
}

fn actions<'a>(a: &'a Assessment<'a>) -> Vec<ActionJson<'a>> {
    a.actions
        .iter()
        .map(|x| ActionJson {
            question: &x.question.id,
            group: x.group,
            find_out: x.find_out,
            title: x.title(),
            effort: x.effort,
            impact: x.impact,
            critical: x.question.is_critical(),
            important: x.question.is_important(),
            text: x
                .recommendation
                .filter(|_| !x.find_out)
                .map(|r| crate::report::people::advice(a, &r.text).into_owned()),
            ask_provider: x.ask_provider(),
            ask_whom: x.question.recipient(),
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
