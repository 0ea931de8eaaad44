//! `assure validate FILE...`: checks each file as what it is (questionnaire,
//! profile or answers file) and explains every problem.

use std::path::Path;
use std::sync::Arc;

use anyhow::Result;
use serde::Serialize;

use crate::catalog::Catalog;
use crate::cli::{ValidateArgs, ValidateFormat};
use crate::diagnostic::{self, Diagnostic, JsonDiagnostic};
use crate::error::UserError;
use crate::load::{self, DocKind};
use crate::model::Questionnaire;
use crate::output;
use crate::source;

/// What a valid file holds, for its summary line.
#[derive(Serialize)]
struct Summary {
    id: String,
    version: String,
    sections: usize,
    questions: usize,
    scored: usize,
    critical: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    based_on: Option<String>,
}

impl Summary {
    fn of(q: &Questionnaire) -> Self {
        Summary {
            id: q.id.value.clone(),
            version: q.version.value.clone(),
            sections: q.sections.len(),
            questions: q.questions().count(),
            scored: q.questions().filter(|q| q.is_scored()).count(),
            critical: q.questions().filter(|q| q.is_critical()).count(),
            based_on: q.derived_from.as_ref().map(|d| d.id.clone()),
        }
    }

    fn line(&self, kind: DocKind) -> String {
        let mut s = format!(
            "{} `{}` {}: {} sections, {} questions ({} scored, {} critical)",
            kind.name(),
            self.id,
            self.version,
            self.sections,
            self.questions,
            self.scored,
            self.critical
        );
        if let Some(base) = &self.based_on {
            s += &format!(", trimmed from `{base}`");
        }
        s
    }
}

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

fn check(catalog: &Catalog<'_>, path: &Path) -> Checked {
    let file = path.display().to_string();
    let failed = |kind, diagnostics| Checked {
        file: file.clone(),
        kind,
        summary: None,
        diagnostics,
    };
    let src: Arc<source::Source> = match source::read(path) {
        Ok(src) => src,
        Err(d) => return failed(None, vec![d]),
    };
    let node = match load::parse(&src) {
        Ok(node) => node,
        Err(diags) => return failed(None, diags),
    };
    let kind = load::detect(&node);
    let result = match kind {
        DocKind::Questionnaire => load::questionnaire_from_node(&src, &node),
        DocKind::Profile | DocKind::Answers => catalog.load(&src),
    };
    match result {
        Ok(loaded) => Checked {
            file,
            kind: Some(kind),
            summary: Some(Summary::of(&loaded.value)),
            diagnostics: loaded.warnings,
        },
        Err(diags) => failed(Some(kind), diags),
    }
}

pub fn run(catalog: &Catalog<'_>, args: &ValidateArgs) -> Result<()> {
    let results: Vec<Checked> = args.files.iter().map(|p| check(catalog, p)).collect();
    match args.format {
        ValidateFormat::Json => {
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
            output::write(None, &(serde_json::to_string_pretty(&files)? + "\n"))?;
        }
        ValidateFormat::Text => {
            let mut lines = String::new();
            for r in &results {
                diagnostic::emit(&r.diagnostics);
                if let (Some(summary), Some(kind), true) = (&r.summary, r.kind, r.valid()) {
                    lines += &format!("ok   {}: {}\n", r.file, summary.line(kind));
                }
            }
            let invalid = results.iter().filter(|r| !r.valid()).count();
            if invalid > 0 {
                eprintln!(
                    "{invalid} of {} file(s) invalid; the problems are listed above",
                    results.len()
                );
            }
            output::write(None, &lines)?;
        }
    }
    if results.iter().all(Checked::valid) {
        Ok(())
    } else {
        Err(UserError::Reported.into())
    }
}
