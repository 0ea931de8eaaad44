//! What `validate` says of the files it checked: for a valid file one line
//! for people, and for every file the same facts and its diagnostics as JSON.

use serde::Serialize;

use crate::diagnostic::{Diagnostic, JsonDiagnostic};
use crate::load::DocKind;
use crate::model::Questionnaire;
use crate::model::answers::Answers;
use crate::score;
use crate::text::terminal::clean_line;

/// What a valid file holds.
#[derive(Serialize)]
pub struct Summary {
    #[serde(skip_serializing_if = "Option::is_none")]
    answers: Option<AnswersSummary>,
    id: String,
    version: String,
    sections: usize,
    questions: usize,
    scored: usize,
    critical: usize,
    important: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    based_on: Option<String>,
    /// Other questionnaires whose answers carry into this one, with how many
    /// of its questions they answer.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub carried_from: Vec<(String, usize)>,
}

/// For an answers file: how far it is filled in.
#[derive(Serialize)]
struct AnswersSummary {
    asked: usize,
    answered: usize,
    unknown: usize,
}

impl Summary {
    pub fn of(q: &Questionnaire) -> Self {
        Summary {
            answers: None,
            id: q.id.value.clone(),
            version: q.version.value.clone(),
            sections: q.sections.len(),
            questions: q.questions().count(),
            scored: q.questions().filter(|q| q.is_scored()).count(),
            critical: q.questions().filter(|q| q.is_critical()).count(),
            important: q.questions().filter(|q| q.is_important()).count(),
            based_on: q.derived_from.as_ref().map(|d| d.id.clone()),
            carried_from: Vec::new(),
        }
    }

    /// For answers to `q`: how many of the questions asked are answered.
    pub fn of_answers(q: &Questionnaire, answers: &Answers) -> Self {
        let a = score::assess(q, answers);
        let mut summary = Summary::of(q);
        summary.answers = Some(AnswersSummary {
            asked: a.questions.len(),
            answered: a.answered(),
            unknown: a.unknown(),
        });
        summary
    }

    /// One line for the terminal (text from the file is cleaned).
    pub fn line(&self, kind: DocKind) -> String {
        let (id, version) = (clean_line(&self.id), clean_line(&self.version));
        if let Some(a) = &self.answers {
            return format!(
                "answers file `{id}` {version}: {} of {} questions asked are answered ({} with \"I don't know\")",
                a.answered, a.asked, a.unknown
            );
        }
        let plural = crate::text::count::count;
        let important = match self.important {
            0 => String::new(),
            n => format!(", {n} important"),
        };
        let mut s = format!(
            "{} `{id}` {version}: {}, {} ({} scored, {} critical{important})",
            kind.name(),
            plural(self.sections, "section", "sections"),
            plural(self.questions, "question", "questions"),
            self.scored,
            self.critical
        );
        if let Some(base) = &self.based_on {
            s += &format!(", trimmed from `{}`", clean_line(base));
        }
        if !self.carried_from.is_empty() {
            let from: Vec<String> = self
                .carried_from
                .iter()
                .map(|(id, n)| format!("`{}` {n} of {}", clean_line(id), self.questions))
                .collect();
            s += &format!("\n     answers carry from {}", from.join(", "));
        }
        s
    }
}

/// One file checked by `validate` ([`crate::validate::check`]).
pub struct Checked {
    pub file: String,
    /// What the file is, when that could be told.
    pub kind: Option<DocKind>,
    /// What it holds, when it loaded.
    pub summary: Option<Summary>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    /// Whether the file loaded with no error (warnings allowed).
    pub fn valid(&self) -> bool {
        self.summary.is_some() && !self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

#[derive(Serialize)]
struct JsonFile<'a> {
    file: &'a str,
    kind: Option<&'static str>,
    valid: bool,
    summary: Option<&'a Summary>,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

/// Every file, its summary and its diagnostics, as JSON.
pub fn json(results: &[Checked]) -> Result<String, serde_json::Error> {
    let files: Vec<JsonFile<'_>> = results
        .iter()
        .map(|r| JsonFile {
            file: &r.file,
            kind: r.kind.map(DocKind::name),
            valid: r.valid(),
            summary: r.summary.as_ref(),
            diagnostics: r.diagnostics.iter().map(JsonDiagnostic::from).collect(),
        })
        .collect();
    let text = serde_json::to_string_pretty(&files)?;
    Ok(crate::text::clean::escape_json(&text).into_owned() + "\n")
}

/// The `ok` line of each valid file (its problems are shown as diagnostics).
pub fn ok_lines(results: &[Checked]) -> String {
    let mut lines = String::new();
    for r in results {
        if let (Some(summary), Some(kind), true) = (&r.summary, r.kind, r.valid()) {
            lines += &format!("ok   {}: {}\n", clean_line(&r.file), summary.line(kind));
        }
    }
    lines
}
