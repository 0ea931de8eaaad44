//! Reports: an [`Assessment`] rendered for people (Markdown, and HTML made from the
//! same Markdown) and for tools (JSON, CSV, XLSX, OSCAL). Each renderer is a pure
//! function returning the file's text, or its bytes for a workbook.

mod coverage;
pub mod csv;
pub mod html;
pub mod inert;
mod json;
mod markdown;
pub mod oscal;
pub mod rows;
pub mod summary;
#[cfg(test)]
mod test;
pub mod xlsx;

use crate::digest;
use crate::load::config::ReportFormat;
use crate::model::answers::Value;
use crate::model::{Question, QuestionType, YesNo};
use crate::score::{Assessment, Status};
use crate::text::number::number;

pub use coverage::{RefStatus, coverage};

/// Everything a report shows: the assessment and what surrounds it.
pub struct Report<'a> {
    pub assessment: &'a Assessment<'a>,
    /// `sha256:…` of the questionnaire as resolved.
    pub digest: String,
    /// Who prepared the report (from the config), if anyone.
    pub prepared_by: Option<&'a str>,
}

impl<'a> Report<'a> {
    pub fn new(assessment: &'a Assessment<'a>, prepared_by: Option<&'a str>) -> Self {
        Report::with_digest(
            assessment,
            digest::digest(assessment.questionnaire),
            prepared_by,
        )
    }

    /// The same, given the questionnaire's digest: hashing the questionnaire costs
    /// as much as scoring it, so a batch computes it once.
    pub fn with_digest(
        assessment: &'a Assessment<'a>,
        digest: String,
        prepared_by: Option<&'a str>,
    ) -> Self {
        Report {
            assessment,
            digest,
            prepared_by,
        }
    }

    /// Whether the answers were given to another version or form of the questionnaire.
    /// Plain text holding the answers file's version: escape it for the format.
    pub fn mismatch(&self) -> Option<String> {
        let q = self.assessment.questionnaire;
        let given = &self.assessment.answers.questionnaire;
        if let Some(v) = &given.version
            && v.as_str() != q.version.as_str()
        {
            return Some(format!(
                "These answers were given to version {} of the questionnaire; this report uses version {}. Questions added since then count as not answered.",
                v.value, q.version.value
            ));
        }
        if let Some(d) = &given.digest
            && d.as_str() != self.digest
        {
            return Some(
                "The questionnaire has changed since these answers were given, although its version number has not. Check the answers before relying on this report.".into(),
            );
        }
        None
    }
}

/// The report as the bytes of its file: text in UTF-8, or a workbook.
pub fn render(format: ReportFormat, report: &Report<'_>) -> anyhow::Result<Vec<u8>> {
    Ok(match format {
        ReportFormat::Markdown => markdown::render(report).into_bytes(),
        ReportFormat::Html => html::render(report).into_bytes(),
        ReportFormat::Json => json::render(report).into_bytes(),
        ReportFormat::Csv => csv::render(report)?.into_bytes(),
        ReportFormat::Xlsx => xlsx::render(report)?,
        ReportFormat::Oscal => oscal::render(report).into_bytes(),
    })
}

/// A score as shown: one decimal and a percent sign, or "n/a".
pub fn percent(score: Option<f64>) -> String {
    score.map_or_else(|| "n/a".into(), |s| format!("{s:.1}%"))
}

pub fn status_text(status: Status) -> &'static str {
    match status {
        Status::Met => "Met",
        Status::Partial => "Partly met",
        Status::Gap => "Not met",
        Status::Unknown => "Don't know",
        Status::Unanswered => "Not answered",
        Status::Na => "Not applicable",
        Status::Info => "For information",
    }
}

/// An answer in words, for people. Contains untrusted text: escape it for the format.
pub fn describe(q: &Question, value: &Value) -> String {
    let label = |v: &str| {
        q.option(v)
            .map_or_else(|| v.to_owned(), |o| o.label.value.clone())
    };
    match value {
        Value::YesNo(YesNo::Yes) => "Yes".into(),
        Value::YesNo(YesNo::No) => "No".into(),
        Value::Choice(c) => label(c),
        Value::Multi(list) if list.is_empty() => "None chosen".into(),
        Value::Multi(list) => list.iter().map(|c| label(c)).collect::<Vec<_>>().join(", "),
        Value::Number(n) => match (&q.unit, q.kind()) {
            (Some(unit), QuestionType::Number) => format!("{} {}", number(*n), unit.value),
            _ => number(*n),
        },
        Value::Text(t) => t.clone(),
        Value::Unknown => "I don't know".into(),
        Value::Na => "Not applicable".into(),
        Value::Unanswered => "Not answered".into(),
    }
}

/// The display name of the respondent's organisation, if given.
pub fn organisation<'a>(a: &'a Assessment<'_>) -> Option<&'a str> {
    a.answers
        .respondent
        .organisation
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests;
