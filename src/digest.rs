//! The digest that ties an answers file to the exact questionnaire it answers.
//!
//! It is `sha256:` and the hex SHA-256 of the questionnaire's canonical form: the
//! resolved questionnaire (after any profile is applied) as compact JSON, keys in
//! the order of the model's fields, with every default written out (weights,
//! `expect`, option scores) and every optional field that is absent left out.
//! Comments, key order, quoting and layout in the YAML file do not change it;
//! any change to a question, an option, a score or a recommendation does.

use sha2::{Digest, Sha256};

use crate::model::{Question, QuestionType, Questionnaire, YesNo};
use crate::yaml::Spanned;

/// The questionnaire with its defaults written out, as hashed.
pub fn canonical(q: &Questionnaire) -> Questionnaire {
    let mut q = q.clone();
    for question in q.sections.iter_mut().flat_map(|s| s.questions.iter_mut()) {
        question.weight = Some(Spanned::new(question.weight()));
        if question.kind() == QuestionType::YesNo && question.expect.is_none() {
            question.expect = Some(Spanned::new(YesNo::Yes));
        }
        if let Some(options) = &mut question.options {
            for o in options.value.iter_mut() {
                o.score = Some(Spanned::new(o.score()));
            }
        }
    }
    if q.scoring.is_none() {
        q.scoring = Some(crate::model::Scoring::default());
    }
    // The important cap only where a question is important, so that the
    // digests of questionnaires written before it existed stay the same.
    let important = q.questions().any(Question::is_important);
    if let Some(s) = &mut q.scoring {
        if s.critical_cap.is_none() {
            s.critical_cap = Some(Spanned::new(s.cap_label().to_owned()));
        }
        if important && s.important_cap.is_none() {
            s.important_cap = Some(Spanned::new(s.important_label().to_owned()));
        }
    }
    q
}

pub fn digest(q: &Questionnaire) -> String {
    // The JSON goes straight into the hash: for a large questionnaire, building it
    // as one buffer first cost as much as hashing it.
    let mut hasher = Hashing(Sha256::new());
    if serde_json::to_writer(&mut hasher, &canonical(q)).is_err() {
        hasher = Hashing(Sha256::new());
    }
    format!("sha256:{:x}", hasher.0.finalize())
}

/// An `io::Write` that feeds a SHA-256.
struct Hashing(Sha256);

impl std::io::Write for Hashing {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// What a question asks and how it scores, as hashed for its fingerprint: the
/// parts whose change means an old answer may no longer fit (not the help, the
/// advice or the framework references).
#[derive(serde::Serialize)]
struct Asked<'a> {
    text: &'a str,
    kind: QuestionType,
    expect: Option<YesNo>,
    weight: u32,
    critical: bool,
    /// Left out when false, so that fingerprints from before `important`
    /// existed still match.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    important: bool,
    allow_na: bool,
    allow_unknown: bool,
    options: Vec<(&'a str, &'a str, f64, bool)>,
    min: Option<f64>,
    max: Option<f64>,
    unit: Option<&'a str>,
}

/// The fingerprint of a question as asked: 8 hex digits of the SHA-256 of
/// [`Asked`]. Answers files keep it for each answer, so that a later version of
/// the questionnaire can tell which questions changed since.
pub fn fingerprint(q: &Question) -> String {
    let asked = Asked {
        text: q.text.value.trim(),
        kind: q.kind(),
        expect: (q.kind() == QuestionType::YesNo).then(|| q.expected_answer()),
        weight: q.weight(),
        critical: q.is_critical(),
        important: q.is_important(),
        allow_na: q.allows_na(),
        allow_unknown: q.allow_unknown,
        options: q
            .options()
            .iter()
            .map(|o| {
                (
                    o.value.as_str(),
                    o.label.as_str(),
                    o.score(),
                    o.exclusive.value,
                )
            })
            .collect(),
        min: q.min.as_ref().map(|m| m.value),
        max: q.max.as_ref().map(|m| m.value),
        unit: q.unit.as_ref().map(|u| u.value.as_str()),
    };
    let mut hasher = Hashing(Sha256::new());
    if serde_json::to_writer(&mut hasher, &asked).is_err() {
        hasher = Hashing(Sha256::new());
    }
    format!("{:x}", hasher.0.finalize())[..8].to_owned()
}

/// The first 12 hex digits, for display.
pub fn short(digest: &str) -> &str {
    let hex = digest.strip_prefix("sha256:").unwrap_or(digest);
    hex.get(..12).unwrap_or(hex)
}
