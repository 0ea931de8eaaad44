//! `assure list`: the questionnaires and profiles usable by name.

use anyhow::Result;
use comfy_table::Table;
use serde::Serialize;

use crate::cli::{ListArgs, ListFormat};
use crate::diagnostic::{self, Code, Diagnostic};
use crate::load::catalog::Catalog;
use crate::output;
use crate::text::table;

#[derive(Serialize)]
struct Row {
    id: String,
    title: String,
    version: String,
    sections: usize,
    questions: usize,
    /// The questionnaire a profile trims, if this is one.
    based_on: Option<String>,
    /// `bundled`, or the file it was found in.
    source: String,
}

pub fn run(catalog: &Catalog<'_>, args: &ListArgs) -> Result<()> {
    let mut problems = catalog.problems().to_vec();
    let mut rows = Vec::new();
    for k in catalog.known() {
        match catalog.load(&k.source) {
            Ok(loaded) => {
                let q = loaded.value;
                rows.push(Row {
                    id: k.id.clone(),
                    title: q.title.value.clone(),
                    version: q.version.value.clone(),
                    sections: q.sections.len(),
                    questions: q.questions().count(),
                    based_on: q.derived_from.as_ref().map(|d| d.id.clone()),
                    source: if k.bundled {
                        "bundled".into()
                    } else {
                        k.source.name.clone()
                    },
                });
            }
            Err(diags) => {
                let errors = diags.iter().filter(|d| d.is_error()).count();
                problems.push(
                    Diagnostic::warning(
                        Code::SkippedFile,
                        format!(
                            "`{}` is left out of the list: it has {errors} problem(s)",
                            k.source.name
                        ),
                    )
                    .help(format!(
                        "run `assure validate {}` to see them",
                        k.source.name
                    )),
                );
            }
        }
    }
    diagnostic::emit(&problems);
    match args.format {
        ListFormat::Json => output::write(None, &(serde_json::to_string_pretty(&rows)? + "\n")),
        ListFormat::Table => {
            let mut t: Table = table::new();
            t.set_header([
                "Id",
                "Title",
                "Version",
                "Sections",
                "Questions",
                "Based on",
                "Source",
            ]);
            for r in &rows {
                t.add_row([
                    r.id.clone(),
                    r.title.clone(),
                    r.version.clone(),
                    r.sections.to_string(),
                    r.questions.to_string(),
                    r.based_on.clone().unwrap_or_default(),
                    r.source.clone(),
                ]);
            }
            table::no_wrap(&mut t, 0);
            output::write(None, &format!("{t}\n"))
        }
    }
}
