//! An answers file (docs/formats.md, "Answers file"): which questionnaire, who
//! answered, and the answers, one flat map by question id.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::questionnaire::YesNo;
use crate::yaml::{Span, Spanned};

/// Answers that mean "I don't know" and "not applicable" for every type of
/// question; no option may use them as its value.
pub const RESERVED_VALUES: [&str; 2] = ["unknown", "na"];

/// The questionnaire the answers were given to.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct QuestionnaireRef {
    pub id: Spanned<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<Spanned<String>>,
    /// `sha256:…` of the resolved questionnaire; written by `assure assess`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest: Option<Spanned<String>>,
    /// Question id -> the fingerprint of the question as it was when answered
    /// (8 hex digits), so that a later version can tell which questions changed.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub fingerprints: IndexMap<String, String>,
}

/// The first of its id, version and digest in which a questionnaire
/// reference differs from another questionnaire's: the one check behind
/// `version-differs`, `digest-differs`, `reply-mismatch` and a report's note.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Differs<'a> {
    Id(&'a Spanned<String>),
    Version(&'a Spanned<String>),
    Digest(&'a Spanned<String>),
}

impl QuestionnaireRef {
    /// How this reference differs from `id`, `version` and `digest`: a part
    /// either side leaves out is not compared.
    pub fn differs_from(
        &self,
        id: Option<&str>,
        version: Option<&str>,
        digest: Option<&str>,
    ) -> Option<Differs<'_>> {
        if id.is_some_and(|id| self.id.as_str() != id) {
            return Some(Differs::Id(&self.id));
        }
        if let (Some(v), Some(w)) = (&self.version, version)
            && v.as_str() != w
        {
            return Some(Differs::Version(v));
        }
        if let (Some(d), Some(e)) = (&self.digest, digest)
            && d.as_str() != e
        {
            return Some(Differs::Digest(d));
        }
        None
    }
}

/// The longest `by:` taken: who gave an answer, a role or a name, not a
/// paragraph.
pub const MAX_BY_CHARS: usize = 80;

/// Whether `s` can be a `by:`: one line of at most [`MAX_BY_CHARS`].
pub fn fits_by(s: &str) -> bool {
    s.chars().count() <= MAX_BY_CHARS && !s.contains('\n')
}

/// Who answered. Every field is optional and untrusted text.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Respondent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

impl Respondent {
    pub fn is_empty(&self) -> bool {
        *self == Respondent::default()
    }
}

/// One answer's value, already checked against its question's type.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    YesNo(YesNo),
    Choice(String),
    Multi(Vec<String>),
    Number(f64),
    Text(String),
    /// "I don't know"
    Unknown,
    /// "Not applicable"
    Na,
    /// Written without a value (a blank line in a template, or only a note).
    Unanswered,
}

impl Value {
    pub fn is_answered(&self) -> bool {
        !matches!(self, Value::Unanswered)
    }

    /// A real answer: neither "I don't know", "not applicable" nor unanswered.
    pub fn is_real(&self) -> bool {
        !matches!(self, Value::Unknown | Value::Na | Value::Unanswered)
    }
}

/// Where an answer came from when it was carried over from an earlier answers
/// file or merged from a reply: that file's name and the date it was answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CarriedFrom {
    pub file: String,
    /// `YYYY-MM-DD`, when known.
    pub date: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub value: Value,
    pub note: Option<String>,
    pub evidence: Vec<String>,
    /// Who gave the answer: the respondent when absent, else `it-provider`,
    /// `insurance-broker`, `accountant` or any short text.
    pub by: Option<String>,
    /// Set when the answer was carried over or merged from another file.
    pub from: Option<CarriedFrom>,
    /// Where the answer is written (default when made by the program).
    pub span: Span,
}

impl Answer {
    pub fn new(value: Value) -> Self {
        Answer {
            value,
            note: None,
            evidence: Vec::new(),
            by: None,
            from: None,
            span: Span::default(),
        }
    }

    /// Whether the answer needs the long form to be written (more than a value).
    pub fn has_details(&self) -> bool {
        self.note.is_some() || !self.evidence.is_empty() || self.by.is_some() || self.from.is_some()
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Answers {
    pub questionnaire: QuestionnaireRef,
    pub respondent: Respondent,
    /// By question id, in the order written.
    pub answers: IndexMap<String, Answer>,
    /// Answers given to an earlier version (or form) of the questionnaire that
    /// no longer fit it: not in `answers`, so they count as unanswered, but
    /// every report lists them and `merge` keeps them in the file.
    pub set_aside: Vec<Leftover>,
    /// The comment lines a person wrote at the top of the file, kept there
    /// when `assure` writes the file again (`assess`, `merge`); empty for a
    /// workbook or a file that has none.
    pub header: String,
}

impl Answers {
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.answers.get(id)
    }

    pub fn value(&self, id: &str) -> &Value {
        self.answers
            .get(id)
            .map_or(&Value::Unanswered, |a| &a.value)
    }
}

/// An answer of an earlier file that does not fit the questionnaire as it is now.
#[derive(Clone, Debug, PartialEq)]
pub struct Leftover {
    /// The question id, as the file writes it.
    pub question: String,
    /// Why: `unknown-question` (the question is gone), `invalid-answer`,
    /// `out-of-range`, `na-not-allowed` or `unknown-not-allowed`.
    pub code: crate::diagnostic::Code,
    /// The answer as written (a list joined with commas), when it is text.
    pub raw: Option<String>,
    /// Why it no longer fits, in a sentence: the question is gone, or what the
    /// question takes now.
    pub why: String,
    /// Its entry as the file wrote it, indented under `answers:`, to keep in
    /// the file when it is written again (`merge`, `assess --resume`).
    pub lines: String,
}

impl Leftover {
    /// Whether the question itself is gone (rather than the answer no longer
    /// fitting it).
    pub fn is_removed(&self) -> bool {
        self.code == crate::diagnostic::Code::UnknownQuestion
    }
}

/// The date an answers file was answered (`respondent.date`), when it is a date.
pub fn answered_on(answers: &Answers) -> Option<&str> {
    answers
        .respondent
        .date
        .as_deref()
        .filter(|d| crate::date::is_date(d))
}

/// Whether two answers say the same thing: lists in any order, texts trimmed.
pub fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Multi(x), Value::Multi(y)) => {
            let (mut x, mut y) = (x.clone(), y.clone());
            x.sort();
            y.sort();
            x == y
        }
        (Value::Text(x), Value::Text(y)) => x.trim() == y.trim(),
        _ => a == b,
    }
}

#[cfg(test)]
mod tests;
