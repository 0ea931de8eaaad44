//! `assure list`: the questionnaires and profiles usable by name.

use anyhow::Result;

use crate::cli::ListArgs;
use crate::diagnostic::kinds::Catalog as Problem;
use crate::diagnostic::{self, Diagnostic};
use crate::export::list::{self, Row};
use crate::format::Format;
use crate::load::Catalog;
use crate::load::catalog::Known;
use crate::output;
use crate::text::count::count;

/// The row of a known file, or a warning that it is left out.
fn row(catalog: &Catalog<'_>, k: &Known) -> Result<Row, Diagnostic> {
    match catalog.load(&k.source) {
        Ok(loaded) => {
            let source = if k.bundled {
                "bundled".into()
            } else {
                k.source.name.clone()
            };
            Ok(Row::new(&k.id, &loaded.value, source))
        }
        Err(diags) => {
            let errors = diags.iter().filter(|d| d.is_error()).count();
            let name = &k.source.name;
            Err(Diagnostic::warning(Problem::LeftOutOfList {
                name: name.clone(),
                problems: count(errors, "problem", "problems"),
            })
            .help(format!("run `assure validate {name}` to see them")))
        }
    }
}

pub fn run(catalog: &Catalog<'_>, args: &ListArgs) -> Result<()> {
    let mut problems = catalog.problems().to_vec();
    let mut rows = Vec::new();
    for k in catalog.known() {
        match row(catalog, k) {
            Ok(r) => rows.push(r),
            Err(d) => problems.push(d),
        }
    }
    diagnostic::emit(&problems);
    let text = match args.format {
        Format::Json => {
            let text = serde_json::to_string_pretty(&rows)?;
            crate::text::clean::escape_json(&text).into_owned() + "\n"
        }
        _ => list::table(&rows),
    };
    Ok(output::write(None, &text)?)
}
