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
use crate::{answers, score};

/// What a valid file holds, for its summary line.
#[derive(Serialize)]
struct Summary {
    #[serde(skip_serializing_if = "Option::is_none")]
    answers: Option<AnswersSummary>,
    id: String,
    version: String,
    sections: usize,
    questions: usize,
    scored: usize,
    critical: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    based_on: Option<String>,
}

/// For an answers file: how far it is filled in.
#[derive(Serialize)]
struct AnswersSummary {
    asked: usize,
    answered: usize,
    unknown: usize,
}

impl Summary {
    fn of(q: &Questionnaire) -> Self {
        Summary {
            answers: None,
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
        if let Some(a) = &self.answers {
            return format!(
                "answers file `{}` {}: {} of {} questions asked are answered ({} with \"I don't know\")",
                self.id, self.version, a.answered, a.asked, a.unknown
            );
        }
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut s = format!(
            "{} `{}` {}: {}, {} ({} scored, {} critical)",
            kind.name(),
            self.id,
            self.version,
            plural(self.sections, "section", "sections"),
            plural(self.questions, "question", "questions"),
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

/// An answers file, against `-q` or the questionnaire it names.
fn check_answers(
    catalog: &Catalog<'_>,
    questionnaire: Option<&str>,
    file: String,
    src: &Arc<source::Source>,
    node: &crate::yaml::Node,
) -> Checked {
    let failed = |diagnostics| Checked {
        file: file.clone(),
        kind: Some(DocKind::Answers),
        summary: None,
        diagnostics,
    };
    let q = match questionnaire {
        Some(q) => catalog.open(q),
        None => answers::questionnaire_id(src, node).and_then(|id| {
            catalog.open(&id).map_err(|mut d| {
                d.push(
                    Diagnostic::error(
                        "unknown-questionnaire",
                        format!(
                            "cannot check `{}` without its questionnaire `{id}`",
                            src.name
                        ),
                    )
                    .file_name(&src.name)
                    .help("give the questionnaire with `-q PATH`"),
                );
                d
            })
        }),
    };
    let q = match q {
        Ok(q) => q,
        Err(d) => return failed(d),
    };
    match answers::from_node(src, node, &q.value) {
        Ok(loaded) => {
            let a = score::assess(&q.value, &loaded.value);
            let mut summary = Summary::of(&q.value);
            summary.answers = Some(AnswersSummary {
                asked: a.questions.len(),
                answered: a
                    .questions
                    .iter()
                    .filter(|r| r.answer.is_some_and(|x| x.value.is_answered()))
                    .count(),
                unknown: a
                    .questions
                    .iter()
                    .filter(|r| r.status == score::Status::Unknown)
                    .count(),
            });
            Checked {
                file,
                kind: Some(DocKind::Answers),
                summary: Some(summary),
                diagnostics: loaded.warnings,
            }
        }
        Err(d) => failed(d),
    }
}

fn check(catalog: &Catalog<'_>, questionnaire: Option<&str>, path: &Path) -> Checked {
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
    if kind == DocKind::Answers {
        return check_answers(catalog, questionnaire, file, &src, &node);
    }
    let result = match kind {
        DocKind::Questionnaire => load::questionnaire_from_node(&src, &node),
        _ => catalog.load(&src),
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
    let results: Vec<Checked> = args
        .files
        .iter()
        .map(|p| check(catalog, args.questionnaire.as_deref(), p))
        .collect();
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
