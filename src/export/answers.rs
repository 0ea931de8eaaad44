//! An answers file, written: as YAML (each answer under its question as a
//! comment, `by:` and `from:` kept: [`crate::answers::write`]) or as a filled-in
//! workbook ([`crate::exchange::workbook::write::render_filled`]), which holds
//! the answers, notes and evidence but not who gave each answer or where it
//! came from.
//!
//! `prefill` writes either ([`FORMATS`]); `merge` writes YAML only
//! ([`YAML`]): who gave each answer is what it adds.

use super::{Choice, ExportError, Exporter};
use crate::exchange::workbook::write as workbook;
use crate::format::Format;
use crate::model::Questionnaire;
use crate::model::answers::Answers;

/// Answers to write, with their questionnaire.
pub struct Answered<'a> {
    pub questionnaire: &'a Questionnaire,
    pub answers: &'a Answers,
}

/// What writes an answers file, whatever its lifetime.
pub type AnswersExporter = dyn for<'a> Exporter<Answered<'a>>;

const YAML_CHOICE: Choice<AnswersExporter> = Choice {
    name: "yaml",
    format: Format::Yaml,
    help: "An answers file, each answer under its question",
    exporter: &Yaml,
};

/// An answers file as YAML or as a workbook, YAML first.
pub static FORMATS: [Choice<AnswersExporter>; 2] = [
    YAML_CHOICE,
    Choice {
        name: "xlsx",
        format: Format::Xlsx,
        help: "A workbook, filled in",
        exporter: &Xlsx,
    },
];

/// An answers file as YAML only.
pub static YAML: [Choice<AnswersExporter>; 1] = [YAML_CHOICE];

pub struct Yaml;

impl Exporter<Answered<'_>> for Yaml {
    fn export(&self, a: &Answered<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(crate::answers::write(a.questionnaire, a.answers).into_bytes())
    }
}

pub struct Xlsx;

impl Exporter<Answered<'_>> for Xlsx {
    fn export(&self, a: &Answered<'_>) -> Result<Vec<u8>, ExportError> {
        Ok(workbook::render_filled(a.questionnaire, a.answers)?)
    }
}
