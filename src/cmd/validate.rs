//! `assure validate FILE...`: checks each file as what it is (questionnaire,
//! profile or answers file) and explains every problem.

use std::path::Path;

use anyhow::Result;
use serde::Serialize;

use crate::answers::{self, AnswersFile};
use crate::cli::ValidateArgs;
use crate::diagnostic::{self, Diagnostic, JsonDiagnostic};
use crate::digest;
use crate::error::UserError;
use crate::export::validity::Summary;
use crate::format::Format;
use crate::load::{Catalog, DocKind, Document};
use crate::output;
use crate::reuse;
use crate::text::count::count;
use crate::text::terminal::clean_line;

struct Checked {
    file: String,
    kind: Option<DocKind>,
    summary: Option<Summary>,
    diagnostics: Vec<Diagnostic>,
}

impl Checked {
    fn valid(&self) -> bool {
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

type Outcome = Result<(Summary, Vec<Diagnostic>), Vec<Diagnostic>>;

/// An answers file, against `-q` or the questionnaire it names.
fn check_answers(
    catalog: &Catalog<'_>,
    questionnaire: Option<&str>,
    (doc, problems): (Document, Vec<Diagnostic>),
) -> Outcome {
    let file = AnswersFile::from_document_with(doc, problems)?;
    let q = answers::questionnaire(catalog, questionnaire, &file)?;
    let loaded = file.check(&q.value, &digest::digest(&q.value))?;
    Ok((
        Summary::of_answers(&q.value, &loaded.value),
        loaded.warnings,
    ))
}

/// A questionnaire or profile; a questionnaire's `same_as` links are checked
/// against the questionnaires they name, and both say which other questionnaires
/// their answers can be carried from.
fn check_questionnaire(catalog: &Catalog<'_>, doc: &Document) -> Outcome {
    let loaded = catalog.load_document(doc)?;
    let others = catalog.every();
    let mut warnings = loaded.warnings;
    if doc.kind == DocKind::Questionnaire {
        warnings.extend(reuse::links::check(&loaded.value, &doc.src, others));
    }
    if warnings.iter().any(Diagnostic::is_error) {
        return Err(warnings);
    }
    let mut summary = Summary::of(&loaded.value);
    summary.carried_from = reuse::links::carry_counts(&loaded.value, others);
    Ok((summary, warnings))
}

fn check(catalog: &Catalog<'_>, questionnaire: Option<&str>, path: &Path) -> Checked {
    let file = path.display().to_string();
    // A workbook is read as an answers file; anything else as YAML.
    let (kind, outcome) = match answers::with_problems(path) {
        Err(diags) => (None, Err(diags)),
        Ok((doc, problems)) if doc.kind == DocKind::Answers => (
            Some(doc.kind),
            check_answers(catalog, questionnaire, (doc, problems)),
        ),
        Ok((_, problems)) if !problems.is_empty() => (None, Err(problems)),
        Ok((doc, _)) => (Some(doc.kind), check_questionnaire(catalog, &doc)),
    };
    let (summary, diagnostics) = match outcome {
        Ok((summary, warnings)) => (Some(summary), warnings),
        Err(diags) => (None, diags),
    };
    Checked {
        file,
        kind,
        summary,
        diagnostics,
    }
}

fn json(results: &[Checked]) -> Result<String> {
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

/// Prints the diagnostics; returns the `ok` lines of the valid files.
fn text(results: &[Checked]) -> String {
    let mut lines = String::new();
    for r in results {
        diagnostic::emit(&r.diagnostics);
        if let (Some(summary), Some(kind), true) = (&r.summary, r.kind, r.valid()) {
            lines += &format!("ok   {}: {}\n", clean_line(&r.file), summary.line(kind));
        }
    }
    lines
}

pub fn run(catalog: &Catalog<'_>, args: &ValidateArgs) -> Result<()> {
    let results: Vec<Checked> = args
        .files
        .iter()
        .map(|p| check(catalog, args.questionnaire.as_deref(), p))
        .collect();
    let out = match args.format {
        Format::Json => json(&results)?,
        _ => text(&results),
    };
    output::write(None, &out)?;
    let invalid = results.iter().filter(|r| !r.valid()).count();
    match (invalid, args.format) {
        (0, _) => Ok(()),
        (_, Format::Json) => Err(UserError::Reported.into()),
        _ => Err(UserError::Invalid {
            invalid,
            files: count(results.len(), "file", "files"),
        }
        .into()),
    }
}
