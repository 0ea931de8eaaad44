//! `validate`'s work: each file checked as what it is (a questionnaire, a
//! profile or an answers file, YAML or a workbook), with every problem found
//! and, for a valid file, what it holds. What is said of the results is
//! [`crate::export::validity`].

use std::path::Path;

use crate::answers::{self, AnswersFile};
use crate::diagnostic::Diagnostic;
use crate::digest;
use crate::export::validity::{Checked, Summary};
use crate::load::{Catalog, DocKind, Document};
use crate::reuse;

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

/// The file at `path`, checked; `questionnaire` is `-q`, for answers files.
pub fn check(catalog: &Catalog<'_>, questionnaire: Option<&str>, path: &Path) -> Checked {
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
