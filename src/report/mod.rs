//! What a report says, whatever its format: the [`Report`] (an [`Assessment`],
//! the questionnaire's digest and the config's [`Settings`]), and the words and
//! figures every format shows the same way: a status or an answer in words, a
//! score as a percentage, a rating's [`Tone`], framework [`coverage`], the
//! [`rows`] of the CSV and XLSX reports. The formats themselves are
//! [`crate::export::report`] (and [`crate::exchange::report`] for other
//! tools' formats).

pub mod coverage;
pub mod holds;
pub mod people;
pub mod rows;
pub mod set_aside;
pub mod words;

use crate::digest;
use crate::load::config::Config;
use crate::load::logo::Logo;
use crate::model::answers::{Answer, Differs, Value};
use crate::model::{Question, QuestionType, YesNo};
use crate::score::{Assessment, Status};
use crate::text::number::number;

pub use coverage::{RefStatus, coverage, csf_functions};

/// What the config adds to every report.
#[derive(Clone, Copy, Debug)]
pub struct Settings<'a> {
    /// Who prepared the report, if anyone.
    pub prepared_by: Option<&'a str>,
    /// The logo for the cover of the HTML report.
    pub logo: Option<&'a Logo>,
    /// A carried-over answer older than this (in days, counted to the date the
    /// answers were given) is flagged for a fresh look.
    pub max_age_days: u32,
}

impl Default for Settings<'_> {
    fn default() -> Self {
        Settings {
            prepared_by: None,
            logo: None,
            max_age_days: 365,
        }
    }
}

impl<'a> Settings<'a> {
    pub fn from_config(config: &'a Config) -> Self {
        Settings {
            prepared_by: config.report.prepared_by.as_deref(),
            logo: config.report.logo_image.as_ref(),
            max_age_days: config.reuse.max_age_days,
        }
    }
}

/// Everything a report shows: the assessment and what surrounds it.
pub struct Report<'a> {
    pub assessment: &'a Assessment<'a>,
    /// `sha256:…` of the questionnaire as resolved.
    pub digest: String,
    pub settings: Settings<'a>,
}

impl<'a> Report<'a> {
    pub fn new(assessment: &'a Assessment<'a>, prepared_by: Option<&'a str>) -> Self {
        let settings = Settings {
            prepared_by,
            ..Settings::default()
        };
        Report::with_digest(
            assessment,
            digest::digest(assessment.questionnaire),
            settings,
        )
    }

    /// The same, given the questionnaire's digest: hashing the questionnaire costs
    /// as much as scoring it, so a batch computes it once.
    pub fn with_digest(
        assessment: &'a Assessment<'a>,
        digest: String,
        settings: Settings<'a>,
    ) -> Self {
        Report {
            assessment,
            digest,
            settings,
        }
    }

    /// Whether the answers were given to another version or form of the questionnaire.
    /// Plain text holding the answers file's version: escape it for the format.
    pub fn mismatch(&self) -> Option<String> {
        let q = self.assessment.questionnaire;
        let given = &self.assessment.answers.questionnaire;
        match given.differs_from(None, Some(&q.version), Some(&self.digest))? {
            Differs::Version(v) => Some(format!(
                "These answers were given to version {} of the questionnaire; this report uses version {}. Questions added since then count as not answered.",
                v.value, q.version.value
            )),
            Differs::Digest(_) => Some(
                "The questionnaire has changed since these answers were given, although its version number has not. Check the answers before relying on this report.".into(),
            ),
            Differs::Id(_) => None,
        }
    }
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
        Value::Multi(list) => list.iter().map(|c| label(c)).collect::<Vec<_>>().join("; "),
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

/// How good a rating is, for its colour: by the position of its band among the
/// questionnaire's bands (the first is the best, the last the worst).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Good,
    Middle,
    Poor,
    /// No rating.
    None,
}

impl Tone {
    pub fn of_band(a: &Assessment<'_>, label: Option<&str>) -> Tone {
        let bands = &a.questionnaire.scoring().bands;
        match label.and_then(|l| bands.iter().position(|b| b.label.as_str() == l)) {
            None => Tone::None,
            Some(0) => Tone::Good,
            Some(i) if i + 1 == bands.len() => Tone::Poor,
            Some(_) => Tone::Middle,
        }
    }

    /// The tone of a score: that of the band it reaches.
    pub fn of_score(a: &Assessment<'_>, score: Option<f64>) -> Tone {
        let bands = &a.questionnaire.scoring().bands;
        let label = score.and_then(|s| bands.iter().find(|b| b.min.value <= s));
        Tone::of_band(a, label.map(|b| b.label.as_str()))
    }

    pub fn class(self) -> &'static str {
        match self {
            Tone::Good => "good",
            Tone::Middle => "middle",
            Tone::Poor => "poor",
            Tone::None => "none",
        }
    }
}

/// Who gave an answer, when it was not the respondent, in words (untrusted).
pub fn given_by(answer: &Answer) -> Option<String> {
    let by = answer.by.as_deref()?.trim();
    (!by.is_empty() && by != "respondent").then(|| crate::delegate::who(by).name)
}

/// Whether a carried-over answer is older than the settings allow, counted to the
/// date the answers were given (today when they give none). `None` when it was
/// not carried over or its date is unknown.
pub fn needs_fresh_look(r: &Report<'_>, answer: &Answer) -> Option<bool> {
    let from = answer.from.as_ref()?.date.as_deref()?;
    let until = r
        .assessment
        .answers
        .respondent
        .date
        .as_deref()
        .filter(|d| crate::date::is_date(d))
        .map_or_else(crate::date::today, str::to_owned);
    let days = crate::date::days_between(from, &until)?;
    Some(days > i64::from(r.settings.max_age_days))
}

/// Untrusted text as one line of plain text: control and invisible characters
/// and line breaks become spaces, runs of spaces one. Escape it for the format.
pub fn plain_line(s: &str) -> String {
    crate::text::clean::to_spaces(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
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
